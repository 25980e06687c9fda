package org.caretwin.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap over primitive arrays, ordered by time and then by the order in which
 * events were scheduled, so simultaneous events always occur in the same, reproducible order.
 * <p>
 * The three arrays (time, sequence, target) are kept in heap order themselves: a sift compares the moving event's
 * time, held in a register, with one array element per level, and reads no slot table.
 */
public final class EventCalendar {

	private double[] time;
	private long[] sequence;
	private EventTarget[] target;
	private int size;
	private long nextSequence;

	public EventCalendar() {
		this(1024);
	}

	public EventCalendar(int initialCapacity) {
		int capacity = Math.max(16, initialCapacity);
		time = new double[capacity];
		sequence = new long[capacity];
		target = new EventTarget[capacity];
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
		long s = nextSequence++;
		double[] times = time;
		long[] sequences = sequence;
		EventTarget[] targets = target;
		int i = size++;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			double tp = times[parent];
			// Every event in the heap was scheduled before this one, so at equal times it stays below them.
			if (tp <= at) {
				break;
			}
			times[i] = tp;
			sequences[i] = sequences[parent];
			targets[i] = targets[parent];
			i = parent;
		}
		times[i] = at;
		sequences[i] = s;
		targets[i] = eventTarget;
	}

	private void grow() {
		int capacity = time.length * 2;
		time = Arrays.copyOf(time, capacity);
		sequence = Arrays.copyOf(sequence, capacity);
		target = Arrays.copyOf(target, capacity);
	}

	/** Time of the next event; {@link Double#POSITIVE_INFINITY} when empty. */
	public double peekTime() {
		return size == 0 ? Double.POSITIVE_INFINITY : time[0];
	}

	/** Removes the next event (the calendar must not be empty) and returns its target; its time was {@link #peekTime()}. */
	EventTarget poll() {
		double[] times = time;
		long[] sequences = sequence;
		EventTarget[] targets = target;
		EventTarget first = targets[0];
		int n = --size;
		double t = times[n];
		long s = sequences[n];
		EventTarget last = targets[n];
		targets[n] = null;
		if (n > 0) {
			int i = 0;
			int half = n >>> 1;
			while (i < half) {
				int child = 2 * i + 1;
				int right = child + 1;
				double tc = times[child];
				if (right < n) {
					double tr = times[right];
					if (tr < tc || (tr == tc && sequences[right] < sequences[child])) {
						child = right;
						tc = tr;
					}
				}
				if (t < tc || (t == tc && s < sequences[child])) {
					break;
				}
				times[i] = tc;
				sequences[i] = sequences[child];
				targets[i] = targets[child];
				i = child;
			}
			times[i] = t;
			sequences[i] = s;
			targets[i] = last;
		}
		return first;
	}
}
