package org.caretwin.editor.results;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.caretwin.editor.run.ExperimentRun;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/** Export Charts as SVG... / as PNG...: every chart of the run on show, one file each, into a chosen folder. */
final class ExportChartsAction extends Action {

	private final boolean svg;
	private final ChartsTab charts;
	private final Supplier<ExperimentRun> shown;
	private final Supplier<Shell> shell;

	ExportChartsAction(boolean svg, ChartsTab charts, Supplier<ExperimentRun> shown, Supplier<Shell> shell) {
		super(svg ? "Export Charts as SVG..." : "Export Charts as PNG...");
		setToolTipText(svg ? "Write every chart as a scalable SVG file, for reports and slides"
				: "Write every chart as a PNG image at twice the screen resolution");
		this.svg = svg;
		this.charts = charts;
		this.shown = shown;
		this.shell = shell;
	}

	@Override
	public void run() {
		ExperimentRun run = shown.get();
		if (run == null || !charts.canExport()) {
			MessageDialog.openInformation(shell.get(), getText(), "No charts on show: run an experiment first.");
			return;
		}
		DirectoryDialog dialog = new DirectoryDialog(shell.get());
		dialog.setText(getText());
		dialog.setMessage("Folder for the charts of " + run.result().plan().name());
		dialog.setFilterPath(run.file().getParent().getLocation().toOSString());
		String folder = dialog.open();
		if (folder != null) {
			charts.export(Path.of(folder), svg, export -> report(run, folder, export));
		}
	}

	private void report(ExperimentRun run, String folder, ChartsTab.Export export) {
		try {
			run.file().getProject().refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
		} catch (org.eclipse.core.runtime.CoreException outsideWorkspace) {
			// The folder may be anywhere: nothing to refresh then.
		}
		if (!export.failed().isEmpty()) {
			MessageDialog.openError(shell.get(), getText(), export.written().size() + " chart(s) written into " + folder
					+ "; not written: " + String.join("; ", export.failed()));
		} else {
			MessageDialog.openInformation(shell.get(), getText(), export.written().size() + " chart(s) written into " + folder
					+ ":\n" + export.written().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining("\n")));
		}
	}
}
