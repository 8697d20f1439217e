package org.placewise.ui.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.placewise.model.core.NamedElement;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.edit.provider.PlacewiseEditPlugin;

/**
 * What a command does, in words a governance professional reads in the Edit menu: "Set financial limit of 'North
 * locality budget'", "New Delegation", "Delete 'Place Committee'". Type and feature names come from the model's edit
 * resource bundle, like every other label.
 */
public final class CommandLabels {

	/** The label of a compound command made without one. */
	private static final String UNLABELLED = new CompoundCommand().getLabel();

	private CommandLabels() {
	}

	/**
	 * @return the command, described in the Edit menu by {@code label} as it stands: for commands whose own words say
	 *         more than the change they make (a quick fix: "Set the review date to 26 Nov 2027")
	 */
	public static Command labelled(Command command, String label) {
		return new Labelled(command, label);
	}

	/** A command with the words it is to be described by. */
	private static final class Labelled extends CommandWrapper {
		Labelled(Command command, String label) {
			super(label, label, command);
		}
	}

	/** @return what the command does, e.g. "Set quorum of 'Place Board'" */
	static String describe(Command command) {
		if (command instanceof Labelled labelled) {
			return labelled.getLabel();
		}
		Command plain = unwrap(command);
		if (plain instanceof SetCommand set) {
			return "Set " + featureName(set.getOwner().eClass(), set.getFeature()).toLowerCase(Locale.UK) + " of "
					+ quoted(set.getOwner());
		}
		if (plain instanceof CreateChildCommand create) {
			Collection<?> created = create.getResult();
			return created.size() == 1 && created.iterator().next() instanceof EObject child
					? "New " + typeName(child.eClass())
					: "New child";
		}
		if (plain instanceof CutToClipboardCommand cut) {
			Collection<?> cutOut = cut.getResult();
			return "Cut " + (cutOut.size() == 1 ? quoted(cutOut.iterator().next()) : cutOut.size() + " objects");
		}
		if (plain instanceof PasteFromClipboardCommand) {
			return "Paste";
		}
		if (plain instanceof DeleteCommand || plain instanceof RemoveCommand) {
			Collection<?> deleted = plain instanceof DeleteCommand delete ? delete.getCollection()
					: ((RemoveCommand) plain).getCollection();
			return "Delete " + (deleted.size() == 1 ? quoted(deleted.iterator().next()) : deleted.size() + " objects");
		}
		if (plain instanceof AddCommand add) {
			return "Add to " + featureName(add.getOwner().eClass(), add.getFeature()).toLowerCase(Locale.UK) + " of "
					+ quoted(add.getOwner());
		}
		String label = plain == null ? null : plain.getLabel();
		return label == null || label.isBlank() ? "Edit" : label;
	}

	private static Command unwrap(Command command) {
		Command current = command;
		while (true) {
			if (current instanceof CreateChildCommand || current instanceof CutToClipboardCommand
					|| current instanceof PasteFromClipboardCommand) {
				return current;
			} else if (current instanceof CommandWrapper wrapper && wrapper.getCommand() != null) {
				current = wrapper.getCommand();
			} else if (current instanceof CompoundCommand compound && compound.getLabel() != null
					&& compound.getCommandList().size() > 1 && !(current instanceof DeleteCommand)) {
				return current; // a command of ours, labelled when made ("New Board", "Paste")
			} else if (current instanceof CompoundCommand compound && !(current instanceof DeleteCommand)
					&& compound.getCommandList().size() == 1 && !UNLABELLED.equals(compound.getLabel())) {
				return current; // labelled by its maker even when one step is left ("Set reserved matters of 'X'")
			} else if (current instanceof CompoundCommand compound && !(current instanceof DeleteCommand)
					&& compound.getCommandList().size() == 1) {
				current = compound.getCommandList().get(0);
			} else {
				return current;
			}
		}
	}

	/** @return the object's name in quotes, or its label when it has no name */
	public static String quoted(Object object) {
		if (object instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return "'" + named.getName() + "'";
		}
		return "'" + PlacewiseLabels.text(object) + "'";
	}

	/** @return the display name of a type, e.g. "Delegation", "Reserved Matter" */
	static String typeName(EClass type) {
		return resource("_UI_" + type.getName() + "_type", type.getName());
	}

	/** @return the display name of a feature, e.g. "Financial Limit" */
	static String featureName(EClass owner, EStructuralFeature feature) {
		EClass declaring = feature.getEContainingClass() == null ? owner : feature.getEContainingClass();
		return resource("_UI_" + declaring.getName() + "_" + feature.getName() + "_feature", feature.getName());
	}

	/** @return the plural of a type name in lower case: "delegations", "bodies", "escalation rules" */
	static String plural(EClass type, int count) {
		String name = typeName(type).toLowerCase(Locale.UK);
		if (count == 1) {
			return name;
		}
		if (name.endsWith("y") && name.length() > 1 && "aeiou".indexOf(name.charAt(name.length() - 2)) < 0) {
			return name.substring(0, name.length() - 1) + "ies";
		}
		if (name.endsWith("s") || name.endsWith("x") || name.endsWith("ch") || name.endsWith("sh")) {
			return name + "es";
		}
		return name + "s";
	}

	private static String resource(String key, String fallback) {
		try {
			return PlacewiseEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
