package org.caretwin.diagram.bpmn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.caretwin.lang.model.ResolvedModel;

/** Copies of example folders with their pathways taken out, for importing them back. */
final class CareFolders {

	private CareFolders() {
	}

	/** {@code source}'s files copied into {@code target}, each pathway of {@code model} cut out of its text. */
	static void copyWithoutPathways(Path source, Path target, ResolvedModel model) throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(source)) {
			files = list.filter(Files::isRegularFile).toList();
		}
		for (Path file : files) {
			String text = Files.readString(file);
			List<ResolvedModel.Pathway> here = model.pathways().stream()
					.filter(p -> p.position().file().equals(file.getFileName().toString())).toList();
			// from the last, so that the earlier offsets stay right
			for (int i = here.size() - 1; i >= 0; i--) {
				int start = offset(text, here.get(i).position());
				text = text.substring(0, start) + text.substring(blockEnd(text, start));
			}
			Files.writeString(target.resolve(file.getFileName()), text);
		}
	}

	private static int offset(String text, ResolvedModel.SourcePosition position) {
		int offset = 0;
		for (int line = 1; line < position.line(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.column() - 1;
	}

	/** Just past the brace that closes the first block after {@code start}, strings and comments skipped. */
	private static int blockEnd(String text, int start) {
		int depth = 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				i = text.indexOf('"', i + 1);
			} else if (text.startsWith("//", i)) {
				i = text.indexOf('\n', i);
			} else if (text.startsWith("/*", i)) {
				i = text.indexOf("*/", i) + 1;
			} else if (c == '{') {
				depth++;
			} else if (c == '}' && --depth == 0) {
				return i + 1;
			}
		}
		throw new AssertionError("no end of the block at " + start);
	}
}
