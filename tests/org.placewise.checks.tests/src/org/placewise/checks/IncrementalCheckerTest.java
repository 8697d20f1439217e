package org.placewise.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.Identified;
import org.placewise.model.resource.Identities;

/**
 * Incremental re-checking gives exactly the findings of a full run, after random edit sequences over every sample:
 * attributes set and unset (names included), references added and removed, contained objects created and deleted.
 */
class IncrementalCheckerTest {
	private static final int EDITS = 240;
	private static final int COMPARE_EVERY = 4;

	/** Deletes an object from the model and tells the checker so; returns what it did, for the log. */
	private interface Deletion {
		String delete(EObject object, IncrementalChecker checker);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.placewise.checks.Samples#all")
	void incrementalFindingsEqualAFullRunAfterRandomEdits(Path sample) {
		assertFindingsEqualAFullRunAfterRandomEdits(sample, (object, checker) -> delete(object));
	}

	/**
	 * As another user's removal reaches a shared model: the removed objects tell nothing and cannot be read, their
	 * container's notification carries no old value, and the checker learns only the removed objects' classes.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.placewise.checks.Samples#all")
	void incrementalFindingsEqualAFullRunAfterRemovalsTheCheckerCannotRead(Path sample) {
		assertFindingsEqualAFullRunAfterRandomEdits(sample, IncrementalCheckerTest::removeUnread);
	}

	private static void assertFindingsEqualAFullRunAfterRandomEdits(Path sample, Deletion deletion) {
		Resource resource = Samples.load(sample).eResource();
		Checker checker = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, Fixture.AS_OF);
		Random random = new Random(sample.getFileName().toString().hashCode());
		int edits = 0;
		try (IncrementalChecker incrementalChecker = new IncrementalChecker(checker, resource)) {
			assertEquals(keys(checker.check(resource)), keys(incrementalChecker.findings()), "before any edit");
			List<String> log = new ArrayList<>();
			for (int i = 1; i <= EDITS; i++) {
				String edit = randomEdit(resource, random, deletion, incrementalChecker);
				if (edit != null) {
					log.add(edit);
					edits++;
				}
				if (i % COMPARE_EVERY == 0) {
					List<String> full = keys(checker.check(resource));
					List<String> incremental = keys(incrementalChecker.findings());
					List<String> missing = full.stream().filter(k -> !incremental.contains(k)).toList();
					List<String> extra = incremental.stream().filter(k -> !full.contains(k)).toList();
					assertTrue(missing.isEmpty() && extra.isEmpty(),
							() -> "incremental run misses " + missing + " and adds "
									+ extra + " after edits:\n"
									+ String.join("\n", log.subList(Math.max(0, log.size() - 8), log.size())));
				}
			}
		}
		assertTrue(edits > EDITS / 2, "only " + edits + " edits applied");
	}

	/** Findings as sorted {@code ruleId|objectId|message} lines. */
	private static List<String> keys(List<Finding> findings) {
		return findings.stream().map(f -> f.ruleId() + "|" + f.objectId() + "|" + f.message()).sorted().toList();
	}

	private static String randomEdit(Resource resource, Random random, Deletion deletion,
			IncrementalChecker checker) {
		List<EObject> objects = new ArrayList<>();
		resource.getAllContents().forEachRemaining(objects::add);
		EObject object = objects.get(random.nextInt(objects.size()));
		return switch (random.nextInt(10)) {
		case 0, 1, 2, 3 -> editAttribute(object, random);
		case 4, 5, 6 -> editReference(object, objects, random);
		case 7, 8 -> addContained(object, random);
		default -> object.eContainer() == null ? null : deletion.delete(object, checker);
		};
	}

	private static String editAttribute(EObject object, Random random) {
		List<EAttribute> attributes = object.eClass().getEAllAttributes().stream()
				.filter(a -> a.isChangeable() && !a.isDerived() && !a.isMany()
						&& a != CorePackage.Literals.IDENTIFIED__ID)
				.toList();
		if (attributes.isEmpty()) {
			return null;
		}
		EAttribute attribute = attributes.get(random.nextInt(attributes.size()));
		Object value = randomValue(attribute, random);
		if (value == null) {
			object.eUnset(attribute);
		} else {
			object.eSet(attribute, value);
		}
		return "set " + describe(object) + "." + attribute.getName() + " = " + value;
	}

