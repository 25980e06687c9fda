package org.caretwin.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.caretwin.diagram.LaneMode;
import org.caretwin.editor.bpmn.BpmnExportWizard;
import org.caretwin.editor.bpmn.BpmnTransfer;
import org.caretwin.editor.wizards.ProjectTemplate;
import org.caretwin.lang.workspace.CareWorkspace;
import org.caretwin.lang.workspace.CheckedModel;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** File > Export > Pathway as BPMN 2.0 on the Loire model, and its BPMN imported back as a model that checks clean. */
class BpmnWizardsUiTest {

	@AfterAll
	static void closeEverything() {
		Ui.page().closeAllEditors(false);
	}

	/** The fragment sees no JUnit function types: the failure's message, caught by hand. */
	private static String failureOf(java.util.concurrent.Callable<?> transfer) throws Exception {
		try {
			transfer.call();
		} catch (BpmnTransfer.Failure e) {
			return e.getMessage();
		}
		throw new AssertionError("no failure");
	}

	private static Path location(IFile file) {
		return file.getLocation().toFile().toPath();
	}

	@Test
	void theExportWizardWritesTheSelectedModelsBpmnBesideIt() throws Exception {
		IProject project = Ui.project("bpmnExport", ProjectTemplate.LOIRE);
		IFile care = project.getFile("arthroplasty.care");
		BpmnExportWizard wizard = new BpmnExportWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(care));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(wizard.canFinish(), "the selected file and the .bpmn beside it are filled in");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile bpmn = project.getFile("arthroplasty.bpmn");
		assertTrue(bpmn.exists(), "the workspace shows the new file");
		String xml = Files.readString(location(bpmn), StandardCharsets.UTF_8);
		assertTrue(xml.contains("process") && xml.contains("name=\"Surgery\"") && xml.contains("name=\"Surgeon\""),
				"the pathway's steps and lanes: " + xml.substring(0, Math.min(400, xml.length())));
	}

	@Test
	void theExportedPathwayImportsBackAsAModelWithoutErrors() throws Exception {
		IProject project = Ui.project("bpmnRoundTrip", ProjectTemplate.LOIRE);
		Path bpmn = location(project.getFile("loire.bpmn"));
		BpmnTransfer.export(location(project.getFile("arthroplasty.care")), LaneMode.SETTING, bpmn);
		// A new model folder with the territory, whose sites the pathway's steps name.
		IFolder folder = project.getFolder("imported");
		folder.create(true, true, null);
		folder.getFile("territory.care").create(new ByteArrayInputStream(Files.readAllBytes(
				location(project.getFile("territory.care")))), true, null);
		Path care = location(folder.getFile("pathway.care"));
		assertEquals(java.util.List.of(), BpmnTransfer.importTo(bpmn, care), "a CareTwin export needs no guess");
		CheckedModel imported = CareWorkspace.standalone().modelOf(care);
		assertFalse(imported.hasErrors(), imported.problems().toString());
		assertTrue(Files.readString(care).contains("pathway HipKnee for Arthroplasty"));
	}

	@Test
	void failuresAreOneLineAndWriteNothing() throws Exception {
		IProject project = Ui.project("bpmnFailures", ProjectTemplate.LOIRE);
		Path notBpmn = location(project.getFile("territory.care"));
		Path target = location(project.getFile("nothing.care"));
		String failure = failureOf(() -> BpmnTransfer.importTo(notBpmn, target));
		assertFalse(failure.contains("\n") || failure.contains("Exception"), failure);
		assertFalse(Files.exists(target));
		Path broken = location(project.getFile("arthroplasty.care"));
		Files.writeString(broken, Files.readString(broken).replace("takes 20 min", "takes twenty min"));
		Path out = broken.resolveSibling("broken.bpmn");
		failure = failureOf(() -> {
			BpmnTransfer.export(broken, LaneMode.PROFESSION, out);
			return null;
		});
		assertTrue(failure.startsWith("The model has errors; correct them first: "), failure);
		assertFalse(failure.contains("\n"));
		assertFalse(Files.exists(out));
	}
}
