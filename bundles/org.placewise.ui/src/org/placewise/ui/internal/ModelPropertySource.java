package org.placewise.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

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
import org.placewise.io.ValueText;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.FinancePackage;
import org.placewise.model.governance.GovernancePackage;
import org.placewise.model.outcomes.OutcomesPackage;

/**
 * The Properties view of a model object, from its EMF.Edit property descriptors (with their categories). Text, number,
 * money and date values are edited in place; references (the delegator of a delegation, the chair of a board),
 * enumerations and yes/no values are chosen from a list. Each edit is a command on the editing domain's stack, so it
 * can be undone. Amounts of money, numbers and dates are shown as Placewise prints them ({@code £2,500,000},
 * {@code 1 Apr 2025}) and read with the same parser as the register and the import ({@link ValueText}), so what is
 * shown can be typed back, as can {@code 2500000} or {@code £2.5m}; other text is refused with a message saying why.
 */
public final class ModelPropertySource implements IPropertySource {
	/** The attributes that hold an amount of money in pounds (the metamodel types them as plain decimals). */
	private static final Set<EAttribute> MONEY = Set.of(GovernancePackage.Literals.DELEGATION__FINANCIAL_LIMIT,
			GovernancePackage.Literals.ESCALATION_RULE__THRESHOLD_AMOUNT,
			FinancePackage.Literals.POOLED_BUDGET__TOTAL_AMOUNT, FinancePackage.Literals.CONTRIBUTION__AMOUNT,
			FinancePackage.Literals.INVESTMENT_BENEFIT_FLOW__INVESTMENT_AMOUNT,
			FinancePackage.Literals.INVESTMENT_BENEFIT_FLOW__EXPECTED_BENEFIT,
			OutcomesPackage.Literals.WORK_PROGRAMME__BUDGET);

	/** The id of the "Reserved by" line, shown while someone has reserved the object for editing. */
	public static final String RESERVED_BY = "placewise.reservedBy";

	private final Object object;
	private final IItemPropertySource itemSource;
	private final ObjectMarks marks;

	/**
	 * @param object         the model object
	 * @param adapterFactory the item providers of its model
	 */
	public ModelPropertySource(Object object, AdapterFactory adapterFactory) {
		this(object, adapterFactory, ObjectMarks.NONE);
	}

	/**
	 * @param object         the model object
	 * @param adapterFactory the item providers of its model
	 * @param marks          what the model's source knows of it: a reserved object gets a "Reserved by" line
	 */
	public ModelPropertySource(Object object, AdapterFactory adapterFactory, ObjectMarks marks) {
		this.object = object;
		this.itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		this.marks = marks;
	}

	/** @return who holds the object's reservation and since when, or {@code null} */
	private String reservation() {
		return object instanceof org.eclipse.emf.ecore.EObject eObject ? marks.reservation(eObject) : null;
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
		if (reservation() != null) {
			PropertyDescriptor reserved = new PropertyDescriptor(RESERVED_BY, "Reserved by");
			reserved.setCategory("Repository");
			reserved.setDescription("Who has reserved this object for editing: only they can change it until they "
					+ "release it");
			descriptors.add(reserved);
		}
		for (IItemPropertyDescriptor item : itemSource.getPropertyDescriptors(object)) {
			String id = item.getId(object);
			PropertyDescriptor descriptor = isTextEditable(item)
					? new TextPropertyDescriptor(id, item.getDisplayName(object))
					: isChoice(item) ? new ChoicePropertyDescriptor(id, item.getDisplayName(object), item)
							: new PropertyDescriptor(id, item.getDisplayName(object));
			if (descriptor instanceof TextPropertyDescriptor text
					&& item.getFeature(object) instanceof EAttribute attribute) {
				text.setValidator(value -> problem(attribute, item.getDisplayName(object), value));
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
		if (RESERVED_BY.equals(id)) {
			return reservation();
		}
		IItemPropertyDescriptor item = find(id);
		if (item == null) {
			return null;
		}
		Object value = value(item);
		if (item.getFeature(object) instanceof EAttribute attribute && isTextEditable(item)) {
			return value == null ? "" : shown(attribute, value);
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
		if (problem(attribute, item.getDisplayName(object), value) == null) {
			item.setPropertyValue(object, convert(attribute, value));
		}
	}

	/** @return whether the attribute holds an amount of money in pounds */
	static boolean isMoney(EAttribute attribute) {
		return MONEY.contains(attribute);
	}

	/** @return the value as Placewise shows it, in the form {@link #convert} reads back */
	private static String shown(EAttribute attribute, Object value) {
		if (value instanceof BigDecimal amount) {
			return isMoney(attribute) ? PlacewiseLabels.money(amount) : PlacewiseLabels.number(amount);
		}
		if (value instanceof LocalDate date) {
			return PlacewiseLabels.date(date);
		}
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	private static Object convert(EAttribute attribute, Object value) {
		String text = value == null ? "" : value.toString().strip();
		EDataType type = attribute.getEAttributeType();
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == BigDecimal.class) {
			return isMoney(attribute) ? ValueText.money(text) : ValueText.number(text);
		}
		if (instanceClass == LocalDate.class) {
			return ValueText.date(text);
		}
		boolean primitive = instanceClass != null && instanceClass.isPrimitive();
		return text.isEmpty() && !primitive ? null : EcoreUtil.createFromString(type, text);
	}

	/** @return why the text cannot be a value of the attribute, or {@code null} when it can */
	static String problem(EAttribute attribute, String property, Object value) {
		try {
			convert(attribute, value);
			return null;
		} catch (IllegalArgumentException e) {
			// the shared parser says in words what it expected; other types say which property refused the text
			if (attribute.getEAttributeType().getInstanceClass() == BigDecimal.class
					|| attribute.getEAttributeType().getInstanceClass() == LocalDate.class) {
				return property + ": " + e.getMessage();
			}
			return "'" + value + "' is not a valid " + property.toLowerCase(java.util.Locale.ROOT);
		} catch (RuntimeException e) {
			return "'" + value + "' is not a valid " + property.toLowerCase(java.util.Locale.ROOT);
		}
	}
}
