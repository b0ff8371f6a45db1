package events

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// sourcePrefix matches the words that put a place as a reporting source's
// location: "a source in", "a military source based in", "a resident of".
var sourcePrefix = regexp.MustCompile(`(?i)\b(sources?|residents?|informants?|contacts?)\b[^.;,“”"]{0,40}?\b(in|of|from|based in|living in|near|inside)\s+(the\s+)?$`)

// sourcePrefixReach bounds the bytes a sourcePrefix match spans besides its
// two runs of white space: a word of up to 10 bytes, 40 runes of up to 4
// bytes, a connective of up to 9 bytes and "the".
const sourcePrefixReach = 256

// isSourcePrefix reports whether sourcePrefix matches s, looking only at
// the end of s that a match can span, so that the cost does not grow with
// the length of the sentence.
func isSourcePrefix(s string) bool {
	w := suffixWindow(s, sourcePrefixReach)
	// Every match ends in a connective and holds one of these stems (no
	// letter of them folds to a non-ASCII rune, so an ASCII
	// case-insensitive search suffices).
	return endsInConnective(w) && hasSourceStem(w) && sourcePrefix.MatchString(w)
}

// endsInConnective reports whether s ends as a sourcePrefix match must: a
// connective word (in, of, from, near, inside), white space, and maybe
// "the" and white space again. Most texts before a place end otherwise
// ("the city of" aside: "Kim Jong Un and", "across the"), and are turned
// away before hasSourceStem reads 256 bytes. A word that a non-ASCII byte
// precedes is left to the regular expression ("inſide" folds to "inside").
func endsInConnective(s string) bool {
	// lastWord returns the bounds of the run of ASCII letters, digits and
	// underscores (\w) that ends where the white space before end (at
	// least one byte of it) begins, or -1, -1 when there is no such space.
	lastWord := func(end int) (int, int) {
		i := end
		for i > 0 && isRESpace(s[i-1]) {
			i--
		}
		if i == end {
			return -1, -1
		}
		j := i
		for j > 0 && (isASCIILetter(s[j-1]) || '0' <= s[j-1] && s[j-1] <= '9' || s[j-1] == '_') {
			j--
		}
		return j, i
	}
	a, b := lastWord(len(s))
	if a > 0 && s[a-1] >= utf8.RuneSelf {
		return true
	}
	if b-a == 3 && strings.EqualFold(s[a:b], "the") {
		if a, b = lastWord(a); a > 0 && s[a-1] >= utf8.RuneSelf {
			return true
		}
	}
	switch w := s[max(a, 0):max(b, 0)]; len(w) {
	case 2:
		return strings.EqualFold(w, "in") || strings.EqualFold(w, "of")
	case 4:
		return strings.EqualFold(w, "from") || strings.EqualFold(w, "near")
	case 6:
		return strings.EqualFold(w, "inside")
	}
	return false
}

// hasSourceStem reports whether s contains one of "ource", "ident",
// "nformant" and "ontact", ignoring ASCII case, in one pass over s.
func hasSourceStem(s string) bool {
	for i := 0; i+5 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'o':
			if hasFoldAt(s, i, "ource") || hasFoldAt(s, i, "ontact") {
				return true
			}
		case 'i':
			if hasFoldAt(s, i, "ident") {
				return true
			}
		case 'n':
			if hasFoldAt(s, i, "nformant") {
				return true
			}
		}
	}
	return false
}

// hasFoldAt reports whether s holds lower, a lower-case ASCII string, at
// i, ignoring ASCII case as containsFoldASCII does.
func hasFoldAt(s string, i int, lower string) bool {
	if i+len(lower) > len(s) {
		return false
	}
	for j := 0; j < len(lower); j++ {
		if s[i+j]|0x20 != lower[j] {
			return false
		}
	}
	return true
}

// suffixWindow returns the end of s that holds every match of sourcePrefix:
// the trailing white space, a word of up to three letters and the white space
// before it, and reach bytes more. A match in the window is one in s: it
// cannot start at the window's first bytes (it would be longer than any
// match), so a cut rune or word there changes nothing.
func suffixWindow(s string, reach int) string {
	i := len(s)
	for i > 0 && isRESpace(s[i-1]) {
		i--
	}
	for k := 0; k < 3 && i > 0 && isASCIILetter(s[i-1]); k++ {
		i--
	}
	for i > 0 && isRESpace(s[i-1]) {
		i--
	}
	if i -= reach; i <= 0 {
		return s
	}
	return s[i:]
}

// isRESpace is \s in RE2 syntax.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// Words before a place that make it the goal or origin of a movement.
var directionWords = map[string]bool{"into": true, "to": true, "toward": true, "towards": true, "from": true}

// Nouns of kinship or contact: "relatives in South Korea" is a relation.
var relationNouns = map[string]bool{
	"relative": true, "relatives": true, "family": true, "families": true, "kin": true,
	"contact": true, "contacts": true, "ties": true, "links": true, "connections": true,
	"brother": true, "brothers": true, "sister": true, "sisters": true, "son": true,
	"sons": true, "daughter": true, "daughters": true, "parents": true, "children": true,
}

// Nouns after which "with X" names where a line runs ("the border with China").
var borderNouns = map[string]bool{"border": true, "borders": true, "frontier": true, "boundary": true}

// Verbs whose object is a goal: "trying to reach South Korea".
var reachVerbs = map[string]bool{"reach": true, "reached": true, "reaching": true, "reaches": true}

// Words after a country name that make it a currency ("U.S. dollars").
var currencies = map[string]bool{"dollar": true, "dollars": true, "won": true, "yuan": true, "yen": true, "rmb": true}

// Verbs whose object is the target of a statement ("accused North Korea").
var targetVerbs = map[string]bool{
	"accused": true, "accuses": true, "accusing": true, "condemned": true, "condemns": true,
	"denounced": true, "denounces": true, "criticized": true, "criticised": true,
	"blamed": true, "blames": true, "sanctioned": true, "urged": true, "urges": true,
}

// Prepositions that keep a capital or country from being a metonymic subject.
var prepositions = map[string]bool{
	"in": true, "at": true, "of": true, "to": true, "from": true, "into": true, "near": true,
	"across": true, "around": true, "outside": true, "inside": true, "on": true,
	"between": true, "toward": true, "towards": true, "within": true, "through": true,
	"about": true, "against": true, "with": true, "by": true, "for": true, "over": true,
	"the": true,
}

// Finite verbs that follow a metonymic subject ("Pyongyang has", "Seoul says").
var subjectVerbs = map[string]bool{
	"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true,
	"will": true, "would": true, "says": true, "vows": true, "warns": true, "plans": true,
	"continues": true, "began": true, "appears": true, "seems": true, "may": true, "must": true,
	"also": true, "then": true, "now": true, "recently": true, "reportedly": true, "publicly": true,
}

// isDatelinePlace reports a place opening a dateline: in capitals and
// followed by a dash or comma ("SEOUL —", "PYONGYANG, Jan. 5"), or in any
// case inside a dateline that datelineEnd recognises ("Seoul, Jan. 14, 2022
// (Yonhap) --"), the second of two cities too ("SEOUL/WASHINGTON
// (Reuters) -"), and one in brackets ("(Seoul, November 14, 2023) -").
func (d *docCtx) isDatelinePlace(s *sent, sp pipeline.Span) bool {
	text := d.text
	if sp.Start < s.Start || sp.End > s.End {
		return false
	}
	if head := strings.TrimSpace(text[s.Start:sp.Start]); head != "" && head != "(" && (!strings.HasSuffix(head, "/") || strings.ContainsAny(head, " ,")) {
		return false
	}
	if e := d.datelineEnd(s); e >= 0 && sp.End <= e {
		return true
	}
	for _, r := range text[sp.Start:sp.End] {
		if unicode.IsLower(r) {
			return false
		}
	}
	tail := strings.TrimLeft(text[sp.End:s.End], " \u00a0")
	for _, p := range []string{"—", "–", "-", ","} {
		if strings.HasPrefix(tail, p) {
			return true
		}
	}
	return false
}

// placePreps end a trigger whose place follows them (placeOfTrigger).
var placePreps = map[string]bool{"at": true, "through": true, "via": true}

// placeOfTrigger returns the town or area right after a trigger that
// ends with "at", "through" or "via" (an article may stand between), or
// that ends with such a word and the town, or -1.
func (d *docCtx) placeOfTrigger(s *sent, trig pipeline.Span) int {
	k := s.tokenAt(trig.End - 1)
	if k < 1 || k >= len(s.toks) {
		return -1
	}
	next := k + 1
	if !placePreps[s.toks[k].low] {
		// (a trigger that ends with the crossing: "were returned through
		// Sinuiju")
		if !placePreps[s.toks[k-1].low] {
			return -1
		}
		next = k
	}
	if next < len(s.toks) && s.toks[next].low == "the" {
		next++
	}
	for _, i := range s.places {
		p := d.places[i]
		if !p.pm.Resolved || p.metonym || isRegion(p) || p.pm.Place.Precision == pipeline.GeoCountry || s.tokenAt(p.pm.Start) != next {
			continue
		}
		if e := s.tokenAt(p.pm.End); e < len(s.toks) && possessive(d.text, s.toks, e) {
			continue // not "met at Seoul's request in Geneva"
		}
		return i
	}
	return -1
}

// placeAfter reports whether place p of s follows the word w, perhaps with
// "the" or a possessive between ("from the city of …", "from Russia's …"
// aside).
func (d *docCtx) placeAfter(s *sent, p placeRef, w string) bool {
	k := s.tokenAt(p.pm.Start) - 1
	if k >= 2 && possessive(d.text, s.toks, k) {
		k -= 2 // "from Russia's Primorye region"
	}
	if k >= 0 && s.toks[k].low == "the" {
		k--
	}
	// "from the (northeastern) port of Chongjin"
	if k >= 1 && s.toks[k].low == "of" && kindNouns[s.toks[k-1].low] {
		k -= 2
		if k >= 1 && s.toks[k].low != "the" && s.toks[k].low != "a" && (s.toks[k-1].low == "the" || s.toks[k-1].low == "a") {
			k-- // an adjective
		}
		if k >= 0 && (s.toks[k].low == "the" || s.toks[k].low == "a") {
			k--
		}
	}
	return k >= 0 && s.toks[k].low == w
}

// visitorsFrom reports a place after "from" that says where a group came
// from ("an inspection team from Pyongyang"), not one someone left ("she
// fled from Hyesan"): the town is not the story's.
func (d *docCtx) visitorsFrom(s *sent, p placeRef) bool {
	k := d.fromBefore(s, p)
	return k >= 1 && visitorNouns[s.toks[k-1].low]
}

// fromBefore returns the token of the "from" that place p comes after
// ("from Pyongyang", "from the capital"), or -1.
func (d *docCtx) fromBefore(s *sent, p placeRef) int {
	if !d.placeAfter(s, p, "from") {
		return -1
	}
	k := s.tokenAt(p.pm.Start) - 1
	for k >= 0 && s.toks[k].low != "from" {
		k--
	}
	return k
}

// cameFrom reports a place comers came from ("a group came down from
// Pyongyang", "inspectors arrived from the capital"): where they left,
// not the town the story is in.
func (d *docCtx) cameFrom(s *sent, p placeRef) bool {
	k := d.fromBefore(s, p)
	if k < 0 {
		return false
	}
	k--
	if k >= 0 && (s.toks[k].low == "down" || s.toks[k].low == "up" || s.toks[k].low == "over") {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.toks[k].low {
	case "came", "come", "comes", "coming", "arrived", "arrive", "arrives", "arriving":
		// (not one "who came up from Sariwon": a merchant or a source
		// who tells of Sariwon)
		return k == 0 || s.toks[k-1].low != "who"
	}
	return false
}

// sourceBefore reports a reporting source right before the determiner at
// token k: "a source in the province", "sources in the city", "a
// contact living in the county".
func sourceBefore(s *sent, k int) bool {
	k--
	if k < 1 {
		return false
	}
	switch s.toks[k].low {
	case "in", "of", "from", "inside", "near":
	default:
		return false
	}
	k--
	if s.toks[k].low == "based" || s.toks[k].low == "living" {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.toks[k].low {
	case "source", "sources", "informant", "informants", "contact", "contacts", "partner":
		return true
	}
	return false
}

// travelledTo reports a place a verb of travel goes to ("flew to
// Pyongyang", "travelled to Moscow", "went on to Minsk", "arrived in
// Beijing", "a visit to Seoul"); not "returned to", the home left for.
func (d *docCtx) travelledTo(s *sent, p placeRef) bool {
	k := s.tokenAt(p.pm.Start) - 1
	if k >= 0 && s.toks[k].low == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	switch s.toks[k].low {
	case "to":
		if s.toks[k-1].low == "on" && k >= 2 {
			k-- // "went on to Minsk"
		}
		switch s.toks[k-1].low {
		case "flew", "travelled", "traveled", "went", "came", "journeyed", "continued", "continuing", "headed", "visit", "trip":
			return true
		}
	case "in":
		return s.toks[k-1].low == "arrived"
	}
	return false
}

// talksOver reports talks told as over before what the sentence tells
// around them: "after" right before the trigger at k ("flew to Beijing
// after meeting Kim"), or a pluperfect ("had met", "had held talks").
func talksOver(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if s.toks[j].low == "after" || s.toks[j].low == "had" {
			return true
		}
	}
	return false
}

// arrivalBefore reports a verb of arrival before token k ("Blinken flew
// in on Sunday and held talks"), whose goal the sentence leaves unsaid.
func arrivalBefore(s *sent, k int) bool {
	for j := 0; j < k; j++ {
		switch s.toks[j].low {
		case "flew", "arrived", "landed":
			return true
		}
	}
	return false
}

// countryTitles are the first words of an official's title that a country
// may stand before ("U.S. Secretary of State", "Japan Defense Minister").
var countryTitles = map[string]bool{
	"secretary": true, "president": true, "ambassador": true, "envoy": true, "minister": true, "prime": true,
	"foreign": true, "defense": true, "defence": true, "vice": true, "deputy": true, "special": true,
	"senator": true, "premier": true, "chancellor": true,
}

// visitorOf reports a place after "of" that names the state a visitor
// holds office in ("hosted the president of Mongolia"): not where they
// were received.
func (d *docCtx) visitorOf(s *sent, p placeRef) bool {
	k := s.tokenAt(p.pm.Start) - 1
	if k >= 0 && s.toks[k].low == "the" {
		k--
	}
	if k < 1 || s.toks[k].low != "of" {
		return false
	}
	switch s.toks[k-1].low {
	case "president", "minister", "premier", "ambassador", "envoy", "delegation", "delegations", "leader", "king", "chairman":
		return true
	}
	return false
}

// visitorNouns are the groups that come from somewhere into a story.
var visitorNouns = map[string]bool{
	"team": true, "teams": true, "group": true, "groups": true, "delegation": true, "inspectors": true,
	"officials": true, "agents": true, "cadres": true, "investigators": true, "officers": true,
	"troops": true, "soldiers": true, "visitors": true, "traders": true, "envoys": true,
}

// commentatorVerbAfter reports an opinion verb, or "read", at token k or
// the one after, with no comma before it: the commentators named before
// are its subject.
func commentatorVerbAfter(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j < k+2; j++ {
		if s.toks[j].comma {
			return false // "arrested two researchers in Dandong, state media said"
		}
		if opinionVerbs[s.toks[j].low] || s.toks[j].low == "read" {
			// (not a participle: "researchers in Pyongyang said to have
			// leaked data")
			return j+1 >= len(s.toks) || s.toks[j+1].low != "to"
		}
	}
	return false
}

// commentatorSubject reports whether the commentators at token k open
// their sentence or clause, perhaps after a quantifier ("Experts in
// Seoul warned", "…, many observers in Seoul read it as"): the subject,
// not the object of a verb before ("executed three researchers in …").
func commentatorSubject(s *sent, k int) bool {
	j := k
	for j > 0 && !s.toks[j].comma {
		switch s.toks[j-1].low {
		case "many", "some", "most", "several", "other", "foreign", "independent", "outside", "western", "the":
			j--
			continue
		}
		break
	}
	return j == 0 || s.toks[j].comma || s.toks[j-1].low == "and" || s.toks[j-1].low == "but"
}

// kindNouns name the kind of a place before "of" ("the port of Chongjin").
var kindNouns = map[string]bool{"port": true, "city": true, "town": true, "county": true, "village": true, "district": true, "area": true, "region": true, "province": true}

// negatedPlace reports a place right after a negation ("is not China"):
// the sentence says the event is not there.
func (d *docCtx) negatedPlace(s *sent, i int) bool {
	k := s.tokenAt(d.places[i].pm.Start) - 1
	if k >= 0 && s.toks[k].low == "the" {
		k--
	}
	return k >= 0 && (d.v.is(s.toks[k], flagNegator) || s.toks[k].low == "but")
}

func isApostrophe(g string) bool { return g == "'" || g == "’" }

func placeName(pm *pipeline.PlaceMention) string {
	if pm.Resolved && pm.Place.Name != "" {
		return pm.Place.Name
	}
	return collapseSpace(pm.Text)
}

// classifyPlace sets the role of place i and records metonymic subjects as actors.
func (d *docCtx) classifyPlace(i int) {
	p := &d.places[i]
	if p.sent < 0 {
		return
	}
	s := d.sents[p.sent]
	if p.pm.Role == "source" || (isSourcePrefix(d.text[s.Start:p.pm.Start]) && d.speaks(s, p)) {
		p.role = roleSource
		return
	}
	// "SEOUL — …": a dateline says where the report was filed.
	if d.isDatelinePlace(s, p.pm.Span) {
		p.role = roleModifier
		return
	}
	// "U.S. $6.5 million": a currency, not a place; "accused North Korea of":
	// the target of a statement, not where it was made.
	if j := s.tokenAt(p.pm.End); strings.HasPrefix(strings.TrimLeft(d.between(p.pm.End, s.End), " "), "$") || (j < len(s.toks) && currencies[s.toks[j].low]) {
		p.role = roleModifier
		return
	}
	// "a Seoul-based outlet", "a Tokyo-based group": where an organisation
	// sits, not where anything happened ("Hyesan-based smugglers were
	// arrested" were arrested there).
	if rest := d.text[min(p.pm.End, len(d.text)):min(p.pm.End+len("–based"), len(d.text))]; (strings.HasPrefix(rest, "-based") || strings.HasPrefix(rest, "‑based") || strings.HasPrefix(rest, "–based")) &&
		(orgAfter(s, s.tokenAt(p.pm.End)) || namedAfter(s, s.tokenAt(p.pm.End))) {
		p.role = roleModifier
		return
	}
	if k := s.tokenAt(p.pm.Start) - 1; k >= 0 && targetVerbs[s.toks[k].low] {
		p.role = roleModifier
		return
	}
	// "U.S. Forces Korea", "the Russian Embassy", "China Coast Guard": the
	// place names an organisation's state, not where anything happened.
	if j := s.tokenAt(p.pm.End); j < len(s.toks) && s.toks[j].start-p.pm.End <= 2 && strings.Trim(d.between(p.pm.End, s.toks[j].start), ". ") == "" &&
		isCapitalized(s.toks[j]) && (orgHeads[s.toks[j].low] || stateOrgs[s.toks[j].low]) {
		p.role = roleModifier
		return
	}
	// "U.S. Secretary of State Antony Blinken", "South Korea Defense
	// Minister …": a country before an official's title names whose
	// official, not where anything happened (a body's name is no title:
	// "North Korea Defense Ministry", "China Foreign Office").
	if j := s.tokenAt(p.pm.End); j < len(s.toks) && p.pm.Place.Precision == pipeline.GeoCountry && s.toks[j].start-p.pm.End <= 2 &&
		strings.Trim(d.between(p.pm.End, s.toks[j].start), ". ") == "" && isCapitalized(s.toks[j]) && countryTitles[s.toks[j].low] &&
		!(j+1 < len(s.toks) && (orgHeads[s.toks[j+1].low] || s.toks[j+1].low == "office" || s.toks[j+1].low == "council")) {
		p.role = roleModifier
		return
	}
	// "North Korea's Ministry of State Security": the place qualifies an
	// organisation; it says nothing about where the event happened.
	// So does a country's possessive before a body that acts or speaks
	// ("South Korea's military said", "China's foreign ministry"), but not
	// before what happened ("North Korea's execution of two teenagers").
	// "Onsong's Wolpha-ri", "Hyesan's Wiyon-dong" name a part of the town:
	// the town is the place.
	// A capital stands for its country's government the same way before a
	// body of the state ("Seoul's military said", "Pyongyang's envoy"),
	// not before its own police or city government.
	state := false
	if j := s.tokenAt(p.pm.End); j+1 < len(s.toks) {
		state = p.pm.Place.Precision == pipeline.GeoCountry && bodyAfter(s, j+1) ||
			p.pm.Place.FeatureCode == "PPLC" && stateBodyAfter(s, j+1)
	}
	if j := s.tokenAt(p.pm.End); j+1 < len(s.toks) && s.toks[j].low == "s" && isApostrophe(d.between(p.pm.End, s.toks[j].start)) &&
		(isCapitalized(s.toks[j+1]) || state) && !d.locality(s, j+1) {
		p.role = roleModifier
		// (a town's or province's body or site acts there, when nothing
		// else of the sentence places it: see rule 4b)
		p.owner = p.pm.Place.Precision != pipeline.GeoCountry && !state
		// "South Korea's intelligence service told lawmakers": where the
		// speaker of a statement sits
		p.speaker = state
		return
	}
	k := s.tokenAt(p.pm.Start)
	// "the Amnok River, known in China as the Yalu": the language of a
	// name, not a place of the story.
	if k >= 2 && s.toks[k-1].low == "in" && namingWords[s.toks[k-2].low] && p.pm.Place.Precision == pipeline.GeoCountry &&
		asAfter(s, s.tokenAt(p.pm.End)) {
		p.role = roleModifier
		return
	}
	prev := k - 1
	if prev >= 0 && s.toks[prev].low == "the" {
		prev--
	}
	// "households with relatives in South Korea", "sharing information
	// with the U.S.": a country a relation runs to, not where the event was.
	// (a coordinated country takes the relation of the first: "with the
	// U.S. and Japan", "relatives in China or South Korea")
	// ("… or in South Korea", "… in China, South Korea or Japan" too)
	rel := prev
walk:
	for j := i - 1; rel >= 1 && j >= 0 && d.places[j].sent == p.sent; j-- {
		at := s.tokenAt(p.pm.Start)
		if j < i-1 {
			at = s.tokenAt(d.places[j+1].pm.Start)
		}
		if (s.toks[rel].low == "in" || s.toks[rel].low == "with") && rel < at && (s.toks[rel-1].low == "and" || s.toks[rel-1].low == "or") {
			rel-- // "or in South Korea"
		}
		switch {
		case (s.toks[rel].low == "and" || s.toks[rel].low == "or") && s.tokenAt(d.places[j].pm.End) == rel:
		case rel+1 < len(s.toks) && s.toks[rel+1].comma && s.tokenAt(d.places[j].pm.End) == rel+1 && rel+1 == at:
			// "China, South Korea": a list by commas
		default:
			break walk
		}
		rel = s.tokenAt(d.places[j].pm.Start) - 1
		if rel >= 0 && s.toks[rel].low == "the" {
			rel--
		}
	}
	if rel >= 1 && rel != prev && (s.toks[rel].low == "with" && !borderNouns[s.toks[rel-1].low] || s.toks[rel].low == "in" && relationNouns[s.toks[rel-1].low]) &&
		p.pm.Place.Precision == pipeline.GeoCountry {
		p.role = roleModifier
		return
	}
	if prev >= 0 && p.pm.Place.Precision == pipeline.GeoCountry &&
		((s.toks[prev].low == "with" && !(prev > 0 && borderNouns[s.toks[prev-1].low])) || (s.toks[prev].low == "in" && prev > 0 && relationNouns[s.toks[prev-1].low])) {
		p.role = roleModifier
		return
	}
	// "medicine brought in from China", "phones made in South Korea": where
	// goods came from, not where anything happened to the people.
	if prev >= 1 && (s.toks[prev].low == "from" || s.toks[prev].low == "in") && goodsOrigin(s, prev) {
		p.role = roleModifier
		return
	}
	// "a defector who now lives in Seoul": where someone lives now, not
	// where the event was ("a trader who lives in Sinuiju was arrested" is
	// arrested there).
	if prev >= 2 && s.toks[prev].low == "in" && residesWords[s.toks[prev-1].low] && (s.toks[prev-2].low == "now" || s.toks[prev-2].low == "currently") {
		p.role = roleModifier
		return
	}
	// "many observers in Seoul read it as", "analysts in Washington
	// say": where commentators sit, not where anything they comment on
	// happened (not "arrested two researchers in Dandong")
	if prev >= 1 && s.toks[prev].low == "in" && commentators[s.toks[prev-1].low] && commentatorSubject(s, prev-1) && commentatorVerbAfter(s, s.tokenAt(p.pm.End)) {
		p.role = roleModifier
		return
	}
	// "trying to reach South Korea": a goal.
	if prev >= 0 && reachVerbs[s.toks[prev].low] {
		p.role = roleDirection
		return
	}
	// "a freight car bound for Sinuiju", "a ship headed for Nampho": a goal.
	if prev >= 1 && s.toks[prev].low == "for" && (s.toks[prev-1].low == "bound" || s.toks[prev-1].low == "headed" || s.toks[prev-1].low == "destined") {
		p.role = roleDirection
		return
	}
	if prev >= 0 && (directionWords[s.toks[prev].low] || (s.toks[prev].low == "of" && prev > 0 && s.toks[prev-1].low == "out")) {
		p.role = roleDirection
		return
	}
	if !p.pm.Resolved || (p.pm.Place.FeatureCode != "PPLC" && p.pm.Place.Precision != pipeline.GeoCountry) {
		return
	}
	if k-1 >= 0 && prepositions[s.toks[k-1].low] {
		return
	}
	// Skip a coordinated chain: "Beijing and Pyongyang closed".
	j := s.tokenAt(p.pm.End)
	for next := i + 1; j < len(s.toks) && (s.toks[j].low == "and") && next < len(d.places) && d.places[next].sent == p.sent; next++ {
		if j+1 >= len(s.toks) || s.toks[j+1].start != d.places[next].pm.Start {
			break
		}
		j = s.tokenAt(d.places[next].pm.End)
	}
	if j+1 < len(s.toks) && strings.HasSuffix(s.toks[j].low, "ly") && isPast(s.toks[j+1].low) {
		j++ // "China forcibly repatriated"
	}
	// "Seoul and Kyiv say North Korea sent …": the subject of a reporting
	// verb is a speaker, no government acting in what it reports — unless
	// it reports its own act ("North Korea said it had test-fired …").
	// So is a trailing attribution ("North Korea fired a missile on
	// Wednesday, Tokyo said.").
	trailing := k > 0 && k < len(s.toks) && s.toks[k-1].end <= s.toks[k].start && strings.Contains(s.doc[s.toks[k-1].end:s.toks[k].start], ",") && len(s.toks)-j <= 4
	if j < len(s.toks) && (reportVerbs[s.toks[j].low] || s.toks[j].low == "say") && s.toks[j].low != "according" && !ownReport(s, j+1) && (d.placeOpens(s, j+1) || trailing) {
		p.role = roleSource
		return
	}
	if j < len(s.toks) && (subjectVerbs[s.toks[j].low] || isPast(s.toks[j].low)) {
		p.metonym = true
		// Insert after the actors starting at or before it: the order a
		// stable sort of the appended list gives.
		at := sort.Search(len(s.actors), func(i int) bool { return s.actors[i].start > p.pm.Start })
		s.actors = slices.Insert(s.actors, at, actorHit{start: p.pm.Start, end: p.pm.End, name: placeName(p.pm)})
	}
}

// residesWords say where someone lives ("now lives in Seoul").
var residesWords = map[string]bool{"lives": true, "living": true, "resides": true, "residing": true, "live": true}

// goodsVerbs move or make goods: "brought in from", "smuggled from",
// "made in".
var goodsVerbs = map[string]bool{
	"brought": true, "smuggled": true, "imported": true, "shipped": true, "trucked": true,
	"bought": true, "purchased": true,
}

// goodsOrigin reports the origin of goods before a place, the preposition
// at k: "brought (in) from", "smuggled (in) from", "imported from", or
// "made/produced/manufactured in".
func goodsOrigin(s *sent, k int) bool {
	j := k - 1
	if s.toks[k].low == "in" {
		switch s.toks[j].low {
		case "made", "produced", "manufactured":
			return true
		}
		return false
	}
	if j >= 1 && (s.toks[j].low == "in" || s.toks[j].low == "over") {
		j-- // "brought in from"
	}
	if !goodsVerbs[s.toks[j].low] {
		return false
	}
	// "The troops were shipped from Chongjin": people moved, not goods.
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		if shippedPeople[s.toks[i].low] {
			return false
		}
	}
	return true
}

