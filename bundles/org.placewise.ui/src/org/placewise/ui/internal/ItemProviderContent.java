package org.placewise.ui.internal;

import java.net.URL;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * JFace content and label providers over the model's EMF.Edit item providers (what org.eclipse.emf.edit.ui would give;
 * that bundle is not on Maven Central).
 */
final class ItemProviderContent {

	private ItemProviderContent() {
	}

	/**
	 * Children and parents from the item providers, for a virtual tree ({@code SWT.VIRTUAL}): the viewer asks only for
	 * the rows on screen, so a model of 200,000 objects opens as fast as a small one. Each parent's children are kept
	 * until {@link #forget(Object)} says they changed.
	 */
	static final class LazyTree implements ILazyTreeContentProvider {
		private final AdapterFactory adapterFactory;
		private final Map<Object, Object[]> children = new IdentityHashMap<>();
		private TreeViewer viewer;
		private Object input;

		/** @param adapterFactory the item providers, or {@code null} for an empty tree */
		LazyTree(AdapterFactory adapterFactory) {
			this.adapterFactory = adapterFactory;
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			this.viewer = (TreeViewer) changed;
			this.input = newInput;
			children.clear();
		}

		private Object[] children(Object parent) {
			if (parent == input) {
				return input instanceof Object[] elements ? elements : new Object[0];
			}
			return children.computeIfAbsent(parent, p -> adapterFactory != null
					&& adapterFactory.adapt(p,
							ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
									? provider.getChildren(p).toArray()
									: new Object[0]);
		}

		/** Forgets the children of a parent whose contents changed. */
		void forget(Object parent) {
			children.remove(parent);
		}

		@Override
		public void updateElement(Object parent, int index) {
			Object[] all = children(parent);
			if (index < all.length) {
				Object child = all[index];
				viewer.replace(parent, index, child);
				viewer.setHasChildren(child, hasChildren(child));
			}
		}

		@Override
		public void updateChildCount(Object element, int currentChildCount) {
			int count = children(element).length;
			if (count != currentChildCount) {
				viewer.setChildCount(element, count);
			}
		}

		private boolean hasChildren(Object element) {
			return adapterFactory != null
					&& adapterFactory.adapt(element,
							ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider
					&& provider.hasChildren(element);
		}

		@Override
		public Object getParent(Object element) {
			if (input instanceof Object[] roots) {
				for (Object root : roots) {
					if (root == element) {
						return input;
					}
				}
			}
			return adapterFactory == null ? null : parentOf(adapterFactory, element);
		}
	}

	/**
	 * @return the object's parent in the tree, from its item provider; {@code null} for a model's root, whose item
	 *         provider answers its resource. A shared model's resource is itself a model object (CDO) with an item
	 *         provider of its own, and following resources upward made a tree asked to expand an object outside its
	 *         input recurse until the stack overflowed (seen in the repository workbench tests' log when a past point
	 *         opened).
	 */
	static Object parentOf(AdapterFactory adapterFactory, Object element) {
		if (element instanceof Resource || !(adapterFactory.adapt(element,
				ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider)) {
			return null;
		}
		Object parent = provider.getParent(element);
		return parent instanceof Resource ? null : parent;
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
			if (adapterFactory != null
					&& adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
				return provider.getText(element);
			}
			return String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			if (adapterFactory != null
					&& adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider
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
