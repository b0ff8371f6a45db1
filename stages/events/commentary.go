package events

import (
	"strings"

	"geotimeline/pipeline"
)

// This file holds the sentence rules for what long reports tell around the
// news: commentary, backdrops, statistics and the people the story
// describes. Each was drawn from false events of blind test sets
// (docs/events.md); none looks at a particular report.

// commentators are subjects that weigh the news rather than report it:
// "Analysts say North Korea has reinforced its border", "Researchers who
// have interviewed former inmates say conditions worsened".
var commentators = map[string]bool{
	"analyst": true, "analysts": true, "expert": true, "experts": true, "observers": true,
	"researchers": true, "scholars": true, "academics": true, "critics": true,
	"commentators": true, "watchers": true, "specialists": true,
}

// advocacyNouns are commentators after "rights" or "advocacy": "Human rights
// groups have condemned the orders", "rights activists say".
var advocacyNouns = map[string]bool{
	"groups": true, "group": true, "organizations": true, "organisations": true,
	"activists": true, "advocates": true, "campaigners": true,
}

// opinionVerbs are what commentators do.
var opinionVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "believe": true, "believed": true, "estimate": true,
	"estimated": true, "note": true, "noted": true, "argue": true, "argued": true, "suspect": true,
	"think": true, "condemned": true, "criticized": true, "criticised": true, "warn": true, "warned": true,
	"described": true, "called": true, "expect": true, "agree": true, "see": true,
}

// maxCommentatorLead and maxCommentatorReach bound where a commentator
// opens a sentence and how far its verb may follow it ("Researchers who
// have interviewed former inmates say").
const (
	maxCommentatorLead  = 4
	maxCommentatorReach = 7
)

