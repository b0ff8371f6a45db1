package events

import (
	"slices"
	"strconv"
	"strings"

	"geotimeline/pipeline"
)

// Dated statements of officials: "North Korea's General Staff said on Oct.
// 9 that …", "The Unification Ministry said Monday that it had notified
// Pyongyang", "a UN human rights spokesperson said on Wednesday …". An
// analyst logs such a statement as an event when it is what the sentence
// reports; when the sentence reports another event, "said" only attributes
// it and adds none.

// speakerBodies name a body or an office that speaks for a state or an
// international organisation; speakerStates the states and capitals that
// speak for themselves (capitalized).
var (
	speakerBodies = map[string]bool{
		"ministry": true, "military": true, "government": true, "spokesman": true, "spokeswoman": true,
		"spokesperson": true, "kcna": true, "office": true, "minister": true, "president": true,
		"staff": true, "chiefs": true, "jcs": true, "command": true, "committee": true, "embassy": true,
		"cross": true, "nis": true, "agency": true, "secretary": true, "sister": true, "leader": true,
		"army": true, "navy": true, "council": true, "cabinet": true, "department": true,
		"rapporteur": true, "envoy": true, "ambassador": true, "commissioner": true, "service": true,
	}
	speakerStates = map[string]bool{
		"korea": true, "china": true, "japan": true, "russia": true, "seoul": true, "pyongyang": true,
		"beijing": true, "tokyo": true, "moscow": true, "washington": true,
	}
)

// speakerOf maps the names of bodies that speak for one state to it:
// North Korea's state media, South Korea's military staff and ministries.
var speakerOf = map[string]string{
	"kcna": "KP", "rodong": "KP", "pyongyang": "KP",
	"jcs": "KR", "unification": "KR", "nis": "KR", "seoul": "KR",
	"kremlin": "RU", "pentagon": "US",
}

// seatHouse reports "House" at j ending "the White House" or "the Blue
// House" (the seat of the U.S. or South Korean president, which speaks
// for it), and the state it speaks for.
func seatHouse(toks []token, j int) (string, bool) {
	if j < 1 || toks[j].text != "House" {
		return "", false
	}
	switch toks[j-1].text {
	case "White":
		return "US", true
	case "Blue":
		return "KR", true
	}
	return "", false
}

// seatSpeaker reports a seat of government that speaks for its state —
// "the Kremlin", "the Pentagon", "the White House" (seatHouse) — as the
// subject that opens the sentence (from token lede) or a clause after a
// comma: "The Kremlin said", "…, the White House said on Monday"; not one
// only mentioned ("who will visit the White House next month said",
// "referring to a Pentagon report").
func seatSpeaker(text string, toks []token, j, lede int) bool {
	first := j // the seat's first word
	switch {
	case toks[j].text == "Kremlin" || toks[j].text == "Pentagon":
	default:
		if _, ok := seatHouse(toks, j); !ok {
			return false
		}
		first = j - 1
	}
	if first > 0 && toks[first-1].low == "the" {
		first--
	}
	return first <= lede || first > 0 && strings.Contains(text[toks[first-1].end:toks[first].start], ",")
}

// speakerCountry returns the state of a speaker named within
// maxSpeakerReach words before the trigger ("The official KCNA news
// agency said"), or "".
func speakerCountry(s *sent, trig pipeline.Span) string {
	return speakerState(s, trig, true)
}

// bodyCountry is speakerCountry for a named body only: a capital ("Seoul
// said", but also "a Seoul-based outlet") does not count.
func bodyCountry(s *sent, trig pipeline.Span) string {
	return speakerState(s, trig, false)
}

func speakerState(s *sent, trig pipeline.Span, capitals bool) string {
	k := s.tokenAt(trig.Start)
	// A speaker after a comma ("…near Pyongyang, the Chinese embassy
	// said") ends the search there: what comes before is what was said.
	body := false
	for j := k - 1; j >= 0 && j >= k-maxSpeakerReach-2; j-- {
		if body && s.toks[j+1].comma {
			break
		}
		body = body || speakerBodies[s.toks[j].low]
		if cc, ok := speakerOf[s.toks[j].low]; ok && (capitals || !speakerStates[s.toks[j].low]) {
			return cc
		}
		if cc, ok := seatHouse(s.toks, j); ok {
			return cc
		}
		if s.toks[j].low == "chiefs" && j+2 < len(s.toks) && s.toks[j+2].low == "staff" {
			return "KR" // the Joint Chiefs of Staff
		}
		if s.toks[j].low == "security" && j > 0 && (s.toks[j-1].low == "state" || s.toks[j-1].low == "social") && !foreignBody(s, j) {
			return "KP" // the Ministry of State Security, of Social Security
		}
	}
	return ""
}

// speakerNation returns the state a statement's speaker is named for when
// no body of speakerCountry names it: a demonym before a body that is the
// speaker ("a Chinese foreign ministry spokesperson said", "the South
// Korean Red Cross said"), or North Korea's leader or his sister as the
// subject ("Kim Jong Un said", "the sister of North Korean leader Kim Jong
// Un said"). A demonym of someone else ("a Russian army veteran said",
// "the American-led U.N. Command said") and a leader who is not the
// subject ("a biographer of Kim Jong Un said") name none.
func speakerNation(s *sent, trig pipeline.Span) string {
	k := s.tokenAt(trig.Start)
	if k < 1 {
		return ""
	}
	if subjectLeader(s.toks, k-1) {
		return "KP"
	}
	k = beforeDay(s.toks, k) // "Russian Defense Minister Andrei Belousov on Tuesday offered"
	// past a name after its title: "Minister Andrei Belousov"
	for n := 0; n < 3 && k > 1 && isCapitalized(s.toks[k-1]) && !speakerBodies[s.toks[k-1].low]; n++ {
		k--
	}
	if k < 1 || !speakerBodies[s.toks[k-1].low] {
		return ""
	}
	if s.toks[k-1].low == "embassy" {
		return "" // an embassy speaks from where it is, not from its capital
	}
	for j := k - 2; j >= 0 && j >= k-shortSpeakerReach; j-- {
		if s.toks[j+1].comma {
			break // ("11,000 North Korean troops are in Russia, the spy agency said")
		}
		if cc := speakerDemonym(s, j); cc != "" {
			return cc
		}
	}
	return ""
}

