package org.caretwin.lang.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.caretwin.engine.random.SourceNames;
import org.caretwin.lang.care.Branch;
import org.caretwin.lang.care.Cohort;
import org.caretwin.lang.care.End;
import org.caretwin.lang.care.Fixed;
import org.caretwin.lang.care.HomeSetting;
import org.caretwin.lang.care.KpiRef;
import org.caretwin.lang.care.LosePolicy;
import org.caretwin.lang.care.Next;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Profile;
import org.caretwin.lang.care.ProfileCount;
import org.caretwin.lang.care.ProfileDuration;
import org.caretwin.lang.care.ProfileDurations;
import org.caretwin.lang.care.RedirectPolicy;
import org.caretwin.lang.care.RemoteMode;
import org.caretwin.lang.care.Repeat;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.care.WaitPolicy;
import org.caretwin.lang.interpret.BranchShares;
import org.caretwin.lang.interpret.Policies;
import org.caretwin.lang.interpret.StepResources;

/**
 * One field and one anonymous {@link org.caretwin.engine.pathway.Step} per step: the engine runs the state machine,
 * the generated hooks say how long, how often, remote or not, and where next.
 */
final class StepsSection {

	private final GenerationContext context;
	private final SettingsSection settings;

	StepsSection(GenerationContext context, SettingsSection settings) {
		this.context = context;
		this.settings = settings;
	}

	String fields() {
		StringBuilder out = new StringBuilder();
		for (Pathway pathway : context.index.pathways) {
			for (Step step : pathway.getSteps()) {
				out.append("    private Step ").append(context.field(step)).append(";\n");
			}
		}
		return out.toString();
	}

	String generate() {
		StringBuilder out = new StringBuilder();
		for (Pathway pathway : context.index.pathways) {
			out.append("    /** pathway ").append(pathway.getName()).append(" for ").append(pathway.getCohort().getName())
					.append("   (").append(SourceLocation.of(pathway)).append(") */\n");
			out.append("    private void ").append(context.method("build", pathway)).append("() {\n");
			for (Step step : pathway.getSteps()) {
				out.append("        ").append(context.field(step)).append(" = ").append(context.method("new", step))
						.append("();\n");
			}
			out.append("    }\n\n");
			for (Step step : pathway.getSteps()) {
				step(out, pathway, step);
			}
		}
		return out.toString();
	}

	/** The KPIs the experiment reports, then those its expectations test. */
	private List<KpiRef> reportedOrExpected() {
		List<KpiRef> kpis = new ArrayList<>(context.experiment.getReported());
		context.experiment.getExpectations().forEach(e -> kpis.add(e.getKpi()));
		return kpis;
	}

	/** trackInterval calls for the time(A,B) KPIs the experiment reports or expects. */
	String trackedIntervals() {
		StringBuilder out = new StringBuilder();
		java.util.Set<String> done = new java.util.HashSet<>();
		for (KpiRef kpi : reportedOrExpected()) {
			if (!"time".equals(kpi.getFamily()) || kpi.getArgument() == null) {
				continue;
			}
			String[] pair = KpiNames.normalise(kpi.getArgument()).split(",");
			Step from = find(pair[0]);
			Step to = pair.length > 1 ? find(pair[1]) : null;
			if (from != null && to != null && done.add(pair[0] + "," + pair[1])) {
				out.append("        trackInterval(").append(context.field(from)).append(", ")
						.append(context.field(to)).append(");\n");
			}
		}
		return out.toString();
	}

	/** trackCensus calls for the census(Resource at hh:mm) KPIs the experiment reports or expects. */
	String trackedCensuses() {
		StringBuilder out = new StringBuilder();
		java.util.Set<String> done = new java.util.HashSet<>();
		for (KpiRef kpi : reportedOrExpected()) {
			if (!org.caretwin.engine.pathway.KpiCatalogue.CENSUS.name().equals(kpi.getFamily()) || kpi.getArgument() == null) {
				continue;
			}
			String argument = KpiNames.normalise(kpi.getArgument());
			java.util.regex.Matcher census = KpiNames.CENSUS.matcher(argument);
			org.caretwin.lang.care.Resource resource = !census.matches() ? null
					: context.index.resources.stream().filter(r -> census.group(1).equals(r.getName())).findFirst()
							.orElse(null);
			String name = org.caretwin.engine.pathway.KpiCatalogue.CENSUS.of(argument);
			if (resource != null && done.add(name)) {
				double hour = Integer.parseInt(census.group(2)) + Integer.parseInt(census.group(3)) / 60.0;
				out.append("        trackCensus(").append(context.field(resource)).append(", ").append(hour).append(", ")
						.append(JavaNames.string(name)).append(");\n");
			}
		}
		return out.toString();
	}

