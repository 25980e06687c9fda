package org.caretwin.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of output files that appear together or not at all. Each file is written to a temporary file in its own
 * folder (so the final rename stays on one file system and is atomic); only when every one is complete are they
 * renamed over their targets. An interrupted or failed run leaves the previous files untouched and no temporary
 * file behind.
 */
public final class AtomicOutput implements AutoCloseable {

	/** Writes the content of one file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(Writer out) throws IOException;
	}

	private final Map<Path, Path> temporaries = new LinkedHashMap<>();
	private final Thread cleanUpOnExit = new Thread(this::deleteTemporaries, "caretwin-output-cleanup");

	public AtomicOutput() {
		// Ctrl-C runs shutdown hooks: the half-written temporaries go, the targets were never touched.
		Runtime.getRuntime().addShutdownHook(cleanUpOnExit);
	}

	/** Writes {@code target}'s future content into a temporary file beside it. */
	public void write(Path target, Content content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		if (Files.isDirectory(target)) {
			throw new IOException(target + " is a directory");
		}
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
		synchronized (temporaries) {
			temporaries.put(target, temporary);
		}
		try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			content.writeTo(out);
		}
	}

	public void write(Path target, String text) throws IOException {
		write(target, out -> out.write(text));
	}

	/** Renames every temporary file over its target, in the order written. */
	public List<Path> commit() throws IOException {
		List<Path> written = new ArrayList<>();
		synchronized (temporaries) {
			for (Map.Entry<Path, Path> file : temporaries.entrySet()) {
				move(file.getValue(), file.getKey());
				written.add(file.getKey());
			}
			temporaries.clear();
		}
		return written;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Deletes what was not committed. */
	@Override
	public void close() {
		deleteTemporaries();
		try {
			Runtime.getRuntime().removeShutdownHook(cleanUpOnExit);
		} catch (IllegalStateException shuttingDown) {
			// the hook runs anyway
		}
	}

	private void deleteTemporaries() {
		synchronized (temporaries) {
			for (Path temporary : temporaries.values()) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// nothing more can be done while failing or exiting
				}
			}
			temporaries.clear();
		}
	}
}
