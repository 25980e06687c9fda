package org.caretwin.engine.pathway;

import java.util.Arrays;

/**
 * Patients waiting for a resource: higher priority first, then first come first served (FIFO when every priority
 * is equal). A binary heap keyed on (priority, ticket).
 */
final class WaitQueue {

	private Patient[] heap = new Patient[16];
	private int size;
	private long nextTicket;

	int size() {
		return size;
	}

	boolean isEmpty() {
		return size == 0;
	}

	void add(Patient patient) {
		patient.queueTicket = nextTicket++;
		if (size == heap.length) {
			heap = Arrays.copyOf(heap, size * 2);
		}
		int i = size++;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (!before(patient, heap[parent])) {
				break;
			}
			heap[i] = heap[parent];
			i = parent;
		}
		heap[i] = patient;
	}

	Patient peek() {
		return size == 0 ? null : heap[0];
	}

	Patient poll() {
		Patient first = heap[0];
		Patient last = heap[--size];
		heap[size] = null;
		if (size > 0) {
			int i = 0;
			int half = size >>> 1;
			while (i < half) {
				int child = 2 * i + 1;
				if (child + 1 < size && before(heap[child + 1], heap[child])) {
					child++;
				}
				if (!before(heap[child], last)) {
					break;
				}
				heap[i] = heap[child];
				i = child;
			}
			heap[i] = last;
		}
		return first;
	}

	private static boolean before(Patient a, Patient b) {
		return a.priority > b.priority || (a.priority == b.priority && a.queueTicket < b.queueTicket);
	}
}
