package org.placewise.ui.internal.pages;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;

/**
 * One column of an {@link EditableRows} table: its heading, what it shows of a row and, when it can be edited in place,
 * how: as text (read by a {@link FieldText.Kind} or a rule of its own) or as a choice from a list.
 *
 * @param <T> the type of the rows
 */
public final class RowColumn<T> {

	final String title;
	final int width;
	final Function<T, String> text;
	Function<T, String> editText;
	Function<String, String> problem;
	BiFunction<T, String, Command> typed;
	Function<T, List<?>> choices;
	Function<Object, String> choiceText;
	Function<T, Object> current;
	BiFunction<T, Object, Command> chosen;

	private RowColumn(String title, int width, Function<T, String> text) {
		this.title = Objects.requireNonNull(title);
		this.width = width;
		this.text = Objects.requireNonNull(text);
	}

	/**
	 * @param title the heading, also the column's accessible name
	 * @param width its width in pixels
	 * @param text  what a cell shows of its row
	 * @return a column only shown
	 */
	public static <T> RowColumn<T> shown(String title, int width, Function<T, String> text) {
		return new RowColumn<>(title, width, text);
	}

	/**
	 * Makes the column edited as text.
	 *
	 * @param editText the text the cell editor starts with
	 * @param problem  why a typed text cannot be used, {@code null} when it can
	 * @param typed    the command applying a usable text, {@code null} when it changes nothing
	 * @return this column
	 */
	public RowColumn<T> typed(Function<T, String> editText, Function<String, String> problem,
			BiFunction<T, String, Command> typed) {
		this.editText = editText;
		this.problem = problem;
		this.typed = typed;
		return this;
	}

	/**
	 * Makes the column edited by choosing from a list.
	 *
	 * @param choices    what can be chosen for a row, read each time its cell is edited
	 * @param choiceText how a choice reads
	 * @param current    the row's current choice
	 * @param chosen     the command applying a choice, {@code null} when it changes nothing
	 * @return this column
	 */
	public RowColumn<T> chosen(Function<T, List<?>> choices, Function<Object, String> choiceText,
			Function<T, Object> current, BiFunction<T, Object, Command> chosen) {
		this.choices = choices;
		this.choiceText = choiceText;
		this.current = current;
		this.chosen = chosen;
		return this;
	}

	/** @return the heading */
	public String title() {
		return title;
	}

	boolean isTyped() {
		return typed != null;
	}

	boolean isChosen() {
		return chosen != null;
	}
}
