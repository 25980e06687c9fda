package org.caretwin.experiment;

import java.util.List;

import org.caretwin.engine.pathway.CareModel;

/** Creates a fresh model instance for one replication of a scenario; implemented by generated models. */
public interface ModelFactory {

	/** A new, unbuilt model for {@code scenario}. */
	CareModel create(String scenario);

	/** The scenarios this model defines, baseline first. */
	List<String> scenarios();
}
