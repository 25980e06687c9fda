package org.caretwin.diagram;

import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModel.Step;

/** Which swimlane a step belongs to; decisions and events take their lane from their neighbours. */
final class Lanes {

	/** Sessions mostly done remotely put a step in the remote lane. */
	private static final double MOSTLY_REMOTE = 0.5;

	static final Lane REMOTE = new Lane("setting:remote", "Remote (telemedicine)");
	static final Lane HOME = new Lane("setting:home", "Home");
	static final Lane COMMUNITY = new Lane("setting:community", "Community (in every zone)");
	static final Lane CLINIC = new Lane("setting:clinic", "Clinic");
	static final Lane PATHWAY = new Lane("pathway", "Pathway");

	private final ResolvedModel model;
	private final LaneMode mode;

	Lanes(ResolvedModel model, LaneMode mode) {
		this.model = model;
		this.mode = mode;
	}

	/** The lane of a step with resources; null for a decision, which has none. */
	Lane of(Step step) {
		if (mode == LaneMode.NONE) {
			return PATHWAY;
		}
		if (step.decision() || step.resources().isEmpty()) {
			return null;
		}
		return mode == LaneMode.PROFESSION ? profession(step) : setting(step);
	}

	/** The first resource is whom the patient sees (the surgeon of Surgeon, Anaesthetist, OperatingRoom). */
	private static Lane profession(Step step) {
		String resource = step.resources().get(0);
		return new Lane("resource:" + resource, resource);
	}

	/**
	 * Where the step takes place: remote when most sessions are remote, at home when written so, at the site written
	 * or that of its first resource counted at a site, in a clinic when a resource is counted but not placed, else in
	 * the community (GPs, physiotherapists in every zone).
	 */
	private Lane setting(Step step) {
		if (step.remote() != null && step.remote().adoption() >= MOSTLY_REMOTE) {
			return REMOTE;
		}
		if (Step.AT_HOME.equals(step.setting())) {
			return HOME;
		}
		String site = step.setting();
		for (int i = 0; site == null && i < step.resources().size(); i++) {
			site = model.resource(step.resources().get(i)).map(ResolvedModel.Resource::site).orElse(null);
		}
		if (site == null) {
			boolean counted = step.resources().stream().map(model::resource)
					.anyMatch(r -> r.isPresent() && r.get().supply() instanceof ResolvedModel.Count);
			return counted ? CLINIC : COMMUNITY;
		}
		String name = site;
		String label = model.territory().sites().stream().filter(s -> s.name().equals(name)).findFirst()
				.map(s -> s.title() != null ? s.title() : s.name()).orElse(site);
		return new Lane("site:" + site, label);
	}
}