// shippedPeople are moved rather than traded when shipped or trucked.
var shippedPeople = map[string]bool{
	"troops": true, "soldiers": true, "workers": true, "labourers": true, "laborers": true,
	"prisoners": true, "defectors": true, "refugees": true, "people": true, "men": true, "women": true,
}

// placeOpens reports a place of s starting within three tokens from token
// k: the subject of a reported clause ("say North Korea first sent …",
// "said that Pyongyang had …"). Only then is the speaker demoted: with no
// other subject its place stays the event's ("Pyongyang said a rally was
// held to denounce the United States").
func (d *docCtx) placeOpens(s *sent, k int) bool {
	for _, i := range s.places {
		if t := s.tokenAt(d.places[i].pm.Start); t >= k && t < k+3 {
			return true
		}
	}
	return false
}

// ownReport reports a clause from token k on whose subject is the
// speaker's own pronoun ("said [that] it had", "says its troops").
func ownReport(s *sent, k int) bool {
	if k < len(s.toks) && s.toks[k].low == "that" {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	switch s.toks[k].low {
	case "it", "its", "they", "their", "we", "our":
		return true
	}
	return false
}

// actorElsewhere reports a country or capital acting in s (a metonymic
// subject) that is not in country cc.
func (d *docCtx) actorElsewhere(s *sent, cc string) bool {
	for _, i := range s.places {
		if p := d.places[i]; p.metonym && p.pm.Place.Country != "" && p.pm.Place.Country != cc {
			return true
		}
	}
	return false
}

// asAfter reports "as" within three words from token k ("known in China
// as the Yalu").
func asAfter(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if s.toks[j].low == "as" {
			return true
		}
	}
	return false
}

// namingWords before "in X" tell what a thing is called there.
var namingWords = map[string]bool{"known": true, "called": true, "spelled": true, "spelt": true, "written": true, "pronounced": true}

// Words that mark people of the story, not a reporting source, unless they
// speak in the sentence ("residents of Hyesan were arrested" against "a
// resident of Hyesan told RFA").
var participantWords = map[string]bool{"resident": true, "residents": true, "contact": true, "contacts": true}

// Verbs of speaking that make the residents before them a source.
var speakVerbs = map[string]bool{
	"say": true, "said": true, "says": true, "saying": true, "told": true, "tell": true, "tells": true,
	"informed": true, "reported": true, "added": true, "claimed": true, "complain": true, "complained": true,
	"complains": true, "explained": true,
}

// speaks reports whether the source words before place p of s name a
// reporting source: "a source in", or residents or contacts who speak in the
// sentence after it.
func (d *docCtx) speaks(s *sent, p *placeRef) bool {
	m := sourcePrefix.FindStringSubmatch(suffixWindow(d.text[s.Start:p.pm.Start], sourcePrefixReach))
	if m == nil || !participantWords[strings.ToLower(m[1])] {
		return true
	}
	for k := s.tokenAt(p.pm.End); k < len(s.toks); k++ {
		if speakVerbs[s.toks[k].low] {
			return true
		}
	}
	return false
}

// Endings of the names of a town's quarters and villages ("Wolpha-ri",
// "Wiyon-dong", "Songbong-dong"), and of its districts.
var localityEnds = map[string]bool{"ri": true, "dong": true, "ku": true, "gu": true, "guyok": true, "kuyok": true, "district": true, "village": true}

// locality reports whether the capitalized word at token k of s names a
// place — a mention of the places stage, or a quarter or village by its
// ending — rather than an organisation.
func (d *docCtx) locality(s *sent, k int) bool {
	start := s.toks[k].start
	for _, i := range s.places {
		if d.places[i].pm.Start == start {
			return true
		}
	}
	if s.toks[k].low == "far" && k+1 < len(s.toks) && s.toks[k+1].low == "east" {
		return true // "Russia's Far East": a part of the country
	}
	// "Hyesan's Hyehwa and Wiyon districts": a list of parts before their
	// ending in the plural
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		switch w := s.toks[j].low; {
		case localityEnds[w] || localityEnds[strings.TrimSuffix(w, "s")]:
			return true
		case w != "and" && !isCapitalized(s.toks[j]):
			return false
		}
	}
	return false
}

// headlinePlace returns the first resolved, ordinary place named in a
// heading of the document (finer than a country or a vague area), or -1.
// It is computed once a document.
func (d *docCtx) headlinePlace() int {
	if !d.headlineDone {
		d.headline, d.headlineDone = d.findHeadlinePlace(), true
	}
	return d.headline
}

// findHeadlinePlace computes headlinePlace.
func (d *docCtx) findHeadlinePlace() int {
	for _, s := range d.sents {
		if !s.heading {
			continue
		}
		for _, i := range s.places {
			p := d.places[i]
			// "Soldier deserts to China from Kimhyongjik": the origin of
			// a headline's movement is the story's place too.
			if p.pm.Resolved && (p.role == roleNormal || p.role == roleDirection) && !p.metonym && !isRegion(p) && p.pm.Place.Precision != pipeline.GeoCountry {
				return i
			}
		}
	}
	return -1
}

// onlyPlace returns the place of a document that names one place finer
// than a country (the others, if any, are its first-level unit: "Wonsan,
// Kangwon Province"), the finest mention of it, when it is named no later
// than paragraph para; -1 when the document names none or several.
// Datelines and possessives do not count; a document naming places in two
// countries ("a defector now living in Seoul … in North Korea") has no
// such place.
func (d *docCtx) onlyPlace(para int) int {
	if !d.storyDone {
		d.story, d.storyPara, d.storyDone = d.storyPlace()
	}
	if d.story < 0 || d.storyPara > para {
		return -1 // named only after the event: another part of the story
	}
	return d.story
}

// otherDay reports whether the sentence naming place i has a date of its
// own that is not the date of the event being placed (d.linking), or the
// event has none.
func (d *docCtx) otherDay(i int) bool {
	p := d.places[i]
	if p.sent < 0 {
		return false
	}
	ps := d.sents[p.sent]
	for _, di := range ps.dates {
		if iv := d.dates[di].Interval; d.dateClass(ps, di) == classGood && !ps.attr[di] {
			return !d.linking.Known() || iv.End.Before(d.linking.Start) || d.linking.End.Before(iv.Start)
		}
	}
	return false
}

// storyPlace returns onlyPlace's answer for a paragraph late enough, and the
// last paragraph that names a candidate.
func (d *docCtx) storyPlace() (best, lastPara int, done bool) {
	best = -1
	country := ""
	for _, p := range d.places {
		if !p.pm.Resolved || p.role == roleModifier || p.pm.Place.Country == "" {
			continue
		}
		if country != "" && p.pm.Place.Country != country {
			return -1, 0, true
		}
		country = p.pm.Place.Country
	}
	for i, p := range d.places {
		if !p.pm.Resolved || p.role == roleModifier || p.metonym || isRegion(p) || p.pm.Place.Precision == pipeline.GeoCountry {
			continue
		}
		if p.sent < 0 {
			return -1, 0, true
		}
		lastPara = max(lastPara, d.sents[p.sent].para)
		if best < 0 {
			best = i
			continue
		}
		b, q := d.places[best].pm.Place, p.pm.Place
		switch {
		case q.ID == b.ID:
		case q.Country != b.Country || q.Admin1 == "" || q.Admin1 != b.Admin1:
			return -1, 0, true
		case b.Precision == pipeline.GeoAdmin1 && q.Precision != pipeline.GeoAdmin1:
			best = i // the city inside the province named first
		case q.Precision != pipeline.GeoAdmin1:
			return -1, 0, true // two places inside one province
		}
	}
	return best, lastPara, true
}

// datelineOnly returns the place of the document's first dateline when
// every resolved place of the document is in a dateline, else -1.
func (d *docCtx) datelineOnly() int {
	if !d.datelinedDone {
		d.datelined, d.datelinedDone = d.datelinePlace(), true
	}
	return d.datelined
}

// datelinePlace computes datelineOnly's answer.
func (d *docCtx) datelinePlace() int {
	first := -1
	for i, p := range d.places {
		if !p.pm.Resolved {
			continue
		}
		if p.sent < 0 || !d.isDatelinePlace(d.sents[p.sent], p.pm.Span) {
			return -1
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// firstDateline returns the index of the document's first dateline place
// ("SEOUL, Oct. 31 (Yonhap) --"), or -1.
func (d *docCtx) firstDateline() int {
	for i, p := range d.places {
		if p.pm.Resolved && p.sent >= 0 && d.isDatelinePlace(d.sents[p.sent], p.pm.Span) {
			return i
		}
	}
	return -1
}

// countryOf returns the index of the first resolved mention of country cc
// as a country, or -1.
func (d *docCtx) countryOf(cc string) int {
	for i, p := range d.places {
		if p.pm.Resolved && p.pm.Place.Country == cc && p.pm.Place.Precision == pipeline.GeoCountry {
			return i
		}
	}
	return -1
}

// openingPhraseEnd returns the byte offset where a phrase that opens
// sentence s (after a dateline) with a preposition or a participle of
// speaking ends at its first comma ("On Tuesday in Geneva,", "Speaking in
// Geneva,"), the sentence's end when no comma follows, or -1 when no such
// phrase opens it.
func openingPhraseEnd(text string, s *sent) int {
	i := ledeStart(text, s.toks)
	if i >= len(s.toks) {
		return -1
	}
	switch s.toks[i].low {
	case "on", "in", "at", "during", "speaking", "asked", "talking", "addressing", "while":
		if i+1 < len(s.toks) && (s.toks[i+1].low == "least" || s.toks[i+1].low == "most") {
			return -1 // "At least 40 people were killed …"
		}
	default:
		return -1
	}
	for j := i + 1; j < len(s.toks); j++ {
		if s.toks[j].comma {
			return s.toks[j-1].end
		}
	}
	return s.End // no comma: the phrase runs on
}

// capitalLink links an act of state cc to its capital: the document's
// mention of it (why says so), else the capital the text does not name
// (unnamedCapital, for the trigger q).
func (d *docCtx) capitalLink(cc, why, q string) (placeLink, bool) {
	if j := d.capitalOf(cc); j >= 0 {
		return d.placeLinkFrom(j, placeClause, why), true
	}
	return d.unnamedCapital(cc, q)
}

// unnamedCapital links a statement of a body or a leader of state cc
// ("the Kremlin said", "the Unification Ministry said", "Kim Yo Jong
// said") to that state's capital, which the text does not name
// (Options.Capitals): they speak from the seat of government, not from
// the middle of the country.
func (d *docCtx) unnamedCapital(cc, q string) (placeLink, bool) {
	p, ok := d.capitals[cc]
	if !ok {
		return placeLink{}, false
	}
	return placeLink{at: -1, level: placeMetonym, place: p, why: "the capital of the state whose speaker " + q + " (the text does not name the capital)"}, true
}

// capitalOf returns the index of the first resolved mention of country
// cc's capital in the document, or -1.
func (d *docCtx) capitalOf(cc string) int {
	for i, p := range d.places {
		if p.pm.Resolved && p.pm.Place.Country == cc && p.pm.Place.FeatureCode == "PPLC" {
			return i
		}
	}
	return -1
}

// countryFocus returns the index of the place that stands for the country
// most mentioned in the document (ties: the first mentioned), or -1 when the
// document names that country nowhere as a country.
func (d *docCtx) countryFocus() int {
	counts := map[string]int{}
	best, bestN := "", 0
	for _, p := range d.places {
		if !p.pm.Resolved || p.pm.Place.Country == "" {
			continue
		}
		c := p.pm.Place.Country
		counts[c]++
		if counts[c] > bestN {
			best, bestN = c, counts[c]
		}
	}
	return d.countryOf(best)
}

// dateLevel says where an event's date came from; lower is closer.
type dateLevel int

const (
	dateClause      dateLevel = iota // a date in the trigger's clause
	dateSentence                     // elsewhere in the sentence
	dateAttribution                  // the only date is when the report was made
	dateParagraph                    // another sentence of the paragraph
	dateOngoing                      // an ongoing event dated by the document date
	dateNone
)

type dateLink struct {
	level dateLevel
	iv    pipeline.Interval
	text  string
	basis pipeline.DateBasis
	at    int // index into docCtx.dates of the mention it came from, or -1
	// sitting: a day of the meeting told before ("on the final day"),
	// where the event happened too (see docCtx.sitting)
	sitting bool
}

// sinceDate returns a usable date mention of s right after "since" that is
// no attribution, or -1.
func (d *docCtx) sinceDate(s *sent) int {
	for _, di := range s.dates {
		if s.attr[di] || d.dateClass(s, di) > classNoYear {
			continue
		}
		if k := s.tokenAt(d.dates[di].Span.Start) - 1; k >= 0 && s.toks[k].low == "since" {
			return di
		}
	}
	return -1
}

// presentPerfect reports "has/have (been) …ed" in the clause.
func presentPerfect(s *sent, clause pipeline.Span) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		t := s.toks[k]
		if t.start < clause.Start || t.end > clause.End || (t.low != "has" && t.low != "have") {
			continue
		}
		next := s.toks[k+1].low
		if next == "been" || isPast(next) || (strings.HasSuffix(next, "ly") && k+2 < len(s.toks) && isPast(s.toks[k+2].low)) {
			return true
		}
	}
	return false
}

// Date classes, best first: a calendar date, a date without its year, the
// end point of a span ("extended to the end of the year", a forward
// reference), and a vague reference ("now", "recently").
const (
	classGood = iota
	classNoYear
	classEndpoint
	classVague
	classUnusable
)

// dateClass grades date mention di of s for dating an event.
func (d *docCtx) dateClass(s *sent, di int) int {
	m := &d.dates[di]
	if !usableDate(m) || attributiveYear(s, m.Span) {
		return classUnusable
	}
	if strings.HasSuffix(m.Value, "_REF") {
		if !m.Interval.Known() {
			return classUnusable
		}
		return classVague
	}
	if k := s.tokenAt(m.Span.Start) - 1; m.Forward || (k >= 0 && endpointWords[s.toks[k].low]) {
		return classEndpoint
	}
	// "the 15th typhoon of this year", "its fourth launch of 2024": a year
	// after "of" with an ordinal before counts what the noun names; a date
	// of the clause dates the event better ("… of this year lashed the city
	// on August 22"), as a dateline does, but the year still beats an end
	// point. Without the count the year is the event's ("The flood of 2016
	// hit Musan on Aug. 30").
	if k := s.tokenAt(m.Span.Start) - 1; k >= 0 && s.toks[k].low == "of" && m.Interval.Precision == pipeline.PrecisionYear && countedBefore(s, k) {
		return classNoYear
	}
	if !m.Interval.Known() {
		return classNoYear
	}
	// A clock time alone ("banned from the riverbank after 8 p.m. from
	// Oct. 1") sits on the report's day only by default: a day the
	// sentence names dates the event better.
	if m.Anchor == pipeline.AnchorDCT && clockOnly(m.Text) {
		return classNoYear
	}
	return classGood
}

// possessiveDate reports a date in the possessive that dates another
// event than one of type typ at trig: among the three words after it
// stands a trigger of another type ("a plenary meeting …, blaming last
// year's typhoons"), and neither trig nor one of its type ("Monday's
// launch"; "At Friday's summit", no trigger, stays the meeting's).
func (d *docCtx) possessiveDate(s *sent, span, trig pipeline.Span, typ string) bool {
	rest := d.text[span.End:]
	if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") {
		return false
	}
	// the possessed words: up to three after the "s"
	k := 0
	for k < len(s.toks) && s.toks[k].start <= span.End {
		k++
	}
	if k+1 >= len(s.toks) {
		return false
	}
	from, to := s.toks[k+1].start, s.toks[min(k+3, len(s.toks)-1)].start
	other := false
	for _, m := range s.trigs {
		if m.start >= from && m.start <= to {
			if m.start == trig.Start || d.v.types[d.v.triggers[m.value].typ].name == typ {
				return false
			}
			other = true
		}
	}
	return other
}

