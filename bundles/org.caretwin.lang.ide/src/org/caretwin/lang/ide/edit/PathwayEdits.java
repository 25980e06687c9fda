package org.caretwin.lang.ide.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.BranchTarget;
import org.caretwin.lang.care.CareFactory;
import org.caretwin.lang.care.Fixed;
import org.caretwin.lang.care.Model;
import org.caretwin.lang.care.Next;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Quantity;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.ide.edit.PathwayEdit.AddFlow;
import org.caretwin.lang.ide.edit.PathwayEdit.DeleteStep;
import org.caretwin.lang.ide.edit.PathwayEdit.EndAfter;
import org.caretwin.lang.ide.edit.PathwayEdit.InsertStep;
import org.caretwin.lang.ide.edit.PathwayEdit.Reconnect;
import org.caretwin.lang.ide.edit.PathwayEdit.RemoveFlow;
import org.caretwin.lang.ide.edit.PathwayEdit.RenameStep;
import org.caretwin.lang.ide.edit.PathwayEdit.SetClause;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.EcoreUtil.UsageCrossReferencer;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Turns a diagram's edit of a pathway into the smallest change of its file's text: the edit is made on the AST of
 * the text and Xtext's change serialiser writes only the regions it touched, formatted by the language's formatter,
 * so the modeller's comments, alignment and blank lines elsewhere stay as written. An edit the pathway cannot take
 * changes nothing and says why.
 */
public final class PathwayEdits {

	private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";

	private final CareWorkspace workspace;

