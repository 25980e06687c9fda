package org.caretwin.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.caretwin.lang.ide.CareLanguageServers;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's language server serves the user's folders: it writes nothing into them, and a model sees its folder. */
class LanguageServerFoldersTest {

	private static final String VALID_MODEL = """
			resource Clerk count 5
			cohort Customers {
			    arrivals 4.5 per h
			}
			pathway Queue for Customers {
			    step Service by Clerk takes exponential(mean 1 h)
			    end
			}
			scenario Baseline
			experiment MM5 {
			    compare Baseline
			    horizon 100 h
			    replications 2  seed 1
			    report wait(Service), utilisation(Clerk)
			}
			""";

	@Test
	void buildingAndSavingAValidModelLeavesTheFolderAsItWas(@TempDir Path folder) throws Exception {
		Path model = Files.writeString(folder.resolve("queue.care"), VALID_MODEL);
		String uri = model.toUri().toString();
		CompletableFuture<PublishDiagnosticsParams> firstBuild = new CompletableFuture<>();
		LanguageServerImpl server = CareLanguageServers.create();
		server.connect(new QuietClient() {
			@Override
			public void publishDiagnostics(PublishDiagnosticsParams params) {
				firstBuild.complete(params);
			}
		});
		InitializeParams init = new InitializeParams();
		init.setRootUri(folder.toUri().toString());
		init.setCapabilities(new ClientCapabilities());
		server.initialize(init).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		PublishDiagnosticsParams published = firstBuild.get(30, TimeUnit.SECONDS);
		assertTrue(published.getDiagnostics().isEmpty(), published.toString());

		server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
		server.shutdown().get(10, TimeUnit.SECONDS);
		try (Stream<Path> files = Files.walk(folder)) {
			assertEquals(List.of(folder, model), files.sorted().toList(), "no src-gen/ or any other file written");
		}
	}

	@Test
	void aModelSeesTheModelsOfItsFolderOnly(@TempDir Path project) throws Exception {
		Files.createDirectories(project.resolve("a"));
		Files.createDirectories(project.resolve("b"));
		Files.writeString(project.resolve("a/resources.care"), "resource Clerk count 5\n");
		Files.writeString(project.resolve("b/resources.care"), "resource Nurse count 5\n");
		Path model = Files.writeString(project.resolve("a/queue.care"), VALID_MODEL.replace("resource Clerk count 5\n", "")
				.replace("by Clerk", "by Clerk, Nurse"));
		java.util.Map<String, PublishDiagnosticsParams> published = new java.util.concurrent.ConcurrentHashMap<>();
		CompletableFuture<Void> all = new CompletableFuture<>();
		LanguageServerImpl server = CareLanguageServers.create();
		server.connect(new QuietClient() {
			@Override
			public void publishDiagnostics(PublishDiagnosticsParams params) {
				published.put(params.getUri(), params);
				if (published.size() == 3) {
					all.complete(null);
				}
			}
		});
		InitializeParams init = new InitializeParams();
		init.setRootUri(project.toUri().toString());
		init.setCapabilities(new ClientCapabilities());
		server.initialize(init).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		all.get(30, TimeUnit.SECONDS);
		var diagnostics = published.get(model.toUri().toString()).getDiagnostics();
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		assertTrue(diagnostics.get(0).getMessage().getLeft().contains("Nurse"), "Clerk links within the folder, Nurse of b/ does not");
		server.shutdown().get(10, TimeUnit.SECONDS);
	}

