package org.caretwin.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap over primitive arrays, ordered by time and then by the order in which
 * events were scheduled, so simultaneous events always occur in the same, reproducible order.
 * <p>
 * The heap moves two primitives per event: its time and a key that packs the event's sequence number (high bits)
 * with the slot of its target (low bits). Sequence numbers are unique, so comparing keys compares them, and a sift
 * stores no reference: no array store check, no card mark. The target is written once into its slot when the event
 * is scheduled and read once when it occurs.
 */
public final class EventCalendar {

	private static final int SLOT_BITS = 25;
	private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
	private static final int MAX_PENDING = 1 << SLOT_BITS;
	private static final long MAX_SEQUENCE = Long.MAX_VALUE >>> SLOT_BITS;

	private double[] time;
	private long[] key;
	/** Targets by slot, and the slots free now (a stack, so the slot freed last is reused first). */
	private EventTarget[] targets;
	private int[] freeSlots;
	private int freeCount;
	private int size;
	private long nextSequence;

	public EventCalendar() {
		this(1024);
	}

	public EventCalendar(int initialCapacity) {
		int capacity = Math.min(MAX_PENDING, Math.max(16, initialCapacity));
		time = new double[capacity];
		key = new long[capacity];
		targets = new EventTarget[capacity];
		freeSlots = new int[capacity];
		freeFrom(0, capacity);
	}

	/** Pushes the slots {@code from} to {@code to} (excluded) on the free stack, the lowest on top. */
	private void freeFrom(int from, int to) {
		for (int slot = to - 1; slot >= from; slot--) {
			freeSlots[freeCount++] = slot;
		}
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	/** Schedules {@code target} to fire at {@code at}. */
	public void schedule(double at, EventTarget eventTarget) {
		if (size == time.length) {
			grow();
		}
		if (nextSequence == MAX_SEQUENCE) {
			throw new IllegalStateException("more than " + MAX_SEQUENCE + " events scheduled in one run");
		}
		int slot = freeSlots[--freeCount];
		targets[slot] = eventTarget;
		long k = nextSequence++ << SLOT_BITS | slot;
		double[] times = time;
		long[] keys = key;
		int i = size++;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			double tp = times[parent];
			// Every event in the heap was scheduled before this one, so at equal times it stays below them.
			if (tp <= at) {
				break;
			}
			times[i] = tp;
			keys[i] = keys[parent];
			i = parent;
		}
		times[i] = at;
		keys[i] = k;
	}

	private void grow() {
		int capacity = time.length;
		if (capacity == MAX_PENDING) {
			throw new IllegalStateException("more than " + MAX_PENDING + " events pending at once");
		}
		int larger = Math.min(MAX_PENDING, capacity * 2);
		time = Arrays.copyOf(time, larger);
		key = Arrays.copyOf(key, larger);
		targets = Arrays.copyOf(targets, larger);
		freeSlots = Arrays.copyOf(freeSlots, larger);
		freeFrom(capacity, larger);
	}

	/** Time of the next event; {@link Double#POSITIVE_INFINITY} when empty. */
	public double peekTime() {
		return size == 0 ? Double.POSITIVE_INFINITY : time[0];
	}

	/** Removes the next event (the calendar must not be empty) and returns its target; its time was {@link #peekTime()}. */
	EventTarget poll() {
		double[] times = time;
		long[] keys = key;
		int slot = (int) (keys[0] & SLOT_MASK);
		EventTarget first = targets[slot];
		targets[slot] = null;
		freeSlots[freeCount++] = slot;
		int n = --size;
		double t = times[n];
		long k = keys[n];
		if (n > 0) {
			int i = 0;
			int half = n >>> 1;
			while (i < half) {
				int child = 2 * i + 1;
				int right = child + 1;
				double tc = times[child];
				if (right < n) {
					double tr = times[right];
					if (tr < tc || (tr == tc && keys[right] < keys[child])) {
						child = right;
						tc = tr;
					}
				}
				if (t < tc || (t == tc && k < keys[child])) {
					break;
				}
				times[i] = tc;
				keys[i] = keys[child];
				i = child;
			}
			times[i] = t;
			keys[i] = k;
		}
		return first;
	}
}