// commentary reports a sentence opened by a commentator and an opinion
// verb: what it tells is weighed, not reported.
func commentary(s *sent) bool {
	for k := 0; k < len(s.toks) && k <= maxCommentatorLead; k++ {
		if !s.v.is(s.toks[k], flagCommentator) && !(s.v.is(s.toks[k], flagAdvocacy) && k > 0 && (s.toks[k-1].low == "rights" || s.toks[k-1].low == "advocacy")) {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+maxCommentatorReach; j++ {
			if opinionVerbs[s.toks[j].low] {
				return true
			}
		}
		return false
	}
	return false
}

// ownFineDate reports a date of the trigger's own clause of a month or finer,
// not counted "since" it ("Rights groups say guards shot a woman on March
// 3" reports a shooting; "… have sent back 600 since October" counts).
func (d *docCtx) ownFineDate(s *sent, dl dateLink) bool {
	if dl.level != dateClause || dl.at < 0 || !dl.iv.Known() {
		return false
	}
	switch dl.iv.Precision {
	case pipeline.PrecisionDay, pipeline.PrecisionWeek, pipeline.PrecisionMonth:
	default:
		return false
	}
	k := s.tokenAt(d.dates[dl.at].Span.Start)
	return !(k >= 1 && s.toks[k-1].low == "since")
}

// comeVerbs before "as" open a backdrop: "The launch came as Seoul and
// Washington have accused Pyongyang of sending troops".
var comeVerbs = map[string]bool{"come": true, "comes": true, "came": true, "coming": true}

// standingVerbs make a backdrop a standing situation rather than a
// happening of the moment.
var standingVerbs = map[string]bool{
	"has": true, "have": true, "is": true, "are": true, "continues": true, "continue": true,
	"remains": true, "remain": true, "seeks": true, "tries": true, "faces": true,
}

// backdrop reports a trigger told after "comes/came as" in a present or
// present perfect clause: "The incident comes as the government continues
// an effort to bring markets under control" sets the scene; "The arrests
// came as police launched a sweep" tells a sweep and is not a backdrop.
func backdrop(s *sent, m match) bool {
	for k := 1; k+1 < m.first; k++ {
		if s.toks[k].low != "as" || !comeVerbs[s.toks[k-1].low] {
			continue
		}
		standing := false
		for j := k + 1; j < m.first; j++ {
			// "came as tensions remain high after soldiers crossed the
			// line": what follows "after" is told; so is what follows an
			// aside ("as North Korea, which is under sanctions, fired").
			if backdropStops[s.toks[j].low] {
				return false
			}
			if strings.ContainsAny(s.doc[s.toks[j-1].end:s.toks[j].start], ",;:") {
				// an aside before the backdrop's verb, or an apposition
				// after it ("continues an effort …, a campaign that")
				return standing
			}
			standing = standing || standingVerbs[s.toks[j].low]
		}
		return standing
	}
	return false
}

// backdropStops end the backdrop a "came as" clause sets.
var backdropStops = map[string]bool{
	"after": true, "since": true, "when": true, "following": true, "because": true,
	"which": true, "who": true, "where": true,
}

// relativeAux may stand between "who" and its verb ("who had fled", "who
// had recently defected").
var relativeAux = map[string]bool{
	"had": true, "has": true, "have": true, "been": true, "was": true, "were": true,
	"recently": true, "later": true, "earlier": true, "previously": true, "reportedly": true,
	"allegedly": true, "once": true, "also": true,
}

// whoClause returns the token index of "who" when the trigger of c opens a
// relative clause about a person ("relatives who fled to South Korea", "a
// man who had defected"), or -1.
func whoClause(s *sent, c candidate) int {
	if s.toks[c.m.first].low == "who" {
		return c.m.first // a trigger that includes it: "who … crossed the border"
	}
	for k := c.m.first - 1; k >= 1 && k >= c.m.first-3; k-- {
		w := s.toks[k].low
		if w == "who" {
			return k
		}
		if !relativeAux[w] {
			return -1
		}
	}
	return -1
}

// describesPerson reports a trigger in a relative clause about a person
// with no date of its own: "arranged calls between residents and relatives
// who fled to South Korea" describes the relatives; "a woman who fled in
// 2019" dates her flight, which stays an event.
func (d *docCtx) describesPerson(s *sent, c candidate, dl dateLink) bool {
	k := whoClause(s, c)
	if k < 0 {
		return false
	}
	// "Kim Jong Un, who inspected the farm, expressed satisfaction": a
	// named person's act told in an aside; "It was the smugglers who were
	// arrested": a cleft.
	if k >= 2 && strings.TrimSpace(s.doc[s.toks[k-1].end:s.toks[k].start]) == "," && isCapitalized(s.toks[k-1]) {
		return false
	}
	if len(s.toks) > 1 && s.toks[0].low == "it" && (s.toks[1].low == "was" || s.toks[1].low == "is") {
		return false
	}
	return !(dl.level == dateClause && dl.at >= 0 && d.dates[dl.at].Span.Start > s.toks[k].start)
}

// statisticMarkers mark a sentence of figures: "up from 67 in 2022", "the
// lowest number on record", "The number of defectors arriving rose to 196".
var statisticMarkers = [][]string{
	{"up", "from"}, {"down", "from"}, {"compared", "with"}, {"compared", "to"}, {"on", "record"},
	{"the", "number", "of"}, {"rose", "to"}, {"fell", "to"}, {"dropped", "to"},
}

// countedTypes are the events a sentence of figures counts rather than
// tells: people arrested, sentenced, executed or fled.
var countedTypes = map[string]bool{"arrest": true, "sentence": true, "execution": true, "defection": true}

// minCounted is the smallest count of people that, over a quarter or more,
// makes a tally: "105 defectors arrived in the South during the first half
// of the year".
const minCounted = 20

// bigCounts are counts in words.
var bigCounts = map[string]bool{"dozens": true, "hundreds": true, "thousands": true, "scores": true}

// tally reports a count of at least minCounted people before the trigger in
// its clause, dated a season or coarser, or more than six weeks, over a
// span the sentence names: the figures of a period, not an event ("Around
// 600 were repatriated in a single night in the fall of 2023" is one).
func tally(s *sent, c candidate, dl dateLink) bool {
	if !dl.iv.Known() {
		return false
	}
	switch dl.iv.Precision {
	case pipeline.PrecisionDay, pipeline.PrecisionWeek, pipeline.PrecisionMonth:
		if dl.iv.Days() <= 45 {
			return false
		}
	}
	// a span counted over ("during the first half of the year", "in all",
	// "so far"), and no single occasion ("at once", "in a single night")
	span := false
	for k, t := range s.toks {
		switch t.low {
		case "single", "once", "mass":
			return false
		case "during", "over", "throughout", "since", "annually", "yearly":
			span = true
		case "all":
			span = span || (k > 0 && s.toks[k-1].low == "in")
		case "far":
			span = span || (k > 0 && s.toks[k-1].low == "so")
		case "half":
			span = span || (k > 0 && (s.toks[k-1].low == "first" || s.toks[k-1].low == "second"))
		case "months", "quarter", "weeks":
			// "in the first three months of the year", "last quarter"
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if w := s.toks[j].low; w == "first" || w == "last" || w == "past" {
					span = true
				}
			}
		}
	}
	clause := s.clauses()[c.clause]
	for k := c.m.first - 1; k >= 0 && s.toks[k].start >= clause.Start; k-- {
		w := s.toks[k].low
		// ("Only 236 defectors reached the South in 2024": a figure told
		// as such needs no span word)
		only := k > 0 && (s.toks[k-1].low == "only" || s.toks[k-1].low == "just")
		if bigCounts[w] && (span || only) {
			return true
		}
		if n, ok := atoi(w); ok && n >= minCounted && (n < 1900 || n > 2100) && (span || only) {
			return true
		}
	}
	return false
}