	@Test
	void renamesWhileFilesChangeOnDiskAllFinish(@TempDir Path folder) throws Exception {
		Path resources = Files.writeString(folder.resolve("resources.care"), "resource Clerk count 5\n");
		Path model = Files.writeString(folder.resolve("queue.care"), VALID_MODEL.replace("resource Clerk count 5\n", ""));
		CompletableFuture<Void> built = new CompletableFuture<>();
		LanguageServerImpl server = CareLanguageServers.create();
		server.connect(new QuietClient() {
			@Override
			public void publishDiagnostics(PublishDiagnosticsParams params) {
				built.complete(null);
			}
		});
		InitializeParams init = new InitializeParams();
		init.setRootUri(folder.toUri().toString());
		init.setCapabilities(new ClientCapabilities());
		server.initialize(init).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		built.get(30, TimeUnit.SECONDS);

		String text = Files.readString(model);
		int line = (int) text.substring(0, text.indexOf("by Clerk")).lines().count() - 1;
		int column = text.lines().toList().get(line).indexOf("Clerk");
		var changed = new DidChangeWatchedFilesParams(List.of(new FileEvent(resources.toUri().toString(), FileChangeType.Changed)));
		// A write that arrives while a rename reads the workspace used to leave both waiting for each other for good.
		for (int round = 0; round < 30; round++) {
			var params = new RenameParams(new TextDocumentIdentifier(model.toUri().toString()), new Position(line, column),
					"Desk" + round);
			var rename = server.rename(params);
			server.didChangeWatchedFiles(changed);
			WorkspaceEdit edit;
			try {
				edit = rename.get(20, TimeUnit.SECONDS);
			} catch (java.util.concurrent.CancellationException e) {
				// The write cancels a rename it overtakes, as LSP allows; asked again, it answers.
				edit = server.rename(params).get(20, TimeUnit.SECONDS);
			}
			assertEquals(2, edit.getDocumentChanges() != null ? edit.getDocumentChanges().size() : edit.getChanges().size(),
					"round " + round + ": the declaration and its use are renamed: " + edit);
		}
		server.shutdown().get(10, TimeUnit.SECONDS);
	}

	@Test
	void theHeadlessWorkspaceInTheSameJvmLeavesTheServersRegistrationsAlone(@TempDir Path folder) throws Exception {
		CareLanguageServers.create();
		Object factory = org.eclipse.emf.ecore.resource.Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get("care");
		Object services = org.eclipse.xtext.resource.IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get("care");
		Path model = Files.writeString(folder.resolve("queue.care"), VALID_MODEL);
		var checked = org.caretwin.lang.workspace.CareWorkspace.standalone().modelOf(model);
		assertTrue(checked.problems().isEmpty(), checked.problems().toString());
		// The IDE runs experiments through the headless workspace: the editor's server must keep its own language.
		assertTrue(factory == org.eclipse.emf.ecore.resource.Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get("care"));
		assertTrue(services == org.eclipse.xtext.resource.IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get("care"));
	}

	@Test
	void aFolderAddedLaterLinksAcrossItsFiles(@TempDir Path root) throws Exception {
		Path first = Files.createDirectories(root.resolve("first"));
		Path second = Files.createDirectories(root.resolve("second"));
		Files.writeString(first.resolve("queue.care"), VALID_MODEL);
		Files.writeString(second.resolve("resources.care"), "resource Clerk count 5\n");
		Path model = Files.writeString(second.resolve("queue.care"), VALID_MODEL.replace("resource Clerk count 5\n", ""));
		java.util.Map<String, PublishDiagnosticsParams> published = new java.util.concurrent.ConcurrentHashMap<>();
		LanguageServerImpl server = CareLanguageServers.create();
		server.connect(new QuietClient() {
			@Override
			public void publishDiagnostics(PublishDiagnosticsParams params) {
				published.put(params.getUri(), params);
			}
		});
		InitializeParams init = new InitializeParams();
		// As the editor starts it: the workspace root, and each project a workspace folder.
		init.setRootUri(root.toUri().toString());
		init.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(first.toUri().toString(), "first")));
		var workspace = new org.eclipse.lsp4j.WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		init.setCapabilities(new ClientCapabilities(workspace, null, null));
		server.initialize(init).get(30, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		server.didChangeWorkspaceFolders(new org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams(new org.eclipse.lsp4j.WorkspaceFoldersChangeEvent(
				List.of(new org.eclipse.lsp4j.WorkspaceFolder(second.toUri().toString(), "second")), List.of())));
		String uri = model.toUri().toString();
		long end = System.currentTimeMillis() + 30_000;
		while (!published.containsKey(uri) && System.currentTimeMillis() < end) {
			Thread.sleep(20);
		}
		assertTrue(published.containsKey(uri), "the added folder was built: " + published.keySet());
		assertEquals(List.of(), published.get(uri).getDiagnostics(), "Clerk links to the other file of the added folder");
		server.shutdown().get(10, TimeUnit.SECONDS);
	}

	/** A client that ignores everything but what a test overrides. */
	private static class QuietClient implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
