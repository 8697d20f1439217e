package org.placewise.checks;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A rule's declared dependency: when {@link #feature()} changes on some object, the rule must re-check the targets
 * {@link #affectedTargets(EObject)} returns for that object.
 */
public final class Dependency {
	private final EStructuralFeature feature;
	private final Function<EObject, Collection<? extends EObject>> targets;
	private final EClass everywhereOfType;

	private Dependency(EStructuralFeature feature, Function<EObject, Collection<? extends EObject>> targets) {
		this(feature, targets, null);
	}

	private Dependency(EStructuralFeature feature, Function<EObject, Collection<? extends EObject>> targets,
			EClass everywhereOfType) {
		this.feature = Objects.requireNonNull(feature);
		this.targets = Objects.requireNonNull(targets);
		this.everywhereOfType = everywhereOfType;
	}

	/**
	 * @param feature the feature whose change matters
	 * @param targets from the changed object to the rule targets to re-check
	 */
	@SuppressWarnings("unchecked")
	public static <S extends EObject> Dependency on(EStructuralFeature feature,
			Function<S, Collection<? extends EObject>> targets) {
		return new Dependency(feature, object -> targets.apply((S) object));
	}

	/** A change of {@code feature} on an object re-checks the single object {@code target} returns, if any. */
	@SuppressWarnings("unchecked")
	public static <S extends EObject> Dependency onOne(EStructuralFeature feature,
			Function<S, ? extends EObject> target) {
		return new Dependency(feature, object -> {
			EObject t = target.apply((S) object);
			return t == null ? List.of() : List.of(t);
		});
	}

	/**
	 * A change of {@code feature} on any object re-checks every object of {@code targetType} in the same model. For
	 * rules whose findings depend on objects they cannot navigate back from (no opposite reference); models are small
	 * enough for this to stay cheap.
	 */
	public static Dependency everywhere(EStructuralFeature feature, EClass targetType) {
		return new Dependency(feature, object -> ModelContents.all(object, targetType, EObject.class), targetType);
	}

	/**
	 * @return for a dependency made by {@link #everywhere(EStructuralFeature, EClass)}, the type of the objects it
	 *         re-checks (every one of them in the model), so that a checker that keeps the model's objects by type can
	 *         find them without walking the model; {@code null} for the others
	 */
	public EClass everywhereOfType() {
		return everywhereOfType;
	}

	/** @return the feature whose change matters */
	public EStructuralFeature feature() {
		return feature;
	}

	/** @return the targets to re-check after {@link #feature()} changed on {@code changed} */
	public Collection<? extends EObject> affectedTargets(EObject changed) {
		if (!feature.getEContainingClass().isSuperTypeOf(changed.eClass())) {
			return List.of();
		}
		Collection<? extends EObject> result = targets.apply(changed);
		return result == null ? List.of() : result;
	}
}
