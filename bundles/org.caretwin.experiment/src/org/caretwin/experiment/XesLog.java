package org.caretwin.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.caretwin.experiment.TraceEvent.Kind;

/**
 * The event log as XES: the first replications of each scenario replayed through {@link TraceRecorder}, one trace
 * per patient. A story is held only while its patient is in the pathway and written when it leaves (the rest at the
 * horizon, with status {@code in progress}), so memory follows the patients present at once, not the run's length.
 */
final class XesLog {

	private final XesWriter xes;
	private final Map<Long, List<TraceEvent>> open = new LinkedHashMap<>();
	private String scenario;
	private int replication;

	private XesLog(XesWriter xes) {
		this.xes = xes;
	}

	/** Writes replications 0 to {@code replications - 1} of every scenario of {@code plan}. */
	static void write(ModelFactory factory, ExperimentPlan plan, List<String> profiles, TraceSources sources,
			int replications, Writer out) throws IOException {
		try {
			XesLog log = new XesLog(new XesWriter(out));
			log.xes.start();
			for (String scenario : plan.scenarios()) {
				for (int replication = 0; replication < replications; replication++) {
					log.scenario = scenario;
					log.replication = replication;
					TraceRecorder.replay(factory, plan, scenario, replication, profiles, sources, Long.MAX_VALUE, log::add);
					log.closeAll();
				}
			}
			log.xes.end();
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private void add(TraceEvent event) {
		List<TraceEvent> story = open.computeIfAbsent(event.patient(), id -> new ArrayList<>());
		story.add(event);
		String status = status(event);
		if (status != null) {
			open.remove(event.patient());
			trace(status, story);
		}
	}

	/** How a story ends with {@code event}, or null while it goes on. */
	private static String status(TraceEvent event) {
		return switch (event.kind()) {
		case LEAVES -> "completed";
		case LOST -> "lost";
		case REDIRECTED -> event.detail().equals(TraceRecorder.OUT_OF_THE_PATHWAY) ? "redirected" : null;
		default -> null;
		};
	}

	private void closeAll() {
		open.values().forEach(story -> trace("in progress", story));
		open.clear();
	}

	private void trace(String status, List<TraceEvent> story) {
		try {
			xes.trace(scenario, replication, status, story);
		} catch (XMLStreamException e) {
			throw new UncheckedIOException(new IOException(e.getMessage(), e));
		}
	}
}
