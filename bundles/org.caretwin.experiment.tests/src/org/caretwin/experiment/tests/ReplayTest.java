package org.caretwin.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToIntFunction;

import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.Replay;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;

/**
 * The replay of replication 0 against the indicators the same replication gives: the counts of arrivals, completions
 * and losses exactly, and the sampled queues and sessions as the time averages, Little and Erlang say.
 */
class ReplayTest {

	private static final Path TEXTBOOK = Path.of("../../dsl-examples/textbook").toAbsolutePath().normalize();
	private static final double HOURS_PER_YEAR = 8760;

	/** Two replications (the fewest a run allows); the replay is of the first. */
	private static Simulation prepare(String model) {
		Path file = TEXTBOOK.resolve(model);
		CheckedModel checked = CareWorkspace.standalone().modelOf(file);
		assertFalse(checked.hasErrors(), checked.problems().toString());
		return Simulation.prepare(file, checked.experiments().get(0),
				new Simulation.Settings(2, null, null, 1, RunBound.DEFAULT_MAX_EVENTS), phase -> {
				});
	}

	/** Replication 0's value of {@code kpi} in the first scenario. */
	private static double first(ExperimentResult result, String kpi) {
		return result.values("Baseline", kpi)[0];
	}

	private static int sum(Replay replay, ToIntFunction<Replay.Frame> count) {
		return replay.frames().stream().mapToInt(count).sum();
	}

	private static double mean(Replay replay, ToIntFunction<Replay.Frame> count) {
		return replay.frames().stream().mapToInt(count).average().orElseThrow();
	}

	@Test
	void theTextbookQueueReplaysTheArrivalsAndCompletionsItsIndicatorsCount() {
		Simulation simulation = prepare("mmc/mmc.care");
		ExperimentResult result = simulation.run(done -> {
		});
		Replay replay = simulation.replay();
		assertEquals("Baseline", replay.scenario());
		assertEquals(0, replay.replication());
		assertEquals(List.of("Queue.Service"), replay.steps(), "the steps by their diagram ids");
		assertEquals(500, replay.frames().size());
		assertEquals(1000, replay.startHours(), 1e-9, "the observation window starts after the warm-up");
		assertEquals(11000, replay.frames().get(499).hours(), 1e-6, "and the last frame ends with the horizon");
		double years = 10000 / HOURS_PER_YEAR;
		assertEquals(first(result, "arrivals") * years, sum(replay, Replay.Frame::arrived), 1e-6);
		assertEquals(first(result, "completed") * years, sum(replay, Replay.Frame::completed), 1e-6);
		assertEquals(0, sum(replay, Replay.Frame::lost));
		assertTrue(sum(replay, Replay.Frame::arrived) > 40_000, "4.5 an hour for 10,000 hours");
		for (Replay.Frame frame : replay.frames()) {
			assertTrue(frame.inSession()[0] >= 0 && frame.inSession()[0] <= 5, "never more than the 5 clerks: " + frame);
			assertTrue(frame.waiting()[0] == 0 || frame.inSession()[0] == 5, "nobody waits while a clerk is free");
			assertEquals(frame.waiting()[0] + frame.inSession()[0], frame.inPathway(), "everyone present waits or is served");
		}
	}

	@Test
	void sampledDenselyTheSessionsAndQueuesAreTheTimeAveragesOfTheSameReplication() {
		Simulation simulation = prepare("mmc/mmc.care");
		ExperimentResult result = simulation.run(done -> {
		});
		Replay replay = simulation.replay(20_000);
		double inSession = mean(replay, f -> f.inSession()[0]);
		double utilisation = first(result, "utilisation(Clerk)");
		assertEquals(utilisation * 5, inSession, 0.02 * inSession, "busy clerks = utilisation x servers");
		double queue = mean(replay, f -> f.waiting()[0]);
		assertEquals(first(result, "queue(Service)"), queue, 0.03 * queue, "the time-averaged queue");
		double arrivalsPerHour = first(result, "arrivals") / HOURS_PER_YEAR;
		double waitHours = first(result, "wait(Service)") * 24;
		assertEquals(arrivalsPerHour * waitHours, queue, 0.05 * queue, "Little: L = lambda W");
		assertEquals(4.5 * 1.525, queue, 0.25 * queue, "Erlang C's 6.86 waiting, within one replication's spread");
	}

	@Test
	void aLossSystemReplaysItsLossesAndNeverFillsMoreThanItsBeds() {
		Simulation simulation = prepare("loss/loss.care");
		ExperimentResult result = simulation.run(done -> {
		});
		Replay replay = simulation.replay();
		double years = simulation.plan().horizonHours() / HOURS_PER_YEAR;
		int lost = sum(replay, Replay.Frame::lost);
		assertEquals(first(result, "lostCount") * years, lost, 1e-6);
		assertTrue(lost > 100, "about 5.6% of 5,840 admissions: " + lost);
		assertTrue(replay.frames().stream().allMatch(f -> f.inSession()[0] <= 40 && f.waiting()[0] == 0));
		assertEquals(first(result, "utilisation(Bed)") * 40, mean(replay, f -> f.inSession()[0]), 1.0);
	}

	@Test
	void theJsonIsOneSmallObjectOfCounts() {
		Replay replay = prepare("mmc/mmc.care").replay();
		String json = replay.json();
		assertTrue(json.startsWith("{\"scenario\":\"Baseline\",\"replication\":0,\"startHours\":1000,\"frameHours\":20,"
				+ "\"steps\":[\"Queue.Service\"],\"frames\":[{\"t\":1020,\"w\":["), json.substring(0, 160));
		assertTrue(json.length() < 40_000, "500 frames of one step: " + json.length() + " characters");
		assertEquals(500, json.split("\"t\":").length - 1);
	}
}
