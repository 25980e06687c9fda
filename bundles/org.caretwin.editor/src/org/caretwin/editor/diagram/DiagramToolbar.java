package org.caretwin.editor.diagram;

import org.caretwin.diagram.DiagramIds;
import org.caretwin.diagram.LaneMode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The Diagram page's toolbar: lanes (by profession, by care setting, none), zoom, export, and the edits of the
 * pathway, made on the step or flow last clicked.
 */
final class DiagramToolbar {

	private final Composite control;
	/** The bar the items being made go to. */
	private ToolBar bar;

	DiagramToolbar(Composite parent, DiagramEditor editor) {
		// two bars, the view's and the edits', side by side when the editor is wide, the edits under it when narrow
		control = new Composite(parent, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.marginTop = rows.marginBottom = rows.marginRight = 0;
		rows.center = true;
		control.setLayout(rows);
		new Label(control, SWT.NONE).setText("Lanes:");
		bar = new ToolBar(control, SWT.FLAT | SWT.RIGHT);
		lane(editor, "By profession", "One lane per profession: the first resource of each step", LaneMode.PROFESSION);
		lane(editor, "By setting", "One lane per care setting: site, community, home, remote", LaneMode.SETTING);
		lane(editor, "None", "The flow alone, without lanes", LaneMode.NONE);
		new ToolItem(bar, SWT.SEPARATOR);
		push(editor, "Fit", "Zoom so that the whole diagram is visible", () -> editor.fit());
		push(editor, "Zoom In", "Zoom in", () -> editor.view().zoom(1.25));
		push(editor, "Zoom Out", "Zoom out", () -> editor.view().zoom(0.8));
		new ToolItem(bar, SWT.SEPARATOR);
		push(editor, "Export SVG...", "Save the diagram as an SVG file", () -> editor.export().svg());
		push(editor, "Export PNG...", "Save the diagram as a PNG image", () -> editor.export().png());
		bar = new ToolBar(control, SWT.FLAT | SWT.RIGHT);
		ToolItem glsp = new ToolItem(bar, SWT.CHECK);
		glsp.setText("GLSP Canvas");
		glsp.setToolTipText("Edit on GLSP's canvas: its palette, drag to move, drag from a node to draw a flow, F2 to rename, "
				+ "Delete; off: the diagram with the last run's results and replay");
		glsp.addListener(SWT.Selection, e -> {
			if (editor.view() != null) {
				editor.showGlspCanvas(glsp.getSelection());
			}
		});
		ToolItem connect = new ToolItem(bar, SWT.CHECK);
		connect.setText("Connect");
		connect.setToolTipText("Draw a flow: drag from a step to the step its patients go to next");
		connect.addListener(SWT.Selection, e -> {
			if (editor.view() != null) {
				editor.view().connect(connect.getSelection());
			}
		});
		onStep(editor, "Insert Step...", "Add a step after the selected one", step -> editor.gestures().insertAfter(step));
		onStep(editor, "Rename...", "Rename the selected step here and wherever it is named (or double-click it)",
				step -> editor.gestures().rename(step));
		onStep(editor, "Delay...", "Plan a wait before the selected step (a timer event)",
				step -> editor.gestures().delayBefore(step));
		onStep(editor, "End Here", "Patients leave the pathway after the selected step", step -> editor.gestures().endAfter(step));
		onStep(editor, "Delete Step", "Remove the selected step; its patients go where it sent them", step -> editor.gestures().delete(step));
		onFlow(editor, "Remove Flow", "Remove the selected flow; its share goes to the others", flow -> editor.gestures().removeFlow(flow));
		onFlow(editor, "Reconnect...", "Send the selected flow to another step",
				flow -> editor.gestures().reconnect(flow, editor.steps()));
		push(editor, "Tidy Up", "Forget the moves and lay the diagram out again", () -> editor.tidyUp());
	}

	private void onStep(DiagramEditor editor, String text, String tip, java.util.function.Consumer<String> action) {
		push(editor, text, tip, () -> {
			String step = DiagramIds.stepOf(editor.selected());
			if (step == null) {
				editor.gestures().say("Click a step of the diagram first.");
			} else {
				action.accept(step);
			}
		});
	}

	private void onFlow(DiagramEditor editor, String text, String tip,
			java.util.function.Consumer<DiagramIds.Flow> action) {
		push(editor, text, tip, () -> {
			DiagramIds.Flow flow = DiagramIds.flowOf(editor.selected());
			if (flow == null) {
				editor.gestures().say("Click a flow between two steps first.");
			} else {
				action.accept(flow);
			}
		});
	}

	Composite control() {
		return control;
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
