package events

import (
	"strings"

	"geotimeline/pipeline"
)

var (
	negators = map[string]bool{
		"not": true, "no": true, "never": true, "neither": true, "nor": true, "without": true,
		"didn": true, "doesn": true, "don": true, "wasn": true, "weren": true, "hasn": true,
		"haven": true, "hadn": true, "isn": true, "aren": true, "won": true, "cannot": true,
		"nobody": true, "none": true,
	}
	denials = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true, "refuted": true, "dismissed": true}
	threats = map[string]bool{
		"threaten": true, "threatens": true, "threatened": true, "threatening": true,
		"warn": true, "warns": true, "warned": true, "warning": true,
		"vow": true, "vows": true, "vowed": true, "vowing": true,
		"pledge": true, "pledges": true, "pledged": true, "face": true, "faces": true, "facing": true,
	}
	plans = map[string]bool{
		"will": true, "shall": true, "plan": true, "plans": true, "planned": true,
		"planning": true, "intend": true, "intends": true, "intended": true, "intention": true,
		"scheduled": true, "expect": true, "expects": true, "expecting": true, "expected": true, "going": true, "set": true, "due": true, "prepare": true,
		"prepares": true, "preparing": true, "soon": true, "poised": true, "ready": true,
		"about": true, // only in "about to"
	}
	// wishes make a plan only of their complement ("expressed a wish to
	// defect", "wanted to go south"), not of a clause they stand in ("Lee,
	// who wanted to escape, was arrested")
	wishes = map[string]bool{
		"wish": true, "wishes": true, "wished": true, "desire": true, "willingness": true, "intent": true,
		"want": true, "wants": true, "wanted": true, "hoping": true,
	}
	ongoingWords = map[string]bool{
		"currently": true, "ongoing": true, "continue": true, "continues": true,
		"continuing": true, "still": true, "under": true,
	}
	existVerbs = map[string]bool{
		"exist": true, "exists": true, "happen": true, "happened": true, "occur": true,
		"occurred": true, "take": true, "took": true,
	}
	beForms = map[string]bool{"is": true, "are": true, "am": true, "been": true, "being": true}
	// noEvidence are the nouns of "no evidence that …", which deny what
	// the clause after them tells.
	noEvidence = map[string]bool{"evidence": true, "sign": true, "signs": true, "indication": true, "indications": true, "proof": true}
	// Verbs after "due to" that make it a plan ("was due to arrive"), not a
	// cause ("due to the lockdown", "due to flooding").
	dueVerbs = map[string]bool{
		"be": true, "arrive": true, "visit": true, "begin": true, "start": true, "hold": true, "open": true,
		"meet": true, "take": true, "attend": true, "sign": true, "return": true, "leave": true, "end": true,
		"resume": true, "deliver": true, "appear": true, "speak": true, "travel": true, "launch": true,
		"hand": true, "face": true, "stand": true, "go": true, "close": true, "expire": true, "testify": true,
	}
	// Forms of "be" and participles after a noun trigger that make it
	// planned: "is planned", "was scheduled", "are expected".
	passiveBe = map[string]bool{"is": true, "are": true, "was": true, "were": true}
	postPlans = map[string]bool{"planned": true, "scheduled": true, "expected": true, "slated": true}
	// happenedParticiples say that a noun's event took place ("the meeting
	// was held"); a negator before them denies it.
	happenedParticiples = map[string]bool{"held": true, "staged": true, "convened": true, "organized": true, "organised": true, "carried": true, "conducted": true, "imposed": true}
)

// modalityWords are the sets one of which holds every word that modality's
// loop over the words before the trigger acts on.
const modalityWords = flagDenial | flagNegator | flagThreat | flagPlan | flagOngoing | flagBe

