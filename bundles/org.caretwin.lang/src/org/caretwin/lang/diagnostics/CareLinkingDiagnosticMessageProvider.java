package org.caretwin.lang.diagnostics;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.caretwin.lang.scoping.CareScopeProvider;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * An unresolved name said in the modeller's words, with the closest name of the right kind in scope ("no resource
 * 'Anaesthetsit' — did you mean 'Anaesthetist'?"). A name looked up in something that did not resolve itself (a
 * profile of the cohort of a misspelt step) is not reported: the first unresolved name is the one to fix; so is a
 * name a misspelt import fails to bring ({@code import Loir.*}, then {@code Clinic}).
 */
public class CareLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int LISTED = 10;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (CareScopeProvider.dependsOnUnresolvedName(context.getContext(), context.getReference())) {
			return null;
		}
		String kind = kind(context.getReference().getEReferenceType().getName());
		String written = context.getLinkText();
		List<String> candidates = StreamSupport
				.stream(scopeProvider.getScope(context.getContext(), context.getReference()).getAllElements().spliterator(), false)
				.map(d -> d.getName().toString()).distinct().sorted().toList();
		Optional<String> closest = ClosestName.to(written, candidates);
		if (closest.filter(c -> c.endsWith("." + written)).isPresent() && Imports.anyBringsNothing(context.getContext().eResource())) {
			return null; // the name is under a territory that a misspelt import fails to bring: that import is the error
		}
		String message = "no " + kind + " '" + written + "'" + closest.map(c -> " — did you mean '" + c + "'?")
				.orElseGet(() -> candidates.isEmpty() ? ": none is declared in the model (the .care files of this folder)"
						: ": declare it or use one of " + listed(candidates));
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}

	/** Unqualified names when there are some, as the modeller writes them; the first few only. */
	private static String listed(List<String> candidates) {
		List<String> simple = candidates.stream().filter(c -> c.indexOf('.') < 0).toList();
		List<String> shown = simple.isEmpty() ? candidates : simple;
		return String.join(", ", shown.subList(0, Math.min(LISTED, shown.size()))) + (shown.size() > LISTED ? ", …" : "");
	}

	private static String kind(String typeName) {
		return Character.toLowerCase(typeName.charAt(0)) + typeName.substring(1);
	}
}