// monthNamedNouns are happenings a month before them may name ("the August
// launch").
var monthNamedNouns = map[string]bool{
	"launch": true, "launches": true, "test": true, "tests": true, "attack": true, "attacks": true,
	"summit": true, "talks": true, "plenum": true, "parade": true, "flood": true, "floods": true,
	"typhoon": true, "purge": true, "crackdown": true, "election": true, "visit": true, "trip": true,
	"incident": true, "outbreak": true, "explosion": true, "blast": true, "provocation": true,
}

// otherDate reports a usable date of s other than mention di.
func (d *docCtx) otherDate(s *sent, di int) bool {
	for _, dj := range s.dates {
		if dj != di && !s.attr[dj] && d.dateClass(s, dj) <= classEndpoint {
			return true // (not the day of a telling: "state media said on Sept. 1")
		}
	}
	return false
}

// monthOfNoun reports a month alone between a determiner and a happening
// it names ("condemned the August launch two days later"), when the
// happening is not the trigger at trig: the month dates that happening,
// not the trigger's event — when another date of the sentence can
// (linkDate asks otherDate); "arrested 50 people during the August
// crackdown" is dated by it.
func monthOfNoun(s *sent, sp, trig pipeline.Span) bool {
	k := s.tokenAt(sp.Start)
	if k < 1 || k+1 >= len(s.toks) || s.toks[k].end != sp.End || !monthWords[s.toks[k].low] || !yearDeterminers[s.toks[k-1].low] {
		return false
	}
	n := s.toks[k+1]
	return n.soft && monthNamedNouns[n.low] && !(trig.Start <= n.start && n.end <= trig.End)
}

// clockOnly reports whether a date mention's text is a time of day and
// nothing else ("8 p.m.", "about 10:35 a.m. (0135 GMT)", "noon"): no word
// that names a day.
func clockOnly(text string) bool {
	clock := false
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == '(' || r == ')' || r == ',' || r == '\u00a0'
	}) {
		switch strings.TrimSuffix(w, ".") {
		case "a.m", "p.m", "am", "pm", "gmt", "utc", "kst", "jst", "est", "edt", "local", "time", "o'clock", "noon", "midnight":
			clock = clock || w == "noon" || w == "midnight"
			continue
		case "at", "about", "around", "after", "before", "until", "by", "shortly", "some", "approximately":
			continue
		}
		for _, c := range w {
			if (c < '0' || c > '9') && c != ':' && c != '.' {
				return false
			}
		}
		clock = true
	}
	return clock
}

// ordinals count occasions ("the fourth launch of 2024").
var ordinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "latest": true, "last": true,
}

// countedBefore reports an ordinal among the three words before token k
// ("the 15th typhoon of", "its fourth test of").
func countedBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := s.toks[j].low
		if ordinals[w] || isOrdinalNumber(w) {
			return true
		}
	}
	return false
}

// yearDeterminers before a bare year make it part of a name: "the 2018
// military agreement", "its 2014 report".
var yearDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "that": true, "s": true,
}

// yearNamedNouns are documents, agreements and people a year names ("the
// 2018 military agreement", "its 2014 report", "a 2021 defector"), not
// happenings it dates ("the 2020 lockdown", "the 2024 floods").
var yearNamedNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "deal": true, "declaration": true,
	"treaty": true, "pact": true, "law": true, "act": true, "resolution": true, "resolutions": true, "report": true,
	"reports": true, "statement": true, "constitution": true, "defector": true, "defectors": true, "graduate": true,
	"graduates": true, "survey": true, "study": true, "book": true, "memoir": true, "film": true, "documentary": true,
	"census": true, "budget": true, "charter": true, "guidelines": true, "rules": true, "regulations": true,
	"order": true, "orders": true, "decree": true, "decrees": true, "directive": true, "directives": true,
}

// attributiveYear reports a bare year (four digits), or a month and day,
// after a determiner naming a document, an agreement or a person (up to
// three words between: "the 2018 inter-Korean military agreement", "the
// September 19 military agreement"): it names that thing; it does not
// date what the sentence tells — unless the trigger is the thing itself
// ("the 2018 summit was held"), or makes it ("signed the 2018
// agreement"), rather than undoing it ("suspended the September 19
// agreement").
func attributiveYear(s *sent, sp pipeline.Span) bool {
	k := s.tokenAt(sp.Start)
	if k < 1 || k+1 >= len(s.toks) || !yearDeterminers[s.toks[k-1].low] {
		return false
	}
	last := k
	switch {
	case sp.End-sp.Start == 4 && s.toks[k].end == sp.End:
	case monthWords[s.toks[k].low] && k+1 < len(s.toks) && (isDayNumber(s.toks[k+1].low) || isYear(s.toks[k+1].low)) && s.toks[k+1].end == sp.End:
		last = k + 1 // "the September 19 agreement", "the March 2023 order"
	default:
		return false
	}
	if last+1 >= len(s.toks) {
		return false
	}
	if next := s.toks[last+1]; !(next.start == sp.End+1 && s.doc[sp.End] == ' ') {
		return false // "the 2018, …"
	}
	for j := last + 1; j < len(s.toks) && j <= last+4; j++ {
		if yearNamedNouns[s.toks[j].low] {
			return !slices.ContainsFunc(s.trigs, func(m match) bool {
				return m.first <= j && m.last >= j && (m.first > k || !undoing(s.toks[m.first].low))
			})
		}
		if j > last+1 && strings.ContainsAny(s.doc[s.toks[j-1].end:s.toks[j].start], ",;:.") {
			return false
		}
	}
	return false
}

// undoing reports a verb that ends or breaks what its object names
// ("suspended the agreement", "scrapped the pact").
func undoing(w string) bool {
	for _, p := range [...]string{"suspend", "scrap", "nullif", "withdr", "abandon", "terminat", "violat", "revok", "abrogat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// maxVagueDistance is how near (in bytes) a vague "now" must be to date a trigger.
const maxVagueDistance = 40

// Words before a date that make it the end of a span or the period an act
// is about ("reviewed the work for the first half of the year"), not the
// event's time.
var endpointWords = map[string]bool{"to": true, "until": true, "till": true, "through": true, "by": true, "before": true, "for": true}

// linkDate finds the date of an event triggered at trig in clause ci of s:
// the clause, then the sentence, then the attribution date, a vague
// reference in the clause, another sentence of the paragraph, and for an
// ongoing event the document date.
func (d *docCtx) linkDate(s *sent, ci int, trig pipeline.Span, mod pipeline.Modality, typ string) dateLink {
	clause := s.clauses()[ci]
	// The term of what an order orders ("were ordered to stay home until
	// the end of the month", "told officials to finish the project by Oct.
	// 10", "… next year") is not when the order was given.
	term := func(di int) bool {
		k := s.tokenAt(d.dates[di].Span.Start) - 1
		if typ != "order" || mod != pipeline.Occurred || k < 0 {
			return false
		}
		switch s.toks[k].low {
		case "until", "till":
			return true
		case "by", "before":
			return d.dates[di].Span.Start > trig.End
		}
		// "adopted a resolution instructing the Cabinet to complete the
		// factories next year": a time ahead after the order is what it
		// orders
		return d.dates[di].Forward && d.dates[di].Span.Start > trig.End
	}
	nearest := func(attr, clauseOnly bool, maxClass int) int {
		best, bestClass, bestDist := -1, 0, 0
		for _, di := range s.dates {
			m := &d.dates[di]
			if s.attr[di] != attr || (clauseOnly && (m.Span.Start < clause.Start || m.Span.Start >= clause.End)) {
				continue
			}
			if purposeBetween(s, trig, m.Span) {
				continue // "aimed at deterring smuggling before the holiday on Oct. 10"
			}
			if d.possessiveDate(s, m.Span, trig, typ) || monthOfNoun(s, m.Span, trig) && d.otherDate(s, di) {
				continue // "at a plenary meeting …, blaming last year's typhoons"; "condemned the August launch two days later"
			}
			if d.topicSpan.has(m.Span.Start) && !(m.Interval.Days() == 1 && s.wordBefore(m.Span.Start) == "on") {
				continue // "The meeting discussed Kim's visit to Russia in September 2023"; not "discussed economic issues on June 5"
			}
			if !clauseOnly && placeClauseOf(s, m.Span.Start, clause) {
				continue // "deployed to Kursk, where Ukrainian forces seized territory in August"
			}
			if d.lapseElsewhere(m.Span, trig) {
				continue // "On November 22, the day after the launch, KCNA announced": the launch's day
			}
			if perfectRelativeBetween(s, m.Span.Start, trig.Start) && d.dateOutsideRelative(s, trig) {
				continue // "a man who had defected three years earlier swam back … on July 19"
			}
			cl := d.dateClass(s, di)
			if s.dateline[di] && cl == classGood {
				cl = classNoYear // a dateline dates the report least closely
			}
			if cl > maxClass || (cl == classEndpoint && term(di)) {
				continue
			}
			dist := spanDistance(m.Span, trig)
			if cl == classVague && dist > maxVagueDistance {
				continue
			}
			if best < 0 || cl < bestClass || (cl == bestClass && dist < bestDist) {
				best, bestClass, bestDist = di, cl, dist
			}
		}
		if best >= 0 {
			if di := d.appositionDate(s, best); di >= 0 && d.dateClass(s, di) <= maxClass {
				best = di
			} else if di := d.dayWithin(s, clause, best); di >= 0 && d.dateClass(s, di) <= bestClass && s.attr[di] == attr {
				best = di
			}
		}
		return best
	}
	// "told reporters in Seoul on Tuesday", "said at a briefing in
	// Beijing on 12 October": the day written after a verb of saying and
	// its audience or occasion is when it was said.
	if typ == "statement" {
		if di := d.dayAfterSaying(s, trig); di >= 0 {
			return d.dateFrom(di, dateClause)
		}
	}
	if di := nearest(false, true, classEndpoint); di >= 0 {
		// (a plan is dated by its clause's date ahead, not by when it was
		// made: "Under a plan unveiled on Monday, North Korea will close
		// the border from July 1")
		if dct := d.it.DocDate.Date; mod == pipeline.Planned && !dct.IsZero() && d.dates[di].Interval.Known() && !dct.Before(d.dates[di].Interval.End) {
			if dj := d.aheadInClause(s, clause, dct); dj >= 0 {
				di = dj
			}
		}
		return d.dateFrom(di, dateClause)
	}
	// "… since Friday, when the foreign ministry accused …": a clause
	// that "when" opens right after a day happened on that day.
	if di := d.whenClauseDay(s, clause); di >= 0 {
		return d.dateFrom(di, dateClause)
	}
	// The report's own date dates the event only when the event is told as
	// current then (present perfect, ongoing) — and then it beats a date of
	// another clause — or when the report is dated no finer than a week
	// ("RFA reported in November …").
	current := mod == pipeline.Ongoing || presentPerfect(s, clause)
	attr := nearest(true, false, classNoYear)
	if attr >= 0 && !d.dates[attr].Interval.Known() {
		attr = -1
	}
	// A statement is dated by when it was made ("Asked about the reports
	// at a regular briefing on Oct. 8, a spokesperson said").
	if attr >= 0 && typ == "statement" && !s.dateline[attr] {
		return d.dateFrom(attr, dateSentence)
	}
	// "The market has been closed since the fire": the state began on
	// the day the fire was dated to.
	if current {
		if l, ok := d.sinceOccasion(s, clause); ok {
			return l
		}
	}
	if attr >= 0 && current {
		// "Since the 14th, the city has been under lockdown, a partner
		// reported on the 16th": the state began on the day "since" names.
		if di := d.sinceDate(s); di >= 0 {
			return d.dateFrom(di, dateSentence)
		}
		return d.dateFrom(attr, dateAttribution)
	}
	if di := nearest(false, false, classEndpoint); di >= 0 {
		return d.dateFrom(di, dateSentence)
	}
	if attr >= 0 && d.dates[attr].Interval.Days() >= 7 {
		return d.dateFrom(attr, dateAttribution)
	}
	if di := nearest(false, true, classVague); di >= 0 {
		return d.dateFrom(di, dateClause)
	}
	// "Two days after the trial, MSS agents began going door to door":
	// that many days after the day an earlier event of the trial's kind
	// was dated to.
	if l, ok := d.lapseAfter(s); ok {
		return l
	}
	// "On the final day, the meeting also dismissed …" after "The plenary
	// meeting … opened Tuesday …, closed Saturday": the last (or first)
	// day of the occasion told just before.
	// (only for what a meeting does — its acts, orders, statements — and
	// only while no other dated event has been told since: not "On the
	// last day, soldiers executed a smuggler" after a lockdown)
	if l := d.sitting; l.level != dateNone && s.para-d.sittingPara <= maxSittingParas && sittingActs[typ] &&
		(d.lastDated.sitting || d.lastDated.iv == l.iv) {
		if first, text, ok := dayOfOccasion(s); ok {
			if first {
				l.iv.End = l.iv.Start
			} else {
				l.iv.Start = l.iv.End
			}
			l.iv.Precision = pipeline.PrecisionDay
			l.level, l.at, l.text, l.sitting = dateClause, -1, text, true
			return l
		}
	}
	// "at the same trial", "on the same day": the occasion an earlier
	// event of the document was dated to.
	if d.lastDated.level != dateNone && sameOccasion(s, clause) && !(inResponse(s) && d.datedSince(s)) {
		l := d.lastDated
		if t := d.sameType; t >= 0 && t < len(d.typeDated) && d.typeDated[t].level != dateNone {
			l = d.typeDated[t] // "the same public trial": the execution's date
		}
		l.level, l.at = dateClause, -1 // the clause's own words date it
		return l
	}
	// "Following the meeting, authorities ordered …": at the occasion an
	// earlier event of that type was dated to (the day after it is as
	// likely; the occasion's date is the one the text gives).
	if t := d.afterType; t >= 0 && t < len(d.typeDated) && d.typeDated[t].level != dateNone && d.typeDated[t].iv.Known() &&
		d.typeDated[t].iv == d.lastDated.iv && d.typeDated[t].text == d.lastDated.text { // (no other dated sentence since)
		l := d.typeDated[t]
		l.level, l.at = dateClause, -1
		return l
	}
	// An event told as current ("have been told to", "are holding") with
	// no date of its own sentence holds at the time of the report, not at a
	// date of a neighbouring sentence.
	if current && !d.it.DocDate.Date.IsZero() {
		return d.docDateLink()
	}
	// Other sentences of the paragraph, nearest first, the earlier on a tie.
	si := d.sentenceAt(s.Start)
	for dist := 1; dist <= 3; dist++ {
		for _, o := range []int{si - dist, si + dist} {
			if o < 0 || o >= len(d.sents) || d.sents[o].para != s.para || d.sents[o].heading {
				continue
			}
			os := d.sents[o]
			if o > si && !refersBack(os) {
				continue // "Similar construction was seen last summer" dates its own story
			}
			pick := -1
			for _, di := range os.dates {
				if d.dateClass(os, di) == classGood && !os.attr[di] {
					pick = di
					if o > si {
						break // the first of a following sentence
					}
				}
			}
			if pick >= 0 {
				return d.dateFrom(pick, dateParagraph)
			}
		}
	}
	// "He instructed …" after "Kim Jong Un … inspected … on Friday": a
	// sentence opening with "he" or "she" and no date of its paragraph
	// goes on telling the occasion the sentence before it dated (or
	// before a run of such sentences) — but not what he says ("He said
	// guards were executed" tells other occasions).
	if len(s.toks) > 1 && pronounOpens(s) && !reportVerbs[s.toks[1].low] && ci == 0 &&
		d.lastDated.level != dateNone && d.lastDated.iv.Known() && d.pronounRun(s) {
		l := d.lastDated
		l.level, l.at = dateParagraph, -1
		return l
	}
	// "The Japanese prime minister told reporters in Tokyo that …" with
	// no date: wire copy tells that day's statements, so the report's
	// day when a dateline or the metadata gives it.
	if typ == "statement" && d.it.DocDate.Basis == pipeline.BasisPublished && toldThere(s, trig) {
		return d.docDateLink()
	}
	// A report of one occasion ("The Missile Administration conducted a
	// test-fire on April 17 … Kim Jong Un gave instructions to expand
	// production"): what it goes on to tell happened then.
	if mod == pipeline.Occurred {
		if l, at := d.oneOccasion(); l.level != dateNone && s.idx > at && d.namesOccasion(s, typ, l.iv) {
			return l
		}
	}
	return dateLink{level: dateNone, basis: pipeline.BasisNone, at: -1}
}

// perfectRelativeBetween reports a relative clause in the past perfect
// ("who had defected to the South three years earlier") that holds the
// byte offset at and ends before the trigger at trigStart: a date of that
// clause tells when its subject did what it says, not the trigger's event
// (when the trigger has a date of its own, see dateOutsideRelative).
func perfectRelativeBetween(s *sent, at, trigStart int) bool {
	if at >= trigStart {
		return false
	}
	k := s.tokenAt(trigStart)
	for j := s.tokenAt(at) - 1; j >= 1 && j >= k-20; j-- {
		if hardBreak(s.doc[s.toks[j].end:s.toks[j+1].start]) {
			return false
		}
		switch s.toks[j].low {
		case "said", "says", "told", "that", "reported":
			return false // "A source who had visited Hyesan said that last week, …": what was said
		}
		if s.toks[j].low == "had" && (s.toks[j-1].low == "who" || s.toks[j-1].low == "that") {
			return true
		}
	}
	return false
}

// dateOutsideRelative reports a date of sentence s that no relative clause
// in the past perfect before the trigger holds: the trigger's own, when
// the clause's date is its subject's story.
func (d *docCtx) dateOutsideRelative(s *sent, trig pipeline.Span) bool {
	for _, di := range s.dates {
		if !perfectRelativeBetween(s, d.dates[di].Span.Start, trig.Start) {
			return true
		}
	}
	return false
}

// lapseElsewhere reports a date counted from an occasion told after it ("a
// day after the launch", "two days before it fired"), which is that
// occasion's day, for a trigger outside the phrase that tells it.
func (d *docCtx) lapseElsewhere(date, trig pipeline.Span) bool {
	t := d.text[date.Start:date.End]
	if !strings.HasSuffix(t, " after") && !strings.HasSuffix(t, " before") {
		return false
	}
	// (a bare lapse, "arrested ten traders the day after.", "The day
	// after, police …", counts from the sentence before: it dates its own)
	rest := strings.TrimLeft(d.text[date.End:], " ")
	if rest == "" || !unicode.IsLetter(rune(rest[0])) && !unicode.IsDigit(rune(rest[0])) {
		return false
	}
	return trig.Start < date.End || strings.ContainsAny(d.text[date.End:trig.Start], ",;")
}

// appositionDate returns the date of sentence s that narrows date di in
// apposition to it ("earlier this year, on June 26, 2024", "last month,
// on the 14th"): right after it, past a comma and "on" or "in", and inside
// its interval; else -1.
func (d *docCtx) appositionDate(s *sent, di int) int {
	w := d.dates[di]
	if !w.Interval.Known() {
		return -1
	}
	for _, dj := range s.dates {
		n := d.dates[dj]
		if n.Span.Start < w.Span.End {
			continue
		}
		switch strings.TrimSpace(d.text[w.Span.End:n.Span.Start]) {
		case ",", ", on", ", in":
		default:
			return -1
		}
		if n.Interval.Known() && n.Interval.Days() < w.Interval.Days() &&
			!n.Interval.Start.Before(w.Interval.Start) && !w.Interval.End.Before(n.Interval.End) && !timeListGoesOn(d.text[n.Span.End:]) {
			return dj
		}
		return -1
	}
	return -1
}

// dayWithin returns a date of clause that lies inside date di and is
// shorter, the shortest such ("In February 2023, three soldiers were
// executed by firing squad in Hoeryong on the 9th": the 9th, whichever of
// the two triggers asks), or -1; not an item of a list ("last month, on
// September 14 or 15").
func (d *docCtx) dayWithin(s *sent, clause pipeline.Span, di int) int {
	w := d.dates[di].Interval
	if !w.Known() || w.Days() == 1 {
		return -1
	}
	best := -1
	for _, dj := range s.dates {
		n := d.dates[dj].Interval
		if dj == di || d.dates[dj].Span.Start < clause.Start || d.dates[dj].Span.Start >= clause.End || !n.Known() {
			continue
		}
		if timeListGoesOn(d.text[d.dates[dj].Span.End:]) || strings.HasSuffix(strings.TrimRight(d.text[:d.dates[dj].Span.Start], " "), " or") {
			continue // "on September 14 or 15": a list narrows nothing
		}
		if n.Days() < w.Days() && !n.Start.Before(w.Start) && !w.End.Before(n.End) && (best < 0 || n.Days() < d.dates[best].Interval.Days()) {
			best = dj
		}
	}
	return best
}

// timeListGoesOn reports a list of times continuing in rest, the text after a
// date: "…, on March 3 and April 5", "on September 14, 20 and 28", "in
// January and then in March", "on September 14 or 15" — its first item
// narrows nothing.
func timeListGoesOn(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	sep := false
	if strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") {
		sep = true
		rest = strings.TrimLeft(strings.TrimLeft(rest, ",–-"), " ")
	}
	for _, w := range []string{"and ", "or ", "then ", "again ", "in ", "on ", "the "} {
		if strings.HasPrefix(rest, w) {
			sep = true
			rest = strings.TrimLeft(rest[len(w):], " ")
		}
	}
	if !sep || rest == "" {
		return false
	}
	if rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return monthWords[strings.ToLower(rest[:end])]
}

// lapseNouns name an earlier event a lapse counts from ("two days after
// the trial"), with the event types it was told as.
var lapseNouns = map[string][]string{
	"trial": {"execution", "sentence"}, "execution": {"execution"}, "executions": {"execution"},
	"meeting": {"meeting"}, "plenum": {"meeting"}, "rally": {"meeting"}, "session": {"meeting"},
	"launch": {"other"}, "test": {"other"}, "flood": {"other"}, "floods": {"other"}, "fire": {"other"},
	"explosion": {"other"}, "visit": {"other"}, "inspection": {"other", "crackdown"},
	"crackdown": {"crackdown"}, "raid": {"crackdown", "arrest"}, "arrest": {"arrest"}, "arrests": {"arrest"},
	"lockdown": {"lockdown"}, "order": {"order"}, "closure": {"border_closure"},
	"repatriation": {"defection"}, "crossing": {"defection"},
}

// lapseCounts are the counts a lapse is written with ("a day after", "two
// weeks after").
var lapseCounts = map[string]int{
	"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
	"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "10": 10,
}

// lapseAdverbs may open a lapse ("Exactly two weeks after …").
var lapseAdverbs = map[string]bool{"exactly": true, "just": true, "only": true, "barely": true}

// lapseDeterminers point back at the occasion a lapse counts from ("after
// the trial", "after my arrest").
var lapseDeterminers = map[string]bool{"the": true, "my": true, "his": true, "her": true, "their": true, "our": true, "its": true}

// lapseAfter dates a sentence opening "N days (weeks) after the X," by the
// day an earlier event of X's kind was dated to, plus the lapse ("Two days
// after the trial, …", "A week after the launch, …", "The day after the
// trial, …", "Exactly two weeks after my arrest, …"); only from a day.
func (d *docCtx) lapseAfter(s *sent) (dateLink, bool) {
	n, first, noun, types, ok := lapsePhrase(s.toks)
	if !ok {
		return dateLink{}, false
	}
	t := s.toks
	for ti, l := range d.typeDated {
		if !slices.Contains(types, d.v.types[ti].name) || l.level > dateSentence || !l.iv.Known() || l.iv.Precision != pipeline.PrecisionDay || l.iv.Start != l.iv.End {
			continue
		}
		day := l.iv.Start.AddDays(n)
		l.iv = pipeline.Interval{Start: day, End: day, Precision: pipeline.PrecisionDay}
		l.level, l.at, l.text = dateParagraph, -1, d.text[t[first].start:t[noun].end]
		l.basis = pipeline.BasisInferred
		return l, true
	}
	return dateLink{}, false
}

// sinceOccasion dates a state told as current from an earlier occasion of
// the document ("has been closed since the fire", "have been held since
// the trial"): the day an earlier event of the occasion's kind was dated
// to, when the clause says "since the X" (a word may stand between:
// "since the public trial").
func (d *docCtx) sinceOccasion(s *sent, clause pipeline.Span) (dateLink, bool) {
	t := s.toks
	for k := 0; k+2 < len(t); k++ {
		if t[k].start < clause.Start || t[k].start >= clause.End || t[k].low != "since" || !lapseDeterminers[t[k+1].low] {
			continue
		}
		noun := k + 2
		types, ok := lapseNouns[t[noun].low]
		if !ok && noun+1 < len(t) {
			noun++
			types, ok = lapseNouns[t[noun].low]
		}
		if !ok {
			return dateLink{}, false
		}
		for ti, l := range d.typeDated {
			if !slices.Contains(types, d.v.types[ti].name) || l.level > dateSentence || !l.iv.Known() {
				continue
			}
			l.level, l.at, l.text = dateParagraph, -1, d.text[t[k].start:t[noun].end]
			l.basis = pipeline.BasisInferred
			return l, true
		}
		return dateLink{}, false
	}
	return dateLink{}, false
}

// lapsePhrase reads a sentence opening "N days (weeks) after the X" in t:
// the lapse in days, the indices of its first word and of the noun X, and
// the event types X may have been told as.
func lapsePhrase(t []token) (days, first, noun int, types []string, ok bool) {
	if len(t) > 0 && lapseAdverbs[t[0].low] {
		first = 1 // "Exactly two weeks after my arrest, …"
	}
	u := t[first:]
	if len(u) < 5 || u[2].low != "after" || !lapseDeterminers[u[3].low] {
		return 0, 0, 0, nil, false
	}
	n, ok := lapseCounts[u[0].low]
	if u[0].low == "the" { // "The day after the trial, …"
		n, ok = 1, u[1].low == "day" || u[1].low == "week"
	}
	if !ok {
		return 0, 0, 0, nil, false
	}
	switch u[1].low {
	case "day", "days":
	case "week", "weeks":
		n *= 7
	default:
		return 0, 0, 0, nil, false
	}
	noun = 4
	types, ok = lapseNouns[u[noun].low]
	if !ok && len(u) > 5 {
		noun = 5
		types, ok = lapseNouns[u[noun].low] // "after the public trial"
	}
	if !ok {
		return 0, 0, 0, nil, false
	}
	return n, first, first + noun, types, true
}

// saidOn reports a date right after a reporting verb ("said on Tuesday",
// "reported Monday"): the day of a telling, not of the occasion told.
func saidOn(s *sent, sp pipeline.Span) bool {
	k := s.tokenAt(sp.Start) - 1
	if k >= 0 && s.toks[k].low == "on" {
		k--
	}
	return k >= 0 && reportVerbs[s.toks[k].low]
}

// koreaSubject returns "KP" when the clause opens with "the North" as its
// subject before the trigger ("The North enacted a law", "the North has
// reopened …"), "KR" for "the South", and the token of "the"; not "the
// North Korean …", "the North Pyongan …" (a capitalized word after it)
// nor "the North of England".
func koreaSubject(s *sent, clause, trig pipeline.Span) (string, int) {
	k := s.tokenAt(clause.Start)
	if k+2 >= len(s.toks) || s.toks[k].low != "the" || s.toks[k+1].end > trig.Start {
		return "", 0
	}
	t, next := s.toks[k+1], s.toks[k+2]
	if !isCapitalized(t) || isCapitalized(next) || next.low == "of" || next.low == "s" {
		return "", 0
	}
	switch t.low {
	case "north":
		return "KP", k
	case "south":
		return "KR", k
	}
	return "", 0
}

// koreaSubjectLink places an event whose clause opens with "the North"
// ("the South") as its subject at the document's mention of North (South)
// Korea, if it names the country.
func (d *docCtx) koreaSubjectLink(s *sent, clause, trig pipeline.Span) (placeLink, bool) {
	cc, k := koreaSubject(s, clause, trig)
	if cc == "" {
		return placeLink{}, false
	}
	j := d.countryOf(cc)
	if j < 0 {
		return placeLink{}, false
	}
	return d.placeLinkFrom(j, placeMetonym, fmt.Sprintf("%q is the subject of the sentence: %s (its government acts)", d.text[s.toks[k].start:s.toks[k+1].end], d.places[j].pm.Text)), true
}

// A topicSpan is the object of a meeting's verb of deliberation, from the
// verb to the next comma or the end of the sentence: what the meeting
// discussed, whose places and dates are not the meeting's. The zero value
// holds nothing.
type topicSpan struct{ start, end int }

func (t topicSpan) has(off int) bool { return t.start < off && off < t.end }

// topicAfter returns the topic of the first verb of deliberation
// ("discussed", "reviewed", "examined") of s at or after offset a ("which
// discussed anti-epidemic measures, was held on June 5": the topic ends at
// the comma).
func topicAfter(s *sent, a int) topicSpan {
	for k := s.tokenAt(a); k < len(s.toks); k++ {
		if w := s.toks[k].low; deliberationVerbs[w] || topicVerbs[w] {
			end := s.End
			for j := k + 1; j < len(s.toks); j++ {
				if s.commaBetween(j-1, j) || s.toks[j].low == "held" {
					end = s.toks[j].start
					break
				}
			}
			return topicSpan{s.toks[k].start, end}
		}
	}
	return topicSpan{}
}

// deliberationVerbs are topicVerbs in their other forms.
var deliberationVerbs = map[string]bool{
	"discussed": true, "discusses": true, "discussing": true, "reviewed": true, "reviews": true, "reviewing": true,
	"examined": true, "examines": true, "examining": true, "debated": true, "debates": true, "debating": true,
	"considered": true, "considers": true, "considering": true, "analyzed": true, "analysed": true,
}

// occasionNouns name an occasion a later sentence refers back to with
// "the" ("presided over the meeting", "satisfaction over the results"),
// with the event types the occasion may have been told as (nil for any),
// as lapseNouns does.
var occasionNouns = map[string][]string{
	"meeting": {"meeting"}, "session": {"meeting"}, "plenum": {"meeting"}, "plenary": {"meeting"},
	"congress": {"meeting"}, "conference": {"meeting"}, "ceremony": {"meeting"}, "rally": {"meeting"},
	"gathering": {"meeting"}, "talks": {"meeting"}, "summit": {"meeting"}, "parade": {"meeting"},
	"test": {"other"}, "launch": {"other"}, "results": {"other"}, "drill": {"other"}, "drills": {"other"},
	"exercise": {"other"}, "exercises": {"other"}, "inspection": {"other"}, "visit": {"other"},
	"trial": {"execution", "sentence"}, "event": nil, "occasion": nil,
}

// namesOccasion reports whether s refers with "the" (at most one word
// between: "the enlarged meeting") to the occasion dated iv — an event of
// the noun's type dated iv by its own sentence — and tells an act of
// another type at it: "presided over the meeting and criticized officials"
// (a crackdown at a meeting), "Expressing satisfaction over the results,
// Kim gave instructions" (an order at a test). "Defectors who attended a
// rally said the event drew hundreds" after a Politburo meeting tells
// another meeting; "the launch came days after the drills" other drills.
func (d *docCtx) namesOccasion(s *sent, typ string, iv pipeline.Interval) bool {
	for k, t := range s.toks {
		if t.low != "the" {
			continue
		}
		for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
			kinds, ok := occasionNouns[s.toks[j].low]
			if !ok {
				continue
			}
			for ti, l := range d.typeDated {
				name := d.v.types[ti].name
				if l.level <= dateSentence && l.iv == iv && name != typ && (kinds == nil || slices.Contains(kinds, name)) {
					return true
				}
			}
		}
	}
	return false
}