// statistic reports figures told up to the end of clause ci of s: a
// marker, or "a total of" with a date of a year or coarser ("A total of
// 196 defectors arrived last year"; "a total of 12 in a raid on Feb. 9" is
// a raid).
func statistic(s *sent, ci int, dl dateLink) bool {
	clause := s.clauses()[ci]
	coarse := dl.iv.Known() && (dl.iv.Precision == pipeline.PrecisionYear || dl.iv.Precision == pipeline.PrecisionDecade)
	for k := 0; k < len(s.toks) && s.toks[k].start < clause.End; k++ {
		if coarse && k+2 < len(s.toks) && s.toks[k].low == "a" && s.toks[k+1].low == "total" && s.toks[k+2].low == "of" {
			return true
		}
		for _, m := range statisticMarkers {
			if k+len(m) > len(s.toks) {
				continue
			}
			ok := true
			for i, w := range m {
				if s.toks[k+i].low != w {
					ok = false
					break // (most tokens fail every marker's first word)
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// habitWords make a clause a habit even when it names a time of year:
// "Farmers are usually mobilized for rice planting in mid-May".
var habitWords = map[string]bool{
	"usually": true, "typically": true, "generally": true, "regularly": true, "routinely": true,
	"traditionally": true, "customarily": true, "habitually": true,
}

// habitual reports a habit word before the trigger in its clause, or
// inside a trigger with a gap ("farmers … mobilized"), not hyphenated ("a
// generally-accepted").
func habitual(s *sent, c candidate) bool {
	clause := s.clauses()[c.clause]
	for k := c.m.last; k >= 0 && s.toks[k].start >= clause.Start; k-- {
		// ("Guards who usually take bribes arrested 20 traders": the habit
		// of a relative clause about the subject)
		if habitWords[s.toks[k].low] && !s.compound(k) && !(k >= 1 && relativePronouns[s.toks[k-1].low]) && !closedApposition(s.toks, k, c.m.last) {
			return true
		}
	}
	return false
}

// closedApposition reports whether token k stands in an apposition or
// participle phrase between commas that closes before token first (the
// trigger's last: the aside may stand in a trigger's gap): what it says
// describes a noun ("soldiers of the Storm Corps, an elite unit usually
// stationed far from the border, arrived …": the habit is the unit's, not
// the arrival's).
func closedApposition(toks []token, k, first int) bool {
	j := k
	for j > 0 && !toks[j].comma {
		j--
	}
	if !toks[j].comma || !asideOpeners[toks[j].low] {
		return false
	}
	for m := k + 1; m <= first && m < len(toks); m++ {
		if toks[m].comma {
			return true
		}
	}
	return false
}

// repeated reports a repetition in the clause of c: "crossed the river
// every day", "crossed the border many times" — not one told of something
// else in a relative clause or after ", and" ("raided a house where
// Christians met every Sunday").
func repeated(s *sent, c candidate) bool {
	clause := s.clauses()[c.clause]
	for k := s.tokenAt(clause.Start); k+1 < len(s.toks) && s.toks[k+1].start < clause.End; k++ {
		w, next := s.toks[k].low, s.toks[k+1].low
		if (w == "every" || w == "each") && (timeNouns[next] || k+2 < len(s.toks) && frequencyWords[next] && s.toks[k+2].start < clause.End) ||
			w == "many" && next == "times" {
			if !apart(s, c.m.first, k) {
				return true // "every Saturday lecture", "every weekly study session"
			}
		}
	}
	return false
}

// apart reports a relative pronoun or ", and" between tokens i and j of s
// (either order): what stands at one is told of something else.
func apart(s *sent, i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for k := i + 1; k <= j; k++ {
		w := s.toks[k].low
		if relativePronouns[w] || w == "that" || w == "when" || w == "and" && strings.Contains(s.doc[s.toks[k-1].end:s.toks[k].start], ",") {
			return true
		}
	}
	return false
}

// contentOpeners open the clause that spells out an order of the same
// sentence: "an order … reached the committee on May 10, instructing that
// all workers be mobilized".
var contentOpeners = map[string]bool{
	"instructing": true, "ordering": true, "directing": true, "telling": true, "demanding": true,
	"requiring": true, "calling": true, "urging": true, "stipulating": true,
}

// orderContent reports whether clause ci of s spells out an order told
// before it in the sentence: what it orders is part of the order.
func orderContent(s *sent, ci int) bool {
	if ci == 0 {
		return false
	}
	k := s.tokenAt(s.clauses()[ci].Start)
	return k < len(s.toks) && contentOpeners[s.toks[k].low]
}

// simplePast reports a trigger told as a verb in the simple past ("executed
// seven people", not "has reinforced", "repatriated women").
func simplePast(s *sent, c candidate) bool {
	k := c.m.first
	if !isPast(s.toks[k].low) {
		return false
	}
	j := k - 1
	for j >= 0 && (strings.HasSuffix(s.toks[j].low, "ly") || s.toks[j].low == "also" || s.toks[j].low == "already" || s.toks[j].low == "just") {
		if hedges[s.toks[j].low] {
			return false // "likely executed more people": a guess
		}
		j-- // "has also reinforced", "have reportedly executed"
	}
	if j < 0 {
		return true
	}
	switch s.toks[j].low {
	case "has", "have", "had", "been", "be", "being", "the", "a", "an", "more", "some", "many", "of":
		return false
	}
	return true
}

// hedges make a past verb a guess: "authorities likely executed more".
var hedges = map[string]bool{"likely": true, "probably": true, "possibly": true, "presumably": true}

// endDate reports a date that ends a span or bounds an act ("closed until
// the end of the year", "to be finished by October"), or a vague one
// ("now"): it does not say the act lies ahead.
func endDate(s *sent, m pipeline.DateMention) bool {
	if strings.HasSuffix(m.Value, "_REF") {
		return true
	}
	k := s.tokenAt(m.Span.Start) - 1
	// (the period an act is about, "for May", may well lie ahead)
	return k >= 0 && endpointWords[s.toks[k].low] && s.toks[k].low != "for"
}

// timeNouns after "every" or "each" repeat what the clause tells ("every
// day", "each Saturday").
var timeNouns = map[string]bool{
	"day": true, "week": true, "night": true, "month": true, "time": true, "year": true, "morning": true,
	"evening": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "weekend": true,
}

// frequencyWords after "every" name a repeated occasion ("every weekly
// study session").
var frequencyWords = map[string]bool{"weekly": true, "daily": true, "monthly": true, "nightly": true, "annual": true, "yearly": true}

// countVerbs tell reports counted: "documented at least 23 public trials".
var countVerbs = map[string]bool{
	"documented": true, "recorded": true, "counted": true, "tallied": true, "logged": true,
}

// documentedCount reports a counting verb and a number before the trigger
// in its clause ("documented at least 23 public trials", "has recorded
// 40 executions").
func documentedCount(s *sent, c candidate, dl dateLink) bool {
	if dl.level == dateClause && (dl.iv.Precision == pipeline.PrecisionDay || dl.iv.Precision == pipeline.PrecisionWeek) {
		return false // "recorded 25 arrests on March 3": one day's
	}
	clause := s.clauses()[c.clause]
	number := false
	for k := c.m.first - 1; k >= 0 && k >= c.m.first-5 && s.toks[k].start >= clause.Start; k-- {
		w := s.toks[k].low
		if _, ok := atoi(w); ok || bigCounts[w] || w == "dozens" {
			number = true
		}
		if countVerbs[w] {
			return number
		}
	}
	return false
}
