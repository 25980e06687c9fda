package org.caretwin.cli.bench;

import org.caretwin.engine.random.Distribution;
import org.caretwin.engine.random.RandomSource;
import org.caretwin.engine.random.RandomStreams;

/**
 * The yardstick for the engine: a minimal M/G/c simulation with a binary heap over primitive arrays and a ring
 * buffer queue, drawing the same arrival gaps and service times from the same streams as the generated model (the
 * cohort's arrival sequence, each customer's own service stream), so both must report the same mean wait.
 */
public final class ReferenceQueueLoop {

	/** Result of one run. */
	public record Result(long customers, long events, double meanWait, double seconds) {
		public double eventsPerSecond() {
			return events / seconds;
		}
	}

	private ReferenceQueueLoop() {
	}

	/**
	 * @param serviceKey the key of the service durations' patient streams
	 * @param cohortKey  the key of the customers, the n-th arrival being patient n
	 */
	public static Result run(int servers, Distribution gap, Distribution service, RandomSource arrivals,
			long serviceKey, long cohortKey, double horizon) {
		long start = System.nanoTime();
		// Event heap: times and kinds (0 = arrival, 1 = departure), ties broken by insertion sequence. It never holds
		// more than the next arrival and one departure per server.
		int capacity = servers + 2;
		double[] time = new double[capacity];
		long[] seq = new long[capacity];
		byte[] kind = new byte[capacity];
		int size = 0;
		long nextSeq = 0;
		double[] queue = new double[1024];
		int head = 0;
		int tail = 0;
		int busy = 0;
		long customers = 0;
		long events = 0;
		double waitSum = 0;
		long waited = 0;
		// First come, first served: customers start in the order they arrived, so the n-th start is patient n.
		long started = 0;

		// first arrival
		time[0] = arrivals.sample(gap);
		seq[0] = nextSeq++;
		kind[0] = 0;
		size = 1;
		while (size > 0) {
			double now = time[0];
			byte k = kind[0];
			// pop
			size--;
			if (size > 0) {
				double t = time[size];
				long s = seq[size];
				byte kk = kind[size];
				int i = 0;
				int half = size >>> 1;
				while (i < half) {
					int c = 2 * i + 1;
					if (c + 1 < size && (time[c + 1] < time[c] || (time[c + 1] == time[c] && seq[c + 1] < seq[c]))) {
						c++;
					}
					if (t < time[c] || (t == time[c] && s < seq[c])) {
						break;
					}
					time[i] = time[c];
					seq[i] = seq[c];
					kind[i] = kind[c];
					i = c;
				}
				time[i] = t;
				seq[i] = s;
				kind[i] = kk;
			}
			if (now > horizon) {
				break;
			}
			events++;
			double schedule = -1;
			if (k == 0) {
				customers++;
				double next = now + arrivals.sample(gap);
				size = push(time, seq, kind, size, next, nextSeq++, (byte) 0);
				if (busy < servers) {
					busy++;
					waited++;
					schedule = now + serviceTime(service, serviceKey, cohortKey, started++);
				} else {
					if (tail - head == queue.length) {
						queue = compact(queue, head, tail);
						tail -= head;
						head = 0;
					} else if (tail == queue.length) {
						System.arraycopy(queue, head, queue, 0, tail - head);
						tail -= head;
						head = 0;
					}
					queue[tail++] = now;
				}
			} else if (head < tail) {
				double arrived = queue[head++];
				waitSum += now - arrived;
				waited++;
				schedule = now + serviceTime(service, serviceKey, cohortKey, started++);
			} else {
				busy--;
			}
			if (schedule >= 0) {
				size = push(time, seq, kind, size, schedule, nextSeq++, (byte) 1);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Result(customers, events, waited == 0 ? Double.NaN : waitSum / waited, seconds);
	}

	/** The service time of the {@code customer}-th arrival: the first draw of its own stream, as the engine draws it. */
	private static double serviceTime(Distribution service, long serviceKey, long cohortKey, long customer) {
		return service.inverse(RandomStreams.patientUniform(serviceKey, RandomStreams.patientKey(cohortKey, customer), 0));
	}

	private static int push(double[] time, long[] seq, byte[] kind, int size, double t, long s, byte k) {
		int i = size;
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (time[parent] < t || (time[parent] == t && seq[parent] < s)) {
				break;
			}
			time[i] = time[parent];
			seq[i] = seq[parent];
			kind[i] = kind[parent];
			i = parent;
		}
		time[i] = t;
		seq[i] = s;
		kind[i] = k;
		return size + 1;
	}

	private static double[] compact(double[] queue, int head, int tail) {
		double[] bigger = new double[queue.length * 2];
		System.arraycopy(queue, head, bigger, 0, tail - head);
		return bigger;
	}
}
