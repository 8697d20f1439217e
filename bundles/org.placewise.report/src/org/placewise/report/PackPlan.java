package org.placewise.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.checks.Finding;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.ChangeList;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.measures.Measure;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.outcomes.MeasureReading;
import org.placewise.outcomes.MeasureSpc;
import org.placewise.outcomes.OutcomeRollUp;

/**
 * What a leaders' pack will hold, decided before any page is written: its pages in order, where every object it shows
 * is anchored (page and fragment), the SPC analysis and chart file of every measure shown, the footprint it is about,
 * the date it is as of, and the check findings it reports. The findings come from the caller, who runs the checks with
 * the profile the user chose, so the pack and {@code placewise check} with the same profile report the same findings.
 *
 * <p>
 * Every page is written from the plan alone, so links between pages always resolve.
 */
public final class PackPlan {

	/** The overview page, the pack's entry point. */
	public static final String INDEX = "index.html";
	static final String OUTCOMES = "outcomes.html";
	static final String DELEGATIONS = "delegations.html";
	static final String FINDINGS = "findings.html";
	static final String CHANGES = "changes.html";
	static final String PROGRAMMES = "programmes.html";
	static final String UNLISTED_MEASURES = "measures.html";
	static final String CHARTS = "charts";
	static final String DIAGRAMS = "diagrams";

	/** The kinds of page a pack has; each is written by its own class. */
	public enum PageKind {
		/** The place at a glance: programmes, footprints, governance, money ({@code OverviewPage}). */
		OVERVIEW,
		/** Visions and their outcome trees ({@code OutcomesPage}). */
		OUTCOMES,
		/** Every work programme, with search and filters ({@code ProgrammesPage}). */
		PROGRAMMES,
		/** One work programme with its measures ({@code ProgrammePage}); one page per programme. */
		PROGRAMME,
		/**
		 * One footprint (ICS, place, locality...) with the footprints within it, its programmes and boards
		 * ({@code FootprintPage}); one page per footprint, so leaders drill down ICS to place to locality.
		 */
		FOOTPRINT,
		/** The measures no programme in the pack lists ({@code UnlistedMeasuresPage}). */
		UNLISTED_MEASURES,
		/** The delegations register ({@code DelegationsPage}). */
		DELEGATIONS,
		/** The check findings ({@code FindingsPage}). */
		FINDINGS,
		/**
		 * What changed in the scheme of delegation, boards and measures since an earlier version, redlined
		 * ({@code ChangesPage}); only in a pack planned with a change list.
		 */
		CHANGES,
		/**
		 * One diagram full size, to pan and zoom ({@code DiagramViewerPage}); one per diagram drawn, linked from the
		 * overview, and not among {@link PackPlan#pages()}: whether a diagram can be drawn is known only when drawing.
		 */
		DIAGRAM
	}

	/**
	 * One page of the pack.
	 *
	 * @param kind         what the page shows
	 * @param file         its file name, relative to the pack's folder
	 * @param label        its name in navigation and breadcrumbs
	 * @param inNavigation whether every page's navigation bar links to it; pages of programmes and footprints are
	 *                     reached from index pages instead, so the bar stays one row at any scale
	 * @param subject      the programme or footprint the page is about, else {@code null}
	 */
	public record Page(PageKind kind, String file, String label, boolean inNavigation, EObject subject) {

		/** @return the programme a {@link PageKind#PROGRAMME} page is about, else {@code null} */
		public WorkProgramme programme() {
			return subject instanceof WorkProgramme programme ? programme : null;
		}

		/** @return the footprint a {@link PageKind#FOOTPRINT} page is about, else {@code null} */
		public Footprint footprint() {
			return subject instanceof Footprint footprint ? footprint : null;
		}
	}

	private final PlacewiseModel model;
	private final LocalDate asOf;
	private final Footprint root;
	private final List<Finding> findings;
	private final PackFindings packFindings;
	/** What changed since an earlier version, for the "What changed" page; {@code null} for none. */
	private final ChangeList changes;

	private final List<Page> pages = new ArrayList<>();
	/** The pages in the navigation bar, listed once (all are planned when the plan is made). */
	private List<Page> navigation;
	private final Map<EObject, String> anchors = new IdentityHashMap<>();
	private final Map<WorkProgramme, String> programmePages = new LinkedHashMap<>();
	private final Map<Footprint, Page> footprintPages = new LinkedHashMap<>();
	/** Made when a footprint page first asks (see {@link #programmesOf} and {@link #boardsOf}). */
	private Map<Footprint, List<WorkProgramme>> programmesByFootprint;
	private Map<Footprint, List<Board>> boardsByFootprint;
	private final Map<String, Page> pagesByFile = new LinkedHashMap<>();
	private final Map<Measure, String> chartFiles = new LinkedHashMap<>();
	private final Map<Measure, MeasureSpc.Analysis> analyses = new IdentityHashMap<>();
	/** The outcome roll-up; its readings are the measures' analyses, so each measure is analysed once per pack. */
	private final OutcomeRollUp rollUp;
	private final Map<Measure, String> analysisErrors = new IdentityHashMap<>();
	private final Set<String> usedSlugs = new HashSet<>();
	private final List<WorkProgramme> programmes;
	private final List<Measure> unlistedMeasures;