// oneOccasion returns the day a report of one occasion dates, with the
// index of the sentence that first names it: every date of the body —
// besides datelines and the dates of reports ("KCNA said on Sunday") — is
// that one day, told as past. A second day, a month, a year or any
// relative or forward date anywhere makes it a report of more than one
// occasion, and the level is dateNone.
func (d *docCtx) oneOccasion() (dateLink, int) {
	if d.occasionDone {
		return d.occasion, d.occasionIdx
	}
	d.occasionDone = true
	d.occasion, d.occasionIdx = dateLink{level: dateNone, at: -1}, -1
	found, idx := -1, -1
	for _, s := range d.sents {
		if s.heading || len(s.dates) == 0 || isBoilerplate(d.text[s.Start:s.End]) {
			continue
		}
		for _, di := range s.dates {
			m := &d.dates[di]
			if m.Kind != pipeline.KindDate || s.dateline[di] || s.attr[di] || saidOn(s, m.Span) {
				continue
			}
			if !m.Interval.Known() || m.Precision != pipeline.PrecisionDay || m.Forward || (found >= 0 && m.Interval != d.dates[found].Interval) {
				return d.occasion, d.occasionIdx
			}
			if found < 0 {
				found, idx = di, s.idx
			}
		}
	}
	if found >= 0 {
		d.occasion, d.occasionIdx = d.dateFrom(found, dateParagraph), idx
		d.occasion.at = -1
	}
	return d.occasion, d.occasionIdx
}

// pronounOpens reports whether s opens with "he" or "she".
func pronounOpens(s *sent) bool {
	return len(s.toks) > 0 && (s.toks[0].low == "he" || s.toks[0].low == "she")
}

// pronounRun reports whether the sentences between the one lastDated came
// from and s (at most two) all go on about "he" or "she" ("Looking round
// the greenhouses, he praised …").
func (d *docCtx) pronounRun(s *sent) bool {
	for o, n := d.sentenceAt(s.Start)-1, 0; o >= 0 && n <= 2; o, n = o-1, n+1 {
		if d.sents[o].idx == d.lastDatedIdx {
			return true
		}
		if !pronounEarly(d.sents[o]) {
			return false
		}
	}
	return false
}

// pronounEarly reports whether "he" or "she" is among the first twenty
// words of s.
func pronounEarly(s *sent) bool {
	for k := 0; k < len(s.toks) && k < 20; k++ {
		if s.toks[k].low == "he" || s.toks[k].low == "she" {
			return true
		}
	}
	return false
}

// Occasions that "the same" refers back to.
var occasions = map[string]bool{
	"trial": true, "day": true, "date": true, "occasion": true, "hearing": true, // not "time": "at the same time" is "meanwhile"
	"session": true, "ceremony": true, "rally": true, "meeting": true, "night": true, "event": true,
	"gathering": true, "morning": true, "afternoon": true, "evening": true, "assembly": true,
}

// Units of a short lapse: "about an hour later" is the same day.
var shortLapses = map[string]bool{"hour": true, "hours": true, "minute": true, "minutes": true}

// sameOccasion reports "the same trial", "the same day", "later that
// day", "earlier in the day", "about an hour later" in clause of s, or a
// sentence opening "In response".
func sameOccasion(s *sent, clause pipeline.Span) bool {
	if decisionOfMeeting(s, clause) {
		return true
	}
	// "At the same gathering, two people … were sentenced": an opening
	// phrase of its own clause sets the occasion of the whole sentence.
	if len(s.clauses()) > 0 && s.clauses()[0] != clause && sameOccasionIn(s, s.clauses()[0]) {
		return true
	}
	return sameOccasionIn(s, clause)
}

// sameOccasionIn is sameOccasion within one clause.
func sameOccasionIn(s *sent, clause pipeline.Span) bool {
	for k := s.tokenAt(clause.Start); k < len(s.toks) && s.toks[k].end <= clause.End; k++ {
		w := s.toks[k].low
		switch {
		case w == "same" && k > 0 && s.toks[k-1].low == "the" && k+1 < len(s.toks) && occasions[s.toks[k+1].low]:
			return true
		case w == "same" && k > 0 && s.toks[k-1].low == "the" && k+2 < len(s.toks) && occasions[s.toks[k+2].low]:
			return true // "the same public trial"
		case w == "later" && k > 0 && shortLapses[s.toks[k-1].low]:
			return true
		case (w == "that" || w == "in") && k > 0 && (s.toks[k-1].low == "later" || s.toks[k-1].low == "earlier") && k+1 < len(s.toks) && occasions[s.toks[k+1].low]:
			return true // "later that day", "earlier in the day"
		case w == "the" && k > 1 && s.toks[k-1].low == "in" && (s.toks[k-2].low == "later" || s.toks[k-2].low == "earlier") && k+1 < len(s.toks) && occasions[s.toks[k+1].low]:
			return true
		case w == "in" && k == 0 && inResponse(s):
			return true // "In response, the army fired warning shots": the reply to what was just told
		}
	}
	return false
}

// inResponse reports a sentence opening "In response".
func inResponse(s *sent) bool {
	return len(s.toks) > 1 && s.toks[0].low == "in" && s.toks[1].low == "response"
}

// datedSince reports whether a sentence between the one lastDated came from
// and s names a date: "In response" answers what was just told, which may
// be a dated sentence without an event of its own ("Seoul suspended the
// military pact on June 4").
func (d *docCtx) datedSince(s *sent) bool {
	for _, o := range d.sents {
		if o.idx > d.lastDatedIdx && o.idx < s.idx && len(o.dates) > 0 {
			return true
		}
	}
	return false
}

// purposeBetween reports a purpose phrase ("aimed at …", "to deter …",
// "in order to …") between a trigger and a later date of its sentence: the
// date then says when the aim is to be met, not when the event happened.
func purposeBetween(s *sent, trig, date pipeline.Span) bool {
	for k := s.tokenAt(trig.End); k > 0 && k < len(s.toks) && s.toks[k].end <= date.Start; k++ {
		w, prev := s.toks[k].low, s.toks[k-1].low
		if (w == "at" && (prev == "aimed" || prev == "aiming")) || (purposeVerbs[w] && prev == "to") || (w == "to" && prev == "order" && k >= 2 && s.toks[k-2].low == "in") {
			return true
		}
	}
	return false
}

// dateOfOtherEvent reports whether date mention di of s lies in a clause
// other than ci that has a trigger of its own: the date belongs to that
// clause's event ("The crackdown comes after the ministry issued an order
// in February").
func (s *sent) dateOfOtherEvent(ci, di int, dates []pipeline.DateMention) bool {
	cj := s.clauseOf(dates[di].Span.Start)
	if cj == ci {
		return false
	}
	for _, m := range s.trigs {
		if s.clauseOf(m.start) == cj {
			return true
		}
	}
	return false
}

// Words opening a sentence that continues the story of the one before:
// "This was in 2019.", "They were caught on March 3."
var backWords = map[string]bool{
	"this": true, "that": true, "it": true, "these": true, "those": true, "they": true,
}

// refersBack reports whether sentence s opens with a word referring to what
// the sentence before it told and tells no event of its own ("This was in
// 2019."; not "The source fled the country in 2019.").
func refersBack(s *sent) bool {
	return len(s.toks) > 0 && backWords[s.toks[0].low] && len(s.trigs) == 0
}

// docDateLink dates an event told as current by the document date.
func (d *docCtx) docDateLink() dateLink {
	dd := d.it.DocDate.Date
	basis := d.it.DocDate.Basis
	if basis == "" || basis == pipeline.BasisNone {
		basis = pipeline.BasisInferred
	}
	return dateLink{level: dateOngoing, iv: pipeline.Interval{Start: dd, End: dd, Precision: pipeline.PrecisionDay}, basis: basis, at: -1}
}

func (d *docCtx) dateFrom(di int, level dateLevel) dateLink {
	m := &d.dates[di]
	l := dateLink{level: level, text: m.Text, basis: pipeline.BasisNone, at: di}
	if l.text == "" {
		l.text = d.text[m.Span.Start:m.Span.End]
	}
	if !m.Interval.Known() {
		return l
	}
	l.iv = m.Interval
	switch m.Anchor {
	case pipeline.AnchorExplicit:
		l.basis = pipeline.BasisExplicit
	case pipeline.AnchorDCT:
		l.basis = pipeline.BasisInferred
		if d.it.DocDate.Basis == pipeline.BasisPublished || d.it.DocDate.Basis == pipeline.BasisExplicit {
			l.basis = pipeline.BasisPublished
		}
	default:
		l.basis = pipeline.BasisInferred
	}
	return l
}

// maxForDays is the longest span forDays reads.
const maxForDays = 60

