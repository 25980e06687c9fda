package org.caretwin.lang.ide.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.KpiRef;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Pathway;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A step named in KPI arguments ({@code wait(Consultation)}, {@code time(Referral, HipKnee.Surgery)}): these are
 * names the validator checks, not cross-references, so the change serialiser does not see them and a rename changes
 * them here, word by word, in the text as written. Quoted arguments (loss reasons) are never touched.
 */
final class KpiArguments {

	private KpiArguments() {
	}

	/** The replacements that write {@code newName} for every mention of step {@code oldName} of {@code pathway}. */
	static List<TextReplacement> renamed(Model model, Pathway pathway, String newName, String oldName) {
		List<TextReplacement> replacements = new ArrayList<>();
		if (model == null) {
			return replacements;
		}
		// the step alone, or qualified by its pathway; not a longer word, not a name qualified by another pathway
		Pattern mention = Pattern.compile("(?<![\\w.])(" + Pattern.quote(pathway.getName()) + "\\s*\\.\\s*)?"
				+ Pattern.quote(oldName) + "(?![\\w.])");
		for (KpiRef kpi : EcoreUtil2.getAllContentsOfType(model, KpiRef.class)) {
			for (INode argument : NodeModelUtils.findNodesForFeature(kpi, CarePackage.Literals.KPI_REF__ARGUMENT)) {
				String written = argument.getText();
				if (written.strip().startsWith("\"")) {
					continue;
				}
				Matcher m = mention.matcher(written);
				while (m.find()) {
					int start = m.start() + (m.group(1) == null ? 0 : m.group(1).length());
					replacements.add(new TextReplacement(argument.getTotalOffset() + start, oldName.length(), newName));
				}
			}
		}
		return replacements;
	}
}