// beforeDay returns k, or the index of "on" when "on" and a day stand
// right before token k ("the minister on Tuesday offered", "on Oct. 9
// said").
func beforeDay(toks []token, k int) int {
	j := k - 1
	if j > 0 && isDayNumber(toks[j].low) {
		j--
	}
	if j > 0 && dayWords[toks[j].low] && isCapitalized(toks[j]) && toks[j-1].low == "on" {
		return j - 1
	}
	if j > 1 && dayAt(toks, j-1) && toks[j-2].low == "on" {
		return j - 2 // "the ministry on 12 October said"
	}
	return k
}

// subjectLeader reports whether token j ends the name of North Korea's
// leader or his sister ("Kim Jong Un", "Kim Yo-jong") standing as the
// subject: opening the sentence or a clause, or after a title ("leader Kim
// Jong Un", "the powerful sister of leader Kim Jong Un") — not the object
// of a preposition or a verb ("a biographer of Kim Jong Un", "who met Kim
// Jong Un").
func subjectLeader(toks []token, j int) bool {
	if j < 2 || !isCapitalized(toks[j-2]) || toks[j-2].low != "kim" {
		return false
	}
	if a, b := toks[j-1].low, toks[j].low; !(a == "jong" && b == "un" || a == "yo" && b == "jong") {
		return false
	}
	if j == 2 || !toks[j-2].soft {
		return true // opening the sentence or a clause ("…, Kim Jong Un said")
	}
	switch toks[j-3].low {
	case "leader", "chairman", "secretary", "president", "marshal", "comrade":
		return true
	}
	return false
}

// titledName reports whether token j, right before a verb of saying, is
// a surname the text gave earlier with an office ("Prime Minister Fumio
// Kishida … Kishida said"): the official speaks again. The office word
// (see speakerBodies) stands within four words before a use of it, and
// no use without one is followed by given names (another person).
func titledName(text string, toks []token, j int) bool {
	t := toks[j]
	if !isCapitalized(t) || t.end-t.start < 3 || j > 0 && t.soft && isCapitalized(toks[j-1]) {
		return false // a name of its own here ("Kim Kang Il said") is the speaker rules' to judge
	}
	name := text[t.start:t.end]
	titled := false
	for before := text[:t.start]; ; {
		i := strings.LastIndex(before, name)
		if i < 0 {
			return titled
		}
		before = text[:i]
		if end := i + len(name); end < len(text) && isWordByte(text[end]) || i > 0 && isWordByte(text[i-1]) {
			continue // part of a longer word
		}
		// an office in the three words before this use; every use has
		// one, or the name may be another person's ("Minister Kim
		// Yung-ho … a defector, Kim Ji-min … Kim said")
		ws := strings.Fields(before[max(0, len(before)-60):])
		office := false
		for n := 1; n <= 4 && n <= len(ws); n++ {
			office = office || speakerBodies[strings.ToLower(strings.Trim(ws[len(ws)-n], ",.'\"’"))]
		}
		if !office && strings.HasPrefix(text[i+len(name):], " ") && isTitleStart(text[i+len(name)+1:]) {
			return false // another use with given names and no office
		}
		titled = titled || office
	}
}

// isTitleStart reports whether s opens with a capitalized word (a given
// name after a surname).
func isTitleStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// isWordByte reports an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// speakerDemonyms map the adjectives of the states a speaker may stand for
// ("a Chinese foreign ministry spokesperson", "the sister of North Korean
// leader Kim Jong Un") to the state. "Korean" alone names neither Korea.
var speakerDemonyms = map[string]string{
	"chinese": "CN", "japanese": "JP", "russian": "RU", "american": "US",
}

// speakerDemonym returns the state of the demonym that token j is, "North
// Korean" and "South Korean" included (j at "korean"), or "". A demonym
// in a compound ("American-led") is none.
func speakerDemonym(s *sent, j int) string {
	if j+1 < len(s.toks) && s.toks[j+1].soft {
		switch s.toks[j+1].low {
		case "led", "backed", "based", "made", "born", "owned":
			return ""
		}
	}
	w := s.toks[j].low
	if w == "korean" && j > 0 {
		switch s.toks[j-1].low {
		case "north":
			return "KP"
		case "south":
			return "KR"
		}
		return ""
	}
	if w == "s" && j >= 2 && s.toks[j-2].low == "the" && isCapitalized(s.toks[j-1]) {
		switch s.toks[j-1].low {
		case "north":
			return "KP" // "the North's foreign ministry"
		case "south":
			return "KR"
		}
	}
	if !isCapitalized(s.toks[j]) {
		return ""
	}
	return speakerDemonyms[w]
}

// foreignBody reports "China's", "Chinese" or "Russian" within five
// words before token j: the body is that state's ("China's Ministry of
// State Security").
func foreignBody(s *sent, j int) bool {
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		switch s.toks[k].low {
		case "china", "chinese", "russia", "russian":
			return true
		}
	}
	return false
}

// saidVerbs are the verbs of saying a statement trigger stands on.
var saidVerbs = map[string]bool{"said": true, "says": true, "confirmed": true, "offered": true, "proposed": true}