// modality reads whether the event of candidate c happened, was ordered,
// planned, threatened, is ongoing or is denied, from the words before the
// trigger in its clause (docs/events.md).
func (x *Extractor) modality(s *sent, c candidate) pipeline.Modality {
	clause := s.clauses()[c.clause]
	first := c.m.first
	lo := first
	for lo > 0 && s.toks[lo-1].start >= clause.Start {
		lo--
	}
	window := first - 5
	if window < lo {
		window = lo
	}
	negWindow := first - 3 // "did not attend the party meeting" does not deny the meeting
	var negated, ordered, threatened, planned, ongoing bool
	for k := lo; k < first; k++ {
		if !x.v.is(s.toks[k], modalityWords) {
			continue // every case below needs one of these words
		}
		w := s.toks[k].low
		near := k >= window
		if !near && plans[w] && k >= first-8 && k+1 < len(s.toks) && s.toks[k+1].low == "to" {
			// "plan to stage a combined air exercise": a plan reaches over
			// its infinitive's object
			near = true
		}
		switch {
		case denials[w] && !(w == "dismissed" && k+2 < len(s.toks) && dismissedPost(s.toks[k+1].low, s.toks[k+2].low)):
			negated = true // not "Kim dismissed the chief of the General Staff at a plenary meeting"
		case k >= negWindow && negators[w]:
			negated = true
		case threats[w]:
			threatened = true
		case near && plans[w] && ((w != "set" && w != "going" && w != "due" && w != "about" && w != "ready") || (k+1 < len(s.toks) && s.toks[k+1].low == "to")) &&
			(w != "due" || (k+2 < len(s.toks) && dueVerbs[s.toks[k+2].low])):
			planned = true // "set to", "going to", "about to", "due to arrive"; not "set up a team", "due to the lockdown", "about 300"
		case near && ongoingWords[w] && (w != "under" || k == first-1):
			ongoing = true // "under" only right before: "under investigation"
		case near && beForms[w] && k+1 < len(s.toks) && strings.HasSuffix(s.toks[k+1].low, "ing"):
			ongoing = true
		}
	}
	// "no North Korean freight trucks have crossed": "no" before the
	// subject a trigger opens with, farther than the window above.
	for k := first - 1; k >= lo && k >= first-6 && !negated; k-- {
		w := s.toks[k].low
		if w == "no" && !notNegating[s.toks[k+1].low] {
			negated = true
		}
		if isPast(w) || beForms[w] || passiveBe[w] || strings.HasSuffix(w, "ing") || s.toks[k+1].comma || noScanStops[w] {
			break
		}
	}
	// "No one has been found guilty", "nobody had been arrested": a
	// subject that denies, before a chain of auxiliaries longer than the
	// window.
	if k := auxiliariesBefore(s, first, lo); !negated && k >= lo {
		negated = s.toks[k].low == "nobody" || s.toks[k].low == "none" || s.toks[k].low == "one" && k > lo && s.toks[k-1].low == "no"
	}
	if first >= 2 && s.toks[first-1].low == "to" && wishes[s.toks[first-2].low] {
		planned = true
	}
	// "warn residents that smugglers will be punished": the content of a
	// warning is threatened.
	// (also when the content opens with a quotation: "warned that \"even
	// children\" could be shot" is cut into clauses at the quotes)
	ci := c.clause
	for ci > 0 && strings.ContainsAny(s.doc[s.clauses()[ci].Start:min(s.clauses()[ci].Start+3, s.clauses()[ci].End)], "\"“”") {
		ci--
	}
	k := s.tokenAt(s.clauses()[ci].Start)
	// (what is to come: "warned that \"three smugglers were executed\" last
	// week" reports a past event as a lesson)
	if ci > 0 && k < len(s.toks) && s.toks[k].low == "that" && modalBetween(s, k, first) {
		prev := s.clauses()[ci-1]
		for j := k - 1; j >= 0 && s.toks[j].start >= prev.Start; j-- {
			if threats[s.toks[j].low] {
				threatened = true
			}
		}
	}
	// "found no evidence that the vessel transferred oil", "there is no
	// sign that the border has reopened": what a "that" clause after
	// "no evidence" tells did not happen, as far as its speaker knows.
	for j := first - 1; j >= 2 && j >= first-12; j-- {
		if s.toks[j].low == "that" {
			negated = negated || noEvidence[s.toks[j-1].low] && s.toks[j-2].low == "no"
			break
		}
		if s.toks[j+1].comma || hardBreak(s.doc[s.toks[j].end:s.toks[j+1].start]) {
			break
		}
	}
	// "The cabinet decided on September 2 not to raise food prices": a
	// decision not to act.
	if s.toks[c.m.first].low == "decided" || c.m.first < c.m.last && s.toks[c.m.last-1].low == "decided" || strings.HasPrefix(s.toks[c.m.last].low, "decided") {
		for k := c.m.last + 1; k+1 < len(s.toks) && k <= c.m.last+6 && s.toks[k].end <= clause.End; k++ {
			if s.toks[k].low == "not" && s.toks[k+1].low == "to" {
				negated = true
				break
			}
		}
	}
	// "Talks between the Koreas have not resumed": a denial inside a
	// trigger's gap.
	for k := first + 1; k < c.m.last; k++ {
		if x.v.is(s.toks[k], flagNegator) {
			negated = true
		}
	}
	// "… do not exist": a denial after the trigger.
	for k := c.m.last + 1; k+1 < len(s.toks) && s.toks[k+1].end <= clause.End; k++ {
		if (x.v.is(s.toks[k], flagNegator) || s.toks[k].low == "longer") && x.v.is(s.toks[k+1], flagExist) {
			negated = true
		}
	}
	// "A national meeting … was not held this year", "the rally did not take
	// place": a noun trigger whose happening its clause denies.
	// (not a participle trigger, "the official arrested in Hyesan was not
	// held responsible"; not a contrast, "was not held in the square but
	// in a school yard"; not a delay, "was not convened until January")
	for k := c.m.last + 1; !participle(s.toks[c.m.last].low) && k+2 < len(s.toks) && k <= c.m.last+maxSubjectLength && s.toks[k+2].end <= clause.End; k++ {
		if !x.v.is(s.toks[k+1], flagNegator) {
			continue
		}
		w, v := s.toks[k].low, s.toks[k+2].low
		after := k + 3
		if w == "did" && v == "take" && after < len(s.toks) && s.toks[after].low == "place" {
			v, after = "place", after+1
		} else if !passiveBe[w] || !happenedParticiples[v] {
			break
		}
		negated = !notDenial(s, after)
		break
	}
	// "A public trial is planned for …", "the meeting was scheduled to":
	// a noun trigger as the subject of a passive of planning (not "the
	// smugglers arrested are expected to …": a participle trigger).
	if k := c.m.last + 1; k+1 < len(s.toks) && s.toks[k+1].end <= clause.End && passiveBe[s.toks[k].low] && postPlans[s.toks[k+1].low] && !participle(s.toks[c.m.last].low) {
		planned = true
	}
	// "at a session of the Supreme People's Assembly expected in January":
	// a noun trigger, its name, and a participle of planning.
	// (not when the clause goes on to tell it held: "The meeting … planned
	// for the end of the month was held early on Tuesday")
	if k := nameEnd(s, c.m.last+1); k+1 < len(s.toks) && s.toks[k+1].end <= clause.End && !s.toks[k].comma && postPlans[s.toks[k].low] &&
		!participle(s.toks[c.m.last].low) && planTimes[s.toks[k+1].low] && !heldAfter(s, k+1, clause.End) {
		planned = true
	}
	// (a statement after the order it reports is no part of it: "Kim
	// ordered the execution of 15 officials, the spy agency told lawmakers")
	if n := x.v.types[c.typ].name; n != "order" && n != "statement" {
		for _, m := range s.trigs {
			if m.first < first && m.start >= clause.Start && x.v.types[x.v.triggers[m.value].typ].name == "order" && !causeBetween(s, m.last, first) {
				ordered = true
			}
		}
	}
	// "is being", "are being" + trigger, or a progressive trigger ("are holding").
	if strings.HasSuffix(s.toks[first].low, "ing") && first > 0 && beForms[s.toks[first-1].low] {
		ongoing = true
	}
	// "told to expect sentences of five years": what is expected lies
	// ahead, whoever said so.
	if first >= 1 && (s.toks[first-1].low == "expect" || s.toks[first-1].low == "expecting") {
		planned, ordered = true, false
	}
	switch {
	case negated:
		return pipeline.Negated
	case ordered:
		return pipeline.Ordered
	case threatened:
		return pipeline.Threatened
	case planned:
		return pipeline.Planned
	case ongoing:
		return pipeline.Ongoing
	}
	return pipeline.Occurred
}

