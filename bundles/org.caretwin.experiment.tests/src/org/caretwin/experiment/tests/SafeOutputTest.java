package org.caretwin.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.caretwin.engine.OneLine;
import org.caretwin.engine.stat.ConfidenceInterval;
import org.caretwin.experiment.AtomicOutput;
import org.caretwin.experiment.KpiDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files appear whole or not at all; messages stay on one line; intervals outside a KPI's domain are seen. */
class SafeOutputTest {

	@TempDir
	Path dir;

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aSetOfFilesReplacesTheOldOnesOnlyWhenComplete() throws Exception {
		Path json = Files.writeString(dir.resolve("results.json"), "old json");
		Path csv = Files.writeString(dir.resolve("kpis.csv"), "old csv");
		try (AtomicOutput output = new AtomicOutput()) {
			output.write(json, "new json");
			output.write(csv, "new csv");
			assertEquals("old json", Files.readString(json), "nothing replaced before the commit");
			assertEquals(List.of(json, csv), output.commit());
		}
		assertEquals("new json", Files.readString(json));
		assertEquals("new csv", Files.readString(csv));
		assertEquals(List.of("kpis.csv", "results.json"), names());
	}

	@Test
	void aFailureHalfWayLeavesTheOldFilesAndNoTemporary() throws Exception {
		Path json = Files.writeString(dir.resolve("results.json"), "old json");
		Path events = Files.writeString(dir.resolve("events.csv"), "old events");
		try (AtomicOutput output = new AtomicOutput()) {
			output.write(json, "new json");
			assertThrows(IOException.class, () -> output.write(events, out -> {
				out.write("case,scenario\n1,Base");
				throw new IOException("disk full");
			}));
		}
		assertEquals("old json", Files.readString(json));
		assertEquals("old events", Files.readString(events));
		assertEquals(List.of("events.csv", "results.json"), names());
	}

	@Test
	void messagesStayOnOneLine() {
		assertEquals("a\\nb\\r\\tc\\u2028d\\u2029e\\u0000f\\u0085", OneLine.of("a\nb\r\tc\u2028d\u2029e\u0000f\u0085"));
		assertEquals("caf\u00e9 \u00e0 l'h\u00f4pital", OneLine.of("caf\u00e9 \u00e0 l'h\u00f4pital"));
	}

	@Test
	void intervalsOutsideTheirDomainAreFlagged() {
		ConfidenceInterval rareLosses = ConfidenceInterval.of(new double[] { 0, 0, 0, 0.3 }, 0.95);
		assertTrue(rareLosses.low() < 0);
		assertTrue(KpiDomain.isCrossedBy("lost", rareLosses));
		assertTrue(KpiDomain.isCrossedBy("maxQueue(Visit)", rareLosses), "a count is not negative");
		ConfidenceInterval nearlyAll = ConfidenceInterval.of(new double[] { 1, 1, 1, 0.7 }, 0.95);
		assertTrue(KpiDomain.isCrossedBy("utilisation(Doctor)", nearlyAll));
		assertFalse(KpiDomain.isCrossedBy("throughput(Visit)", nearlyAll), "only shares end at 1");
		assertFalse(KpiDomain.isCrossedBy("wait(Visit)", ConfidenceInterval.of(new double[] { 10, 11, 12 }, 0.95)));
	}
}
