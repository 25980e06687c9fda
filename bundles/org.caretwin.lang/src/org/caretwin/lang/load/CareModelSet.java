package org.caretwin.lang.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.CareStandaloneSetup;
import org.caretwin.experiment.OneLine;
import org.caretwin.lang.care.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * .care files loaded together, so that imports and references across files resolve, and validated. Used headless
 * (command line, build, tests); the IDE gets the same through the language server.
 */
public final class CareModelSet {

	private static Injector injector;

	private final XtextResourceSet resourceSet;
	private final Map<Path, Resource> resources = new LinkedHashMap<>();

	private CareModelSet(List<Path> files) {
		resourceSet = injector().getInstance(XtextResourceSet.class);
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			resources.put(absolute, load(file, absolute));
		}
	}

	/**
	 * Parses the text of one file, read by {@link TextFiles} rather than by EMF so that a byte order mark or
	 * old Mac line endings parse like any other UTF-8 file; the file itself is never changed.
	 */
	private Resource load(Path file, Path absolute) {
		Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
		if (resource == null) {
			throw new UncheckedIOException(new IOException(file + " is not a .care file"));
		}
		try {
			byte[] text = TextFiles.withLineFeeds(TextFiles.read(absolute, file.toString())).getBytes(StandardCharsets.UTF_8);
			resource.load(new ByteArrayInputStream(text), Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** The language's injector, created once per JVM (it is thread-safe to share). */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new CareStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Loads {@code files} into one resource set. */
	public static CareModelSet load(List<Path> files) {
		return new CareModelSet(files);
	}

	/** The parsed model of {@code file}, which must be one of the loaded files. */
	public Model model(Path file) {
		Resource resource = resources.get(file.toAbsolutePath().normalize());
		if (resource == null || resource.getContents().isEmpty()) {
			return null;
		}
		return (Model) resource.getContents().get(0);
	}

	public List<Model> models() {
		List<Model> models = new ArrayList<>();
		resources.values().forEach(r -> {
			if (!r.getContents().isEmpty()) {
				models.add((Model) r.getContents().get(0));
			}
		});
		return models;
	}

	/** Syntax, linking and validation issues of {@code files}, ordered by file, line and column. */
	public List<Problem> validate(List<Path> files) {
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		List<Problem> problems = new ArrayList<>();
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			Resource resource = resources.get(absolute);
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				problems.add(Problem.of(file, issue));
			}
		}
		problems.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line)
				.thenComparingInt(Problem::column));
		return problems;
	}

	/** One issue, located for a human: {@code file:line:col: severity: message}. */
	public record Problem(Path file, int line, int column, Severity severity, String message, String code,
			List<String> data) {

		static Problem of(Path file, Issue issue) {
			return new Problem(file, issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
					issue.getColumn() == null ? 1 : issue.getColumn(), issue.getSeverity(), issue.getMessage(),
					issue.getCode(), issue.getData() == null ? List.of() : List.of(issue.getData()));
		}

		public boolean isError() {
			return severity == Severity.ERROR;
		}

		@Override
		public String toString() {
			return OneLine.of(file.toString()) + ":" + line + ":" + column + ": "
					+ severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + OneLine.of(message);
		}
	}
}