	private PackPlan(PlacewiseModel model, LocalDate asOf, Footprint root, List<Finding> findings,
			FindingsRecord since, ChangeList changes) {
		this.model = Objects.requireNonNull(model, "model");
		this.changes = changes;
		this.asOf = Objects.requireNonNull(asOf, "asOf");
		this.root = root;
		if (root != null && EcoreUtil.getRootContainer(root) != model) {
			throw new IllegalArgumentException("The footprint '" + PackWording.name(root) + "' is not in model '"
					+ PackWording.name(model) + "'.");
		}
		this.findings = findings.stream()
				.sorted(Comparator.comparing((Finding f) -> f.severity()).reversed().thenComparing(Finding::ruleId))
				.toList();
		usedSlugs.addAll(List.of("index", "outcomes", "delegations", "findings", "measures", "programmes", "changes"));
		programmes = model.getProgrammes().stream().filter(this::inScope).toList();
		rollUp = OutcomeRollUp.of(model);
		unlistedMeasures = planProgrammesAndMeasures();
		planPages();
		anchorTheRest();
		packFindings = new PackFindings(this.findings, this::shownAs, since);
	}

	/**
	 * Plans a pack.
	 *
	 * @param model    the model to report on
	 * @param asOf     the date the pack is as of: review dates before it are overdue; the findings should be judged as
	 *                 of the same date
	 * @param root     the footprint the pack is about (its programmes and everything nested in it), or {@code null} for
	 *                 the whole model; find one by id or name with
	 *                 {@link org.placewise.diagram.kinds.DiagramScope#findRoot(PlacewiseModel, String)}
	 * @param findings the check findings to report, as the caller's checker and profile gave them; the pack shows them
	 *                 most severe first
	 * @return the plan
	 * @throws IllegalArgumentException when the root footprint is not in the model
	 */
	public static PackPlan of(PlacewiseModel model, LocalDate asOf, Footprint root, List<Finding> findings) {
		return of(model, asOf, root, findings, null);
	}

	/**
	 * Plans a pack that says what changed since an earlier one: which findings are new, which are resolved and which
	 * are still open.
	 *
	 * @param since the findings the earlier pack recorded ({@link FindingsRecord#read}), or {@code null} to compare
	 *              with nothing
	 * @see #of(PlacewiseModel, LocalDate, Footprint, List)
	 */
	public static PackPlan of(PlacewiseModel model, LocalDate asOf, Footprint root, List<Finding> findings,
			FindingsRecord since) {
		return of(model, asOf, root, findings, since, null);
	}

	/**
	 * Plans a pack with a "What changed" page: the scheme of delegation, boards and measures redlined against an
	 * earlier version of the model.
	 *
	 * @param changes what changed since the earlier version ({@link ChangeList#of}), or {@code null} for a pack without
	 *                the page
	 * @see #of(PlacewiseModel, LocalDate, Footprint, List, FindingsRecord)
	 */
	public static PackPlan of(PlacewiseModel model, LocalDate asOf, Footprint root, List<Finding> findings,
			FindingsRecord since, ChangeList changes) {
		return new PackPlan(model, asOf, root, Objects.requireNonNull(findings, "findings"), since, changes);
	}

	private List<Measure> planProgrammesAndMeasures() {
		for (WorkProgramme programme : programmes) {
			String page = "programme-" + slug(PackWording.name(programme)) + ".html";
			programmePages.put(programme, page);
			anchor(programme, page);
			for (Measure measure : programme.getMeasures()) {
				anchor(measure, page);
			}
		}
		List<Measure> unlisted = model.getMeasures().stream()
				.filter(m -> m.getProgrammes().stream().noneMatch(programmePages::containsKey))
				.filter(m -> root == null || m.getProgrammes().isEmpty())
				.toList();
		unlisted.forEach(m -> anchor(m, UNLISTED_MEASURES));
		for (Measure measure : model.getMeasures()) {
			if (!anchors.containsKey(measure)) {
				continue;
			}
			MeasureReading reading = rollUp.reading(measure);
			MeasureSpc.Analysis analysis = reading.analysis();
			if (analysis != null) {
				analyses.put(measure, analysis);
				if (!analysis.result().points().isEmpty()) {
					chartFiles.put(measure, CHARTS + "/" + slug(PackWording.name(measure)) + ".svg");
				}
			} else {
				analysisErrors.put(measure, reading.problem());
			}
		}
		return unlisted;
	}

