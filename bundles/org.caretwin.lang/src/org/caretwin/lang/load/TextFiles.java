package org.caretwin.lang.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads models and data files written anywhere: UTF-8 with or without a byte order mark, any line ending. Only
 * regular files are read (a named pipe would block, a device never ends) and only up to {@link #MAX_BYTES}. Refusals
 * are {@link IOException}s whose one-line message names the file as the user wrote it and never quotes its content.
 */
public final class TextFiles {

	/** The largest model or data file read: 50 MB, far above any real model or daily series. */
	public static final long MAX_BYTES = 50L * 1024 * 1024;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private TextFiles() {
	}

	/** The text of {@code file}, without a leading byte order mark; {@code shownAs} names it in messages. */
	public static String read(Path file, String shownAs) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		if (!attributes.isRegularFile()) {
			throw new IOException(shownAs + " is not a regular file" + (attributes.isDirectory() ? " but a folder" : ""));
		}
		if (attributes.size() > MAX_BYTES) {
			throw new IOException(shownAs + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
		}
		byte[] bytes = Files.readAllBytes(file);
		if (bytes.length > MAX_BYTES) {
			throw new IOException(shownAs + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
		}
		String text = decode(bytes, shownAs);
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}

	/**
	 * The text with every lone carriage return (old Mac line ending) turned into a line feed. Lengths and offsets
	 * are unchanged, so line and column numbers are those an editor shows.
	 */
	public static String withLineFeeds(String text) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
				chars[i] = '\n';
			}
		}
		return new String(chars);
	}

	private static String decode(byte[] bytes, String shownAs) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new IOException(shownAs + " is not UTF-8 text (line " + lineOfFirstBadByte(bytes)
					+ "); save it as UTF-8");
		}
	}

	private static int lineOfFirstBadByte(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		var out = java.nio.CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		int line = 1;
		for (int i = 0; i < in.position(); i++) {
			if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
				line++;
			}
		}
		return line;
	}
}
