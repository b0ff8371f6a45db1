// Package geocode is geotimeline's toponym resolution stage ("geocode"): for
// every PlaceMention that the places stage found, it scores the gazetteer
// readings (Candidates), sorts them by score, and sets Resolved, Place (with
// Precision and UncertaintyKM) and a one-line Reason.
//
// Scoring adds, for each candidate:
//
//   - a prior from the feature kind (country > first-level unit > capital >
//     admin seat > populated place …) and the logarithm of the population;
//   - document focus: the countries the document is about — countries given
//     in Options.Focus, and the countries of mentions whose readings all lie
//     in one country (a country name counts most), so that in a North Korean
//     context "Sunchon" is the North Korean city, not Suncheon in the South.
//     A name counts less with every repetition (1 + log₂(n)/2 for n
//     mentions): "China" named four times as a trading partner does not
//     outweigh Chongjin, Pyongyang and the border named once each. After a
//     first pass, names read in several countries add a little (0.25) for
//     their best reading's country. Demonyms count too, whether or not the
//     places stage makes mentions of them (places.Options.Demonyms; found
//     with places.DemonymFinder, not inside a place's name such as "American
//     Fork"), by what they modify (demonymheads.tsv, the first listed word
//     of the next three): the country's state, people or ground ("North
//     Korean security agents", "the North Korean city of", "the North
//     Korean side of the border") say where the story is and count even
//     alone ("North Korean security agents in Chongju" is the North Korean
//     town, not Jeonju in the South); goods, money, media and foreigners
//     ("South Korean cosmetics", "Chinese-made", "a Chinese trader in
//     Anju", "a South Korean defector group") never count; others count
//     only beside a focus that places named already give. A country's
//     counted demonyms weigh 2 (a first-level unit named) times
//     1 + log₂(n)/2, so that a report saying "North Korean authorities" ten
//     times and naming "China" once as a destination reads "Anju" as the
//     North Korean city, not the Chinese town. Demonyms never add to
//     Options.Focus, and never make a document "clearly about other
//     countries" (below);
//   - the origin of a movement: a name in the same sentence as a country it
//     is moved into ("copper went from Anju into China", "fled from Anju to
//     China") is not in that country;
//   - twin readings: a reading with another reading of the name, in the
//     same country and first-level unit, within 25 km (a county seat and
//     its county) gains a little over a lone namesake;
//   - the name as written: a reading whose own name is the text beats one
//     reached through an alternate name (Jerusalem, not Courtland, Virginia,
//     once called Jerusalem);
//   - a co-mentioned first-level unit: after a first pass, every name votes
//     for the first-level unit of its best reading (a unit named itself
//     votes most, an ambiguous name least), and readings inside units the
//     rest of the document points at gain, in proportion to the unit's
//     votes and in full for the most-voted unit when it has at least a
//     named unit's 2 (one ambiguous name's vote alone is weak) ("Hyesan …
//     Ryanggang Province"; "Mansfield" with "Shreveport" is in Louisiana),
//     and a first-level unit gains as much as the best-voted unit of its
//     country ("Oregon" beside "Illinois" is the state, not the town in
//     Illinois) unless the name is also its country's capital
//     ("Washington"), a gain the name's readings inside that unit share (the
//     capital "Pyongyang" stays the city, not the unit named after it); a
//     town named like its country's capital gains nothing from the units
//     named ("Washington" in a report naming Georgia is the capital, not
//     the Georgia town; "Washington, Texas" still is the town, by its
//     written parent) unless another name of the document has a reading
//     within 150 km of it ("Washington" beside Pittsburgh and Canonsburg
//     is Washington, Pennsylvania); a
//     first-level unit without a population counts as 10,000 people; a
//     name is never evidence for itself, for its unit or its
//     country, nor are names that differ only by a place word ("Douglas
//     County" and "Douglas");
//   - closeness: after a first pass, a reading of a name read in several
//     places gains for every other name of the document that has a reading
//     within 150 km of it (in proportion to that reading's likelihood from
//     the first pass, at least as under a uniform choice, and to how close
//     it is; capped). The towns of one local report lie together:
//     "Plainview", "Elgin" and "Rochester" are the Minnesota towns, not the
//     more populous New York ones. Readings of unknown population (the
//     gazetteer's many villages) gain nothing, and a first-level unit named
//     like a town in it shares the town's gain (closeness does not decide
//     between the city and the special city of Nampo); national capitals
//     and cities of a million also support each other within 1,500 km
//     ("Moscow" beside "Kiev" and "Minsk" is the Russian capital, not
//     Moscow, Idaho), a support every reading of the name in the big
//     city's country shares: it tells countries apart, not the readings
//     of one country ("Suzhou" beside "Beijing" stays the bigger Suzhou,
//     in Jiangsu; "Datun" near Dandong stays the Liaoning village, not
//     Datong, which GeoNames also calls Datun);
//   - a parent written right after the name: "Dandong (Liaoning Province,
//     China)", "Hyesan, Ryanggang Province", "Hyesan in Ryanggang";
//   - "the" before a bare name favours a river, mountain or region ("crossed
//     the Tumen"); a name that is both a river and a town is read apart
//     where it is crossed, so "crossed the Tumen" is the river even in a
//     document that also has "a detention center in Tumen", the town;
//   - a city of 100,000 or more that is the seat (PPLA, PPLC) of the
//     first-level unit named like it gains over the unit: "Khabarovsk" is
//     the city of 600,000, not the krai's centroid 500 km away, as
//     "Pyongyang" is the capital; the places stage keeps only the unit
//     when "Krai", "Province" or "Oblast" is written;
//   - "the city's" (or "the town's") right before a name puts it within
//     25 km of the city last named, the closer the better ("Chongjin …
//     the city's Sunam district" is no Sunam 50 km away), and so does a
//     city's own possessive ("Pyongyang's Hwasong district" is the
//     Pyongyang neighbourhood, not Hwasong County 300 km away; the places
//     stage keeps every reading of a district written so), and so does a
//     town written right after the name with "in", or with "of" after a
//     word for a part of a town ("Sunam Market in Chongjin", "the Pohang
//     district of Chongjin", "the Sunam district in the city of Chongjin":
//     not a Sunam 50 km away, nor Pohang in the South); a part of a North
//     Korean town with no reading within 25 km of it ("Songyo District,
//     Pyongyang") is placed at the town. A province or
//     country written so is a parent instead (above). "The X district"
//     with no city written is a part of the city last named, as after
//     "the city's" ("Chongjin … in the Pohang district").
//
// A county the gazetteer does not hold ("X County" or "X Parish" whose
// readings are only towns named X) is placed in the first-level unit the
// rest of the document votes for most (in the document's focus country, or
// the country of its best reading when it has none), at the mean point of
// the document's towns in that unit (the unit's own point when there are
// none), with the unit's precision (Candidates keep the towns). A county
// of the United States goes to its own point instead, with a second-level
// unit's precision, from the Census table gazetteer.USCounties: the county
// of that name in the unit written after it or the unit the document points
// at, else in the state the document's names vote for most among the states
// that have one, else in the only state that has one ("Licking County" is
// the Ohio county). A county of the Koreas or China whose best reading is
// a town is that town, its seat, which the county is named after there
// ("Kuandian County"), with a second-level unit's precision and 20 km.
//
// The same placement serves three more cases, each with the unit's
// precision and a reason that says so: names in a list that ends in
// "counties" or "parishes" ("Becker, Clay and Douglas counties"; not
// "Kentucky counties"); a river, lake or county the gazetteer has no entry
// of that kind for ("Kanawha River"), when the document points at a unit;
// and a stray small town: a name whose best reading is a town below 15,000
// and whose readings include no country, first-level unit, capital or city
// of 100,000 (a lesser namesake of 15,000 or more elsewhere in the
// document's country does not count against it), none in the unit the
// document points at (votes of 2 or more from other names), the best of
// them at least 500 km from the document's towns in that unit, with no
// parent written after it and no support from the unit votes or
// closeness: a place of that unit the gazetteer lacks is likelier than a
// namesake 1,000 km away ("Howland" in a report from Tyler, Texas;
// "Weston" in a Connecticut report, where the gazetteer knows Westons in
// West Virginia and Florida only).
//
// An analyst's override (gazetteer.WithOverrides, looked up in
// Options.Gazetteer) puts its reading first whatever the scores, with the
// reason "analyst override (FILE:LINE)".
//
// One sense per document: all mentions with the same text share one
// resolution, scored with the context of all of them. Ties break on ID, so
// the output is deterministic.
//
// Precision and uncertainty come from the feature: a country's radius grows
// with its area (0.7·√area; North Korea ≈ 240 km), a first-level unit's with
// the mean area of its country's units (North Korean provinces ≈ 70 km), a
// second-level unit is 20 km, a populated place √population/100 km clamped to
// 2–20 km (Hyesan ≈ 4.5 km, Pyongyang ≈ 18 km), rivers 300 km, other natural
// features 10 km, and region entries keep their own radius. A mention
// written with a distance and bearing ("20 km north of Hyesan") is moved
// that far from the resolved place, with precision region and an
// uncertainty of half the distance (at least the place's own).
//
// A mention stays unresolved (Resolved false, Reason says why) when it has
// no candidate, or when its only readings are small places outside a
// document that is clearly about other countries (by the votes of its other
// names: a small town named ten times is no evidence against itself).
//
// A Geocoder is safe for concurrent use. Process returns an error only when
// the embedded country table or the places stage's demonym table is
// corrupt, or ctx is done.
package geocode
