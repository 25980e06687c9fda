package org.caretwin.lang.ide.edit;

/** {@code length} characters from {@code offset} of a file's text become {@code text}. */
public record TextReplacement(int offset, int length, String text) {
}
