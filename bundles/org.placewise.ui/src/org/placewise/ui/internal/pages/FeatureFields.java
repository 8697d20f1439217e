package org.placewise.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.placewise.model.edit.label.PlacewiseLabels;

/**
 * Labelled fields of one object shown on a form page (a board's quorum, a measure's target), each edit a command on the
 * editing domain. Text is applied when the user presses Enter or leaves the field; a value that cannot be used is
 * refused, said in the status line, and the model stays as it was. A field may belong to an object held by the one
 * shown (a board's terms of reference): when that object does not exist yet, the first value typed creates it, in the
 * same undoable command.
 */
public final class FeatureFields {

	private final Composite parent;
	private final FormToolkit toolkit;
	private final EditingDomain domain;
	private final Consumer<String> status;
	private final List<Field> fields = new ArrayList<>();
	private EObject subject;

	/**
	 * @param parent  a composite with a two-column {@code GridLayout}: labels, then fields
	 * @param toolkit the form's toolkit
	 * @param domain  the editing domain
	 * @param status  told why a value was refused (empty text when the last value was applied)
	 */
	public FeatureFields(Composite parent, FormToolkit toolkit, EditingDomain domain, Consumer<String> status) {
		this.parent = parent;
		this.toolkit = toolkit;
		this.domain = domain;
		this.status = status;
	}

	/** One field: a feature of the subject, or of an object the subject holds through {@code via}. */
	private abstract class Field {
		final String name;
		final EReference via;
		final EStructuralFeature feature;

		Field(String name, EReference via, EStructuralFeature feature) {
			this.name = name;
			this.via = via;
			this.feature = feature;
		}

		/** @return the object holding the feature, {@code null} when it does not exist yet */
		EObject owner() {
			if (subject == null) {
				return null;
			}
			return via == null ? subject : (EObject) subject.eGet(via);
		}

		Object value() {
			EObject owner = owner();
			return owner == null ? null : owner.eGet(feature);
		}

		/** @return the command giving the feature a value, or {@code null} when it has it already */
		Command set(Object value) {
			EObject owner = owner();
			if (owner != null) {
				return FieldText.set(domain, owner, feature, value);
			}
			if (subject == null || value == null) {
				return null;
			}
			EObject created = EcoreUtil.create((EClass) via.getEType());
			created.eSet(feature, value);
			return SetCommand.create(domain, subject, via, created);
		}

		void apply(Object value) {
			Command command = set(value);
			status.accept("");
			if (command != null && command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}

		abstract Control control();

		abstract void show();
	}

	private final class TextField extends Field {
		final FieldText.Kind kind;
		final Text text;

		TextField(String label, EReference via, EStructuralFeature feature, FieldText.Kind kind, boolean lines) {
			super(label.replace("&", "").replace(":", ""), via, feature);
			this.kind = kind;
			Label caption = toolkit.createLabel(parent, label);
			caption.setLayoutData(new GridData(SWT.LEFT, lines ? SWT.TOP : SWT.CENTER, false, false));
			text = toolkit.createText(parent, "", lines ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
			toolkit.paintBordersFor(parent);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			if (lines) {
				data.heightHint = 48;
			}
			text.setLayoutData(data);
			if (!lines) {
				text.addListener(SWT.DefaultSelection, e -> commit());
			} else {
				// Tab leaves a many-line field, as in any other field; Ctrl+Enter applies it
				text.addListener(SWT.Traverse, e -> {
					if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
						e.doit = true;
					}
				});
			}
			text.addListener(SWT.FocusOut, e -> commit());
		}

		void commit() {
			if (text.isDisposed() || subject == null || text.getText().equals(kind.editText(value()))) {
				return;
			}
			String problem = kind.problem(text.getText());
			if (problem != null) {
				status.accept(name + ": " + problem);
				return;
			}
			apply(kind.read(text.getText()));
		}

		@Override
		Control control() {
			return text;
		}

		@Override
		void show() {
			String shown = kind.editText(value());
			if (!text.getText().equals(shown)) {
				text.setText(shown);
			}
			text.setEnabled(subject != null);
		}
	}

