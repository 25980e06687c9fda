package org.caretwin.editor.navigation;

import java.util.List;
import java.util.Optional;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.OpenDocuments;
import org.caretwin.editor.lsp.Positions;
import org.caretwin.editor.lsp.Requests;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** F3 and Ctrl+click on a name: its declaration, in this file or another, from textDocument/definition. */
public class CareHyperlinkDetector extends AbstractHyperlinkDetector {

	private static final long WAIT_MILLIS = 1500;

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		Optional<String> uri = OpenDocuments.uriOf(viewer.getDocument());
		IRegion word = Words.at(viewer.getDocument(), region.getOffset());
		if (uri.isEmpty() || word.getLength() == 0) {
			return null;
		}
		DefinitionParams params;
		try {
			params = new DefinitionParams(new TextDocumentIdentifier(uri.get()), Positions.of(viewer.getDocument(), region.getOffset()));
		} catch (BadLocationException e) {
			return null;
		}
		Optional<Either<List<? extends Location>, List<? extends LocationLink>>> answer = Requests
				.await(CareLanguageServer.get().request(s -> s.definition(params)), WAIT_MILLIS);
		List<Location> targets = answer.map(CareHyperlinkDetector::locations).orElse(List.of());
		IHyperlink[] links = targets.stream().map(target -> new DeclarationHyperlink(word, target)).toArray(IHyperlink[]::new);
		return links.length == 0 ? null : links;
	}

	private static List<Location> locations(Either<List<? extends Location>, List<? extends LocationLink>> answer) {
		if (answer.isLeft()) {
			return List.copyOf(answer.getLeft());
		}
		return answer.getRight().stream().map(link -> new Location(link.getTargetUri(), link.getTargetSelectionRange())).toList();
	}

	private record DeclarationHyperlink(IRegion region, Location target) implements IHyperlink {

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Declaration";
		}

		@Override
		public String getHyperlinkText() {
			String file = target.getUri().substring(target.getUri().lastIndexOf('/') + 1);
			return "Open Declaration (" + file + ":" + (target.getRange().getStart().getLine() + 1) + ")";
		}

		@Override
		public void open() {
			Locations.open(target);
		}
	}
}
