package org.placewise.ui.internal.views;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.placewise.ui.internal.CommandLabels;

/**
 * Dragging objects in the model explorer to move them within the model's containment: onto an object to put them inside
 * it (a board into another board's sub-groups, a footprint under another footprint), or between two rows to put them
 * beside those. Whether a drop fits is the item providers' own answer (EMF.Edit's {@link DragAndDropCommand}): where
 * the containment does not take the dragged type, or the target is inside what is dragged, the drop is refused and the
 * pointer says so. A drop is one command on the model's undo history, described as "Move 'X' into 'Y'".
 */
public final class ExplorerDragAndDrop {

	/** Where on a row a drop lands, as EMF.Edit reads it: the upper fifth is before, the lower fifth after. */
	public enum Place {
		/** Before the row, in the same list. */
		BEFORE(0.1f),
		/** Into the row's object. */
		ON(0.5f),
		/** After the row, in the same list. */
		AFTER(0.9f);

		private final float location;

		Place(float location) {
			this.location = location;
		}
	}

	private final Supplier<EditingDomain> domain;

	/** @param domain the editing domain of the model shown, or {@code null} when none is */
	public ExplorerDragAndDrop(Supplier<EditingDomain> domain) {
		this.domain = domain;
	}

	/**
	 * Lets the viewer's rows be dragged and dropped within it.
	 *
	 * @param viewer  the explorer's viewer
	 * @param dropped told the moved objects after a drop, to select them
	 */
	public void install(StructuredViewer viewer, Consumer<List<EObject>> dropped) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				ISelection selection = viewer.getSelection();
				event.doit = !objects(selection).isEmpty();
				LocalSelectionTransfer.getTransfer().setSelection(selection);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return LocalSelectionTransfer.getTransfer().isSupportedType(type)
						&& command(target, place(getCurrentLocation()),
								objects(LocalSelectionTransfer.getTransfer().getSelection())).canExecute();
			}

			@Override
			public boolean performDrop(Object data) {
				List<EObject> objects = objects(LocalSelectionTransfer.getTransfer().getSelection());
				boolean done = ExplorerDragAndDrop.this.drop(getCurrentTarget(), place(getCurrentLocation()), objects);
				if (done) {
					dropped.accept(objects);
				}
				return done;
			}
		});
	}

	private static Place place(int location) {
		return switch (location) {
		case ViewerDropAdapter.LOCATION_BEFORE -> Place.BEFORE;
		case ViewerDropAdapter.LOCATION_AFTER -> Place.AFTER;
		default -> Place.ON;
		};
	}

	private static List<EObject> objects(ISelection selection) {
		List<EObject> objects = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				if (element instanceof EObject object) {
					objects.add(object);
				}
			}
		}
		return objects;
	}

	/**
	 * @param target  the object of the row dropped on
	 * @param place   where on the row
	 * @param objects what is dragged
	 * @return the command moving them there, labelled for the Edit menu; not executable when they do not fit there
	 */
	public Command command(Object target, Place place, Collection<? extends EObject> objects) {
		EditingDomain editing = domain.get();
		if (editing == null || !(target instanceof EObject owner) || objects.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		for (EObject object : objects) {
			// nothing moves into itself or below itself, nor away from being the model's root
			if (object.eContainer() == null || EcoreUtil.isAncestor(object, owner)) {
				return UnexecutableCommand.INSTANCE;
			}
		}
		Command move = DragAndDropCommand.create(editing, owner, place.location, DragAndDropFeedback.DROP_MOVE,
				DragAndDropFeedback.DROP_MOVE, objects);
		if (!move.canExecute()) {
			return UnexecutableCommand.INSTANCE;
		}
		String what = objects.size() == 1 ? CommandLabels.quoted(objects.iterator().next())
				: objects.size() + " objects";
		Object destination = place == Place.ON ? owner : editing.getParent(owner);
		String where = place == Place.ON ? " into " : place == Place.BEFORE ? " before " : " after ";
		Object beside = place == Place.ON ? destination : owner;
		return CommandLabels.labelled(move, "Move " + what + where + CommandLabels.quoted(beside));
	}

	/**
	 * Moves the objects as a drop there does.
	 *
	 * @return whether they moved (they fit there)
	 */
	public boolean drop(Object target, Place place, Collection<? extends EObject> objects) {
		Command move = command(target, place, objects);
		if (!move.canExecute()) {
			return false;
		}
		domain.get().getCommandStack().execute(move);
		return true;
	}
}
