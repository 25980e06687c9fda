package org.caretwin.lang.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.caretwin.cli.CareTwinCli;
import org.caretwin.lang.ide.CareLanguageServers;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a corpus of multi-file models (see {@code corpus/README.md}), {@code caretwin check} and the in-process language
 * server, which loads the whole root, report the same problems: the rule "a model is the files of one folder" holds
 * for both.
 */
class MultiFileDiagnosticsTest {

	private static final Pattern CHECK_LINE = Pattern.compile("(.+\\.care):(\\d+):(\\d+): (\\w+): (.*)");

	/** A problem as both clients locate it (line and column from 1). */
	record Located(Path file, int line, int column, String severity, String message) implements Comparable<Located> {

		@Override
		public int compareTo(Located other) {
			return toString().compareTo(other.toString());
		}

		@Override
		public String toString() {
			return file + ":" + line + ":" + column + ": " + severity + ": " + message;
		}
	}

	@Test
	void checkAndTheLanguageServerReportTheSameProblems(@TempDir Path root) throws Exception {
		copyCorpus(root); // the language server may generate code beside the files it builds: not in the sources
		Set<Located> checked = check(root);
		Set<Located> published = languageServer(root, modelFiles(root));
		assertEquals(String.join("\n", checked.stream().map(Located::toString).toList()),
				String.join("\n", published.stream().map(Located::toString).toList()));

		// What the rule means on the corpus, seen by both.
		assertProblem(checked, root.resolve("folders/b/clinic.care"), 5, 23, "no resource 'Surgeon': none is declared in the model (the .care files of this folder)");
		assertProblem(checked, root.resolve("folders/b/clinic.care"), 14, 17, "In wait(Consult): there is no step Consult; steps: [Operation]");
		assertProblem(checked, root.resolve("missing-import/midwives.care"), 2, 29, "no site 'Office' — did you mean 'Pilat.Office'?");
		assertProblem(checked, root.resolve("pathways/two.care"), 22, 44,
				"In wait(Recovery): there is no step Recovery; steps: [AdultCare.Triage, AdultCare.Visit, ChildCare.Triage, ChildCare.Visit]");
		assertProblem(checked, root.resolve("pathways/two.care"), 22, 17,
				"In wait(Visit): several pathways have a step Visit: write AdultCare.Visit or ChildCare.Visit");
		assertProblem(checked, root.resolve("imports/care.care"), 18, 51,
				"In utilisation(Doctor@Montbrison): there is no zone Montbrison; zones: [Feurs, Boen]");
		assertProblem(checked, root.resolve("siblings/queue.care"), 12, 52,
				"In wait(Admission): there is no step Admission; steps: [Service]");
		assertProblem(checked, root.resolve("pathways/two.care"), 22, 30,
				"In wait(Triage): several pathways have a step Triage: write AdultCare.Triage or ChildCare.Triage");
		assertProblem(checked, root.resolve("typos/clinic.care"), 6, 19, "no resource 'Nruse' — did you mean 'Nurse'?");
		assertProblem(checked, root.resolve("typos/clinic.care"), 13, 48, "no step 'Visti' — did you mean 'Visit'?");
		assertProblem(checked, root.resolve("syntax/clinic.care"), 6, 34,
				"'mn' is not a time unit: min, h, days, weeks, months, years");
		assertProblem(checked, root.resolve("syntax/clinic.care"), 12, 29,
				"2 needs a time unit (min, h, days, weeks, months, years), e.g. '2 min'");
		assertProblem(checked, root.resolve("import-typo/care.care"), 2, 8,
				"import Geir.* brings nothing: no territory 'Geir' — did you mean 'Gier'?");
		// The corpus file declares a nurse that no step uses: a warning of its own, not a consequence of the typo.
		assertTrue(checked.contains(new Located(root.resolve("import-typo/care.care"), 4, 10, "warning",
				"The resource Nurse is used by no step: add it to a step ('by Nurse') or remove it")), checked.toString());
		assertEquals(14, checked.size(), "nothing else: the sibling's clerks and the imported territory resolve, typos give one error each\n" + checked);
	}

	private static void assertProblem(Set<Located> problems, Path file, int line, int column, String message) {
		Located expected = new Located(file, line, column, "error", message);
		assertTrue(problems.contains(expected), "expected " + expected + " in\n" + problems);
	}

