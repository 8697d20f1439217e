package org.placewise.ui.internal.views;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.placewise.checks.Severity;

/**
 * A tree's labels with problem decorations: the item provider's icon with the platform's small error or warning overlay
 * in its lower left corner when the object, or anything inside it, has such a finding ({@link ProblemMarks}). The text
 * is left as it is; the Findings view lists what the marks stand for.
 */
public final class ProblemDecorations extends LabelProvider {
	private final ILabelProvider base;
	private final ProblemMarks marks;
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	/**
	 * @param base  the undecorated labels (disposed with this provider)
	 * @param marks the marks to show
	 */
	public ProblemDecorations(ILabelProvider base, ProblemMarks marks) {
		this.base = base;
		this.marks = marks;
	}

	@Override
	public String getText(Object element) {
		return base.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		Image image = base.getImage(element);
		Severity severity = marks.severity(element);
		if (image == null || severity == null) {
			return image;
		}
		String overlay = severity == Severity.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR
				: ISharedImages.IMG_DEC_FIELD_WARNING;
		ImageDescriptor decoration = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay);
		return images.create(new DecorationOverlayIcon(image, decoration, IDecoration.BOTTOM_LEFT));
	}

	/**
	 * @param element a tree element
	 * @return the undecorated icon, for comparison
	 */
	public Image undecoratedImage(Object element) {
		return base.getImage(element);
	}

	/** @return the marks shown */
	public ProblemMarks marks() {
		return marks;
	}

	@Override
	public void dispose() {
		images.dispose();
		base.dispose();
		super.dispose();
	}
}
