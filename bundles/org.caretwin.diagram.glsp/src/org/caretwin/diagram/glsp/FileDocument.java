package org.caretwin.diagram.glsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.diagram.layout.ManualLayout;
import org.caretwin.lang.ide.edit.PathwayEdit;
import org.caretwin.lang.ide.edit.PathwayEditException;
import org.caretwin.lang.ide.edit.PathwayEdits;
import org.caretwin.lang.ide.edit.TextReplacement;
import org.caretwin.lang.workspace.CareWorkspace;

/**
 * A {@code .care} file on disk as a diagram's text, for a session without an editor (a client outside the
 * workbench, the tests): each edit is written at once, to every file it changes, and the history keeps those files'
 * texts before and after, so that undo puts them back byte for byte.
 */
public final class FileDocument implements PathwayDocument {

	private static final PathwayEdits EDITS = new PathwayEdits(CareWorkspace.standalone());

	private final Path file;
	private final Deque<Change> undone = new ArrayDeque<>();
	private final Deque<Change> done = new ArrayDeque<>();

	/** The texts of the files one edit changed, before and after it. */
	private record Change(Map<Path, String> before, Map<Path, String> after) {
	}

	public FileDocument(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	@Override
	public Path file() {
		return file;
	}

	@Override
	public String text() {
		return read(file);
	}

	@Override
	public String edit(PathwayEdit edit) {
		Map<Path, List<TextReplacement>> changes;
		try {
			changes = EDITS.of(file, text(), edit);
		} catch (PathwayEditException refused) {
			return refused.getMessage();
		}
		Map<Path, String> before = new LinkedHashMap<>();
		Map<Path, String> after = new LinkedHashMap<>();
		changes.forEach((path, replacements) -> {
			if (!replacements.isEmpty()) {
				String old = read(path);
				before.put(path, old);
				after.put(path, PathwayEdits.applied(old, replacements));
			}
		});
		write(after);
		done.push(new Change(before, after));
		undone.clear();
		return null;
	}

	@Override
	public String keepLayout(ManualLayout layout) {
		try {
			layout.writeBeside(file);
			return null;
		} catch (IOException e) {
			return "The layout cannot be kept beside " + file.getFileName() + ": " + e.getMessage();
		}
	}

	@Override
	public boolean canUndo() {
		return !done.isEmpty();
	}

	@Override
	public boolean canRedo() {
		return !undone.isEmpty();
	}

	@Override
	public void undo() {
		if (canUndo()) {
			Change change = done.pop();
			write(change.before());
			undone.push(change);
		}
	}

	@Override
	public void redo() {
		if (canRedo()) {
			Change change = undone.pop();
			write(change.after());
			done.push(change);
		}
	}

	/** Every edit is saved as it is made. */
	@Override
	public boolean isDirty() {
		return false;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Map<Path, String> texts) {
		texts.forEach((path, text) -> {
			try {
				Files.writeString(path, text, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
