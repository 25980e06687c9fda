package org.caretwin.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.caretwin.lang.model.ResolvedModel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** After a run every timed step carries a badge of its mean wait and busiest resource, read from the KPI means. */
class ResultBadgesTest {

	private static final String SVG = "http://www.w3.org/2000/svg";

	/** The badge texts by the id of the step whose group holds them. */
	private static Map<String, String> badges(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		NodeList groups = document.getElementsByTagNameNS(SVG, "g");
		Map<String, String> badges = new LinkedHashMap<>();
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if ("badge".equals(g.getAttribute("class"))) {
				String step = ((Element) g.getParentNode()).getAttribute("id");
				badges.put(step, g.getElementsByTagNameNS(SVG, "text").item(0).getTextContent());
			}
		}
		return badges;
	}

	@Test
	void everyTimedStepOfLoireShowsItsWaitAndItsBusiestResource() throws Exception {
		ResolvedModel model = Examples.model("loire/arthroplasty.care");
		Map<String, Double> means = new HashMap<>();
		means.put("wait(Surgery)", 12.5);
		means.put("wait(Consultation)", 0.25);
		means.put("utilisation(Surgeon)", 0.62);
		means.put("utilisation(Anaesthetist)", 0.41);
		means.put("utilisation(OperatingRoom)", 0.93);
		means.put("routed(Stay,InpatientRehab)", 0.462);
		StepResults results = StepResults.measure(model, "Baseline", kpi -> means.getOrDefault(kpi, Double.NaN));

		Map<String, String> badges = badges(PathwayDiagrams.svg(model, LaneMode.PROFESSION, "arthroplasty.care", results));
		long timedSteps = model.pathways().stream().flatMap(p -> p.steps().stream()).filter(s -> !s.decision()).count();
		assertEquals(timedSteps, badges.size(), badges.toString());
		// Surgery needs surgeon, anaesthetist and theatre: the theatre is the busiest
		assertEquals("wait 12.5 d · 93%", badges.get("HipKnee.Surgery"));
		assertEquals("wait 6.0 h · 62%", badges.get("HipKnee.Consultation"));
		assertEquals(0.93, results.of("HipKnee.Surgery").orElseThrow().utilisation());
		assertEquals("OperatingRoom", results.of("HipKnee.Surgery").orElseThrow().busiest());
		// a step nobody waited for, on resources without a utilisation
		assertTrue(badges.values().contains("wait none"), badges.toString());
		// the branch's flows: the one measured shows its share under the shares written, the other nothing
		String svg = PathwayDiagrams.svg(model, LaneMode.PROFESSION, "arthroplasty.care", results);
		assertEquals(1, svg.split("class=\"observed\"", -1).length - 1, "one observed share");
		assertTrue(svg.contains(">observed 46%</text>"), "observed share of the flow to InpatientRehab");
	}

	@Test
	void beforeARunNoStepHasABadgeAndTheLegendHasNoScale() throws Exception {
		ResolvedModel model = Examples.model("loire/arthroplasty.care");
		String svg = PathwayDiagrams.svg(model, LaneMode.PROFESSION, "arthroplasty.care");
		assertTrue(badges(svg).isEmpty());
		assertFalse(svg.contains("After the run"));
		String measured = PathwayDiagrams.svg(model, LaneMode.PROFESSION, "arthroplasty.care",
				StepResults.measure(model, "Baseline", kpi -> Double.NaN));
		assertTrue(measured.contains("After the run (scenario Baseline)"));
	}
}
