package org.caretwin.editor.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.experiment.CsvReport;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/** Export CSV...: the KPI, replication and comparison tables of the run on show, as {@code --csv DIR} writes them. */
public final class ExportCsvAction extends Action {

	private final Supplier<ExperimentRun> shown;
	private final Supplier<Shell> shell;

	ExportCsvAction(Supplier<ExperimentRun> shown, Supplier<Shell> shell) {
		super("Export CSV...");
		setToolTipText("Write kpis.csv, replications.csv and comparisons.csv of this run into a folder");
		setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		this.shown = shown;
		this.shell = shell;
	}

	@Override
	public void run() {
		ExperimentRun run = shown.get();
		if (run == null) {
			return;
		}
		DirectoryDialog dialog = new DirectoryDialog(shell.get());
		dialog.setText("Export CSV");
		dialog.setMessage("Folder for kpis.csv, replications.csv and comparisons.csv");
		dialog.setFilterPath(run.file().getParent().getLocation().toOSString());
		String folder = dialog.open();
		if (folder != null) {
			export(run, Path.of(folder), shell.get());
		}
	}

	/** Writes the files, all or none; says where, or why not. */
	public static List<Path> export(ExperimentRun run, Path folder, Shell shell) {
		try {
			List<Path> written = CsvReport.write(run.result(), folder);
			run.file().getParent().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
			return written;
		} catch (IOException e) {
			MessageDialog.openError(shell, "Export CSV", "Cannot write into " + folder + ": " + e.getMessage()
					+ "; nothing was written.");
			return List.of();
		} catch (org.eclipse.core.runtime.CoreException e) {
			return List.of();
		}
	}
}