	private static Object randomValue(EAttribute attribute, Random random) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (random.nextInt(4) == 0 && !type.isPrimitive()) {
			return null;
		}
		if (attribute.getEAttributeType() instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(random.nextInt(eEnum.getELiterals().size())).getInstance();
		}
		if (type == String.class) {
			List<String> words = List.of("Improve outcomes", "Set up a new hub", "More people return home", "Wigan",
					"");
			return words.get(random.nextInt(words.size()));
		}
		if (type == BigDecimal.class) {
			return BigDecimal.valueOf(random.nextInt(12) * 1_000_000L / (1 + random.nextInt(3)));
		}
		if (type == Long.class || type == long.class) {
			return (long) random.nextInt(600_000);
		}
		if (type == Integer.class || type == int.class) {
			return random.nextInt(25);
		}
		if (type == Boolean.class || type == boolean.class) {
			return random.nextBoolean();
		}
		if (type == java.time.LocalDate.class) {
			return Fixture.AS_OF.plusDays(random.nextInt(1400) - 900);
		}
		return null;
	}

	private static String editReference(EObject object, List<EObject> objects, Random random) {
		List<EReference> references = object.eClass().getEAllReferences().stream()
				.filter(r -> r.isChangeable() && !r.isDerived() && !r.isContainment() && !r.isContainer()).toList();
		if (references.isEmpty()) {
			return null;
		}
		EReference reference = references.get(random.nextInt(references.size()));
		List<EObject> candidates = objects.stream().filter(o -> reference.getEReferenceType().isInstance(o)).toList();
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> values = (List<EObject>) object.eGet(reference);
			if (!values.isEmpty() && random.nextBoolean()) {
				EObject removed = values.remove(random.nextInt(values.size()));
				return "remove " + describe(removed) + " from " + describe(object) + "." + reference.getName();
			}
			if (candidates.isEmpty()) {
				return null;
			}
			EObject added = candidates.get(random.nextInt(candidates.size()));
			if (values.contains(added)) {
				return null;
			}
			values.add(added);
			return "add " + describe(added) + " to " + describe(object) + "." + reference.getName();
		}
		if (candidates.isEmpty() || random.nextInt(3) == 0) {
			object.eUnset(reference);
			return "unset " + describe(object) + "." + reference.getName();
		}
		EObject value = candidates.get(random.nextInt(candidates.size()));
		object.eSet(reference, value);
		return "set " + describe(object) + "." + reference.getName() + " = " + describe(value);
	}

	private static String addContained(EObject object, Random random) {
		List<EReference> containments = object.eClass().getEAllContainments().stream()
				.filter(r -> r.isChangeable() && !r.getEReferenceType().isAbstract()).toList();
		if (containments.isEmpty()) {
			return null;
		}
		EReference containment = containments.get(random.nextInt(containments.size()));
		EClass type = containment.getEReferenceType();
		EObject created = EcoreUtil.create(type);
		if (created instanceof Identified identified) {
			identified.setId(Identities.newId());
		}
		if (type.getEStructuralFeature("name") instanceof EAttribute name) {
			created.eSet(name, "New " + type.getName());
		}
		if (containment.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> values = (List<EObject>) object.eGet(containment);
			values.add(created);
		} else {
			object.eSet(containment, created);
		}
		return "create " + type.getName() + " in " + describe(object) + "." + containment.getName();
	}

	private static String delete(EObject object) {
		String text = "delete " + describe(object);
		EcoreUtil.delete(object, true);
		return text;
	}

	/**
	 * Removes an object as another user's commit does in a shared model: the objects that referred to it are told (they
	 * changed in the same commit), the removed objects tell nothing, the container tells a removal without the removed
	 * object, and the checker is given the removed objects' classes.
	 */
	private static String removeUnread(EObject object, IncrementalChecker checker) {
		String text = "remove unread " + describe(object);
		List<EObject> tree = new ArrayList<>();
		tree.add(object);
		object.eAllContents().forEachRemaining(tree::add);
		tree.forEach(removed -> removed.eSetDeliver(false));
		EcoreUtil.UsageCrossReferencer.findAll(tree, object.eResource()).forEach((used, settings) -> {
			for (EStructuralFeature.Setting setting : settings) {
				if (setting.getEStructuralFeature().isChangeable() && !tree.contains(setting.getEObject())) {
					EcoreUtil.remove(setting, used);
				}
			}
		});
		InternalEObject container = (InternalEObject) object.eContainer();
		EReference containment = object.eContainmentFeature();
		int position = containment.isMany() ? ((List<?>) container.eGet(containment)).indexOf(object)
				: Notification.NO_INDEX;
		container.eSetDeliver(false);
		EcoreUtil.remove(object);
		container.eSetDeliver(true);
		container
				.eNotify(new ENotificationImpl(container, containment.isMany() ? Notification.REMOVE : Notification.SET,
						containment, null, null, position));
		checker.removedUnread(tree.stream().map(EObject::eClass).collect(Collectors.toSet()));
		return text;
	}

	private static String describe(EObject object) {
		return object.eClass().getName() + " " + ObjectPaths.name(object);
	}
}
