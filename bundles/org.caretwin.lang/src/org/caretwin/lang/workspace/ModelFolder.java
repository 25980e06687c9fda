package org.caretwin.lang.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

/**
 * The rule that decides which files form a model: <b>a model is the .care files of one folder</b> (not of its
 * subfolders). {@code import Loire.*} only brings a namespace into scope within that model. Every client asks this
 * class, on disk (the command line, tests) and in the index (scoping, validation, the generator, the language server).
 */
public final class ModelFolder {

	public static final String EXTENSION = "care";

	private ModelFolder() {
	}

	/** True when the two files belong to the same model. */
	public static boolean sameModel(URI file, URI other) {
		return folderOf(file).equals(folderOf(other));
	}

	private static URI folderOf(URI file) {
		return file.trimFragment().trimSegments(1);
	}

	/** The folder whose model {@code file} belongs to, as named ({@code ""} for a bare file name). */
	public static Path folderOf(Path file) {
		return file.getParent() == null ? Path.of("") : file.getParent();
	}

	/** True for a file the language reads. */
	public static boolean isModelFile(Path file) {
		return file.getFileName() != null && file.getFileName().toString().endsWith("." + EXTENSION)
				&& Files.isRegularFile(file);
	}

	/** The files of the model in {@code folder}, sorted by name; empty when the folder holds none. */
	public static List<Path> filesOf(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(ModelFolder::isModelFile).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The folders under {@code root} (itself included) that hold a model, sorted. */
	public static List<Path> foldersUnder(Path root) {
		try (Stream<Path> folders = Files.walk(root)) {
			return folders.filter(Files::isDirectory).filter(f -> !filesOf(f).isEmpty()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