// notDenial reports what follows a negated "was not held" at token k that
// makes it no denial: a delay, an agent, a manner, a judgement ("until
// Friday", "by the provincial authorities", "in secret", "accountable") or
// a contrast later in the sentence ("not in the stadium but in a school
// yard").
func notDenial(s *sent, k int) bool {
	if k < len(s.toks) {
		switch s.toks[k].low {
		case "until", "till", "by", "accountable", "responsible", "liable", "for":
			return true
		case "in":
			if k+1 < len(s.toks) && (s.toks[k+1].low == "secret" || s.toks[k+1].low == "public") {
				return true
			}
		}
	}
	for j := k; j < len(s.toks); j++ {
		if s.toks[j].low == "but" {
			return true
		}
	}
	return false
}

// modalBetween reports a modal verb (will, would, could, may, can, must
// …) or "face" from token lo to before token hi: what is said there lies
// ahead.
func modalBetween(s *sent, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch s.toks[j].low {
		case "will", "shall", "face", "faces":
			return true
		}
		if s.modal(j) {
			return true
		}
	}
	return false
}

// Irregular past participles of trigger verbs.
var irregularParticiples = map[string]bool{"caught": true, "shot": true, "fled": true, "held": true, "taken": true, "sent": true, "hung": true, "beaten": true}

