package org.placewise.checks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * One rule of the check catalogue: a gap or error a board secretary or programme office wants to hear about before a
 * board meeting does.
 * <p>
 * A rule looks at objects of one type (its {@link #targetType()}) and reports findings through the
 * {@link CheckContext}. It is re-run incrementally when its target changes, and when any feature it names in
 * {@link #dependencies()} changes on another object.
 *
 * @param <T> the type of the objects the rule looks at
 */
public abstract class CheckRule<T extends EObject> {
	private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");

	private final String id;
	private final Category category;
	private final Severity defaultSeverity;
	private final EClass targetType;
	private final Class<T> targetClass;
	private final String title;
	private final String explanation;

	/**
	 * @param targetClass     the Java type of the target objects
	 * @param targetType      the model type of the target objects
	 * @param id              stable readable id, {@code <category>.<what-is-wrong>}
	 * @param defaultSeverity the severity unless a profile says otherwise
	 * @param title           one line saying what the rule finds
	 * @param explanation     why it matters: the guidance behind it, in a sentence or two
	 */
	protected CheckRule(Class<T> targetClass, EClass targetType, String id, Severity defaultSeverity, String title,
			String explanation) {
		this.targetClass = Objects.requireNonNull(targetClass);
		this.targetType = Objects.requireNonNull(targetType);
		this.id = Objects.requireNonNull(id);
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Rule id '" + id + "' is not of the form category.what-is-wrong");
		}
		this.category = Category.valueOf(id.substring(0, id.indexOf('.')).toUpperCase(java.util.Locale.ROOT));
		this.defaultSeverity = Objects.requireNonNull(defaultSeverity);
		this.title = Objects.requireNonNull(title);
		this.explanation = Objects.requireNonNull(explanation);
	}

	/** Looks at one target and reports what is wrong through the context. */
	public abstract void check(T target, CheckContext context);

	/**
	 * Features of <em>other</em> objects whose change can change this rule's findings, with the targets to re-check.
	 * Changes to the target's own features always re-check it.
	 */
	public List<Dependency> dependencies() {
		return List.of();
	}

	/**
	 * @return the thresholds this rule reads through {@link CheckContext#parameter(String)}, which a profile may
	 *         change; none by default
	 */
	public List<RuleParameter> parameters() {
		return List.of();
	}

	/** @return the declared parameter with this name, if there is one */
	public final Optional<RuleParameter> parameter(String name) {
		return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** @return the quick fix for this rule's findings, if there is a sensible one */
	public Optional<QuickFix<T>> quickFix() {
		return Optional.empty();
	}

	/** @return whether this rule looks at the given object */
	public final boolean appliesTo(EObject object) {
		return targetType.isSuperTypeOf(object.eClass());
	}

	/** Runs the rule on an object of its target type. */
	public final void checkObject(EObject object, CheckContext context) {
		check(targetClass.cast(object), context);
	}

	/** @return the stable id, e.g. {@code programme.no-outcome-kpi} */
	public final String id() {
		return id;
	}

	/** @return the category, taken from the first part of the id */
	public final Category category() {
		return category;
	}

	/** @return the severity unless a profile changes it */
	public final Severity defaultSeverity() {
		return defaultSeverity;
	}

	/** @return the model type the rule looks at */
	public final EClass targetType() {
		return targetType;
	}

	/** @return the Java type the rule looks at */
	public final Class<T> targetClass() {
		return targetClass;
	}

	/** @return one line saying what the rule finds */
	public final String title() {
		return title;
	}

	/** @return why it matters, with the guidance behind it */
	public final String explanation() {
		return explanation;
	}

	@Override
	public String toString() {
		return id;
	}
}