	private Step find(String written) {
		String name = context.stepNames().engineName(written);
		for (Pathway pathway : context.index.pathways) {
			for (Step step : pathway.getSteps()) {
				if (context.stepName(step).equals(name)) {
					return step;
				}
			}
		}
		return null;
	}

	private void step(StringBuilder out, Pathway pathway, Step step) {
		String name = context.stepName(step);
		out.append("    /** ").append(SourceLocation.text(step)).append("   (").append(SourceLocation.of(step)).append(") */\n");
		out.append("    private Step ").append(context.method("new", step)).append("() {\n");
		if (step.isDecides()) {
			decision(out, pathway, step, name);
			return;
		}
		String resources = StepResources.needs(step).stream().map(r -> ", " + context.field(r)).collect(Collectors.joining());
		List<String> sources = new ArrayList<>();
		String duration = draw(step.getDuration(), step.getDurations(), SourceNames.step(name, "duration"), step, "Duration",
				sources);
		String delay = step.getDelay() == null && step.getDelays() == null ? null
				: draw(step.getDelay(), step.getDelays(), SourceNames.step(name, "delay"), step, "Delay", sources);
		RemoteMode remote = step.getRemote();
		String remoteDuration = remote == null ? null
				: draw(remote.getDuration(), remote.getDurations(), SourceNames.step(name, "remoteDuration"), step,
						"RemoteDuration", sources);
		if (remote != null) {
			sources.add(declare(context.field(step, "Remote"), SourceNames.step(name, "remote")));
		}
		Repeat repeat = step.getRepeat();
		String interval = repeat == null ? null
				: drawOne(repeat.getInterval(), "", SourceNames.step(name, "interval"), step, "Interval", sources);
		if (step.getRoute() instanceof Branch) {
			sources.add(declare(context.field(step, "Route"), SourceNames.step(name, "branch")));
		}
		WaitPolicy patience = Policies.patience(step);
		String patienceDraw = patience == null ? null
				: drawOne(patience.getPatience(), "", SourceNames.step(name, "patience"), step, "Patience", sources);
		sources.forEach(out::append);
		out.append("        return new Step(this, ").append(JavaNames.string(name)).append(resources).append(") {\n");
		initializer(out, step);
		if (delay != null) {
			hook(out, "delayBefore", "double", scaled(delay, step, true));
		}
		hook(out, "duration", "double", scaled(duration, step, false));
		if (remote != null) {
			hook(out, "chooseRemote", "boolean", context.field(step, "Remote") + ".drawn(patient, settings." + settings.adoptionField(step)
					+ ") && settings." + settings.eligibleField(step) + ".test(patient)");
			hook(out, "remoteDuration", "double", remoteDuration);
			hook(out, "eligibleForRemote", "boolean", "settings." + settings.eligibleField(step) + ".test(patient)");
			if (!remote.getPreferredBy().isEmpty()) {
				Cohort cohort = context.cohortOf(step);
				hook(out, "prefersRemote", "boolean", remote.getPreferredBy().stream()
						.map(p -> "patient.profile() == " + cohort.getProfiles().indexOf(p) + " /* " + p.getName() + " */")
						.collect(Collectors.joining(" || ")));
			}
		}
		if (step.getPolicy() instanceof WaitPolicy wait) {
			String priority = priority(wait, context.cohortOf(step));
			if (priority != null) {
				hook(out, "priority", "double", priority);
			}
		}
		if (patienceDraw != null) {
			hook(out, "patience", "double", patienceDraw);
		}
		if (repeat != null) {
			hook(out, "sessions", "int", sessions(step, repeat));
			hook(out, "interval", "double", interval);
		}
		hook(out, "next", "Step", next(pathway, step));
		RedirectPolicy redirect = Policies.redirection(step);
		if (redirect != null) {
			out.append("\n            @Override\n            protected Step redirectTo() {\n                return ")
					.append(context.field(redirect.getStep())).append(";\n            }\n");
		}
		out.append("        };\n    }\n\n");
	}

	/** The engine counts where a branch sends patients, for the routed(Step,Target) indicators. */
	private String countsRoutes(Step step) {
		return "countsRoutes(" + context.branches.targets(step).stream().map(t -> JavaNames.string(context.stepName(t)))
				.collect(Collectors.joining(", ")) + ");";
	}

