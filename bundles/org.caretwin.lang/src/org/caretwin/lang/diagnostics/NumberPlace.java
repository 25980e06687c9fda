package org.caretwin.lang.diagnostics;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.validation.Issue;

/**
 * Where the number lacking its unit was written. The parser notices the missing unit only at the token after the
 * number, often on the next line; the error is about the number, so it is moved there (carried in the syntax
 * error's data: offset, length, line, column).
 */
final class NumberPlace {

	private NumberPlace() {
	}

	static String[] of(Token number) {
		int offset = number instanceof CommonToken common ? common.getStartIndex() : -1;
		return new String[] { String.valueOf(offset), String.valueOf(number.getText().length()),
				String.valueOf(number.getLine()), String.valueOf(number.getCharPositionInLine() + 1) };
	}

	/** The issue at the number it names, if it carries one. */
	static void moveToNumber(Issue issue) {
		if (!CareSyntaxErrorMessageProvider.MISSING_UNIT.equals(issue.getCode()) || !(issue instanceof Issue.IssueImpl impl)
				|| issue.getData() == null || issue.getData().length != 4 || Integer.parseInt(issue.getData()[0]) < 0) {
			return;
		}
		String[] place = issue.getData();
		impl.setOffset(Integer.valueOf(place[0]));
		impl.setLength(Integer.valueOf(place[1]));
		impl.setLineNumber(Integer.valueOf(place[2]));
		impl.setColumn(Integer.valueOf(place[3]));
		impl.setLineNumberEnd(Integer.valueOf(place[2]));
		impl.setColumnEnd(Integer.valueOf(place[3]) + Integer.valueOf(place[1]));
	}
}