// isSaidVerb is saidVerbs[w] without hashing w: addStatement asks it of
// every word of a sentence without a trigger.
func isSaidVerb(w string) bool {
	switch w {
	case "said", "says", "confirmed", "offered", "proposed":
		return true
	}
	return false
}

// offerNotVerb reports "offered" or "proposed" at k used as no verb of an
// official: an adjective or a passive ("the ministry's proposed budget",
// "workers were offered higher wages").
func offerNotVerb(toks []token, k int) bool {
	if w := toks[k].low; w != "offered" && w != "proposed" {
		return false
	}
	switch toks[k-1].low {
	case "the", "a", "an", "s", "was", "were", "been", "be", "is", "are", "being", "newly":
		return true
	}
	return false
}

// dayWords open the date of a statement right after its verb.
var dayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "jan": true, "january": true, "feb": true, "february": true,
	"mar": true, "march": true, "apr": true, "april": true, "may": true, "jun": true, "june": true,
	"jul": true, "july": true, "aug": true, "august": true, "sep": true, "sept": true,
	"september": true, "oct": true, "october": true, "nov": true, "november": true, "dec": true,
	"december": true,
}

// maxSpeakerReach is how many words before its verb a statement's speaker
// may end ("North Korea's General Staff said": "staff" is right there;
// "the powerful sister of North Korean leader Kim Jong Un said": within
// shortSpeakerReach); a body that opens the sentence may have a longer
// title ("The UN Special Rapporteur on the situation of human rights in
// the DPRK told": 10), not one a relative clause mentions ("A researcher
// who studied the ministry's records for two decades said").
const (
	maxSpeakerReach   = 10
	shortSpeakerReach = 6
)

// openingSubject reports whether the body at token j stands in the
// sentence's opening subject (its first five words after a dateline
// starting at lede, or after an opening phrase of time: "Four days later,
// on October 13, the UN Special Rapporteur on … said") with no relative
// clause between it and the verb at k.
func openingSubject(toks []token, j, k, lede int) bool {
	if j-lede > 4 && j-openingTimeEnd(toks, lede, j) > 4 {
		return false
	}
	for i := j + 1; i < k; i++ {
		switch toks[i].low {
		case "who", "which", "that", "whose":
			return false
		}
	}
	return true
}

// openingTimeEnd returns the token after the opening phrases of time that
// begin at token lede and end with a comma before token j ("On October 13,",
// "Four days later, on October 13,"): phrases of at most six words that
// open with a month or weekday (after "on" or "in" too) or hold "later",
// "earlier" or "ago" — not a place with its day ("In the town on December
// 30,"). It returns lede when none opens the sentence.
func openingTimeEnd(toks []token, lede, j int) int {
	start, timed := lede, false
	for i := lede; i < j && i-start < 6; i++ {
		w := toks[i].low
		switch {
		case i == start:
			timed = dayWords[w] || (w == "on" || w == "in") && i+1 < len(toks) && (dayWords[toks[i+1].low] || dayAt(toks, i+1))
		case w == "later" || w == "earlier" || w == "ago":
			timed = true
		}
		if i+1 < len(toks) && toks[i+1].comma {
			if !timed {
				break
			}
			start = i + 1
		}
	}
	return start
}

// addStatement adds a statement trigger on "said"/"says" when the sentence
// has no trigger of its own, a speaker word stands shortly before the
// verb, and a day or date follows it ("said on Oct. 9", "said Monday",
// "said in a statement on Thursday"). statement is the trigger index to
// use, or -1. A saying that the sentence's own triggers outrank (they
// come before it, or tell events of their own) is returned as fallback
// instead: the first such, when no saying was added.
func addStatement(text string, toks []token, trigs []match, statement int) (out []match, fallback match, hasFallback bool) {
	if statement < 0 {
		return trigs, match{}, false
	}
	lede := -1 // ledeStart(text, toks), found when a verb of saying is first met
	for k := 1; k+1 < len(toks); k++ {
		after, told := toldAudience(toks, k)
		if !isSaidVerb(toks[k].low) && !told || offerNotVerb(toks, k) {
			continue
		}
		// (a saying the sentence's own triggers outrank is only its
		// fallback, see sent.fallbackSaid)
		outranked := len(trigs) > 0 && !reportedOnly(toks, trigs, k)
		if outranked && hasFallback {
			continue
		}
		if !told {
			after = k + 1
		}
		if lede < 0 {
			lede = ledeStart(text, toks)
		}
		dated := datedAfter(text, toks, after) || askedOn(text, toks, k, lede) || datedBefore(text, toks, k, lede) || told && toldAtVenue(toks, after)
		if !dated || emptyStatement(toks, k) {
			continue
		}
		// (a saying that closes its sentence with its day stands beside the
		// sentence's own events, see trailingSaid)
		// (not one a trigger already tells: "told lawmakers Thursday")
		trailing := outranked && trailingDay(text, toks, k, after) &&
			!slices.ContainsFunc(trigs, func(m match) bool { return m.first <= k && k <= m.last })
		// The speaker ends before the verb, perhaps with an apposition
		// closed by a comma ("Kim Yo Jong, sister of leader Kim Jong Un,
		// said"), or before a name between commas ("the UN Special
		// Rapporteur, Elizabeth Salmón, said"); an earlier comma ends the
		// search.
		base := nameApposition(text, toks, k)
		for j := k - 1; j >= 0 && j >= base-maxSpeakerReach; j-- {
			if j < k-1 && hardBreak(text[toks[j].end:toks[j+1].start]) && j+1 != base {
				break
			}
			if j < base-shortSpeakerReach && !(speakerBodies[toks[j].low] && openingSubject(toks, j, k, lede)) {
				continue // a long title only for a body opening the sentence
			}
			if speakerBodies[toks[j].low] || seatSpeaker(text, toks, j, lede) || speakerStates[toks[j].low] && isCapitalized(toks[j]) && !placeObject(toks, j) || j == k-1 && (subjectLeader(toks, j) || titledName(text, toks, j) || statementPronoun(toks, j)) {
				t := toks[k]
				m := match{first: k, last: k, start: t.start, end: t.end, value: statement, pat: -1}
				if trailing {
					m.pat = trailingSaid
				} else if outranked {
					fallback, hasFallback = m, true
					break
				}
				// (in text order: the triggers it tells over come after it)
				return insertMatch(trigs, m), match{}, false
			}
		}
	}
	return trigs, fallback, hasFallback
}

