package org.placewise.ui.internal.pages;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.placewise.checks.Finding;

/**
 * The layout the Boards and Measures pages share: on the left a filter and a table of objects edited in place; on the
 * right, for the object selected, its fields under a heading, the findings on it spelt out, a status line saying why a
 * typed value was refused, and sections of the page's own below (members, observations).
 *
 * @param <T> the type of the objects listed
 */
final class MasterDetail<T extends EObject> {

	private final Text filter;
	private final EditableRows<T> list;
	private final FormToolkit toolkit;
	private final Composite details;
	private final Section section;
	private final FeatureFields fields;
	private final Label findingsText;
	private final Label status;

	/**
	 * @param parent      the page body
	 * @param toolkit     the form's toolkit
	 * @param domain      the editing domain
	 * @param filterLabel the filter's label, with a mnemonic ("Fil&amp;ter boards:")
	 * @param filterHint  the text shown in the empty filter
	 * @param listName    the list's accessible name; the filter is "Filter " + it in lower case
	 * @param rows        the objects listed, for the filter's text (lower case, stripped; empty for all)
	 * @param columns     the list's columns
	 * @param findings    the model's findings
	 */
	MasterDetail(Composite parent, FormToolkit toolkit, EditingDomain domain, String filterLabel, String filterHint,
			String listName, Function<String, List<T>> rows, List<RowColumn<T>> columns, FindingsIndex findings) {
		this.toolkit = toolkit;
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		Composite left = toolkit.createComposite(sash);
		left.setLayout(new GridLayout(2, false));
		toolkit.createLabel(left, filterLabel);
		filter = toolkit.createText(left, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage(filterHint);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		TableEditing.accessibleName(filter, "Filter " + listName.toLowerCase(Locale.UK));
		Composite tableArea = toolkit.createComposite(left);
		tableArea.setLayout(new GridLayout(1, false));
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		list = new EditableRows<>(tableArea, listName, domain,
				() -> rows.apply(filter.isDisposed() ? "" : filter.getText().strip().toLowerCase(Locale.UK)), columns,
				findings);
		filter.addModifyListener(e -> list.refresh());

		ScrolledForm right = toolkit.createScrolledForm(sash);
		details = right.getBody();
		details.setLayout(new GridLayout(1, false));
		section = toolkit.createSection(details, Section.TITLE_BAR);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite grid = toolkit.createComposite(section);
		grid.setLayout(new GridLayout(2, false));
		section.setClient(grid);
		status = toolkit.createLabel(details, "", SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fields = new FeatureFields(grid, toolkit, domain, text -> {
			status.setText(text);
			details.layout(true);
		});
		findingsText = toolkit.createLabel(grid, "", SWT.WRAP);
		sash.setWeights(2, 3);
	}

	/** Puts the findings line after the fields; call once the fields are added. */
	void fieldsDone(String findingsName) {
		findingsText.moveBelow(null);
		GridData findingsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		findingsData.widthHint = 300;
		findingsText.setLayoutData(findingsData);
		TableEditing.accessibleName(findingsText, findingsName);
	}

	/**
	 * Adds a titled section under the fields.
	 *
	 * @param title  its heading
	 * @param grab   whether it takes the height left over
	 * @param height its height when it does not
	 * @return the area to put its controls in (a one-column {@code GridLayout})
	 */
	Composite section(String title, boolean grab, int height) {
		Section added = toolkit.createSection(details, Section.TITLE_BAR);
		added.setText(title);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, grab);
		if (!grab) {
			data.heightHint = height;
		}
		added.setLayoutData(data);
		Composite area = toolkit.createComposite(added);
		area.setLayout(new GridLayout(1, false));
		added.setClient(area);
		return area;
	}

	/**
	 * Shows an object's fields and findings (none for {@code null}).
	 *
	 * @param shown   the object selected, or {@code null}
	 * @param heading the section's heading
	 * @param found   the findings on it (and on what it holds)
	 */
	void show(T shown, String heading, List<Finding> found) {
		fields.show(shown);
		section.setText(heading);
		findingsText.setText(shown == null ? ""
				: found.isEmpty() ? "No findings on it." : FindingsIndex.sentences(found));
		details.layout(true, true);
	}

	/** @return the object selected, {@code null} unless exactly one is */
	T selected() {
		List<T> selected = list.selected();
		return selected.size() == 1 ? selected.get(0) : null;
	}

	/** Selects an object's row, clearing the filter first when it hides it. */
	void select(T row) {
		if (!filter.getText().isEmpty()) {
			filter.setText("");
		}
		list.refresh();
		list.viewer().setSelection(new StructuredSelection(row), true);
	}

	/** Clears the filter, so that every object is listed. */
	void clearFilter() {
		filter.setText("");
	}

	EditableRows<T> list() {
		return list;
	}

	FeatureFields fields() {
		return fields;
	}

	String status() {
		return status.getText();
	}

	String findingsShown() {
		return findingsText.getText();
	}
}
