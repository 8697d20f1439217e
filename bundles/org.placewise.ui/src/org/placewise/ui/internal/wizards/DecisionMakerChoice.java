package org.placewise.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.ui.internal.register.DelegationEdits;

/** A filterable list of decision makers to choose one from. */
public final class DecisionMakerChoice {

	private final List<DecisionMaker> all;
	private final Text filter;
	private final org.eclipse.swt.widgets.List list;
	private final Runnable changed;
	private List<DecisionMaker> shown = List.of();

	DecisionMakerChoice(Composite parent, String title, List<DecisionMaker> all, Runnable changed) {
		this.all = all;
		this.changed = changed;
		Group group = new Group(parent, SWT.NONE);
		group.setText(title.replace("&", ""));
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		filter = new Text(group, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("Filter");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		NewDelegationPage.accessibleName(filter,
				"Filter " + title.replace("&", "").toLowerCase(Locale.UK) + " choices");
		list = new org.eclipse.swt.widgets.List(group, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 120;
		listData.widthHint = 260;
		list.setLayoutData(listData);
		NewDelegationPage.accessibleName(list, title.replace("&", ""));
		filter.addModifyListener(e -> show());
		list.addListener(SWT.Selection, e -> changed.run());
		show();
	}

	private void show() {
		DecisionMaker before = chosen();
		String wanted = filter.getText().strip().toLowerCase(Locale.UK);
		List<DecisionMaker> matching = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (DecisionMaker maker : all) {
			String text = DelegationEdits.choiceText(maker);
			if (wanted.isEmpty() || text.toLowerCase(Locale.UK).contains(wanted)) {
				matching.add(maker);
				items.add(text);
			}
		}
		shown = matching;
		list.setItems(items.toArray(String[]::new));
		int again = before == null ? -1 : shown.indexOf(before);
		if (again >= 0) {
			list.select(again);
		}
		changed.run();
	}

	/** @param text the filter */
	public void setFilter(String text) {
		filter.setText(text);
	}

	/** @return the decision makers the list shows */
	public List<DecisionMaker> shown() {
		return shown;
	}

	/** @param maker the one to choose; it must be shown */
	public void choose(DecisionMaker maker) {
		int index = shown.indexOf(maker);
		if (index < 0) {
			throw new IllegalArgumentException(DelegationEdits.choiceText(maker) + " is not in the list");
		}
		list.select(index);
		changed.run();
	}

	/** @return the decision maker chosen, or {@code null} */
	public DecisionMaker chosen() {
		if (list == null) {
			return null;
		}
		int index = list.getSelectionIndex();
		return index < 0 || index >= shown.size() ? null : shown.get(index);
	}
}
