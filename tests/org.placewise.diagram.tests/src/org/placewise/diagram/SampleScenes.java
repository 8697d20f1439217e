package org.placewise.diagram;

import static org.placewise.diagram.scene.Palettes.BOARD;
import static org.placewise.diagram.scene.Palettes.DELEGATION;
import static org.placewise.diagram.scene.Palettes.LOCALITY;
import static org.placewise.diagram.scene.Palettes.NEIGHBOURHOOD;
import static org.placewise.diagram.scene.Palettes.ORGANISATION;
import static org.placewise.diagram.scene.Palettes.PLACE;
import static org.placewise.diagram.scene.Palettes.REPORTS_TO;
import static org.placewise.diagram.scene.Palettes.SYSTEM;

import org.placewise.diagram.scene.Badge;
import org.placewise.diagram.scene.LegendEntry;
import org.placewise.diagram.scene.Scene;
import org.placewise.diagram.scene.SceneEdge;
import org.placewise.diagram.scene.SceneNode;
import org.placewise.diagram.scene.Severity;

/** Scenes shaped like the real Placewise diagrams, for tests and the demo rendering. */
final class SampleScenes {

	private SampleScenes() {
	}

	/**
	 * Greater Manchester: an integrated care system with three places; Wigan has two localities with neighbourhoods;
	 * boards at each level joined by delegation and reporting edges.
	 */
	static Scene nestedSystem() {
		var wiganNorth = SceneNode.builder("loc-wigan-north").objectId("fp-wigan-north").style(LOCALITY)
				.title("Wigan North locality").detail("112,000 people")
				.child(neighbourhood("nb-standish", "Standish & Shevington", "38,000"))
				.child(neighbourhood("nb-wigan-central", "Wigan Central", "41,000"))
				.child(board("bd-wigan-north-forum", "Wigan North Locality Forum", "Consultative forum"));
		var leigh = SceneNode.builder("loc-leigh").objectId("fp-leigh").style(LOCALITY)
				.title("Leigh & Atherton locality").detail("101,000 people")
				.child(neighbourhood("nb-leigh", "Leigh", "46,000"))
				.child(neighbourhood("nb-atherton", "Atherton & Tyldesley", "44,000")
						.badge(new Badge(Severity.WARNING, "1", "No partnership board covers this neighbourhood")));
		var wigan = SceneNode.builder("place-wigan").objectId("fp-wigan").style(PLACE).title("Wigan")
				.detail("Place · 330,000 people")
				.child(board("bd-wigan-locality", "Wigan Locality Board", "Committee of the ICB")
						.badge(new Badge(Severity.ERROR, "2", "Board has no quorum; no terms of reference")))
				.child(wiganNorth).child(leigh);
		var bolton = SceneNode.builder("place-bolton").objectId("fp-bolton").style(PLACE).title("Bolton")
				.detail("Place · 296,000 people")
				.child(board("bd-one-bolton", "One Bolton Partnership Board", "Committees in common"))
				.child(org("org-bolton-ft", "Bolton NHS Foundation Trust", "Acute & community"))
				.child(org("org-bolton-council", "Bolton Council", "Local authority"));
		var tameside = SceneNode.builder("place-tameside").objectId("fp-tameside").style(PLACE).title("Tameside")
				.detail("Place · 231,000 people")
				.child(board("bd-tameside", "Tameside Strategic Commissioning Board", "Joint committee")
						.badge(new Badge(Severity.INFO, "", "Pooled budget of about £1bn")));
		var gm = SceneNode.builder("ics-gm").objectId("fp-gm").style(SYSTEM)
				.title("Greater Manchester integrated care system").detail("2.8 million people · 10 places")
				.child(board("bd-gm-icb", "NHS Greater Manchester board", "Integrated care board"))
				.child(wigan).child(bolton).child(tameside);
		return Scene.builder("systems", "Systems within systems: Greater Manchester")
				.description("Footprints nest from the integrated care system down to neighbourhoods; each "
						+ "footprint shows its partnership boards. Arrows show delegated authority with its scope "
						+ "and financial limit.")
				.node(gm)
				.edge(SceneEdge.of("del-gm-wigan", "dl-1", "bd-gm-icb", "bd-wigan-locality", DELEGATION,
						"Community services", "up to £25m"))
				.edge(SceneEdge.of("del-gm-bolton", "dl-2", "bd-gm-icb", "bd-one-bolton", DELEGATION,
						"Urgent care", "up to £12m"))
				.edge(SceneEdge.of("del-gm-tameside", "dl-3", "bd-gm-icb", "bd-tameside", DELEGATION,
						"Section 75 pooled budget"))
				.edge(SceneEdge.of("rep-wigan-north", "rl-1", "bd-wigan-north-forum", "bd-wigan-locality", REPORTS_TO,
						"reports to"))
				.legend(LegendEntry.node(SYSTEM, "Integrated care system"))
				.legend(LegendEntry.node(PLACE, "Place"))
				.legend(LegendEntry.node(LOCALITY, "Locality"))
				.legend(LegendEntry.node(NEIGHBOURHOOD, "Neighbourhood"))
				.legend(LegendEntry.node(BOARD, "Board or committee"))
				.legend(LegendEntry.node(ORGANISATION, "Organisation"))
				.legend(LegendEntry.edge(DELEGATION, "Delegation (scope, limit)"))
				.legend(LegendEntry.edge(REPORTS_TO, "Reports to"))
				.legend(LegendEntry.badge(Severity.ERROR, "Error finding"))
				.legend(LegendEntry.badge(Severity.WARNING, "Warning finding"))
				.legend(LegendEntry.badge(Severity.INFO, "Information"))
				.build();
	}

