package org.caretwin.experiment;

import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.caretwin.experiment.TraceEvent.Kind;

/**
 * The elements of an XES (IEEE 1849) log: its header with the standard extensions, one trace per patient story. The
 * JDK's XML writer escapes the model's names; characters XML cannot hold at all are replaced.
 */
final class XesWriter {

	private static final DateTimeFormatter STAMP = DateTimeFormatter
			.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT).withZone(ZoneOffset.UTC);

	private final XMLStreamWriter xml;

	XesWriter(Writer out) throws XMLStreamException {
		xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
	}

	/** The declaration, the log element, its extensions, global attributes and classifier. */
	void start() throws XMLStreamException {
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("log");
		xml.writeAttribute("xes.version", "1849-2016");
		xml.writeAttribute("xes.features", "");
		extension("Concept", "concept");
		extension("Lifecycle", "lifecycle");
		extension("Time", "time");
		extension("Organizational", "org");
		xml.writeStartElement("global");
		xml.writeAttribute("scope", "trace");
		attribute("string", "concept:name", "");
		xml.writeEndElement();
		xml.writeStartElement("global");
		xml.writeAttribute("scope", "event");
		attribute("string", "concept:name", "");
		attribute("string", "lifecycle:transition", "complete");
		attribute("date", "time:timestamp", "1970-01-01T00:00:00.000Z");
		xml.writeEndElement();
		xml.writeEmptyElement("classifier");
		xml.writeAttribute("name", "Activity");
		xml.writeAttribute("keys", "concept:name lifecycle:transition");
		xml.writeCharacters("\n");
	}

	/** One patient's story in one replication of one scenario, its events in the order they happened. */
	void trace(String scenario, int replication, String status, List<TraceEvent> story) throws XMLStreamException {
		TraceEvent first = story.get(0);
		xml.writeStartElement("trace");
		attribute("string", "concept:name", scenario + "/" + replication + "/" + first.patient());
		attribute("string", "scenario", scenario);
		attribute("int", "replication", Integer.toString(replication));
		attribute("int", "patient", Long.toString(first.patient()));
		attribute("string", "profile", first.profile());
		attribute("string", "zone", first.zone());
		attribute("string", "status", status);
		for (TraceEvent event : story) {
			event(event);
		}
		xml.writeEndElement();
		// A trace a line: a log of millions of events stays readable with line tools.
		xml.writeCharacters("\n");
	}

	void end() throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	private void event(TraceEvent event) throws XMLStreamException {
		xml.writeStartElement("event");
		attribute("string", "concept:name", activity(event));
		attribute("string", "lifecycle:transition", transition(event.kind()));
		attribute("date", "time:timestamp", STAMP.format(EventLog.ORIGIN.plusNanos(Math.round(event.hours() * 3.6e6) * 1_000_000)
				.atOffset(ZoneOffset.UTC)));
		if (!event.resources().isEmpty()) {
			attribute("string", "org:resource", event.resourceList());
		}
		if (event.kind() == Kind.LOST || event.kind() == Kind.REDIRECTED || event.kind() == Kind.LEAVES) {
			attribute("string", "step", event.step());
		}
		if (!event.detail().isEmpty()) {
			attribute("string", event.kind() == Kind.LOST ? "reason" : "detail", event.detail());
		}
		xml.writeEndElement();
	}

	/** The step of a session or a wait; what happened, for the events that are not a step's. */
	private static String activity(TraceEvent event) {
		return switch (event.kind()) {
		case WAITING, START, END -> event.step();
		case ARRIVAL -> "arrival";
		case REDIRECTED -> "redirection";
		case LOST -> "loss";
		case LEAVES -> "departure";
		};
	}

	/**
	 * XES's standard lifecycle: joining a queue schedules the step; a loss aborts the patient's whole case; arrival,
	 * redirection and departure are instants, so complete.
	 */
	private static String transition(Kind kind) {
		return switch (kind) {
		case WAITING -> "schedule";
		case START -> "start";
		case LOST -> "pi_abort";
		case ARRIVAL, END, REDIRECTED, LEAVES -> "complete";
		};
	}

	private void extension(String name, String prefix) throws XMLStreamException {
		xml.writeEmptyElement("extension");
		xml.writeAttribute("name", name);
		xml.writeAttribute("prefix", prefix);
		xml.writeAttribute("uri", "http://www.xes-standard.org/" + prefix + ".xesext");
	}

	private void attribute(String type, String key, String value) throws XMLStreamException {
		xml.writeEmptyElement(type);
		xml.writeAttribute("key", key);
		xml.writeAttribute("value", legal(value));
	}

	/** {@code text} without the characters XML 1.0 forbids even escaped (controls, lone surrogates). */
	static String legal(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> out.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c < 0xD800
				|| c >= 0xE000 && c < 0xFFFE || c >= 0x10000 ? c : 0xFFFD));
		return out.toString();
	}
}