// insertMatch returns trigs with m inserted in text order (before the
// first trigger that does not start before it).
func insertMatch(trigs []match, m match) []match {
	at := 0
	for at < len(trigs) && trigs[at].start < m.start {
		at++
	}
	return slices.Insert(trigs, at, m)
}

// nameApposition returns the first token of a name of one to four
// capitalized words (or hyphened parts) between commas right before the
// verb at k, after an official's title ("the envoy, Elizabeth Salmón,
// said"), or k when none stands there.
func nameApposition(text string, toks []token, k int) int {
	if k < 2 || !strings.Contains(text[toks[k-1].end:toks[k].start], ",") {
		return k
	}
	for a := k - 1; a >= 1 && a >= k-4; a-- {
		if !isCapitalized(toks[a]) && text[toks[a-1].end:toks[a].start] != "-" || a < k-1 && hardBreak(text[toks[a].end:toks[a+1].start]) {
			return k // (a name's hyphened part may be lower case: "Koo Byoung-sam")
		}
		if gap := text[toks[a-1].end:toks[a].start]; hardBreak(gap) {
			if strings.TrimSpace(gap) == "," && titleHeadBefore(text, toks, a) {
				return a
			}
			return k
		}
	}
	return k
}

// titleHeadBefore reports whether the phrase that ends before the comma
// at token a has an official's title as its head: the word before the
// phrase's first preposition, or its last word ("The spokesman for the
// ministry, Koo Byoung-sam", "the UN Special Rapporteur on … in the DPRK,
// Elizabeth Salmón"), not a prisoner, guard or mother of a body ("A former
// prisoner of the Ministry of State Security, Kim Hyuk").
func titleHeadBefore(text string, toks []token, a int) bool {
	head := a - 1
	for j := a - 1; j >= 1 && j >= a-maxSpeakerReach-4; j-- {
		if hardBreak(text[toks[j-1].end:toks[j].start]) {
			break
		}
		switch toks[j].low {
		case "of", "for", "on", "at", "in", "to", "by", "with", "from":
			head = j - 1
		case "who", "which", "that":
			return false
		}
	}
	return head >= 0 && apposTitles[toks[head].low]
}

// apposTitles are the titles of officials who speak for a body.
var apposTitles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "rapporteur": true, "minister": true,
	"envoy": true, "ambassador": true, "commissioner": true, "official": true, "director": true, "chief": true,
	"secretary": true, "president": true, "premier": true, "chairman": true, "chairwoman": true, "chair": true,
	"representative": true, "spokespeople": true, "head": true, "general": true, "governor": true,
}

// statementPronoun reports "he" or "she" at j in a sentence that opens
// with the statement it speaks in ("In that statement, released Monday,
// she said", "In a second statement, he said", "In an interview"): the
// pronoun is the statement's author, told before.
func statementPronoun(toks []token, j int) bool {
	if toks[j].low != "he" && toks[j].low != "she" || len(toks) < 3 || toks[0].low != "in" {
		return false
	}
	switch toks[1].low {
	case "that", "the", "this", "his", "her", "a", "an":
	default:
		return false
	}
	for _, t := range toks[2:min(4, j)] { // (one modifier: "In a second statement")
		switch t.low {
		case "statement", "speech", "interview", "letter", "message", "remarks":
			return true
		}
	}
	return false
}

// toldAtVenue reports "in" and a capitalized name at token after, right
// after a verb of telling and its audience ("told reporters in Tokyo that
// …"): a statement even with no date of its own sentence — dated by its
// paragraph or, in wire copy, the report's day (linkDate), or dropped when
// neither dates it (build).
func toldAtVenue(toks []token, after int) bool {
	return after+1 < len(toks) && toks[after].low == "in" && isCapitalized(toks[after+1])
}

// placeObject reports a state's name at token j that is the object of a
// preposition after a participle ("defectors who had been repatriated from
// China said"): a place, not the speaker — unlike "Diplomats from Russia
// said", "envoys in Russia said".
func placeObject(toks []token, j int) bool {
	if j > 0 && toks[j-1].low == "the" {
		j--
	}
	if j < 2 {
		return false
	}
	switch toks[j-1].low {
	case "from", "in", "to", "into", "with", "against", "by", "toward", "towards":
		return participle(toks[j-2].low)
	}
	return false
}

// reportedOnly reports whether every trigger of the sentence stands after
// the verb of saying at k and tells no event of its own: a re-mention ("the
// launch was a threat") or a position ("should not be forcibly returned").
func reportedOnly(toks []token, trigs []match, k int) bool {
	for _, m := range trigs {
		if m.first <= k {
			return false
		}
		if venueOf(toks, k, m) {
			continue // "told a regular press conference", "said at a news conference": where it was said
		}
		switch toks[m.first-1].low {
		case "the", "this", "that", "these", "those", "its", "their", "his", "her":
			if !toldAsHappening(toks, m.last+1) {
				continue // a re-mention: "said the launch was a threat"
			}
		}
		position := false
		for j := k + 1; j < len(toks) && j <= m.last+3; j++ {
			switch toks[j].low {
			case "should", "must", "could", "might", "possible":
				position = true // "should not be returned", "a summit could be possible"
			case "ready", "willing", "prepared":
				// "it was ready to send relief": a stance ("prepared
				// meals were delivered" is none)
				position = position || j+1 < len(toks) && toks[j+1].low == "to" && finiteBe[toks[j-1].low]
			}
		}
		if !position {
			return false
		}
	}
	return true
}

