package org.placewise.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * The Properties view of a model object, from its EMF.Edit property descriptors (with their categories). Text, number,
 * money and date values are edited in place; references (the delegator of a delegation, the chair of a board),
 * enumerations and yes/no values are chosen from a list. Each edit is a command on the editing domain's stack, so it
 * can be undone.
 */
public final class ModelPropertySource implements IPropertySource {
	private final Object object;
	private final IItemPropertySource itemSource;

	/**
	 * @param object         the model object
	 * @param adapterFactory the item providers of its model
	 */
	public ModelPropertySource(Object object, AdapterFactory adapterFactory) {
		this.object = object;
		this.itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		if (itemSource == null) {
			return new IPropertyDescriptor[0];
		}
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
			String id = item.getId(object);
			PropertyDescriptor descriptor = isTextEditable(item)
					? new TextPropertyDescriptor(id, item.getDisplayName(object))
					: isChoice(item) ? new ChoicePropertyDescriptor(id, item.getDisplayName(object), item)
							: new PropertyDescriptor(id, item.getDisplayName(object));
			if (descriptor instanceof TextPropertyDescriptor text
					&& item.getFeature(object) instanceof EAttribute attribute) {
				text.setValidator(value -> problem(attribute.getEAttributeType(), item.getDisplayName(object), value));
			}
			descriptor.setCategory(item.getCategory(object));
			descriptor.setDescription(item.getDescription(object));
			descriptor.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
				@Override
				public String getText(Object value) {
					return text(item, value);
				}
			});
			descriptors.add(descriptor);
		}
		return descriptors.toArray(new IPropertyDescriptor[0]);
	}

	private boolean isTextEditable(IItemPropertyDescriptor item) {
		return item.canSetProperty(object) && item.getFeature(object) instanceof EAttribute attribute
				&& !attribute.isMany() && !(attribute.getEAttributeType() instanceof EEnum)
				&& attribute.getEAttributeType().isSerializable();
	}

	/** @return whether the property is one value chosen from a list: a reference, an enumeration or a yes/no */
	private boolean isChoice(IItemPropertyDescriptor item) {
		if (!item.canSetProperty(object) || item.isMany(object)) {
			return false;
		}
		Object feature = item.getFeature(object);
		if (feature instanceof EReference reference) {
			return !reference.isContainment() && !reference.isContainer();
		}
		return feature instanceof EAttribute attribute && (attribute.getEAttributeType() instanceof EEnum
				|| attribute.getEAttributeType().getInstanceClass() == boolean.class
				|| attribute.getEAttributeType().getInstanceClass() == Boolean.class);
	}

	/** @return the values the property can take, "none" first where it may be empty */
	private List<Object> choices(IItemPropertyDescriptor item) {
		List<Object> choices = new ArrayList<>();
		Object feature = item.getFeature(object);
		if (feature instanceof EAttribute attribute && !(attribute.getEAttributeType() instanceof EEnum)) {
			if (attribute.getEAttributeType().getInstanceClass() == Boolean.class) {
				choices.add(null);
			}
			choices.add(Boolean.TRUE);
			choices.add(Boolean.FALSE);
			return choices;
		}
		if (feature instanceof EReference) {
			choices.add(null);
		}
		Collection<?> offered = item.getChoiceOfValues(object);
		if (offered != null) {
			for (Object choice : offered) {
				if (choice != null && !choices.contains(choice)) {
					choices.add(choice);
				}
			}
		}
		return choices;
	}

	/**
	 * A property chosen from a drop-down list: the references that fit (objects of the right type in the model), an
	 * enumeration's values, or yes/no. The list is made when editing starts, so showing the properties of an object in
	 * a large model stays cheap.
	 */
	private final class ChoicePropertyDescriptor extends PropertyDescriptor {
		private final IItemPropertyDescriptor item;

		ChoicePropertyDescriptor(Object id, String displayName, IItemPropertyDescriptor item) {
			super(id, displayName);
			this.item = item;
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			List<Object> choices = choices(item);
			String[] labels = choices.stream()
					.map(c -> c == null ? "(none)" : c instanceof Boolean b ? (b ? "Yes" : "No") : text(item, c))
					.toArray(String[]::new);
			return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY) {
				@Override
				protected Object doGetValue() {
					int index = (Integer) super.doGetValue();
					return index >= 0 && index < choices.size() ? choices.get(index) : null;
				}

				@Override
				protected void doSetValue(Object value) {
					super.doSetValue(Math.max(0, choices.indexOf(value)));
				}
			};
		}
	}

	private IItemPropertyDescriptor find(Object id) {
		for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
			if (item.getId(object).equals(id)) {
				return item;
			}
		}
		return null;
	}

	private Object value(IItemPropertyDescriptor item) {
		Object value = item.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	private String text(IItemPropertyDescriptor item, Object value) {
		Object plain = value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
		if (plain == null) {
			return "";
		}
		IItemLabelProvider labels = item.getLabelProvider(object);
		return labels != null ? labels.getText(plain) : String.valueOf(plain);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = find(id);
		if (item == null) {
			return null;
		}
		Object value = value(item);
		if (item.getFeature(object) instanceof EAttribute attribute && isTextEditable(item)) {
			return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		return value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor item = find(id);
		return item != null && item.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor item = find(id);
		if (item != null) {
			item.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor item = find(id);
		if (item != null && isChoice(item)) {
			item.setPropertyValue(object, value);
			return;
		}
		if (item == null || !(item.getFeature(object) instanceof EAttribute attribute)) {
			return;
		}
		EDataType type = attribute.getEAttributeType();
		if (problem(type, item.getDisplayName(object), value) == null) {
			item.setPropertyValue(object, convert(type, value));
		}
	}

	private static Object convert(EDataType type, Object value) {
		String text = value == null ? "" : value.toString().strip();
		boolean primitive = type.getInstanceClass() != null && type.getInstanceClass().isPrimitive();
		return text.isEmpty() && !primitive ? null : EcoreUtil.createFromString(type, text);
	}

	/** @return why the text cannot be a value of the type, or {@code null} when it can */
	static String problem(EDataType type, String property, Object value) {
		try {
			convert(type, value);
			return null;
		} catch (RuntimeException e) {
			return "'" + value + "' is not a valid " + property.toLowerCase(java.util.Locale.ROOT)
					+ (type.getInstanceClass() == java.time.LocalDate.class ? " (use a date like 2026-11-26)" : "");
		}
	}
}
