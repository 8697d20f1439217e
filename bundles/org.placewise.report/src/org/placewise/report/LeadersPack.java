package org.placewise.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
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
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.placewise.checks.CheckCatalogue;
import org.placewise.checks.CheckProfile;
import org.placewise.checks.CheckRule;
import org.placewise.checks.Checker;
import org.placewise.checks.Finding;
import org.placewise.checks.ObjectPaths;
import org.placewise.checks.Severity;
import org.placewise.diagram.chart.SpcChartSvg;
import org.placewise.model.core.NamedElement;
import org.placewise.model.core.PlacewiseModel;
import org.placewise.model.edit.label.PlacewiseLabels;
import org.placewise.model.finance.InvestmentBenefitFlow;
import org.placewise.model.finance.PooledBudget;
import org.placewise.model.footprint.Footprint;
import org.placewise.model.governance.Board;
import org.placewise.model.governance.DecisionMaker;
import org.placewise.model.governance.Delegation;
import org.placewise.model.governance.LegalBasis;
import org.placewise.model.governance.Membership;
import org.placewise.model.governance.Partnership;
import org.placewise.model.governance.ReservedMatter;
import org.placewise.model.measures.DesiredDirection;
import org.placewise.model.measures.Measure;
import org.placewise.model.organisation.Organisation;
import org.placewise.model.outcomes.Barrier;
import org.placewise.model.outcomes.EvidenceOfOpportunity;
import org.placewise.model.outcomes.Outcome;
import org.placewise.model.outcomes.Vision;
import org.placewise.model.outcomes.WorkProgramme;
import org.placewise.model.query.Delegations;
import org.placewise.model.query.Measures;
import org.placewise.spc.Assurance;
import org.placewise.spc.ChartKind;
import org.placewise.spc.ImprovementDirection;
import org.placewise.spc.SpcInputException;
import org.placewise.spc.SpcResult;

/**
 * The leaders' pack: a self-contained static HTML site generated from a model, readable without a
 * network and printable. It has an overview of the place (systems within systems, governance,
 * money), the outcome tree, one page per work programme with its measures table and an SPC chart
 * per measure, the delegations register and a summary of the check findings linking to the objects
 * they are about.
 *
 * <p>The same model, root and as-of date always give the same files, byte for byte: nothing in the
 * pack depends on the clock, the machine or the folder it is written to.
 */
public final class LeadersPack {

	/** The overview page, the pack's entry point. */
	public static final String INDEX = "index.html";
	static final String OUTCOMES = "outcomes.html";
	static final String DELEGATIONS = "delegations.html";
	static final String FINDINGS = "findings.html";
	static final String OTHER_MEASURES = "measures.html";
	static final String CHARTS = "charts";
	static final String DIAGRAMS = "diagrams";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final PlacewiseModel model;
	private final LocalDate asOf;
	private final Footprint root;
	private final PackDiagrams diagrams;

	/** Where each object shown is anchored: page and fragment. */
	private final Map<EObject, String> anchors = new IdentityHashMap<>();
	private final Map<WorkProgramme, String> programmePages = new LinkedHashMap<>();
	private final Map<Measure, String> chartFiles = new IdentityHashMap<>();
	private final Map<Measure, MeasureSpc.Analysis> analyses = new IdentityHashMap<>();
	private final Map<Measure, String> analysisErrors = new IdentityHashMap<>();
	private final Set<String> usedSlugs = new HashSet<>();
	private List<WorkProgramme> programmes;
	private List<Measure> otherMeasures;
	private List<Finding> findings;

	/**
	 * @param model    the model to report on
	 * @param asOf     the date the pack is as of: review dates before it are overdue, and the
	 *                 checks judge dates against it
	 * @param root     the footprint the pack is about (its programmes and everything nested in
	 *                 it), or {@code null} for the whole model
	 * @param diagrams where the overview's diagrams come from
	 */
	public LeadersPack(PlacewiseModel model, LocalDate asOf, Footprint root, PackDiagrams diagrams) {
		this.model = Objects.requireNonNull(model, "model");
		this.asOf = Objects.requireNonNull(asOf, "asOf");
		this.root = root;
		this.diagrams = Objects.requireNonNull(diagrams, "diagrams");
	}

	/**
	 * Finds the footprint a pack should be about by name (ignoring case).
	 *
	 * @param model the model
	 * @param name  the footprint's name
	 * @return the footprint
	 * @throws IllegalArgumentException naming the footprints there are, when none has that name
	 */
	public static Footprint findRoot(PlacewiseModel model, String name) {
		List<Footprint> all = new ArrayList<>();
		for (var it = EcoreUtil.<EObject>getAllContents(model.getFootprints(), false); it.hasNext();) {
			if (it.next() instanceof Footprint footprint) {
				all.add(footprint);
			}
		}
		for (Footprint footprint : all) {
			if (footprint.getName() != null && footprint.getName().strip().equalsIgnoreCase(name.strip())) {
				return footprint;
			}
		}
		String known = all.isEmpty() ? "the model has no footprints"
				: "footprints in the model: " + all.stream().map(LeadersPack::name).collect(Collectors.joining(", "));
		throw new IllegalArgumentException("There is no footprint named '" + name + "' (" + known + ").");
	}

