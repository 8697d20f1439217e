package org.placewise.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;

/**
 * Issue 19, defect 13: setting a many-valued reference while loading must not look each value up in the list (EMF's own
 * method does, which made an outcome evidenced by 1,000,000 measures take more than 15 minutes to open). Counted, not
 * timed: the lists here count every look-up, and the results are compared with EMF's own method's.
 */
@SuppressWarnings("unchecked")
class ManyReferenceLoadTest {

	private static final int MANY = 20_000;

	@Test
	void settingALargeTwoWayReferenceLooksNothingUpInTheList() {
		Fixture fixture = new Fixture();
		Owner owner = fixture.owner();
		List<EObject> targets = fixture.targets(MANY);
		// As when loading: the other end of each link was set first, so the list already holds every value.
		for (EObject target : targets) {
			((List<Object>) target.eGet(fixture.back)).add(owner);
		}
		owner.list().lookUps = 0;
		List<XMIException> errors = new PlacewiseXmlHelper(new PlacewiseResource(URI.createURI("test:/m")))
				.setManyReference(fixture.reference(owner, targets.toArray()), "test");
		assertTrue(errors == null || errors.isEmpty(), String.valueOf(errors));
		assertEquals(targets, List.copyOf(owner.list()));
		assertEquals(0, owner.list().lookUps, "look-ups in a list of " + MANY + " while setting it");
	}

	@Test
	void aListAlreadyHoldingTheValuesInFileOrderIsNeitherIndexedNorRewritten() {
		// The usual case when loading: each measure (read first) already put itself in the outcome's list, in file
		// order. At 1,000,000 measures, indexing them in three identity sets was a quarter of the load and grew faster
		// than the list (each set larger than the processor's caches).
		Fixture fixture = new Fixture();
		Owner owner = fixture.owner();
		List<EObject> targets = fixture.targets(MANY);
		for (EObject target : targets) {
			((List<Object>) target.eGet(fixture.back)).add(owner);
		}
		owner.list().lookUps = 0;
		CountingHelper helper = new CountingHelper();
		List<XMIException> errors = helper.setManyReference(fixture.reference(owner, targets.toArray()), "test");
		assertTrue(errors == null || errors.isEmpty(), String.valueOf(errors));
		assertEquals(targets, List.copyOf(owner.list()));
		assertEquals(0, owner.list().lookUps, "look-ups in the list");
		assertEquals(0, helper.indexed, "values put in or looked up in an index for a list already in file order");
		// The file giving the first half in order (the rest added from the other end): the same, nothing indexed.
		Owner half = fixture.owner();
		List<EObject> others = fixture.targets(MANY);
		for (EObject target : others) {
			((List<Object>) target.eGet(fixture.back)).add(half);
		}
		CountingHelper second = new CountingHelper();
		second.setManyReference(fixture.reference(half, others.subList(0, MANY / 2).toArray()), "test");
		assertEquals(others, List.copyOf(half.list()));
		assertEquals(0, second.indexed, "values indexed for a list whose start is in file order");
	}

	@Test
	void aListInAnotherOrderIsStillIndexedOnceAndLinearly() {
		// The counting above proves something only if the general path does index: one entry per value and set.
		Fixture fixture = new Fixture();
		Owner owner = fixture.owner();
		List<EObject> targets = fixture.targets(1_000);
		for (EObject target : targets) {
			((List<Object>) target.eGet(fixture.back)).add(owner);
		}
		List<EObject> reversed = new ArrayList<>(targets);
		java.util.Collections.reverse(reversed);
		CountingHelper helper = new CountingHelper();
		helper.setManyReference(fixture.reference(owner, reversed.toArray()), "test");
		assertEquals(reversed, List.copyOf(owner.list()));
		assertTrue(helper.indexed > 0 && helper.indexed <= 6 * 1_000, "indexed " + helper.indexed);
		assertEquals(0, owner.list().lookUps);
	}

	@Test
	void emfsOwnMethodIsTheQuadraticOneThisTestWouldCatch() {
		Fixture fixture = new Fixture();
		Owner owner = fixture.owner();
		List<EObject> targets = fixture.targets(1_000);
		for (EObject target : targets) {
			((List<Object>) target.eGet(fixture.back)).add(owner);
		}
		owner.list().lookUps = 0;
		emf().setManyReference(fixture.reference(owner, targets.toArray()), "test");
		assertEquals(1_000, owner.list().lookUps, "EMF looks every value up; if not, the test above proves nothing");
	}

