package org.caretwin.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/** How a report's numbers came about, to reproduce them exactly: when, on which Java, from which model text. */
public record Provenance(String runAt, String javaRuntime, String modelSha256) {

	/** Now, this JVM, and the SHA-256 of the model's files, in path order (name, then bytes, for each). */
	public static Provenance of(List<Path> modelFiles) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path file : modelFiles.stream().sorted().toList()) {
				digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(Files.readAllBytes(file));
			}
			return new Provenance(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
					System.getProperty("java.vendor") + " " + Runtime.version(), HexFormat.of().formatHex(digest.digest()));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
