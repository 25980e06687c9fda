package org.caretwin.editor.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import org.caretwin.editor.run.ExperimentRun;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;

/**
 * Open HTML Report: the report {@code caretwin simulate --html} writes for this run, with the same numbers, in the
 * editor area. It goes to the workbench's own state folder, never into the user's project.
 */
final class OpenReportAction extends Action {

	private final Supplier<ExperimentRun> shown;
	private final Supplier<IWorkbenchPage> page;

	OpenReportAction(Supplier<ExperimentRun> shown, Supplier<IWorkbenchPage> page) {
		super("Open HTML Report");
		setToolTipText("Open the self-contained HTML report of this run (the one caretwin simulate --html writes)");
		setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_OBJ_FILE));
		this.shown = shown;
		this.page = page;
	}

	@Override
	public void run() {
		ExperimentRun run = shown.get();
		if (run == null) {
			return;
		}
		BusyIndicator.showWhile(page.get().getWorkbenchWindow().getShell().getDisplay(), () -> open(run, page.get()));
	}

	/** Writes the report of {@code run} and opens it; returns its file, or {@code null} when it could not. */
	static Path open(ExperimentRun run, IWorkbenchPage page) {
		Path report = reportFile(run);
		try {
			Files.createDirectories(report.getParent());
			Path partial = Files.createTempFile(report.getParent(), ".report", ".part");
			try {
				Files.writeString(partial, run.htmlReport().get(), StandardCharsets.UTF_8);
				Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(partial);
			}
			page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(report.toUri())), ReportEditor.ID);
			return report;
		} catch (IOException | PartInitException | RuntimeException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open HTML Report", "The report of "
					+ run.result().plan().name() + " could not be written or opened: " + e.getMessage());
			return null;
		}
	}

	/** {@code <state>/reports/<project>-<file>-<experiment>.html}: one per experiment, the latest run. */
	static Path reportFile(ExperimentRun run) {
		String name = (run.file().getProject().getName() + "-" + run.file().getName().replace(".care", "") + "-"
				+ run.result().plan().name()).replaceAll("[^A-Za-z0-9._-]", "_");
		return Path.of(Platform.getStateLocation(org.osgi.framework.FrameworkUtil.getBundle(OpenReportAction.class))
				.toOSString(), "reports", name + ".html");
	}
}
