package org.caretwin.lang.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the .care files named on a command line, and the files beside them that their imports may need. */
public final class CareFiles {

	public static final String EXTENSION = ".care";

	private CareFiles() {
	}

	/** All .care files under {@code dir}, sorted. */
	public static List<Path> under(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> f.toString().endsWith(EXTENSION) && Files.isRegularFile(f)).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The files to check: each named file, or every .care file under each named directory. */
	public static List<Path> targets(List<Path> arguments) {
		Set<Path> targets = new LinkedHashSet<>();
		for (Path argument : arguments) {
			if (Files.isDirectory(argument)) {
				targets.addAll(under(argument));
			} else {
				targets.add(argument);
			}
		}
		return new ArrayList<>(targets);
	}

	/** The targets plus the other .care files of their folders, which imports may refer to. */
	public static List<Path> withNeighbours(List<Path> targets) {
		Set<Path> all = new LinkedHashSet<>();
		for (Path target : targets) {
			Path folder = target.toAbsolutePath().getParent();
			if (folder != null) {
				try (Stream<Path> siblings = Files.list(folder)) {
					siblings.filter(f -> f.toString().endsWith(EXTENSION) && Files.isRegularFile(f)).sorted()
							.forEach(all::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		targets.forEach(t -> all.add(t.toAbsolutePath()));
		return new ArrayList<>(all);
	}
}
