package org.caretwin.lang.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.KpiRef;
import org.caretwin.lang.care.Pathway;
import org.caretwin.lang.care.Step;
import org.caretwin.lang.generator.KpiNames;
import org.caretwin.lang.interpret.ModelIndex;
import org.eclipse.xtext.validation.Check;

/**
 * A decision ({@code step Triage decides branch {...}}) routes patients at the instant they arrive: nobody waits or
 * stays there, and a loop made only of decisions would route a patient forever without time passing.
 */
public class DecisionValidator extends ComposedCareValidator {

	public static final String DECISION_KPI = "decisionKpi";
	public static final String DECISION_LOOP = "decisionLoop";

	/** Indicators of waiting or presence, always zero at a decision. */
	private static final Set<String> ZERO_AT_A_DECISION = Set.of(KpiCatalogue.WAIT.name(), KpiCatalogue.MAX_WAIT.name(),
			KpiCatalogue.QUEUE.name(), KpiCatalogue.MAX_QUEUE.name(), KpiCatalogue.IN_STEP.name());

	@Check
	public void noLoopOfDecisions(Pathway pathway) {
		for (Step step : new PathwayGraph(pathway).inLoopsOfDecisions()) {
			error("The decision " + step.getName() + " is in a loop of decisions: patients would be routed round it for ever"
					+ " without time passing; put a step that takes time in the loop", step, CarePackage.Literals.STEP__NAME,
					DECISION_LOOP);
		}
	}

	@Check
	public void decisionsHaveNoWaitOrPresence(KpiRef kpi) {
		if (!ZERO_AT_A_DECISION.contains(kpi.getFamily()) || kpi.getArgument() == null) {
			return;
		}
		String argument = KpiNames.normalise(kpi.getArgument());
		String engineName = ModelNames.of(kpi).steps().resolve(argument).name();
		if (engineName != null && decisionNames(kpi).contains(engineName)) {
			error(argument + " is a decision: nobody waits or stays there, so " + kpi.getFamily() + "(" + argument
					+ ") is always zero; report throughput(" + argument + ") or time(" + argument + ", Step)", kpi,
					CarePackage.Literals.KPI_REF__ARGUMENT, DECISION_KPI);
		}
	}

	/** The engine's names of the model's decisions, qualified as KPIs name steps. */
	private static List<String> decisionNames(KpiRef kpi) {
		ModelIndex index = ModelIndex.of(kpi.eResource());
		List<String> names = new ArrayList<>();
		for (Pathway pathway : index.pathways) {
			for (Step step : pathway.getSteps()) {
				if (step.isDecides()) {
					names.add(index.engineName(step));
				}
			}
		}
		return names;
	}
}
