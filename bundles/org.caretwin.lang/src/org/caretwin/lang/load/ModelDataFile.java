package org.caretwin.lang.load;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.caretwin.engine.OneLine;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * The text of a data file a model names relative to its own file (an arrival series, an empirical table).
 * <p>
 * A model may come from anyone, so the file must lie in the model's folder or below it (after resolving symbolic
 * links), be a regular file and be at most {@link TextFiles#MAX_BYTES}. A refusal is one line that names the file as
 * the model wrote it and never quotes its content.
 */
public final class ModelDataFile {

	/** The text read, or why it could not be. */
	public record Text(String text, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	private ModelDataFile() {
	}

	/**
	 * Reads {@code file} for the model element {@code context}; {@code holding} says what the file should hold
	 * ("lines date,count") in the message for a file that is not there.
	 */
	public static Text read(EObject context, String file, String holding) {
		URI uri = context.eResource() == null ? null : context.eResource().getURI();
		if (uri == null || !uri.isFile()) {
			return new Text(null, "a model that reads " + file + " must be saved as a file");
		}
		Path folder = Path.of(uri.toFileString()).toAbsolutePath().getParent();
		try {
			return new Text(TextFiles.read(inside(folder, file), file), null);
		} catch (NoSuchFileException e) {
			return new Text(null, "cannot find " + file + " beside the model: give a CSV file of " + holding
					+ " in the model's folder");
		} catch (IOException e) {
			return new Text(null, OneLine.of(e.getMessage()));
		}
	}

	/** The real path of {@code file} resolved against {@code folder}, refused when it lies outside the folder. */
	private static Path inside(Path folder, String file) throws IOException {
		Path root = folder.toRealPath();
		Path real = folder.resolve(file).toRealPath();
		if (!real.startsWith(root)) {
			throw new IOException(file + " lies outside the model's folder: a model may only read files in its folder or below");
		}
		return real;
	}
}
