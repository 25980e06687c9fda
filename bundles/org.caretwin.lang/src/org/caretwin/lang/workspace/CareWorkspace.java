package org.caretwin.lang.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.caretwin.lang.CareRuntimeModule;
import org.caretwin.lang.care.CarePackage;
import org.caretwin.lang.load.TextFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Models on disk, headless (command line, tests, later the runner): the model of a file is the files of its folder
 * ({@link ModelFolder}), loaded into a resource set of their own and validated. The language server applies the
 * same rule to the files of its root through the language's containers.
 */
public final class CareWorkspace {

	private static CareWorkspace standalone;

	private final Injector injector;

	public CareWorkspace(Injector injector) {
		this.injector = injector;
	}

	/** The workspace over a standalone injector of the language, created once per JVM (it is thread-safe to share). */
	public static synchronized CareWorkspace standalone() {
		if (standalone == null) {
			standalone = new CareWorkspace(privateInjector());
		}
		return standalone;
	}

	/**
	 * The language with registries of its own, leaving EMF's global ones alone: in the IDE the language server has
	 * registered its injector there, and a second registration would hand the server's new resources to this one.
	 */
	private static Injector privateInjector() {
		// Xtext's own grammars (shared by every language, registered once per JVM) still come from the global registry.
		TerminalsStandaloneSetup.doSetup();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		Injector injector = Guice.createInjector(Modules.override(new CareRuntimeModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
		registry.getExtensionToFactoryMap().put(ModelFolder.EXTENSION, injector.getInstance(IResourceServiceProvider.class));
		EPackage.Registry.INSTANCE.putIfAbsent(CarePackage.eNS_URI, CarePackage.eINSTANCE);
		return injector;
	}

	public Injector injector() {
		return injector;
	}

	/** The model {@code file} belongs to: the .care files of its folder, {@code file} among them. */
	public CheckedModel modelOf(Path file) {
		if (!ModelFolder.isModelFile(file)) {
			throw new IllegalArgumentException(file + " is not a ." + ModelFolder.EXTENSION + " file");
		}
		return modelIn(ModelFolder.folderOf(file));
	}

	/**
	 * The model {@code file} belongs to, with {@code text} as the content of {@code file} instead of what is on disk:
	 * an editor's document, unsaved changes included.
	 */
	public CheckedModel modelOf(Path file, String text) {
		if (!ModelFolder.isModelFile(file)) {
			throw new IllegalArgumentException(file + " is not a ." + ModelFolder.EXTENSION + " file");
		}
		return modelIn(ModelFolder.folderOf(file), Map.of(file.getFileName().toString(), text));
	}

	/** Every model under {@code root}: one per folder holding .care files, in path order. */
	public List<CheckedModel> modelsUnder(Path root) {
		return ModelFolder.foldersUnder(root).stream().map(this::modelIn).toList();
	}

	/** An empty resource set of this workspace's language, which creates .care resources without global registries. */
	public XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(ModelFolder.EXTENSION,
				injector.getInstance(IResourceFactory.class));
		return resourceSet;
	}

	/** The model in {@code folder}: its .care files (none when it holds none). */
	public CheckedModel modelIn(Path folder) {
		return modelIn(folder, Map.of());
	}

	/** The model in {@code folder}, where a file named in {@code texts} has that text rather than its content on disk. */
	private CheckedModel modelIn(Path folder, Map<String, String> texts) {
		XtextResourceSet resourceSet = newResourceSet();
		Map<Path, Resource> resources = new LinkedHashMap<>();
		for (Path file : ModelFolder.filesOf(folder.toAbsolutePath())) {
			Path asWritten = folder.resolve(file.getFileName());
			String text = texts.get(file.getFileName().toString());
			resources.put(asWritten, text == null ? load(resourceSet, file, asWritten) : parse(resourceSet, file, text));
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<Problem> problems = new ArrayList<>();
		resources.forEach((file, resource) -> {
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				problems.add(Problem.of(file, issue));
			}
		});
		return new CheckedModel(folder, resources, problems);
	}

	/**
	 * Parses one file, read by {@link TextFiles} rather than by EMF so that a byte order mark or old Mac line endings
	 * parse like any other UTF-8 file; the file itself is never changed.
	 */
	private static Resource load(XtextResourceSet resourceSet, Path file, Path asWritten) {
		try {
			return parse(resourceSet, file, TextFiles.read(file, asWritten.toString()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A resource of {@code file} parsed from {@code content}, its line ends made line feeds as on load. */
	private static Resource parse(XtextResourceSet resourceSet, Path file, String content) {
		Resource resource = resourceSet.createResource(URI.createFileURI(file.normalize().toString()));
		try {
			byte[] text = TextFiles.withLineFeeds(content).getBytes(StandardCharsets.UTF_8);
			resource.load(new ByteArrayInputStream(text), Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
