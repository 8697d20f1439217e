package org.placewise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.CDOState;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.footprint.FootprintFactory;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.GovernanceFactory;
import org.placewise.model.resource.PlacewiseResourceFactory;

/** The CDO-native generated classes behave as ordinary EMF objects when no repository is involved. */
class PlainEmfBehaviourTest {

	@Test
	void objectsAreTransientCdoObjectsWithoutARepository() {
		Footprint footprint = FootprintFactory.eINSTANCE.createFootprint();
		assertTrue(footprint instanceof CDOObject);
		assertEquals(CDOState.TRANSIENT, ((CDOObject) footprint).cdoState());
	}

	@Test
	void containmentSetsTheParentOpposite() {
		Footprint ics = FootprintFactory.eINSTANCE.createFootprint();
		Footprint place = FootprintFactory.eINSTANCE.createFootprint();
		ics.getChildren().add(place);
		assertSame(ics, place.getParent());
		assertSame(ics, place.eContainer());
		place.setParent(null);
		assertTrue(ics.getChildren().isEmpty());
	}

	@Test
	void bidirectionalReferencesStayPaired() {
		Board committee = GovernanceFactory.eINSTANCE.createBoard();
		Board board = GovernanceFactory.eINSTANCE.createBoard();
		committee.setReportsTo(board);
		assertEquals(1, board.getReportedToBy().size());
		Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
		delegation.setDelegator(board);
		delegation.setDelegate(committee);
		assertSame(delegation, board.getDelegationsGiven().get(0));
		assertSame(delegation, committee.getDelegationsReceived().get(0));
		board.getDelegationsGiven().clear();
		assertNull(delegation.getDelegator());
	}

	@Test
	void objectsGetAUuidWhenAddedToAModelFileAndKeepIt() {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		Resource resource = newResource("ids.placewise");
		resource.getContents().add(model);
		Footprint footprint = FootprintFactory.eINSTANCE.createFootprint();
		model.getFootprints().add(footprint);
		String id = footprint.getId();
		assertNotNull(UUID.fromString(id));
		assertNotNull(UUID.fromString(model.getId()));
		model.getFootprints().remove(footprint);
		model.getFootprints().add(footprint);
		assertEquals(id, footprint.getId());
		assertSame(footprint, resource.getEObject(id));
	}

	@Test
	void xmiRoundTripKeepsDatesMoneyIdsAndReferences() throws IOException {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		Board board = GovernanceFactory.eINSTANCE.createBoard();
		Board committee = GovernanceFactory.eINSTANCE.createBoard();
		model.getBoards().add(board);
		model.getBoards().add(committee);
		Delegation delegation = GovernanceFactory.eINSTANCE.createDelegation();
		delegation.setDelegator(board);
		delegation.setDelegate(committee);
		delegation.setFinancialLimit(new BigDecimal("5000000.00"));
		delegation.setReviewDate(LocalDate.of(2025, 3, 31));
		model.getDelegations().add(delegation);
		Resource resource = newResource("round-trip.placewise");
		resource.getContents().add(model);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		String xml = out.toString(StandardCharsets.UTF_8);
		assertTrue(xml.contains("reviewDate=\"2025-03-31\""), xml);
		assertTrue(xml.contains("delegator=\"" + board.getId() + "\""), xml);

		Resource reloaded = newResource("round-trip.placewise");
		reloaded.load(new ByteArrayInputStream(out.toByteArray()), null);
		PlacewiseModel copy = (PlacewiseModel) reloaded.getContents().get(0);
		assertTrue(EcoreUtil.equals(model, copy));
		Delegation reloadedDelegation = copy.getDelegations().get(0);
		assertEquals(new BigDecimal("5000000.00"), reloadedDelegation.getFinancialLimit());
		assertEquals(LocalDate.of(2025, 3, 31), reloadedDelegation.getReviewDate());
		assertSame(copy.getBoards().get(0), reloadedDelegation.getDelegator());
		assertSame(reloadedDelegation, copy.getBoards().get(1).getDelegationsReceived().get(0));
	}

	@Test
	void loadedObjectsWithoutIdsGetThemOnTheirFirstSave() throws IOException {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<core:PlacewiseModel xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:core=\"http://placewise.org/model/1.0/core\""
				+ " name=\"No ids yet\"><footprints name=\"Somewhere\"/></core:PlacewiseModel>\n";
		Resource resource = newResource("no-ids.placewise");
		resource.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
		PlacewiseModel model = (PlacewiseModel) resource.getContents().get(0);
		assertNull(model.getFootprints().get(0).getId());
		resource.save(new ByteArrayOutputStream(), null);
		assertNotNull(UUID.fromString(model.getFootprints().get(0).getId()));
	}

	private static Resource newResource(String name) {
		return PlacewiseResourceFactory.register(new ResourceSetImpl())
				.createResource(URI.createFileURI("/tmp/" + name));
	}
}