// forDays returns the days a length written beside day mention di runs
// for — "for three days from June 5", "from the 3rd for two weeks" — and
// the offsets of the whole phrase; 0 when none. Only days and weeks, at
// most maxForDays.
func (d *docCtx) forDays(di int) (n, from, to int) {
	m := d.dates[di]
	between := func(a, b int) string { return strings.ToLower(d.text[a:b]) }
	days := func(o pipeline.DateMention) int {
		v := o.Value
		if o.Kind != pipeline.KindDuration || len(v) < 3 || v[0] != 'P' {
			return 0
		}
		k, err := strconv.Atoi(v[1 : len(v)-1])
		if err != nil || k < 1 {
			return 0
		}
		switch v[len(v)-1] {
		case 'W':
			k *= 7
		case 'D':
		default:
			return 0
		}
		if k > maxForDays {
			return 0
		}
		return k
	}
	if di > 0 {
		o := d.dates[di-1]
		if n := days(o); n > 0 && between(o.Span.End, m.Span.Start) == " from " && strings.HasSuffix(between(max(o.Span.Start-4, 0), o.Span.Start), "for ") {
			return n, o.Span.Start, m.Span.End
		}
	}
	if di+1 < len(d.dates) {
		o := d.dates[di+1]
		if n := days(o); n > 0 && between(m.Span.End, o.Span.Start) == " for " && strings.HasSuffix(between(max(m.Span.Start-5, 0), m.Span.Start), "from ") {
			return n, m.Span.Start, o.Span.End
		}
	}
	return 0, 0, 0
}

// closingDay returns the day mention of sentence s on which a meeting that
// opened on day mention di closed — "opened Tuesday …, closed Saturday",
// "began on June 5 and ended on June 8" — or -1: a later day of the
// sentence after a verb of closing, at most maxMeetingDays on.
func (d *docCtx) closingDay(s *sent, di int) int {
	after := func(m *pipeline.DateMention, verbs map[string]bool) bool {
		k := s.tokenAt(m.Span.Start) - 1
		if k >= 0 && s.toks[k].low == "on" {
			k--
		}
		return k >= 0 && verbs[s.toks[k].low]
	}
	open := &d.dates[di]
	if !after(open, openingVerbs) {
		return -1
	}
	for _, dj := range s.dates {
		m := &d.dates[dj]
		if m.Span.Start > open.Span.End && m.Interval.Days() == 1 && after(m, closingVerbs) && sameSubject(s, open.Span.End, m.Span.Start) {
			if n := open.Interval.Start.DaysUntil(m.Interval.Start); n > 0 && n <= maxMeetingDays {
				return dj
			}
		}
	}
	return -1
}

// toldThere reports a trigger that is a verb of telling, its audience and
// a venue ("told reporters in Tokyo"): see toldAtVenue.
func toldThere(s *sent, trig pipeline.Span) bool {
	k := s.tokenAt(trig.Start)
	if k >= len(s.toks) {
		return false
	}
	after, ok := toldAudience(s.toks, k)
	return ok && toldAtVenue(s.toks, after)
}

// sameSubject reports whether the words between byte offsets from and to
// of s (an opening day and its closing verb's day) leave the subject as it
// was: only a place ("in Pyongyang"), "and" and the closing verb ("opened
// Tuesday in Pyongyang, closed Saturday", "began on June 5 in Geneva and
// ended on June 8"; not "began Tuesday after the border was closed
// Saturday", "while the market closed Saturday").
func sameSubject(s *sent, from, to int) bool {
	for k := s.tokenAt(from); k < len(s.toks) && s.toks[k].start < to; k++ {
		t := s.toks[k]
		if t.start < from {
			continue
		}
		switch {
		case isCapitalized(t), t.low == "in", t.low == "at", t.low == "and", t.low == "on", t.low == "the", t.low == "s",
			openingVerbs[t.low], closingVerbs[t.low]:
		default:
			return false
		}
	}
	return true
}

// sittingActs are the kinds of event a meeting does on its days.
var sittingActs = map[string]bool{"meeting": true, "order": true, "statement": true, "other": true}

// maxSittingParas is how many paragraphs after a meeting's own "on the
// final day" may still name its last day.
const maxSittingParas = 3

// troopWords name soldiers sent somewhere.
var troopWords = map[string]bool{
	"troops": true, "soldiers": true, "forces": true, "units": true, "corps": true, "brigade": true,
	"brigades": true, "battalion": true, "battalions": true, "regiment": true, "servicemen": true,
}

// partyOf reports a place after "between" or "with", or after "and" that
// follows "between" and a place ("talks between Pyongyang and Moscow"): a
// party to a meeting, not where it sat.
func (d *docCtx) partyOf(s *sent, p placeRef) bool {
	if d.placeAfter(s, p, "between") || d.placeAfter(s, p, "with") {
		return true
	}
	k := s.tokenAt(p.pm.Start) - 1
	if k < 2 || s.toks[k].low != "and" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if s.toks[j].low == "between" {
			return true
		}
	}
	return false
}

// originAbroad returns the place of s after "from" that inClause holds,
// in North Korea, when the clause names troops and a place after "to" in
// another country, or -1 (not "Russian warships were deployed from
// Vladivostok to Wonsan", "workers were dispatched from Sinuiju to
// Dandong").
func (d *docCtx) originAbroad(s *sent, inClause, country func(placeRef) bool) int {
	from := -1
	for _, i := range s.places {
		p := d.places[i]
		if inClause(p) && p.pm.Resolved && !isRegion(p) && !country(p) && p.pm.Place.Country == "KP" && d.placeAfter(s, p, "from") {
			from = i
			break
		}
	}
	if from < 0 || !slices.ContainsFunc(s.toks, func(t token) bool { return troopWords[t.low] }) {
		return -1
	}
	for _, i := range s.places {
		p := d.places[i]
		if inClause(p) && p.pm.Resolved && d.placeAfter(s, p, "to") && p.pm.Place.Country != d.places[from].pm.Place.Country {
			return from
		}
	}
	return -1
}

// basedAt reports "-based" at byte offset at of text, right after a place
// ("a Seoul-based group"; not the verb, "Pyongyang based its claim on").
func basedAt(text string, at int) bool { return strings.HasPrefix(text[at:], "-based") }

// otherEventBefore reports whether byte offset at lies in a clause before
// clause ci of s that holds a trigger of its own, when clause ci tells
// what was said ("… told researchers that …").
func otherEventBefore(s *sent, at, ci int) bool {
	pc := s.clauseOf(at)
	if pc >= ci {
		return false
	}
	if k := s.tokenAt(s.clauses()[ci].Start); k < 1 || k >= len(s.toks) || s.toks[k].low != "that" {
		return false
	}
	cl := s.clauses()[pc]
	if !slices.ContainsFunc(s.trigs, func(m match) bool { return m.start >= cl.Start && m.start < cl.End }) {
		return false
	}
	// (a description of the speaker: a "who" before the place, no verb of
	// saying between; not "Police arrested 20 people in Hyesan, a source
	// said, adding that …")
	for k := s.tokenAt(at) - 1; k >= 0; k-- {
		switch w := s.toks[k].low; {
		case w == "who" || w == "whom":
			return true
		case isSaidVerb(w):
			return false
		}
	}
	return false
}

// dayOfOccasion finds "the final day", "the last day", "the closing day"
// (first false) or "the first day", "the opening day" (first true) in s,
// closed by a comma or the sentence's end ("On the final day, the meeting
// …"; not "the last day of the year").
func dayOfOccasion(s *sent) (first bool, text string, ok bool) {
	for k := 1; k+1 < len(s.toks); k++ {
		if s.toks[k-1].low != "the" || s.toks[k+1].low != "day" {
			continue
		}
		if k+2 < len(s.toks) && !s.toks[k+2].comma {
			continue // the day of something else: "the last day of the year", "the last day she spent in Hyesan"
		}
		switch s.toks[k].low {
		case "final", "last", "closing", "concluding":
			return false, s.doc[s.toks[k-1].start:s.toks[k+1].end], true
		case "first", "opening":
			return true, s.doc[s.toks[k-1].start:s.toks[k+1].end], true
		}
	}
	return false, "", false
}

// maxMeetingDays is the longest meeting closingDay reads: a party congress
// sits for about a week.
const maxMeetingDays = 14

var (
	openingVerbs = map[string]bool{"opened": true, "began": true, "started": true, "convened": true}
	closingVerbs = map[string]bool{"closed": true, "ended": true, "concluded": true, "adjourned": true}
)

