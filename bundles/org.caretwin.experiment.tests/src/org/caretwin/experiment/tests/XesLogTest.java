package org.caretwin.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.caretwin.engine.TimeUnits;
import org.caretwin.experiment.ExperimentResult;
import org.caretwin.experiment.RunBound;
import org.caretwin.experiment.Simulation;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --events log.xes}: parsed back with the JDK's XML parser, it tells what the engine counted. */
class XesLogTest {

	private static final Path TEXTBOOK = Path.of("../../dsl-examples/textbook").toAbsolutePath().normalize();
	private static final OffsetDateTime ORIGIN = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
	private static final String HOSTILE = "</trace><x a='1'> & \"quoted\" ]]> é";

	/** A parsed event: its key attributes. */
	private record Event(String name, String transition, double hours, Map<String, String> attributes) {
	}

	/** A parsed trace: its attributes and events. */
	private record Story(Map<String, String> attributes, List<Event> events) {
	}

	private static Simulation prepare(Path file, Integer replications) {
		CheckedModel model = CareWorkspace.standalone().modelOf(file);
		assertFalse(model.hasErrors(), model.problems().toString());
		return Simulation.prepare(file, model.experiments().get(0),
				new Simulation.Settings(replications, null, null, 2, RunBound.DEFAULT_MAX_EVENTS), phase -> {
				});
	}

