package org.placewise.ui.internal;

import java.net.URL;
import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * JFace content and label providers over the model's EMF.Edit item providers (what
 * org.eclipse.emf.edit.ui would give; that bundle is not on Maven Central).
 */
final class ItemProviderContent {

	private ItemProviderContent() {
	}

	/** Children, parents and labels come from the item providers of each object. */
	static final class Tree implements ITreeContentProvider {
		private final AdapterFactory adapterFactory;

		Tree(AdapterFactory adapterFactory) {
			this.adapterFactory = adapterFactory;
		}

		@Override
		public Object[] getElements(Object input) {
			if (input instanceof Object[] elements) {
				return elements;
			}
			return getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (adapterFactory.adapt(parent, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
				Collection<?> children = provider.getChildren(parent);
				return children.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
				return provider.getParent(element);
			}
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
				return provider.hasChildren(element);
			}
			return false;
		}
	}

	/** Text and icon of each object from its item provider. */
	static final class Labels extends LabelProvider {
		private final AdapterFactory adapterFactory;
		private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

		Labels(AdapterFactory adapterFactory) {
			this.adapterFactory = adapterFactory;
		}

		@Override
		public String getText(Object element) {
			if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
				return provider.getText(element);
			}
			return String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider
					&& provider.getImage(element) instanceof URL url) {
				return images.create(ImageDescriptor.createFromURL(url));
			}
			return null;
		}

		@Override
		public void dispose() {
			images.dispose();
			super.dispose();
		}
	}
}
