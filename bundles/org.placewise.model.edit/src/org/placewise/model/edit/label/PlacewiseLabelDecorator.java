package org.placewise.model.edit.label;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.common.command.UnexecutableCommand;

/**
 * Wraps a generated item provider and replaces its label with {@link PlacewiseLabels#text(Object)};
 * everything else (children, properties, child creation, commands with undo) stays the generated
 * behaviour.
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
        return object instanceof EObject ? PlacewiseLabels.text(object) : super.getText(object);
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
}
