package events

// Directive verbs: "told/instructed/directed X to VERB" issues an order
// whose topic is the complement ("told every unit to try smuggling cases
// under military law" is an order about smuggling, not smuggling).
var directiveVerbs = map[string]bool{
	"told": true, "tell": true, "tells": true, "telling": true,
	"instructed": true, "directed": true, "commanded": true, "ordered": true,
	"instructs": true, "directs": true, "commands": true, "orders": true,
}

// Words after "to" that show it is not an infinitive ("told it to the court").
var notVerbAfterTo = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true,
	"those": true, "all": true, "each": true, "every": true, "some": true, "any": true,
	"reporters": true, "journalists": true, "him": true, "them": true, "me": true, "us": true,
}

// maxDirectiveObject is how many words may separate a directive verb from
// its "to" ("told every border patrol unit on Feb. 15 to").
const maxDirectiveObject = 10

// addDirectives adds an order trigger at each directive verb of toks that
// is followed, within maxDirectiveObject words and without a hard break, by
// "to" and a verb; a directive verb already matched by the lexicon keeps its
// match. The result stays in text order. seen holds the flags of the
// tokens' words.
func (x *Extractor) addDirectives(text string, toks []token, seen wordFlags, trigs []match) []match {
	if x.v.directive < 0 || seen&flagDirective == 0 {
		return trigs
	}
	covered := func(k int) bool {
		for _, m := range trigs {
			if k >= m.first && k <= m.last {
				return true
			}
		}
		return false
	}
	var out []match
	for k, t := range toks {
		if !x.v.is(t, flagDirective) || covered(k) {
			continue
		}
		for j := k + 1; j+1 < len(toks) && j <= k+maxDirectiveObject+1; j++ {
			if hardBreak(text[toks[j-1].end:toks[j].start]) || toks[j].low == "that" || reportVerbs[toks[j].low] || subjectPronouns[toks[j].low] {
				break // "told investigators they had drifted … and wanted to go home": what was said
			}
			if toks[j].low != "to" {
				continue
			}
			next := toks[j+1]
			if hardBreak(text[toks[j].end:next.start]) || notVerbAfterTo[next.low] || isCapitalized(next) || (next.low[0] >= '0' && next.low[0] <= '9') {
				break
			}
			out = append(out, match{first: k, last: k, start: t.start, end: t.end, value: x.v.directive, pat: -1})
			break
		}
	}
	if len(out) == 0 {
		return trigs
	}
	all := append(append([]match(nil), trigs...), out...)
	sortMatches(all)
	return all
}

// subjectPronouns open the clause of what was said ("told investigators
// they …"); a directive's object is never one ("told them to leave").
var subjectPronouns = map[string]bool{"they": true, "he": true, "she": true, "we": true, "i": true}

// hardBreak reports punctuation between two tokens that ends a phrase.
func hardBreak(gap string) bool {
	for _, r := range gap {
		switch r {
		case ',', ';', ':', '!', '?', '(', ')', '[', ']', '“', '”', '"', '—', '–':
			return true
		}
	}
	return false
}
