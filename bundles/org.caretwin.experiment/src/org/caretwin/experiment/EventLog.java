package org.caretwin.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.Step;

/**
 * The first replications of each scenario replayed with a listener (the same runs as in the experiment, since runs
 * are pure functions of their seed): an event log for process mining, as CSV. The XES log is {@link XesLog}'s, the
 * trace of the first patients {@link TraceRecorder}'s.
 */
public final class EventLog {

	/** Simulated time 0 (a Monday, as the model's calendars assume) for the timestamps of the event log. */
	static final LocalDateTime ORIGIN = LocalDateTime.of(2024, 1, 1, 0, 0);

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

	private EventLog() {
	}

	/**
	 * Writes {@code case,scenario,profile,zone,activity,mode,resource,resourceZone,start,end,replication,status,reason}
	 * rows: a session per resource ({@code completed}, or {@code in progress} at the horizon with no end), a loss or a
	 * redirection at an instant ({@code lost}, {@code redirected}, with the reason), replications 0 to
	 * {@code replications - 1}.
	 */
	public static void writeCsv(ModelFactory factory, ExperimentPlan plan, List<String> profiles, int replications,
			Writer out) throws IOException {
		try {
			out.write("case,scenario,profile,zone,activity,mode,resource,resourceZone,start,end,replication,status,reason\n");
			for (String scenario : plan.scenarios()) {
				for (int replication = 0; replication < replications; replication++) {
					CareModel model = factory.create(scenario);
					Rows rows = new Rows(model, scenario, replication, profiles, out);
					model.setListener(rows);
					model.run(ExperimentRunner.streams(factory, plan), replication, plan.warmupHours(), plan.horizonHours());
					rows.inProgress();
				}
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** The rows of one replication; a session started and not yet ended is held until it ends or the run does. */
	private static final class Rows implements PathwayListener {

		/** Who a row is about; the engine reuses its patient objects, so a held session keeps these instead. */
		private record Who(long id, String profile, String zone) {
		}

		private record Session(Who who, Step step, Resource[] resources, boolean remote, double start) {
		}

		private final CareModel model;
		private final String scenario;
		private final int replication;
		private final List<String> profiles;
		private final Writer out;
		private final Map<Long, Session> started = new HashMap<>();

		Rows(CareModel model, String scenario, int replication, List<String> profiles, Writer out) {
			this.model = model;
			this.scenario = scenario;
			this.replication = replication;
			this.profiles = profiles;
			this.out = out;
		}

		@Override
		public void sessionStarted(Patient patient, Step step, Resource[] resources, double waitedHours) {
			started.put(patient.id(), new Session(who(patient), step, resources.clone(), patient.isRemote(), model.now()));
		}

		@Override
		public void sessionCompleted(Patient patient, Step step, Resource[] resources, boolean remote, double start,
				double end) {
			started.remove(patient.id());
			for (Resource resource : resources) {
				row(who(patient), step, remote ? "remote" : "onsite", resource, stamp(FORMAT, start), stamp(FORMAT, end),
						"completed", "");
			}
		}

		@Override
		public void patientLost(Patient patient, Step step, String reason, double time) {
			row(who(patient), step, "", null, stamp(FORMAT, time), stamp(FORMAT, time), "lost",
					reason.isEmpty() ? "unavailable" : reason);
		}

		@Override
		public void patientRedirected(Patient patient, Step from, Step to, double time) {
			row(who(patient), from, "", null, stamp(FORMAT, time), stamp(FORMAT, time), "redirected",
					to == null ? TraceRecorder.OUT_OF_THE_PATHWAY : "to " + to.name());
		}

		/** The sessions still going on at the horizon, in the order of their patients. */
		void inProgress() {
			started.values().stream().sorted((a, b) -> Long.compare(a.who().id(), b.who().id()))
					.forEach(s -> {
						for (Resource resource : s.resources()) {
							row(s.who(), s.step(), s.remote() ? "remote" : "onsite", resource, stamp(FORMAT, s.start()),
									"", "in progress", "");
						}
					});
		}

		private Who who(Patient patient) {
			return new Who(patient.id(), profile(profiles, patient), model.territory().zone(patient.zone()));
		}

		private void row(Who who, Step step, String mode, Resource resource, String start, String end, String status,
				String reason) {
			try {
				out.write(String.join(",", Long.toString(who.id()), CsvReport.field(scenario),
						CsvReport.field(who.profile()), CsvReport.field(who.zone()),
						CsvReport.field(step.name()), mode, resource == null ? "" : CsvReport.field(resource.type().name()),
						resource == null ? "" : CsvReport.field(model.territory().zone(resource.zone())), start, end,
						Integer.toString(replication), status, CsvReport.field(reason)));
				out.write('\n');
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The name of the patient's profile, as the event log and the trace give it. */
	static String profile(List<String> profiles, Patient patient) {
		return patient.profile() < profiles.size() ? profiles.get(patient.profile()) : "patient";
	}

	/** {@code hours} after time 0 as a local ISO date-time, {@code 2024-01-08T08:00:00}, the form charts read. */
	static String isoStamp(double hours) {
		return stamp(DateTimeFormatter.ISO_LOCAL_DATE_TIME, hours);
	}

	private static String stamp(DateTimeFormatter format, double hours) {
		return ORIGIN.plusSeconds(Math.round(hours * 3600)).format(format);
	}
}
