package org.caretwin.diagram.bpmn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.caretwin.lang.workspace.ModelFolder;

/**
 * The cohorts and resources that the other {@code .care} files of an import's target folder declare, which the
 * imported text does not declare again: the command line and the IDE's import wizard both import through this.
 */
public record ImportTarget(Set<String> cohorts, Set<String> resources) {

	/** Top-level declarations of a .care file; read from the text, since the folder may not check before the import. */
	private static final Pattern DECLARATION = Pattern.compile("(?m)^\\s*(cohort|resource)\\s+([A-Za-z_][A-Za-z0-9_]*)");

	public ImportTarget {
		cohorts = Set.copyOf(cohorts);
		resources = Set.copyOf(resources);
	}

	/** What the folder of {@code target} declares besides {@code target} itself (which the import replaces). */
	public static ImportTarget of(Path target) throws IOException {
		Set<String> cohorts = new HashSet<>();
		Set<String> resources = new HashSet<>();
		Path folder = target.toAbsolutePath().getParent();
		if (folder != null && Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(ModelFolder::isModelFile).toList()) {
					if (!file.equals(target.toAbsolutePath())) {
						Matcher m = DECLARATION.matcher(Files.readString(file));
						while (m.find()) {
							(m.group(1).equals("cohort") ? cohorts : resources).add(m.group(2));
						}
					}
				}
			}
		}
		return new ImportTarget(cohorts, resources);
	}

	/** The pathways of {@code bpmn} as the text of {@code target}. */
	public static BpmnImport.Result read(Path bpmn, Path target) throws IOException, BpmnImportException {
		ImportTarget declared = of(target);
		return BpmnImport.read(bpmn, declared.cohorts(), declared.resources());
	}
}
