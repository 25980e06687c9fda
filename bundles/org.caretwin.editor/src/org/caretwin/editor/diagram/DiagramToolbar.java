package org.caretwin.editor.diagram;

import org.caretwin.diagram.LaneMode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** The Diagram page's toolbar: lanes (by profession, by care setting, none), zoom, and export. */
final class DiagramToolbar {

	private final ToolBar bar;

	DiagramToolbar(Composite parent, DiagramEditor editor) {
		bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		ToolItem title = new ToolItem(bar, SWT.PUSH);
		title.setText("Lanes:");
		title.setEnabled(false);
		lane(editor, "By profession", "One lane per profession: the first resource of each step", LaneMode.PROFESSION);
		lane(editor, "By setting", "One lane per care setting: site, community, home, remote", LaneMode.SETTING);
		lane(editor, "None", "The flow alone, without lanes", LaneMode.NONE);
		new ToolItem(bar, SWT.SEPARATOR);
		push(editor, "Fit", "Zoom so that the whole diagram is visible", () -> editor.view().fit());
		push(editor, "Zoom In", "Zoom in", () -> editor.view().zoom(1.25));
		push(editor, "Zoom Out", "Zoom out", () -> editor.view().zoom(0.8));
		new ToolItem(bar, SWT.SEPARATOR);
		push(editor, "Export SVG...", "Save the diagram as an SVG file", () -> editor.export().svg());
		push(editor, "Export PNG...", "Save the diagram as a PNG image", () -> editor.export().png());
	}

	ToolBar control() {
		return bar;
	}

	private void lane(DiagramEditor editor, String text, String tip, LaneMode mode) {
		ToolItem item = new ToolItem(bar, SWT.RADIO);
		item.setText(text);
		item.setToolTipText(tip);
		item.setSelection(mode == editor.lanes());
		item.addListener(SWT.Selection, e -> {
			if (item.getSelection() && editor.view() != null) {
				editor.setLanes(mode);
			}
		});
	}

	/** A button that does nothing without a browser (the page then says why there is no diagram). */
	private void push(DiagramEditor editor, String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> {
			if (editor.view() != null) {
				action.run();
			}
		});
	}
}
