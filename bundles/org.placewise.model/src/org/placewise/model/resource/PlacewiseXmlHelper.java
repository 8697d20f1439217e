package org.placewise.model.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicEList;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.placewise.model.core.CorePackage;

/**
 * XMI helper of {@link PlacewiseResource}: reads dates without the general date-time parser.
 * <p>
 * A national model holds well over 100,000 dates (one per weekly observation), all written by
 * {@code LocalDate.toString()} as {@code yyyy-MM-dd}. {@code LocalDate.parse} builds a parsed field map for each;
 * reading the ten characters directly gives the same date for a fraction of the cost. Anything not in exactly that
 * shape (whitespace, signs, years beyond 9999, blanks) still goes through the model's own conversion, so what is
 * accepted and refused is unchanged.
 * <p>
 * Decimals beyond what a calculation can hold ({@code 1e400}) are refused like any value that is not valid (see
 * {@link Numbers}): the error names the line and column.
 * <p>
 * References given by id are set once the whole file is read ({@link XMLResource#OPTION_DEFER_IDREF_RESOLUTION}), and
 * both ends of a two-way reference are in the file: by the time an outcome's {@code evidencedBy} is set, setting each
 * measure's {@code evidencedOutcomes} has already put most of those measures in it. EMF's own {@code setManyReference}
 * then looks each value up in the list ({@code basicIndexOf}) before adding or moving it, which is quadratic in the
 * list's size: an outcome evidenced by 1,000,000 measures took more than 15 minutes to open. {@link #setManyReference}
 * gives the same list in time linear in its size (see there).
 */
class PlacewiseXmlHelper extends XMIHelperImpl {

	/** Lists up to this size (values given and held together) are set by EMF's own method: its cost is constant. */
	static final int SMALL_LIST = 16;

	PlacewiseXmlHelper(XMLResource resource) {
		super(resource);
	}

