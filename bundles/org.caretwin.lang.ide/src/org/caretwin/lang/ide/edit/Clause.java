package org.caretwin.lang.ide.edit;

import java.util.List;
import java.util.Set;

import org.caretwin.lang.care.CarePackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A clause of a step as the properties of a diagram node show it: written out with its keywords
 * ({@code takes lognormal(mean 95 min, sd 25 min)}, {@code by Surgeon, Anaesthetist}), so that what the modeller
 * types there is text of the language.
 */
public enum Clause {

	RESOURCES("Resources", "by Surgeon, Anaesthetist", Set.of("by", "uses"), CarePackage.Literals.STEP__RESOURCES),
	DURATION("Duration", "takes 30 min", Set.of("takes", "for"), CarePackage.Literals.STEP__DURATION,
			CarePackage.Literals.STEP__DURATIONS),
	SETTING("Setting", "at Clinic, at home", Set.of("at"), CarePackage.Literals.STEP__SETTING),
	DELAY("Delay before", "after 6 weeks", Set.of("after"), CarePackage.Literals.STEP__DELAY, CarePackage.Literals.STEP__DELAYS),
	REPEAT("Repeat", "repeat 15 every 2 days", Set.of("repeat"), CarePackage.Literals.STEP__REPEAT),
	WHEN_UNAVAILABLE("When unavailable", "when unavailable lose \"no bed\"", Set.of("when", "unavailable"),
			CarePackage.Literals.STEP__POLICY),
	REMOTE("Remote mode", "remote Teleconsultation takes 15 min for 25%", Set.of(), CarePackage.Literals.STEP__REMOTE),
	ROUTE("Next", "then FollowUp, end, then branch { ... }", Set.of(), CarePackage.Literals.STEP__ROUTE);

	private final String label;
	private final String example;
	private final Set<String> keywords;
	private final List<EStructuralFeature> features;

	Clause(String label, String example, Set<String> keywords, EStructuralFeature... features) {
		this.label = label;
		this.example = example;
		this.keywords = keywords;
		this.features = List.of(features);
	}

	public String label() {
		return label;
	}

	/** How it is written, for a hint. */
	public String example() {
		return example;
	}

	/** The keywords the step's rule writes before the clause's value. */
	Set<String> keywords() {
		return keywords;
	}

	List<EStructuralFeature> features() {
		return features;
	}

	/** Whether the clause comes after every clause of the step's free-order group (a remote mode, the route). */
	boolean last() {
		return this == REMOTE || this == ROUTE;
	}
}
