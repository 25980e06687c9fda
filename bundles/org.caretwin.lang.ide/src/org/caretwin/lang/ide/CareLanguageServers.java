package org.caretwin.lang.ide;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Xtext's language server for .care files, to run in-process. The language is registered explicitly: the default
 * ServiceLoader registry depends on the thread's context class loader and finds nothing in most OSGi threads.
 */
public final class CareLanguageServers {

	private CareLanguageServers() {
	}

	public static LanguageServerImpl create() {
		Injector language = new CareIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("care", language.getInstance(IResourceServiceProvider.class));
		return Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)))
				.getInstance(LanguageServerImpl.class);
	}
}
