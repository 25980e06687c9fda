package org.caretwin.editor.results;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Color;

/** The tables of the result view: a tab holding a table, and columns that say their text and colours per row. */
final class Columns {

	private Columns() {
	}

	static TableViewer tab(CTabFolder tabs, String title) {
		CTabItem tab = new CTabItem(tabs, SWT.NONE);
		tab.setText(title);
		TableViewer viewer = new TableViewer(tabs, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		tab.setControl(viewer.getTable());
		return viewer;
	}

	static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text) {
		add(viewer, title, width, text, SWT.LEFT, row -> null, row -> null);
	}

	static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text, int alignment) {
		add(viewer, title, width, text, alignment, row -> null, row -> null);
	}

	/** A column whose cells may have their own colours; a {@code null} colour is the table's. */
	static <T> void add(TableViewer viewer, String title, int width, Function<T, String> text, int alignment,
			Function<T, Color> foreground, Function<T, Color> background) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				return text.apply((T) element);
			}

			@Override
			@SuppressWarnings("unchecked")
			public Color getForeground(Object element) {
				return foreground.apply((T) element);
			}

			@Override
			@SuppressWarnings("unchecked")
			public Color getBackground(Object element) {
				return background.apply((T) element);
			}
		});
	}
}