	/** The problems {@code caretwin check ROOT} prints, one per line. */
	private static Set<Located> check(Path root) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new CareTwinCli().run(List.of("check", root.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		Set<Located> problems = new TreeSet<>();
		for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
			Matcher m = CHECK_LINE.matcher(line);
			assertTrue(m.matches(), line);
			problems.add(new Located(Path.of(m.group(1)).toAbsolutePath().normalize(), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)), m.group(4), m.group(5)));
		}
		return problems;
	}

	/** The diagnostics the language server publishes for every file once it has built {@code root}. */
	private static Set<Located> languageServer(Path root, Set<Path> files) throws Exception {
		try (BuiltRoot server = new BuiltRoot(root, files)) {
			return server.problems();
		}
	}

	@Test
	void aStepAddedInOneFileClearsTheErrorOfItsSibling(@TempDir Path root) throws Exception {
		copyCorpus(root);
		Path queue = root.resolve("siblings/queue.care").toAbsolutePath();
		Path resources = root.resolve("siblings/resources.care").toAbsolutePath();
		try (BuiltRoot server = new BuiltRoot(root, modelFiles(root))) {
			assertTrue(server.problems().stream().anyMatch(p -> p.file().equals(queue) && p.message().contains("Admission")));
			CompletableFuture<List<Diagnostic>> republished = server.nextPublication(queue);
			// queue.care does not link to the new step: only the rule "one folder, one model" makes it affected
			server.open(resources, Files.readString(resources) + """
					cohort Walkins { arrivals 1 per h }
					pathway Reception for Walkins {
					    step Admission by Clerk takes 5 min
					    end
					}
					""");
			assertEquals(List.of(), republished.get(60, TimeUnit.SECONDS));
		}
	}

	/** The in-process language server on a root it has built once. */
	private static final class BuiltRoot implements AutoCloseable {

		private final LanguageServerImpl server = CareLanguageServers.create();
		private final Map<Path, List<Diagnostic>> latest = new ConcurrentHashMap<>();
		private final Map<Path, CompletableFuture<List<Diagnostic>>> awaited = new ConcurrentHashMap<>();

		BuiltRoot(Path root, Set<Path> files) throws Exception {
			CompletableFuture<Void> everyFile = new CompletableFuture<>();
			server.connect(new DiagnosticsClient(params -> {
				Path file = Path.of(java.net.URI.create(params.getUri())).toAbsolutePath().normalize();
				latest.put(file, params.getDiagnostics());
				CompletableFuture<List<Diagnostic>> waiting = awaited.remove(file);
				if (waiting != null) {
					waiting.complete(params.getDiagnostics());
				}
				if (latest.keySet().containsAll(files)) {
					everyFile.complete(null);
				}
			}));
			InitializeParams init = new InitializeParams();
			init.setRootUri(root.toUri().toString());
			init.setCapabilities(new ClientCapabilities());
			server.initialize(init).get(60, TimeUnit.SECONDS);
			server.initialized(new InitializedParams());
			everyFile.get(120, TimeUnit.SECONDS);
		}

		Set<Located> problems() {
			Set<Located> problems = new TreeSet<>();
			latest.forEach((file, diagnostics) -> diagnostics.forEach(d -> problems.add(new Located(file,
					d.getRange().getStart().getLine() + 1, d.getRange().getStart().getCharacter() + 1, severity(d),
					d.getMessage().getLeft()))));
			return problems;
		}

		/** The diagnostics published for {@code file} after this call. */
		CompletableFuture<List<Diagnostic>> nextPublication(Path file) {
			return awaited.computeIfAbsent(file, f -> new CompletableFuture<>());
		}

		/** Opens {@code file} in an editor with {@code text}, which differs from the file on disk. */
		void open(Path file, String text) {
			server.getTextDocumentService()
					.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(file.toUri().toString(), "care", 1, text)));
		}

		@Override
		public void close() throws Exception {
			server.shutdown().get(30, TimeUnit.SECONDS);
		}
	}

	/** As {@code check} spells Xtext's severities. */
	private static String severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Error -> "error";
		case Warning -> "warning";
		case Information, Hint -> "info";
		};
	}

	private static void copyCorpus(Path root) throws IOException {
		Path corpus = Path.of("corpus").toAbsolutePath();
		try (Stream<Path> files = Files.walk(corpus)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = root.resolve(corpus.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
	}

	private static Set<Path> modelFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return new TreeSet<>(files.filter(f -> f.toString().endsWith(".care")).map(f -> f.toAbsolutePath().normalize()).toList());
		}
	}

	/** A client that only listens to diagnostics. */
	private record DiagnosticsClient(java.util.function.Consumer<PublishDiagnosticsParams> diagnostics)
			implements LanguageClient {

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.accept(params);
		}

		@Override
		public void telemetryEvent(Object object) {
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
	}
}
