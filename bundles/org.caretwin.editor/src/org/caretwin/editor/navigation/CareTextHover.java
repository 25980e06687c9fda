package org.caretwin.editor.navigation;

import java.util.Optional;
import java.util.stream.Collectors;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.OpenDocuments;
import org.caretwin.editor.lsp.Positions;
import org.caretwin.editor.lsp.Requests;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Hovering a name shows what the modeller wrote about it (its comments) and its units, from the server. */
public class CareTextHover implements ITextHover {

	private static final long WAIT_MILLIS = 1500;

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Optional<String> uri = OpenDocuments.uriOf(viewer.getDocument());
		if (uri.isEmpty()) {
			return null;
		}
		HoverParams params;
		try {
			params = new HoverParams(new TextDocumentIdentifier(uri.get()), Positions.of(viewer.getDocument(), region.getOffset()));
		} catch (BadLocationException e) {
			return null;
		}
		return Requests.await(CareLanguageServer.get().request(s -> s.hover(params)), WAIT_MILLIS)
				.map(CareTextHover::text).filter(text -> !text.isBlank()).orElse(null);
	}

	static String text(Hover hover) {
		if (hover.getContents() == null) {
			return "";
		}
		if (hover.getContents().isRight()) {
			return plain(hover.getContents().getRight().getValue());
		}
		return hover.getContents().getLeft().stream()
				.map((Either<String, MarkedString> part) -> part.isLeft() ? part.getLeft() : part.getRight().getValue())
				.map(CareTextHover::plain).collect(Collectors.joining("\n"));
	}

	/** The hover is Markdown; a plain text control shows it best without the markup characters. */
	private static String plain(String markdown) {
		return markdown.replace("```", "").replace("**", "").strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return Words.at(viewer.getDocument(), offset);
	}
}