	@Test
	void theResultIsEmfsForEveryOrderAndOverlap() {
		Random random = new Random(19);
		for (int round = 0; round < 300; round++) {
			// Around the size below which EMF's own method is used, and well above it.
			int size = 1 + random.nextInt(3 * PlacewiseXmlHelper.SMALL_LIST);
			Fixture ours = new Fixture();
			Fixture theirs = new Fixture();
			Owner ourOwner = ours.owner();
			Owner theirOwner = theirs.owner();
			List<EObject> ourTargets = ours.targets(size);
			List<EObject> theirTargets = theirs.targets(size);
			// Some links set from the other end first, in a random order; the file gives a random selection.
			List<Integer> before = shuffled(random, size, random.nextInt(size + 1));
			for (int i : before) {
				((List<Object>) ourTargets.get(i).eGet(ours.back)).add(ourOwner);
				((List<Object>) theirTargets.get(i).eGet(theirs.back)).add(theirOwner);
			}
			// A third of the rounds as loading usually meets it: the file gives the values in the order the other
			// ends added them (perhaps only the first of them, perhaps more).
			List<Integer> given = round % 3 == 0 ? inOrderThenMore(random, before, size)
					: shuffled(random, size, random.nextInt(size + 1));

			List<XMIException> ourErrors = new PlacewiseXmlHelper(new PlacewiseResource(URI.createURI("test:/m")))
					.setManyReference(ours.reference(ourOwner, pick(ourTargets, given)), "test");
			List<XMIException> theirErrors = emf().setManyReference(
					theirs.reference(theirOwner, pick(theirTargets, given)), "test");
			assertEquals(count(theirErrors), count(ourErrors));
			assertEquals(indexes(theirTargets, theirOwner.list()), indexes(ourTargets, ourOwner.list()),
					"round " + round + ": before " + before + ", given " + given);
			for (int i = 0; i < size; i++) {
				assertEquals(((List<?>) theirTargets.get(i).eGet(theirs.back)).size(),
						((List<?>) ourTargets.get(i).eGet(ours.back)).size(), "the other end of " + i);
			}
		}
	}

	@Test
	void aValueGivenTwiceIsAnErrorAsInEmf() {
		Fixture fixture = new Fixture();
		Owner owner = fixture.owner();
		List<EObject> targets = fixture.targets(PlacewiseXmlHelper.SMALL_LIST);
		List<Object> given = new ArrayList<>(targets);
		given.add(targets.get(0));
		List<XMIException> errors = new PlacewiseXmlHelper(new PlacewiseResource(URI.createURI("test:/m")))
				.setManyReference(fixture.reference(owner, given.toArray()), "test");
		List<XMIException> emfErrors = emf().setManyReference(fixture.reference(fixture.owner(), given.toArray()),
				"test");
		assertEquals(1, count(errors));
		assertEquals(count(emfErrors), count(errors));
		assertEquals(targets, List.copyOf(owner.list()));
		assertEquals(0, owner.list().lookUps);
	}