// venueOf reports a trigger m that names the occasion a verb of saying at
// k was spoken at, right after it: "told a regular press conference",
// "said at a news conference".
func venueOf(toks []token, k int, m match) bool {
	if !venueNouns[toks[m.last].low] {
		return false
	}
	for j := k + 1; j < m.first; j++ {
		switch w := toks[j].low; {
		case w == "at" || w == "a" || w == "an" || w == "the" || w == "its" || w == "his" || w == "her" || audienceModifiers[w]:
		default:
			return false
		}
	}
	return true
}

// toldAsHappening reports whether the words from k tell what the
// definite trigger before them did as a happening of its own: a verb of
// occurrence ("the execution of five people took place in Hyesan", "was
// carried out", "was held") or a date ("the arrests … in April", "last
// week", "on Saturday"). Such a trigger is the news, not a re-mention.
func toldAsHappening(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+12; j++ {
		w := toks[j].low
		switch {
		case w == "place" && toks[j-1].low == "took",
			w == "held" || w == "conducted" || w == "happened" || w == "occurred",
			w == "out" && toks[j-1].low == "carried",
			dayWords[w] && isCapitalized(toks[j]), isYear(w),
			(w == "week" || w == "month" || w == "year") && (toks[j-1].low == "last" || toks[j-1].low == "this"),
			w == "yesterday" || w == "today":
			return true
		}
	}
	return false
}

// ledeStart returns the index of the first token after a wire dateline
// that opens the sentence ("SEOUL, Jan. 2 (Yonhap) -- In his speech …",
// "TOKYO, March 26 – Asked about …"): a dash within the first dozen words,
// after a month or a number. Without one it is 0.
func ledeStart(text string, toks []token) int {
	dated := false
	for j := 1; j < len(toks) && j <= 12; j++ {
		dated = dated || monthWords[toks[j-1].low] || toks[j-1].low[0] >= '0' && toks[j-1].low[0] <= '9'
		g := text[toks[j-1].end:toks[j].start]
		if dated && (strings.Contains(g, "--") || strings.Contains(g, " – ") || strings.Contains(g, " — ") || strings.Contains(g, ") - ")) {
			return j
		}
	}
	return 0
}

// openingDayReaches reports whether the day that opens sentence s also
// dates the statement trigger at token k of another clause ("On June 2,
// the vice minister said …, but warned that …"): not one in a clause of
// time, which tells its own moment ("after Kim Yo Jong warned of
// retaliation"), nor one whose speaker is a source, a resident or a
// trader rather than an official ("but Chinese traders warned").
func openingDayReaches(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.toks[j].low
		if timeOpeners[w] || commonSpeakers[w] {
			return false
		}
		if s.toks[j+1].comma {
			break // the clause's start
		}
	}
	return true
}

// timeOpeners open a clause that tells when something happened.
var timeOpeners = map[string]bool{"after": true, "before": true, "since": true, "when": true, "until": true, "as": true, "while": true}

// commonSpeakers are speakers who are not officials.
var commonSpeakers = map[string]bool{
	"source": true, "sources": true, "resident": true, "residents": true, "trader": true, "traders": true,
	"witness": true, "witnesses": true, "defector": true, "defectors": true, "experts": true, "analysts": true,
	"activists": true, "villagers": true, "merchants": true,
}

// opensSentence reports whether date mention di opens sentence s, after a
// wire dateline if any ("On June 2, …", "Last Tuesday, …").
func (d *docCtx) opensSentence(s *sent, di int) bool {
	if di < 0 {
		return false
	}
	i := ledeStart(d.text, s.toks)
	if i < len(s.toks) && s.toks[i].low == "on" {
		i++
	}
	return i < len(s.toks) && s.toks[i].start == d.dates[di].Span.Start
}

// datedBefore reports a day named before the verb at k (the caller has
// checked that no event of its own is told before it): the sentence opens
// with it, after another phrase of time or a place too ("On June 2, Vice
// Defense Minister Kim said …", "On Thursday, the Red Cross said …", "In
// Brussels on Thursday, the president told reporters …") or the
// statement was put out then ("In that statement, released Monday, she
// said …"). i is ledeStart(text, toks).
func datedBefore(text string, toks []token, k, i int) bool {
	day := func(j int) bool { return j < k && dayAt(toks, j) }
	// (also after another phrase of time: "Four days later, on October 13,
	// the UN Special Rapporteur said")
	for j, end := i, openingTimeEnd(toks, i, k); j == i || j < end; j++ {
		if j+1 < len(toks) && toks[j].low == "on" && (day(j+1) || sameDay(toks, j+1)) {
			return true // ("On the same day, the ministry said")
		}
	}
	// "At a regular news briefing in Beijing on Monday, a spokesman said",
	// "In Brussels on Thursday, President Zelenskyy told reporters"
	if v := skipVenue(text, toks, i); v > i && v+1 < k && toks[v].low == "on" && day(v+1) {
		return true
	}
	if v := skipPlaceAfter(text, toks, i); v > i && v+1 < k && toks[v].low == "on" && day(v+1) {
		return true
	}
	// "The next day, China's Foreign Ministry said": a day counted from
	// the one told before (linkDate dates it)
	if e := nextDayPhrase(toks, i); e > i && e < k && toks[e].comma {
		return true
	}
	if i+3 < len(toks) && toks[i].low == "in" {
		// "In his concluding speech on December 30, Kim Jong Un said": the
		// opening phrase names the statement and its day
		noun := false
		for j := i + 1; j+1 < k && j <= i+6; j++ {
			if c := carriedBy(text, toks, j); noun && c > j && c < k {
				// "In a statement carried by state media on Wednesday"
				if day(c) {
					return true
				}
				j = c
			}
			noun = noun || statementNouns[toks[j].low]
			if noun && toks[j].low == "on" && day(j+1) {
				return true
			}
		}
	}
	for j := 1; j+1 < k; j++ {
		if (toks[j].low == "released" || toks[j].low == "issued" || toks[j].low == "published") && day(j+1) {
			return true
		}
	}
	// "The Unification Ministry on Thursday said", "Seoul on Oct. 9
	// said": the day between the speaker and the verb
	return beforeDay(toks, k) < k
}