	private final class ChoiceField extends Field {
		final Supplier<List<?>> choices;
		final Combo combo;
		List<Object> items = List.of();

		ChoiceField(String label, EReference via, EStructuralFeature feature, Supplier<List<?>> choices) {
			super(label.replace("&", "").replace(":", ""), via, feature);
			this.choices = choices;
			Label caption = toolkit.createLabel(parent, label);
			caption.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
			combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setVisibleItemCount(20);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			toolkit.adapt(combo, true, true);
			combo.addListener(SWT.Selection, e -> {
				int index = combo.getSelectionIndex();
				if (subject != null && index >= 0 && index < items.size()) {
					apply(items.get(index));
				}
			});
		}

		@Override
		Control control() {
			return combo;
		}

		@Override
		void show() {
			if (subject == null) {
				items = List.of();
				combo.setItems();
				combo.setEnabled(false);
				return;
			}
			List<Object> now = new ArrayList<>();
			if (!feature.isRequired() && !(feature.getEType().getInstanceClass() != null
					&& Enumerator.class.isAssignableFrom(feature.getEType().getInstanceClass()))) {
				now.add(null);
			}
			now.addAll(choices.get());
			Object value = value();
			if (value != null && !now.contains(value)) {
				now.add(value);
			}
			if (!now.equals(items)) {
				items = now;
				combo.setItems(items.stream().map(FeatureFields::choiceText).toArray(String[]::new));
			}
			combo.select(items.indexOf(value));
			combo.setEnabled(subject != null);
		}
	}

	/** @return how a choice reads in a list: a literal's words, an object's name, "(none)" */
	static String choiceText(Object choice) {
		if (choice == null) {
			return "(none)";
		}
		if (choice instanceof Enumerator literal) {
			return PlacewiseLabels.literal(literal);
		}
		return PlacewiseLabels.name(choice);
	}

	/**
	 * Adds a field edited as text.
	 *
	 * @param label   its label, with a mnemonic ("&amp;Quorum:")
	 * @param via     the reference from the subject to the feature's owner, {@code null} for the subject itself
	 * @param feature the feature
	 * @param kind    how the text is read
	 * @param lines   whether it takes several lines
	 * @return the text control
	 */
	public Text text(String label, EReference via, EStructuralFeature feature, FieldText.Kind kind, boolean lines) {
		TextField field = new TextField(label, via, feature, kind, lines);
		fields.add(field);
		return field.text;
	}

	/**
	 * Adds a field chosen from a list: an enumeration's literals or objects of the model (with "(none)" first when the
	 * feature may be empty).
	 *
	 * @return the combo
	 */
	public Combo choice(String label, EReference via, EStructuralFeature feature, Supplier<List<?>> choices) {
		ChoiceField field = new ChoiceField(label, via, feature, choices);
		fields.add(field);
		return field.combo;
	}

	/** Adds a sub-heading across both columns, for the fields that follow ("Terms of reference"). */
	public void heading(String text) {
		Label heading = toolkit.createLabel(parent, text);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}

	/** Shows an object's values in the fields (none, disabled, for {@code null}). */
	public void show(EObject shown) {
		subject = shown;
		for (Field field : fields) {
			field.show();
		}
	}

	/** @return the object shown */
	public EObject subject() {
		return subject;
	}

	/**
	 * Types a value into a field and applies it, as Enter would.
	 *
	 * @param label the field's label without mnemonic or colon, in any case ("quorum")
	 * @param text  what is typed
	 */
	public void type(String label, String text) {
		Field field = field(label);
		if (field instanceof TextField textField) {
			textField.text.setText(text);
			textField.commit();
		} else {
			throw new IllegalArgumentException(label + " is not a text field");
		}
	}

	/** @return the control of a field, by its label without mnemonic or colon */
	public Control control(String label) {
		return field(label).control();
	}

	private Field field(String label) {
		String wanted = label.toLowerCase(Locale.UK);
		return fields.stream().filter(f -> f.name.toLowerCase(Locale.UK).equals(wanted)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no field " + label));
	}

	/** @return the fields' labels, in order */
	public List<String> labels() {
		return fields.stream().map(f -> f.name).toList();
	}
}
