package org.caretwin.diagram.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the modeller moved nodes of a diagram, by stable id: the column (ELK's layers, left to right) and the row
 * within the node's lane, each node kept in the cell it was dropped in while the layout around it is redone. It lives
 * in a sidecar file beside the .care file ({@code arthroplasty.care.layout}), never in the model's text; "Tidy up"
 * forgets it.
 */
public record ManualLayout(Map<String, Cell> cells) {

	public static final ManualLayout NONE = new ManualLayout(Map.of());

	/** The sidecar's suffix: {@code arthroplasty.care} has its moves in {@code arthroplasty.care.layout}. */
	public static final String SUFFIX = ".layout";

	private static final String HEADER = "# Diagram layout of %s: moved nodes (stable id, column, row in its lane). "
			+ "Tidy up in the diagram removes this file.";

	public record Cell(int column, int row) {

		public Cell {
			if (column < 0 || row < 0) {
				throw new IllegalArgumentException("a cell has a column and row from 0: " + column + ", " + row);
			}
		}
	}

	public ManualLayout {
		cells = Collections.unmodifiableMap(new TreeMap<>(cells));
	}

	/** This layout with {@code id} moved to {@code cell}. */
	public ManualLayout moved(String id, Cell cell) {
		Map<String, Cell> moved = new TreeMap<>(cells);
		moved.put(id, cell);
		return new ManualLayout(moved);
	}

	/** The sidecar of {@code careFile}. */
	public static Path sidecarOf(Path careFile) {
		return careFile.resolveSibling(careFile.getFileName() + SUFFIX);
	}

	/**
	 * The moves kept beside {@code careFile}; none without a sidecar. A line that does not read (a hand edit, a merge)
	 * is skipped: a layout is a convenience, never a reason not to draw.
	 */
	public static ManualLayout of(Path careFile) {
		Path sidecar = sidecarOf(careFile);
		if (!Files.isRegularFile(sidecar)) {
			return NONE;
		}
		Map<String, Cell> cells = new TreeMap<>();
		try {
			for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
				String[] words = line.strip().split("\\s+");
				if (words.length == 3 && !words[0].startsWith("#")) {
					try {
						cells.put(words[0], new Cell(Integer.parseInt(words[1]), Integer.parseInt(words[2])));
					} catch (IllegalArgumentException unreadable) {
						// skipped, as said above
					}
				}
			}
		} catch (IOException unreadable) {
			return NONE;
		}
		return new ManualLayout(cells);
	}

	/** Writes this layout beside {@code careFile}, or removes the sidecar when nothing was moved. */
	public void writeBeside(Path careFile) throws IOException {
		Path sidecar = sidecarOf(careFile);
		if (cells.isEmpty()) {
			Files.deleteIfExists(sidecar);
			return;
		}
		StringBuilder text = new StringBuilder(HEADER.formatted(careFile.getFileName())).append('\n');
		cells.forEach((id, cell) -> text.append(id).append(' ').append(cell.column()).append(' ').append(cell.row()).append('\n'));
		Files.writeString(sidecar, text, StandardCharsets.UTF_8);
	}
}
