package org.caretwin.editor.results;

import java.util.ArrayList;
import java.util.List;

import org.caretwin.editor.run.ExperimentRun;
import org.caretwin.experiment.SizingRows;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;

/**
 * The static capacity sizing of every scenario, zones by resources, in the rows {@code caretwin size} prints; the load
 * cell is coloured on the scale of the report's heat map, and the flags that call for action stand out.
 */
final class SizingTab {

	/** A row of the sizing of one scenario. */
	record Entry(String scenario, SizingRows.Row row) {
	}

	/** The yellow-orange-red ramp of the report's heat map, from no load to its full scale. */
	private static final int[] RAMP = { 0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026 };
	/** The load at which the scale reaches its darkest colour, as in the report's heat map. */
	private static final double FULL_SCALE = 1.2;

	private final TableViewer viewer;

	SizingTab(CTabFolder tabs) {
		viewer = Columns.tab(tabs, "Sizing");
		Columns.add(viewer, "Scenario", 125, (Entry e) -> e.scenario());
		Columns.add(viewer, "Resource", 130, (Entry e) -> e.row().resource());
		Columns.add(viewer, "Zone", 110, (Entry e) -> e.row().zone());
		Columns.add(viewer, "Units", 75, (Entry e) -> e.row().units(), SWT.RIGHT);
		Columns.add(viewer, "Demand h/year", 125, (Entry e) -> e.row().demand(), SWT.RIGHT);
		Columns.add(viewer, "P5 - P95", 130, (Entry e) -> e.row().band(), SWT.RIGHT);
		Columns.add(viewer, "Available h/year", 135, (Entry e) -> e.row().available(), SWT.RIGHT);
		Columns.add(viewer, "Load", 70, (Entry e) -> e.row().load(), SWT.RIGHT, SizingTab::loadText, SizingTab::loadColour);
		Columns.add(viewer, "Units needed", 115, (Entry e) -> e.row().needed(), SWT.RIGHT);
		Columns.add(viewer, "Gap", 70, (Entry e) -> e.row().gap(), SWT.RIGHT);
		Columns.add(viewer, "Flag", 260, (Entry e) -> e.row().flag(), SWT.LEFT, SizingTab::flagColour, e -> null);
	}

	void show(ExperimentRun run) {
		List<Entry> entries = new ArrayList<>();
		run.details().sizing().forEach((scenario, lines) -> SizingRows.of(lines).forEach(row -> entries.add(new Entry(scenario, row))));
		viewer.setInput(entries);
	}

	Table table() {
		return viewer.getTable();
	}

	/** Yellow through orange to red as the load goes from 0 to 120%, as in the report's heat map. */
	static RGB loadRgb(double load) {
		double position = Math.min(Math.max(load / FULL_SCALE, 0), 1) * (RAMP.length - 1);
		int stop = Math.min((int) position, RAMP.length - 2);
		return mix(rgb(RAMP[stop]), rgb(RAMP[stop + 1]), position - stop);
	}

	private static RGB rgb(int hex) {
		return new RGB(hex >> 16 & 0xff, hex >> 8 & 0xff, hex & 0xff);
	}

	private static Color loadColour(Entry e) {
		return e.row().isUnlimited() ? null : new Color(loadRgb(e.row().loadShare()));
	}

	private static Color loadText(Entry e) {
		return !e.row().isUnlimited() && e.row().loadShare() / FULL_SCALE > 0.55 ? new Color(255, 255, 255) : null;
	}

	private static Color flagColour(Entry e) {
		return switch (e.row().severity()) {
		case "bad" -> new Color(185, 28, 28);
		case "warn" -> new Color(180, 83, 9);
		default -> null;
		};
	}

	private static RGB mix(RGB from, RGB to, double t) {
		return new RGB((int) Math.round(from.red + (to.red - from.red) * t), (int) Math.round(from.green + (to.green - from.green) * t),
				(int) Math.round(from.blue + (to.blue - from.blue) * t));
	}
}