	private void planPages() {
		pages.add(new Page(PageKind.OVERVIEW, INDEX, "Overview", true, null));
		pages.add(new Page(PageKind.OUTCOMES, OUTCOMES, "Outcome tree", true, null));
		pages.add(new Page(PageKind.PROGRAMMES, PROGRAMMES, "Programmes", true, null));
		programmePages.forEach((programme, file) -> pages.add(new Page(PageKind.PROGRAMME, file,
				PackWording.name(programme), false, programme)));
		if (!unlistedMeasures.isEmpty()) {
			pages.add(new Page(PageKind.UNLISTED_MEASURES, UNLISTED_MEASURES, "Other measures", true, null));
		}
		pages.add(new Page(PageKind.DELEGATIONS, DELEGATIONS, "Delegations", true, null));
		pages.add(new Page(PageKind.FINDINGS, FINDINGS, "Findings", true, null));
		if (changes != null) {
			pages.add(new Page(PageKind.CHANGES, CHANGES, "What changed", true, null));
		}
		for (Footprint top : footprints()) {
			planFootprintPages(top);
		}
		pages.forEach(p -> pagesByFile.put(p.file(), p));
	}

	/** A page for the footprint and each footprint within it, parents first. */
	private void planFootprintPages(Footprint footprint) {
		String file = "footprint-" + slug(PackWording.name(footprint)) + ".html";
		Page page = new Page(PageKind.FOOTPRINT, file, PackWording.name(footprint), false, footprint);
		footprintPages.put(footprint, page);
		pages.add(page);
		anchor(footprint, file);
		footprint.getChildren().forEach(this::planFootprintPages);
	}

	private void anchorTheRest() {
		for (Vision vision : model.getVisions()) {
			anchor(vision, OUTCOMES);
			vision.eAllContents().forEachRemaining(o -> {
				if (o instanceof Outcome) {
					anchor(o, OUTCOMES);
				}
			});
		}
		model.getDelegations().forEach(d -> anchor(d, DELEGATIONS));
		footprintPages.keySet().forEach(f -> f.eContents().forEach(o -> {
			if (!(o instanceof Footprint)) {
				anchor(o, footprintPages.get(f).file());
			}
		}));
		model.getPartnerships().forEach(p -> anchor(p, INDEX));
		model.getBoards().forEach(b -> {
			anchor(b, INDEX);
			b.eAllContents().forEachRemaining(o -> {
				if (o instanceof Board) {
					anchor(o, INDEX);
				}
			});
		});
		model.getOrganisations().forEach(o -> anchor(o, INDEX));
		model.getPooledBudgets().forEach(p -> anchor(p, INDEX));
		model.getInvestmentFlows().forEach(f -> anchor(f, INDEX));
	}

	private boolean inScope(WorkProgramme programme) {
		if (root == null) {
			return true;
		}
		for (Footprint f = programme.getFootprint(); f != null; f = f.getParent()) {
			if (f == root) {
				return true;
			}
		}
		return false;
	}

	private void anchor(EObject object, String page) {
		anchors.putIfAbsent(object, page);
	}

