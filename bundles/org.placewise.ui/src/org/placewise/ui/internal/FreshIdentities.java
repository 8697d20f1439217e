package org.placewise.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.placewise.model.core.Identified;
import org.placewise.model.resource.Identities;

/**
 * Gives the objects a command created (new children, pasted copies) ids of their own, as the metamodel asks ("assigned
 * when the object is created"): a pasted copy must not share its original's id, or references in the saved file would
 * be ambiguous. Undo restores the ids the objects had.
 */
final class FreshIdentities extends AbstractCommand {
	private final Command creating;
	private final List<Identified> changed = new ArrayList<>();
	private final List<String> before = new ArrayList<>();
	private final List<String> after = new ArrayList<>();

	private FreshIdentities(Command creating) {
		super(creating.getLabel());
		this.creating = creating;
	}

	/** @return one undoable command: {@code creating}, then fresh ids for what it created */
	static Command after(Command creating, String label) {
		CompoundCommand both = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, label);
		both.append(creating);
		both.append(new FreshIdentities(creating));
		return both;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		for (Object created : creating.getResult()) {
			if (created instanceof EObject object) {
				assign(object);
				object.eAllContents().forEachRemaining(this::assign);
			}
		}
	}

	private void assign(EObject object) {
		if (object instanceof Identified identified) {
			changed.add(identified);
			before.add(identified.getId());
			String id = Identities.newId();
			after.add(id);
			identified.setId(id);
		}
	}

	@Override
	public void undo() {
		for (int i = changed.size() - 1; i >= 0; i--) {
			changed.get(i).setId(before.get(i));
		}
	}

	@Override
	public void redo() {
		for (int i = 0; i < changed.size(); i++) {
			changed.get(i).setId(after.get(i));
		}
	}

	@Override
	public Collection<?> getResult() {
		return creating.getResult();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return creating.getAffectedObjects();
	}
}