	private static Map<String, String> attributes(Element parent) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (Element child : children(parent, null)) {
			if (!child.getTagName().equals("event")) {
				attributes.put(child.getAttribute("key"), child.getAttribute("value"));
			}
		}
		return attributes;
	}

	private static List<Element> children(Element parent, String tag) {
		List<Element> elements = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
				elements.add(e);
			}
		}
		return elements;
	}

	private static Document parse(Path file) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
	}

	private static List<Story> stories(Document log) {
		List<Story> stories = new ArrayList<>();
		for (Element trace : children(log.getDocumentElement(), "trace")) {
			List<Event> events = new ArrayList<>();
			for (Element event : children(trace, "event")) {
				Map<String, String> attributes = attributes(event);
				double hours = Duration.between(ORIGIN, OffsetDateTime.parse(attributes.get("time:timestamp"))).toMillis()
						/ 3.6e6;
				events.add(new Event(attributes.get("concept:name"), attributes.get("lifecycle:transition"), hours,
						attributes));
			}
			stories.add(new Story(attributes(trace), events));
		}
		return stories;
	}

	@Test
	void eachReplicationHasOneTracePerPatientAndCountsWhatTheEngineCounts(@TempDir Path folder) throws Exception {
		Simulation simulation = prepare(TEXTBOOK.resolve("loss/loss.care"), 3);
		ExperimentResult result = simulation.run(done -> {
		});
		Path xes = folder.resolve("log.xes");
		simulation.write(result, new Simulation.Outputs(null, null, null, xes, 2), "test");
		Document log = parse(xes);
		Element root = log.getDocumentElement();
		assertEquals("log", root.getTagName());
		Set<String> prefixes = new HashSet<>();
		children(root, "extension").forEach(e -> prefixes.add(e.getAttribute("prefix")));
		assertEquals(Set.of("concept", "lifecycle", "time", "org"), prefixes);
		assertEquals(List.of("trace", "event"), children(root, "global").stream().map(e -> e.getAttribute("scope")).toList());

		List<Story> stories = stories(log);
		double warmup = result.plan().warmupHours();
		for (int replication = 0; replication < 2; replication++) {
			String r = Integer.toString(replication);
			List<Story> run = stories.stream().filter(s -> s.attributes().get("replication").equals(r)).toList();
			Set<String> cases = new HashSet<>();
			run.forEach(s -> assertTrue(cases.add(s.attributes().get("concept:name")), "one trace per patient"));
			assertEquals(run.size() - 1, run.stream().mapToLong(s -> Long.parseLong(s.attributes().get("patient"))).max()
					.orElseThrow(), "patients 0 to n - 1, each once");
			long arrivals = 0;
			long lost = 0;
			for (Story story : run) {
				List<Event> events = story.events();
				assertEquals("arrival", events.get(0).name());
				for (int i = 1; i < events.size(); i++) {
					assertTrue(events.get(i - 1).hours() <= events.get(i).hours(), "time order in " + story.attributes());
				}
				Event last = events.get(events.size() - 1);
				if (last.name().equals("loss")) {
					assertEquals("pi_abort", last.transition());
					assertEquals("cancelled, no bed", last.attributes().get("reason"));
					assertEquals("Stay", last.attributes().get("step"));
					assertEquals("lost", story.attributes().get("status"));
				}
				assertEquals(1, events.stream().filter(e -> e.name().equals("loss")).count() + (last.name().equals("loss") ? 0 : 1),
						"a loss ends its trace");
				if (events.get(0).hours() >= warmup) {
					arrivals++;
					lost += last.name().equals("loss") ? 1 : 0;
				}
			}
			assertEquals(result.values("Baseline", "arrivals")[replication],
					arrivals / (result.plan().horizonHours() / TimeUnits.YEAR), 1e-9);
			assertEquals(result.values("Baseline", "lost")[replication], (double) lost / arrivals, 1e-12);
			assertTrue(lost > 100, "lost: " + lost);
			assertTrue(run.stream().anyMatch(s -> s.attributes().get("status").equals("in progress")), "beds taken at the horizon");
		}
		assertFalse(stories.stream().anyMatch(s -> s.attributes().get("replication").equals("2")), "two replications asked");
		Event start = stories.get(0).events().stream().filter(e -> e.transition().equals("start")).findFirst().orElseThrow();
		assertEquals("Stay", start.name());
		assertEquals("Bed@all", start.attributes().get("org:resource"));
	}

	@Test
	void hostileNamesSurviveTheXmlWriter(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("hostile.care"), """
				resource Bed count 1
				cohort Admissions { arrivals 48 per day }
				pathway Ward for Admissions {
				    step Stay uses Bed for 1 day
				        when unavailable lose "%s"
				    end
				}
				scenario Baseline
				experiment Hostile { compare Baseline horizon 30 days replications 2 seed 3 report lost }
				""".formatted(HOSTILE.replace("\"", "\\\"")));
		Simulation simulation = prepare(file, null);
		ExperimentResult result = simulation.run(done -> {
		});
		Path xes = folder.resolve("hostile.xes");
		Path csv = folder.resolve("hostile.csv");
		simulation.write(result, new Simulation.Outputs(null, null, null, xes), "test");
		simulation.write(result, new Simulation.Outputs(null, null, null, csv), "test");
		List<Story> stories = stories(parse(xes));
		List<Story> lost = stories.stream().filter(s -> s.attributes().get("status").equals("lost")).toList();
		assertTrue(lost.size() > 100, "lost: " + lost.size());
		lost.forEach(s -> assertEquals(HOSTILE, s.events().get(s.events().size() - 1).attributes().get("reason")));

		List<String> rows = Files.readAllLines(csv);
		assertEquals("case,scenario,profile,zone,activity,mode,resource,resourceZone,start,end,replication,status,reason",
				rows.get(0));
		assertEquals(lost.size(), rows.stream().filter(r -> r.contains(",0,lost,")).count(), "the CSV has the same losses");
		String quoted = "\"" + HOSTILE.replace("\"", "\"\"") + "\"";
		assertTrue(rows.stream().filter(r -> r.contains(",0,lost,")).allMatch(r -> r.endsWith(",0,lost," + quoted)), rows.get(1));
		assertEquals(1, rows.stream().filter(r -> r.endsWith(",,0,in progress,")).count(), "the one bed is taken at the horizon");
		String completed = rows.stream().filter(r -> r.endsWith(",completed,")).findFirst().orElseThrow();
		assertTrue(completed.matches("0,Baseline,patient,all,Stay,onsite,Bed,all,2024-01-01T\\S+,2024-01-02T\\S+,0,completed,"), completed);
	}

	@Test
	void redirectionsAreInBothLogsWithWhereTheyGo(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("walkin.care"), """
				resource Gp count 1
				resource Nurse count 2
				cohort Walkins { arrivals 1.5 per h }
				pathway Clinic for Walkins {
				    step Visit by Gp takes exponential(mean 1 h)
				        when unavailable redirect to Triage
				    end
				    step Triage by Nurse takes 20 min
				    end
				}
				scenario Baseline
				experiment Walkin { compare Baseline horizon 500 h replications 2 seed 5 report redirected }
				""");
		Simulation simulation = prepare(file, null);
		ExperimentResult result = simulation.run(done -> {
		});
		Path xes = folder.resolve("walkin.xes");
		Path csv = folder.resolve("walkin.csv");
		simulation.write(result, new Simulation.Outputs(null, null, null, xes), "test");
		simulation.write(result, new Simulation.Outputs(null, null, null, csv), "test");
		List<Event> redirections = stories(parse(xes)).stream().flatMap(s -> s.events().stream())
				.filter(e -> e.name().equals("redirection")).toList();
		assertTrue(redirections.size() > 100, "redirected: " + redirections.size());
		redirections.forEach(e -> assertEquals("Visit", e.attributes().get("step")));
		redirections.forEach(e -> assertEquals("to Triage", e.attributes().get("detail")));
		List<String> rows = Files.readAllLines(csv).stream().filter(r -> r.contains(",redirected,")).toList();
		assertEquals(redirections.size(), rows.size());
		assertTrue(rows.stream().allMatch(r -> r.matches("\\d+,Baseline,patient,all,Visit,,,,(\\S+),\\1,0,redirected,to Triage")),
				rows.get(0));
	}
}
