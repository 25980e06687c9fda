package org.caretwin.engine.pathway;

import org.caretwin.engine.stat.TimeWeighted;

/**
 * Servers of one kind in one zone (DESMO-J's Res): surgeons of a clinic, physiotherapists of a zone, beds.
 * {@code capacity} units serve at once, while the calendar is open; the others wait in the queue.
 */
public final class Resource {

	private final ResourceType type;
	private final int zone;
	private final int capacity;
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
		this.capacity = capacity;
		this.calendar = type.calendar();
		busy = new TimeWeighted(start);
		queueLength = new TimeWeighted(start);
		windowStart = start;
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
		double open = calendar == null ? now - windowStart : calendar.openHours(windowStart, now);
		return capacity * open;
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