// audiences are whom or where an official tells a statement ("told
// reporters", "told a regular briefing").
var audiences = map[string]bool{
	"reporters": true, "journalists": true, "lawmakers": true, "parliament": true, "legislators": true,
	"briefing": true, "conference": true,
}

// audienceModifiers may stand between "told a" and its audience ("told a
// regular press briefing").
var audienceModifiers = map[string]bool{
	"regular": true, "press": true, "news": true, "daily": true, "weekly": true, "parliamentary": true,
}

// toldAudience reports "told" at k followed by an audience ("told
// reporters", "told a regular briefing"), and the index after the
// audience, where the statement's day may follow.
func toldAudience(toks []token, k int) (after int, ok bool) {
	if toks[k].low != "told" {
		return 0, false
	}
	j := k + 1
	if j < len(toks) && (toks[j].low == "a" || toks[j].low == "the") {
		j++
	}
	for n := 0; n < 2 && j < len(toks) && audienceModifiers[toks[j].low]; n++ {
		j++
	}
	if j < len(toks) && audiences[toks[j].low] {
		return j + 1, true
	}
	// "told the General Assembly's Third Committee in New York": a body
	// by its capitalized name, to its last body word
	last := -1
	for e := j; e < len(toks) && e <= j+5; e++ {
		if !isCapitalized(toks[e]) && toks[e].low != "s" {
			break
		}
		if bodyAudiences[toks[e].low] {
			last = e
		}
	}
	if last >= 0 {
		return last + 1, true
	}
	return 0, false
}

// bodyAudiences end the capitalized name of a body told something ("the
// Security Council", "the Third Committee").
var bodyAudiences = map[string]bool{
	"committee": true, "council": true, "assembly": true, "parliament": true, "congress": true, "senate": true,
}

// askedOn reports a question or a talk to the press dated before the verb
// at k ("Asked about the reports at a regular briefing on Oct. 8, a
// spokesperson said", "Speaking to reporters at his office Tuesday
// evening, Kishida said"): the sentence opens with a questionOpener and
// the phrase up to its comma holds a capitalized day or month after "on",
// the occasion or the audience. i is ledeStart(text, toks).
func askedOn(text string, toks []token, k, i int) bool {
	if i >= len(toks) || !questionOpeners[toks[i].low] {
		return false
	}
	for j := i + 1; j+1 < k; j++ {
		if hardBreak(text[toks[j-1].end:toks[j].start]) || strings.Contains(text[toks[j-1].end:toks[j].start], ",") {
			return false
		}
		if (toks[j].low == "on" || statementNouns[toks[j].low] || venueNouns[toks[j].low] || audiences[toks[j].low] || toks[j].low == "office") &&
			dayAt(toks, j+1) {
			return true // "at a briefing on Oct. 8", "at a regular briefing Thursday", "at his office Tuesday evening"
		}
		if toks[j].low == "on" && sameDay(toks, j+1) {
			return true // "Speaking at a regular press briefing in Beijing on the same day"
		}
	}
	return false
}

// nextDayPhrase returns the index after a phrase naming a day by the one
// told before that opens at token i — "the next day", "the following
// day", "a day later", "two days later", "the same day", "that day" — or
// i when none opens there.
func nextDayPhrase(toks []token, i int) int {
	w := func(j int) string {
		if j < len(toks) {
			return toks[j].low
		}
		return ""
	}
	switch {
	case w(i) == "the" && (w(i+1) == "next" || w(i+1) == "following" || w(i+1) == "same") && w(i+2) == "day":
		return i + 3
	case w(i) == "that" && w(i+1) == "day":
		return i + 2
	case (w(i+1) == "day" || w(i+1) == "days") && w(i+2) == "later" && lapseCounts[w(i)] > 0:
		return i + 3
	}
	return i
}

// sameDay reports "the same day" at token j: the day told before, which
// linkDate finds (sameOccasion).
func sameDay(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].low == "the" && toks[j+1].low == "same" && toks[j+2].low == "day"
}

// questionOpeners open a sentence with the occasion of a statement made
// to the press ("Asked about the reports at a briefing on Oct. 8, …",
// "Speaking to reporters at his office Tuesday evening, Kishida said").
var questionOpeners = map[string]bool{"asked": true, "speaking": true, "talking": true}

// statementNouns name the form a statement took ("said in a commentary on
// Sunday").
var statementNouns = map[string]bool{
	"statement": true, "commentary": true, "briefing": true, "release": true, "message": true,
	"interview": true, "speech": true, "report": true, "editorial": true, "article": true,
}

// emptyStatement reports what says nothing an analyst logs, in the words
// after the verb at k: a refusal or inability to confirm or comment ("said
// Monday that he could not confirm the report", "declined to comment"),
// not a report of someone else's refusal ("said that Pyongyang had refused
// to return the fishermen").
func emptyStatement(toks []token, k int) bool {
	for j := k + 2; j < len(toks) && j <= k+10; j++ {
		w, prev := toks[j].low, toks[j-1].low
		switch {
		case w == "confirm" && (prev == "not" || prev == "cannot" || prev == "t"):
		case w == "comment" && (prev == "to" || prev == "no" || prev == "not" || prev == "t"):
		default:
			continue
		}
		return true
	}
	return false
}

