package org.caretwin.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap over primitive arrays, ordered by time and then by the order in which
 * events were scheduled, so simultaneous events always occur in the same, reproducible order.
 * <p>
 * Event data lives in slots (time, sequence, target); the heap holds slot numbers only, so sifting moves ints.
 */
public final class EventCalendar {

	private double[] time;
	private long[] sequence;
	private EventTarget[] target;
	private int[] heap;
	private int[] freeSlots;
	private int freeCount;
	private int size;
	private int slotsUsed;
	private long nextSequence;

	public EventCalendar() {
		this(1024);
	}

	public EventCalendar(int initialCapacity) {
		int capacity = Math.max(16, initialCapacity);
		time = new double[capacity];
		sequence = new long[capacity];
		target = new EventTarget[capacity];
		heap = new int[capacity];
		freeSlots = new int[capacity];
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	/** Schedules {@code target} to fire at {@code at}. */
	public void schedule(double at, EventTarget eventTarget) {
		int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
		time[slot] = at;
		sequence[slot] = nextSequence++;
		target[slot] = eventTarget;
		int i = size++;
		if (i == heap.length) {
			heap = Arrays.copyOf(heap, i * 2);
		}
		siftUp(i, slot);
	}

	private int newSlot() {
		if (slotsUsed == time.length) {
			int capacity = time.length * 2;
			time = Arrays.copyOf(time, capacity);
			sequence = Arrays.copyOf(sequence, capacity);
			target = Arrays.copyOf(target, capacity);
			freeSlots = Arrays.copyOf(freeSlots, capacity);
		}
		return slotsUsed++;
	}

	/** Time of the next event; {@link Double#POSITIVE_INFINITY} when empty. */
	public double peekTime() {
		return size == 0 ? Double.POSITIVE_INFINITY : time[heap[0]];
	}

	/** Removes the next event and returns its slot; read it with {@link #timeOf} / {@link #targetOf} before the next call. */
	int pollSlot() {
		int first = heap[0];
		int last = heap[--size];
		if (size > 0) {
			siftDown(0, last);
		}
		freeSlots[freeCount++] = first;
		return first;
	}

	double timeOf(int slot) {
		return time[slot];
	}

	EventTarget targetOf(int slot) {
		EventTarget t = target[slot];
		target[slot] = null;
		return t;
	}

	private boolean before(int a, int b) {
		double ta = time[a];
		double tb = time[b];
		return ta < tb || (ta == tb && sequence[a] < sequence[b]);
	}

	private void siftUp(int i, int slot) {
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			int p = heap[parent];
			if (!before(slot, p)) {
				break;
			}
			heap[i] = p;
			i = parent;
		}
		heap[i] = slot;
	}

	private void siftDown(int i, int slot) {
		int half = size >>> 1;
		while (i < half) {
			int child = 2 * i + 1;
			int c = heap[child];
			int right = child + 1;
			if (right < size && before(heap[right], c)) {
				child = right;
				c = heap[child];
			}
			if (!before(c, slot)) {
				break;
			}
			heap[i] = c;
			i = child;
		}
		heap[i] = slot;
	}
}