// participle reports whether w reads as a past participle ("arrested",
// "caught"), which makes a trigger a verb rather than a noun.
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

// dismissedPost reports a post holder after "dismissed" ("dismissed the
// chief", "dismissed its secretary"): a purge, not a denial.
func dismissedPost(w1, w2 string) bool {
	switch w2 {
	case "chief", "chairman", "secretary", "director", "commander", "minister", "premier", "head", "manager", "governor",
		"vice", "deputy", "prime": // "the vice premier"
		return w1 == "the" || w1 == "his" || w1 == "its" || w1 == "their"
	}
	return false
}

// auxiliariesBefore returns the token before the run of auxiliaries (has,
// have, had, been, was, were, be, is, are) right before token first, not
// before lo; lo-1 when the run reaches lo.
func auxiliariesBefore(s *sent, first, lo int) int {
	k := first - 1
	for k >= lo {
		switch s.toks[k].low {
		case "has", "have", "had", "been", "was", "were", "be", "is", "are":
			k--
			continue
		}
		break
	}
	return k
}

// noScanStops end the scan back from a trigger for a "no" before its
// subject: what stands before them is another clause's ("A source who
// asked for no publicity said police arrested …", "It is no secret that
// …", "no signs of activity as two trucks crossed …").
var noScanStops = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "knows": true, "know": true, "as": true, "that": true,
	"why": true, "with": true, "but": true, "and": true, "or": true, "of": true, "who": true, "which": true,
	"there": true, "it": true, "when": true, "while": true, "after": true, "before": true,
}

// notNegating follow a "no" that denies nothing: "no fewer than 30 people",
// "no doubt", "no sooner", "in no time".
var notNegating = map[string]bool{
	"fewer": true, "more": true, "less": true, "doubt": true, "sooner": true, "time": true,
	"longer": true, "matter": true, "wonder": true, "small": true,
}

// heldAfter reports a verb of happening in s from token k up to byte
// offset end: "was held", "were staged", "took place", "came", "opened".
func heldAfter(s *sent, k, end int) bool {
	for ; k+1 < len(s.toks) && s.toks[k+1].end <= end; k++ {
		w, v := s.toks[k].low, s.toks[k+1].low
		if passiveBe[w] && happenedParticiples[v] || w == "took" && v == "place" || w == "came" || w == "opened" || w == "began" {
			return true
		}
	}
	return false
}

// nameEnd returns the first token from k on that is not part of a name
// after a noun ("of the Supreme People's Assembly"): "of", "the", the
// possessive "s" and capitalized words, with no comma before them.
func nameEnd(s *sent, k int) int {
	for ; k < len(s.toks) && !s.toks[k].comma; k++ {
		if t := s.toks[k]; !(t.low == "of" || t.low == "the" || t.low == "s" || isCapitalized(t)) {
			break
		}
	}
	return k
}

// planTimes open a time after a participle of planning ("expected in
// January", "scheduled for May 3", "planned next week").
var planTimes = map[string]bool{"in": true, "for": true, "on": true, "next": true, "later": true, "this": true, "early": true, "late": true, "at": true}

// causeBetween reports a phrase of cause between tokens i and j ("decided
// to suspend the complex in response to the nuclear test", "ordered the
// lockdown because of a fever case"): what follows it is why the order
// came, not what it orders. ("following" and "after" also tell when:
// "ordered officials to hold trials following the harvest".)
func causeBetween(s *sent, i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch s.toks[k].low {
		case "response", "retaliation", "because", "amid", "despite":
			return true
		}
	}
	return false
}
