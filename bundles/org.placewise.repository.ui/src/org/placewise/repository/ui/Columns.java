package org.placewise.repository.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** The text columns of the Repository and History views' tables. */
final class Columns {

	private Columns() {
	}

	/**
	 * Adds a column that shows a text of each row.
	 *
	 * @param <R>     the type of the rows
	 * @param viewer  the table
	 * @param type    the type of the rows
	 * @param heading the column's heading
	 * @param width   its width in pixels
	 * @param text    the text of a row in it
	 */
	static <R> void add(TableViewer viewer, Class<R> type, String heading, int width, Function<R, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(heading);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : "";
			}
		});
	}
}