	/**
	 * Writes the pack into a folder, creating it if needed and replacing files of an earlier pack.
	 *
	 * @param folder where to write
	 * @return the files written, relative to the folder, in the order written
	 * @throws IOException when a file cannot be written
	 */
	public List<Path> write(Path folder) throws IOException {
		plan();
		Map<String, String> files = new LinkedHashMap<>();
		Map<PackDiagrams.Kind, PackDiagrams.Diagram> drawn = new LinkedHashMap<>();
		for (PackDiagrams.Kind kind : PackDiagrams.Kind.values()) {
			diagrams.draw(kind, model, root).ifPresent(d -> {
				drawn.put(kind, d);
				files.put(DIAGRAMS + "/" + kind.id() + ".svg", d.svg());
			});
		}
		files.put(INDEX, overviewPage(drawn));
		files.put(OUTCOMES, outcomesPage());
		for (Map.Entry<WorkProgramme, String> page : programmePages.entrySet()) {
			files.put(page.getValue(), programmePage(page.getKey()));
		}
		if (!otherMeasures.isEmpty()) {
			files.put(OTHER_MEASURES, otherMeasuresPage());
		}
		files.put(DELEGATIONS, delegationsPage());
		files.put(FINDINGS, findingsPage());
		for (Map.Entry<Measure, String> chart : chartFiles.entrySet()) {
			MeasureSpc.Analysis analysis = analyses.get(chart.getKey());
			files.put(chart.getValue(), SpcChartSvg.render(analysis.name(), unit(chart.getKey()), analysis.result(),
					SpcChartSvg.DEFAULT_WIDTH, SpcChartSvg.DEFAULT_HEIGHT));
		}
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path target = folder.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
			written.add(Path.of(file.getKey()));
		}
		return written;
	}

	// ---------------------------------------------------------------- planning: pages and anchors

	private void plan() {
		anchors.clear();
		programmePages.clear();
		chartFiles.clear();
		analyses.clear();
		analysisErrors.clear();
		usedSlugs.clear();
		usedSlugs.addAll(List.of("index", "outcomes", "delegations", "findings", "measures"));
		programmes = model.getProgrammes().stream().filter(this::inScope).toList();
		for (WorkProgramme programme : programmes) {
			String page = "programme-" + slug(name(programme)) + ".html";
			programmePages.put(programme, page);
			anchor(programme, page);
			for (Measure measure : programme.getMeasures()) {
				anchor(measure, page);
			}
		}
		otherMeasures = model.getMeasures().stream()
				.filter(m -> m.getProgrammes().stream().noneMatch(programmePages::containsKey))
				.filter(m -> root == null || m.getProgrammes().isEmpty())
				.toList();
		otherMeasures.forEach(m -> anchor(m, OTHER_MEASURES));
		for (Measure measure : model.getMeasures()) {
			if (!anchors.containsKey(measure)) {
				continue;
			}
			try {
				MeasureSpc.Analysis analysis = MeasureSpc.analyse(measure);
				analyses.put(measure, analysis);
				if (!analysis.result().points().isEmpty()) {
					chartFiles.put(measure, CHARTS + "/" + slug(name(measure)) + ".svg");
				}
			} catch (SpcInputException e) {
				analysisErrors.put(measure, e.getMessage());
			}
		}
		for (Vision vision : model.getVisions()) {
			anchor(vision, OUTCOMES);
			vision.eAllContents().forEachRemaining(o -> {
				if (o instanceof Outcome) {
					anchor(o, OUTCOMES);
				}
			});
		}
		model.getDelegations().forEach(d -> anchor(d, DELEGATIONS));
		model.getFootprints().forEach(f -> {
			anchor(f, INDEX);
			f.eAllContents().forEachRemaining(o -> anchor(o, INDEX));
		});
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
		findings = new Checker(CheckCatalogue.placewise(), CheckProfile.DEFAULT, asOf).check(model).stream()
				.sorted(Comparator.comparing((Finding f) -> f.severity()).reversed()
						.thenComparing(Finding::ruleId))
				.toList();
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
	private Optional<String> href(EObject object) {
		String page = anchors.get(object);
		return page == null ? Optional.empty() : Optional.of(page + "#" + anchorId(object));
	}

	/** Links to the object, or to the nearest object containing it that the pack shows. */
	private Optional<String> nearestHref(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			Optional<String> href = href(o);
			if (href.isPresent()) {
				return href;
			}
		}
		return Optional.empty();
	}

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

	// ---------------------------------------------------------------- pages

	private String overviewPage(Map<PackDiagrams.Kind, PackDiagrams.Diagram> drawn) {
		Markup html = page(INDEX, root == null ? name(model) : name(root) + ": " + name(model));
		html.element("h1", root == null ? name(model) : name(root));
		if (root != null) {
			html.element("p", "Part of " + name(model) + ". This pack covers the programmes of " + name(root)
					+ " and the footprints within it; the delegations register and findings cover the whole model.",
					"class", "lede");
		}
		description(html, model.getDescription());
		atAGlance(html);

		html.open("section", "aria-labelledby", "programmes");
		html.element("h2", "Work programmes", "id", "programmes");
		if (programmes.isEmpty()) {
			html.element("p", "There are no work programmes" + (root == null ? "" : " in " + name(root)) + ".",
					"class", "empty");
		} else {
			html.open("table").element("caption", "Work programmes and their measures");
			html.open("thead").open("tr");
			header(html, "Programme", "Governing board", "Executive lead", "Outcomes served", "Measures",
					"Measures lacking a baseline or target");
			html.close().close().open("tbody");
			for (WorkProgramme programme : programmes) {
				html.open("tr");
				html.open("th", "scope", "row");
				link(html, programme, name(programme));
				html.close();
				cellLinkOrBadge(html, programme.getGoverningBoard(), "No governing board");
				cellTextOrBadge(html, programme.getExecutiveLead() == null ? null : name(programme.getExecutiveLead()),
						"No executive lead");
				cell(html, String.valueOf(programme.getOutcomesServed().size()));
				cell(html, String.valueOf(programme.getMeasures().size()));
				long gaps = programme.getMeasures().stream()
						.filter(m -> m.getBaselineValue() == null || m.getTargetValue() == null).count();
				cell(html, String.valueOf(gaps));
				html.close();
			}
			html.close().close();
		}
		html.close();

		html.open("section", "aria-labelledby", "systems");
		html.element("h2", "Systems within systems", "id", "systems");
		diagram(html, drawn, PackDiagrams.Kind.SYSTEMS);
		List<Footprint> tops = root == null ? model.getFootprints() : List.of(root);
		if (tops.isEmpty()) {
			html.element("p", "The model has no footprints.", "class", "empty");
		} else {
			html.open("ul", "class", "tree");
			tops.forEach(f -> footprintItem(html, f));
			html.close();
		}
		html.close();

		html.open("section", "aria-labelledby", "governance");
		html.element("h2", "Governance", "id", "governance");
		diagram(html, drawn, PackDiagrams.Kind.GOVERNANCE);
		partnerships(html);
		boards(html);
		organisations(html);
		html.close();

		if (drawn.containsKey(PackDiagrams.Kind.OUTCOMES)) {
			html.open("section", "aria-labelledby", "outcome-map");
			html.element("h2", "Outcomes, programmes and measures", "id", "outcome-map");
			diagram(html, drawn, PackDiagrams.Kind.OUTCOMES);
			html.close();
		}
		money(html, drawn);
		return finish(html);
	}

	private void atAGlance(Markup html) {
		List<Measure> shown = new ArrayList<>();
		programmes.forEach(p -> p.getMeasures().stream().filter(m -> !shown.contains(m)).forEach(shown::add));
		shown.addAll(otherMeasures);
		long noBaseline = shown.stream().filter(m -> m.getBaselineValue() == null).count();
		long noTarget = shown.stream().filter(m -> m.getTargetValue() == null).count();
		long overdue = model.getDelegations().stream().filter(this::reviewOverdue).count();
		html.open("section", "aria-labelledby", "glance", "class", "glance");
		html.element("h2", "At a glance", "id", "glance", "class", "visually-hidden");
		html.open("ul", "class", "cards");
		card(html, "#programmes", programmes.size(), "work programmes", null);
		card(html, programmes.isEmpty() && !otherMeasures.isEmpty() ? OTHER_MEASURES : "#programmes", shown.size(),
				"measures", noBaseline + " without a baseline, " + noTarget + " without a target");
		card(html, DELEGATIONS, model.getDelegations().size(), "delegations",
				overdue == 0 ? "none overdue for review" : overdue + " overdue for review");
		long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
		long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
		card(html, FINDINGS, findings.size(), "findings", plural(errors, "error") + ", " + plural(warnings, "warning"));
		html.close();
		html.element("p", "As of " + DAY.format(asOf) + ".", "class", "as-of");
		html.close();
	}

	/** A summary card; {@code what} is a plural noun, made singular for a count of one. */
	private static void card(Markup html, String href, long count, String what, String detail) {
		html.open("li").open("a", "href", href);
		html.element("span", String.valueOf(count), "class", "count");
		html.text(" ").element("span", count == 1 ? what.substring(0, what.length() - 1) : what, "class", "what");
		if (detail != null) {
			html.element("span", detail, "class", "detail");
		}
		html.close().close();
	}

	private void footprintItem(Markup html, Footprint footprint) {
		html.open("li", "id", anchorId(footprint));
		html.element("strong", name(footprint));
		html.text(" \u2013 " + words(footprint.getKind().getLiteral()));
		if (footprint.getPopulation() != null) {
			html.text(", population " + PlacewiseLabels.number(footprint.getPopulation()));
		}
		if (footprint.getCode() != null && !footprint.getCode().isBlank()) {
			html.text(" (" + footprint.getCode() + ")");
		}
		if (!footprint.getPartnerships().isEmpty()) {
			html.open("span", "class", "detail").text(footprint.getPartnerships().size() == 1 ? "Partnership: " : "Partnerships: ");
			linkList(html, footprint.getPartnerships(), "");
			html.close();
		}
		if (!footprint.getChildren().isEmpty()) {
			html.open("ul");
			footprint.getChildren().forEach(child -> footprintItem(html, child));
			html.close();
		}
		html.close();
	}

	private void partnerships(Markup html) {
		if (model.getPartnerships().isEmpty()) {
			return;
		}
		html.element("h3", "Partnerships");
		html.open("table").open("thead").open("tr");
		header(html, "Partnership", "Model", "Footprint", "Partners", "Board", "Dispute procedure");
		html.close().close().open("tbody");
		for (Partnership partnership : model.getPartnerships()) {
			html.open("tr", "id", anchorId(partnership));
			html.element("th", name(partnership), "scope", "row");
			cell(html, words(partnership.getModel().getLiteral()));
			cellLinkOrBadge(html, partnership.getFootprint(), "No footprint");
			cell(html, partnership.getPartners().isEmpty() ? "None recorded"
					: partnership.getPartners().stream().map(LeadersPack::name).collect(Collectors.joining(", ")));
			cellLinkOrBadge(html, partnership.getBoard(), "No board");
			cellTextOrBadge(html, partnership.getDisputeResolution() == null ? null
					: name(partnership.getDisputeResolution()), "No dispute procedure");
			html.close();
		}
		html.close().close();
	}

	private void boards(Markup html) {
		List<Board> all = new ArrayList<>();
		model.getBoards().forEach(b -> {
			all.add(b);
			b.eAllContents().forEachRemaining(o -> {
				if (o instanceof Board sub) {
					all.add(sub);
				}
			});
		});
		if (all.isEmpty()) {
			return;
		}
		html.element("h3", "Boards and committees");
		html.open("table").open("thead").open("tr");
		header(html, "Board", "Kind", "Footprint", "Chair", "Members", "Quorum", "Reports to", "Governs");
		html.close().close().open("tbody");
		for (Board board : all) {
			html.open("tr", "id", anchorId(board));
			html.element("th", name(board), "scope", "row");
			cell(html, words(board.getKind().getLiteral()));
			cellLinkOrBadge(html, board.getFootprint(), "No footprint");
			cellTextOrBadge(html, board.getChair() == null ? null : name(board.getChair()), "No chair");
			long voting = board.getMemberships().stream().filter(Membership::isVoting).count();
			cell(html, board.getMemberships().isEmpty() ? "None recorded"
					: board.getMemberships().size() + " (" + voting + " voting)");
			cellTextOrBadge(html, board.getQuorum() == null ? null : String.valueOf(board.getQuorum()), "No quorum");
			html.open("td");
			if (board.getReportsTo() != null) {
				link(html, board.getReportsTo(), name(board.getReportsTo()));
			} else {
				html.text("\u2013");
			}
			html.close();
			html.open("td");
			linkList(html, board.getGovernedProgrammes(), "\u2013");
			html.close();
			html.close();
		}
		html.close().close();
	}

	private void organisations(Markup html) {
		if (model.getOrganisations().isEmpty()) {
			return;
		}
		html.element("h3", "Organisations");
		html.open("table").open("thead").open("tr");
		header(html, "Organisation", "Kind", "Footprint");
		html.close().close().open("tbody");
		for (Organisation organisation : model.getOrganisations()) {
			html.open("tr", "id", anchorId(organisation));
			html.element("th", name(organisation), "scope", "row");
			cell(html, words(organisation.getKind().getLiteral())
					+ (organisation.isFoundationTrust() ? " (foundation trust)" : ""));
			cellLinkOrBadge(html, organisation.getFootprint(), "No footprint");
			html.close();
		}
		html.close().close();
	}

	private void money(Markup html, Map<PackDiagrams.Kind, PackDiagrams.Diagram> drawn) {
		if (model.getPooledBudgets().isEmpty() && model.getInvestmentFlows().isEmpty()) {
			return;
		}
		html.open("section", "aria-labelledby", "money");
		html.element("h2", "Money", "id", "money");
		diagram(html, drawn, PackDiagrams.Kind.MONEY);
		if (!model.getPooledBudgets().isEmpty()) {
			html.element("h3", "Pooled budgets");
			html.open("table").open("thead").open("tr");
			header(html, "Pooled budget", "Host", "Total", "Contributions", "Agreement");
			html.close().close().open("tbody");
			for (PooledBudget budget : model.getPooledBudgets()) {
				html.open("tr", "id", anchorId(budget));
				html.element("th", name(budget), "scope", "row");
				cellTextOrBadge(html, budget.getHost() == null ? null : name(budget.getHost()), "No host");
				cellTextOrBadge(html, budget.getTotalAmount() == null ? null : PlacewiseLabels.money(budget.getTotalAmount()),
						"No total");
				cell(html, String.valueOf(budget.getContributions().size()));
				cellTextOrBadge(html, budget.getAgreement() == null ? null : name(budget.getAgreement()), "No agreement");
				html.close();
			}
			html.close().close();
		}
		if (!model.getInvestmentFlows().isEmpty()) {
			html.element("h3", "Investment and benefit flows");
			html.open("table").open("thead").open("tr");
			header(html, "Flow", "Invested in", "Investment", "Benefit to", "Expected benefit", "Agreement");
			html.close().close().open("tbody");
			for (InvestmentBenefitFlow flow : model.getInvestmentFlows()) {
				html.open("tr", "id", anchorId(flow));
				html.element("th", name(flow), "scope", "row");
				cellTextOrBadge(html, flow.getInvestedIn() == null ? null : name(flow.getInvestedIn()), "Not recorded");
				cellTextOrBadge(html, flow.getInvestmentAmount() == null ? null
						: PlacewiseLabels.money(flow.getInvestmentAmount()), "Not recorded");
				cellTextOrBadge(html, flow.getBeneficiary() == null ? null : name(flow.getBeneficiary()), "Not recorded");
				cellTextOrBadge(html, flow.getExpectedBenefit() == null ? null
						: PlacewiseLabels.money(flow.getExpectedBenefit()), "Not recorded");
				cellTextOrBadge(html, flow.getAgreement() == null ? null : name(flow.getAgreement()), "No agreement");
				html.close();
			}
			html.close().close();
		}
		html.close();
	}

	private void diagram(Markup html, Map<PackDiagrams.Kind, PackDiagrams.Diagram> drawn, PackDiagrams.Kind kind) {
		PackDiagrams.Diagram diagram = drawn.get(kind);
		if (diagram == null) {
			return;
		}
		html.open("figure", "class", "diagram");
		html.empty("img", "src", DIAGRAMS + "/" + kind.id() + ".svg", "alt", diagram.description());
		html.element("figcaption", kind.title() + " diagram, generated from the model.");
		html.close();
	}

	private String outcomesPage() {
		Markup html = page(OUTCOMES, "Outcome tree");
		html.element("h1", "Outcome tree");
		html.element("p", "Each vision with its strategic outcomes, the intermediate outcomes and milestones that lead "
				+ "to them, the work programmes serving them and the measures showing progress.", "class", "lede");
		if (model.getVisions().isEmpty()) {
			html.element("p", "The model has no visions or outcomes.", "class", "empty");
		}
		for (Vision vision : model.getVisions()) {
			html.open("section", "id", anchorId(vision));
			html.element("h2", name(vision));
			description(html, vision.getStatement());
			if (vision.getOutcomes().isEmpty()) {
				html.element("p", "No outcomes recorded for this vision.", "class", "empty");
			} else {
				html.open("ul", "class", "tree outcomes");
				vision.getOutcomes().forEach(o -> outcomeItem(html, o));
				html.close();
			}
			html.close();
		}
		return finish(html);
	}

	private void outcomeItem(Markup html, Outcome outcome) {
		html.open("li", "id", anchorId(outcome));
		html.element("span", words(outcome.getLevel().getLiteral()), "class", "level");
		html.text(" ").element("strong", name(outcome));
		if (outcome.getStatement() != null && !outcome.getStatement().isBlank()) {
			html.element("span", outcome.getStatement(), "class", "statement");
		}
		html.open("span", "class", "detail").text("Served by: ");
		if (outcome.getServedBy().isEmpty()) {
			badge(html, "No programme", "gap");
		} else {
			linkList(html, outcome.getServedBy(), "");
		}
		html.text(" \u00b7 Evidenced by: ");
		if (outcome.getEvidencedBy().isEmpty()) {
			badge(html, "No measure", "gap");
		} else {
			linkList(html, outcome.getEvidencedBy(), "");
		}
		html.close();
		if (!outcome.getChildren().isEmpty()) {
			html.open("ul");
			outcome.getChildren().forEach(child -> outcomeItem(html, child));
			html.close();
		}
		html.close();
	}

	private String programmePage(WorkProgramme programme) {
		String page = programmePages.get(programme);
		Markup html = page(page, name(programme));
		html.open("header", "id", anchorId(programme));
		html.element("p", "Work programme", "class", "kicker");
		html.element("h1", name(programme));
		html.close();
		description(html, programme.getDescription());
		html.open("dl", "class", "facts");
		fact(html, "Executive lead", programme.getExecutiveLead() == null ? null : name(programme.getExecutiveLead()),
				"No executive lead");
		fact(html, "Senior responsible owner", programme.getSeniorResponsibleOwner() == null ? null
				: name(programme.getSeniorResponsibleOwner()), "No SRO");
		html.element("dt", "Governing board").open("dd");
		if (programme.getGoverningBoard() == null) {
			badge(html, "No governing board", "gap");
		} else {
			link(html, programme.getGoverningBoard(), name(programme.getGoverningBoard()));
		}
		html.close();
		fact(html, "Footprint", programme.getFootprint() == null ? null : name(programme.getFootprint()), "Not recorded");
		fact(html, "Sponsors", programme.getSponsors().isEmpty() ? null
				: programme.getSponsors().stream().map(LeadersPack::name).collect(Collectors.joining(", ")), "None recorded");
		fact(html, "Budget", programme.getBudget() == null ? null : PlacewiseLabels.money(programme.getBudget()),
				"Not recorded");
		if (programme.getStartDate() != null || programme.getEndDate() != null) {
			fact(html, "Runs", (programme.getStartDate() == null ? "?" : DAY.format(programme.getStartDate())) + " to "
					+ (programme.getEndDate() == null ? "?" : DAY.format(programme.getEndDate())), null);
		}
		html.close();

		html.open("section", "aria-labelledby", "outcomes-served");
		html.element("h2", "Outcomes served", "id", "outcomes-served");
		if (programme.getOutcomesServed().isEmpty()) {
			html.open("p");
			badge(html, "No outcome", "gap");
			html.text(" This programme serves no outcome in the model.").close();
		} else {
			html.open("ul");
			for (Outcome outcome : programme.getOutcomesServed()) {
				html.open("li");
				link(html, outcome, name(outcome));
				html.text(" (" + outcome.getLevel().getLiteral() + ")");
				html.close();
			}
			html.close();
		}
		html.close();

		measuresSection(html, programme.getMeasures(), "The programme's measures");
		opportunitiesAndBarriers(html, programme);
		return finish(html);
	}

	private String otherMeasuresPage() {
		Markup html = page(OTHER_MEASURES, "Measures not linked to a programme");
		html.element("h1", "Measures not linked to a programme");
		html.element("p", "These measures are in the model but no work programme lists them.", "class", "lede");
		measuresSection(html, otherMeasures, "Measures not linked to a programme");
		return finish(html);
	}

	private void measuresSection(Markup html, List<Measure> measures, String caption) {
		html.open("section", "aria-labelledby", "measures");
		html.element("h2", "Measures", "id", "measures");
		if (measures.isEmpty()) {
			html.open("p");
			badge(html, "No measures", "gap");
			html.text(" No measure shows whether this programme is working.").close();
			html.close();
			return;
		}
		html.open("div", "class", "table-wrap");
		html.open("table", "class", "measures").element("caption", caption);
		html.open("thead").open("tr");
		header(html, "Measure", "Unit", "Better when", "Baseline", "Target", "Latest", "Variation", "Assurance");
		html.close().close().open("tbody");
		for (Measure measure : measures) {
			MeasureSpc.Analysis analysis = analyses.get(measure);
			html.open("tr");
			html.open("th", "scope", "row").open("a", "href", "#" + anchorId(measure)).text(name(measure)).close().close();
			cell(html, unit(measure) == null ? "\u2013" : unit(measure));
			cell(html, betterWhen(measure.getDesiredDirection()));
			html.open("td", "class", "num");
			valueOrBadge(html, measure.getBaselineValue(), measure.getBaselineDate(), "No baseline");
			html.close().open("td", "class", "num");
			valueOrBadge(html, measure.getTargetValue(), measure.getTargetDate(), "No target");
			html.close().open("td", "class", "num");
			var latest = Measures.latestObservation(measure);
			if (latest.isPresent() && latest.get().getObservedValue() != null) {
				html.text(PlacewiseLabels.number(latest.get().getObservedValue()));
				html.element("span", DAY.format(latest.get().getObservedOn()), "class", "date");
			} else {
				badge(html, "No data", "gap");
			}
			html.close().open("td");
			if (analysis != null) {
				PackIcons.variation(html, analysis.result().latestVariation());
			} else {
				badge(html, "Cannot chart", "gap");
			}
			html.close().open("td");
			if (analysis != null) {
				PackIcons.assurance(html, analysis.result().assurance(), noAssuranceReason(measure, analysis.result()));
			} else {
				badge(html, "Cannot chart", "gap");
			}
			html.close().close();
		}
		html.close().close().close();
		html.open("p", "class", "key").text("Variation and assurance follow NHS England's Making Data Count: ")
				.element("em", "variation")
				.text(" says whether the latest point is common cause or a special cause (improvement or concern); ")
				.element("em", "assurance")
				.text(" says whether the process as it runs now will consistently pass or fail its target, or hit and miss.")
				.close();
		for (Measure measure : measures) {
			measureDetail(html, measure);
		}
		html.close();
	}

	private void measureDetail(Markup html, Measure measure) {
		MeasureSpc.Analysis analysis = analyses.get(measure);
		html.open("section", "id", anchorId(measure), "class", "measure");
		html.element("h3", name(measure));
		description(html, measure.getDescription());
		html.open("dl", "class", "facts compact");
		fact(html, "Kind", words(measure.getKind().getLiteral()), null);
		fact(html, "Frequency", measure.getFrequency() == null ? null : words(measure.getFrequency().getLiteral()),
				"Not stated");
		fact(html, "Owner", measure.getOwner() == null ? null : name(measure.getOwner()), "No owner");
		fact(html, "Data source", blankToNull(measure.getDataSource()), "No data source");
		html.close();
		if (analysis == null) {
			html.open("p", "class", "notice");
			html.text("This measure's observations cannot be charted: " + analysisErrors.get(measure));
			html.close();
		} else if (analysis.result().points().isEmpty()) {
			html.open("p", "class", "notice");
			badge(html, "No data", "gap");
			html.text(" There are no observations yet, so there is no chart.");
			html.close();
		} else {
			html.open("figure", "class", "chart");
			html.empty("img", "src", chartFiles.get(measure), "alt",
					SpcChartSvg.describe(analysis.name(), analysis.result()), "width",
					String.valueOf(SpcChartSvg.DEFAULT_WIDTH), "height", String.valueOf(SpcChartSvg.DEFAULT_HEIGHT));
			html.close();
		}
		if (analysis != null && !analysis.result().points().isEmpty() && !analysis.result().notes().isEmpty()) {
			html.open("ul", "class", "notes");
			analysis.result().notes().forEach(note -> html.element("li", note));
			html.close();
		}
		html.close();
	}

	private void opportunitiesAndBarriers(Markup html, WorkProgramme programme) {
		if (!programme.getOpportunities().isEmpty()) {
			html.open("section", "aria-labelledby", "opportunity");
			html.element("h2", "Evidence of opportunity", "id", "opportunity");
			html.open("ul");
			for (EvidenceOfOpportunity evidence : programme.getOpportunities()) {
				html.open("li").element("strong", name(evidence));
				List<String> parts = new ArrayList<>();
				if (evidence.getCohortPercentage() != null) {
					parts.add(PlacewiseLabels.number(evidence.getCohortPercentage()) + "% of the reviewed cohort");
				}
				if (evidence.getBaselineLevel() != null) {
					parts.add("now " + PlacewiseLabels.number(evidence.getBaselineLevel()) + suffix(evidence.getUnit()));
				}
				if (evidence.getPotentialLevel() != null) {
					parts.add("potential " + PlacewiseLabels.number(evidence.getPotentialLevel()) + suffix(evidence.getUnit()));
				}
				if (!parts.isEmpty()) {
					html.text(": " + String.join("; ", parts));
				}
				if (evidence.getDescription() != null && !evidence.getDescription().isBlank()) {
					html.element("span", evidence.getDescription(), "class", "detail");
				}
				html.close();
			}
			html.close().close();
		}
		if (!programme.getBarriers().isEmpty()) {
			html.open("section", "aria-labelledby", "barriers");
			html.element("h2", "Barriers", "id", "barriers");
			html.open("ul");
			for (Barrier barrier : programme.getBarriers()) {
				html.open("li").element("strong", name(barrier)).text(" (" + words(barrier.getKind().getLiteral()) + ")");
				if (barrier.getMitigation() != null && !barrier.getMitigation().isBlank()) {
					html.element("span", "Mitigation: " + barrier.getMitigation(), "class", "detail");
				}
				html.close();
			}
			html.close().close();
		}
	}

	private String delegationsPage() {
		Markup html = page(DELEGATIONS, "Delegations register");
		html.element("h1", "Delegations register");
		html.element("p", "Who holds what authority, from whom, up to which limit, and when each delegation is next "
				+ "reviewed. Reviews due before " + DAY.format(asOf) + " are marked overdue.", "class", "lede");
		if (model.getDelegations().isEmpty()) {
			html.element("p", "The model records no delegations.", "class", "empty");
			return finish(html);
		}
		html.open("div", "class", "table-wrap");
		html.open("table", "class", "register").element("caption", "Scheme of delegation as of " + DAY.format(asOf));
		html.open("thead").open("tr");
		header(html, "Delegation and scope", "From (delegator)", "To (delegate)", "Financial limit",
				"Escalation and reserved matters", "Legal basis", "Review");
		html.close().close().open("tbody");
		for (Delegation delegation : model.getDelegations()) {
			boolean overdue = reviewOverdue(delegation);
			html.open("tr", "id", anchorId(delegation), "class", overdue ? "overdue" : null);
			html.open("th", "scope", "row").text(name(delegation));
			if (blankToNull(delegation.getScope()) == null) {
				html.text(" ");
				badge(html, "No scope", "gap");
			} else {
				html.element("span", delegation.getScope(), "class", "detail");
			}
			html.close();
			cellDecisionMaker(html, delegation.getDelegator());
			cellDecisionMaker(html, delegation.getDelegate());
			html.open("td", "class", "num");
			if (delegation.getFinancialLimit() == null) {
				badge(html, "No limit", "gap");
			} else {
				html.text(PlacewiseLabels.money(delegation.getFinancialLimit()));
				Optional<BigDecimal> effective = Delegations.effectiveLimit(delegation);
				if (effective.isPresent() && effective.get().compareTo(delegation.getFinancialLimit()) < 0) {
					html.element("span", "only " + PlacewiseLabels.money(effective.get()) + " effective:", "class", "detail");
					html.element("span", "the delegator holds no more", "class", "detail");
				}
			}
			html.close();
			html.open("td");
			if (delegation.getEscalationRule() == null) {
				badge(html, "No escalation rule", "gap");
			} else {
				var rule = delegation.getEscalationRule();
				html.text((rule.getThresholdAmount() == null ? "" : "Above " + PlacewiseLabels.money(rule.getThresholdAmount()))
						+ (rule.getEscalateTo() == null ? "" : (rule.getThresholdAmount() == null ? "To " : " to ")
								+ decisionMakerName(rule.getEscalateTo()))
						+ (blankToNull(rule.getCircumstances()) == null ? "" : "; " + rule.getCircumstances()));
			}
			if (!delegation.getReservedMatters().isEmpty()) {
				html.element("span", "Reserved: " + delegation.getReservedMatters().stream().map(ReservedMatter::getName)
						.filter(Objects::nonNull).collect(Collectors.joining("; ")), "class", "detail");
			}
			html.close();
			html.open("td").text(legalBasis(delegation.getLegalBasis()));
			html.element("span", delegation.isOnwardDelegationAllowed() ? "Onward delegation allowed"
					: "No onward delegation", "class", "detail");
			html.close();
			html.open("td", "class", "num");
			if (delegation.getReviewDate() == null) {
				badge(html, "No review date", "gap");
			} else {
				html.text(DAY.format(delegation.getReviewDate()));
				if (overdue) {
					html.text(" ");
					badge(html, "Overdue", "overdue");
				}
			}
			if (delegation.getStartDate() != null) {
				html.element("span", "since " + DAY.format(delegation.getStartDate()), "class", "detail");
			}
			html.close();
			html.close();
		}
		html.close().close().close();
		return finish(html);
	}

	private boolean reviewOverdue(Delegation delegation) {
		return delegation.getReviewDate() != null && delegation.getReviewDate().isBefore(asOf);
	}

	private String findingsPage() {
		Markup html = page(FINDINGS, "Findings");
		html.element("h1", "Findings");
		html.element("p", "Gaps and errors the Placewise checks found in the model as of " + DAY.format(asOf)
				+ ", most severe first. Each links to the object it is about.", "class", "lede");
		if (findings.isEmpty()) {
			html.element("p", "The checks found nothing to report.", "class", "empty");
			return finish(html);
		}
		html.open("section", "aria-labelledby", "by-severity");
		html.element("h2", "By severity", "id", "by-severity");
		html.open("table", "class", "narrow").open("thead").open("tr");
		header(html, "Severity", "Findings");
		html.close().close().open("tbody");
		for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
			html.open("tr").open("th", "scope", "row");
			severityBadge(html, severity);
			html.close();
			cell(html, String.valueOf(findings.stream().filter(f -> f.severity() == severity).count()));
			html.close();
		}
		html.close().close().close();

		Map<CheckRule<?>, List<Finding>> byRule = new LinkedHashMap<>();
		findings.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
		html.open("section", "aria-labelledby", "by-rule");
		html.element("h2", "By rule", "id", "by-rule");
		html.open("table").open("thead").open("tr");
		header(html, "Rule", "What it finds", "Severity", "Findings");
		html.close().close().open("tbody");
		for (Map.Entry<CheckRule<?>, List<Finding>> entry : byRule.entrySet()) {
			html.open("tr").open("th", "scope", "row");
			html.open("a", "href", "#rule-" + entry.getKey().id()).open("code").text(entry.getKey().id()).close().close();
			html.close();
			cell(html, entry.getKey().title());
			html.open("td");
			severityBadge(html, entry.getValue().get(0).severity());
			html.close();
			cell(html, String.valueOf(entry.getValue().size()));
			html.close();
		}
		html.close().close().close();

		for (Map.Entry<CheckRule<?>, List<Finding>> entry : byRule.entrySet()) {
			CheckRule<?> rule = entry.getKey();
			html.open("section", "id", "rule-" + rule.id(), "class", "rule");
			html.open("h3");
			severityBadge(html, entry.getValue().get(0).severity());
			html.text(" " + rule.title() + " ").open("code").text(rule.id()).close();
			html.close();
			html.element("p", rule.explanation(), "class", "explanation");
			html.open("ul", "class", "findings");
			for (Finding finding : entry.getValue()) {
				html.open("li");
				if (finding.severity() != entry.getValue().get(0).severity()) {
					severityBadge(html, finding.severity());
					html.text(" ");
				}
				html.text(finding.message());
				Optional<String> target = nearestHref(finding.target());
				html.open("span", "class", "detail");
				if (target.isPresent()) {
					html.open("a", "href", target.get()).text(finding.objectPath()).close();
				} else {
					html.text(finding.objectPath());
				}
				html.close();
				html.close();
			}
			html.close();
			html.close();
		}
		return finish(html);
	}

	// ---------------------------------------------------------------- page frame and pieces

	private Markup page(String file, String title) {
		Markup html = new Markup();
		html.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
		html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en-GB", "xml:lang", "en-GB");
		html.open("head");
		html.empty("meta", "charset", "utf-8");
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		html.element("title", title + " \u2013 leaders' pack");
		// Raw: browsers read style content literally, so escaped quotes would break font names.
		html.open("style").raw(PackStyle.CSS).close();
		html.close();
		html.open("body");
		html.element("a", "Skip to content", "href", "#content", "class", "skip");
		html.open("header", "class", "site");
		html.element("p", name(model), "class", "site-name");
		html.open("nav", "aria-label", "Pack");
		html.open("ul");
		navItem(html, file, INDEX, "Overview");
		navItem(html, file, OUTCOMES, "Outcome tree");
		for (Map.Entry<WorkProgramme, String> page : programmePages.entrySet()) {
			navItem(html, file, page.getValue(), name(page.getKey()));
		}
		if (!otherMeasures.isEmpty()) {
			navItem(html, file, OTHER_MEASURES, "Other measures");
		}
		navItem(html, file, DELEGATIONS, "Delegations");
		navItem(html, file, FINDINGS, "Findings");
		html.close().close().close();
		html.open("main", "id", "content");
		return html;
	}

	private static void navItem(Markup html, String current, String target, String label) {
		html.open("li").open("a", "href", target, "aria-current", current.equals(target) ? "page" : null).text(label)
				.close().close();
	}

	private String finish(Markup html) {
		html.close();
		html.open("footer", "class", "site");
		html.element("p", "Generated by Placewise from the model \u201c" + name(model) + "\u201d, as of "
				+ DAY.format(asOf) + ". Everything here is computed from the model: correct the model, not this page.");
		html.close();
		html.close().close();
		return html.document();
	}

	private static void header(Markup html, String... columns) {
		for (String column : columns) {
			html.element("th", column, "scope", "col");
		}
	}

	private static void cell(Markup html, String text) {
		html.element("td", text);
	}

	private void cellLinkOrBadge(Markup html, NamedElement target, String missing) {
		html.open("td");
		if (target == null) {
			badge(html, missing, "gap");
		} else {
			link(html, target, name(target));
		}
		html.close();
	}

	private static void cellTextOrBadge(Markup html, String text, String missing) {
		html.open("td");
		if (text == null) {
			badge(html, missing, "gap");
		} else {
			html.text(text);
		}
		html.close();
	}

	private void cellDecisionMaker(Markup html, DecisionMaker maker) {
		html.open("td");
		if (maker == null) {
			badge(html, "Not recorded", "gap");
		} else if (maker instanceof EObject object && href(object).isPresent()) {
			link(html, object, decisionMakerName(maker));
		} else {
			html.text(decisionMakerName(maker));
		}
		html.close();
	}

	private void link(Markup html, EObject target, String text) {
		Optional<String> href = href(target);
		if (href.isPresent()) {
			html.open("a", "href", href.get()).text(text).close();
		} else {
			html.text(text);
		}
	}

	private void linkList(Markup html, Collection<? extends NamedElement> targets, String none) {
		if (targets.isEmpty()) {
			html.text(none);
			return;
		}
		boolean first = true;
		for (NamedElement target : targets) {
			if (!first) {
				html.text(", ");
			}
			first = false;
			link(html, target, name(target));
		}
	}

	private static void fact(Markup html, String term, String value, String missing) {
		html.element("dt", term).open("dd");
		if (value == null) {
			badge(html, missing, "gap");
		} else {
			html.text(value);
		}
		html.close();
	}

	/** A badge says in words what is missing or wrong; the colour only repeats it. */
	static void badge(Markup html, String text, String kind) {
		html.element("span", text, "class", "badge " + kind);
	}

	private static void severityBadge(Markup html, Severity severity) {
		String text = switch (severity) {
			case ERROR -> "Error";
			case WARNING -> "Warning";
			case INFO -> "Note";
		};
		badge(html, text, "severity-" + severity.label());
	}

	private static void valueOrBadge(Markup html, BigDecimal value, LocalDate date, String missing) {
		if (value == null) {
			badge(html, missing, "gap");
			return;
		}
		html.text(PlacewiseLabels.number(value));
		if (date != null) {
			html.element("span", DAY.format(date), "class", "date");
		}
	}

	private static void description(Markup html, String text) {
		if (text != null && !text.isBlank()) {
			html.element("p", text, "class", "description");
		}
	}

	private static String noAssuranceReason(Measure measure, SpcResult result) {
		if (measure.getTargetValue() == null) {
			return "no target";
		}
		if (result.options().direction() == ImprovementDirection.NEUTRAL) {
			return "no direction";
		}
		if (result.points().isEmpty()) {
			return "no data";
		}
		if (result.chartKind() != ChartKind.XMR) {
			return "fewer than 15 points";
		}
		return "no process limits";
	}

	private static String betterWhen(DesiredDirection direction) {
		if (direction == null) {
			return "Not stated";
		}
		return switch (direction) {
			case HIGHER_IS_BETTER -> "Higher";
			case LOWER_IS_BETTER -> "Lower";
			case NONE -> "Not stated";
		};
	}

	private static String legalBasis(LegalBasis basis) {
		if (basis == null) {
			return "Not stated";
		}
		return switch (basis) {
			case NOT_STATED -> "Not stated";
			case NHS_ACT_SECTION_65Z5 -> "NHS Act 2006 s.65Z5";
			case NHS_ACT_SECTION_75 -> "NHS Act 2006 s.75";
			case ICB_CONSTITUTION -> "ICB constitution";
			case LOCAL_GOVERNMENT_ACT_SECTION_101 -> "Local Government Act 1972 s.101";
			case SCHEME_OF_RESERVATION_AND_DELEGATION -> "Scheme of reservation and delegation";
			case CONTRACT -> "Contract";
			case OTHER -> "Other";
		};
	}

	private static String unit(Measure measure) {
		return blankToNull(measure.getUnit());
	}

	private static String suffix(String unit) {
		return unit == null || unit.isBlank() ? "" : " " + unit;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/** An enum literal as words: "committee-of-the-icb" reads "Committee of the ICB". */
	static String words(String literal) {
		String text = (" " + literal.replace('-', ' ') + " ").replace(" icb ", " ICB ").replace(" nhs ", " NHS ")
				.replace(" vcse ", " VCSE ").replace(" pcn ", " PCN ").replace(" gp ", " GP ").strip();
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String decisionMakerName(DecisionMaker maker) {
		return maker instanceof EObject object ? ObjectPaths.name(object) : String.valueOf(maker);
	}

	static String name(EObject object) {
		return ObjectPaths.name(object);
	}
}
