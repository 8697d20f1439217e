package org.placewise.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The palette beside a {@link DiagramViewer}: one toggle button per creation tool that fits the diagram shown, under
 * the heading "Create". Choosing a button chooses its tool in the viewer and gives the viewer the keyboard focus, so
 * that the next click, or Enter on the focused element, uses it; the button stays pressed while the tool is chosen. The
 * buttons are ordinary controls in the tab order, so the palette is reached with the keyboard (Ctrl+Shift+Tab out of
 * the diagram when the palette comes before it) and a button is pressed with Space.
 */
public final class DiagramPalette extends Composite {

	private final DiagramViewer viewer;
	private final Label heading;
	private final List<Button> buttons = new ArrayList<>();
	private final Label empty;

	/**
	 * @param parent  the parent
	 * @param viewer  the viewer whose tool the palette chooses
	 * @param heading the heading above the buttons, e.g. "Create"
	 * @param none    what the palette says when the diagram has no tools
	 */
	public DiagramPalette(Composite parent, DiagramViewer viewer, String heading, String none) {
		super(parent, SWT.NONE);
		this.viewer = Objects.requireNonNull(viewer, "viewer");
		var layout = new GridLayout(1, false);
		layout.marginWidth = 4;
		layout.verticalSpacing = 3;
		setLayout(layout);
		this.heading = new Label(this, SWT.NONE);
		this.heading.setText(heading);
		empty = new Label(this, SWT.WRAP);
		empty.setText(none);
		empty.setLayoutData(hidden(true));
		viewer.addToolChangeListener(this::showChosen);
	}

	/**
	 * Shows these tools, and puts down any tool chosen in the viewer.
	 *
	 * @param tools the tools that fit the diagram shown, in palette order
	 */
	public void setTools(List<DiagramTool> tools) {
		checkWidget();
		viewer.setTool(null);
		buttons.forEach(Button::dispose);
		buttons.clear();
		for (DiagramTool t : tools) {
			var button = new Button(this, SWT.TOGGLE);
			button.setText(t.label());
			button.setToolTipText(t.hint());
			button.setData(t);
			button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			button.addListener(SWT.Selection, e -> choose(button));
			buttons.add(button);
		}
		empty.setLayoutData(hidden(!tools.isEmpty()));
		empty.setVisible(tools.isEmpty());
		layout(true, true);
		getParent().layout(true, true);
	}

	private static GridData hidden(boolean exclude) {
		var data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 120;
		data.exclude = exclude;
		return data;
	}

	/** @return the tools shown */
	public List<DiagramTool> getTools() {
		return buttons.stream().map(b -> (DiagramTool) b.getData()).toList();
	}

	/**
	 * @param tool a tool shown
	 * @return its button, or {@code null}
	 */
	public Button buttonOf(DiagramTool tool) {
		return buttons.stream().filter(b -> b.getData().equals(tool)).findFirst().orElse(null);
	}

	/**
	 * Chooses a tool as pressing its button does.
	 *
	 * @param tool one of the tools shown
	 */
	public void choose(DiagramTool tool) {
		Button b = buttonOf(tool);
		if (b != null) {
			b.setSelection(true);
			choose(b);
		}
	}

	private void choose(Button button) {
		DiagramTool t = (DiagramTool) button.getData();
		viewer.setTool(button.getSelection() ? t : null);
		if (button.getSelection()) {
			viewer.setFocus();
		}
	}

	private void showChosen(DiagramTool chosen) {
		for (Button b : buttons) {
			if (!b.isDisposed()) {
				b.setSelection(b.getData().equals(chosen));
			}
		}
	}

	/** @return the heading control (for tests and accessibility) */
	Control heading() {
		return heading;
	}
}
