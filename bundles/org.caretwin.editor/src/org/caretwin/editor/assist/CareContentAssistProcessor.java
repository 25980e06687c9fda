package org.caretwin.editor.assist;

import java.util.List;
import java.util.Optional;

import org.caretwin.editor.lsp.CareLanguageServer;
import org.caretwin.editor.lsp.OpenDocuments;
import org.caretwin.editor.lsp.Positions;
import org.caretwin.editor.lsp.Requests;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Ctrl+Space in a .care file: the language server's proposals (keywords, names across files, units, KPIs). */
public class CareContentAssistProcessor implements IContentAssistProcessor {

	private static final long WAIT_MILLIS = 3000;
	private String error;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		Optional<String> uri = OpenDocuments.uriOf(document);
		if (uri.isEmpty()) {
			return new ICompletionProposal[0];
		}
		Position position;
		try {
			position = Positions.of(document, offset);
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(uri.get()), position);
		Optional<Either<List<CompletionItem>, CompletionList>> answer = Requests
				.await(CareLanguageServer.get().request(s -> s.completion(params)), WAIT_MILLIS);
		error = answer.isEmpty() ? "No proposals: the language server did not answer in time" : null;
		List<CompletionItem> items = answer.map(a -> a.isLeft() ? a.getLeft() : a.getRight().getItems()).orElse(List.of());
		return items.stream().map(item -> new CareCompletionProposal(item, document, offset)).distinct()
				.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
