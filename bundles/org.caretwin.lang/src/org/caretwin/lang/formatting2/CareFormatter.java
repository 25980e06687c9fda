package org.caretwin.lang.formatting2;

import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchCase;
import org.caretwin.lang.care.BranchTarget;
import org.caretwin.lang.care.Calendar;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.Element;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.Import;
import org.caretwin.lang.care.Innovation;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Next;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.ProfileDuration;
import org.caretwin.lang.care.ProfileDurations;
import org.caretwin.lang.care.Scenario;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.Territory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The layout of a .care file: one declaration per line, blocks indented, one blank line kept between top-level
 * elements, single spaces inside a line. Comments and the modeller's blank lines inside blocks are kept.
 */
public class CareFormatter extends AbstractJavaFormatter {

	/** Four spaces per level unless the editor asked for something else than the platform's tab default. */
	@Override
	public void initialize(FormatterRequest request) {
		if ("\t".equals(request.getPreferences().getPreference(FormatterPreferenceKeys.indentation))) {
			MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new java.util.HashMap<>());
			preferences.put(FormatterPreferenceKeys.indentation, "    ");
			request.setPreferences(org.eclipse.xtext.preferences.TypedPreferenceValues.castOrWrap(preferences));
		}
		super.initialize(request);
	}

	protected void format(Model model, IFormattableDocument doc) {
		for (Import anImport : model.getImports()) {
			doc.append(anImport, a -> a.setNewLines(1, 1, 2));
		}
		for (Element element : model.getElements()) {
			// the modeller's single or blank line between elements is kept; more blank lines are collapsed
			doc.append(element, a -> a.setNewLines(1, 1, 2));
			doc.format(element);
		}
	}

	protected void format(Territory territory, IFormattableDocument doc) {
		if (block(territory, doc)) {
			territory.getZones().forEach(z -> line(z, doc));
			territory.getTravels().forEach(t -> line(t, doc));
			territory.getSites().forEach(s -> line(s, doc));
		}
	}

	protected void format(Calendar calendar, IFormattableDocument doc) {
		if (block(calendar, doc)) {
			calendar.getOpenings().forEach(o -> line(o, doc));
		}
	}

	protected void format(Cohort cohort, IFormattableDocument doc) {
		if (block(cohort, doc)) {
			line(cohort.getArrivals(), doc);
			cohort.getProfiles().forEach(p -> line(p, doc));
			cohort.getAttributes().forEach(a -> line(a, doc));
		}
	}

	protected void format(Pathway pathway, IFormattableDocument doc) {
		if (block(pathway, doc)) {
			pathway.getSteps().forEach(s -> line(s, doc));
		}
		for (Step step : pathway.getSteps()) {
			profileDurations(step.getDurations(), doc);
			profileDurations(step.getDelays(), doc);
			if (step.getRemote() != null) {
				profileDurations(step.getRemote().getDurations(), doc);
			}
			if (step.getRoute() instanceof Branch branch) {
				branch(step, branch, doc);
			} else if (step.getRoute() instanceof Next next && NodeModelUtils.getNode(next) == null) {
				ownLine(next, doc);
			}
		}
	}

	/**
	 * A branch over several lines, and one an edit writes (the diagram's, a quick fix's: it has no text yet), as the
	 * examples write it: {@code then branch {} on a line of its own one level into the step, a case per line one level
	 * further, the closing brace back under {@code then}. In every branch a comma closes up to its target and
	 * {@code %} to its number; the columns a modeller aligned ({@code Hip:  50%}) are left as written.
	 */
	private void branch(Step step, Branch branch, IFormattableDocument doc) {
		var node = NodeModelUtils.getNode(branch);
		ISemanticRegion open = regionFor(branch).keyword("{");
		ISemanticRegion close = regionFor(branch).keyword("}");
		if ((node == null || node.getStartLine() != node.getEndLine()) && open != null && close != null) {
			if (!step.isDecides()) {
				ownLine(branch, doc);
			}
			doc.prepend(open, a -> a.oneSpace());
			doc.interior(open, close, a -> a.indent());
			doc.append(open, a -> a.newLine());
			branch.getCases().stream().skip(1).forEach(c -> doc.prepend(c, a -> a.newLine()));
			doc.prepend(close, a -> a.newLine());
		}
		for (BranchCase c : branch.getCases()) {
			if (NodeModelUtils.getNode(c) == null) {
				closeUp(regionFor(c).keyword(":"), doc);
			}
			regionFor(c).keywords(",").forEach(comma -> closeUp(comma, doc));
			for (BranchTarget target : c.getTargets()) {
				if (target.getProbability() != null) {
					doc.prepend(regionFor(target.getProbability()).keyword("%"), a -> a.noSpace());
				}
			}
		}
	}

	/**
	 * A comment after code on its line keeps the space before it as written: modellers align such comments in
	 * columns, and an edit elsewhere in the hidden region (a route written under it) must not close them up.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		ITextReplacer replacer = super.createCommentReplacer(comment);
		if (!(replacer instanceof SinglelineDocCommentReplacer code)) {
			return replacer;
		}
		return new SinglelineDocCommentReplacer(comment, code.getPrefix()) {
			@Override
			public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
				super.configureWhitespace(leading, trailing);
				String before = leading.getRegion().getText();
				if (!before.isEmpty() && before.isBlank() && !before.contains("\n")) {
					leading.getFormatting().setSpace(before);
				}
			}
		};
	}

	/** A step's route on a line of its own, one level into the step, as the examples write it. */
	private void ownLine(EObject route, IFormattableDocument doc) {
		IEObjectRegion region = getTextRegionAccess().regionForEObject(route);
		doc.prepend(route, a -> a.newLine());
		doc.set(region.getPreviousHiddenRegion(), region.getNextHiddenRegion(), a -> a.indent());
	}

	/**
	 * {@code Hip: 3 days, Knee: 4 days, otherwise 5 days}: a colon and a comma close up to what they follow and are
	 * followed by one space; a line break the modeller put after a comma stays, with its indentation.
	 */
	private void profileDurations(ProfileDurations durations, IFormattableDocument doc) {
		if (durations == null) {
			return;
		}
		for (ProfileDuration duration : durations.getCases()) {
			closeUp(regionFor(duration).keyword(":"), doc);
		}
		regionFor(durations).keywords(",").forEach(comma -> closeUp(comma, doc));
	}

	private static void closeUp(ISemanticRegion punctuation, IFormattableDocument doc) {
		if (punctuation == null) {
			return;
		}
		doc.prepend(punctuation, a -> a.noSpace());
		if (!punctuation.getNextHiddenRegion().isMultiline()) {
			doc.append(punctuation, a -> a.oneSpace());
		}
	}

	protected void format(Innovation innovation, IFormattableDocument doc) {
		if (block(innovation, doc)) {
			innovation.getChanges().forEach(c -> line(c, doc));
		}
	}

	protected void format(Scenario scenario, IFormattableDocument doc) {
		if (block(scenario, doc)) {
			scenario.getChanges().forEach(c -> line(c, doc));
		}
	}

	protected void format(Experiment experiment, IFormattableDocument doc) {
		if (block(experiment, doc)) {
			experiment.getExpectations().forEach(e -> line(e, doc));
		}
	}

	/**
	 * Content between braces goes on its own lines, indented; a block written on one line stays on one line.
	 * Returns whether the block spans several lines (then its children get a line each).
	 */
	private boolean block(EObject element, IFormattableDocument doc) {
		ISemanticRegion open = regionFor(element).keyword("{");
		ISemanticRegion close = regionFor(element).keyword("}");
		if (open == null || close == null) {
			return false;
		}
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(element);
		boolean oneLine = node != null && node.getStartLine() == node.getEndLine();
		if (oneLine) {
			doc.append(open, a -> a.oneSpace());
			doc.prepend(close, a -> a.oneSpace());
			return false;
		}
		doc.prepend(open, a -> a.oneSpace());
		doc.interior(open, close, a -> a.indent());
		doc.append(open, a -> a.setNewLines(1, 1, 2));
		doc.prepend(close, a -> a.newLine());
		return true;
	}

	/** One declaration per line, leading spaces normalised by the block's indentation. */
	private void line(EObject element, IFormattableDocument doc) {
		if (element != null) {
			doc.prepend(element, a -> a.setNewLines(1, 1, 2));
		}
	}
}
