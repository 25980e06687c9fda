package org.caretwin.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.diagram.DiagramNode.Kind;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModel.Branch;
import org.caretwin.lang.model.ResolvedModel.BranchRow;
import org.caretwin.lang.model.ResolvedModel.ConditionalCase;
import org.caretwin.lang.model.ResolvedModel.Lose;
import org.caretwin.lang.model.ResolvedModel.Pathway;
import org.caretwin.lang.model.ResolvedModel.Policy;
import org.caretwin.lang.model.ResolvedModel.Redirect;
import org.caretwin.lang.model.ResolvedModel.SourcePosition;
import org.caretwin.lang.model.ResolvedModel.Step;
import org.caretwin.lang.model.ResolvedModel.Wait;

/**
 * Builds the {@link PathwayDiagram} of a pathway from the resolved model alone: a start event for its cohort, a box
 * per step (a gateway per decision), a timer before each planned delay, a gateway per branch, a boundary event per
 * unavailability policy that loses or redirects, end events. Pure and deterministic: the same model gives the same
 * diagram, ids included.
 */
public final class DiagramBuilder {

	private static final double HOURS_PER_YEAR = 24 * 365;

	/** A node whose lane is not known until its neighbours have theirs. */
	private static final class Draft {
		final String id;
		final Kind kind;
		final String label;
		final List<String> details;
		final String loop;
		final String remote;
		final String host;
		final SourcePosition position;
		Lane lane;

		Draft(String id, Kind kind, String label, List<String> details, String loop, String remote, String host,
				SourcePosition position, Lane lane) {
			this.id = id;
			this.kind = kind;
			this.label = label;
			this.details = details;
			this.loop = loop;
			this.remote = remote;
			this.host = host;
			this.position = position;
			this.lane = lane;
		}
	}

	private final ResolvedModel model;
	private final Pathway pathway;
	private final Lanes lanes;
	private final Map<String, Draft> drafts = new LinkedHashMap<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	/** Whether some step ends the pathway: its one end event is then drawn last. */
	private boolean ends;

	private DiagramBuilder(ResolvedModel model, Pathway pathway, LaneMode mode) {
		this.model = model;
		this.pathway = pathway;
		this.lanes = new Lanes(model, mode);
	}

	/** The diagram of every pathway of {@code model}, in the order they are written. */
	public static List<PathwayDiagram> of(ResolvedModel model, LaneMode mode) {
		return model.pathways().stream().map(p -> of(model, p, mode)).toList();
	}

	public static PathwayDiagram of(ResolvedModel model, Pathway pathway, LaneMode mode) {
		return new DiagramBuilder(model, pathway, mode).build(mode);
	}

	private PathwayDiagram build(LaneMode mode) {
		ResolvedModel.Cohort cohort = model.cohort(pathway.cohort()).orElse(null);
		String start = pathway.name() + ":start";
		List<String> arrivals = new ArrayList<>();
		if (cohort != null) {
			arrivals.add(Labels.arrivals(cohort.arrivals()));
			if (Labels.profiles(cohort) != null) {
				arrivals.add(Labels.profiles(cohort));
			}
		}
		add(new Draft(start, Kind.START, pathway.cohort(), arrivals, null, null, null,
				cohort == null ? pathway.position() : cohort.position(), null));
		if (!pathway.steps().isEmpty()) {
			edge(start, entry(pathway.steps().get(0).id()), null);
		}
		pathway.steps().forEach(this::step);
		if (ends) {
			add(new Draft(end(), Kind.END, "end", List.of(), null, null, null, null, null));
		}
		assignLanes();
		List<Lane> used = new ArrayList<>();
		List<DiagramNode> nodes = new ArrayList<>();
		for (Draft d : drafts.values()) {
			if (!used.contains(d.lane)) {
				used.add(d.lane);
			}
			nodes.add(new DiagramNode(d.id, d.kind, d.label, d.details, d.lane.id(), d.loop, d.remote, d.host, d.position));
		}
		return new PathwayDiagram(pathway.name(), pathway.cohort(), mode, used, nodes, edges);
	}