// spanDistance is the number of bytes between two spans (0 when they touch or overlap).
func spanDistance(a, b pipeline.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// placeLevel says where an event's place came from; lower is closer.
type placeLevel int

const (
	placeClause    placeLevel = iota // named in the trigger's clause
	placeAnaphor                     // "the city" in the clause, referring back
	placeMetonym                     // a capital or country standing for its government
	placeSentence                    // elsewhere in the sentence
	placeRegion                      // a vague area (a border, a river) in the sentence
	placePrevious                    // an earlier sentence of the paragraph
	placeDirection                   // the goal or origin of a movement in the sentence
	placeSource                      // where the reporting source sits
	placeHeadline                    // the place the headline names
	placeCountry                     // the document's main country
	placeNone
)

type placeLink struct {
	at    int // index into docCtx.places
	level placeLevel
	name  string
	place pipeline.Place
	why   string
}

func (d *docCtx) placeLinkFrom(i int, level placeLevel, why string) placeLink {
	pm := d.places[i].pm
	return placeLink{at: i, level: level, name: collapseSpace(pm.Text), place: pm.Place, why: why}
}

// isRegion reports a vague area ("the border", a river) that a city or
// province named nearby should outrank.
func isRegion(p placeRef) bool { return p.pm.Place.Precision == pipeline.GeoRegion }

// linkPlace finds the place of an event of type typ triggered at trig in
// clause ci of s; docs/events.md lists the order of the rules.
func (d *docCtx) linkPlace(s *sent, ci int, trig pipeline.Span, typ string) placeLink {
	l := d.linkPlaceOf(s, ci, trig, typ)
	if l.at >= 0 && l.place.Precision == pipeline.GeoAdmin1 {
		// "The Security Council in New York condemned the test" (the body
		// acting), "told the Security Council in New York" (the body named
		// right before the place): the state named as the seat city of a
		// UN body is, is that city
		if seat, ok := d.organSeat(s, s.clauses()[ci], trig); ok && holdsSeat(l.place, seat.place) {
			seat.at, seat.name = l.at, l.name // (as the text names it)
			return seat
		}
		if p, ok := d.seatNamed(s, s.clauses()[ci], d.places[l.at].pm.Start); ok && holdsSeat(l.place, p) {
			l.place, l.level = p, placeMetonym
			l.why = "the seat of the UN body named right before it: " + l.why
		}
	}
	return l
}

// seatNamed returns the seat of a body of the United Nations that clause
// names (unOrgans) right before the place named at offset at: "the
// Security Council in New York", "the UN Security Council on Oct. 26 in
// New York" (at most five words between, no comma); not "rallied in New
// York as the Security Council met", "the state of New York".
func (d *docCtx) seatNamed(s *sent, clause pipeline.Span, at int) (pipeline.Place, bool) {
	if len(d.seats) == 0 {
		return pipeline.Place{}, false
	}
	pk := s.tokenAt(at)
	for k := max(s.tokenAt(clause.Start), pk-9); k < pk && s.toks[k].end <= clause.End; k++ {
		seat, n := organAt(s, k)
		if e := k + n; seat == "" || !d.unOrganAt(s, k, n) || pk-e > 5 || e < pk && strings.Contains(d.text[s.toks[e-1].end:at], ",") {
			continue
		}
		p, ok := d.seats[seat]
		return p, ok
	}
	return pipeline.Place{}, false
}

// organAt returns the seat of the body of the United Nations whose name
// starts at token k (unOrgans) and the name's length in tokens, or "".
func organAt(s *sent, k int) (string, int) {
	// (a word starting in lower case opens no body's name, and the first
	// word is compared before the others: this runs for every word of
	// every placed trigger's clause)
	if isLowerStart(s.toks[k].text) {
		return "", 0
	}
	for i := range unOrgans {
		if o := &unOrgans[i]; s.toks[k].low == o.words[0] && k+len(o.words) <= len(s.toks) &&
			slices.EqualFunc(o.words, s.toks[k:k+len(o.words)], func(w string, t token) bool { return t.low == w && isCapitalized(t) }) {
			return o.seat, len(o.words)
		}
	}
	return "", 0
}

// linkPlaceOf is linkPlace before a UN body's seat named by its state's name
// is read as the seat.
func (d *docCtx) linkPlaceOf(s *sent, ci int, trig pipeline.Span, typ string) placeLink {
	clause := s.clauses()[ci]
	// A relative clause ("…, which are seeing addicts arriving") is about
	// the place its pronoun refers back to in the clause before.
	if ci > 0 && relativeClause(s, clause) {
		// "moved on to Kanggye, the provincial capital, where it
		// confiscated …": "where" is the place just before it, even a
		// goal.
		if i := d.whereAntecedent(s, clause); i >= 0 && typ != "statement" {
			return d.placeLinkFrom(i, placeClause, fmt.Sprintf("%s, which %q after it refers back to", d.places[i].pm.Text, "where"))
		}
		clause.Start = s.clauses()[ci-1].Start
	}
	si := d.sentenceAt(s.Start)
	movement := typ == "defection"
	// "dispatched an inspection team to Nampho", "sent troops into the
	// city": what is sent acts at its goal.
	// "the lockdown was extended to Kaesong": where it spread to.
	sending := sendsTo(s, clause, trig) || spreadsTo(s, s.tokenAt(trig.End-1)) >= 0
	// A visit is paid where it goes ("a state visit to Pyongyang", "an
	// official visit to Russia").
	visit := strings.HasSuffix(strings.ToLower(d.text[trig.Start:trig.End]), "visit")
	inClause := func(p placeRef) bool { return clause.Start <= p.pm.Start && p.pm.Start < clause.End }
	plain := func(p placeRef) bool {
		if !p.pm.Resolved || p.metonym || typ == "meeting" && (d.partyOf(s, p) || d.visitorsFrom(s, p) || d.visitorOf(s, p)) {
			return false // (the parties of talks: "talks between Pyongyang and Moscow"; a visiting delegation's home: "hosted a delegation from Primorye")
		}
		// (a country as goal is where the sender's forces go abroad: the
		// sender's country stays the place, see rule 3)
		if p.role == roleDirection && sending && inClause(p) && !d.placeAfter(s, p, "from") && p.pm.Place.Precision != pipeline.GeoCountry {
			return true
		}
		if p.role == roleDirection && visit && inClause(p) && p.pm.Start > trig.Start && d.placeAfter(s, p, "to") {
			return true
		}
		return p.role == roleNormal || (movement && p.role == roleDirection)
	}
	if typ == "statement" {
		// A statement is made where its speaker is: the places after the
		// verb are what it is about ("accused North Korea of arms sales
		// to Syria").
		// A place after "in" or "at" in the clause of a publishing trigger
		// is where it was made ("a report released by the UN human rights
		// office in Geneva"), not what it condemns ("condemned the drills
		// held in Pocheon").
		base := plain
		publishing := publishes(d.text[trig.Start:trig.End])
		// (a telling after a comma is said of what comes before it: "…
		// executed two people in Hyesan …, the NIS told lawmakers")
		telling := tellingTrigger(strings.ToLower(d.text[trig.Start:trig.End]))
		open := openingPhraseEnd(d.text, s)
		plain = func(p placeRef) bool {
			if telling && p.pm.Start >= open && p.pm.End <= trig.Start && strings.Contains(d.text[p.pm.End:trig.Start], ",") {
				return false
			}
			return base(p) && (p.pm.Start < trig.Start || publishing && inClause(p) && (d.placeAfter(s, p, "in") || d.placeAfter(s, p, "at")))
		}
	}
	q := func() string { return strconv.Quote(d.text[trig.Start:trig.End]) } // as %q

	// A trigger that ends with its place's preposition ("were returned
	// through Sinuiju", "were handed over at Quanhe", "met at Panmunjom")
	// happened at the place that follows, however far back its subject
	// reaches ("women who had been detained in Liaoning were returned
	// through Sinuiju").
	if i := d.placeOfTrigger(s, trig); i >= 0 {
		return d.placeLinkFrom(i, placeClause, "named right after "+q())
	}

	// What a body of the United Nations did is done at its seat, when
	// the clause names no town ("the U.N. Security Council unanimously
	// adopted a resolution on Monday", "Resolution 2397 was adopted on
	// Dec. 22").
	if l, ok := d.organSeat(s, clause, trig); ok && d.nearestPlace(s, trig, func(p placeRef) bool {
		// (not in what comes after a comma: "…, in response to the test
		// at its Punggye-ri site")
		return plain(p) && inClause(p) && p.pm.Place.Precision != pipeline.GeoCountry && !isRegion(p) &&
			(p.pm.Start < trig.Start || p.pm.Start >= trig.End && !strings.Contains(d.text[trig.End:p.pm.Start], ","))
	}) < 0 {
		return l
	}

	// 0. A statement by a country's body ("South Korea's intelligence
	// service told lawmakers") is made in that country — at the
	// dateline's city when the report was filed there.
	if typ == "statement" {
		// "said at a regular briefing in Beijing on …", "At a news
		// briefing in Beijing on Monday, a spokesman said", "told the
		// Third Committee in New York on …": where it was said
		if i := d.venuePlace(s, trig); i >= 0 {
			return d.placeLinkFrom(i, placeClause, "where "+q()+" was said")
		}
		// "A Seoul-based human rights group on Tuesday released a report":
		// where its speaker is based
		if i := d.nearestPlace(s, trig, func(p placeRef) bool {
			return p.pm.Resolved && inClause(p) && p.pm.End < trig.Start && basedAt(d.text, p.pm.End)
		}); i >= 0 {
			return d.placeLinkFrom(i, placeClause, "where the speaker of "+q()+" is based")
		}
		if i := d.speakerBefore(s, trig, inClause); i >= 0 {
			if j := d.firstDateline(); j >= 0 && d.places[j].pm.Place.Country == d.places[i].pm.Place.Country {
				return d.placeLinkFrom(j, placeClause, "the dateline's place, in the country of the speaker of "+q())
			}
			// else its capital, when the document names it: a ministry
			// speaks from there ("South Korea's unification ministry said
			// on Wednesday" in a report that names Seoul)
			if l, ok := d.capitalLink(d.places[i].pm.Place.Country, "the capital of the country of the speaker of "+q(), q()); ok {
				return l
			}
			return d.placeLinkFrom(i, placeClause, "the country of the speaker of "+q())
		}
		// An official's "said" (statement.go) is made where the speaker is:
		// a place named before the verb, else where the report was filed,
		// else the document's country — never a place of what was said
		// ("… said Monday that soldiers had been spotted near Cheorwon"); so is
		// what was "announced", but one that neither a place nor a state's
		// speaker places ("the local party committee announced") goes to
		// the rules below (where the reporting source is).
		w := strings.ToLower(d.text[trig.Start:trig.End])
		announced := w == "announced" || w == "announces"
		telling := tellingTrigger(w)
		// "GENEVA (12 February 2024) – A UN human rights expert today
		// expressed grave concern": a statement of the dateline's sentence,
		// whose speaker no state names and with no place before it but the
		// dateline's, is made where the report was filed (a verb of saying
		// has its own rules below).
		if j := d.datelineOf(s); j >= 0 && !(saidVerbs[w] || w == "told" || announced || telling) &&
			speakerCountry(s, trig) == "" && speakerNation(s, trig) == "" && d.nearestPlace(s, trig, func(p placeRef) bool { return p.pm.Resolved && p.pm.Start < trig.Start && p.pm != d.places[j].pm }) < 0 {
			return d.placeLinkFrom(j, placeClause, "the dateline's place: where "+q()+" was made")
		}
		if saidVerbs[w] || w == "told" || announced || telling {
			// (not before a comma, unless in a phrase opening the sentence:
			// "11,000 troops are now in Russia, the spy agency said" names
			// what was said, "In Geneva, a spokesperson said", "On Tuesday
			// in Geneva, the envoy said", "Speaking in Geneva, …" where)
			open := openingPhraseEnd(d.text, s)
			if i := d.nearestPlace(s, trig, func(p placeRef) bool {
				opening := p.pm.Start < open
				return p.pm.Resolved && p.role != roleModifier && (inClause(p) || opening) && p.pm.End <= trig.Start && !isRegion(p) &&
					(!strings.Contains(d.text[p.pm.End:trig.Start], ",") || opening)
			}); i >= 0 {
				return d.placeLinkFrom(i, placeClause, "named before "+q())
			}
			if cc := speakerCountry(s, trig); cc != "" {
				// "KCNA said", "the JCS said": the speaker's state, at its
				// capital when the document names it
				if l, ok := d.capitalLink(cc, "the capital of the state whose body "+q(), q()); ok {
					return l
				}
				if j := d.countryOf(cc); j >= 0 {
					return d.placeLinkFrom(j, placeCountry, "the state whose body "+q())
				}
				return placeLink{level: placeNone}
			}
			// "a Chinese foreign ministry spokesperson said", "Kim Jong Un
			// said": the speaker's state, when the document names its
			// capital or itself (else where the report was filed, below)
			if cc := speakerNation(s, trig); cc != "" {
				if l, ok := d.capitalLink(cc, "the capital of the state the speaker of "+q()+" is named for", q()); ok {
					return l
				}
				if j := d.countryOf(cc); j >= 0 {
					return d.placeLinkFrom(j, placeCountry, "the state the speaker of "+q()+" is named for")
				}
			}
			if !announced {
				if j := d.firstDateline(); j >= 0 {
					return d.placeLinkFrom(j, placeCountry, "the dateline's place: where "+q()+" was reported")
				}
				if d.focus >= 0 {
					return d.placeLinkFrom(d.focus, placeCountry, "the document's main country")
				}
				return placeLink{level: placeNone}
			}
		}
		// "the North's foreign ministry accused …", "a Chinese foreign
		// ministry spokesperson warned …": another verb of a speaker named
		// for a state, with no place before it, is that state's too
		if cc := speakerNation(s, trig); cc != "" && !d.digest() && d.nearestPlace(s, trig, func(p placeRef) bool {
			return p.pm.Resolved && p.role != roleModifier && (p.pm.Start < trig.Start || saidAt(s, p))
		}) < 0 {
			if l, ok := d.capitalLink(cc, "the capital of the state the speaker of "+q()+" is named for", q()); ok {
				return l
			}
			if j := d.countryOf(cc); j >= 0 {
				return d.placeLinkFrom(j, placeCountry, "the state the speaker of "+q()+" is named for")
			}
		}
	}

	country := func(p placeRef) bool { return p.pm.Place.Precision == pipeline.GeoCountry }
	// 0b. Troops sent abroad leave from a place of their own country ("the
	// troops were shipped from the port of Chongjin to Vladivostok"): the
	// origin, when the goal lies in another country. (A state as the
	// subject keeps its country, rule 3: "North Korea sent troops from
	// Wonsan to Russia".)
	if typ == "deployment" {
		if _, state := d.metonymPlace(s, inClause); !state {
			if i := d.originAbroad(s, inClause, country); i >= 0 {
				return d.placeLinkFrom(i, placeClause, "where the troops of "+q()+" left from for another country")
			}
		}
	}
	// 1. A place named in the trigger's clause, nearest the trigger; a
	// city or province before a country ("China repatriated … through
	// Dandong").
	if i := d.nearestPlace(s, trig, func(p placeRef) bool { return plain(p) && !isRegion(p) && !country(p) && inClause(p) }); i >= 0 {
		// "Tumen, a city across the river in Jilin Province, detained":
		// a province nearest the trigger locates a town of the clause.
		if pi := d.places[i].pm.Place; pi.Precision == pipeline.GeoAdmin1 {
			// So does the origin of what the clause tells ("detected the
			// launch from the Sukchon area of South Pyongan Province").
			origin := func(p placeRef) bool {
				return p.pm.Resolved && !p.metonym && p.role == roleDirection && d.placeAfter(s, p, "from")
			}
			if j := d.nearestPlace(s, trig, func(p placeRef) bool {
				return (plain(p) || origin(p)) && inClause(p) && !isRegion(p) && p.pm.Place.Precision != pipeline.GeoAdmin1 && containsPlace(pi, p.pm.Place)
			}); j >= 0 {
				return d.placeLinkFrom(j, placeClause, "named in the clause of "+q()+", inside "+d.places[i].pm.Text)
			}
		}
		// A launch started from where the clause says, not from what it
		// flew over ("a launch on Aug. 29, also fired from Sunan, that
		// flew over Hokkaido").
		if typ == "other" && d.places[i].pm.Start > trig.End && d.placeAfter(s, d.places[i], "over") && launches(d.text[trig.Start:trig.End]) {
			if j := d.nearestPlace(s, trig, func(p placeRef) bool {
				return p.pm.Resolved && !p.metonym && inClause(p) && !isRegion(p) && !country(p) && d.placeAfter(s, p, "from")
			}); j >= 0 {
				return d.placeLinkFrom(j, placeClause, "where "+q()+" started from")
			}
		}
		return d.placeLinkFrom(i, placeClause, "named in the clause of "+q())
	}
	// A town or county referred back to ("went to the flood-stricken
	// area") is finer than a country the clause names ("president of the
	// DPRK").
	if typ != "defection" {
		if i, w := d.anaphorAt(s, clause, notSource); i >= 0 {
			return d.placeLinkFrom(i, placeAnaphor, fmt.Sprintf("%q in the clause of %s refers back to %s", w, q(), d.places[i].pm.Text))
		}
	}
	if i := d.nearestPlace(s, trig, func(p placeRef) bool { return plain(p) && !isRegion(p) && inClause(p) }); i >= 0 {
		// A missile a state fired "over Japan", one "that fell inside
		// Japan's exclusive economic zone": the launch is the firing
		// state's, the country after the trigger is where it flew.
		// (A launch site the clause names wins: "from Sunan that flew over
		// Japan"; a country fired into or at is the target: "fired
		// missiles into Ukraine".)
		// So is a launch by a state the clause names before it ("detected
		// North Korea firing cruise missiles … from the Nampho area").
		if typ == "other" && country(d.places[i]) && launches(d.text[trig.Start:trig.End]) &&
			!d.placeAfter(s, d.places[i], "into") && !d.placeAfter(s, d.places[i], "at") && !d.placeAfter(s, d.places[i], "against") {
			if j := d.nearestPlace(s, trig, func(p placeRef) bool {
				return p.pm.Resolved && !p.metonym && inClause(p) && !isRegion(p) && !country(p) && d.placeAfter(s, p, "from") &&
					(d.places[i].pm.Start > trig.End || p.pm.Place.Country == d.places[i].pm.Place.Country)
			}); j >= 0 {
				return d.placeLinkFrom(j, placeClause, "where "+q()+" started from")
			}
			if l, ok := d.metonymPlace(s, inClause); ok && l.at != i && d.places[l.at].pm.Start < trig.Start && d.places[i].pm.Start > trig.End {
				return l
			}
		}
		// A defection into a country ("after a soldier crossed the Tumen
		// River into China") happened where the sentence places it more
		// finely ("… to the border in Onsong County").
		if movement && d.places[i].role == roleDirection && country(d.places[i]) {
			if j := d.nearestPlace(s, trig, func(p placeRef) bool {
				// (not from a relative clause about someone else: "a
				// defector who lives in Seoul said her sister crossed …")
				return p.pm.Resolved && p.role == roleNormal && !p.metonym && !isRegion(p) && !country(p) &&
					p.pm.Place.Country != d.places[i].pm.Place.Country && !relativeClause(s, s.clauses()[s.clauseOf(p.pm.Start)])
			}); j >= 0 {
				return d.placeLinkFrom(j, placeSentence, "named in the sentence of "+q()+", where the crossing into "+d.places[i].pm.Text+" started")
			}
			// Or the story's place in the document's country ("In 2015 she
			// walked across the ice to China", told of a woman from Musan)
			// — not for an arrival ("reached South Korea"), which happened
			// where it names.
			l := d.placeBeyondSentence(s, si, trig, typ, func(placeRef) bool { return false })
			if l.level == placeDirection {
				// (the goal is the crossing's own "to China": the story's place)
				if h := d.headlinePlace(); h >= 0 {
					l = d.placeLinkFrom(h, placeHeadline, "no place near the trigger; the place the headline names")
				} else if h := d.onlyPlace(s.para); h >= 0 {
					l = d.placeLinkFrom(h, placeHeadline, "no place near the trigger; the only place the document names below its country")
				}
			}
			if l.level < placeCountry && !arrival(d.text[trig.Start:trig.End]) &&
				l.place.Precision != pipeline.GeoRegion && l.place.Precision != pipeline.GeoCountry && l.place.Country != d.places[i].pm.Place.Country &&
				d.focus >= 0 && l.place.Country == d.places[d.focus].pm.Place.Country {
				l.why += ", where the crossing into " + d.places[i].pm.Text + " started"
				return l
			}
		}
		// A state that shuts its border, orders, cracks down or deploys
		// acts in its own country, not in another the clause names ("North
		// Korea sealed its borders in January 2020 as the coronavirus
		// spread in China", "stepped up patrols along the border with
		// South Korea").
		if country(d.places[i]) && (typ == "border_closure" || typ == "lockdown" || typ == "order" || typ == "crackdown" || typ == "deployment") {
			if l, ok := d.metonymPlace(s, func(p placeRef) bool { return inClause(p) && p.pm.Start < trig.Start }); ok && l.place.Country != d.places[i].pm.Place.Country {
				return l
			}
			if l, ok := d.koreaSubjectLink(s, clause, trig); ok && l.place.Country != d.places[i].pm.Place.Country {
				return l
			}
		}
		return d.placeLinkFrom(i, placeClause, "named in the clause of "+q())
	}
	// A group crossing or flying in ("tourists crossed into Rason from
	// Hunchun", "the tour group flew from Vladivostok to Pyongyang")
	// arrives where it goes.
	if typ == "other" && arrives(d.text[trig.Start:trig.End]) {
		if i := d.nearestPlace(s, trig, func(p placeRef) bool {
			return p.pm.Resolved && !p.metonym && p.role == roleDirection && inClause(p) && !isRegion(p) && !country(p) &&
				(d.placeAfter(s, p, "to") || d.placeAfter(s, p, "into"))
		}); i >= 0 {
			return d.placeLinkFrom(i, placeClause, "where "+q()+" went")
		}
	}
	// A launch or test "from the Sukchon area", troops "shipped from
	// Chongjin": where it started is where it happened, when the clause
	// names no other place (troops sent "from Wonsan to Russia" are the
	// sender's, rule 3).
	goal := func() bool {
		return slices.ContainsFunc(s.places, func(i int) bool {
			p := d.places[i]
			return p.role == roleDirection && !d.placeAfter(s, p, "from") // in any clause: "came from Sariwon, …, and were sent to Hyesan"
		})
	}
	if typ == "other" || typ == "deployment" && !goal() {
		if i := d.nearestPlace(s, trig, func(p placeRef) bool {
			return p.pm.Resolved && !p.metonym && p.role == roleDirection && inClause(p) && !isRegion(p) && !country(p) && d.placeAfter(s, p, "from")
		}); i >= 0 {
			return d.placeLinkFrom(i, placeClause, "where "+q()+" started from")
		}
	}
	// 2. "the city" in the clause refers back to the last city named.
	if i, w := d.anaphorAt(s, clause, notSource); i >= 0 {
		return d.placeLinkFrom(i, placeAnaphor, fmt.Sprintf("%q in the clause of %s refers back to %s", w, q(), d.places[i].pm.Text))
	}
	// 3. A capital or country as the subject stands for its government,
	// unless the clause says where in that country the act started from and
	// names no goal, only an aim ("North Korea fired a missile from South
	// Pyongan Province toward the East Sea", not "sent troops from Wonsan
	// to Russia").
	if l, ok := d.metonymPlace(s, inClause); ok {
		goal := false
		for _, i := range s.places {
			p := d.places[i]
			aim := d.placeAfter(s, p, "toward") || d.placeAfter(s, p, "towards") || isRegion(p) // where a missile flies
			goal = goal || (inClause(p) && p.pm.Resolved && p.role == roleDirection && !d.placeAfter(s, p, "from") && !aim)
		}
		origin := func(p placeRef) bool {
			return !goal && inClause(p) && p.role == roleDirection && p.pm.Resolved && !isRegion(p) && !country(p) &&
				p.pm.Place.Country == l.place.Country && d.placeAfter(s, p, "from")
		}
		if i := d.nearestPlace(s, trig, origin); i >= 0 {
			return d.placeLinkFrom(i, placeClause, "where in "+l.name+" "+q()+" started from")
		}
		// A closure or a lockdown applies where it shuts ("North Korea has
		// suspended tourism to the Rason zone"), in the subject's country.
		if typ == "border_closure" || typ == "lockdown" {
			if i := d.nearestPlace(s, trig, func(p placeRef) bool {
				return inClause(p) && p.role == roleDirection && p.pm.Resolved && !isRegion(p) && !country(p) &&
					p.pm.Place.Country == l.place.Country && d.placeAfter(s, p, "to")
			}); i >= 0 {
				return d.placeLinkFrom(i, placeClause, "where in "+l.name+" "+q()+" applies")
			}
		}
		return l
	}
	// 3b. A state's forces as the subject ("South Korea's military fired
	// two missiles into the sea", "China's police arrested …"): the act is
	// that state's, somewhere in it (its councils and ministries sit in its
	// capital, and are placed as the statements and meetings they make).
	if typ != "statement" && typ != "meeting" {
		if i := d.nearestPlace(s, trig, func(p placeRef) bool {
			if !p.speaker || !inClause(p) || p.pm.End > trig.Start {
				return false
			}
			j := s.tokenAt(p.pm.End) + 1 // after the possessive's "s"
			return j < len(s.toks) && stateForces[s.toks[j].low]
		}); i >= 0 {
			return d.placeLinkFrom(i, placeMetonym, "the state whose forces "+q())
		}
	}
	// 4. Elsewhere in the sentence — for what was said, not in a clause
	// of another event before it ("a man who served at the camp before
	// defecting across the Yalu near Hyesan, told researchers that …
	// inmates died": Hyesan is the defection's).
	own := func(p placeRef) bool { return plain(p) && !otherEventBefore(s, p.pm.Start, ci) }
	if i := d.nearestPlace(s, trig, func(p placeRef) bool { return own(p) && !isRegion(p) }); i >= 0 {
		return d.placeLinkFrom(i, placeSentence, "named in the sentence of "+q())
	}
	for k := range s.clauses() {
		if i, w := d.anaphorAt(s, s.clauses()[k], notSource); i >= 0 && k != ci {
			return d.placeLinkFrom(i, placeSentence, fmt.Sprintf("%q in the sentence refers back to %s", w, d.places[i].pm.Text))
		}
	}
	if l, ok := d.metonymPlace(s, func(placeRef) bool { return true }); ok {
		return l
	}
	// "The North" ("the South") as the subject, in a report that names
	// North (South) Korea: its government acts ("The North enacted a law
	// …").
	if l, ok := d.koreaSubjectLink(s, clause, trig); ok {
		return l
	}
	// 4b. The town or province whose body or site the sentence names
	// ("Hyesan's Security Department arrested …", "Hyesan's Hyehwa Market
	// was closed"), when no place of the sentence says where it acted
	// ("… sent agents to Musan" is Musan's).
	if i := d.nearestPlace(s, trig, func(p placeRef) bool { return p.pm.Resolved && p.owner }); i >= 0 && !sentTo(s) {
		return d.placeLinkFrom(i, placeSentence, "the place whose body or site acts in the sentence of "+q())
	}
	// 5. Where the reporting source of this sentence sits.
	isSource := func(p placeRef) bool { return p.pm.Resolved && p.role == roleSource && !isRegion(p) }
	if i := d.nearestPlace(s, trig, isSource); i >= 0 {
		return d.sourceLink(i, "where the reporting source sits (same sentence)")
	}
	// ("A source in the city told Daily NK that 30 people were arrested":
	// the town the source's "the city" refers back to)
	if i, w := d.anaphorAt(s, s.Span, onlySource); i >= 0 {
		return d.sourceLink(i, fmt.Sprintf("where the reporting source sits (%q of the same sentence refers back to %s)", w, d.places[i].pm.Text))
	}
	// 6. A vague area (a border, a river) named in the clause, then the sentence.
	// An area ("… an order to root out phones in border areas", "the
	// rain that hit the areas along the Amnok River") is where the story's
	// place lies, when the rules below find one inside it.
	// (An area of the clause yields only to the headline's place or the
	// one town the story names: a town of the sentence before or of a
	// source is no reason to narrow "flooding hit areas along the Tumen
	// River".)
	if i := d.nearestPlace(s, trig, func(p placeRef) bool { return plain(p) && inClause(p) }); i >= 0 {
		h, whose := d.headlinePlace(), "the headline's place"
		if h < 0 {
			h, whose = d.onlyPlace(s.para), "the story's one place"
		}
		if h >= 0 && d.places[h].pm.Resolved && d.places[h].pm.Place.Precision != pipeline.GeoRegion &&
			d.places[h].pm.Place.Precision != pipeline.GeoCountry && within(d.places[h].pm.Place, d.places[i].pm.Place) {
			return d.placeLinkFrom(h, placeRegion, whose+", inside "+d.places[i].pm.Text+" named in the clause of "+q())
		}
		return d.placeLinkFrom(i, placeRegion, "an area named in the clause of "+q())
	}
	if i := d.nearestPlace(s, trig, own); i >= 0 {
		// An area named outside the trigger's clause ("… an order to root
		// out phones in border areas") is where the story's place lies,
		// when the rules below find one inside it.
		if l := d.placeBeyondSentence(s, si, trig, typ, isSource); l.level < placeCountry && l.place.Precision != pipeline.GeoRegion &&
			l.place.Precision != pipeline.GeoCountry && within(l.place, d.places[i].pm.Place) {
			l.why += ", inside " + d.places[i].pm.Text + " named in the sentence"
			return l
		}
		return d.placeLinkFrom(i, placeRegion, "an area named in the sentence of "+q())
	}
	l := d.placeBeyondSentence(s, si, trig, typ, isSource)
	// A meeting or an order of a state's body that neither its sentence
	// nor its paragraph places ("South Korea's National Security Council
	// held an emergency meeting", "the Ministry of State Security issued a
	// directive") is its government's act: at the state's capital when the
	// document names it, else at the country — not where the report was
	// filed or its source sits.
	if (typ == "meeting" || typ == "order") && l.level > placePrevious {
		if b, ok := d.bodyPlace(s, trig, inClause, q()); ok {
			return b
		}
	}
	return l
}

// speakerBefore returns the nearest country's possessive before a body
// ("South Korea's intelligence service", "China's foreign ministry") in
// the trigger's clause, before the trigger, or -1.
func (d *docCtx) speakerBefore(s *sent, trig pipeline.Span, inClause func(placeRef) bool) int {
	return d.nearestPlace(s, trig, func(p placeRef) bool { return p.speaker && inClause(p) && p.pm.Start < trig.Start })
}

// institutions are the bodies of a state that act from its capital.
var institutions = map[string]bool{
	"council": true, "ministry": true, "committee": true, "cabinet": true, "government": true,
	"parliament": true, "assembly": true, "command": true, "staff": true, "agency": true, "office": true,
	"commission": true, "politburo": true, "bureau": true, "department": true, "service": true,
}

// bodyPlace places the act of a state's body named before the trigger in
// its clause — a country's possessive ("South Korea's National Security
// Council") or a body known to speak for one state (bodyCountry) — at
// that state's capital when the document names it, else at the country.
func (d *docCtx) bodyPlace(s *sent, trig pipeline.Span, inClause func(placeRef) bool, trigger string) (placeLink, bool) {
	cc := ""
	if i := d.speakerBefore(s, trig, inClause); i >= 0 {
		// an institution, not a person who travels ("North Korea's leader
		// met Putin at the cosmodrome")
		for k := s.tokenAt(d.places[i].pm.End); k < len(s.toks) && s.toks[k].start < trig.Start; k++ {
			if institutions[s.toks[k].low] {
				cc = d.places[i].pm.Place.Country
				break
			}
		}
	} else {
		cc = bodyCountry(s, trig)
	}
	if cc == "" {
		return placeLink{}, false
	}
	if j := d.capitalOf(cc); j >= 0 {
		return d.placeLinkFrom(j, placeCountry, "the capital of the state whose body "+trigger), true
	}
	if j := d.countryOf(cc); j >= 0 {
		return d.placeLinkFrom(j, placeCountry, "the state whose body "+trigger), true
	}
	return placeLink{}, false
}

// publishes reports a trigger of putting out a statement or report
// ("released", "issued", "published", "briefed").
func publishes(trigger string) bool {
	t := strings.ToLower(trigger)
	return strings.Contains(t, "releas") || strings.Contains(t, "issu") || strings.Contains(t, "publish") || strings.Contains(t, "brief")
}

// launches reports a trigger that fires or launches something ("fired a
// ballistic missile", "launched", "test-fired").
func launches(trigger string) bool {
	w, _, _ := strings.Cut(strings.ToLower(trigger), " ")
	switch w {
	case "fired", "fires", "fire", "firing", "launched", "launches", "launch", "launching", "test", "tested", "testing":
		return true
	}
	return strings.HasPrefix(w, "test-fire")
}

// arrival reports a trigger of arriving ("arrived in South Korea", "reached
// the South").
func arrival(trigger string) bool {
	t := strings.ToLower(trigger)
	return strings.Contains(t, "arriv") || strings.Contains(t, "reach") || strings.Contains(t, "enter") || strings.Contains(t, "made it") || strings.Contains(t, "landed")
}

// arrives reports a trigger of coming in ("crossed into", "flew",
// "arrived", "entered").
func arrives(trigger string) bool {
	t := strings.ToLower(trigger)
	return strings.Contains(t, "crossed into") || strings.Contains(t, "flew") || strings.Contains(t, "arrived") || strings.Contains(t, "entered")
}

// within reports whether place p lies inside vague area r: within its
// uncertainty radius of its point.
func within(p, r pipeline.Place) bool {
	return r.UncertaintyKM > 0 && haversineKM(p.Lat, p.Lon, r.Lat, r.Lon) <= r.UncertaintyKM
}

// haversineKM is the great-circle distance in kilometres.
func haversineKM(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dl, dn := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dl/2)*math.Sin(dl/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dn/2)*math.Sin(dn/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// placeBeyondSentence applies the rules of linkPlace that look past the
// event's sentence (6b to 12), for an event its sentence does not place.
func (d *docCtx) placeBeyondSentence(s *sent, si int, trig pipeline.Span, typ string, isSource func(placeRef) bool) placeLink {
	// 6b. The place of a dateline opening the sentence, in the document's
	// own country, when the headline names no place: state media file from
	// where things happen ("Pyongyang, March 2 (KCNA) -- The plenary
	// meeting … was held …"), but a wire story filed in Seoul about
	// Chongjin says so in its headline.
	// A statement in a digest of items under datelines of their own
	// ("Pyongyang, August 18 (KCNA) -- A spokesperson … issued a press
	// statement …" after "Pyongyang, August 14 (KCNA) -- …") is made where
	// its item was filed, whatever the headline names; the digest's other
	// events keep the headline's place (a digest headlined with one town is
	// about that town).
	if i := d.datelineHere(s); i >= 0 && (d.headlinePlace() < 0 || typ == "statement" && d.digest()) {
		return d.placeLinkFrom(i, placeHeadline, "the place of the sentence's dateline, in the document's country")
	}
	// 6c. A meeting of a governing body of the document's main country
	// met in its capital ("The presidential office convened a meeting of
	// the National Security Council on Sunday"), not in the town the story
	// is about — unless that country is North Korea, whose reports name
	// other states' councils ("President Yoon convened the National
	// Security Council"); the North's Politburo meets where its text says.
	if cc := d.focusCountry(); cc != "" && cc != "KP" && typ == "meeting" && governingBody(s, s.Span) {
		why := "no place near the trigger; the capital of the document's main country, where its governing body met"
		if l, ok := d.capitalLink(cc, why, ""); ok {
			if l.at < 0 {
				l.why = why + " (the text does not name the capital)"
			}
			l.level = placeCountry
			return l
		}
	}
	// 6d. Talks held where their visitor travelled to before them
	// ("Belousov flew to Pyongyang and held talks with Kim on Nov. 29",
	// "came to Khasan before continuing to Vladivostok … held talks": the
	// last goal) — not talks told as over ("flew to Beijing after meeting
	// Kim", "had met") — or, when the sentence names no place and tells an
	// arrival, in the sentence before it in the paragraph ("… a visit to
	// Seoul by Blinken. Blinken flew in on Sunday and held talks …").
	if typ == "meeting" && !talksOver(s, s.tokenAt(trig.Start)) {
		last := -1
		for _, i := range s.places {
			if p := d.places[i]; p.pm.Resolved && p.role == roleDirection && p.pm.End <= trig.Start && d.travelledTo(s, p) {
				last = i
			}
		}
		if last >= 0 {
			return d.placeLinkFrom(last, placeDirection, "where the visitor of "+strconv.Quote(d.text[trig.Start:trig.End])+" travelled to")
		}
		if si > 0 && d.sents[si-1].para == s.para && len(s.places) == 0 && arrivalBefore(s, s.tokenAt(trig.Start)) {
			o := d.sents[si-1]
			for k := len(o.places) - 1; k >= 0; k-- {
				if p := d.places[o.places[k]]; p.pm.Resolved && p.role == roleDirection && d.travelledTo(o, p) {
					return d.placeLinkFrom(o.places[k], placePrevious, fmt.Sprintf("where the visitor travelled to (sentence %d)", o.idx))
				}
			}
		}
	}
	// 7. An earlier sentence of the same paragraph: a place it names, or
	// the place its "the city" refers to.
	for o := si - 1; o >= 0 && d.sents[o].para == s.para; o-- {
		os := d.sents[o]
		for _, i := range os.places {
			if p := d.places[i]; p.pm.Resolved && p.role == roleNormal && !p.metonym && !isRegion(p) {
				return d.placeLinkFrom(d.refine(i), placePrevious, fmt.Sprintf("named in an earlier sentence of the paragraph (sentence %d)", os.idx))
			}
		}
		for _, cl := range os.clauses() {
			if i, w := d.anaphor(os, cl); i >= 0 {
				return d.placeLinkFrom(i, placePrevious, fmt.Sprintf("%q in an earlier sentence of the paragraph (sentence %d) refers back to %s", w, os.idx, d.places[i].pm.Text))
			}
		}
	}
	// 7a. A first-person account goes on where its teller last was, across
	// paragraphs ("… I arrived at Kwalliso No. 15 in Yodok County. ¶ In the
	// spring of 2017, the guards assembled all the prisoners in our
	// section"): the latest town or county a first-person sentence of the
	// two paragraphs before named.
	if firstPerson(s) && !strings.Contains(d.text[s.Start:s.End], "hometown") && !strings.Contains(d.text[s.Start:s.End], "home town") {
		for o := si - 1; o >= 0 && d.sents[o].para >= s.para-2; o-- {
			os := d.sents[o]
			for k := len(os.places) - 1; k >= 0; k-- {
				i := os.places[k]
				if p := d.places[i]; p.pm.Resolved && !p.metonym && !isRegion(p) && p.pm.Place.Precision != pipeline.GeoCountry &&
					p.pm.Place.Precision != pipeline.GeoAdmin1 && tellerAt(os, os.tokenAt(p.pm.Start)) {
					return d.placeLinkFrom(i, placePrevious, fmt.Sprintf("where the teller of the account last was (sentence %d)", os.idx))
				}
			}
		}
	}
	// 7b. A statement in a digest: the dateline of the item it is in.
	if typ == "statement" && d.digest() {
		for o := si - 1; o >= 0 && d.sents[o].para == s.para; o-- {
			if i := d.datelineHere(d.sents[o]); i >= 0 {
				return d.placeLinkFrom(i, placeHeadline, fmt.Sprintf("the place of the dateline of the digest's item (sentence %d)", d.sents[o].idx))
			}
		}
	}
	// 8. Where the reporting source sat in an earlier sentence.
	for o := si - 1; o >= 0; o-- {
		for k := len(d.sents[o].places) - 1; k >= 0; k-- {
			if i := d.sents[o].places[k]; isSource(d.places[i]) {
				return d.sourceLink(i, fmt.Sprintf("where the reporting source sits (sentence %d)", d.sents[o].idx))
			}
		}
	}
	// 9. The goal or origin of a movement named in the sentence.
	// (not a visiting delegation's home: "received a delegation from Russia")
	if i := d.nearestPlace(s, trig, func(p placeRef) bool {
		return p.pm.Resolved && p.role == roleDirection && !(typ == "meeting" && d.visitorsFrom(s, p))
	}); i >= 0 {
		return d.placeLinkFrom(i, placeDirection, "the only place of the sentence is where something moved to or from")
	}
	// 10. The place the headline names: the story's place.
	if i := d.headlinePlace(); i >= 0 {
		return d.placeLinkFrom(i, placeHeadline, "no place near the trigger; the place the headline names")
	}
	// 10c. A North Korean dateline, in the document's main country: an
	// event the text places nowhere happened where the report was filed
	// ("Pyongyang, December 31 (KCNA) --" over "The plenary meeting was
	// held at the office building of the Central Committee"): state media
	// report their own country's doings from there. A wire story filed in
	// Seoul or Beijing tells of a whole country from its capital (a review
	// found "Chinese police arrested 20 defectors" put in Beijing). It
	// ranks as the country does, so an event the text neither dates nor
	// places stays out as before.
	kpDateline := -1
	if i := d.firstDateline(); i >= 0 && d.focus >= 0 && d.places[i].pm.Place.Country == "KP" &&
		d.places[i].pm.Place.Country == d.places[d.focus].pm.Place.Country && d.places[i].pm.Place.Precision != pipeline.GeoCountry {
		kpDateline = i
	}
	// 10b. The one place the whole story is about — before such a
	// dateline not when the sentence naming it tells another day than the
	// event's ("Pyongyang, December 31 (KCNA)": not the launch site of
	// November 21 a plenum's report recalls, for the plenum's December 29).
	if i := d.onlyPlace(s.para); i >= 0 && (kpDateline < 0 || !d.otherDay(i)) {
		return d.placeLinkFrom(i, placeHeadline, "no place near the trigger; the only place the document names below its country")
	}
	if kpDateline >= 0 {
		return d.placeLinkFrom(kpDateline, placeCountry, "no place near the trigger; the document's North Korean dateline")
	}
	// 11. The document's main country.
	if d.focus >= 0 {
		return d.placeLinkFrom(d.focus, placeCountry, "no place near the trigger; the document's main country")
	}
	// 12. The dateline's place, when the document names no other: the
	// report was filed where it happened ("Pyongyang, July 3 (KCNA) -- A
	// meeting was held …").
	if i := d.datelineOnly(); i >= 0 {
		return d.placeLinkFrom(i, placeCountry, "the document names no place but its dateline's")
	}
	return placeLink{level: placeNone}
}

// sourceLink places an event where the reporting source of place i sits —
// or, when that is a province and the headline names a town inside it
// ("Two smugglers executed in Hoeryong" with "a source in North Hamgyong
// Province"), at that town: the source's province only says where the
// source lives, the headline where the story is.
func (d *docCtx) sourceLink(i int, why string) placeLink {
	// "a resident of Kimchaek in North Hamgyong province": the town
	i = d.refine(i)
	src := d.places[i].pm.Place
	if src.Precision == pipeline.GeoAdmin1 {
		if h := d.headlinePlace(); h >= 0 && d.places[h].pm.Place.Precision != pipeline.GeoAdmin1 && containsPlace(src, d.places[h].pm.Place) {
			return d.placeLinkFrom(h, placeSource, why+", in the headline's "+d.places[h].pm.Text)
		}
	}
	return d.placeLinkFrom(i, placeSource, why)
}

// tellingTrigger reports a statement trigger (lower-cased) that tells an
// audience or confirms: "told lawmakers", "briefed lawmakers", "confirmed
// that". It is placed as a verb of saying is.
func tellingTrigger(w string) bool {
	return strings.HasPrefix(w, "told ") || strings.HasPrefix(w, "briefed ") || strings.HasPrefix(w, "confirm")
}

// datelineOf returns the place of a dateline opening s, or -1.
func (d *docCtx) datelineOf(s *sent) int {
	e := d.datelineEnd(s)
	if e < 0 {
		return -1
	}
	for _, i := range s.places {
		if p := d.places[i]; p.pm.End <= e && p.pm.Resolved && d.isDatelinePlace(s, p.pm.Span) {
			return i
		}
	}
	return -1
}

// datelineHere returns the place of a dateline opening s when it lies in
// the document's main country (or the document has none), else -1.
func (d *docCtx) datelineHere(s *sent) int {
	e := d.datelineEnd(s)
	if e < 0 {
		return -1
	}
	for _, i := range s.places {
		p := d.places[i]
		if p.pm.End > e {
			break
		}
		if !p.pm.Resolved || !d.isDatelinePlace(s, p.pm.Span) {
			continue
		}
		if d.focus >= 0 && d.places[d.focus].pm.Place.Country != p.pm.Place.Country {
			return -1
		}
		return i
	}
	return -1
}

// saidAt reports a place after "in", "at", "near", or a visit's "to"
// ("during a visit to Wonsan", "at the UN General Assembly in New York"):
// where a statement may have been made, not what it is about ("accused
// South Korea of flying drones over Pyongyang").
func saidAt(s *sent, p placeRef) bool {
	k := s.tokenAt(p.pm.Start) - 1
	if k >= 1 && (s.toks[k].low == "the" || s.toks[k].low == "a") {
		k--
	}
	if k < 0 {
		return false
	}
	switch s.toks[k].low {
	case "in", "at", "near":
		return true
	case "to":
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch s.toks[j].low {
			case "visit", "trip", "tour", "travelled", "traveled", "journey":
				return true
			}
		}
	}
	return false
}

// venuePlace returns the place of the occasion of the statement at trig,
// named after its verb or in the phrase opening its sentence (see
// statementVenue), or -1.
func (d *docCtx) venuePlace(s *sent, trig pipeline.Span) int {
	k := s.tokenAt(trig.Start)
	lo, hi := statementVenue(d.text, s.toks, k)
	if i := ledeStart(d.text, s.toks); hi == lo && i < k {
		if v := skipVenue(d.text, s.toks, i); v > i {
			lo, hi = s.toks[i].start, s.toks[v-1].end
		}
	}
	if hi == lo {
		// "condemned the launch two days later in a statement issued in
		// New York": the statement named later in the verb's clause
		for j := k + 1; j+2 < len(s.toks) && j <= k+12 && !hardBreak(d.text[s.toks[j-1].end:s.toks[j].start]); j++ {
			if s.toks[j].low == "in" && (s.toks[j+1].low == "a" || s.toks[j+1].low == "an") && statementNouns[s.toks[j+2].low] {
				if e := skipOccasion(d.text, s.toks, j); e > j+3 {
					lo, hi = s.toks[j].start, s.toks[e-1].end
				}
				break
			}
		}
	}
	if hi == lo {
		return -1
	}
	return d.nearestPlace(s, trig, func(p placeRef) bool {
		return p.pm.Resolved && p.role != roleModifier && p.pm.Start >= lo && p.pm.End <= hi && !isRegion(p)
	})
}

// aheadInClause returns the first usable date of the clause that ends
// after dct, or -1.
func (d *docCtx) aheadInClause(s *sent, clause pipeline.Span, dct pipeline.Date) int {
	for _, di := range s.dates {
		m := &d.dates[di]
		if m.Span.Start >= clause.Start && m.Span.Start < clause.End && !s.attr[di] && m.Interval.Known() && dct.Before(m.Interval.End) &&
			d.dateClass(s, di) <= classEndpoint {
			return di
		}
	}
	return -1
}

// dayAfterSaying returns the date mention right after the verb of saying
// at trig, its audience, occasion and place ("told reporters in Seoul on
// Tuesday"), or -1.
func (d *docCtx) dayAfterSaying(s *sent, trig pipeline.Span) int {
	k := s.tokenAt(trig.Start)
	if k >= len(s.toks) || !saidVerbs[s.toks[k].low] && s.toks[k].low != "told" {
		return -1
	}
	_, j := occasionAfter(d.text, s.toks, k)
	if j < len(s.toks) && s.toks[j].low == "on" {
		j++
	}
	if j >= len(s.toks) {
		return -1
	}
	for _, di := range s.dates {
		if d.dates[di].Span.Start == s.toks[j].start && d.dateClass(s, di) <= classNoYear {
			return di
		}
	}
	return -1
}

// whenClauseDay returns the day of s that ends right before the comma and
// "when" opening clause ("since Friday, when …", "on March 3, when …"; not
// a month, whose "when" clause tells a part of what it dated), or -1.
func (d *docCtx) whenClauseDay(s *sent, clause pipeline.Span) int {
	k := s.tokenAt(clause.Start)
	if k < 1 || k >= len(s.toks) || s.toks[k].low != "when" || !s.toks[k].comma {
		return -1
	}
	for _, di := range s.dates {
		m := &d.dates[di]
		if m.Span.End == s.toks[k-1].end && d.dateClass(s, di) == classGood && !s.attr[di] && m.Interval.Days() == 1 {
			return di
		}
	}
	return -1
}

// digest reports whether two or more sentences of the document open with
// a dateline of the same outlet ("Pyongyang, August 18 (KCNA) --"): a
// digest of wire items, not a story quoting another outlet's dispatch. It
// is computed once a document.
func (d *docCtx) digest() bool {
	if d.digestN == 0 {
		d.digestN = 1
		first, seen := "", false
		for _, s := range d.sents {
			e := d.datelineEnd(s)
			if e < 0 {
				continue
			}
			agency := datelineAgency(d.text[s.Start:e])
			if seen && agency == first {
				d.digestN = 2
				break
			}
			if !seen {
				first, seen = agency, true
			}
		}
	}
	return d.digestN == 2
}

// datelineAgency returns the outlet in brackets closing a dateline
// ("KCNA" of "Pyongyang, August 18 (KCNA)"), lower-cased, or "".
func datelineAgency(head string) string {
	head = strings.TrimRight(head, " \u00a0")
	if !strings.HasSuffix(head, ")") {
		return ""
	}
	if open := strings.LastIndexByte(head, '('); open >= 0 {
		return strings.ToLower(head[open+1 : len(head)-1])
	}
	return ""
}

// orgNouns name organisations a place can be the seat of ("a Seoul-based
// outlet").
var orgNouns = map[string]bool{
	"outlet": true, "outlets": true, "group": true, "groups": true, "organization": true, "organisation": true,
	"ngo": true, "newspaper": true, "website": true, "site": true, "agency": true, "company": true, "firm": true,
	"institute": true, "center": true, "centre": true, "media": true, "broadcaster": true, "radio": true,
	"tank": true, "monitor": true, "service": true, "daily": true, "publication": true, "network": true,
}

// orgAfter reports whether one of the three words from token k of s (past
// "based" and an adjective: "a Seoul-based news outlet") names an
// organisation.
func orgAfter(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j < k+4; j++ {
		if orgNouns[s.toks[j].low] {
			return true
		}
	}
	return false
}

// namedAfter reports a capitalized name right after "based" at token k
// ("the Seoul-based Korea Refugee Rights Network", "Seoul-based Daily
// NK"): an organisation's name.
func namedAfter(s *sent, k int) bool {
	return k+1 < len(s.toks) && s.toks[k].low == "based" && isCapitalized(s.toks[k+1])
}

// bodyNouns name bodies that act or speak for a country.
var bodyNouns = map[string]bool{
	"military": true, "army": true, "navy": true, "ministry": true, "government": true, "authorities": true,
	"media": true, "agency": true, "intelligence": true, "officials": true, "leader": true, "police": true,
	"regime": true, "embassy": true, "president": true, "chiefs": true, "forces": true, "guards": true,
	"troops": true, "soldiers": true, "envoy": true, "delegation": true, "parliament": true, "cabinet": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "diplomats": true,
	"staff": true, "command": true, "committee": true, "council": true, "commission": true, "office": true,
}

// bodyAfter reports whether token k of s (or the one after it, past an
// adjective) names a body that acts or speaks ("the military", "top
// officials").
func bodyAfter(s *sent, k int) bool {
	return bodyNouns[s.toks[k].low] || k+1 < len(s.toks) && bodyNouns[s.toks[k+1].low] || namedBodyAfter(s, k)
}

// namedBodyAfter reports a ruling party or a named body from token k ("China's
// ruling Communist Party", "North Korea's Workers' Party", "South Korea's
// National Security Council", "North Korea's Korean People's Army General
// Staff"): "ruling" or capitalized words (and possessives) up to "Party"
// or a body noun, within six words.
func namedBodyAfter(s *sent, k int) bool {
	for j := k; j < len(s.toks) && j < k+6; j++ {
		t := s.toks[j]
		if t.low == "party" && (isCapitalized(t) || j > k && s.toks[j-1].low == "ruling") {
			return true
		}
		if j > k && isCapitalized(t) && bodyNouns[t.low] {
			return true
		}
		if t.low != "ruling" && !isCapitalized(t) && !(t.low == "s" && j > k) { // ("Korean People's Army")
			return false
		}
	}
	return false
}

// stateOrgs head organisation names after a place ("U.S. Forces Korea",
// "China Coast Guard"), besides orgHeads.
var stateOrgs = map[string]bool{"forces": true, "embassy": true, "consulate": true, "navy": true, "coast": true, "government": true}

// stateBodies are the bodyNouns that speak for a state, not a city
// ("Seoul's military", not "Seoul's police" or "Seoul's city council").
var stateBodies = map[string]bool{
	"military": true, "army": true, "navy": true, "ministry": true, "government": true, "intelligence": true,
	"regime": true, "embassy": true, "president": true, "chiefs": true, "forces": true, "troops": true,
	"soldiers": true, "envoy": true, "delegation": true, "parliament": true, "cabinet": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "diplomats": true, "leader": true, "staff": true,
}

// stateBodyAfter reports whether token k of s (or the one after it, past an
// adjective: "Seoul's foreign ministry") names a body of the state.
func stateBodyAfter(s *sent, k int) bool {
	return stateBodies[s.toks[k].low] || k+1 < len(s.toks) && stateBodies[s.toks[k+1].low]
}

// Verbs that send people somewhere.
var sendVerbs = map[string]bool{
	"send": true, "sends": true, "sent": true, "sending": true, "dispatch": true, "dispatched": true,
	"dispatches": true, "dispatching": true, "deploy": true, "deployed": true, "deploys": true, "deploying": true,
	"shipped": true, "transported": true, "airlifted": true, "ferried": true,
}

// sendsTo reports whether the trigger at trig is what a verb of sending
// in clause of s sends: the verb is the trigger's own, or stands a few
// words before it ("dispatched an inspection team to Nampho") or, in the
// passive, right after it ("troops were shipped to Vladivostok"). A
// sending told as a reason or a means ("arrested for sending defectors to
// Seoul") does not move the event.
func sendsTo(s *sent, clause, trig pipeline.Span) bool {
	t0 := s.tokenAt(trig.Start)
	for k := s.tokenAt(clause.Start); k < len(s.toks) && s.toks[k].start < clause.End; k++ {
		t := s.toks[k]
		if !s.v.is(t, flagSend) || k > 0 && (s.toks[k-1].low == "for" || s.toks[k-1].low == "by" || s.toks[k-1].low == "of") {
			continue
		}
		passive := k >= 2 && k-t0 <= 3 && t.start >= trig.End && (s.toks[k-1].low == "were" || s.toks[k-1].low == "was" || s.toks[k-1].low == "been")
		if t.start >= trig.Start && t.start < trig.End || t.end <= trig.Start && t0-k <= 6 || passive {
			return true
		}
	}
	return false
}

// sentTo reports a verb of sending in s ("sent agents to Musan"): the
// body that sent acts where it sent them, not at home.
func sentTo(s *sent) bool {
	for _, t := range s.toks {
		if s.v.is(t, flagSend) {
			return true
		}
	}
	return false
}

// Relative pronouns that open a clause about the noun before them.
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "where": true}