	@Test
	void aModelFileWithBothEndsInDifferentOrdersOpensInTheFileOrder() throws Exception {
		String file = """
				<?xml version="1.0" encoding="UTF-8"?>
				<core:PlacewiseModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:core="http://placewise.org/model/1.0/core" id="m" name="M">
				  <visions id="v" name="V">
				    <outcomes id="o" name="O" evidencedBy="c a b"/>
				  </visions>
				  <measures id="a" name="A" evidencedOutcomes="o"/>
				  <measures id="b" name="B" evidencedOutcomes="o"/>
				  <measures id="c" name="C" evidencedOutcomes="o"/>
				</core:PlacewiseModel>
				""";
		PlacewiseResource resource = new PlacewiseResource(URI.createURI("test:/m.placewise"));
		resource.load(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), null);
		assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
		PlacewiseModel model = (PlacewiseModel) resource.getContents().get(0);
		Outcome outcome = model.getVisions().get(0).getOutcomes().get(0);
		assertEquals(List.of("C", "A", "B"), outcome.getEvidencedBy().stream().map(Measure::getName).toList());
		for (Measure measure : model.getMeasures()) {
			assertEquals(List.of(outcome), measure.getEvidencedOutcomes());
		}
	}

	/** @return how many errors: EMF gives {@code null} for none */
	private static int count(List<XMIException> errors) {
		return errors == null ? 0 : errors.size();
	}

	private static XMLHelper emf() {
		XMIHelperImpl helper = new XMIHelperImpl(new PlacewiseResource(URI.createURI("test:/m")));
		// What loading with OPTION_DEFER_IDREF_RESOLUTION sets.
		helper.setCheckForDuplicates(true);
		return helper;
	}

	private static List<Integer> shuffled(Random random, int size, int count) {
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			all.add(i);
		}
		java.util.Collections.shuffle(all, random);
		return all.subList(0, count);
	}

	/** @return a start of {@code before} in its order, sometimes followed by values it does not hold */
	private static List<Integer> inOrderThenMore(Random random, List<Integer> before, int size) {
		List<Integer> given = new ArrayList<>(before.subList(0, random.nextInt(before.size() + 1)));
		if (random.nextBoolean()) {
			for (int i = 0; i < size; i++) {
				if (!before.contains(i) && random.nextBoolean()) {
					given.add(i);
				}
			}
		}
		return given;
	}

	private static Object[] pick(List<EObject> targets, List<Integer> indexes) {
		return indexes.stream().map(targets::get).toArray();
	}

	private static List<Integer> indexes(List<EObject> targets, List<?> list) {
		return list.stream().map(targets::indexOf).toList();
	}

	/** A tiny two-class model: an owner with a many-valued reference whose other end is many-valued too. */
	private static final class Fixture {
		final EClass ownerClass;
		final EClass targetClass;
		final EReference forward;
		final EReference back;

		Fixture() {
			EcoreFactory ecore = EcoreFactory.eINSTANCE;
			EPackage pkg = ecore.createEPackage();
			pkg.setName("t");
			pkg.setNsURI("test:t");
			ownerClass = ecore.createEClass();
			ownerClass.setName("Owner");
			targetClass = ecore.createEClass();
			targetClass.setName("Target");
			forward = ecore.createEReference();
			forward.setName("targets");
			forward.setEType(targetClass);
			forward.setUpperBound(-1);
			back = ecore.createEReference();
			back.setName("owners");
			back.setEType(ownerClass);
			back.setUpperBound(-1);
			forward.setEOpposite(back);
			back.setEOpposite(forward);
			ownerClass.getEStructuralFeatures().add(forward);
			targetClass.getEStructuralFeatures().add(back);
			pkg.getEClassifiers().add(ownerClass);
			pkg.getEClassifiers().add(targetClass);
		}

		Owner owner() {
			return new Owner(this);
		}

		List<EObject> targets(int count) {
			List<EObject> targets = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				targets.add(new DynamicEObjectImpl(targetClass));
			}
			return targets;
		}

		XMLHelper.ManyReference reference(EObject owner, Object[] values) {
			int[] positions = new int[values.length];
			for (int i = 0; i < positions.length; i++) {
				positions[i] = i;
			}
			return new XMLHelper.ManyReference() {
				@Override
				public EObject getObject() {
					return owner;
				}

				@Override
				public EStructuralFeature getFeature() {
					return forward;
				}

				@Override
				public Object[] getValues() {
					return values;
				}

				@Override
				public int[] getPositions() {
					return positions;
				}

				@Override
				public int getLineNumber() {
					return 1;
				}

				@Override
				public int getColumnNumber() {
					return 1;
				}
			};
		}
	}

	/** Our helper, counting every value it puts in or looks up in an identity set. */
	private static final class CountingHelper extends PlacewiseXmlHelper {
		int indexed;

		CountingHelper() {
			super(new PlacewiseResource(URI.createURI("test:/m")));
		}

		@Override
		Set<Object> identitySet(int expected) {
			Set<Object> set = super.identitySet(expected);
			return new java.util.AbstractSet<>() {
				@Override
				public boolean add(Object value) {
					indexed++;
					return set.add(value);
				}

				@Override
				public boolean contains(Object value) {
					indexed++;
					return set.contains(value);
				}

				@Override
				public java.util.Iterator<Object> iterator() {
					return set.iterator();
				}

				@Override
				public int size() {
					return set.size();
				}
			};
		}
	}

	/** An owner whose list counts every look-up of a value in it. */
	private static final class Owner extends DynamicEObjectImpl {
		private final CountingList list;

		Owner(Fixture fixture) {
			super(fixture.ownerClass);
			list = new CountingList(this, fixture.forward.getFeatureID(), fixture.back.getFeatureID());
			// The list every access uses, the other end's included.
			eSettings();
			dynamicSet(0, list);
		}

		CountingList list() {
			return list;
		}

		@Override
		public String toString() {
			return "owner";
		}
	}

	private static final class CountingList extends EObjectWithInverseResolvingEList.ManyInverse<Object> {
		private static final long serialVersionUID = 1L;
		int lookUps;

		CountingList(InternalEObject owner, int featureId, int inverseFeatureId) {
			super(Object.class, owner, featureId, inverseFeatureId);
		}

		@Override
		public int basicIndexOf(Object object) {
			lookUps++;
			return super.basicIndexOf(object);
		}

		@Override
		public int indexOf(Object object) {
			lookUps++;
			return super.indexOf(object);
		}

		@Override
		public boolean contains(Object object) {
			lookUps++;
			return super.contains(object);
		}

		@Override
		public boolean basicContains(Object object) {
			lookUps++;
			return super.basicContains(object);
		}
	}
}