	@Override
	protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
		if (eDataType == CorePackage.Literals.LOCAL_DATE) {
			LocalDate date = isoDate(value);
			if (date != null) {
				return date;
			}
		}
		Object converted = super.createFromString(eFactory, eDataType, value);
		if (converted instanceof BigDecimal number) {
			Numbers.requireCalculable(number);
		} else if (converted instanceof String text) {
			// XML 1.1 files can hold control characters by reference (&#x1B;); a model cannot.
			int control = ControlCharacters.firstForbidden(text);
			if (control >= 0) {
				throw new IllegalArgumentException("the text holds the control character "
						+ ControlCharacters.escape(control) + ", which a model cannot hold");
			}
		}
		return converted;
	}

	/**
	 * Sets a many-valued cross-reference from the ids the file gives, with the result EMF's own method gives, in time
	 * linear in the size of the list: the values given, in the order given, followed by what the list already held
	 * (added from the other end of a two-way reference) and the file does not give, in the order it was added. A value
	 * given twice is an error naming the line and column, as in EMF; ids that name no object were already reported as
	 * unresolved and are skipped. Small lists ({@value #SMALL_LIST}), containment references set by id (never written
	 * by Placewise; a file doing so is refused when it forms a loop) and unusual positions keep EMF's own method. A
	 * list that already starts with the values given, in that order (what loading usually meets), is left as it is
	 * without indexing anything.
	 */
	@Override
	public List<XMIException> setManyReference(ManyReference reference, String location) {
		EStructuralFeature feature = reference.getFeature();
		Object[] values = reference.getValues();
		int[] positions = reference.getPositions();
		if (!(feature instanceof EReference crossReference) || crossReference.isContainment()
				|| crossReference.isContainer() || !inFileOrder(positions, values.length)) {
			return super.setManyReference(reference, location);
		}
		EObject object = reference.getObject();
		@SuppressWarnings("unchecked")
		InternalEList<Object> list = (InternalEList<Object>) object.eGet(feature);
		if (values.length + list.size() <= SMALL_LIST) {
			// A measure's outcomes, a programme's board: looking a few values up costs less than indexing them.
			return super.setManyReference(reference, location);
		}
		if (crossReference.isUnique() && startsWith(list, values)) {
			// The usual case when loading: the other end of each link was read first, in file order, so the list
			// already holds the values given in the order given (perhaps followed by more). That is EMF's result;
			// nothing to add, move or index. Indexing a million values in identity sets cost a quarter of the load,
			// more per value the larger the sets (each beyond the processor's caches).
			return null;
		}
		List<XMIException> errors = new ArrayList<>();
		Set<Object> held = identitySet(list.size() + values.length);
		for (Iterator<Object> it = list.basicIterator(); it.hasNext();) {
			held.add(it.next());
		}
		List<Object> given = new ArrayList<>(values.length);
		Set<Object> seen = identitySet(values.length);
		for (Object value : values) {
			if (value == null) {
				continue;
			}
			if (!seen.add(value)) {
				errors.add(new IllegalValueException(object, feature, value,
						new IllegalArgumentException("the same object is given twice"), location,
						reference.getLineNumber(), reference.getColumnNumber()));
				continue;
			}
			given.add(value);
		}
		// Add what the list lacks at its end: the two ends of each new link are set together.
		List<Object> accepted = new ArrayList<>(given.size());
		for (Object value : given) {
			if (held.contains(value)) {
				accepted.add(value);
				continue;
			}
			try {
				list.addUnique(value);
				accepted.add(value);
			} catch (RuntimeException e) {
				errors.add(new IllegalValueException(object, feature, value, e, location, reference.getLineNumber(),
						reference.getColumnNumber()));
			}
		}
		// The order the file gives first, then the rest as it was. Usually it already is; otherwise the list is
		// rebuilt in that order (removing and adding again each link, both ends, once).
		List<Object> wanted = new ArrayList<>(list.size());
		wanted.addAll(accepted);
		Set<Object> first = identitySet(accepted.size());
		first.addAll(accepted);
		for (Iterator<Object> it = list.basicIterator(); it.hasNext();) {
			Object value = it.next();
			if (!first.contains(value)) {
				wanted.add(value);
			}
		}
		if (!sameOrder(list, wanted)) {
			reorder(list, wanted);
		}
		// As EMF: null when there is nothing to report.
		return errors.isEmpty() ? null : errors;
	}

	/** @return whether the positions are those of values read one after the other: 0, 1, 2, ... */
	private static boolean inFileOrder(int[] positions, int count) {
		if (positions == null || positions.length < count) {
			return false;
		}
		for (int i = 0; i < count; i++) {
			if (positions[i] != i) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return whether the list holds every value given, each where the file gives it (the list may hold more after
	 *         them); {@code false} also when a value is missing ({@code null}: an id naming no object)
	 */
	private static boolean startsWith(InternalEList<Object> list, Object[] values) {
		if (values.length > list.size()) {
			return false;
		}
		// One pass in step, no look-ups: a unique list holding the values in place holds each once.
		Iterator<Object> it = list.basicIterator();
		for (Object value : values) {
			if (value == null || it.next() != value) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameOrder(InternalEList<Object> list, List<Object> wanted) {
		if (list.size() != wanted.size()) {
			return false;
		}
		Iterator<Object> it = list.basicIterator();
		for (Object value : wanted) {
			if (it.next() != value) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return an empty set telling objects apart by identity, sized for {@code expected} of them (tests count its use)
	 */
	Set<Object> identitySet(int expected) {
		Map<Object, Boolean> map = new IdentityHashMap<>(Math.max(16, expected));
		return Collections.newSetFromMap(map);
	}

	/**
	 * @param text a value from the file
	 * @return the date when {@code text} is exactly {@code yyyy-MM-dd} and a real date; otherwise {@code null}, to let
	 *         the model's own conversion decide (and word any error)
	 */
	static LocalDate isoDate(String text) {
		if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** @return the decimal number in {@code text[from, to)}, or -1 if any character is not a digit */
	private static int digits(String text, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	/**
	 * Puts a list's own objects in another order without touching the other ends of its links. Clearing and adding
	 * again would remove and re-add each link at both ends, moving this object to the end of every other end's list (an
	 * organisation's partnerships would come back in another order than the file gives).
	 */
	private static void reorder(InternalEList<Object> list, List<Object> wanted) {
		if (list instanceof BasicEList<?> basic) {
			// same objects, same size: the backing array is rewritten in the wanted order, no links change
			Object[] data = basic.data();
			for (int i = 0; i < wanted.size(); i++) {
				data[i] = wanted.get(i);
			}
			return;
		}
		for (int i = 0; i < wanted.size(); i++) {
			list.move(i, wanted.get(i));
		}
	}
}
