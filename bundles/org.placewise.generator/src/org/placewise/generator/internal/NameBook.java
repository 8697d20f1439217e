package org.placewise.generator.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Made-up but English-looking names for areas and people, drawn from word lists with the generator's random source.
 * Area names are never repeated within one model, so diagrams and check messages stay readable ("Bramford Place
 * Committee", not "Place 17").
 */
public final class NameBook {
	private static final List<String> ROOTS = List.of("Ash", "Bel", "Brom", "Carl", "Dun", "Elm", "Fen", "Gran",
			"Hal", "Ivel", "Kel", "Lang", "Mar", "Nor", "Oak", "Pen", "Quen", "Red", "Sel", "Thorn", "Ul", "Wes",
			"Wyn", "Yar", "Ald", "Bar", "Cray", "Dray", "East", "Ford", "Glen", "Haw", "Kings", "Lyn", "Mill", "New",
			"Ock", "Pol", "Rush", "Stan", "Tam", "Upton", "Wal", "Whit", "Wood", "Brad", "Chel", "Dor", "Everd", "Frid",
			"Gos", "Hen", "Ings", "Kir", "Lox", "Mor", "Nant", "Otter", "Pick", "Ris", "Sand", "Tod", "Ver", "Wick");
	private static final List<String> ENDINGS = List.of("ford", "bridge", "ham", "ton", "wick", "by", "field",
			"borough", "minster", "chester", "mouth", "bury", "ley", "worth", "combe", "stead", "well", "dale",
			"thorpe", "hurst");
	private static final List<String> COUNTY_ENDINGS = List.of("shire", "shire", "shire", "land", "sex", "wold");
	private static final List<String> COMPASS = List.of("North", "South", "East", "West", "Central");
	private static final List<String> FIRST_NAMES = List.of("Aisha", "Amir", "Anna", "Ben", "Chloe", "Daniel",
			"Deepa", "Eleanor", "Farah", "Gareth", "Grace", "Hassan", "Imogen", "James", "Joy", "Kwame", "Laura",
			"Liam", "Maya", "Mohammed", "Nadia", "Oliver", "Priya", "Rachel", "Rhys", "Sam", "Sarah", "Tom", "Usha",
			"Yusuf", "Zoe", "Claire", "David", "Fiona", "Helen", "Ian", "Karen", "Mark", "Niamh", "Paul");
	private static final List<String> SURNAMES = List.of("Ahmed", "Baker", "Begum", "Brown", "Campbell", "Clarke",
			"Davies", "Edwards", "Evans", "Green", "Hall", "Hughes", "Jackson", "Jones", "Khan", "Lewis", "Martin",
			"Mensah", "Morris", "Nowak", "O'Brien", "Okafor", "Patel", "Roberts", "Robinson", "Shah", "Singh",
			"Smith", "Taylor", "Thomas", "Thompson", "Walker", "White", "Williams", "Wilson", "Wood", "Wright",
			"Young", "Kowalski", "Hussain");
	private static final List<String> SURGERY_KINDS = List.of("Surgery", "Medical Centre", "Health Centre",
			"Family Practice", "Medical Practice");
	private static final List<String> STREETS = List.of("Church Street", "Station Road", "High Street", "Park Lane",
			"Mill Road", "Victoria Road", "The Green", "Market Square", "Riverside", "Oak Tree", "Queens Road",
			"Castle Hill", "Orchard", "Beacon", "Meadow View", "Canal Side");

	private final SplittableRandom random;
	private final Set<String> areasUsed = new HashSet<>();

	/** @param random the generator's random source, shared so that one seed gives one model */
	public NameBook(SplittableRandom random) {
		this.random = random;
	}

	/** @return a county-like name for an integrated care system, e.g. "North Bramshire" */
	public String countyName() {
		return fresh(() -> (random.nextInt(4) == 0 ? pick(COMPASS) + " " : "") + pick(ROOTS)
				+ pick(COUNTY_ENDINGS));
	}

	/** @return a town name for a place or neighbourhood, e.g. "Kelbridge" */
	public String townName() {
		return fresh(() -> pick(ROOTS) + pick(ENDINGS));
	}

	/**
	 * @param town  the town the locality belongs to
	 * @param index which locality of the town (0 first)
	 * @return a locality name, e.g. "Kelbridge North"
	 */
	public String localityName(String town, int index) {
		return fresh(() -> town + " " + COMPASS.get(index % COMPASS.size())
				+ (index >= COMPASS.size() ? " " + (index / COMPASS.size() + 1) : ""));
	}

	/** @param area where the practice is @return a GP practice name, e.g. "Station Road Surgery" */
	public String surgeryName(String area) {
		return random.nextInt(3) == 0 ? area + " " + pick(SURGERY_KINDS)
				: pick(STREETS) + " " + pick(SURGERY_KINDS) + ", " + area;
	}

	/** @return a person's name, e.g. "Priya Okafor"; people's names may repeat, as in life */
	public String personName() {
		return pick(FIRST_NAMES) + " " + pick(SURNAMES);
	}

	/**
	 * @param <T>  element type
	 * @param list what to choose from
	 * @return one element, chosen with the shared random source
	 */
	public <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private String fresh(java.util.function.Supplier<String> proposal) {
		// A handful of tries keeps names natural; the numbered fallback keeps them unique at any scale.
		for (int attempt = 0; attempt < 20; attempt++) {
			String name = proposal.get();
			if (areasUsed.add(name)) {
				return name;
			}
		}
		String base = proposal.get();
		for (int n = 2;; n++) {
			if (areasUsed.add(base + " " + n)) {
				return base + " " + n;
			}
		}
	}
}
