package org.caretwin.editor.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves the diagram shown: as SVG, the document of the diagram bundle byte for byte; as PNG, drawn by the browser
 * at twice the diagram's size. Failures are messages, never stack traces.
 */
final class DiagramExport {

	private static final String PNG_DATA = "data:image/png;base64,";

	private final Shell shell;
	private final IFile file;
	private final DiagramView view;
	private final Supplier<String> svg;
	private Path pngTarget;
	private boolean quiet;

	DiagramExport(Shell shell, IFile file, DiagramView view, Supplier<String> svg) {
		this.shell = shell;
		this.file = file;
		this.view = view;
		this.svg = svg;
	}

	void svg() {
		if (svg.get() == null) {
			MessageDialog.openInformation(shell, "Export SVG", "There is no diagram to export yet.");
			return;
		}
		Path target = ask("svg");
		if (target != null) {
			write(target, svg.get().getBytes(StandardCharsets.UTF_8), "Export SVG");
		}
	}

	void png() {
		if (svg.get() == null) {
			MessageDialog.openInformation(shell, "Export PNG", "There is no diagram to export yet.");
			return;
		}
		pngTarget = ask("png");
		quiet = false;
		if (pngTarget != null) {
			view.requestPng();
		}
	}

	/** The browser's answer to {@link DiagramView#requestPng()}: a PNG data URL, or null when it could not draw one. */
	void pngReady(String dataUrl) {
		Path target = pngTarget;
		pngTarget = null;
		if (target == null) {
			return;
		}
		if (dataUrl == null || !dataUrl.startsWith(PNG_DATA)) {
			if (quiet) {
				return;
			}
			MessageDialog.openError(shell, "Export PNG", "The browser could not draw the diagram as an image; "
					+ "export it as SVG instead.");
			return;
		}
		write(target, Base64.getDecoder().decode(dataUrl.substring(PNG_DATA.length())), "Export PNG");
	}

	/** Exports to {@code target} without asking or telling; for tests. */
	void pngTo(Path target) {
		pngTarget = target;
		quiet = true;
		view.requestPng();
	}

	private Path ask(String extension) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(file.getName().replaceFirst("\\.care$", "") + "." + extension);
		if (file.getParent().getLocation() != null) {
			dialog.setFilterPath(file.getParent().getLocation().toOSString());
		}
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	private void write(Path target, byte[] bytes, String title) {
		try {
			Files.write(target, bytes);
			file.getParent().refreshLocal(1, null);
		} catch (IOException e) {
			MessageDialog.openError(shell, title, "Cannot write " + target + ": " + e.getMessage());
		} catch (CoreException e) {
			// Written; the workspace shows the file at its next refresh.
		}
	}
}
