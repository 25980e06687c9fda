package org.caretwin.diagram.bpmn;

/**
 * The extension namespace of CareTwin in BPMN files and its attribute names. Each attribute holds the {@code .care}
 * text of what BPMN has no field for, as written (laws, policies, remote modes), so that an import writes it back.
 */
final class Care {

	static final String NS = "http://caretwin.org/bpmn/1.0";
	static final String PREFIX = "care";

	/** A pathway's name as written, on its process. */
	static final String PATHWAY = "pathway";
	/** A step's name as written (BPMN names are free text, ids are not). */
	static final String STEP = "step";
	/** {@code true} on the exclusive gateway of a decision ({@code step Triage decides branch}). */
	static final String DECISION = "decision";
	static final String BY = "by";
	static final String SEIZES = "seizes";
	static final String RELEASES = "releases";
	static final String TAKES = "takes";
	static final String AT = "at";
	static final String AFTER = "after";
	static final String REPEAT = "repeat";
	static final String WHEN_UNAVAILABLE = "whenUnavailable";
	static final String REMOTE = "remote";
	static final String REMOTE_ADOPTION = "remoteAdoption";
	/** On a sequence flow out of a gateway: the shares of its target, see {@link CareText#shares}. */
	static final String SHARES = "shares";
	/** On a start event: the cohort, its profiles, attributes and arrivals. */
	static final String COHORT = "cohort";
	static final String PROFILES = "profiles";
	static final String ATTRIBUTES = "attributes";
	static final String ARRIVALS = "arrivals";
	/** On a lost end event: why patients leave. */
	static final String LOST = "lost";
	/** Extension elements of a process: one per resource its steps use, with its supply. */
	static final String RESOURCE = "resource";
	static final String NAME = "name";
	static final String SUPPLY = "supply";

	private Care() {
	}
}
