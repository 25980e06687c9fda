package org.caretwin.cli.bench;

import java.util.ArrayDeque;

import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Sim;
import umontreal.ssj.stat.Tally;

/**
 * The peer on the bench: the same M/M/c queue written with SSJ's own event view ({@code umontreal.ssj.simevents}:
 * {@link Sim}, {@link Event}, its default event list), its own exponential generators and two MRG32k3a streams, as
 * an SSJ user would write it. SSJ's simulator is a static singleton, so runs must not overlap.
 */
public final class SsjEventQueue {

	private final int servers;
	private final MRG32k3a arrivalStream;
	private final MRG32k3a serviceStream;
	private final ExponentialGen gaps;
	private final ExponentialGen services;

	private final ArrayDeque<Customer> queue = new ArrayDeque<>();
	private final Tally waits = new Tally("wait");
	private int busy;
	private long events;

	/** A customer remembers when it arrived. */
	private record Customer(double arrivalTime) {
	}

	public SsjEventQueue(int servers, double arrivalRate, double serviceRate) {
		this.servers = servers;
		// New MRG32k3a streams advance a static package seed: created under the class lock, they do not depend on other threads.
		synchronized (MRG32k3a.class) {
			arrivalStream = new MRG32k3a("arrivals");
			serviceStream = new MRG32k3a("service");
		}
		gaps = new ExponentialGen(arrivalStream, arrivalRate);
		services = new ExponentialGen(serviceStream, serviceRate);
	}

	/** Simulates up to {@code horizon} from an empty system, always from the start of the same two streams. */
	public QueueRun run(double horizon) {
		return run(horizon, 0);
	}

	/** Simulates up to {@code horizon} from an empty system on substream {@code replication} of both streams. */
	public QueueRun run(double horizon, int replication) {
		long start = System.nanoTime();
		arrivalStream.resetStartStream();
		serviceStream.resetStartStream();
		for (int r = 0; r < replication; r++) {
			arrivalStream.resetNextSubstream();
			serviceStream.resetNextSubstream();
		}
		queue.clear();
		waits.init();
		busy = 0;
		events = 0;
		Sim.init();
		new Arrival().schedule(gaps.nextDouble());
		new EndOfRun().schedule(horizon);
		Sim.start();
		return new QueueRun(events, waits.average(), (System.nanoTime() - start) / 1e9);
	}

	private final class Arrival extends Event {
		@Override
		public void actions() {
			events++;
			schedule(gaps.nextDouble());
			Customer customer = new Customer(Sim.time());
			if (busy < servers) {
				busy++;
				startService(customer);
			} else {
				queue.addLast(customer);
			}
		}
	}

	private final class Departure extends Event {
		@Override
		public void actions() {
			events++;
			Customer next = queue.pollFirst();
			if (next == null) {
				busy--;
			} else {
				startService(next);
			}
		}
	}

	private void startService(Customer customer) {
		waits.add(Sim.time() - customer.arrivalTime());
		new Departure().schedule(services.nextDouble());
	}

	private static final class EndOfRun extends Event {
		@Override
		public void actions() {
			Sim.stop();
		}
	}
}
