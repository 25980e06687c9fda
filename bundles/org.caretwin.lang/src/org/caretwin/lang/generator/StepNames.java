package org.caretwin.lang.generator;

import java.util.List;

/**
 * How KPIs and expectations name steps. The engine names a step by itself when the model has one pathway and as
 * {@code Pathway.Step} when it has several; a modeller may always write the qualified name, and the plain name
 * where only one pathway has such a step. The validator and the generator both resolve through this class.
 */
public final class StepNames {

	/** A written step name resolved: the engine's name, or why it names no single step. */
	public record Resolution(String name, String problem) {
	}

	private final List<String> qualified;
	private final boolean severalPathways;

	/** @param qualified the model's steps as {@code Pathway.Step}, in model order */
	public StepNames(List<String> qualified) {
		this.qualified = qualified;
		this.severalPathways = qualified.stream().map(StepNames::pathwayOf).distinct().count() > 1;
	}

	public Resolution resolve(String written) {
		if (written.contains(".")) {
			return qualified.contains(written) ? new Resolution(qualifiedToEngine(written), null)
					: new Resolution(null, "there is no step " + written + "; steps: " + qualified);
		}
		List<String> candidates = qualified.stream().filter(q -> stepOf(q).equals(written)).distinct().toList();
		if (candidates.isEmpty()) {
			return new Resolution(null, "there is no step " + written + "; steps: " + simpleNames());
		}
		if (candidates.size() > 1) {
			return new Resolution(null, "several pathways have a step " + written + ": write " + String.join(" or ", candidates));
		}
		return new Resolution(qualifiedToEngine(candidates.get(0)), null);
	}

	/** The engine's name of a written step, or the name as written when it resolves to none (check says why). */
	public String engineName(String written) {
		Resolution resolution = resolve(written);
		return resolution.name() == null ? written : resolution.name();
	}

	private String qualifiedToEngine(String qualifiedName) {
		return severalPathways ? qualifiedName : stepOf(qualifiedName);
	}

	private List<String> simpleNames() {
		return severalPathways ? qualified : qualified.stream().map(StepNames::stepOf).toList();
	}

	private static String pathwayOf(String qualifiedName) {
		return qualifiedName.substring(0, qualifiedName.indexOf('.'));
	}

	private static String stepOf(String qualifiedName) {
		return qualifiedName.substring(qualifiedName.indexOf('.') + 1);
	}
}