	/** Where flows into a step arrive: its timer when it has a planned delay, else the step. */
	private String entry(String stepId) {
		Step step = model.step(stepId).orElse(null);
		return step != null && hasDelay(step) ? stepId + ":delay" : stepId;
	}

	private static boolean hasDelay(Step step) {
		return step.delay() != null || !step.delayByProfile().isEmpty();
	}

	private void step(Step step) {
		Lane lane = lanes.of(step);
		if (hasDelay(step)) {
			add(new Draft(step.id() + ":delay", Kind.TIMER, "after " + Labels.duration(step.delay(), step.delayByProfile()),
					List.of(), null, null, null, step.position(), lane));
			edge(step.id() + ":delay", step.id(), null);
		}
		add(new Draft(step.id(), step.decision() ? Kind.DECISION : Kind.TASK, step.name(), details(step), loop(step),
				remote(step), null, step.position(), lane));
		policy(step, lane);
		switch (step.route()) {
		case ResolvedModel.Next next -> edge(step.id(), entry(next.step()), null);
		case ResolvedModel.End end -> edge(step.id(), end(), null);
		case Branch branch -> branch(step, branch, lane);
		}
	}

	private List<String> details(Step step) {
		List<String> details = new ArrayList<>();
		if (!step.resources().isEmpty()) {
			details.add(String.join(", ", step.resources()));
		}
		String duration = Labels.duration(step.duration(), step.durationByProfile());
		if (duration != null) {
			details.add(duration);
		}
		if (step.policy() instanceof Wait wait) {
			if (wait.priority() != null) {
				details.add("queue: highest " + wait.priority() + " first");
			} else if (wait.rank() != 0 || !wait.ranksByProfile().isEmpty()) {
				details.add("queue priority " + (wait.ranksByProfile().isEmpty() ? Integer.toString(wait.rank())
						: String.join(", ", wait.ranksByProfile().stream().map(r -> r.profile() + " " + r.count()).toList())));
			}
		}
		return details;
	}

	/** {@code ×15 Hip, ×25 Knee every ≈ 2.5 days (uniform)}, the counts scaled as a scenario scales them. */
	private static String loop(Step step) {
		ResolvedModel.Repeat repeat = step.repeat();
		if (repeat == null) {
			return null;
		}
		String counts = repeat.countsByProfile().isEmpty() ? "×" + Labels.number(repeat.count() * repeat.factor())
				: String.join(", ", repeat.countsByProfile().stream()
						.map(c -> "×" + Labels.number(c.count() * repeat.factor()) + " " + c.profile()).toList());
		return repeat.interval() == null ? counts : counts + " every " + Labels.duration(repeat.interval());
	}

