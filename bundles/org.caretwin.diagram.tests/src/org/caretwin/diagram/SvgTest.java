package org.caretwin.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.caretwin.lang.model.ResolvedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The static SVG: well-formed XML, every step's name and every lane drawn, the nodes findable by their ids. */
class SvgTest {

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> texts(Document document) {
		NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static Element byId(Document document, String id) {
		NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (id.equals(g.getAttribute("id"))) {
				return g;
			}
		}
		throw new AssertionError("no element " + id);
	}

	@Test
	void everyExampleGivesWellFormedSvgWithEveryStepName() throws Exception {
		for (String file : List.of("loire/arthroplasty.care", "textbook/decisions/decisions.care",
				"textbook/patience/patience.care", "textbook/priorities/priorities.care", "forecast/forecast.care")) {
			ResolvedModel model = Examples.model(file);
			for (LaneMode mode : LaneMode.values()) {
				Document document = parse(PathwayDiagrams.svg(model, mode, file));
				assertEquals("svg", document.getDocumentElement().getLocalName());
				List<String> texts = texts(document);
				for (ResolvedModel.Pathway pathway : model.pathways()) {
					for (ResolvedModel.Step step : pathway.steps()) {
						assertTrue(texts.contains(step.name()), file + " " + mode + " lacks " + step.name() + " in " + texts);
					}
				}
				assertTrue(texts.contains("Legend"), file);
			}
		}
	}

	@Test
	void theLoireSvgShowsLanesSharesAndWhereEachStepWasWritten() throws Exception {
		ResolvedModel model = Examples.model("loire/arthroplasty.care");
		Document bySetting = parse(PathwayDiagrams.svg(model, LaneMode.SETTING, "arthroplasty.care"));
		String texts = String.join(" ", texts(bySetting));
		for (String expected : List.of("Clinique mutualiste", "Home", "Hip 50% · Knee 40%", "after 6 weeks",
				"Teleconsultation 25%", "lost: cancelled, no bed", "Arthroplasty")) {
			assertTrue(texts.contains(expected), expected + " in " + texts);
		}
		assertEquals("arthroplasty.care:17", byId(bySetting, "HipKnee.Surgery").getAttribute("data-source"));
		byId(bySetting, "lane:site:Clinic");
		byId(bySetting, "flow:HipKnee.Stay:branch->HipKnee.HomeRehab");
		List<String> byProfession = texts(parse(PathwayDiagrams.svg(model, LaneMode.PROFESSION, "arthroplasty.care")));
		assertTrue(byProfession.containsAll(List.of("GP", "Surgeon", "Anaesthetist", "Physiotherapist")), byProfession.toString());
		assertTrue(!byProfession.contains("Clinique mutualiste"));
	}

	@Test
	void textsThatLookLikeMarkupStayText(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("ward.care");
		Files.writeString(file, """
				resource Bed count 3
				cohort Admissions { arrivals 2 per day }
				pathway Ward for Admissions {
				    step Stay uses Bed for 2 days when unavailable lose "beds < 1 & <b>gone</b>"
				    end
				}
				""");
		String texts = String.join(" ", texts(parse(PathwayDiagrams.svg(Examples.model(file), LaneMode.PROFESSION, "ward.care"))));
		assertTrue(texts.contains("lost: beds < 1 & <b>gone</b>"), texts);
	}
}
