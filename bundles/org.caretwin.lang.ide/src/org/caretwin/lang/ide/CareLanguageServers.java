package org.caretwin.lang.ide;

import org.caretwin.lang.CareRuntimeModule;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Xtext's language server for .care files, to run in-process. The language is registered explicitly: the default
 * ServiceLoader registry depends on the thread's context class loader and finds nothing in most OSGi threads.
 * <p>
 * The server never generates: it serves the user's folders, and Xtext's builder would otherwise write
 * {@code src-gen/} into each of them on every change. A model sees the models of its folder, as on the command
 * line, although the server indexes whole projects.
 */
public final class CareLanguageServers {

	private CareLanguageServers() {
	}

	public static LanguageServerImpl create() {
		Injector language = new CareIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules.override(Modules2.mixin(new CareRuntimeModule(), new CareIdeModule()))
						.with(binder -> {
							binder.bind(IGenerator2.class).to(NoOutput.class);
							binder.bind(IContainer.Manager.class).to(SameFolderContainers.class);
						}));
			}
		}.createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("care", language.getInstance(IResourceServiceProvider.class));
		return Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)))
				.getInstance(LanguageServerImpl.class);
	}

	/** The generator the language server runs: it writes nothing. */
	static final class NoOutput implements IGenerator2 {

		@Override
		public void beforeGenerate(org.eclipse.emf.ecore.resource.Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		}

		@Override
		public void doGenerate(org.eclipse.emf.ecore.resource.Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		}

		@Override
		public void afterGenerate(org.eclipse.emf.ecore.resource.Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		}
	}
}