	/** {@code Teleconsultation 25%}, with who is eligible and who prefers it. */
	private static String remote(Step step) {
		ResolvedModel.RemoteMode remote = step.remote();
		if (remote == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(remote.name()).append(' ').append(Labels.percent(remote.adoption()));
		if (remote.eligibility() != null) {
			text.append(" if ").append(condition(remote.eligibility()));
		}
		if (!remote.preferredBy().isEmpty()) {
			text.append(", preferred by ").append(String.join(", ", remote.preferredBy()));
		}
		return text.toString();
	}

	/** A lose, a redirection or a limited patience: a boundary event on the step, and where it leads. */
	private void policy(Step step, Lane lane) {
		Policy policy = step.policy();
		String label = "when unavailable";
		if (policy instanceof Wait wait) {
			if (wait.patience() == null || wait.afterPatience() == null) {
				return;
			}
			label = "waits at most " + Labels.duration(wait.patience());
			policy = wait.afterPatience();
		}
		String boundary = step.id() + ":unavailable";
		switch (policy) {
		case Lose lose -> {
			add(new Draft(boundary, Kind.BOUNDARY, label, List.of(), null, null, step.id(), step.position(), lane));
			String lost = step.id() + ":lost";
			add(new Draft(lost, Kind.LOST, "lost: " + lose.reason(), List.of(), null, null, null, step.position(), lane));
			edge(boundary, lost, null);
		}
		case Redirect redirect -> {
			add(new Draft(boundary, Kind.BOUNDARY, label, List.of(), null, null, step.id(), step.position(), lane));
			edge(boundary, entry(redirect.step()), "redirected");
		}
		case Wait wait -> {
			// waiting without limit: the normal case, nothing to draw
		}
		}
	}

	private void branch(Step step, Branch branch, Lane lane) {
		String from = step.id();
		if (!step.decision()) {
			from = step.id() + ":branch";
			add(new Draft(from, Kind.GATEWAY, null, List.of(), null, null, null, step.position(), lane));
			edge(step.id(), from, null);
		}
		for (int i = 0; i < branch.targets().size(); i++) {
			String target = branch.targets().get(i);
			edges.add(DiagramEdge.branch(from, entry(target), shares(branch, i), new DiagramEdge.Routing(step.id(), target)));
		}
	}

	/**
	 * The share of target {@code i}: {@code 30%} when every profile sends the same, else per profile
	 * ({@code Hip 50% · Knee 40%}), after the cases decided by a condition ({@code if age > 80 years: 100%}).
	 */
	static String shares(Branch branch, int i) {
		List<String> parts = new ArrayList<>();
		for (ConditionalCase c : branch.conditional()) {
			if (c.shares().get(i) > 0) {
				parts.add("if " + condition(c.condition()) + ": " + Labels.percent(c.shares().get(i)));
			}
		}
		List<Double> shares = branch.byProfile().stream().map(r -> r.shares().get(i)).toList();
		boolean same = shares.stream().distinct().count() == 1;
		if (same && !shares.isEmpty() && shares.get(0) > 0) {
			parts.add(Labels.percent(shares.get(0)));
		} else if (!same) {
			for (BranchRow row : branch.byProfile()) {
				if (row.shares().get(i) > 0) {
					parts.add((row.profile() == null ? "" : row.profile() + " ") + Labels.percent(row.shares().get(i)));
				}
			}
		}
		return parts.isEmpty() ? null : String.join(" · ", parts);
	}

	/** {@code age < 85 years}; a bound in hours of a year or more is shown in years. */
	private static String condition(ResolvedModel.Condition condition) {
		double value = condition.value();
		// the language's year is 365 days
		String bound = value >= HOURS_PER_YEAR ? Labels.number(value / HOURS_PER_YEAR) + " years" : Labels.number(value);
		return condition.attribute() + " " + condition.comparison() + " " + bound;
	}

	private String end() {
		ends = true;
		return pathway.name() + ":end";
	}

	private void add(Draft draft) {
		drafts.put(draft.id, draft);
	}

	private void edge(String source, String target, String label) {
		edges.add(DiagramEdge.between(source, target, label));
	}

	/**
	 * Gives each node without a lane of its own the lane of a predecessor, else of a successor: a decision joins the
	 * step before it, the start event the first step, an end event the last step.
	 */
	private void assignLanes() {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Draft d : drafts.values()) {
				if (d.lane == null) {
					d.lane = neighbourLane(d.id);
					changed |= d.lane != null;
				}
			}
		}
		Lane fallback = drafts.values().stream().map(d -> d.lane).filter(l -> l != null).findFirst().orElse(Lanes.PATHWAY);
		drafts.values().stream().filter(d -> d.lane == null).forEach(d -> d.lane = fallback);
	}

	private Lane neighbourLane(String id) {
		for (DiagramEdge e : edges) {
			if (e.target().equals(id) && drafts.get(hostOf(e.source())).lane != null) {
				return drafts.get(hostOf(e.source())).lane;
			}
		}
		for (DiagramEdge e : edges) {
			if (e.source().equals(id) && drafts.get(e.target()).lane != null) {
				return drafts.get(e.target()).lane;
			}
		}
		return null;
	}

	private String hostOf(String id) {
		Draft d = drafts.get(id);
		return d.host != null ? d.host : id;
	}
}