// placeClauseOf reports whether offset off lies in a clause of s other
// than own that opens with "where": what it dates happened at the place,
// not the event of own.
func placeClauseOf(s *sent, off int, own pipeline.Span) bool {
	cl := s.clauses()[s.clauseOf(off)]
	if cl == own {
		return false
	}
	k := s.tokenAt(cl.Start)
	return k < len(s.toks) && s.toks[k].low == "where"
}

// whereAntecedent returns the place a clause opening with "where" refers
// back to: the last place of the sentence before it, with at most an
// appositive between ("Kanggye, the provincial capital, where"); -1 when
// the clause opens otherwise, no place stands so close, or that place is
// unresolved or an origin.
func (d *docCtx) whereAntecedent(s *sent, clause pipeline.Span) int {
	if k := s.tokenAt(clause.Start); k >= len(s.toks) || s.toks[k].low != "where" {
		return -1
	}
	best := -1
	for _, i := range s.places {
		if d.places[i].pm.End <= clause.Start {
			best = i
		}
	}
	// (the nearest mention, resolved or not; not an origin: "arrived in
	// Vladivostok from Pyongyang …, where he held talks")
	if best < 0 || clause.Start-d.places[best].pm.End > 40 {
		return -1
	}
	if p := d.places[best]; !p.pm.Resolved || p.metonym || d.placeAfter(s, p, "from") {
		return -1
	}
	return d.refine(best)
}