	/** A file name from a name: ASCII, lower case, hyphens, at most 60 characters, unique in the pack. */
	private String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String base = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
				.replaceAll("(^-+|-+$)", "");
		if (base.length() > 60) {
			base = base.substring(0, 60).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			base = "unnamed";
		}
		String slug = base;
		for (int n = 2; !usedSlugs.add(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/** @return the model the pack reports on */
	public PlacewiseModel model() {
		return model;
	}

	/** @return the date the pack is as of */
	public LocalDate asOf() {
		return asOf;
	}

	/** @return the footprint the pack is about, or {@code null} for the whole model */
	public Footprint root() {
		return root;
	}

	/** @return the findings the pack reports, most severe first, then by rule id */
	public List<Finding> findings() {
		return findings;
	}

	/** @return the findings as the pages place, group and compare them */
	PackFindings packFindings() {
		return packFindings;
	}

	/** @return what changed since an earlier version, or {@code null} when the pack has no "What changed" page */
	ChangeList changes() {
		return changes;
	}

	/** @return the record of the pack's findings, for the next pack to compare with */
	public FindingsRecord findingsRecord() {
		return FindingsRecord.of(asOf, findings);
	}

	/** @return the pages, in the order of the navigation */
	public List<Page> pages() {
		return List.copyOf(pages);
	}

	/**
	 * @return the pages every page's navigation bar links to, in order: a handful at any scale (programmes and
	 *         footprints are reached from index pages)
	 */
	List<Page> navigation() {
		if (navigation == null) {
			navigation = pages.stream().filter(Page::inNavigation).toList();
		}
		return navigation;
	}

	/** @return the footprints at the top of the pack: the root, or every top-level footprint of the model */
	List<Footprint> footprints() {
		return root == null ? model.getFootprints() : List.of(root);
	}

	/** @return the page of a footprint the pack shows, or {@code null} */
	Page footprintPage(Footprint footprint) {
		return footprintPages.get(footprint);
	}

	/**
	 * The pages above a page, from the overview down, for its breadcrumbs: a programme sits under the programme index,
	 * a footprint under the footprints containing it, any other page under the overview.
	 *
	 * @return the pages above, outermost first; empty for the overview
	 */
	List<Page> trail(Page page) {
		List<Page> trail = new ArrayList<>();
		switch (page.kind()) {
		case OVERVIEW -> {
			return trail;
		}
		case PROGRAMME -> trail.add(pagesByFile.get(PROGRAMMES));
		case FOOTPRINT -> {
			for (Footprint f = page.footprint().getParent(); f != null; f = f.getParent()) {
				Page above = footprintPages.get(f);
				if (above != null) {
					trail.add(0, above);
				}
			}
		}
		default -> {
		}
		}
		trail.add(0, pagesByFile.get(INDEX));
		return trail;
	}

	/** @return the work programmes the pack has a page for, in model order */
	List<WorkProgramme> programmes() {
		return programmes;
	}

	/**
	 * @param footprint a footprint
	 * @return the work programmes the pack has a page for whose footprint it is, in model order
	 */
	List<WorkProgramme> programmesOf(Footprint footprint) {
		if (programmesByFootprint == null) {
			// Grouped once for all footprint pages: going through every programme for each page made a national pack
			// cost footprints times programmes.
			programmesByFootprint = new IdentityHashMap<>();
			for (WorkProgramme programme : programmes) {
				programmesByFootprint.computeIfAbsent(programme.getFootprint(), f -> new ArrayList<>()).add(programme);
			}
		}
		return programmesByFootprint.getOrDefault(footprint, List.of());
	}

	/**
	 * @param footprint a footprint
	 * @return the boards and committees (at any depth) whose footprint it is, each top-level board followed by what it
	 *         contains, in model order
	 */
	List<Board> boardsOf(Footprint footprint) {
		if (boardsByFootprint == null) {
			// Grouped once for all footprint pages: going through every board and all it contains for each page made
			// the pack of a model eight times England (27,336 footprints, 5,528 boards) quadratic.
			boardsByFootprint = new IdentityHashMap<>();
			for (Board board : model.getBoards()) {
				boardsByFootprint.computeIfAbsent(board.getFootprint(), f -> new ArrayList<>()).add(board);
				for (TreeIterator<EObject> inside = board.eAllContents(); inside.hasNext();) {
					if (inside.next() instanceof Board sub) {
						boardsByFootprint.computeIfAbsent(sub.getFootprint(), f -> new ArrayList<>()).add(sub);
					}
				}
			}
		}
		return boardsByFootprint.getOrDefault(footprint, List.of());
	}

	/** @return the measures shown that no programme in the pack lists */
	List<Measure> unlistedMeasures() {
		return unlistedMeasures;
	}

	/** @return the SPC analysis of a measure shown, or {@code null} when it cannot be charted */
	MeasureSpc.Analysis analysis(Measure measure) {
		return analyses.get(measure);
	}

	/**
	 * @return how each outcome and programme is doing, rolled up from its measures; the measures' analyses are the ones
	 *         the pack charts
	 */
	OutcomeRollUp rollUp() {
		return rollUp;
	}

	/** @return why a measure's observations cannot be charted, or {@code null} */
	String analysisError(Measure measure) {
		return analysisErrors.get(measure);
	}

	/** @return the chart file of each measure with observations, relative to the pack's folder */
	Map<Measure, String> chartFiles() {
		return chartFiles;
	}

	/** The id of an object's anchor; stable because it comes from the object's stable id. */
	static String anchorId(EObject object) {
		String id = EcoreUtil.getID(object);
		if (id != null && !id.isBlank()) {
			return "o-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
		}
		// Without an id, the position in the model is the next most stable thing.
		return "o-" + EcoreUtil.getRelativeURIFragmentPath(EcoreUtil.getRootContainer(object), object)
				.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	/** A link to where an object is shown, from any page; empty when the pack does not show it. */
	Optional<String> href(EObject object) {
		String page = anchors.get(object);
		return page == null ? Optional.empty() : Optional.of(page + "#" + anchorId(object));
	}

	/** Links to the object, or to the nearest object containing it that the pack shows. */
	Optional<String> nearestHref(EObject object) {
		EObject shown = shownAs(object);
		return shown == null ? Optional.empty() : href(shown);
	}

	/** The object, or the nearest object containing it, that the pack shows; {@code null} when none. */
	EObject shownAs(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (anchors.containsKey(o)) {
				return o;
			}
		}
		return null;
	}
}
