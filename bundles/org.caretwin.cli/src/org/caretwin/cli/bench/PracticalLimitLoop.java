package org.caretwin.cli.bench;

import java.util.SplittableRandom;

/**
 * The practical limit of this machine for the bench's M/M/c queue: the reference loop's primitive heap and ring
 * buffer, but drawing from the JDK's {@link SplittableRandom} and inverting with the intrinsic {@link Math#log}, all
 * inline: one sequential stream for everything, where the reference loop (like the engine) keys a stream per customer.
 */
public final class PracticalLimitLoop {

	private PracticalLimitLoop() {
	}

	public static QueueRun run(int servers, double meanGap, double meanService, long seed, double horizon) {
		long start = System.nanoTime();
		SplittableRandom arrivals = new SplittableRandom(seed);
		SplittableRandom durations = arrivals.split();
		// The heap never holds more than the next arrival and one departure per server.
		int capacity = servers + 2;
		double[] time = new double[capacity];
		long[] seq = new long[capacity];
		boolean[] departure = new boolean[capacity];
		int size = 1;
		long nextSeq = 1;
		double[] queue = new double[1024];
		int head = 0;
		int tail = 0;
		int busy = 0;
		long events = 0;
		double waitSum = 0;
		long served = 0;
		time[0] = -meanGap * Math.log(1 - arrivals.nextDouble());
		while (size > 0) {
			double now = time[0];
			boolean isDeparture = departure[0];
			size = removeFirst(time, seq, departure, size);
			if (now > horizon) {
				break;
			}
			events++;
			double ends = -1;
			if (!isDeparture) {
				size = insert(time, seq, departure, size, now - meanGap * Math.log(1 - arrivals.nextDouble()), nextSeq++, false);
				if (busy < servers) {
					busy++;
					served++;
					ends = now - meanService * Math.log(1 - durations.nextDouble());
				} else {
					if (tail == queue.length) {
						double[] moved = new double[tail - head < queue.length / 2 ? queue.length : queue.length * 2];
						System.arraycopy(queue, head, moved, 0, tail - head);
						tail -= head;
						head = 0;
						queue = moved;
					}
					queue[tail++] = now;
				}
			} else if (head < tail) {
				waitSum += now - queue[head++];
				served++;
				ends = now - meanService * Math.log(1 - durations.nextDouble());
			} else {
				busy--;
			}
			if (ends >= 0) {
				size = insert(time, seq, departure, size, ends, nextSeq++, true);
			}
		}
		return new QueueRun(events, served == 0 ? Double.NaN : waitSum / served, (System.nanoTime() - start) / 1e9);
	}

	private static int removeFirst(double[] time, long[] seq, boolean[] departure, int size) {
		int last = size - 1;
		double t = time[last];
		long s = seq[last];
		boolean d = departure[last];
		int i = 0;
		int half = last >>> 1;
		while (i < half) {
			int c = 2 * i + 1;
			if (c + 1 < last && (time[c + 1] < time[c] || (time[c + 1] == time[c] && seq[c + 1] < seq[c]))) {
				c++;
			}
			if (t < time[c] || (t == time[c] && s < seq[c])) {
				break;
			}
			time[i] = time[c];
			seq[i] = seq[c];
			departure[i] = departure[c];
			i = c;
		}
		time[i] = t;
		seq[i] = s;
		departure[i] = d;
		return last;
	}

	private static int insert(double[] time, long[] seq, boolean[] departure, int size, double t, long s, boolean d) {
		int i = size;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (time[parent] < t || (time[parent] == t && seq[parent] < s)) {
				break;
			}
			time[i] = time[parent];
			seq[i] = seq[parent];
			departure[i] = departure[parent];
			i = parent;
		}
		time[i] = t;
		seq[i] = s;
		departure[i] = d;
		return size + 1;
	}
}
