package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.caretwin.lang.model.ResolvedModel.Branch;
import org.caretwin.lang.model.ResolvedModel.BranchRow;
import org.caretwin.lang.model.ResolvedModel.Count;
import org.caretwin.lang.model.ResolvedModel.Next;
import org.caretwin.lang.model.ResolvedModel.Step;
import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.sizing.CapacitySizing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolved model of small models: where steps were written, how branches share, what scenarios change. */
class ResolvedModelTest {

	private static final String CLINIC = """
			resource Doctor count 3
			resource Nurse count 2
			cohort Patients {
			    arrivals 1000 per year
			    profile Young 60%
			    profile Old   40%
			    attribute age uniform(20 years, 90 years)
			}
			pathway Care for Patients {
			    step Visit by Doctor takes lognormal(mean 20 min, sd 5 min)
			        then branch {
			            Young: 25% -> Dressing, otherwise -> Done
			            Old:   50% -> Dressing, 10% -> Visit, otherwise -> Done
			        }
			    step Dressing by Nurse takes 15 min repeat 4 every 2 days
			    step Done by Doctor takes 10 min
			        remote Call takes 5 min for 20%
			        end
			    step Review by Doctor takes 5 min end
			}
			innovation Phone { Done remote Call for 60% where age < 80 years  Dressing repeat -25% }
			scenario Baseline
			scenario Tele extends Baseline { apply Phone }
			scenario Busy extends Tele {
			    Doctor count 5
			    branch after Visit: Old: 30% -> Dressing, 20% -> Review, otherwise -> Done
			}
			experiment E { horizon 1 year replications 2 seed 1 }
			""";

	private static final String HOME_STEP_FILE = "home.care";

	private static ResolvedModel resolve(Path dir, String text) throws Exception {
		Files.writeString(dir.resolve("clinic.care"), text);
		// a second file of the same folder: part of the model
		Files.writeString(dir.resolve(HOME_STEP_FILE), "cohort Walkins {\n  arrivals 10 per year\n}\npathway Visits for Walkins {\n  step Home by Nurse takes 30 min end\n}\n");
		return ResolvedModelBuilder.of(ModelChecker.model(dir));
	}

	@Test
	void stepsKeepAStableIdAndWhereTheyWereWritten(@TempDir Path dir) throws Exception {
		ResolvedModel model = resolve(dir, CLINIC);
		assertEquals(List.of("clinic.care", HOME_STEP_FILE), model.files());
		Step visit = model.step("Care.Visit").orElseThrow();
		assertEquals("clinic.care:10:5", visit.position().toString());
		assertEquals("home.care:5:3", model.step("Visits.Home").orElseThrow().position().toString());
		assertEquals(List.of("Doctor"), visit.resources());
		assertEquals(20.0 / 60, visit.duration().mean(), 1e-15);
		assertEquals("lognormal", visit.duration().law());
		assertEquals(new Next("Care.Done"), model.step("Care.Dressing").orElseThrow().route(), "falls through to the next step");
	}

	@Test
	void aBranchSharesPatientsByProfileOtherwiseTakingTheRest(@TempDir Path dir) throws Exception {
		Branch branch = (Branch) resolve(dir, CLINIC).step("Care.Visit").orElseThrow().route();
		assertEquals(List.of("Care.Dressing", "Care.Done", "Care.Visit", "Care.Review"), branch.targets(),
				"the target only scenario Busy sends patients to is one too");
		assertEquals(List.of(new BranchRow("Young", List.of(0.25, 0.75, 0.0, 0.0)),
				new BranchRow("Old", List.of(0.5, 1 - 0.6, 0.1, 0.0))), branch.byProfile());
	}

	@Test
	void aScenarioAppliesItsParentsChangesThenItsOwn(@TempDir Path dir) throws Exception {
		ResolvedModel written = resolve(dir, CLINIC);
		ResolvedModel busy = written.inScenario("Busy");
		assertEquals(new Count(5), busy.resource("Doctor").orElseThrow().supply());
		assertEquals(new Count(3), written.resource("Doctor").orElseThrow().supply(), "the written model is unchanged");
		Branch branch = (Branch) busy.step("Care.Visit").orElseThrow().route();
		assertEquals(List.of(0.25, 0.75, 0.0, 0.0), branch.byProfile().get(0).shares(), "Young keeps the written row");
		assertEquals(List.of(0.3, 0.5, 0.0, 0.2), branch.byProfile().get(1).shares());
		Step done = busy.step("Care.Done").orElseThrow();
		assertEquals(0.6, done.remote().adoption(), "from innovation Phone, applied by the parent scenario Tele");
		assertEquals("age", done.remote().eligibility().attribute());
		assertEquals(80 * 365 * 24.0, done.remote().eligibility().value());
		assertEquals(0.75, busy.step("Care.Dressing").orElseThrow().repeat().factor());
		assertEquals(0.2, written.inScenario("Baseline").step("Care.Done").orElseThrow().remote().adoption());
		assertNull(written.step("Care.Done").orElseThrow().remote().eligibility());
		assertThrows(IllegalArgumentException.class, () -> written.inScenario("Nowhere"));
	}

	@Test
	void theLoireModelSurvivesJavaSerialisation() throws Exception {
		ResolvedModel loire = ResolvedModelBuilder.of(ModelChecker.model(ModelChecker.examples().resolve("loire")));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(loire);
		}
		ResolvedModel read;
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			read = assertInstanceOf(ResolvedModel.class, in.readObject());
		}
		assertEquals(loire, read);
		assertEquals(List.of("arthroplasty.care", "resources.care", "territory.care"), read.files());
		assertEquals(3, read.territory().zones().size());
		assertEquals(List.of("Baseline", "Telemedicine", "MoreHomeRehab"), read.experiment("Loire2026").orElseThrow().scenarios());
		assertEquals(CapacitySizing.of(loire, "Telemedicine"), CapacitySizing.of(read, "Telemedicine"));
	}
}
