package org.caretwin.engine.pathway;

import java.util.Arrays;

/**
 * Patients waiting for a resource: higher priority first, then first come first served (FIFO when every priority
 * is equal). A binary heap keyed on (priority, ticket).
 * <p>
 * Most queues never see two priorities (no {@code wait by}), and for them that order is plain arrival order. So the
 * queue starts as a ring buffer, which costs no comparisons, and turns into the heap the first time a patient
 * with another priority (or an undefined one) joins: the ring's patients, in ticket order, are already a valid heap.
 * An empty queue starts again as a ring.
 */
final class WaitQueue {

	private Patient[] patients = new Patient[16];
	private int size;
	private long nextTicket;
	private boolean ordered;
	// ring buffer state, while every patient has the same priority
	private int head;
	private double commonPriority;

	int size() {
		return size;
	}

	boolean isEmpty() {
		return size == 0;
	}

	void add(Patient patient) {
		patient.queueTicket = nextTicket++;
		if (size == 0) {
			// Nobody to be ordered against: start again as a ring.
			ordered = false;
			commonPriority = patient.priority;
			head = 0;
		}
		if (!ordered) {
			if (patient.priority == commonPriority && !Double.isNaN(commonPriority)) {
				addLast(patient);
				return;
			}
			becomeHeap();
		}
		addToHeap(patient);
	}

	Patient poll() {
		if (!ordered) {
			Patient first = patients[head];
			patients[head] = null;
			head = (head + 1) & (patients.length - 1);
			size--;
			return first;
		}
		return pollHeap();
	}

	/** Takes {@code patient} out wherever it is (it leaves before its turn); the others keep their order. */
	void remove(Patient patient) {
		if (!ordered) {
			// The ring in ticket order is a valid heap: removal in the middle is a heap's job.
			becomeHeap();
		}
		Patient[] heap = patients;
		int i = 0;
		while (heap[i] != patient) {
			i++;
		}
		Patient last = heap[--size];
		heap[size] = null;
		if (i == size) {
			return;
		}
		siftDown(i, last);
		if (heap[i] == last) {
			siftUp(i, last);
		}
	}

	private void addLast(Patient patient) {
		if (size == patients.length) {
			patients = unrolled(patients.length * 2);
			head = 0;
		}
		patients[(head + size) & (patients.length - 1)] = patient;
		size++;
	}

	/** The ring's patients from the head on, in a new array of {@code length} (a power of two). */
	private Patient[] unrolled(int length) {
		Patient[] copy = new Patient[length];
		int firstPart = Math.min(size, patients.length - head);
		System.arraycopy(patients, head, copy, 0, firstPart);
		System.arraycopy(patients, 0, copy, firstPart, size - firstPart);
		return copy;
	}

	private void becomeHeap() {
		patients = unrolled(patients.length);
		head = 0;
		ordered = true;
	}

	private void addToHeap(Patient patient) {
		if (size == patients.length) {
			patients = Arrays.copyOf(patients, size * 2);
		}
		siftUp(size++, patient);
	}

	/** Puts {@code patient} at slot {@code i} or above, moving down the parents it goes before. */
	private void siftUp(int i, Patient patient) {
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (!before(patient, patients[parent])) {
				break;
			}
			patients[i] = patients[parent];
			i = parent;
		}
		patients[i] = patient;
	}

	private Patient pollHeap() {
		Patient[] heap = patients;
		Patient first = heap[0];
		Patient last = heap[--size];
		heap[size] = null;
		if (size > 0) {
			siftDown(0, last);
		}
		return first;
	}

	/** Puts {@code patient} at slot {@code i} or below, moving up the children that go before it. */
	private void siftDown(int i, Patient patient) {
		Patient[] heap = patients;
		int half = size >>> 1;
		while (i < half) {
			int child = 2 * i + 1;
			if (child + 1 < size && before(heap[child + 1], heap[child])) {
				child++;
			}
			if (!before(heap[child], patient)) {
				break;
			}
			heap[i] = heap[child];
			i = child;
		}
		heap[i] = patient;
	}

	private static boolean before(Patient a, Patient b) {
		return a.priority > b.priority || (a.priority == b.priority && a.queueTicket < b.queueTicket);
	}
}
