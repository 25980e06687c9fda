package org.caretwin.lang;

import org.caretwin.lang.conversion.CareValueConverters;
import org.caretwin.lang.diagnostics.CareLinkingDiagnosticMessageProvider;
import org.caretwin.lang.diagnostics.CareResourceValidator;
import org.caretwin.lang.diagnostics.CareSyntaxErrorMessageProvider;
import org.caretwin.lang.documentation.CommentDocumentationProvider;
import org.caretwin.lang.formatting2.CareFormatter;
import org.caretwin.lang.workspace.ModelContainerManager;
import org.caretwin.lang.workspace.ModelResourceDescriptionManager;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;

/**
 * The language's services beyond the generated defaults: a model is the files of one folder (for every client,
 * headless or language server), formatter and documentation from comments, errors in the modeller's words.
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

	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CareValueConverters.class;
	}

	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return CommentDocumentationProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return CareSyntaxErrorMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CareLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return CareResourceValidator.class;
	}
}
