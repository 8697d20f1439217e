package org.placewise.model.edit.label;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptorDecorator;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.common.command.UnexecutableCommand;

/**
 * Wraps a generated item provider and replaces its label with {@link PlacewiseLabels#text(Object)}, and the names and
 * values its property descriptors show with the display text of {@link PlacewiseLabels} ("Legal basis: NHS Act 2006
 * s.65Z5" rather than the generated "Legal Basis: nhs-act-2006-section-65z5"); everything else (children, property
 * values and categories, child creation, commands with undo) stays the generated behaviour.
 */
public class PlacewiseLabelDecorator extends ItemProviderDecorator implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

	/**
	 * @param adapterFactory the decorating adapter factory
	 */
	public PlacewiseLabelDecorator(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		// Resources and other non-model objects keep their generated labels.
		if (!(object instanceof EObject)) {
			return super.getText(object);
		}
		String mark = getAdapterFactory() instanceof PlacewiseAdapterFactory placewise ? placewise.markOf(object)
				: null;
		return mark == null ? PlacewiseLabels.text(object) : "\u2022 " + mark + ": " + PlacewiseLabels.text(object);
	}

	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		List<IItemPropertyDescriptor> worded = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : super.getPropertyDescriptors(object)) {
			worded.add(new WordedPropertyDescriptor(object, descriptor));
		}
		return worded;
	}

	@Override
	public IItemPropertyDescriptor getPropertyDescriptor(Object object, Object propertyId) {
		IItemPropertyDescriptor descriptor = super.getPropertyDescriptor(object, propertyId);
		return descriptor == null ? null : new WordedPropertyDescriptor(object, descriptor);
	}

	@Override
	public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain, Object sibling) {
		IEditingDomainItemProvider editing = editing();
		return editing == null ? java.util.List.of() : editing.getNewChildDescriptors(object, editingDomain, sibling);
	}

	@Override
	public Command createCommand(Object object, EditingDomain editingDomain, Class<? extends Command> commandClass,
			CommandParameter commandParameter) {
		IEditingDomainItemProvider editing = editing();
		return editing == null ? UnexecutableCommand.INSTANCE
				: editing.createCommand(object, editingDomain, commandClass, commandParameter);
	}

	private IEditingDomainItemProvider editing() {
		return decoratedItemProvider instanceof IEditingDomainItemProvider provider ? provider : null;
	}

	/** A generated property descriptor that names its feature and words its enum and date values as Placewise does. */
	private static final class WordedPropertyDescriptor extends ItemPropertyDescriptorDecorator {

		WordedPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor) {
			super(object, descriptor);
		}

		@Override
		public String getDisplayName(Object thisObject) {
			return getFeature(thisObject) instanceof EStructuralFeature feature ? PlacewiseLabels.featureName(feature)
					: super.getDisplayName(thisObject);
		}

		@Override
		public IItemLabelProvider getLabelProvider(Object thisObject) {
			IItemLabelProvider generated = super.getLabelProvider(thisObject);
			return new IItemLabelProvider() {
				@Override
				public String getText(Object value) {
					if (value instanceof IItemPropertySource wrapper) {
						// A property value as EMF.Edit hands it out (PropertyValueWrapper).
						Object plain = wrapper.getEditableValue(value);
						if (plain instanceof Enumerator || plain instanceof LocalDate) {
							return getText(plain);
						}
					}
					if (value instanceof Enumerator literal) {
						return PlacewiseLabels.literal(literal);
					}
					if (value instanceof LocalDate date) {
						return PlacewiseLabels.date(date);
					}
					return generated == null ? String.valueOf(value) : generated.getText(value);
				}

				@Override
				public Object getImage(Object value) {
					return generated == null ? null : generated.getImage(value);
				}
			};
		}
	}
}
