package org.caretwin.lang.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.caretwin.lang.care.SeriesArrivals;
import org.caretwin.lang.load.ArrivalSeries;
import org.caretwin.lang.load.TextFiles;
import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily series in any encoding a spreadsheet saves, and only from where the model may read. */
class ArrivalSeriesTest {

	@TempDir
	Path root;

	private ArrivalSeries.Result read(String file) throws Exception {
		Path folder = Files.createDirectories(root.resolve("project"));
		Path model = folder.resolve("model.care");
		Files.writeString(model, "cohort Admissions {\n    arrivals from \"" + file + "\"\n}\n");
		SeriesArrivals series = EcoreUtil2.getAllContentsOfType(ModelChecker.modelOf(model).model(model),
				SeriesArrivals.class).get(0);
		return ArrivalSeries.read(series, series.getFile());
	}

	private Path csv(String name, byte[] content) throws Exception {
		Path file = Files.createDirectories(root.resolve("project")).resolve(name);
		Files.write(file, content);
		return file;
	}

	private void assertSeries(ArrivalSeries.Result result) {
		assertEquals(null, result.problem());
		assertEquals(LocalDate.of(2026, 1, 5), result.first());
		assertArrayEquals(new int[] { 3, 4 }, result.counts());
	}

	@Test
	void aByteOrderMarkKeepsTheFirstDay() throws Exception {
		csv("bom.csv", "\uFEFF2026-01-05,3\r\n2026-01-06,4\r\n".getBytes(StandardCharsets.UTF_8));
		assertSeries(read("bom.csv"));
	}

	@Test
	void aByteOrderMarkBeforeAHeader() throws Exception {
		csv("header.csv", "\uFEFFdate,count\n2026-01-05,3\n2026-01-06,4".getBytes(StandardCharsets.UTF_8));
		assertSeries(read("header.csv"));
	}

	@Test
	void oldMacLineEndings() throws Exception {
		csv("cr.csv", "date,count\r2026-01-05,3\r2026-01-06,4\r".getBytes(StandardCharsets.UTF_8));
		assertSeries(read("cr.csv"));
	}

	@Test
	void aFileBelowTheModelsFolderIsRead() throws Exception {
		Files.createDirectories(root.resolve("project/data"));
		csv("data/series.csv", "2026-01-05,3\n2026-01-06,4\n".getBytes(StandardCharsets.UTF_8));
		assertSeries(read("data/series.csv"));
	}

	@Test
	void aFileAboveTheModelsFolderIsRefused() throws Exception {
		Files.writeString(root.resolve("outside.csv"), "2026-01-05,3\n");
		assertEquals("../outside.csv lies outside the model's folder: a model may only read files in its folder or below",
				read("../outside.csv").problem());
	}

	@Test
	void anAbsolutePathElsewhereIsRefused() throws Exception {
		Path elsewhere = Files.writeString(root.resolve("elsewhere.csv"), "2026-01-05,3\n");
		assertEquals(elsewhere + " lies outside the model's folder: a model may only read files in its folder or below",
				read(elsewhere.toString()).problem());
	}

	@Test
	void aSymbolicLinkLeadingOutsideIsRefused() throws Exception {
		Path outside = Files.writeString(root.resolve("secret.csv"), "2026-01-05,3\n");
		Files.createDirectories(root.resolve("project"));
		Files.createSymbolicLink(root.resolve("project/link.csv"), outside);
		assertEquals("link.csv lies outside the model's folder: a model may only read files in its folder or below",
				read("link.csv").problem());
	}

	@Test
	void aNamedPipeIsRefusedWithoutWaiting() throws Exception {
		Path pipe = Files.createDirectories(root.resolve("project")).resolve("pipe.csv");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		assertEquals(0, mkfifo.waitFor(), "mkfifo made the pipe");
		assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> assertEquals("pipe.csv is not a regular file", read("pipe.csv").problem()));
	}

	@Test
	void aFileOverTheSizeLimitIsNotRead() throws Exception {
		Path big = csv("big.csv", new byte[0]);
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(TextFiles.MAX_BYTES + 1); // sparse: no disk space used
		}
		assertEquals("big.csv is larger than 50 MB", read("big.csv").problem());
	}

	@Test
	void aFileThatIsNotACsvIsNeverQuoted() throws Exception {
		csv("notes.csv", "root:x:0:0:root:/root:/bin/bash\nmy-password-is-hunter2\n".getBytes(StandardCharsets.UTF_8));
		String problem = read("notes.csv").problem();
		assertEquals("notes.csv:2: expected date,count", problem);
		csv("fields.csv", "name,secret\nhunter2,xyz\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("fields.csv:2: the first field is not a date (write 2026-01-05)", read("fields.csv").problem());
	}

	@Test
	void aCsvIsQuotedOnceItReadsAsOne() throws Exception {
		csv("typo.csv", "2026-01-05,3\n2026-01-06,four\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("typo.csv:2: 'four' is not a whole number of patients", read("typo.csv").problem());
	}

	@Test
	void aBinaryFileIsRefusedWithoutItsBytes() throws Exception {
		csv("image.csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff });
		String problem = read("image.csv").problem();
		assertEquals("image.csv is not UTF-8 text (line 1); save it as UTF-8", problem);
		assertFalse(problem.contains("PNG"));
	}

	@Test
	void aMissingFileSaysWhereItWasLookedFor() throws Exception {
		assertEquals("cannot find nothere.csv beside the model: give a CSV file of lines date,count in the model's folder",
				read("nothere.csv").problem());
	}
}