	/** Bradford District &amp; Craven: one place with six locality collaboratives, no edges. */
	static Scene localities() {
		var place = SceneNode.builder("place-bdc").objectId("fp-bdc").style(PLACE).title("Bradford District & Craven")
				.detail("Place · 650,000 people · 6 localities");
		String[] names = { "Bradford City", "Bradford East", "Bradford North", "Bradford South", "Keighley",
				"Craven" };
		for (int i = 0; i < names.length; i++) {
			place.child(SceneNode.builder("loc-" + i).objectId("fp-loc-" + i).style(LOCALITY).title(names[i])
					.child(neighbourhood("nb-" + i + "-a", names[i] + " community partnership A", "35,000"))
					.child(neighbourhood("nb-" + i + "-b", names[i] + " community partnership B", "32,000")));
		}
		return Scene.builder("systems", "Bradford District & Craven").node(place)
				.legend(LegendEntry.node(PLACE, "Place")).legend(LegendEntry.node(LOCALITY, "Locality"))
				.legend(LegendEntry.node(NEIGHBOURHOOD, "Neighbourhood")).build();
	}

	private static SceneNode.Builder neighbourhood(String id, String name, String people) {
		return SceneNode.builder(id).objectId("fp-" + id).style(NEIGHBOURHOOD).title(name).detail(people + " people");
	}

	private static SceneNode.Builder board(String id, String name, String model) {
		return SceneNode.builder(id).objectId("gov-" + id).style(BOARD).title(name).detail(model);
	}

	private static SceneNode.Builder org(String id, String name, String kind) {
		return SceneNode.builder(id).objectId("org-" + id).style(ORGANISATION).title(name).detail(kind);
	}

	/**
	 * A generated nested scene: containers of {@code fanOut} children, nested until about {@code nodes} nodes exist,
	 * with an edge from each container's first child to its last.
	 */
	static Scene generated(int nodes, int fanOut) {
		var b = Scene.builder("generated", "Generated " + nodes + " nodes");
		var counter = new int[] { 0 };
		var edges = new java.util.ArrayList<SceneEdge>();
		var roots = new java.util.ArrayList<SceneNode.Builder>();
		// Breadth-first: decide the tree shape first, then build bottom-up.
		var all = new java.util.ArrayList<SceneNode.Builder>();
		var childrenOf = new java.util.LinkedHashMap<SceneNode.Builder, java.util.List<SceneNode.Builder>>();
		var ids = new java.util.IdentityHashMap<SceneNode.Builder, String>();
		var frontier = new java.util.ArrayDeque<SceneNode.Builder>();
		for (int i = 0; i < Math.min(fanOut, nodes); i++) {
			var n = genNode(counter, ids);
			roots.add(n);
			all.add(n);
			frontier.add(n);
		}
		while (counter[0] < nodes && !frontier.isEmpty()) {
			var parent = frontier.poll();
			var kids = new java.util.ArrayList<SceneNode.Builder>();
			for (int i = 0; i < fanOut && counter[0] < nodes; i++) {
				var k = genNode(counter, ids);
				kids.add(k);
				all.add(k);
				frontier.add(k);
			}
			childrenOf.put(parent, kids);
			if (kids.size() > 1) {
				edges.add(
						SceneEdge.of("e" + edges.size(), null, ids.get(kids.get(0)), ids.get(kids.get(kids.size() - 1)),
								DELEGATION, "edge " + edges.size()));
			}
		}
		var built = new java.util.IdentityHashMap<SceneNode.Builder, SceneNode>();
		for (int i = all.size() - 1; i >= 0; i--) {
			var n = all.get(i);
			for (var k : childrenOf.getOrDefault(n, java.util.List.of())) {
				n.child(built.get(k));
			}
			built.put(n, n.build());
		}
		for (var r : roots) {
			b.node(built.get(r));
		}
		edges.forEach(b::edge);
		return b.build();
	}

	private static SceneNode.Builder genNode(int[] counter, java.util.Map<SceneNode.Builder, String> ids) {
		int i = counter[0]++;
		String id = "n" + i;
		var n = SceneNode.builder(id).objectId("obj-" + i).style(i % 2 == 0 ? PLACE : BOARD).title("Node " + i)
				.detail((i * 37 % 1000) + ",000 people");
		ids.put(n, id);
		return n;
	}
}
