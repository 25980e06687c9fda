package org.caretwin.lang.generator;

import org.caretwin.lang.care.Experiment;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

/** Writes one Java class per experiment of a .care file (on save in the IDE, in the build, by caretwin generate). */
public class CareGenerator extends AbstractGenerator {

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		for (Experiment experiment : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Experiment.class)) {
			fsa.generateFile(ExperimentGenerator.fileName(experiment), ExperimentGenerator.generate(experiment));
		}
	}
}
