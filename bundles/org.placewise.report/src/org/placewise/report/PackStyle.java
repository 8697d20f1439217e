package org.placewise.report;

/**
 * The pack's stylesheet, written once as {@value #FILE} beside the pages and linked from every page (a pack of an
 * England-scale model has thousands of pages; one file is fetched and cached once). Plain system fonts, generous line
 * height, tables that fit an A4 page when printed, and print rules that drop navigation and keep charts and table rows
 * whole.
 */
final class PackStyle {

	private PackStyle() {
	}

	/** The stylesheet's file name, beside the pages. */
	static final String FILE = "pack.css";

	/** The stylesheet. */
	static final String CSS = """
			:root { --ink: #1d2327; --soft: #51595f; --line: #d5dade; --band: #f3f5f7; --accent: #005eb8;
			  --gap-bg: #fff4d6; --gap-ink: #6b4a00; --bad-bg: #fde2e1; --bad-ink: #8a1c16;
			  --late-bg: #fff1dc; --late-ink: #7a4100; --late-bar: #c77700; }
			* { box-sizing: border-box; }
			body { margin: 0; font: 15px/1.5 "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: var(--ink);
			  background: #ffffff; }
			a { color: var(--accent); }
			a:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
			.skip { position: absolute; left: -9999px; }
			.skip:focus { left: 1rem; top: 1rem; background: #ffffff; padding: .4rem .8rem; z-index: 2; }
			header.site { background: #10324f; color: #ffffff; padding: .8rem 2rem .2rem; }
			header.site .site-name { margin: 0 0 .4rem; font-weight: 600; font-size: 1.05rem; letter-spacing: .01em; }
			header.site ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; }
			header.site a { color: #dfeaf5; text-decoration: none; display: inline-block; padding: .25rem 0 .45rem;
			  border-bottom: 3px solid transparent; }
			header.site a:hover { color: #ffffff; border-bottom-color: #7fb2e0; }
			header.site a[aria-current="page"] { color: #ffffff; border-bottom-color: #ffffff; font-weight: 600; }
			nav.breadcrumbs ol { list-style: none; margin: 0 0 .4rem; padding: 0; display: flex; flex-wrap: wrap;
			  font-size: .85rem; color: var(--soft); }
			nav.breadcrumbs li + li::before { content: "\\203A"; padding: 0 .45rem; }
			.filters { display: flex; flex-wrap: wrap; gap: .6rem 1.4rem; align-items: end; margin: 1rem 0 .4rem;
			  padding: .7rem 1rem; background: var(--band); border: 1px solid var(--line); border-radius: 4px; }
			.filters label { display: block; font-size: .82rem; font-weight: 600; color: var(--soft); }
			.filters input[type="search"], .filters select { font: inherit; padding: .25rem .4rem; min-width: 16rem; }
			.filters .check label { display: inline; font-size: .9rem; color: var(--ink); font-weight: 400; }
			main { max-width: 76rem; margin: 0 auto; padding: 1.2rem 2rem 2rem; }
			h1 { font-size: 1.9rem; line-height: 1.2; margin: .6rem 0 .4rem; }
			h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
			h3 { font-size: 1.1rem; margin: 1.6rem 0 .4rem; }
			.kicker { margin: .8rem 0 0; text-transform: uppercase; font-size: .78rem; letter-spacing: .08em; color: var(--soft); }
			.lede, .description { color: var(--soft); max-width: 48rem; }
			.as-of { color: var(--soft); font-size: .9rem; margin: .4rem 0 0; }
			.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
			.cards { list-style: none; padding: 0; margin: 1rem 0 0; display: grid;
			  grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .8rem; }
			.cards a { display: block; padding: .8rem 1rem; border: 1px solid var(--line); border-left: 5px solid var(--accent);
			  border-radius: 4px; text-decoration: none; color: var(--ink); background: var(--band); }
			.cards a:hover { border-color: var(--accent); }
			.cards .count { font-size: 1.8rem; font-weight: 700; }
			.cards .what { font-weight: 600; }
			.cards .detail { display: block; color: var(--soft); font-size: .85rem; }
			table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
			table.narrow { width: auto; min-width: 18rem; }
			caption { text-align: left; font-weight: 600; padding: .3rem 0; color: var(--soft); }
			th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
			thead th { background: var(--band); border-bottom: 2px solid #aeb7bf; font-size: .82rem; }
			tbody th { font-weight: 600; }
			td.num { white-space: nowrap; }
			.table-wrap { overflow-x: auto; }
			.date, .detail { display: block; color: var(--soft); font-size: .8rem; font-weight: 400; }
			.detail a, .row-error a, tbody th > a, td > a, .cell-measures a, ul.behind a, ul.programmes strong > a {
			  display: inline-block; min-height: 24px;
			  line-height: 24px; }
			tr.overdue { background: var(--late-bg); }
			tr.overdue th { border-left: 4px dotted var(--late-bar); }
			tr.has-error { background: var(--bad-bg); }
			tr.has-error th { border-left: 8px solid var(--bad-ink); }
			.row-key { display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; list-style: none; padding: 0; margin: .6rem 0;
			  font-size: .85rem; color: var(--soft); }
			.row-key .swatch { display: inline-block; width: 2.2rem; height: 1.1rem; vertical-align: middle;
			  margin-right: .4rem; border: 1px solid var(--line); }
			.row-key .swatch.has-error { background: var(--bad-bg); border-left: 8px solid var(--bad-ink); }
			.row-key .swatch.overdue { background: var(--late-bg); border-left: 4px dotted var(--late-bar); }
			.row-error { color: var(--bad-ink); margin-top: .2rem; }
			.row-error a { color: var(--bad-ink); }
			tfoot th, tfoot td { font-weight: 600; border-top: 2px solid #aeb7bf; }
			.badge.new { background: #e5eef8; color: #0b3f73; border-color: #0b3f73; }
			.badge { display: inline-block; padding: 0 .45rem; border-radius: 3px; font-size: .78rem; font-weight: 600;
			  line-height: 1.5; white-space: nowrap; border: 1px solid; }
			.badge.gap { background: var(--gap-bg); color: var(--gap-ink); border-color: #d9a400; border-style: dashed; }
			.badge.severity-error { background: var(--bad-bg); color: var(--bad-ink); border-color: var(--bad-ink); }
			.badge.overdue { background: var(--late-bg); color: var(--late-ink); border-color: var(--late-bar); }
			table.matrix th, table.matrix td { width: 19%; }
			table.matrix tbody th { width: 24%; }
			table.matrix .cell-count { font-size: 1.3rem; font-weight: 700; display: block; }
			table.matrix ul.cell-measures { margin: .2rem 0 0; padding-left: 1rem; font-size: .85rem; }
			table.matrix tr.row-improvement th { border-left: 5px solid #1f78b4; }
			table.matrix tr.row-concern th { border-left: 5px solid #e66100; }
			.diagram-open { font-size: .9rem; }
			.viewer { overflow: auto; max-height: 78vh; border: 1px solid var(--line); background: #ffffff;
			  cursor: grab; }
			.viewer:focus { outline: 3px solid #ffbf47; }
			.viewer.dragging { cursor: grabbing; }
			.viewer svg { display: block; max-width: none; }
			.viewer a:focus { outline: 3px solid #ffbf47; }
			.viewer-controls { display: flex; gap: .5rem; align-items: center; margin: .6rem 0; }
			.viewer-controls[hidden] { display: none; }
			.viewer-controls button { font: inherit; padding: .2rem .7rem; }
			.viewer-help { color: var(--soft); font-size: .9rem; }
			.badge.severity-warning { background: var(--gap-bg); color: var(--gap-ink); border-color: #d9a400; }
			.badge.severity-info { background: #e5eef8; color: #0b3f73; border-color: #0b3f73; }
			.icon { display: inline-flex; align-items: center; gap: .35rem; white-space: nowrap; }
			.icon svg { flex: none; }
			.key { font-size: .85rem; color: var(--soft); max-width: 52rem; }
			dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; margin: 1rem 0; }
			dl.facts dt { font-weight: 600; color: var(--soft); }
			dl.facts dd { margin: 0; }
			dl.compact { font-size: .88rem; }
			section.measure { border-top: 1px solid var(--line); margin-top: 1.6rem; }
			figure { margin: .6rem 0; }
			figure.chart img, figure.diagram img { max-width: 100%; height: auto; border: 1px solid var(--line); }
			figcaption { color: var(--soft); font-size: .85rem; }
			.notes { font-size: .85rem; color: var(--soft); }
			.notice { padding: .6rem .8rem; background: var(--band); border-left: 4px solid #aeb7bf; }
			.empty { color: var(--soft); font-style: italic; }
			ul.tree, ul.tree ul { list-style: none; padding-left: 1.2rem; border-left: 2px solid var(--line); }
			ul.tree { padding-left: .8rem; }
			ul.tree li { margin: .45rem 0; }
			ul.tree .statement { display: block; }
			.rollup { margin: .2rem 0 .3rem; font-size: .9rem; }
			.rollup-status { display: inline-flex; flex-wrap: wrap; gap: .2rem 1rem; margin-right: .6rem; font-weight: 600; }
			.rollup .why { display: block; color: var(--soft); font-size: .85rem; max-width: 52rem; }
			ul.behind { list-style: none; margin: .2rem 0 .2rem; padding-left: .8rem; font-size: .85rem; }
			ul.behind li { margin: .15rem 0; }
			ul.behind .icon svg, .status-key .icon svg { width: 18px; height: 18px; }
			ul.status-key { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0;
			  font-size: .85rem; }
			.level { display: inline-block; font-size: .72rem; text-transform: uppercase; letter-spacing: .06em;
			  color: var(--soft); border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; }
			.findings li { margin: .4rem 0; }
			.explanation { color: var(--soft); max-width: 52rem; }
			code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; }
			footer.site { max-width: 76rem; margin: 0 auto; padding: 1rem 2rem 2rem; color: var(--soft); font-size: .8rem;
			  border-top: 1px solid var(--line); }
			@media print {
			  body { font-size: 10pt; }
			  header.site nav, .skip, nav.breadcrumbs, .filters, .viewer-controls, .viewer-help { display: none; }
			  .viewer { overflow: visible; max-height: none; border: none; }
			  header.site { background: none; color: var(--ink); padding: 0; border-bottom: 1px solid var(--ink); }
			  main, footer.site { max-width: none; padding: 0; }
			  a { color: var(--ink); text-decoration: none; }
			  h2, h3 { break-after: avoid; }
			  tr, figure, .cards li, section.measure dl { break-inside: avoid; }
			  thead { display: table-header-group; }
			  .table-wrap { overflow: visible; }
			  .cards a { background: none; }
			  tr.overdue, tr.has-error, .badge, .row-key .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			}
			""";
}