	/** The queue priority a waiting policy gives, or null for the default (0, first come first served). */
	private String priority(WaitPolicy wait, Cohort cohort) {
		if (wait.getPriority() != null) {
			return "patient.attribute(" + context.constant(wait.getPriority(), "") + ")";
		}
		if (!wait.getRanks().isEmpty()) {
			StringBuilder byProfile = new StringBuilder();
			for (ProfileCount rank : wait.getRanks()) {
				byProfile.append("patient.profile() == ").append(cohort.getProfiles().indexOf(rank.getProfile()))
						.append(" /* ").append(rank.getProfile().getName()).append(" */ ? ").append(rank.getCount()).append(" : ");
			}
			return byProfile.append("0").toString();
		}
		return wait.getRank() != 0 ? Integer.toString(wait.getRank()) : null;
	}

	/** A decision only routes: the engine's {@code Decision} takes no time and schedules no event. */
	private void decision(StringBuilder out, Pathway pathway, Step step, String name) {
		out.append(declare(context.field(step, "Route"), SourceNames.step(name, "branch")));
		out.append("        return new org.caretwin.engine.pathway.Decision(this, ").append(JavaNames.string(name)).append(") {\n");
		out.append("            {\n                ").append(countsRoutes(step)).append("\n            }\n\n");
		hook(out, "next", "Step", next(pathway, step));
		out.append("        };\n    }\n\n");
	}

	/** The reason of a redirection as a Java string, or nothing when it gives none (as generated before reasons). */
	private static String reason(RedirectPolicy redirect) {
		return redirect.getReason() == null ? "" : JavaNames.string(redirect.getReason());
	}

	private void initializer(StringBuilder out, Step step) {
		List<String> lines = new ArrayList<>();
		if (step.getPolicy() instanceof LosePolicy lose) {
			lines.add("loseWhenUnavailable(" + JavaNames.string(lose.getReason()) + ");");
		} else if (step.getPolicy() instanceof RedirectPolicy redirect) {
			lines.add("redirectWhenUnavailable(" + reason(redirect) + ");");
		} else if (Policies.patience(step) instanceof WaitPolicy patience) {
			lines.add(patience.getAfterPatience() instanceof LosePolicy lose
					? "loseAfterWaiting(" + JavaNames.string(lose.getReason()) + ");"
					: "redirectAfterWaiting(" + reason((RedirectPolicy) patience.getAfterPatience()) + ");");
		}
		if (step.getRoute() instanceof Branch) {
			lines.add(countsRoutes(step));
		}
		if (!step.getSeized().isEmpty()) {
			lines.add("keepsAfterwards(" + step.getSeized().stream().map(context::field).collect(Collectors.joining(", ")) + ");");
		}
		if (!step.getReleased().isEmpty()) {
			lines.add("releasesAtEnd(" + step.getReleased().stream().map(context::field).collect(Collectors.joining(", ")) + ");");
		}
		if (step.getSetting() instanceof HomeSetting) {
			lines.add("deliveredAtHome();");
		}
		if (step.getRemote() != null && !step.getRemote().getResources().isEmpty()) {
			lines.add("remoteMode(" + step.getRemote().getResources().stream().map(r -> context.field(r))
					.collect(Collectors.joining(", ")) + ");");
		}
		if (lines.isEmpty()) {
			return;
		}
		out.append("            {\n");
		lines.forEach(l -> out.append("                ").append(l).append('\n'));
		out.append("            }\n\n");
	}

	/** A draw times the scenario's factor, when a scenario changes this step's durations or delays. */
	private String scaled(String draw, Step step, boolean delay) {
		return settings.timeChanged(step, delay) ? "settings." + settings.timeField(step, delay) + " * " + draw : draw;
	}

	private static void hook(StringBuilder out, String name, String type, String body) {
		out.append("            @Override\n            protected ").append(type).append(' ').append(name)
				.append("(Patient patient) {\n                return ").append(body).append(";\n            }\n\n");
	}

