package org.caretwin.engine.pathway;

import org.caretwin.engine.stat.TimeWeighted;

/**
 * Servers of one kind in one zone (DESMO-J's Res): surgeons of a clinic, physiotherapists of a zone, beds.
 * {@code capacity} units serve at once, while the calendar is open; the others wait in the queue.
 */
public final class Resource {

	private final ResourceType type;
	private final int zone;
	/** The units written; {@link #capacity} differs from it only inside a disruption window. */
	private final int written;
	private int capacity;
	/** The product of the factors of the disruption windows open now. */
	private double capacityFactor = 1;
	/** Since the statistics window started: when each capacity began (the first at the window's start). */
	private double[] segmentStarts = new double[1];
	private int[] segmentCapacities = new int[1];
	private int segments = 1;
	/** The type's calendar, or null when always open: read at every request, so kept here, one load away. */
	private final WeeklyCalendar calendar;
	final WaitQueue queue = new WaitQueue();
	final TimeWeighted busy;
	final TimeWeighted queueLength;
	private double overtimeHours;
	private long acts;
	private boolean openingScheduled;
	/** Units serving now (the level of {@link #busy}, as an int for the test done at every request). */
	private int inUse;
	private double windowStart;

	Resource(ResourceType type, int zone, int capacity, double start) {
		if (capacity < 0) {
			throw new IllegalArgumentException(type.name() + ": capacity must be zero or more, was " + capacity);
		}
		this.type = type;
		this.zone = zone;
		this.written = capacity;
		this.capacity = capacity;
		this.calendar = type.calendar();
		busy = new TimeWeighted(start);
		queueLength = new TimeWeighted(start);
		windowStart = start;
		segmentStarts[0] = start;
		segmentCapacities[0] = capacity;
	}

	public ResourceType type() {
		return type;
	}

	public int zone() {
		return zone;
	}

	public int capacity() {
		return capacity;
	}

	public boolean isUnlimited() {
		return capacity == Integer.MAX_VALUE;
	}

	public WeeklyCalendar calendar() {
		return calendar;
	}

	boolean isOpen(double now) {
		return calendar == null || calendar.isOpen(now);
	}

	boolean hasFreeUnit(double now) {
		return inUse < capacity && isOpen(now);
	}

	void seize(double now) {
		busy.add(now, 1);
		inUse++;
		acts++;
	}

	/** Frees one unit; the service that ends now started at {@code startedAt}. */
	void release(double now, double startedAt) {
		busy.add(now, -1);
		inUse--;
		if (calendar != null) {
			double inside = calendar.openHours(startedAt, now);
			overtimeHours += Math.max(0, (now - startedAt) - inside);
		}
	}

	/**
	 * Multiplies the units by {@code factor} from now on, until the same factor is divided out ({@code factor} 0.7 at
	 * the start of a disruption, 1 / 0.7 at its end): units busy above the new capacity finish their sessions, and no
	 * one starts until a unit is free again.
	 */
	void scaleCapacity(double now, double factor) {
		capacityFactor *= factor;
		if (Math.abs(capacityFactor - 1) < 1e-9) {
			capacityFactor = 1;
		}
		capacity = (int) Math.round(written * capacityFactor);
		if (segments == segmentStarts.length) {
			segmentStarts = java.util.Arrays.copyOf(segmentStarts, segments * 2);
			segmentCapacities = java.util.Arrays.copyOf(segmentCapacities, segments * 2);
		}
		segmentStarts[segments] = now;
		segmentCapacities[segments] = capacity;
		segments++;
	}

	private double openHours(double from, double to) {
		return calendar == null ? to - from : calendar.openHours(from, to);
	}

	/** Units serving now. */
	int unitsInUse() {
		return inUse;
	}

	boolean openingScheduled() {
		return openingScheduled;
	}

	void setOpeningScheduled(boolean scheduled) {
		openingScheduled = scheduled;
	}

	void restartStatistics(double now) {
		busy.restart(now);
		queueLength.restart(now);
		overtimeHours = 0;
		acts = 0;
		windowStart = now;
		segmentStarts[0] = now;
		segmentCapacities[0] = capacity;
		segments = 1;
	}

	/** Hours of service delivered in the window. */
	public double busyHours(double now) {
		return busy.integral(now);
	}

	/** Hours the resource could serve in the window: capacity × open hours. */
	public double availableHours(double now) {
		if (isUnlimited()) {
			return Double.POSITIVE_INFINITY;
		}
		return availableHoursBetween(windowStart, now);
	}

	/**
	 * Hours the units could give between {@code from} and {@code to} (both in the current statistics window, {@code to}
	 * now): capacity times open hours, each capacity over the time it held.
	 */
	public double availableHoursBetween(double from, double to) {
		double available = 0;
		for (int i = 0; i < segments; i++) {
			double start = Math.max(from, segmentStarts[i]);
			double end = i + 1 < segments ? Math.min(to, segmentStarts[i + 1]) : to;
			if (end > start) {
				available += segmentCapacities[i] * openHours(start, end);
			}
		}
		return available;
	}

	public double overtimeHours() {
		return overtimeHours;
	}

	public long acts() {
		return acts;
	}

	public double peakBusy() {
		return busy.max();
	}

	public double meanQueueLength(double now) {
		return queueLength.average(now);
	}

	public double maxQueueLength() {
		return queueLength.max();
	}

	@Override
	public String toString() {
		return type.name() + "@" + zone;
	}
}
