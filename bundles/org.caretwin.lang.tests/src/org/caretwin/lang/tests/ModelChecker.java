package org.caretwin.lang.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.caretwin.lang.CareStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Loads .care files into one resource set (so cross-file references resolve) and validates them. */
final class ModelChecker {

	private static final Injector INJECTOR = new CareStandaloneSetup().createInjectorAndDoEMFRegistration();

	private ModelChecker() {
	}

	static Path examples() {
		return Path.of("../../dsl-examples").toAbsolutePath().normalize();
	}

	static List<Path> careFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> f.toString().endsWith(".care")).sorted().toList();
		}
	}

	/** Issues of every file, all loaded into one resource set so that cross-file references resolve. */
	static List<Issue> check(List<Path> files) {
		return check(files, files.size());
	}

	/** Loads all {@code files} and validates the last {@code validated} of them. */
	private static List<Issue> check(List<Path> files, int validated) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(set.getResource(URI.createFileURI(file.toString()), true));
		}
		IResourceValidator validator = INJECTOR.getInstance(IResourceValidator.class);
		List<Issue> issues = new ArrayList<>();
		for (Resource resource : resources.subList(resources.size() - validated, resources.size())) {
			issues.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
		}
		return issues;
	}

	/** Issues of one model given as text (named {@code name}), with the Loire territory and resources beside it. */
	static List<Issue> checkText(Path tempDir, String name, String text) throws IOException {
		Path file = tempDir.resolve(name);
		Files.writeString(file, text);
		List<Path> files = new ArrayList<>(careFiles(examples().resolve("loire")));
		files.removeIf(f -> f.getFileName().toString().equals("arthroplasty.care"));
		files.add(file);
		return check(files, 1);
	}
}
