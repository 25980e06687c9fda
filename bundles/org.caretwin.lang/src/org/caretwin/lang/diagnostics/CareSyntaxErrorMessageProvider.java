package org.caretwin.lang.diagnostics;

import org.antlr.runtime.FailedPredicateException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.caretwin.lang.care.Parametric;
import org.caretwin.lang.services.CareGrammarAccess;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Parse errors a modeller understands where the parser's own words do not help: a misspelt or missing time unit
 * ("'mn' is not a time unit: ...", "20 needs a time unit: ..."), a step without its duration, text after the
 * last element the parser could read. Other errors keep the parser's message.
 */
public class CareSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	static final String UNITS = "min, h, days, weeks, months, years";

	public static final String BAD_UNIT = "badUnit";
	public static final String MISSING_UNIT = "missingUnit";
	public static final String MISSING_DURATION = "missingDuration";
	public static final String UNEXPECTED = "unexpected";

	@Inject
	private CareGrammarAccess grammar;

	/** A step read so far without its duration: the unordered group may stop on any word but 'takes'. */
	private static boolean lacksDuration(org.eclipse.emf.ecore.EObject element) {
		return element instanceof org.caretwin.lang.care.Step step && !step.isDecides() && step.getDuration() == null
				&& step.getDurations() == null;
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		Token offending = exception == null ? null : exception.token;
		if (offending == null) {
			return super.getSyntaxErrorMessage(context);
		}
		String[] names = context.getTokenNames();
		Token previous = previous(exception, offending);
		boolean afterNumber = previous != null && "RULE_INT".equals(name(names, previous));
		boolean word = "RULE_ID".equals(name(names, offending));
		if (afterNumber && (inTimeUnit(context.getCurrentNode()) || word && context.getCurrentContext() instanceof Parametric)) {
			return word ? new SyntaxErrorMessage("'" + offending.getText() + "' is not a time unit: " + UNITS, BAD_UNIT)
					: new SyntaxErrorMessage(previous.getText() + " needs a time unit (" + UNITS + "), e.g. '"
							+ previous.getText() + " min'", MISSING_UNIT, NumberPlace.of(previous));
		}
		if (exception instanceof FailedPredicateException predicate && "ruleStep".equals(predicate.ruleName)
				|| exception instanceof NoViableAltException && lacksDuration(context.getCurrentContext())) {
			// The one part of a step the unordered group cannot leave without.
			return new SyntaxErrorMessage("'" + offending.getText()
					+ "' is not expected here: a step needs 'takes' and its duration, e.g. 'takes 20 min'", MISSING_DURATION);
		}
		if (exception instanceof MismatchedTokenException mismatch && mismatch.expecting == Token.EOF) {
			return new SyntaxErrorMessage("'" + offending.getText() + "' is not expected here: a file holds territories, "
					+ "calendars, resources, cohorts, pathways, innovations, scenarios and experiments", UNEXPECTED);
		}
		return super.getSyntaxErrorMessage(context);
	}

	private boolean inTimeUnit(INode node) {
		for (INode n = node; n != null; n = n.getParent()) {
			if (n.getGrammarElement() instanceof RuleCall call && call.getRule() == grammar.getTimeUnitRule()) {
				return true;
			}
		}
		return false;
	}

	/** The token before the offending one, comments and white space skipped. */
	private static Token previous(RecognitionException exception, Token offending) {
		if (!(exception.input instanceof TokenStream tokens)) {
			return null;
		}
		// The end of the file has no index of its own: look back from the last token read.
		int before = offending.getType() == Token.EOF ? tokens.size() - 1 : offending.getTokenIndex() - 1;
		for (int i = before; i >= 0; i--) {
			Token token = tokens.get(i);
			if (token.getChannel() == Token.DEFAULT_CHANNEL && token.getType() != Token.EOF) {
				return token;
			}
		}
		return null;
	}

	private static String name(String[] names, Token token) {
		return token.getType() >= 0 && token.getType() < names.length ? names[token.getType()] : "";
	}
}
