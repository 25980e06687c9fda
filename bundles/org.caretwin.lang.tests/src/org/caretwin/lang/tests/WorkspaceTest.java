package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.ModelCompiler.CompiledExperiment;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.caretwin.lang.workspace.Problem;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model is the files of one folder, for scoping, validation and the generator alike. */
class WorkspaceTest {

	@TempDir
	Path dir;

	private static final String WARD = """
			resource Bed count 40
			cohort Admissions { arrivals 8 per day }
			pathway Ward for Admissions {
			    step Stay uses Bed for lognormal(mean 4.4 days, sd 2.9 days)
			        when unavailable lose "cancelled, no bed"
			    end
			}
			""";

	private static final String EXPERIMENT = """
			scenario Baseline
			experiment Beds { horizon 200 days replications 2 seed 3 report wait(Stay), utilisation(Bed) }
			""";

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	@Test
	void anEditorsTextStandsInForItsFileAndTheFileIsLeftAlone() throws Exception {
		write("beds/ward.care", WARD);
		Path experiment = write("beds/experiment.care", EXPERIMENT);
		String typed = EXPERIMENT.replace("wait(Stay)", "wait(Sty)");
		CheckedModel model = CareWorkspace.standalone().modelOf(experiment, typed);
		assertTrue(model.hasErrors(), "the typed text names an unknown step: " + model.problems());
		assertEquals(experiment, model.problems().get(0).file());
		assertFalse(CareWorkspace.standalone().modelOf(experiment).hasErrors());
		assertEquals(EXPERIMENT, Files.readString(experiment));
	}

	@Test
	void aKpiOnAStepOfASiblingFileIsCheckedAndMeasured() throws Exception {
		write("beds/ward.care", WARD);
		Path experiment = write("beds/experiment.care", EXPERIMENT);
		CheckedModel model = CareWorkspace.standalone().modelOf(experiment);
		assertEquals(List.of(dir.resolve("beds/experiment.care"), dir.resolve("beds/ward.care")), model.files());
		assertEquals(List.of(), model.problems().stream().map(Problem::toString).toList());
		CompiledExperiment compiled = Simulation.compile(model.experiments().get(0));
		ExperimentResult result = ExperimentRunner.onAllCores().run(compiled.factory(), compiled.plan());
		// the generator takes the sibling's pathway too: the KPI the validator accepted is measured
		assertFalse(Double.isNaN(result.interval("Baseline", "utilisation(Bed)").mean()));
		assertTrue(result.interval("Baseline", "utilisation(Bed)").mean() > 0.5);
	}

	@Test
	void aFileOfAnotherFolderIsNotPartOfTheModel() throws Exception {
		write("a/ward.care", WARD);
		Path experiment = write("b/experiment.care", EXPERIMENT);
		List<String> problems = CareWorkspace.standalone().modelOf(experiment).problems().stream().map(Problem::message).toList();
		assertEquals(List.of("In wait(Stay): there is no step Stay; steps: []",
				"In utilisation(Bed): there is no resource Bed; resources: []"), problems);
	}

	@Test
	void theRuleHoldsInAResourceSetHoldingSeveralModels() throws Exception {
		Path ward = write("a/ward.care", WARD);
		Path experiment = write("b/experiment.care", EXPERIMENT);
		XtextResourceSet set = CareWorkspace.standalone().newResourceSet();
		set.getResource(URI.createFileURI(ward.toString()), true);
		Resource resource = set.getResource(URI.createFileURI(experiment.toString()), true);
		List<Issue> issues = CareWorkspace.standalone().injector().getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertEquals(2, issues.size(), issues.toString());
		assertTrue(issues.get(0).getMessage().contains("there is no step Stay"), issues.toString());
	}

	@Test
	void checkingAFolderTreeGivesOneModelPerFolder() throws Exception {
		write("a/ward.care", WARD);
		write("a/experiment.care", EXPERIMENT);
		write("a/sub/experiment.care", EXPERIMENT);
		List<CheckedModel> models = CareWorkspace.standalone().modelsUnder(dir);
		assertEquals(List.of(dir.resolve("a"), dir.resolve("a/sub")), models.stream().map(CheckedModel::folder).toList());
		assertFalse(models.get(0).hasErrors(), models.get(0).problems().toString());
		assertTrue(models.get(1).hasErrors(), "the subfolder is a model of its own, without the ward");
	}
}
