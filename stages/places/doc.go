// Package places is geotimeline's toponym recognition stage ("places"): it
// finds the place names in each document's sentences and fills
// Item.Places with one PlaceMention per name, carrying every gazetteer
// reading as an unscored Candidate. Choosing among the readings is the
// geocode stage's job.
//
// What goes in: Item.Doc.Text and Item.Sentences (ingest has already dropped
// boilerplate; only text inside sentences is searched — an item without
// sentences is searched as one sentence). What comes out: Item.Places,
// sorted by Start, non-overlapping, every Span on rune boundaries inside the
// text and Text == Doc.Text[Start:End].
//
// Recognition is gazetteer matching (gazetteer.Match) followed by filters
// that keep common words from becoming places:
//
//   - capitalization: every significant token of the name as written starts
//     with an upper-case letter, or is in a caseless script (Hangul, Han);
//
//   - the stop-list (stoplist.txt): months, weekdays, ordinary English words
//     that are also towns somewhere, and Korean name syllables ("Kim",
//     "Song", "Nam" are villages in a gazetteer of 31,000 North Korean
//     places, but persons in the news);
//
//   - person names: a common surname (surnames.txt) followed by capitalized
//     given-name syllables ("Kim Jong Un", "Kim Kuk-song") is a person unless
//     a place word follows ("Kim Chaek City"); so is one word of a byline
//     without "By", a name of two to four capitalized words before a bar,
//     slash or dash and a date ("ISHIKAWA Ryo | 2020.09.04");
//
//   - organisation names: "Workers' Party of Korea", "Pyongyang Times",
//     product names such as "Hwasong-15";
//
//   - alternate names only: a single word that is no reading's own name,
//     only an alternate name of towns below 100,000 that have a population
//     figure, is an ordinary word GeoNames lists as a variant ("From" for
//     Frome, "Due" for Douai, "IRS" for Eruh), unless the curated alias
//     table gives it. Big cities ("Bombay") and villages without a
//     population figure keep their alternate names, and so do the towns of
//     countries whose names are romanized from another script (Korea,
//     China, Japan, Russia, the Arab world, …: the table in romanized),
//     where they are the press's spellings — "Aoji" (Aoji-ri, a North
//     Korean town of 34,000), "Kilchu" and "Kilju", "Kyongwon" and
//     "Gyeongwon", "Lushunkou" — but only in a document about one of
//     their countries or about none, or within 500 km of its prominent
//     places ("Livni" in a report from Jerusalem is no Russian town;
//     "Lushunkou" in a report from Sinuiju is the Chinese port);
//
//     A romanized alternate of a city below a million is such a variant
//     too ("Khasan", the Russian border settlement, is also GeoNames'
//     spelling of Hassan, India), and so is a name followed by "region" or
//     "area" whose readings are all towns ("the Amur region" is not Āmūr,
//     India);
//
//   - minor places: a match whose best reading is a populated place of fewer
//     than 15,000 people (and no admin seat) needs a context cue ("in X",
//     "X village", "the town of X", "the X border crossing") and a name of
//     four letters or more; a match turned down for want of a cue is taken
//     after all when the document names the same place on a cue elsewhere
//     and the next word does not continue the name ("Tumangang, in the
//     Rason zone, …" beside "at the Tumangang border crossing"; not "Darby
//     Street");
//
//   - page furniture: in a line of menu items separated by "|", a name must
//     fill a whole item ("Subscribe | Log in" holds no Łódź;
//     "Asia-Pacific | Security" no town named Asia); two to four capitals
//     ("NIS", "KGB") in a sentence in mixed case are an acronym, not a town
//     they spell (Niš), unless the reading is major, curated, or the word
//     opens the sentence as a dateline ("GAZA, May 2"); "Asia" is
//     stop-listed (a Philippine town, never "Radio Free Asia");
//
//   - headlands: "X Cape" has only the gazetteer's natural features as
//     readings, never a town ("Jangsan Cape" is no Yangsan), and stays
//     without readings when it has none;
//
//   - sentence-initial and title-case words: a single capitalized word at the
//     start of a sentence that the document also uses in lower case is an
//     ordinary word; in headline-style sentences only prominent places count.
//
//   - given names: a single word that is a common English given name
//     (givennames.txt: "Scott", "Linda") is a person unless "in", "near" …
//     precede it; followed by a capitalized word ("Scott Smith") it marks
//     the name as a person's for the rest of the document;
//
//   - surnames: a single-word name right after a forename (forenames.txt,
//     about 300 common English given names, and givennames.txt, less the
//     Korean surnames: "Gary Lewis", "Robert Douglas", also at a sentence
//     start) or after a capitalized word and a middle initial ("Tyrise M.
//     Bell") is a person, even when it is a small capital or a unit
//     (Douglas, Isle of Man), and so are its later mentions; not when it
//     is a country or a city of 100,000, nor a first-level unit right
//     after a prominent place of its country ("Warren Ohio" in a
//     headline), nor across a comma or a place word ("Warren County"),
//     nor after a forename that is also an English adjective or verb
//     (marked "*" in the lists: "Rich", "Mark") at the start of a
//     sentence or in a headline ("Rich Musan families bribe guards");
//
//   - names that speak: a single-word name followed by a verb of saying
//     ("Lewis said", "Turner told") is a person, unless a preposition of
//     place precedes it ("a student from Brampton said") or it is a
//     country, first-level unit, capital or city of a million ("Pyongyang
//     said"); unless one of its readings is a city of 100,000
//     ("Gainesville says no"), its other mentions are the person's too;
//
//   - mis-decoded apostrophes: a name ending in "â" before a space or
//     punctuation is a contraction read in the wrong encoding ("Itâ s",
//     from "It’s"), not Itá, Paraguay;
//
//   - demonyms (demonyms.tsv: "Russian", "Canadian") never become the
//     towns that share their spelling; with Options.Demonyms they become
//     mentions of their country, with Role "demonym". DemonymFinder finds
//     the same spans for the geocoder, which counts them towards the
//     document's country focus in either case.
//
// Abbreviations the gazetteer cannot index (abbrevs.tsv) are recognized as
// written: AP state abbreviations ("Alexandria, La.", "N.C."), postal codes
// after a comma ("Dayton, OH"), Canadian provinces, "U.S." and "U.K.".
//
// A name the gazetteer holds an analyst's override for
// (gazetteer.WithOverrides) is taken whenever it starts with a capital,
// whatever the filters say.
//
// Context widens the span so that place_name reads as written: a following
// "Province", "County", "City", "River" … joins the mention ("North Pyongan
// Province") and narrows the readings to the matching feature kind (a
// gazetteer name ending in "City" that is only an alternate name of its
// place, such as Ireland's "Dublin City", adds the towns named without it:
// "Dublin City Council" in an Ohio paper; a district of a city — after a
// possessive or "the", or before "of" or "in" and a name: "the Pohang
// district of Chongjin", "in the Pohang district" — keeps every reading,
// for the geocoder to take the one in that city, while "Hwasong district"
// stays the county; "X County" never reads as a country or a first-level unit: not the
// island of Guernsey), and a
// preceding distance and bearing ("20 km north of Hyesan") joins it too, for
// the geocoder to offset the point.
//
// Vague places come from regions.tsv: "the border area", "along the border",
// "the Sino-Korean border" become mentions of the region
// "region:kp-cn-border" (a representative point with a radius). Generic
// phrases fire only in documents about North Korea; phrases that name the
// countries always fire.
//
// A mention's Role is "source" when it says where a reporting source sits:
// "a source in North Pyongan Province", "a resident of Ryanggang province …
// told", "sources in the border area", "a Hyesan-based source".
//
// A Recognizer is safe for concurrent use. Process returns an error only
// when the embedded data or gazetteer cannot be loaded, or ctx is done.
package places