// carriedBy skips, from token k, the outlet a statement ran in ("carried
// by the official Korean Central News Agency", "released through KCNA"):
// a participle and "by"/"through" followed by at most six words, up to a
// capitalized day word. It returns k when there is none.
func carriedBy(text string, toks []token, k int) int {
	if k+2 >= len(toks) || toks[k+1].low != "by" && toks[k+1].low != "through" {
		return k
	}
	switch toks[k].low {
	case "carried", "released", "published", "issued", "run":
	default:
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+8; j++ {
		if hardBreak(text[toks[j-1].end:toks[j].start]) {
			return k
		}
		if w := toks[j].low; (dayWords[w] || w == "late" || w == "early" || w == "on") && (w == "on" || isCapitalized(toks[j]) || j+1 < len(toks) && dayWords[toks[j+1].low]) {
			return j
		}
	}
	return k
}

// isYear reports four digits from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && strings.Trim(w, "0123456789") == ""
}

// datedAfter reports a day or date at token k: "Monday", "on Oct. 9", "in
// a statement on Thursday", "in a press release Monday"; "on the 5th" is
// too loose and is not.
func datedAfter(text string, toks []token, k int) bool {
	if k+2 < len(toks) && toks[k].low == "in" && (toks[k+1].low == "a" || toks[k+1].low == "an") {
		for j := k + 2; j < len(toks) && j <= k+4; j++ {
			if statementNouns[toks[j].low] {
				k = carriedBy(text, toks, j+1)
				break
			}
		}
	}
	k = skipOccasion(text, toks, k)
	if k < len(toks) && toks[k].low == "on" {
		k++
	}
	if k+1 < len(toks) && (toks[k].low == "late" || toks[k].low == "early") {
		k++ // "late Thursday"
	}
	if k >= len(toks) {
		return false
	}
	if k > 0 && hardBreak(text[toks[k-1].end:toks[k].start]) {
		return false
	}
	if k+1 < len(toks) && isDayNumber(toks[k].low) && monthWords[toks[k+1].low] && isCapitalized(toks[k+1]) {
		return true // "on 12 October 2023": the day first
	}
	if k > 0 && toks[k-1].low == "on" && sameDay(toks, k) {
		return true // "said on the same day that": the day told before (linkDate)
	}
	m := k + 1 // "said in late August that …"
	if m+1 < len(toks) && (toks[m].low == "late" || toks[m].low == "early" || toks[m].low == "mid") {
		m++
	}
	if m < len(toks) && toks[k].low == "in" && monthWords[toks[m].low] && isCapitalized(toks[m]) {
		// "said in November 2023 that it would no longer abide by the
		// pact", "said in late August that …": the month of the saying
		// when "that" opens what was said
		j := m + 1
		if j < len(toks) && isYear(toks[j].low) {
			j++
		}
		return j < len(toks) && toks[j].low == "that"
	}
	if j, ok := relativeDay(toks, k); ok {
		// "said last week that …", "said earlier this month it would …",
		// "said yesterday": a time of the saying counted from the report
		// (not "said last week's talks failed")
		return j >= len(toks) || saidContent[toks[j].low] || hardBreak(text[toks[j-1].end:toks[j].start])
	}
	if !dayWords[toks[k].low] || !isCapitalized(toks[k]) {
		return false
	}
	// "said May 2023 marked the third year": a month with its year as a
	// subject, not the day of the saying
	return !(k+1 < len(toks) && isYear(toks[k+1].low))
}

// relativeDay reports a time counted from the report at token k —
// "yesterday", "today", "last week", "this week", "earlier this month",
// "last Wednesday" —
// and the index after it.
func relativeDay(toks []token, k int) (int, bool) {
	switch w := toks[k].low; {
	case w == "yesterday" || w == "today":
		return k + 1, true
	case w == "earlier" && k+2 < len(toks) && toks[k+1].low == "this" && (toks[k+2].low == "week" || toks[k+2].low == "month"):
		return k + 3, true
	case (w == "last" || w == "this") && k+1 < len(toks) && toks[k+1].low == "week":
		return k + 2, true
	case w == "last" && k+1 < len(toks) && strings.HasSuffix(toks[k+1].low, "day") && dayWords[toks[k+1].low] && isCapitalized(toks[k+1]):
		// "said in a statement last Wednesday that", "last Sunday night"
		if k+2 < len(toks) && partsOfDay[toks[k+2].low] {
			return k + 3, true
		}
		return k + 2, true
	}
	return 0, false
}

// partsOfDay may follow a weekday ("last Sunday night").
var partsOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// saidContent open what was said after a verb of saying and its time.
var saidContent = map[string]bool{"that": true, "it": true, "he": true, "she": true, "they": true, "the": true, "north": true, "south": true}

// occasionAfter returns, for the verb of saying at token k, the index
// after the verb and its audience ("told reporters") and the index after
// the occasion and place that follow ("at a briefing in Beijing", "in New
// York"); end == after when none follows.
func occasionAfter(text string, toks []token, k int) (after, end int) {
	after = k + 1
	if a, told := toldAudience(toks, k); told {
		after = a
	}
	if after >= len(toks) {
		return after, after
	}
	return after, skipOccasion(text, toks, after)
}

