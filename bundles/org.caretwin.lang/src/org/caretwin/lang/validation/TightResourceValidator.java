package org.caretwin.lang.validation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.caretwin.engine.pathway.KpiCatalogue;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.care.Experiment;
import org.caretwin.lang.care.KpiRef;
import org.caretwin.lang.generator.KpiNames;
import org.caretwin.lang.interpret.ExperimentScenarios;
import org.caretwin.lang.interpret.ModelIndex;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.caretwin.lang.sizing.SizingLine;
import org.caretwin.lang.workspace.ModelFiles;
import org.eclipse.xtext.validation.Check;

/**
 * A resource that static sizing finds tight or over capacity is where an experiment's story is: an experiment that
 * reports KPIs but none of that resource hides it. Sizing reads the resolved model alone, so this costs no run.
 */
public class TightResourceValidator extends ComposedCareValidator {

	public static final String TIGHT_RESOURCE_UNREPORTED = "tightResourceUnreported";

	@Check
	public void tightResourcesAreReported(Experiment experiment) {
		if (experiment.getReported().isEmpty() || experiment.eResource() == null || hasBrokenFiles(experiment)) {
			return; // without a report line every KPI is reported; a broken model gets its errors alone
		}
		Set<String> reported = experiment.getReported().stream().filter(TightResourceValidator::namesAResource)
				.map(k -> resourceOf(KpiNames.normalise(k.getArgument()))).collect(Collectors.toSet());
		Map<String, String> unreported = new LinkedHashMap<>();
		try {
			ResolvedModel model = ResolvedModelBuilder.of(experiment.eResource());
			for (String scenario : ExperimentScenarios.of(experiment, ModelIndex.of(experiment.eResource()))) {
				for (SizingLine line : CapacitySizing.of(model, scenario)) {
					String flag = line.flag();
					boolean strained = flag.startsWith("OVER") || flag.startsWith("AT RISK") || flag.startsWith("TIGHT");
					if (strained && !reported.contains(line.resource())) {
						unreported.putIfAbsent(line.resource(), String.format(Locale.ROOT, "%s in %s (load %.0f%%%s)",
								flag.split(" \\(")[0].toLowerCase(Locale.ROOT), scenario, 100 * line.load(),
								"all".equals(line.zone()) ? "" : " in " + line.zone()));
					}
				}
			}
		} catch (RuntimeException notSizable) {
			return; // a model the other rules refuse, or one sizing cannot read: their errors come first
		}
		unreported.forEach((resource, why) -> warning("Static sizing finds " + resource + " " + why + ", and no KPI of "
				+ experiment.getName() + " reports it: add utilisation(" + resource + ") to the report", experiment,
				CarePackage.Literals.EXPERIMENT__REPORTED, 0, TIGHT_RESOURCE_UNREPORTED));
	}

	/** Syntax or linking errors in a file of the model: sizing would read what the parser recovered. */
	private static boolean hasBrokenFiles(Experiment experiment) {
		return ModelFiles.of(experiment.eResource()).resources(experiment.eResource()).stream()
				.anyMatch(r -> !r.getErrors().isEmpty());
	}

	private static boolean namesAResource(KpiRef kpi) {
		return kpi.getArgument() != null && KpiCatalogue.familyOf(kpi.getFamily())
				.map(f -> f.argument() == KpiCatalogue.Argument.RESOURCE || f.argument() == KpiCatalogue.Argument.RESOURCE_AT_CLOCK)
				.orElse(false);
	}

	/** {@code Bed} of {@code Bed}, {@code Bed@Roanne} or {@code Bed at 00:00}. */
	private static String resourceOf(String argument) {
		return argument.split("[@ ]")[0];
	}
}
