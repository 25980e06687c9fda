package org.caretwin.editor.presentation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.caretwin.lang.ide.CareIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * The style of every character of a .care text: keywords, comments, strings and numbers from the parser's node
 * model, then names by what they stand for (steps, resources, places...) from the language's semantic
 * highlighting calculator. Parsing is local and needs no linking, so colours never wait for the language server.
 */
public final class CareHighlighter {

	private static Injector injector;

	private CareHighlighter() {
	}

	/** One style id (see {@link CareStyles}) or null per character of {@code text}. */
	public static String[] stylesOf(String text) {
		String[] styles = new String[text.length()];
		XtextResource resource = parse(text);
		if (resource == null || resource.getParseResult() == null) {
			return styles;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		for (ILeafNode leaf : root.getLeafNodes()) {
			String style = lexicalStyle(leaf);
			if (style != null) {
				fill(styles, leaf.getOffset(), leaf.getLength(), style);
			}
		}
		injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> fill(styles, offset, length, ids[ids.length - 1]), CancelIndicator.NullImpl);
		return styles;
	}

	private static String lexicalStyle(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof Keyword keyword) {
			boolean word = Character.isLetter(keyword.getValue().charAt(0));
			return word && !isName(leaf) ? CareStyles.KEYWORD : null;
		}
		AbstractRule rule = element instanceof RuleCall call ? call.getRule() : element instanceof AbstractRule r ? r : null;
		if (!(rule instanceof TerminalRule)) {
			return null;
		}
		return switch (rule.getName()) {
		case "SL_COMMENT", "ML_COMMENT" -> CareStyles.COMMENT;
		case "STRING" -> CareStyles.STRING;
		case "INT" -> CareStyles.NUMBER;
		default -> null;
		};
	}

	/** Keywords such as {@code wait} or {@code cost} may be used as names; as names they are not keywords. */
	private static boolean isName(ILeafNode leaf) {
		EObject parent = leaf.getParent() == null ? null : leaf.getParent().getGrammarElement();
		return parent instanceof RuleCall call && call.getRule() instanceof ParserRule rule
				&& ("ValidID".equals(rule.getName()) || "QualifiedName".equals(rule.getName()));
	}

	private static void fill(String[] styles, int offset, int length, String style) {
		for (int i = Math.max(0, offset); i < Math.min(styles.length, offset + length); i++) {
			styles[i] = style;
		}
	}

	private static XtextResource parse(String text) {
		// The language's own factory: the resource set of an injector without EMF registration knows no .care files.
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector().getInstance(IResourceFactory.class)
				.createResource(URI.createURI("synthetic:/highlighting.care"));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			return resource;
		} catch (IOException e) {
			return null;
		}
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			// The grammar's parent (Xtext's terminals) must be registered before the language's grammar loads.
			TerminalsStandaloneSetup.doSetup();
			injector = new CareIdeSetup().createInjector();
		}
		return injector;
	}
}
