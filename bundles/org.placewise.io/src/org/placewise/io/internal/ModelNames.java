package org.placewise.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.placewise.model.core.NamedElement;

/**
 * Finds model objects of one type by the name a spreadsheet gives them, ignoring case and extra spaces, and says when a
 * name is unknown or ambiguous.
 *
 * @param <T> the type of object
 */
public final class ModelNames<T extends NamedElement> {

	/** A name followed by an id, as {@link #reference(NamedElement)} writes it. */
	private static final Pattern WITH_ID = Pattern.compile("(.*?)\\s*\\(id ([^()\\s]+)\\)");

	private final Map<String, List<T>> byName = new HashMap<>();
	private final Map<String, T> byId = new HashMap<>();

	/**
	 * @param objects the objects that can be named
	 */
	public ModelNames(Iterable<? extends T> objects) {
		for (T object : objects) {
			if (object.getName() != null && !object.getName().isBlank()) {
				byName.computeIfAbsent(normal(object.getName()), k -> new ArrayList<>()).add(object);
			}
			if (object.getId() != null) {
				byId.put(object.getId(), object);
			}
		}
	}

	/**
	 * @param name a name as written, or a name followed by an id ({@code Fewer falls (id 9c1f...)}) as
	 *             {@link #reference(NamedElement)} writes it for a name that several objects have
	 * @return every object with that name, in model order; for a name with the id of one of them, just that one (a name
	 *         with an id the model does not have is looked up by the name)
	 */
	public List<T> named(String name) {
		List<T> found = byName.getOrDefault(normal(name), List.of());
		if (found.size() != 1) {
			Matcher withId = WITH_ID.matcher(name.strip());
			if (withId.matches()) {
				T identified = byId.get(withId.group(2));
				if (identified != null && identified.getName() != null
						&& normal(identified.getName()).equals(normal(withId.group(1)))) {
					return List.of(identified);
				}
				return found.isEmpty() ? byName.getOrDefault(normal(withId.group(1)), List.of()) : found;
			}
		}
		return found;
	}

	/**
	 * How a file names an object so that {@link #named(String)} finds just that one: its name, and when other objects
	 * have the same name, its id after it ({@code Fewer falls (id 9c1f...)}).
	 *
	 * @param object one of the objects
	 * @return the reference to write
	 */
	public String reference(T object) {
		String name = object.getName() == null ? "" : object.getName();
		if (byName.getOrDefault(normal(name), List.of()).size() <= 1 || object.getId() == null) {
			return name;
		}
		return name + " (id " + object.getId() + ")";
	}

	/**
	 * Adds an object that will exist once an import is applied, so later rows can find it.
	 *
	 * @param object the object
	 */
	public void add(T object) {
		byName.computeIfAbsent(normal(object.getName()), k -> new ArrayList<>()).add(object);
		if (object.getId() != null) {
			byId.put(object.getId(), object);
		}
	}

	/**
	 * Reads a cell naming one or more objects separated by semicolons. The whole cell is first tried as one name, so
	 * names that themselves contain a semicolon still work.
	 *
	 * @param cell the cell text
	 * @param what what the names are, for messages ("programme")
	 * @return the objects, in the order written, without repeats
	 * @throws Values.BadValue naming every unknown or ambiguous name
	 */
	public List<T> list(String cell, String what) throws Values.BadValue {
		if (cell.isBlank()) {
			return List.of();
		}
		if (named(cell).size() == 1) {
			return List.of(named(cell).get(0));
		}
		Set<T> found = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		for (String part : cell.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			List<T> candidates = named(part);
			if (candidates.isEmpty()) {
				problems.add("unknown " + what + " '" + Values.shorten(part.strip()) + "'");
			} else if (candidates.size() > 1) {
				problems.add(ambiguous(what, part.strip(), candidates.size()));
			} else {
				found.add(candidates.get(0));
			}
		}
		if (!problems.isEmpty()) {
			throw new Values.BadValue(String.join("; ", problems));
		}
		return List.copyOf(found);
	}

	/**
	 * @param cell a cell naming one object
	 * @param what what the name is, for messages ("person")
	 * @return the object
	 * @throws Values.BadValue when no object or more than one has the name
	 */
	public T one(String cell, String what) throws Values.BadValue {
		List<T> candidates = named(cell);
		if (candidates.isEmpty()) {
			throw new Values.BadValue("unknown " + what + " '" + Values.shorten(cell.strip()) + "'");
		}
		if (candidates.size() > 1) {
			throw new Values.BadValue(ambiguous(what, cell.strip(), candidates.size()));
		}
		return candidates.get(0);
	}

	private static String ambiguous(String what, String name, int count) {
		return count + " " + what + "s are called '" + Values.shorten(name) + "', so it is not clear which is meant;"
				+ " write the " + what + "'s id after its name, as an export does ('" + Values.shorten(name)
				+ " (id ...)'), or give them different names in the model";
	}

	private static String normal(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