	/**
	 * The expression drawing a duration written once or by profile ({@code byProfile} not null): a switch on the
	 * patient's profile whose last listed profile is the default when there is no {@code otherwise}.
	 */
	private String draw(org.caretwin.lang.care.Distribution distribution, ProfileDurations byProfile, String sourceName,
			Step step, String role, List<String> sources) {
		if (byProfile == null) {
			return drawOne(distribution, "", sourceName, step, role, sources);
		}
		Cohort cohort = context.cohortOf(step);
		StringBuilder cases = new StringBuilder("switch (patient.profile()) {");
		List<ProfileDuration> listed = byProfile.getCases();
		for (int i = 0; i < listed.size(); i++) {
			Profile profile = listed.get(i).getProfile();
			boolean last = i == listed.size() - 1 && byProfile.getOtherwise() == null;
			cases.append(last ? " default" : " case " + cohort.getProfiles().indexOf(profile)).append(" -> ")
					.append(drawOne(listed.get(i).getValue(), "_" + JavaNames.constant(profile.getName()), sourceName, step, role, sources))
					.append(";   /* ").append(JavaNames.comment(profile.getName())).append(" */");
		}
		if (byProfile.getOtherwise() != null) {
			cases.append(" default -> ").append(drawOne(byProfile.getOtherwise(), "", sourceName, step, role, sources)).append(";");
		}
		return cases.append(" }").toString();
	}

	/**
	 * The expression drawing one distribution: a constant stays a literal; a distribution draws from the step's source
	 * for that role (one for all profiles) through a constant named by role and {@code variant}.
	 */
	private String drawOne(org.caretwin.lang.care.Distribution distribution, String variant, String sourceName, Step step,
			String role, List<String> sources) {
		if (distribution instanceof Fixed fixed) {
			return Units.quantity(fixed.getValue().getValue(), fixed.getValue().getUnit());
		}
		String variable = context.field(step, role);
		String constant = context.constant(step, "_" + JavaNames.constant(role) + variant);
		String declaration = declare(variable, sourceName);
		if (!sources.contains(declaration)) {
			sources.add(declaration);
		}
		distributions.add("    private static final Distribution " + constant + " = " + DistributionSource.of(distribution)
				+ ";   // " + DistributionSource.describe(distribution) + "\n");
		return variable + ".sample(patient, " + constant + ")";
	}

	private final List<String> distributions = new ArrayList<>();

	/** Static distribution constants collected while generating the steps. */
	String distributions() {
		return String.join("", distributions);
	}

	private String declare(String variable, String sourceName) {
		return "        PatientSource " + variable + " = patientRandom(" + JavaNames.string(context.source(sourceName)) + ");\n";
	}

	/** Sessions by profile: {@code switch (patient.profile()) { case 0 -> sessions(15, factor); ... }}. */
	private String sessions(Step step, Repeat repeat) {
		String factor = "settings." + settings.repeatField(step);
		if (repeat.getCounts().isEmpty()) {
			return "sessions(" + repeat.getCount() + ", " + factor + ")";
		}
		Cohort cohort = context.cohortOf(step);
		StringBuilder cases = new StringBuilder("switch (patient.profile()) {");
		for (ProfileCount count : repeat.getCounts()) {
			cases.append(" case ").append(cohort.getProfiles().indexOf(count.getProfile())).append(" -> sessions(")
					.append(count.getCount()).append(", ").append(factor).append(");   /* ").append(count.getProfile().getName())
					.append(" */");
		}
		return cases.append(" default -> 1; }").toString();
	}

	private String next(Pathway pathway, Step step) {
		if (step.getRoute() instanceof End) {
			return "null";
		}
		if (step.getRoute() instanceof Next next) {
			return context.field(next.getStep());
		}
		if (step.getRoute() instanceof Branch branch) {
			String targets = context.branches.targets(step).stream().map(context::field).collect(Collectors.joining(", "));
			String source = context.field(step, "Route");
			StringBuilder choice = new StringBuilder();
			List<org.caretwin.lang.care.BranchCase> conditional = BranchShares.conditionalCases(branch);
			for (int i = 0; i < conditional.size(); i++) {
				// the first case whose condition holds decides; the others are by profile
				choice.append(settings.predicate(conditional.get(i).getCondition()).replace("patient -> ", "")).append(" ? choose(")
						.append(source).append(", patient, settings.").append(settings.conditionalField(step, i)).append(", ").append(targets)
						.append(")\n                        : ");
			}
			return choice.append("choose(").append(source).append(", patient, settings.").append(settings.branchField(step))
					.append("[patient.profile()], ").append(targets).append(")").toString();
		}
		int index = pathway.getSteps().indexOf(step);
		return index + 1 < pathway.getSteps().size() ? context.field(pathway.getSteps().get(index + 1))
				: "null";
	}
}
