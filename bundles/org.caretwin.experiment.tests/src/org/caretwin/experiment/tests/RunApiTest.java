package org.caretwin.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.caretwin.experiment.Expectation;
import org.caretwin.experiment.ExperimentPlan;
import org.caretwin.experiment.ExperimentRunner;
import org.caretwin.experiment.JsonReport;
import org.caretwin.experiment.LocalRunner;
import org.caretwin.experiment.ModelSource;
import org.caretwin.experiment.ReplicationResult;
import org.caretwin.experiment.ReplicationUnit;
import org.caretwin.experiment.ResultMerge;
import org.junit.jupiter.api.Test;

/** Units of work and their results are plain data; merging them does not depend on the order they come back in. */
class RunApiTest {

	private static final ExperimentPlan PLAN = new ExperimentPlan("Clinic", List.of("Baseline", "ShorterVisits"), 200,
			3_000, 8, 20261202, List.of("wait(Visit)", "utilisation(Doctor)"),
			List.of(new Expectation.Threshold("expect wait(Visit) < 1 days", "clinic.care:9", "wait(Visit)",
					Expectation.Comparison.LESS, 1, null)));

	private static final ModelSource CLINIC = new ModelSource("ClinicModel", "// compiled in the test");

	private static List<ReplicationResult> runAll() {
		return new LocalRunner(2, source -> ClinicModel.FACTORY).run(CLINIC, PLAN, ReplicationUnit.allOf(PLAN), done -> {
		});
	}

	@Test
	void aMergeOfShuffledResultsGivesTheSameBytes() {
		List<ReplicationResult> results = runAll();
		String inOrder = JsonReport.of(ResultMerge.merge(PLAN, results), "clinic.care", "test");
		List<ReplicationResult> shuffled = new ArrayList<>(results);
		Collections.shuffle(shuffled, new Random(7));
		assertEquals(inOrder, JsonReport.of(ResultMerge.merge(PLAN, shuffled), "clinic.care", "test"));
		Collections.reverse(shuffled);
		assertEquals(inOrder, JsonReport.of(ResultMerge.merge(PLAN, shuffled), "clinic.care", "test"));
		// And the runner is the one behind ExperimentRunner: the same figures as the in-process path.
		assertEquals(inOrder, JsonReport.of(new ExperimentRunner(1).run(ClinicModel.FACTORY, PLAN), "clinic.care", "test"));
	}

	@Test
	void unitsPlansAndResultsSurviveJavaSerialisation() throws Exception {
		List<ReplicationUnit> units = ReplicationUnit.allOf(PLAN);
		assertEquals(units, roundTrip(units));
		assertEquals(PLAN, roundTrip(PLAN));
		assertEquals(CLINIC, roundTrip(CLINIC));
		for (ReplicationResult result : runAll()) {
			ReplicationResult back = roundTrip(result);
			assertEquals(result.unit(), back.unit());
			assertEquals(result.kpiNames(), back.kpiNames());
			assertArrayEquals(result.values(), back.values());
			assertEquals(result.weeklyUtilisation().keySet(), back.weeklyUtilisation().keySet());
			assertArrayEquals(result.weeklyUtilisation().get("Doctor"), back.weeklyUtilisation().get("Doctor"));
		}
	}

	@Test
	void aUnitRunElsewhereGivesTheSameResult() throws Exception {
		// A worker that receives the plan and one unit as bytes computes what the local run computed.
		List<ReplicationResult> local = runAll();
		ReplicationUnit unit = local.get(5).unit();
		ExperimentPlan plan = roundTrip(PLAN);
		ReplicationResult remote = new LocalRunner(1, source -> ClinicModel.FACTORY)
				.run(roundTrip(CLINIC), plan, List.of(roundTrip(unit)), done -> {
				}).get(0);
		assertArrayEquals(local.get(5).values(), remote.values());
	}

	@Test
	void aMissingOrRepeatedResultIsRefused() {
		List<ReplicationResult> results = new ArrayList<>(runAll());
		ReplicationResult first = results.remove(0);
		assertThrows(IllegalArgumentException.class, () -> ResultMerge.merge(PLAN, results));
		results.add(first);
		results.add(first);
		assertThrows(IllegalArgumentException.class, () -> ResultMerge.merge(PLAN, results));
	}

	@SuppressWarnings("unchecked")
	private static <T> T roundTrip(T value) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (T) in.readObject();
		}
	}
}
