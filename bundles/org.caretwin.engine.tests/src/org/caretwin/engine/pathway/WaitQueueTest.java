package org.caretwin.engine.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The wait queue against a sorted list: patients who leave early are gone, the others keep priority-then-FIFO order. */
class WaitQueueTest {

	private static Patient patient(long id, double priority) {
		Patient patient = new Patient(id, 0, 0, 0, new double[0], true, null, id, 0);
		patient.priority = priority;
		return patient;
	}

	private static void assertSameOrder(List<Patient> expected, WaitQueue queue) {
		expected.sort(Comparator.comparingDouble((Patient p) -> -p.priority).thenComparingLong(p -> p.queueTicket));
		for (Patient next : expected) {
			assertSame(next, queue.poll());
		}
		assertEquals(0, queue.size());
	}

	@Test
	void leavingFromTheMiddleOfAFifoQueueKeepsTheOthersInArrivalOrder() {
		WaitQueue queue = new WaitQueue();
		List<Patient> expected = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Patient p = patient(i, 0);
			queue.add(p);
			expected.add(p);
		}
		for (int i = 0; i < 40; i += 3) {
			queue.remove(expected.get(i));
		}
		expected.removeIf(p -> p.id() % 3 == 0);
		assertEquals(expected.size(), queue.size());
		// Patients joining after a removal still queue behind the earlier ones.
		for (int i = 40; i < 45; i++) {
			Patient p = patient(i, 0);
			queue.add(p);
			expected.add(p);
		}
		assertSameOrder(expected, queue);
	}

	@Test
	void randomJoinsLeavesAndTurnsWithPriorities() {
		SplittableRandom random = new SplittableRandom(3);
		WaitQueue queue = new WaitQueue();
		List<Patient> inQueue = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			int action = random.nextInt(3);
			if (action == 0 || inQueue.isEmpty()) {
				Patient p = patient(i, random.nextInt(3));
				queue.add(p);
				inQueue.add(p);
			} else if (action == 1) {
				queue.remove(inQueue.remove(random.nextInt(inQueue.size())));
			} else {
				Patient first = queue.poll();
				Patient expected = inQueue.stream()
						.min(Comparator.comparingDouble((Patient p) -> -p.priority).thenComparingLong(p -> p.queueTicket))
						.orElseThrow();
				assertSame(expected, first);
				inQueue.remove(first);
			}
			assertEquals(inQueue.size(), queue.size());
		}
		assertSameOrder(inQueue, queue);
	}
}
