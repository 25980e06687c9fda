package org.caretwin.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.caretwin.engine.pathway.CareModel;
import org.caretwin.engine.pathway.Patient;
import org.caretwin.engine.pathway.PathwayListener;
import org.caretwin.engine.pathway.Resource;
import org.caretwin.engine.pathway.Step;

/**
 * Replication 0 of each scenario replayed with a listener (the same run as in the experiment, since runs are pure
 * functions of their seed): an event log for process mining. The trace of the first patients is {@link TraceRecorder}'s.
 */
public final class EventLog {

	/** Simulated time 0 (a Monday, as the model's calendars assume) for the timestamps of the event log. */
	static final LocalDateTime ORIGIN = LocalDateTime.of(2024, 1, 1, 0, 0);

	private EventLog() {
	}

	/** Writes {@code case,scenario,profile,zone,activity,mode,resource,resourceZone,start,end} rows. */
	public static void writeCsv(ModelFactory factory, ExperimentPlan plan, List<String> profiles, Writer out) throws IOException {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
		try {
			out.write("case,scenario,profile,zone,activity,mode,resource,resourceZone,start,end\n");
			for (String scenario : plan.scenarios()) {
				CareModel model = factory.create(scenario);
				model.setListener(new PathwayListener() {
					@Override
					public void sessionCompleted(Patient patient, Step step, Resource[] resources, boolean remote,
							double start, double end) {
						try {
							for (Resource resource : resources) {
								out.write(String.join(",", Long.toString(patient.id()), CsvReport.field(scenario),
										CsvReport.field(profile(profiles, patient)), CsvReport.field(model.territory().zone(patient.zone())),
										CsvReport.field(step.name()), remote ? "remote" : "onsite", CsvReport.field(resource.type().name()),
										CsvReport.field(model.territory().zone(resource.zone())), stamp(format, start), stamp(format, end)));
								out.write('\n');
							}
						} catch (IOException e) {
							throw new UncheckedIOException(e);
						}
					}
				});
				model.run(ExperimentRunner.streams(factory, plan), 0, plan.warmupHours(), plan.horizonHours());
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
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