// relativeClause reports whether clause opens with a relative pronoun.
func relativeClause(s *sent, clause pipeline.Span) bool {
	k := s.tokenAt(clause.Start)
	return k < len(s.toks) && relativePronouns[s.toks[k].low]
}

// nearestPlace returns the place of s accepted by ok nearest to trig (the
// earlier on a tie), moved to the head of a coordination and out of a
// parenthetical parent; -1 when none.
func (d *docCtx) nearestPlace(s *sent, trig pipeline.Span, ok func(placeRef) bool) int {
	best, bestDist := -1, 0
	for _, i := range s.places {
		if !ok(d.places[i]) || d.topicSpan.has(d.places[i].pm.Start) {
			continue
		}
		dist := spanDistance(d.places[i].pm.Span, trig)
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return -1
	}
	return d.refine(best)
}

// refine moves from the later item of a coordination ("Hamhung and
// Sunchon") to the first, and from a parenthetical parent ("Dandong
// (Liaoning Province, China)") to the place it qualifies.
func (d *docCtx) refine(i int) int {
	for step := 0; step < 8; step++ {
		p := d.places[i]
		if j := d.qualified(i); j >= 0 {
			i = j
			continue
		}
		if i == 0 || d.places[i-1].sent != p.sent || p.sent < 0 {
			return i
		}
		prev := d.places[i-1]
		if prev.pm.End > p.pm.Start {
			return i
		}
		sep := placeSeparator(d.between(prev.pm.End, p.pm.Start))
		if apposition(sep) {
			sep = ","
		}
		switch sep {
		case "in", ",":
			// "Hyesan in Ryanggang Province", "Hyesan, Ryanggang": the
			// wider place locates the narrower one.
			if prev.pm.Resolved && p.pm.Resolved && (containsPlace(p.pm.Place, prev.pm.Place) || countyHolds(p.pm.Place, prev.pm.Place)) && p.pm.Place.Precision != prev.pm.Place.Precision {
				i--
				continue
			}
			if sep == "in" {
				return i
			}
			if prev.role != p.role || !prev.pm.Resolved || prev.metonym != p.metonym {
				return i
			}
			i--
		case "and", "or", ", and", ", or", "and the", "or the", ", and the", ", or the":
			// ("South Korea and the United States began drills")
			if prev.role != p.role || !prev.pm.Resolved || prev.metonym != p.metonym {
				return i
			}
			i--
		default:
			return i
		}
	}
	return i
}

// countyHolds reports whether p, a second-level unit (a county, a Chinese
// prefecture), may hold town q: the same country and province ("Yanji, the
// capital of the Yanbian Korean Autonomous Prefecture"). The gazetteer has
// no finer hierarchy; only a town written next to the unit is asked about.
func countyHolds(p, q pipeline.Place) bool {
	return p.Precision == pipeline.GeoAdmin2 && (q.Precision == pipeline.GeoCity || q.Precision == pipeline.GeoPoint) &&
		p.Country != "" && p.Country == q.Country && p.Admin1 != "" && strings.EqualFold(p.Admin1, q.Admin1)
}

// placeSeparator returns the words between two place mentions, trimmed and
// without the end of a hyphenated name the first mention left out
// ("Kimjongsuk-gun, Yanggang-do" → ",").
func placeSeparator(between string) string {
	if strings.HasPrefix(between, "-") {
		between = strings.TrimLeftFunc(between[1:], unicode.IsLetter)
	}
	return strings.TrimSpace(between)
}

// Words of an apposition that places a town in a wider unit: "Pyongsong,
// the capital of South Pyongan Province", "Hyesan, a border city in".
var appositionWords = map[string]bool{
	"the": true, "a": true, "an": true, "capital": true, "city": true, "town": true, "county": true,
	"village": true, "provincial": true, "seat": true, "port": true, "border": true, "main": true,
	"largest": true, "second": true, "third": true, "biggest": true, "mining": true, "industrial": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "northeastern": true,
	"northwestern": true, "southeastern": true, "southwestern": true, "coastal": true, "small": true,
	"district": true, "area": true, "region": true, "of": true, "in": true,
}

// apposition reports whether sep, the words between two places, is an
// apposition ending in "of" or "in": ", the capital of", ", a mining town in".
func apposition(sep string) bool {
	rest, ok := strings.CutPrefix(sep, ",")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if n := len(words); n > 0 && strings.EqualFold(words[n-1], "the") {
		words = words[:n-1] // ", the capital of the Yanbian … Prefecture"
	}
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	if last := words[len(words)-1]; last != "of" && last != "in" {
		return false
	}
	for _, w := range words {
		if !appositionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// qualified returns the place that place i qualifies in brackets right after
// it ("Dandong (Liaoning Province, China)"), or -1.
func (d *docCtx) qualified(i int) int {
	p := d.places[i]
	if p.sent < 0 {
		return -1
	}
	s := d.sents[p.sent]
	before := d.text[s.Start:p.pm.Start]
	open := strings.LastIndexAny(before, "([")
	if open < 0 || strings.ContainsAny(before[open:], ")]") {
		return -1
	}
	open += s.Start
	for j := i - 1; j >= 0 && d.places[j].sent == p.sent; j-- {
		q := d.places[j]
		if q.pm.End <= open {
			if q.pm.Resolved && strings.TrimSpace(d.between(q.pm.End, open)) == "" {
				return j
			}
			return -1
		}
	}
	return -1
}

// unOrgans are the bodies of the United Nations whose acts the press
// reports, by their words, with the seat they sit at (SeatCities).
var unOrgans = []struct {
	words []string
	seat  string
}{
	{[]string{"security", "council"}, "New York City"},
	{[]string{"general", "assembly"}, "New York City"},
	{[]string{"third", "committee"}, "New York City"},
	{[]string{"human", "rights", "council"}, "Geneva"},
}

// organSeat places an act of a body of the United Nations at the body's
// seat: the body acting in the clause of trig — before the trigger, not
// after a preposition ("to the Security Council", "a resolution of the
// General Assembly"), or after "by" ("was adopted by the Security
// Council"); not the "National Security Council" of a state —, a
// resolution of the body voted on ("Russia vetoed a U.N. Security Council
// resolution") or a Security Council resolution by its number
// ("Resolution 2397 was adopted on Dec. 22") adopted, passed or vetoed.
func (d *docCtx) organSeat(s *sent, clause, trig pipeline.Span) (placeLink, bool) {
	if len(d.seats) == 0 {
		return placeLink{}, false
	}
	k0, kt := s.tokenAt(clause.Start), s.tokenAt(trig.End-1)
	voted := votedBefore(s, s.tokenAt(trig.Start), kt+1) // the trigger is a vote
	for k := k0; k < len(s.toks) && s.toks[k].end <= clause.End; k++ {
		seat, n := organAt(s, k)
		if seat != "" && !d.unOrganAt(s, k, n) {
			continue
		}
		if seat == "" && voted && s.toks[k].low == "resolution" && k+1 < len(s.toks) && len(s.toks[k+1].low) >= 3 && len(s.toks[k+1].low) <= 4 {
			if _, ok := atoi(s.toks[k+1].low); ok {
				seat, n = "New York City", 2
			}
		}
		if seat == "" {
			continue
		}
		b := k - 1
		for b >= k0 && (s.toks[b].low == "the" || unWord(s.toks[b].low)) {
			b--
		}
		acting := false
		switch {
		case b >= k0 && (s.toks[b].low == "in" || s.toks[b].low == "at") && strings.Contains(strings.ToLower(d.text[trig.Start:trig.End]), "veto"):
			acting = true // "Russia cast a veto in the Security Council on Thursday": cast there
		case n == 2 && s.toks[k].low == "resolution":
			acting = true
		case k+n < len(s.toks) && s.toks[k+n].low == "resolution" && votedBefore(s, k0, k):
			acting = true // "Russia vetoed a U.N. Security Council resolution that would have …": voted at the Council
		case k < kt:
			// the trigger's subject (see subjectOf), not after a
			// preposition ("a resolution of the General Assembly")
			acting = (b < k0 || !prepositions[s.toks[b].low]) && d.subjectOf(s, k+n, s.tokenAt(trig.Start))
		default:
			acting = b >= k0 && b > kt && s.toks[b].low == "by"
		}
		if !acting {
			continue
		}
		p, ok := d.seats[seat]
		if !ok {
			return placeLink{}, false
		}
		why := fmt.Sprintf("the seat of the %s, which acts in the clause", d.text[s.toks[k].start:s.toks[k+n-1].end])
		for i, q := range d.places {
			if q.pm.Resolved && q.pm.Place.ID == p.ID {
				return d.placeLinkFrom(i, placeMetonym, why), true // as the text names it
			}
		}
		return placeLink{at: -1, level: placeMetonym, place: p, why: why}, true
	}
	return placeLink{}, false
}

// holdsSeat reports a place (a first-level unit: the caller checks) named
// as the seat city it holds is ("New York", the state, for the Security
// Council's seat, New York City): the text names the seat.
func holdsSeat(p, seat pipeline.Place) bool {
	return p.Country == seat.Country && p.Admin1 == seat.Admin1 && strings.HasPrefix(seat.Name, p.Name)
}

// stateForces are a state's armed and police forces after its possessive
// ("South Korea's military").
var stateForces = map[string]bool{
	"military": true, "army": true, "navy": true, "forces": true, "troops": true, "soldiers": true,
	"marines": true, "police": true, "coast": true, "border": true, "air": true,
}

// isLowerStart reports whether w starts with a lower-case ASCII letter, a
// word isCapitalized is false of.
func isLowerStart(w string) bool { return w != "" && 'a' <= w[0] && w[0] <= 'z' }

// unWord reports the words of "UN", "U.N." and "United Nations".
func unWord(w string) bool {
	return w == "un" || w == "u" || w == "n" || w == "united" || w == "nations"
}

// votedBefore reports a verb of voting among tokens lo to hi, hi
// excluded ("vetoed", "adopted", "passed", "voted").
func votedBefore(s *sent, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		w := s.toks[j].low
		if strings.HasPrefix(w, "veto") || strings.HasPrefix(w, "adopt") || strings.HasPrefix(w, "pass") || strings.HasPrefix(w, "vot") {
			return true
		}
	}
	return false
}

// subjectOf reports whether the words from token e to the trigger at t
// leave the words before e its subject: no comma and no word opening
// another clause among them ("the U.N. Security Council unanimously
// adopted a resolution on Monday capping …"; not "After the General
// Assembly passed the resolution on Monday, North Korea fired …", "The
// Human Rights Council heard that North Korea executed …").
func (d *docCtx) subjectOf(s *sent, e, t int) bool {
	for j := e; j <= t && j < len(s.toks); j++ {
		if s.toks[j].comma {
			return false
		}
		switch s.toks[j].low {
		case "that", "which", "who", "whether", "when", "while", "after", "before", "as":
			if j < t {
				return false
			}
		}
	}
	return true
}

// unOrganAt reports whether the n capitalized words at token k name the
// body of the United Nations itself: after "the" or "UN" ("the Security
// Council", "the U.N. General Assembly's Third Committee") — not a state's
// ("Russia's Security Council", "the National Security Council"), not a
// body of something else ("the General Assembly of the Presbyterian
// Church"), nor a word before a noun ("a former Security Council diplomat",
// "a Security Council delegation").
func (d *docCtx) unOrganAt(s *sent, k, n int) bool {
	named := false
	b := k - 1
	for ; b >= 0 && unWord(s.toks[b].low); b-- {
		named = true
	}
	if b >= 0 && s.toks[b].low == "the" {
		named = true
	} else if b >= 1 && s.toks[b].low == "s" && isApostrophe(d.text[s.toks[b-1].end:s.toks[b].start]) {
		return false // "Russia's Security Council"
	}
	if !named {
		return false
	}
	if e := k + n; e < len(s.toks) {
		switch s.toks[e].low {
		case "of", "diplomat", "diplomats", "delegation", "delegations", "member", "members", "ambassador",
			"ambassadors", "envoy", "envoys", "official", "officials", "secretary", "staff", "expert", "experts", "panel", "seat":
			return false
		}
	}
	return true
}

// Words that name a kind of place when used as "the city", "the province".
var anaphorNouns = map[string][]pipeline.GeoPrecision{
	"city":     {pipeline.GeoCity, pipeline.GeoPoint},
	"town":     {pipeline.GeoCity, pipeline.GeoPoint},
	"village":  {pipeline.GeoCity, pipeline.GeoPoint},
	"county":   {pipeline.GeoAdmin2},
	"province": {pipeline.GeoAdmin1},
	// "went to the flood-stricken area", "held at the site": the town or
	// county last named
	"area":  {pipeline.GeoCity, pipeline.GeoPoint, pipeline.GeoAdmin2},
	"site":  {pipeline.GeoCity, pipeline.GeoPoint, pipeline.GeoAdmin2},
	"scene": {pipeline.GeoCity, pipeline.GeoPoint, pipeline.GeoAdmin2},
}

// Words that may stand between "the" and an anaphoric "area", "site" or
// "scene" ("the flood-hit area", "the same site").
var anaphorModifiers = map[string]bool{
	"same": true, "affected": true, "damaged": true, "devastated": true, "flooded": true,
	"flood": true, "hit": true, "stricken": true, "disaster": true, "storm": true, "typhoon": true,
	"fire": true, "quake": true, "earthquake": true, "accident": true, "crash": true, "blast": true,
}

// areaNoun reports the nouns of a place referred back to that are no kind
// of unit ("the area", "the site", "the scene").
func areaNoun(w string) bool { return w == "area" || w == "site" || w == "scene" }

// Which determiners of a reporting source ("a source in the city told")
// anaphorAt reads.
const (
	anySource  = iota // all
	notSource         // all but a source's: where the source is, not the event
	onlySource        // a source's only
)

// anaphor finds "the (entire) city" in span and returns the last place of
// that kind named before it within the three previous paragraphs.
func (d *docCtx) anaphor(s *sent, span pipeline.Span) (int, string) {
	return d.anaphorAt(s, span, anySource)
}

// anaphorAt is anaphor reading the determiners after a reporting source
// ("…, a source in the province told Daily NK") as mode says.
func (d *docCtx) anaphorAt(s *sent, span pipeline.Span, mode int) (int, string) {
	// Only determiners inside span count: start at the first token there.
	first := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= span.Start })
	for k := first; k+1 < len(s.toks) && s.toks[k].start < span.End; k++ {
		det := s.toks[k].low
		if det != "the" && det != "this" && det != "that" {
			continue
		}
		j := k + 1
		if s.toks[j].low == "entire" || s.toks[j].low == "whole" {
			j++
		}
		for m := j; m+1 < len(s.toks) && m < j+2 && anaphorModifiers[s.toks[m].low]; m++ {
			if areaNoun(s.toks[m+1].low) {
				j = m + 1
				break
			}
		}
		// "the area near the western sea border" names its own place
		if j+1 < len(s.toks) && areaNoun(s.toks[j].low) {
			switch s.toks[j+1].low {
			case "near", "of", "around", "along", "between", "across", "close", "north", "south", "east", "west":
				continue
			}
		}
		if j >= len(s.toks) || s.toks[k].start < span.Start || s.toks[j].end > span.End {
			continue
		}
		precs, ok := anaphorNouns[s.toks[j].low]
		if !ok {
			continue
		}
		// "the city of Hyesan" names the place itself.
		if j+2 < len(s.toks) && s.toks[j+1].low == "of" {
			named := false
			for _, pi := range s.places {
				if d.places[pi].pm.Start == s.toks[j+2].start {
					named = true
				}
			}
			if named {
				continue
			}
		}
		if src := sourceBefore(s, k); src && mode == notSource || !src && mode == onlySource {
			continue
		}
		word := d.text[s.toks[k].start:s.toks[j].end]
		for i := len(d.places) - 1; i >= 0; i-- {
			p := d.places[i]
			if p.pm.Start >= s.toks[k].start || p.sent < 0 {
				continue
			}
			if d.sents[p.sent].para < s.para-3 {
				break
			}
			if !p.pm.Resolved {
				continue
			}
			if p.role == roleDirection && (d.visitorsFrom(d.sents[p.sent], p) || d.cameFrom(d.sents[p.sent], p)) {
				continue // "an inspection team from Pyongyang was in town. … stationed in the city": not where they came from
			}
			if areaNoun(s.toks[j].low) && (p.role != roleNormal || p.metonym || d.actorElsewhere(s, p.pm.Place.Country)) {
				// "the area" is no speaker's or source's town, nor one in
				// another country than the state acting ("North Korea
				// deployed troops to the area" after a reporter in Dandong)
				continue
			}
			for _, pr := range precs {
				if p.pm.Place.Precision == pr {
					return i, word
				}
			}
		}
	}
	return -1, ""
}

// metonymPlace handles capitals and countries used as subjects: the event is
// placed at the country (the document's own country first).
func (d *docCtx) metonymPlace(s *sent, in func(placeRef) bool) (placeLink, bool) {
	var ms []int
	for _, i := range s.places {
		if d.places[i].metonym && in(d.places[i]) {
			ms = append(ms, i)
		}
	}
	if len(ms) == 0 {
		return placeLink{}, false
	}
	pick := ms[0]
	focusCountry := ""
	if d.focus >= 0 {
		focusCountry = d.places[d.focus].pm.Place.Country
	}
	for _, i := range ms {
		if d.places[i].pm.Place.Country == focusCountry {
			pick = i
			break
		}
	}
	pm := d.places[pick].pm
	if pm.Place.Precision == pipeline.GeoCountry {
		return d.placeLinkFrom(pick, placeMetonym, fmt.Sprintf("%s is the subject of the sentence (its government acts)", pm.Text)), true
	}
	for i, p := range d.places {
		if p.pm.Resolved && p.pm.Place.Precision == pipeline.GeoCountry && p.pm.Place.Country == pm.Place.Country {
			return d.placeLinkFrom(i, placeMetonym, fmt.Sprintf("%s stands for the government of %s; placed at the country", pm.Text, p.pm.Text)), true
		}
	}
	return d.placeLinkFrom(pick, placeMetonym, fmt.Sprintf("%s stands for its government", pm.Text)), true
}

// focusCountry returns the country of the document's main country, or "".
func (d *docCtx) focusCountry() string {
	if d.focus < 0 {
		return ""
	}
	return d.places[d.focus].pm.Place.Country
}

// governingBody reports a state's governing body named in span (as
// written, capitalized): its National Security Council, its cabinet, the
// Politburo or the Presidium. (The U.N. Security Council is no state's.)
func governingBody(s *sent, span pipeline.Span) bool {
	for k, t := range s.toks {
		if t.start < span.Start || t.end > span.End || !isCapitalized(t) {
			continue
		}
		switch t.low {
		case "cabinet", "politburo", "presidium":
			return true
		case "council":
			if k >= 2 && s.toks[k-1].low == "security" && s.toks[k-2].low == "national" {
				return true
			}
		}
	}
	return false
}

// tellerAt reports whether the place at token k of s is where the teller
// of a first-person account was taken or stayed: "I" or "we" and a verb of
// arriving, being taken, sentenced or kept, or of living, in the past,
// shortly before it ("I arrived at Kwalliso No. 15 in Yodok County", "we
// were moved to the detention centre in Chongjin", "I was sentenced to
// three years in the camp at Jongori in Hoeryong"), not a place dreamed
// of, heard of, or lived in now ("I now live in Seoul").
func tellerAt(s *sent, k int) bool {
	if k >= len(s.toks) {
		return false // (a place past the sentence's words: no span a stage gives)
	}
	verb := false
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		if s.toks[j+1].comma {
			return false // the clause's start
		}
		switch w := s.toks[j].low; {
		case tellerVerbs[w]:
			verb = true
		case w == "now" || w == "dreamed" || w == "heard" || w == "hoped" || w == "wanted":
			return false
		case verb && (s.toks[j].text == "I" || w == "we"):
			return true
		}
	}
	return false
}

// tellerVerbs tell where the teller of an account was taken or stayed.
var tellerVerbs = map[string]bool{
	"arrived": true, "taken": true, "moved": true, "sent": true, "transferred": true, "held": true,
	"detained": true, "imprisoned": true, "jailed": true, "brought": true, "returned": true, "stayed": true,
	"sentenced": true, "lived": true,
}

// firstPerson reports a sentence told in the first person ("I", "my",
// "we", "our"; "US" in capitals is a country).
func firstPerson(s *sent) bool {
	for _, t := range s.toks {
		switch t.text {
		case "I", "me", "my", "My", "we", "We", "our", "Our", "us":
			return true
		}
	}
	return false
}
