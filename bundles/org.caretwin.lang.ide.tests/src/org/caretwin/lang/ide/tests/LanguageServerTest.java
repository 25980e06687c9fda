package org.caretwin.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.caretwin.lang.ide.CareLanguageServers;
import org.caretwin.lang.ide.CareSemanticHighlightingCalculator;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .care language server in-process, as the IDE editor uses it: diagnostics, completion, hover, formatting. */
class LanguageServerTest {

	private static final String MODEL = """
			// eight surgeons of the clinic
			resource Surgeon count 8
			cohort Patients {
			arrivals 100 per year }
			pathway P for Patients {
			    step Consult by Surgen takes 10 min
			    end
			}
			""";

	@Test
	void diagnosticsCompletionHoverAndFormatting(@TempDir Path workspace) throws Exception {
		LanguageServerImpl server = CareLanguageServers.create();
		CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();
		server.connect(new LanguageClient() {
			@Override
			public void telemetryEvent(Object object) {
			}

			@Override
			public void publishDiagnostics(PublishDiagnosticsParams params) {
				if (!params.getDiagnostics().isEmpty()) {
					diagnostics.complete(params);
				}
			}

			@Override
			public void showMessage(MessageParams params) {
			}

			@Override
			public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
				return CompletableFuture.completedFuture(null);
			}

			@Override
			public void logMessage(MessageParams params) {
			}
		});
		InitializeParams init = new InitializeParams();
		init.setRootUri(workspace.toUri().toString()); // Xtext 2.42 reads rootUri, not workspaceFolders
		init.setCapabilities(new ClientCapabilities());
		server.initialize(init).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());

		String uri = workspace.resolve("model.care").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "care", 1, MODEL)));
		PublishDiagnosticsParams published = diagnostics.get(30, TimeUnit.SECONDS);
		assertEquals(1, published.getDiagnostics().size(), published.toString());
		assertTrue(published.getDiagnostics().get(0).getMessage().getLeft().contains("Surgen"));
		assertEquals(new Position(5, 20), published.getDiagnostics().get(0).getRange().getStart());

		var completion = server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(5, 20))).get(30, TimeUnit.SECONDS);
		List<String> labels = (completion.isLeft() ? completion.getLeft() : completion.getRight().getItems()).stream()
				.map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("Surgeon"), labels.toString());

		Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 12)))
				.get(30, TimeUnit.SECONDS);
		assertTrue(hover.getContents().getRight().getValue().contains("eight surgeons of the clinic"), hover.toString());

		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true)))
				.get(30, TimeUnit.SECONDS);
		// "arrivals" moves to its own line, indented by the client's four spaces
		assertTrue(edits.stream().anyMatch(e -> e.getNewText().equals("\n    ") && e.getRange().getStart().equals(new Position(2, 17))), edits.toString());
		server.shutdown().get(10, TimeUnit.SECONDS);
	}

	@Test
	void namesAreColouredByWhatTheyStandFor(@TempDir Path workspace) throws Exception {
		var injector = new org.caretwin.lang.ide.CareIdeSetup().createInjectorAndDoEMFRegistration();
		var set = injector.getInstance(org.eclipse.xtext.resource.XtextResourceSet.class);
		Path file = workspace.resolve("model.care");
		java.nio.file.Files.writeString(file, MODEL.replace("Surgen", "Surgeon"));
		XtextResource resource = (XtextResource) set.getResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()), true);
		List<String> positions = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> positions.add(MODEL.replace("Surgen", "Surgeon").substring(offset, offset + length) + "=" + String.join(",", ids)),
				CancelIndicator.NullImpl);
		assertTrue(positions.contains("Surgeon=" + CareSemanticHighlightingCalculator.RESOURCE), positions.toString());
		assertTrue(positions.contains("Consult=" + CareSemanticHighlightingCalculator.STEP), positions.toString());
		assertEquals(2, positions.stream().filter(p -> p.startsWith("Surgeon=")).count(), "declaration and use: " + positions);
	}
}
