package org.caretwin.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.caretwin.engine.Simulation;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

	@Test
	void eventsOccurInTimeOrderAndSimultaneousOnesInSchedulingOrder() {
		Simulation simulation = new Simulation();
		List<String> fired = new ArrayList<>();
		simulation.scheduleAt(5, s -> fired.add("b@5"));
		simulation.scheduleAt(1, s -> fired.add("a@1"));
		simulation.scheduleAt(5, s -> fired.add("c@5"));
		simulation.scheduleAt(5, s -> {
			fired.add("d@5");
			s.scheduleIn(0, x -> fired.add("e@5 scheduled by d"));
		});
		simulation.scheduleAt(3, s -> fired.add("f@3"));
		simulation.run();
		assertEquals(List.of("a@1", "f@3", "b@5", "c@5", "d@5", "e@5 scheduled by d"), fired);
		assertEquals(5.0, simulation.now());
		assertEquals(6, simulation.eventCount());
	}

	@Test
	void manyRandomEventsComeOutSorted() {
		Simulation simulation = new Simulation();
		SplittableRandom random = new SplittableRandom(7);
		double[] last = { -1 };
		int[] count = { 0 };
		for (int i = 0; i < 100_000; i++) {
			simulation.scheduleAt(random.nextDouble(1000), s -> {
				assertEquals(true, s.now() >= last[0]);
				last[0] = s.now();
				count[0]++;
			});
		}
		simulation.run();
		assertEquals(100_000, count[0]);
	}

	@Test
	void runUntilStopsAtTheEndTimeAndKeepsLaterEvents() {
		Simulation simulation = new Simulation();
		simulation.scheduleAt(10, s -> {
		});
		simulation.scheduleAt(30, s -> {
		});
		simulation.runUntil(20);
		assertEquals(20.0, simulation.now());
		assertEquals(1, simulation.pendingEvents());
	}

	@Test
	void schedulingInThePastIsRefused() {
		Simulation simulation = new Simulation();
		simulation.scheduleAt(10, s -> assertThrows(IllegalArgumentException.class, () -> s.scheduleAt(5, x -> {
		})));
		simulation.run();
		assertThrows(IllegalArgumentException.class, () -> simulation.scheduleIn(-1, s -> {
		}));
		assertThrows(IllegalArgumentException.class, () -> simulation.scheduleIn(Double.NaN, s -> {
		}));
	}
}
