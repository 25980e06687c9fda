package org.caretwin.lang;

import org.caretwin.lang.documentation.CommentDocumentationProvider;
import org.caretwin.lang.formatting2.CareFormatter;
import org.caretwin.lang.workspace.ModelContainerManager;
import org.caretwin.lang.workspace.ModelResourceDescriptionManager;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;

import com.google.inject.Binder;

/**
 * The language's services beyond the generated defaults: a model is the files of one folder (for every client,
 * headless or language server), formatter and documentation from comments.
 */
public class CareRuntimeModule extends AbstractCareRuntimeModule {

	@Override
	public Class<? extends IContainer.Manager> bindIContainer$Manager() {
		return ModelContainerManager.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return ModelResourceDescriptionManager.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return CareFormatter.class;
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(FormatterPreferenceValuesProvider.class);
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return CommentDocumentationProvider.class;
	}
}