// statementVenue returns the byte span of the occasion and place of the
// statement whose verb is token k ("said at a briefing in Beijing",
// "told the Security Council in New York"), empty when none follows it.
func statementVenue(text string, toks []token, k int) (lo, hi int) {
	after, end := occasionAfter(text, toks, k)
	if end == after {
		// "said on Wednesday in Washington", "said Sept. 13 at a briefing
		// in Beijing": the day first
		j := after
		if j < len(toks) && toks[j].low == "on" {
			j++
		}
		switch {
		case j < len(toks) && weekdayNames[toks[j].low]:
			j++
		case j+1 < len(toks) && monthWords[toks[j].low] && isDayNumber(toks[j+1].low):
			j += 2
		default:
			return 0, 0
		}
		if e := skipOccasion(text, toks, j); e > j && !hardBreak(text[toks[after].end:toks[j].start]) {
			return toks[j].start, toks[e-1].end
		}
		return 0, 0
	}
	return toks[after].start, toks[end-1].end
}

// dayAt reports a day named at token j: a capitalized month or weekday
// ("Oct. 12", "Monday"), or a day of the month in digits before its
// capitalized month, the order of UN, British and Asian outlets ("12
// October").
func dayAt(toks []token, j int) bool {
	if j < 0 || j >= len(toks) {
		return false
	}
	if dayWords[toks[j].low] {
		return isCapitalized(toks[j])
	}
	return j+1 < len(toks) && isDayNumber(toks[j].low) && monthWords[toks[j+1].low] && isCapitalized(toks[j+1])
}

// isDayNumber reports a day of the month in digits.
func isDayNumber(w string) bool {
	n, ok := atoi(w)
	return ok && n >= 1 && n <= 31 && len(w) <= 2
}

// atoi is strconv.Atoi for a token, reporting success. A text that does
// not end in an ASCII digit, as every one Atoi accepts does, is refused
// before Atoi allocates its error: the rules ask it of every word before
// a trigger.
func atoi(w string) (int, bool) {
	if w == "" || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

// venueNouns are the occasions a statement is made at ("said at a regular
// briefing in Beijing on …").
var venueNouns = map[string]bool{
	"briefing": true, "conference": true, "session": true, "forum": true, "meeting": true, "hearing": true,
}

// skipVenue returns the index after the occasion of a statement that
// opens at token k — "at a (regular press) briefing", and the place it was
// held in ("in Beijing") — or k when none opens there.
func skipVenue(text string, toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].low != "at" || toks[k+1].low != "a" && toks[k+1].low != "the" && toks[k+1].low != "its" {
		return k
	}
	j := k + 2
	for n := 0; n < 2 && j < len(toks) && audienceModifiers[toks[j].low]; n++ {
		j++
	}
	if j >= len(toks) || !venueNouns[toks[j].low] || hardBreak(text[toks[k].end:toks[j].start]) {
		return k
	}
	return skipPlaceAfter(text, toks, j+1)
}

// skipOccasion returns the index after the occasion of a statement at
// token k (skipVenue), else after the place it was made in ("said in
// Seoul on Monday", "said in a statement issued in Geneva", "issued in
// Geneva"), else k.
func skipOccasion(text string, toks []token, k int) int {
	if v := skipVenue(text, toks, k); v > k {
		return v
	}
	j := k
	if j+2 < len(toks) && toks[j].low == "in" && (toks[j+1].low == "a" || toks[j+1].low == "an") && statementNouns[toks[j+2].low] {
		j += 3
	}
	if j < len(toks) {
		switch toks[j].low {
		case "issued", "released", "published", "delivered":
			j++
		}
	}
	if j > k {
		if p := skipPlaceAfter(text, toks, j); p > j && !hardBreak(text[toks[k].end:toks[j].start]) {
			return p
		}
	}
	return skipPlaceAfter(text, toks, k)
}

// skipPlaceAfter returns the index after "in" or "at" and one to three
// capitalized words from token j ("in New York"), else j.
func skipPlaceAfter(text string, toks []token, j int) int {
	if j+1 >= len(toks) || toks[j].low != "in" && toks[j].low != "at" || !isCapitalized(toks[j+1]) {
		return j
	}
	e := j + 1
	for e < len(toks) && e <= j+3 && isCapitalized(toks[e]) && !dayWords[toks[e].low] && !hardBreak(text[toks[e-1].end:toks[e].start]) {
		e++
	}
	if e == j+1 {
		return j // "in November 2023": a time, not a place
	}
	return e
}

// monthWords are the month names of dayWords.
var monthWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range dayWords {
		if !strings.HasSuffix(w, "day") {
			m[w] = true
		}
	}
	return m
}()

// trailingSaid marks the match of a saying that closes its sentence with
// its day (trailingDay): an event besides the sentence's own, not the one
// its clause tells.
const trailingSaid = -2

// trailingDay reports a verb of saying at k that closes its sentence with
// the day it was said ("…, the Joint Chiefs of Staff said Wednesday."):
// the official statement the report rests on, an event of its own.
func trailingDay(text string, toks []token, k, after int) bool {
	j := after
	if j < len(toks) && toks[j].low == "on" {
		j++
	}
	if j+1 < len(toks) && dayAt(toks, j) && !dayWords[toks[j].low] {
		j++ // "…, the ministry said on 12 October."
	}
	if j >= len(toks) || !dayWords[toks[j].low] || !isCapitalized(toks[j]) {
		return false
	}
	// (the sentence ends after the day, or a comma follows it)
	if j+1 < len(toks) && !strings.ContainsAny(text[toks[j].end:toks[j+1].start], ",.;") {
		return false
	}
	// (a comma before the speaker: a trailing attribution; not a source's
	// or a single unnamed official's: "a source in North Korea said
	// Wednesday", "a former official of the State Security Department said")
	for i := k - 1; i > 0 && i >= k-maxSpeakerReach; i-- {
		if w := toks[i].low; commonSpeakers[w] || w == "official" || w == "former" {
			return false
		}
		if strings.Contains(text[toks[i-1].end:toks[i].start], ",") {
			return true
		}
	}
	return false
}
