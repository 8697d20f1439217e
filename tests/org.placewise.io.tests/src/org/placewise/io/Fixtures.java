package org.placewise.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.model.core.CoreFactory;
import org.placewise.model.core.CorePackage;
import org.placewise.model.core.Frequency;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.measures.MeasuresFactory;
import org.placewise.model.measures.Observation;
import org.placewise.model.organisation.OrganisationFactory;
import org.placewise.model.organisation.Person;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.OutcomesFactory;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.store.ModelFileException;
import org.placewise.store.ModelFiles;

/** Models and files the import and export tests share. */
final class Fixtures {

	static final String OLDER_ADULTS = "Older adults transformation";
	static final String DISCHARGE = "Discharge to assess";
	static final String ADMISSIONS = "Avoided admissions per week";
	static final String DELAY_DAYS = "Average delay days";

	private Fixtures() {
	}

	/**
	 * A small partnership: two programmes, an outcome tree, two people and two measures, the first with three weekly
	 * observations.
	 */
	static PlacewiseModel partnership() {
		PlacewiseModel model = CoreFactory.eINSTANCE.createPlacewiseModel();
		model.setName("Test place");
		WorkProgramme olderAdults = programme(model, OLDER_ADULTS);
		WorkProgramme discharge = programme(model, DISCHARGE);
		Vision vision = OutcomesFactory.eINSTANCE.createVision();
		vision.setName("Living well");
		model.getVisions().add(vision);
		Outcome home = OutcomesFactory.eINSTANCE.createOutcome();
		home.setName("More people return home after a hospital stay");
		vision.getOutcomes().add(home);
		Outcome independent = OutcomesFactory.eINSTANCE.createOutcome();
		independent.setName("People live independently for longer");
		home.getChildren().add(independent);
		Person jo = OrganisationFactory.eINSTANCE.createPerson();
		jo.setName("Jo Patel");
		model.getPeople().add(jo);
		Person sam = OrganisationFactory.eINSTANCE.createPerson();
		sam.setName("Sam Okafor");
		model.getPeople().add(sam);

		Measure admissions = MeasuresFactory.eINSTANCE.createMeasure();
		admissions.setName(ADMISSIONS);
		admissions.setUnit("admissions per week");
		admissions.setDesiredDirection(DesiredDirection.HIGHER_IS_BETTER);
		admissions.setFrequency(Frequency.WEEKLY);
		admissions.setBaselineValue(new BigDecimal("40"));
		admissions.setBaselineDate(LocalDate.of(2024, 4, 1));
		admissions.setTargetValue(new BigDecimal("55.5"));
		admissions.setTargetDate(LocalDate.of(2025, 3, 31));
		admissions.setOwner(jo);
		admissions.setDataSource("Frailty unit weekly return, \"SitRep\"");
		admissions.setDescription("Counts admissions avoided,\nby the frailty and urgent community response teams.");
		admissions.getProgrammes().add(olderAdults);
		admissions.getEvidencedOutcomes().add(independent);
		model.getMeasures().add(admissions);
		observe(admissions, "2024-04-07", "41");
		observe(admissions, "2024-04-14", "43.5");
		observe(admissions, "2024-04-21", "39");

		Measure delay = MeasuresFactory.eINSTANCE.createMeasure();
		delay.setName(DELAY_DAYS);
		delay.setUnit("days");
		delay.setDesiredDirection(DesiredDirection.LOWER_IS_BETTER);
		delay.setFrequency(Frequency.MONTHLY);
		delay.getProgrammes().add(discharge);
		delay.getProgrammes().add(olderAdults);
		delay.getEvidencedOutcomes().add(home);
		model.getMeasures().add(delay);
		return model;
	}

	private static WorkProgramme programme(PlacewiseModel model, String name) {
		WorkProgramme programme = OutcomesFactory.eINSTANCE.createWorkProgramme();
		programme.setName(name);
		model.getProgrammes().add(programme);
		return programme;
	}

	static void observe(Measure measure, String date, String value) {
		Observation observation = MeasuresFactory.eINSTANCE.createObservation();
		observation.setObservedOn(LocalDate.parse(date));
		observation.setObservedValue(new BigDecimal(value));
		measure.getObservations().add(observation);
	}

	static Measure measure(PlacewiseModel model, String name) {
		return model.getMeasures().stream().filter(m -> name.equals(m.getName())).findFirst().orElseThrow();
	}

	/** Saves the partnership model into {@code folder} and returns the file. */
	static Path savedPartnership(Path folder) throws ModelFileException {
		Path file = folder.resolve("place.placewise");
		new ModelFiles().save(partnership(), file);
		return file;
	}

	static Path csv(Path folder, String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/** Writes a one-sheet workbook; each row is a list of String, Number, LocalDate or null cells. */
	static Path xlsx(Path folder, String name, String sheet, List<List<Object>> rows) throws IOException {
		Path file = folder.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var created = workbook.createSheet(sheet);
			var dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			for (int r = 0; r < rows.size(); r++) {
				var row = created.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value == null) {
						continue;
					}
					var cell = row.createCell(c);
					switch (value) {
					case Number number -> cell.setCellValue(number.doubleValue());
					case LocalDate date -> {
						cell.setCellValue(date);
						cell.setCellStyle(dateStyle);
					}
					default -> cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
		}
		return file;
	}

	/**
	 * Whether two models hold the same content, ignoring ids (objects an import creates get new ones) and the order of
	 * cross-reference lists (a programme lists a created measure last).
	 */
	static boolean sameContent(PlacewiseModel expected, PlacewiseModel actual) {
		return new EcoreUtil.EqualityHelper() {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean haveEqualAttribute(EObject eObject1, EObject eObject2, EAttribute attribute) {
				return attribute == CorePackage.Literals.IDENTIFIED__ID
						|| super.haveEqualAttribute(eObject1, eObject2, attribute);
			}

			@Override
			protected boolean haveEqualReference(EObject eObject1, EObject eObject2, EReference reference) {
				if (reference.isMany() && !reference.isContainment()) {
					return equals(byName(eObject1, reference), byName(eObject2, reference));
				}
				return super.haveEqualReference(eObject1, eObject2, reference);
			}

			private List<EObject> byName(EObject owner, EReference reference) {
				List<EObject> sorted = new ArrayList<>((List<? extends EObject>) owner.eGet(reference));
				sorted.sort(Comparator.comparing(o -> o instanceof NamedElement n ? String.valueOf(n.getName()) : ""));
				return sorted;
			}
		}.equals(expected, actual);
	}
}
