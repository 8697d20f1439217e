package org.placewise.diagram.ui;

import java.util.Objects;

/**
 * A creation tool of the diagram palette: it either puts a new box on the diagram where the user clicks (inside the box
 * clicked, when that can hold it) or draws a new arrow from one box to another. The tool only says what the user asked
 * for; whoever listens (the workbench's diagram view) turns the request into one undoable command on the model.
 *
 * @param id    identifies the tool to its listener, e.g. {@code committee} or {@code delegation}
 * @param label what the palette shows, e.g. "Committee"
 * @param kind  a box or an arrow
 * @param hint  what to do with it, shown while it is chosen, e.g. "Click the board it belongs to"
 */
public record DiagramTool(String id, String label, Kind kind, String hint) {

	/** What a tool makes. */
	public enum Kind {
		/** A box, placed with one click (or Enter on the focused box). */
		NODE,
		/** An arrow, drawn with a click on its start and one on its end (or Enter on each). */
		CONNECTION
	}

	public DiagramTool {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(kind, "kind");
		hint = hint == null ? "" : hint;
	}

	/** Told what the user asked a tool for. */
	public interface Listener {
		/**
		 * @param tool      the tool
		 * @param container the box clicked (the new box would go inside it), or {@code null} for the background
		 */
		void createNode(DiagramTool tool, DiagramElement container);

		/**
		 * @param tool   the tool
		 * @param source the box the arrow starts at
		 * @param target the box it ends at
		 */
		void createConnection(DiagramTool tool, DiagramElement source, DiagramElement target);
	}
}
