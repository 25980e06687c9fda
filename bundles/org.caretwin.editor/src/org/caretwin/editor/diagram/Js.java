package org.caretwin.editor.diagram;

import java.util.List;
import java.util.stream.Collectors;

import org.caretwin.diagram.marks.NodeMark;

/** Java values written as JavaScript literals for {@code Browser.execute}. */
final class Js {

	private Js() {
	}

	/** A string literal; also safe inside an HTML script element. */
	static String string(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(text.length() + 16).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '<' -> out.append("\\u003c");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** The marks as an array of {@code {id, error, message}} objects. */
	static String marks(List<NodeMark> marks) {
		return marks.stream().map(m -> "{id:" + string(m.id()) + ",error:" + m.error() + ",message:"
				+ string(String.join("\n", m.messages())) + "}").collect(Collectors.joining(",", "[", "]"));
	}
}