	public PathwayEdits(CareWorkspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * The replacements that make {@code text} (the content of {@code file}) carry {@code edit}, by file of the model:
	 * {@code file} first, then the others a rename changes. Each file's replacements are by decreasing offset, so they
	 * apply one after the other.
	 *
	 * @throws PathwayEditException when the text has errors or the edit does not fit the pathway
	 */
	public Map<Path, List<TextReplacement>> of(Path file, String text, PathwayEdit edit) {
		CheckedModel checked = workspace.modelOf(file, text);
		Model model = checked.model(file);
		Problem error = firstErrorIn(checked, file);
		if (model == null || error != null) {
			throw new PathwayEditException("The text has errors (line " + (error == null ? 1 : error.line())
					+ "): correct them before editing the diagram");
		}
		if (edit instanceof SetClause set) {
			return Map.of(file, List.of(clauseChange(file, text, step(model, set.step()), set)));
		}
		Runnable change = changeFor(model, edit);
		// read off the text as parsed, before the change serialiser changes the AST
		Map<Path, List<TextReplacement>> byText = textChanges(checked, file, text, model, edit);
		IChangeSerializer serializer = workspace.injector().getInstance(IChangeSerializer.class);
		serializer.setUpdateRelatedFiles(edit instanceof RenameStep);
		serializer.addModification(model.eResource(), resource -> change.run());
		Map<URI, Path> files = new HashMap<>();
		checked.files().forEach(f -> files.put(checked.model(f).eResource().getURI(), f));
		Map<Path, List<TextReplacement>> changes = new LinkedHashMap<>();
		changes.put(file, new ArrayList<>());
		serializer.applyModifications(result -> {
			if (result instanceof ITextDocumentChange document && files.containsKey(document.getOldURI())) {
				List<TextReplacement> replacements = changes.computeIfAbsent(files.get(document.getOldURI()), f -> new ArrayList<>());
				for (ITextReplacement r : document.getReplacements()) {
					replacements.add(new TextReplacement(r.getOffset(), r.getLength(), r.getReplacementText()));
				}
			}
		});
		byText.forEach((f, replacements) -> changes.computeIfAbsent(f, x -> new ArrayList<>()).addAll(replacements));
		changes.values().forEach(replacements -> replacements.sort(Comparator.comparingInt(TextReplacement::offset).reversed()));
		return changes;
	}

	/**
	 * What an edit changes in the text beside the AST: the lines of a deleted step (comments above it kept: the
	 * serialiser would also take the line break before it), and a renamed step's mentions in KPI arguments.
	 */
	private static Map<Path, List<TextReplacement>> textChanges(CheckedModel checked, Path file, String text, Model model,
			PathwayEdit edit) {
		Map<Path, List<TextReplacement>> changes = new LinkedHashMap<>();
		if (edit instanceof DeleteStep delete) {
			changes.put(file, List.of(linesOf(step(model, delete.step()), text)));
		} else if (edit instanceof RenameStep rename) {
			Step step = step(model, rename.step());
			for (Path f : checked.files()) {
				List<TextReplacement> mentions = KpiArguments.renamed(checked.model(f), (Pathway) step.eContainer(),
						rename.newName(), step.getName());
				if (!mentions.isEmpty()) {
					changes.put(f, mentions);
				}
			}
		}
		return changes;
	}

	/** How each clause of step {@code stepId} is written in {@code text}, the content of {@code file} ("" when it is not). */
	public Map<Clause, String> clausesOf(Path file, String text, String stepId) {
		Model model = workspace.modelOf(file, text).model(file);
		if (model == null) {
			throw new PathwayEditException("The text does not parse");
		}
		return StepClauses.textsOf(step(model, stepId), text);
	}

	/**
	 * The clause written anew, or removed, as a text change: what the modeller typed is language text, kept as typed;
	 * a text that would not read leaves the file as it was and says why.
	 */
	private TextReplacement clauseChange(Path file, String text, Step step, SetClause set) {
		String typed = set.text().strip().replaceAll("\\s*\\R\\s*", " ");
		StepClauses.Span span = StepClauses.of(step, set.clause());
		TextReplacement change;
		if (span != null) {
			int start = typed.isEmpty() ? whitespaceBefore(text, span.start()) : span.start();
			change = new TextReplacement(start, span.end() - start, typed);
		} else if (typed.isEmpty()) {
			throw new PathwayEditException(step.getName() + " has no " + set.clause().label().toLowerCase(java.util.Locale.ROOT));
		} else {
			change = new TextReplacement(StepClauses.insertionPoint(step, set.clause()), 0, " " + typed);
		}
		String result = applied(text, List.of(change));
		CheckedModel checked = workspace.modelOf(file, result);
		Problem error = firstErrorIn(checked, file);
		if (error != null) {
			throw new PathwayEditException("'" + typed + "' does not fit " + step.getName() + ": " + error.message());
		}
		return change;
	}

	/** The first error of {@code file} in {@code checked}, or null: the other files of the model are not the edit's. */
	private static Problem firstErrorIn(CheckedModel checked, Path file) {
		return checked.problems().stream().filter(p -> p.isError() && p.file().getFileName().equals(file.getFileName()))
				.findFirst().orElse(null);
	}

	private static int whitespaceBefore(String text, int offset) {
		int start = offset;
		while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		return start;
	}

	/** {@code text} with {@code replacements} (as {@link #of} orders them) made. */
	public static String applied(String text, List<TextReplacement> replacements) {
		StringBuilder result = new StringBuilder(text);
		for (TextReplacement r : replacements) {
			result.replace(r.offset(), r.offset() + r.length(), r.text());
		}
		return result.toString();
	}

	/** Checks {@code edit} against the model first: the change it returns cannot fail half-way. */
	private static Runnable changeFor(Model model, PathwayEdit edit) {
		return switch (edit) {
		case AddFlow add -> {
			Step from = step(model, add.from());
			Step to = step(model, add.to());
			samePathway(from, to);
			if (FlowChanges.targets(from).contains(to)) {
				throw new PathwayEditException(from.getName() + " already sends patients to " + to.getName());
			}
			if (!(add.percent() > 0 && add.percent() < 100)) {
				throw new PathwayEditException("A share of patients is between 0% and 100%, not " + add.percent() + "%");
			}
			yield () -> FlowChanges.addFlow(from, to, add.percent());
		}
		case Reconnect reconnect -> {
			Step from = step(model, reconnect.from());
			Step oldTarget = flowTarget(from, step(model, reconnect.oldTarget()));
			Step newTarget = step(model, reconnect.newTarget());
			samePathway(from, newTarget);
			if (FlowChanges.targets(from).contains(newTarget)) {
				throw new PathwayEditException(from.getName() + " already sends patients to " + newTarget.getName());
			}
			yield () -> FlowChanges.reconnect(from, oldTarget, newTarget);
		}
		case RemoveFlow remove -> {
			Step from = step(model, remove.from());
			Step to = flowTarget(from, step(model, remove.to()));
			yield () -> FlowChanges.removeFlow(from, to);
		}
		case EndAfter end -> {
			Step step = step(model, end.step());
			if (step.isDecides()) {
				throw new PathwayEditException(step.getName() + " decides where patients go: it cannot end the pathway");
			}
			if (FlowChanges.targets(step).isEmpty()) {
				throw new PathwayEditException("The pathway already ends after " + step.getName());
			}
			yield () -> FlowChanges.endAfter(step);
		}
		case RenameStep rename -> {
			Step step = step(model, rename.step());
			checkNewName((Pathway) step.eContainer(), rename.newName());
			yield () -> step.setName(rename.newName());
		}
		case InsertStep insert -> insertStep(model, insert);
		case DeleteStep delete -> deleteStep(model, delete);
		case SetClause set -> throw new IllegalArgumentException("a clause is changed as text: see clauseChange");
		};
	}

	private static Runnable insertStep(Model model, InsertStep insert) {
		Step after = step(model, insert.after());
		Pathway pathway = (Pathway) after.eContainer();
		checkNewName(pathway, insert.name());
		if (after.isDecides()) {
			throw new PathwayEditException(after.getName() + " decides where patients go: insert the step after one of its targets");
		}
		if (!(insert.minutes() > 0)) {
			throw new PathwayEditException("A step takes some time, not " + insert.minutes() + " min");
		}
		return () -> {
			Step step = CareFactory.eINSTANCE.createStep();
			step.setName(insert.name());
			step.getResources().addAll(after.getResources());
			Quantity minutes = CareFactory.eINSTANCE.createQuantity();
			minutes.setValue(insert.minutes());
			minutes.setUnit("min");
			Fixed duration = CareFactory.eINSTANCE.createFixed();
			duration.setValue(minutes);
			step.setDuration(duration);
			// written right after, the new step is where patients go from there; it sends them on as that step did
			step.setRoute(after.getRoute());
			pathway.getSteps().add(pathway.getSteps().indexOf(after) + 1, step);
		};
	}

	private static Runnable deleteStep(Model model, DeleteStep delete) {
		Step step = step(model, delete.step());
		Pathway pathway = (Pathway) step.eContainer();
		if (pathway.getSteps().size() == 1) {
			throw new PathwayEditException(step.getName() + " is the only step of " + pathway.getName());
		}
		for (Setting use : UsageCrossReferencer.find(step, model.eResource())) {
			EObject user = use.getEObject();
			boolean route = user instanceof Next || user instanceof BranchTarget;
			// a route of a step of this pathway is redirected below; a scenario's branch or a KPI is the modeller's to change
			if (!route || EcoreUtil2.getContainerOfType(user, Pathway.class) != pathway) {
				throw new PathwayEditException(step.getName() + " is named on line "
						+ NodeModelUtils.getNode(user).getStartLine() + ": change that first");
			}
		}
		List<Step> successors = FlowChanges.targets(step);
		Step successor = successors.size() == 1 ? successors.get(0) : null;
		List<Step> predecessors = pathway.getSteps().stream()
				.filter(s -> s != step && FlowChanges.targets(s).contains(step)).toList();
		// the step's own text is removed by its lines (see of); here its predecessors are sent around it
		return () -> predecessors.forEach(s -> redirectAround(s, step, successor));
	}

	/**
	 * The removal of the lines {@code step} is written on, with what follows it on its last line when that is only a
	 * comment: from the start of its first line (when nothing else is written before it there) to its last line break.
	 */
	private static TextReplacement linesOf(Step step, String text) {
		ICompositeNode node = NodeModelUtils.getNode(step);
		int start = node.getOffset();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		if (text.substring(lineStart, start).isBlank()) {
			start = lineStart;
		}
		int end = node.getEndOffset();
		int lineEnd = text.indexOf('\n', end);
		String rest = (lineEnd < 0 ? text.substring(end) : text.substring(end, lineEnd)).strip();
		if (rest.isEmpty() || rest.startsWith("//")) {
			end = lineEnd < 0 ? text.length() : lineEnd + 1;
		}
		return new TextReplacement(start, end - start, "");
	}

	/**
	 * Patients of {@code s} that went to {@code deleted} go to its one {@code successor}; without one, a step that sent
	 * them all there sends them on as the deleted step did, and a branch loses that target.
	 */
	private static void redirectAround(Step s, Step deleted, Step successor) {
		boolean implicit = s.getRoute() == null;
		boolean onlyThere = !(s.getRoute() instanceof Branch);
		if (successor != null && successor != s && (onlyThere || !FlowChanges.targets(s).contains(successor))) {
			if (!implicit) {
				FlowChanges.reconnect(s, deleted, successor);
			} else if (successor != FlowChanges.following(deleted)) {
				// its patients went to the step written after it; once that is gone, the one after it would take them
				s.setRoute(FlowChanges.next(successor));
			}
		} else if (onlyThere && deleted.getRoute() != null && successor != s) {
			s.setRoute(EcoreUtil.copy(deleted.getRoute()));
		} else if (onlyThere) {
			FlowChanges.endAfter(s);
		} else {
			FlowChanges.removeFlow(s, deleted);
		}
	}

	private static void checkNewName(Pathway pathway, String name) {
		if (!name.matches(NAME)) {
			throw new PathwayEditException("'" + name + "' is not a step name: letters, digits and _, not first a digit");
		}
		if (pathway.getSteps().stream().anyMatch(s -> name.equals(s.getName()))) {
			throw new PathwayEditException(pathway.getName() + " already has a step " + name);
		}
	}

	private static Step step(Model model, String id) {
		for (Pathway pathway : model.getElements().stream().filter(Pathway.class::isInstance).map(Pathway.class::cast).toList()) {
			for (Step step : pathway.getSteps()) {
				if (id.equals(pathway.getName() + "." + step.getName())) {
					return step;
				}
			}
		}
		throw new PathwayEditException("There is no step " + id + " in this file");
	}

	private static Step flowTarget(Step from, Step to) {
		if (!FlowChanges.targets(from).contains(to)) {
			throw new PathwayEditException(from.getName() + " does not send patients to " + to.getName());
		}
		return to;
	}

	private static void samePathway(Step from, Step to) {
		if (from.eContainer() != to.eContainer()) {
			throw new PathwayEditException(to.getName() + " is a step of another pathway than " + from.getName());
		}
	}
}
