package org.caretwin.diagram;

import java.nio.file.Path;

import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;

/** The resolved models of the examples, as the command line reads them. */
final class Examples {

	static final Path ROOT = Path.of("../../dsl-examples").toAbsolutePath().normalize();

	private Examples() {
	}

	/** The resolved model of the folder of {@code file} (relative to dsl-examples/), which must have no errors. */
	static ResolvedModel model(String file) {
		return model(ROOT.resolve(file));
	}

	static ResolvedModel model(Path file) {
		CheckedModel checked = CareWorkspace.standalone().modelOf(file);
		if (checked.hasErrors()) {
			throw new AssertionError(file + " has errors: " + checked.problems());
		}
		return ResolvedModelBuilder.of(checked);
	}
}
