package org.caretwin.experiment;

/** Text written into HTML. */
final class Html {

	private Html() {
	}

	/** {@code text} as element content or a quoted attribute value. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
