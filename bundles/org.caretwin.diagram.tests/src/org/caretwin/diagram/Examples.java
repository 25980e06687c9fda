package org.caretwin.diagram;

import java.nio.file.Path;

import org.caretwin.lang.model.ResolvedModel;
import org.caretwin.lang.model.ResolvedModelBuilder;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;

/** The resolved models of the examples, as the command line reads them. */
public final class Examples {

	public static final Path ROOT = Path.of("../../dsl-examples").toAbsolutePath().normalize();

	/** A clinic with a flow back to an earlier step, redirections (at once and after waiting), home and remote care. */
	public static final String CLINIC = """
			resource Doctor count 3
			resource Nurse count 2
			resource Ward count 10
			cohort Patients {
			    arrivals 1000 per year
			    profile Young 60%
			    profile Old   40%
			    attribute age uniform(20 years, 90 years)
			}
			pathway Care for Patients {
			    step Visit by Doctor takes lognormal(mean 20 min, sd 5 min)
			        when unavailable redirect to Review
			        then branch {
			            Young: 25% -> Dressing, otherwise -> Done
			            Old:   50% -> Dressing, 10% -> Visit, otherwise -> Done
			        }
			    step Dressing by Nurse takes 15 min repeat 4 every 2 days at home
			    step Done by Doctor takes 10 min
			        when unavailable wait at most 2 h then redirect to Review
			        remote Call takes 5 min for 60%
			        end
			    step Review uses Ward for 2 days after 1 week end
			}
			""";

	private Examples() {
	}

	/** The resolved model of {@code text} written as the one file of {@code dir}. */
	public static ResolvedModel model(Path dir, String text) throws java.io.IOException {
		Path file = dir.resolve("model.care");
		java.nio.file.Files.writeString(file, text);
		return model(file);
	}

	/** The resolved model of the folder of {@code file} (relative to dsl-examples/), which must have no errors. */
	public static ResolvedModel model(String file) {
		return model(ROOT.resolve(file));
	}

	public static ResolvedModel model(Path file) {
		CheckedModel checked = CareWorkspace.standalone().modelOf(file);
		if (checked.hasErrors()) {
			throw new AssertionError(file + " has errors: " + checked.problems());
		}
		return ResolvedModelBuilder.of(checked);
	}
}
