package events

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// docCtx is the per-document working state of Process.
type docCtx struct {
	it        *pipeline.Item
	text      string
	tz        tokenizer         // the tokenizer of its sentences
	toks      []token           // every sentence's tokens, one backing array
	offs      *pipeline.Offsets // see offsets
	sents     []*sent
	dates     []pipeline.DateMention    // valid date mentions, by Start
	places    []placeRef                // valid place mentions, by Start
	focus     int                       // index into places of the document's country, or -1
	capitals  map[string]pipeline.Place // see Options.Capitals
	seats     map[string]pipeline.Place // see Options.Seats
	docOutlet string
	// The story's one place and the last paragraph naming a candidate for
	// it (see onlyPlace), and the dateline-only place (see datelineOnly),
	// computed once a document: they are asked for each unplaced event.
	story, storyPara, datelined int
	storyDone, datelinedDone    bool
	headline                    int // see headlinePlace
	headlineDone                bool
	digestN                     int8 // see digest: 0 not yet known, 1 no, 2 yes
	// occDays are the days sentences fix for occasions (see
	// occasionDays), found once a document.
	occDays     []occasion
	occDaysDone bool
	// lastDated is the date of the latest event built so far that its own
	// text dates, for "at the same trial" (see sameOccasion).
	lastDated dateLink
	// lastDatedIdx and lastDatedPara locate the sentence lastDated came from.
	lastDatedIdx, lastDatedPara int
	// sitting is the date of the latest meeting built so far that lasted
	// more than a day, sittingPara its paragraph and sittingPlace its
	// place, for "on the final day" (see dayOfOccasion).
	sitting      dateLink
	sittingPara  int
	sittingPlace placeLink
	// lastSaid is the place of the latest statement built so far, for a
	// statement whose speaker is a pronoun (see statementPronoun).
	lastSaid placeLink
	// typeDated is lastDated by event type (index into vocab.types), and
	// sameType the type of the occasion the sentence being linked calls
	// "the same" ("at the same public trial": an execution), or -1.
	typeDated []dateLink
	sameType  int
	// afterType the type of the occasion the sentence being linked follows
	// ("Following the meeting, …"), or -1
	afterType int
	// topicSpan is the object of a verb of deliberation after the meeting
	// being linked ("The meeting discussed …"): its dates and places are
	// not the meeting's. Set by build for the one candidate it links.
	topicSpan topicSpan
	// linking is the date of the candidate being placed (unknown when it
	// has none), set by build before linkPlace.
	linking pipeline.Interval
	// occasion is the one day the document's body dates (see oneOccasion),
	// computed once a document.
	occasion     dateLink
	occasionIdx  int
	occasionDone bool
	v            *vocab   // the extractor's vocabulary, for type names
	sc           *scratch // the buffers the slices above live in
}

// placeRole classifies a place mention by its syntactic use.
type placeRole int

const (
	roleNormal    placeRole = iota
	roleSource              // where a reporting source sits ("a source in X")
	roleDirection           // goal or origin of a movement ("into China")
	roleModifier            // a possessive naming an organisation's country ("North Korea's Ministry of …")
)

type placeRef struct {
	pm      *pipeline.PlaceMention
	sent    int // index into docCtx.sents, or -1
	role    placeRole
	metonym bool // a capital or country standing for its government ("Pyongyang deployed")
	speaker bool // a country's possessive before a body ("South Korea's military said")
	owner   bool // a town's or province's possessive before its body or site ("Hyesan's Security Department")
}

// sent is one sentence with its tokens, clauses, triggers and attribution.
type sent struct {
	pipeline.Span
	doc       string // the document text
	idx       int    // index into it.Sentences (or the synthesized list)
	para      int
	toks      []token
	cls       []pipeline.Span // see clauses
	pre       []int           // the tokenizer's cuts for clauses, until they are made
	preDashed bool            // whether one of pre is a dash
	clsMade   bool
	v         *vocab
	sc        *scratch
	trigs     []match
	// fallbackSaid is an official's dated saying that the sentence's own
	// triggers outranked (addStatement); it stands when none of them
	// tells an event ("About 1,100 soldiers have been killed or wounded,
	// the Joint Chiefs of Staff said Monday": a tally, but an estimate
	// announced). hasFallback reports one.
	fallbackSaid match
	hasFallback  bool
	actors       []actorHit
	dates        []int        // indices into docCtx.dates
	places       []int        // indices into docCtx.places
	attr         map[int]bool // attribution dates (report dates, datelines)
	dateline     map[int]bool // dateline dates, a subset of attr
	reportedBy   string
	reportedOn   pipeline.Date
	heading      bool
	caption      bool      // set for the sentences that hold a trigger or may be a heading
	words        wordFlags // the flags of all its words
	actorEnds    []int     // see inActor
	trigLasts    []int     // see coveredByTrigger
}

type actorHit struct {
	start, end int
	name       string
}

func (x *Extractor) newDoc(it *pipeline.Item) *docCtx {
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	d := &docCtx{it: it, text: it.Doc.Text, focus: -1, capitals: x.capitals, seats: x.seats, sc: sc, lastDated: dateLink{level: dateNone, at: -1}, sitting: dateLink{level: dateNone, at: -1}, sittingPlace: placeLink{level: placeNone}, lastSaid: placeLink{level: placeNone}, sameType: -1, afterType: -1, v: x.v}
	n := len(d.text)
	d.tz.lw.b.Grow(n / 8) // the lower-case forms of the capitalized words, grown once
	valid := func(sp pipeline.Span) bool { return sp.Start >= 0 && sp.End <= n && sp.Start < sp.End }

	// Sentences: as given, else paragraphs, else the whole text.
	var raw []pipeline.Sentence
	switch {
	case len(it.Sentences) > 0:
		raw = it.Sentences
	case len(it.Paragraphs) > 0:
		for i, p := range it.Paragraphs {
			raw = append(raw, pipeline.Sentence{Span: p, Paragraph: i})
		}
	case n > 0:
		raw = []pipeline.Sentence{{Span: pipeline.Span{End: n}}}
	}
	bad := 0
	nv := 0
	for _, s := range raw {
		if valid(s.Span) {
			nv++
		} else {
			bad++
		}
	}
	sc.sents = slices.Grow(sc.sents[:0], nv)[:nv]
	sc.ptrs = slices.Grow(sc.ptrs[:0], nv)[:0]
	for i, s := range raw {
		if valid(s.Span) {
			p := &sc.sents[len(sc.ptrs)]
			*p = sent{Span: s.Span, idx: i, para: s.Paragraph, doc: d.text}
			sc.ptrs = append(sc.ptrs, p)
		}
	}
	d.sents = sc.ptrs
	sortStableBy(d.sents, func(s *sent) int { return s.Start })
	d.dates = sc.dates[:0]
	for i, m := range it.Dates {
		if !valid(m.Span) {
			bad++
			continue
		}
		d.dates = append(d.dates, it.Dates[i])
	}
	sortStableBy(d.dates, func(m pipeline.DateMention) int { return m.Span.Start })
	sc.dates = d.dates
	d.places = sc.places[:0]
	for i := range it.Places {
		if !valid(it.Places[i].Span) {
			bad++
			continue
		}
		d.places = append(d.places, placeRef{pm: &it.Places[i], sent: -1})
	}
	sortStableBy(d.places, func(p placeRef) int { return p.pm.Start })
	sc.places = d.places
	if bad > 0 {
		it.Warnf("events", "%d spans lie outside the text and were ignored", bad)
	}

	// Each sentence's dates and places, in order: slices of one array.
	sc.at = slices.Grow(sc.at[:0], len(d.dates)+len(d.places))[:len(d.dates)+len(d.places)]
	sc.count = slices.Grow(sc.count[:0], 2*len(d.sents)+1)[:2*len(d.sents)+1]
	clear(sc.count)
	for i := range d.dates {
		si := d.sentenceAt(d.dates[i].Span.Start)
		sc.at[i] = si
		if si >= 0 {
			sc.count[2*si+1]++
		}
	}
	for i := range d.places {
		si := d.sentenceAt(d.places[i].pm.Start)
		sc.at[len(d.dates)+i] = si
		d.places[i].sent = si
		if si >= 0 {
			sc.count[2*si+2]++
		}
	}
	for k := 1; k < len(sc.count); k++ {
		sc.count[k] += sc.count[k-1]
	}
	sc.idx = slices.Grow(sc.idx[:0], sc.count[len(sc.count)-1])[:sc.count[len(sc.count)-1]]
	for si, s := range d.sents {
		a, b, c := sc.count[2*si], sc.count[2*si+1], sc.count[2*si+2]
		if a < b {
			s.dates = sc.idx[a:a:b]
		}
		if b < c {
			s.places = sc.idx[b:b:c]
		}
	}
	for i := range d.dates {
		if si := sc.at[i]; si >= 0 {
			s := d.sents[si]
			s.dates = append(s.dates, i)
		}
	}
	for i := range d.places {
		if si := sc.at[len(d.dates)+i]; si >= 0 {
			s := d.sents[si]
			s.places = append(s.places, i)
		}
	}
	perPara := d.sentencesPerParagraph()
	d.toks = sc.toks[:0]
	if want := len(d.text)/6 + 8; cap(d.toks) < want {
		d.toks = make([]token, 0, want)
	}
	for si, s := range d.sents {
		x.prepareSentence(d, si, s, perPara(s.para))
	}
	sc.toks = d.toks
	for i := range d.places {
		d.classifyPlace(i)
	}
	d.focus = d.countryFocus()
	// The document's outlet: the reporter named most often (the first on a tie).
	counts := map[string]int{}
	best := 0
	for _, s := range d.sents {
		if s.reportedBy != "" {
			counts[s.reportedBy]++
			if counts[s.reportedBy] > best {
				d.docOutlet, best = s.reportedBy, counts[s.reportedBy]
			}
		}
	}
	if d.docOutlet == "" {
		d.docOutlet = it.Doc.Source
	}
	return d
}

// sentencesPerParagraph returns the number of sentences of each paragraph.
func (d *docCtx) sentencesPerParagraph() func(para int) int {
	lo, hi := 0, 0
	for i, s := range d.sents {
		if i == 0 || s.para < lo {
			lo = s.para
		}
		if i == 0 || s.para > hi {
			hi = s.para
		}
	}
	if lo < 0 || hi > 4*len(d.sents)+64 { // not the usual indices: a map
		m := map[int]int{}
		for _, s := range d.sents {
			m[s.para]++
		}
		return func(p int) int { return m[p] }
	}
	sc := d.sc
	sc.paras = slices.Grow(sc.paras[:0], hi+1)[:hi+1]
	clear(sc.paras)
	for _, s := range d.sents {
		sc.paras[s.para]++
	}
	return func(p int) int { return sc.paras[p] }
}

// offsets returns the document's code-point index, built on first use.
func (d *docCtx) offsets() *pipeline.Offsets {
	if d.offs == nil {
		d.offs = pipeline.NewOffsets(d.text)
	}
	return d.offs
}

// sortStableBy sorts s stably by the int key.
func sortStableBy[E any](s []E, key func(E) int) {
	if slices.IsSortedFunc(s, func(a, b E) int { return cmp.Compare(key(a), key(b)) }) {
		return
	}
	slices.SortStableFunc(s, func(a, b E) int { return cmp.Compare(key(a), key(b)) })
}

// sentenceAt returns the index of the sentence containing byte off, or -1.
func (d *docCtx) sentenceAt(off int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > off })
	if i < len(d.sents) && d.sents[i].Start <= off {
		return i
	}
	return -1
}

func (d *docCtx) sentence(si int) *sent { return d.sents[si] }

// addPlaceShut returns s's triggers with a lockdown added on "was shut",
// "were sealed", "has been closed" right after a town or county the
// places stage resolved ("Hamhung was shut on the 13th"): what the
// lexicon's "city was shut" says of a name. Not a place shut to someone
// or for something ("Kaesong was closed to tourists", "… closed for
// repairs"), nor one a trigger already covers.
func (x *Extractor) addPlaceShut(d *docCtx, s *sent) []match {
	if x.v.lockdown < 0 {
		return s.trigs
	}
	for _, i := range s.places {
		p := d.places[i]
		if !p.pm.Resolved || p.metonym || p.pm.Place.Precision != pipeline.GeoCity && p.pm.Place.Precision != pipeline.GeoAdmin2 {
			continue
		}
		k := s.tokenAt(p.pm.End)
		if k >= len(s.toks) || s.toks[k].start < p.pm.End || hardBreak(d.text[p.pm.End:s.toks[k].start]) {
			continue
		}
		// (the town is the subject: not "the road to Hyesan was closed",
		// "the market in Hyesan was shut")
		if b := s.tokenAt(p.pm.Start) - 1; b >= 0 && b < len(s.toks) && (prepositions[s.toks[b].low] || notTownBefore[s.toks[b].low]) {
			continue
		}
		switch s.toks[k].low {
		case "was", "were":
		case "has", "had":
			if k+1 >= len(s.toks) || s.toks[k+1].low != "been" {
				continue
			}
			k++
		default:
			continue
		}
		v := k + 1
		if v >= len(s.toks) {
			continue
		}
		switch s.toks[v].low {
		case "shut", "sealed":
		case "closed":
			// (a town "closed" is a lockdown only with its cause in the
			// sentence: not "Kaesong was closed in 2016 when Seoul pulled
			// out", "Namyang was closed as a border crossing")
			if !slices.ContainsFunc(s.toks, func(t token) bool { return outbreakWords[t.low] }) {
				continue
			}
		default:
			continue
		}
		if v+1 < len(s.toks) {
			switch s.toks[v+1].low {
			case "to", "for", "down", "out", "in", "as", "off":
				continue // ("closed to tourists", "shut in by snow"; "shut down", "sealed off" have their own triggers)
			}
		}
		if slices.ContainsFunc(s.toks, func(t token) bool { return shutNotTown[t.low] }) {
			continue // a crossing, a border or a complex named for the town
		}
		if slices.ContainsFunc(s.trigs, func(m match) bool { return m.first <= v && v <= m.last }) {
			continue
		}
		return insertMatch(s.trigs, match{first: k, last: v, start: s.toks[k].start, end: s.toks[v].end, value: x.v.lockdown, pat: -1})
	}
	return s.trigs
}

// outbreakWords name the cause that makes a town "closed" a lockdown.
var outbreakWords = map[string]bool{
	"covid": true, "coronavirus": true, "virus": true, "epidemic": true, "outbreak": true, "fever": true,
	"fevers": true, "quarantine": true, "infection": true, "infections": true, "cases": true, "pandemic": true,
}

// notTownBefore are words before a town that make it part of another
// subject: a place named for it ("Mount Kumgang", "the port of Rajin"),
// traffic through it ("Traffic via Sinuiju was closed"), a list.
var notTownBefore = map[string]bool{
	"and": true, "of": true, "via": true, "mount": true, "mt": true, "port": true, "lake": true,
}

// shutNotTown are words of a sentence that make a town "shut" something
// else: a crossing, a border or a complex there, its station or traffic.
var shutNotTown = map[string]bool{
	"crossing": true, "crossings": true, "border": true, "bridge": true, "customs": true, "complex": true,
	"zone": true, "station": true, "traffic": true, "trade": true, "airport": true, "school": true, "schools": true,
}

// clauses returns the sentence's clauses (vocab.clauses), made on the first
// call; they depend only on its tokens and the marks its tokenizer found.
func (s *sent) clauses() []pipeline.Span {
	if !s.clsMade {
		s.cls, s.clsMade = s.v.clauses(s.doc, s, s.sc, s.pre, s.preDashed), true
	}
	return s.cls
}

// between returns the text from a to b, or "" when the range is empty or
// outside the text (spans from other stages may overlap).
func (d *docCtx) between(a, b int) string {
	if a < 0 || b > len(d.text) || a >= b {
		return ""
	}
	return d.text[a:b]
}

func (x *Extractor) prepareSentence(d *docCtx, si int, s *sent, sentsInPara int) {
	first := len(d.toks)
	d.tz.words = &x.v.words
	d.toks = d.tz.appendTokens(d.toks, d.text, s.Start, s.End)
	s.words = d.tz.seen
	if len(d.toks) > first {
		s.toks = d.toks[first:len(d.toks):len(d.toks)]
	}
	// The clauses are made when first asked for: most sentences hold no
	// trigger, and nothing asks for theirs. Keep the marks they need.
	a := len(d.sc.pre)
	d.sc.pre = append(d.sc.pre, d.tz.cuts...)
	s.pre, s.preDashed, s.v, s.sc = d.sc.pre[a:len(d.sc.pre):len(d.sc.pre)], d.tz.dashed, x.v, d.sc
	sc := d.sc
	n := len(sc.trigs)
	sc.trigs = x.v.trig.appendFindAt(sc.trigs, s.toks, d.tz.starts, &sc.find)
	if len(sc.trigs) > n {
		s.trigs = sc.trigs[n:len(sc.trigs):len(sc.trigs)]
	}
	s.trigs = x.addDirectives(d.text, s.toks, s.words, s.trigs)
	s.trigs = x.addPlaceShut(d, s)
	if s.words&(flagSaid|flagTold) != 0 { // addStatement needs "said", "says" or "told"
		s.trigs, s.fallbackSaid, s.hasFallback = addStatement(d.text, s.toks, s.trigs, x.v.statement)
	}
	// Whether the sentence is a caption matters to its events and to
	// whether it is a heading; it is asked only then.
	body := d.text[s.Start:s.End]
	mayHead := sentsInPara == 1 && len(s.toks) <= 20 && !endsSentence(body)
	if mayHead || len(s.trigs) > 0 {
		s.caption = isCaption(body)
	}
	s.heading = mayHead && !s.caption
	x.findActors(d, s)
	d.findAttribution(s)
}

// endsSentence reports whether s ends in terminal punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, n := utf8.DecodeLastRuneInString(s)
	switch {
	case strings.ContainsRune(")]", r):
		return true // "(Reporting by …; Editing by …)": a credit, no headline
	case strings.ContainsRune("”\"’'", r):
		// a closing quote ends a sentence when a stop stands before it
		// ("… he said, \"we left.\""); a quoted headline does not end
		// ("Testimony: \"They took me from the market in Hoeryong\"")
		r, _ = utf8.DecodeLastRuneInString(strings.TrimRightFunc(s[:len(s)-n], unicode.IsSpace))
		if strings.ContainsRune("”\"’')]", r) {
			return true // nested closers
		}
	}
	return strings.ContainsRune(".!?…", r)
}

// Phrases that open a credit line ("(Reporting by …; Editing by …)").
var creditOpeners = newOpeners(
	"reported by ", "reporting by ", "additional reporting by ", "editing by ", "edited by ",
	"writing by ", "written by ", "written in english by ", "translated by ", "translation by ",
	// an editor's note about the outlet's methods ("※ We reach our sources by …")
	"※", "editor's note", "editor’s note",
)

// webOpeners open a web address: the source's stamp ("www.kcna.kp
// (Juche113.4.18.)", "https://…").
var webOpeners = newOpeners("www.", "http://", "https://")

// openers are phrases a line may open with, ignoring case (strings.EqualFold),
// with the bytes such a line can start with: a line starting otherwise is
// ruled out by one lookup instead of a comparison with each phrase.
type openers struct {
	phrases []string
	first   [256]bool // the first bytes of the runes each phrase's first rune folds to
}

func newOpeners(phrases ...string) *openers {
	o := &openers{phrases: phrases}
	for _, p := range phrases {
		r, _ := utf8.DecodeRuneInString(p)
		f := r
		for {
			o.first[utf8.AppendRune(nil, f)[0]] = true
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return o
}

// open reports whether t opens with one of the phrases, ignoring case.
func (o *openers) open(t string) bool {
	if t == "" || !o.first[t[0]] {
		return false
	}
	for _, p := range o.phrases {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return true
		}
	}
	return false
}

// Phrases that mark a copyright, contact or stock-image line anywhere in it,
// each with the index of its rarest letter, which hasFoldASCII looks for.
var boilerplateMarks = func() []foldNeedle {
	var ns []foldNeedle
	for _, m := range []string{
		"copyright", "all rights reserved", "please direct any comments", "editing by ",
		"thomson reuters", "illustrative image", "illustrative photo", "file photo",
	} {
		ns = append(ns, foldNeedle{m, rarestLetter(m)})
	}
	return ns
}()

// boilerplateGroups are boilerplateMarks grouped by the letter each is
// looked for by.
var boilerplateGroups = groupNeedles(boilerplateMarks)

// A needleGroup is the needles found by the same byte, lower[rare].
type needleGroup struct {
	c       byte
	needles []foldNeedle
}

// groupNeedles groups ns by the byte each is found by, in the order of
// their first appearance.
func groupNeedles(ns []foldNeedle) []needleGroup {
	var gs []needleGroup
	for _, n := range ns {
		c := n.lower[n.rare]
		k := slices.IndexFunc(gs, func(g needleGroup) bool { return g.c == c })
		if k < 0 {
			k = len(gs)
			gs = append(gs, needleGroup{c: c})
		}
		gs[k].needles = append(gs[k].needles, n)
	}
	return gs
}

// A foldNeedle is a lower-case string to look for ignoring ASCII case, and
// the index of the byte to find its candidates by.
type foldNeedle struct {
	lower string
	rare  int
}

// letterRank ranks the lower-case ASCII letters from the commonest in
// English text (e) to the rarest (z).
const letterRank = "etaoinshrdlcumwfgypbvkjxqz"

// rarestLetter returns the index of the rarest lower-case ASCII letter of
// s by letterRank, or 0 when s has none.
func rarestLetter(s string) int {
	best, bestRank := 0, -1
	for i := 0; i < len(s); i++ {
		if r := strings.IndexByte(letterRank, s[i]); r > bestRank {
			best, bestRank = i, r
		}
	}
	return best
}

// isBoilerplate reports a credit, copyright or contact line, a footnote
// ("*ASIAPRESS communicates with …"), or the caption of a stock photo: text
// around a report that tells no event.
func isBoilerplate(s string) bool {
	if f := strings.TrimLeft(s, " \t\n"); len(f) > 1 && f[0] == '*' && isASCIILetter(f[1]) {
		return true // a footnote ("*ASIAPRESS communicates with …"), not a Markdown bullet ("* Police …")
	}
	t := strings.TrimLeft(s, " \t\n([“\"'")
	if creditOpeners.open(t) || hasAnyFoldASCII(t, boilerplateGroups) || webOpeners.open(t) {
		return true
	}
	// an e-mail address: a contact line
	if at := strings.IndexByte(t, '@'); at > 0 && at+1 < len(t) && isASCIILetter(t[at-1]) && strings.Contains(t[at+1:], ".") && isASCIILetter(t[at+1]) {
		return true
	}
	return false
}

// hasFoldASCII reports whether s contains lower, a lower-case string whose
// letters are ASCII, ignoring their case. The candidates are found by
// IndexByte on lower[rare] in either case, so a sentence is scanned
// quickly without a lower-case copy (isBoilerplate runs on every one);
// searching for a rare letter (rarestLetter) stops at fewer candidates
// than searching for the first, often a, e or t.
func hasFoldASCII(s, lower string, rare int) bool {
	return hasAnyFoldASCII(s, []needleGroup{{lower[rare], []foldNeedle{{lower, rare}}}})
}

// hasAnyFoldASCII reports whether s contains one of the needles of gs, as
// hasFoldASCII finds each: one search for the byte of each group, in
// either case, finds the candidates of all its needles (the eight
// boilerplate marks are found by four letters).
func hasAnyFoldASCII(s string, gs []needleGroup) bool {
	for _, g := range gs {
		cases := [2]byte{g.c, g.c}
		if 'a' <= g.c && g.c <= 'z' {
			cases[1] = g.c - 'a' + 'A'
		}
		for n, c := range cases {
			if n == 1 && c == cases[0] {
				break
			}
			for p := 0; p < len(s); p++ {
				k := strings.IndexByte(s[p:], c)
				if k < 0 {
					break
				}
				p += k
				// lower[rare] stands at p for a match at p-rare.
				for _, m := range g.needles {
					if i := p - m.rare; i >= 0 && i+len(m.lower) <= len(s) && strings.EqualFold(s[i:i+len(m.lower)], m.lower) {
						return true
					}
				}
			}
		}
	}
	return false
}

// isCaption reports photo captions: "… / Image: X", "(Photo: …)", "LABEL: …".
func isCaption(s string) bool {
	// Every marker holds "Photo", "Image" or "Credit:": one of three
	// searches rules most sentences out.
	if strings.Contains(s, "Photo") || strings.Contains(s, "Image") || strings.Contains(s, "Credit:") {
		for _, m := range []string{"Image:", "Photo:", "(Photo", "Photo by", "Photo courtesy", "Credit:", "(Image"} {
			if strings.Contains(s, m) {
				return true
			}
		}
	}
	// An upper-case label such as "THE LEADER:" opening the text.
	colon := strings.IndexByte(s, ':')
	if colon >= 3 && colon < 40 {
		label := strings.TrimSpace(s[:colon])
		upper := 0
		for _, r := range label {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsUpper(r) {
				upper++
			}
		}
		return upper >= 3
	}
	return false
}

// clauseOf returns the index of the clause containing byte off.
func (s *sent) clauseOf(off int) int {
	// The last clause starting at or before off; the clauses are in order.
	i := sort.Search(len(s.clauses()), func(i int) bool { return s.clauses()[i].Start > off })
	return max(i-1, 0)
}

// trigsByClause returns, for each clause, the indices of the triggers that
// start in it, in order.
func (s *sent) trigsByClause() [][]int {
	out := make([][]int, len(s.clauses()))
	if len(s.trigs) == 0 {
		return out
	}
	flat := make([]int, len(s.trigs)) // one array shared by the lists
	ci := make([]int, len(s.trigs))
	n := make([]int, len(s.clauses())+1)
	for k, m := range s.trigs {
		ci[k] = s.clauseOf(m.start)
		n[ci[k]+1]++
	}
	for c := range s.clauses() {
		n[c+1] += n[c]
		out[c] = flat[n[c]:n[c]:n[c+1]]
	}
	for k := range s.trigs {
		out[ci[k]] = append(out[ci[k]], k)
	}
	return out
}

// tokenAt returns the index of the first token starting at or after off.
func (s *sent) tokenAt(off int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].end > off })
}

// inActor reports whether a trigger match starts inside a named actor
// ("border patrol unit"); a trigger that only reaches into one ("sent
// anti-aircraft units") stands.
func (s *sent) inActor(m match) bool {
	// s.actors is sorted by start; actorEnds[i] is the furthest end among
	// s.actors[:i+1], rebuilt when actors were added.
	if len(s.actorEnds) != len(s.actors) {
		s.actorEnds = s.actorEnds[:0]
		for i, a := range s.actors {
			e := a.end
			if i > 0 {
				e = max(e, s.actorEnds[i-1])
			}
			s.actorEnds = append(s.actorEnds, e)
		}
	}
	n := sort.Search(len(s.actors), func(i int) bool { return s.actors[i].start > m.start })
	return n > 0 && s.actorEnds[n-1] > m.start
}

// actorNames lists the sentence's actors in first-appearance order, once each.
func (s *sent) actorNames() []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range s.actors {
		if !seen[a.name] {
			seen[a.name] = true
			out = append(out, a.name)
		}
	}
	return out
}

// Words that open a new clause after a comma.
var clauseOpeners = map[string]bool{
	"and": true, "but": true, "while": true, "which": true, "who": true, "whom": true,
	"whose": true, "adding": true, "before": true, "after": true, "as": true,
	"because": true, "although": true, "though": true, "whereas": true, "when": true,
	"where": true, "so": true, "yet": true, "then": true, "including": true,
}

// Heads of an appositive that places an event in a series (", the latest
// in …", ", the first such …").
var seriesHeads = map[string]bool{
	"latest": true, "first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"last": true, "largest": true, "biggest": true, "most": true, "newest": true,
}

// Words that open a sentence with a phrase the first comma closes.
var phraseOpeners = map[string]bool{
	"after": true, "before": true, "since": true, "while": true, "when": true,
	"although": true, "though": true, "as": true, "following": true, "despite": true,
	"because": true, "once": true, "unlike": true, "amid": true,
}

// Subordinators that open a clause even without a comma.
var subordinators = map[string]bool{
	"after": true, "before": true, "because": true, "while": true, "when": true,
	"whereas": true, "although": true, "who": true, "whose": true,
}

// Reporting verbs (attribution).
var reportVerbs = map[string]bool{
	"told": true, "tell": true, "tells": true, "telling": true, "informed": true,
	"said": true, "says": true, "saying": true, "reported": true, "reports": true,
	"reporting": true, "stated": true, "states": true, "explained": true, "noted": true,
	"added": true, "adding": true, "learned": true, "learnt": true, "confirmed": true,
	"claimed": true, "claims": true, "revealed": true, "wrote": true, "according": true,
	"continued": true, "insisted": true,
}

// Irregular past tenses that can head a coordinated clause ("and fled").
var irregularPast = map[string]bool{
	"shut": true, "sent": true, "held": true, "began": true, "set": true, "put": true,
	"cut": true, "made": true, "took": true, "fled": true, "caught": true, "shot": true,
	"gave": true, "left": true, "brought": true, "kept": true, "ran": true, "went": true,
	"built": true, "sought": true, "told": true, "hung": true, "beat": true, "struck": true,
	"begun": true, "taken": true, "given": true, "driven": true, "stolen": true, "thrown": true,
	"beaten": true, "seen": true, "shown": true, "sentenced": true, "swept": true, "fell": true,
	"found": true, "got": true, "spent": true, "lost": true, "sold": true, "bought": true, "came": true,
	"became": true, "saw": true, "swam": true, "hid": true, "paid": true, "led": true, "won": true,
}

// clauses splits a sentence into clauses at semicolons, colons, spaced dashes,
// quotation marks, commas before a clause opener or an -ing word, "and"
// before a past-tense verb, bare subordinators, and "that" after a reporting
// verb, and "according to …," openers.
func (v *vocab) clauses(text string, s *sent, sc *scratch, pre []int, preDashed bool) []pipeline.Span {
	body := text[s.Start:s.End]
	// Offsets, in any order, repeats allowed; first those of the
	// semicolons, colons, quotation marks and dashes, which the tokenizer
	// found (pre).
	cuts, dashed := append(sc.cuts[:0], pre...), preDashed
	toks := s.toks
	relative := -1 // the token opening a ", who …" or ", which …" clause still open, or -1
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		// A soft gap holds no comma.
		comma := !t.soft && strings.IndexByte(text[toks[k-1].end:t.start], ',') >= 0
		f := v.flagsOf(t)
		if f&flagDeliberate != 0 && k+1 < len(toks) && ownTime(toks[k+1:]) {
			// "The meeting discussed rehabilitating the areas hit by the
			// floods that swept South Hamgyong Province in late August":
			// a topic with a time of its own tells its own event.
			cuts = append(cuts, toks[k+1].start)
		}
		if !comma && f&(flagAnd|flagThat|flagSubordinator) == 0 {
			continue // none of the cases below
		}
		switch {
		case t.low == "and" && participleList(toks, k):
			// "pursued, arrested, investigated, and sentenced", "caught and
			// convicted": one predicate, one clause.
		case comma && relative >= 0 && (finiteBe[t.low] || isPast(t.low) && !listGoesOn(text, toks, k)) && ownTime(toks[relative:k]):
			// "My cousin, who had been held in a detention center, was
			// among the people sent back": the main clause resumes. Only
			// a relative clause with a time of its own is cut off ("who
			// crossed the MDL, was guided to safety on Tuesday" keeps the
			// crossing on Tuesday), and not inside a list ("who was
			// detained in 2019, repatriated and sent to a camp").
			cuts = append(cuts, t.start)
			relative = -1
		case comma && (v.is(*t, flagClauseOpener) || (strings.HasSuffix(t.low, "ing") && len(t.low) > 4)):
			cuts = append(cuts, t.start)
			relative = -1
			if t.low == "who" || t.low == "which" {
				relative = k
			}
		case comma && t.low == "the" && k+1 < len(toks) && seriesHeads[toks[k+1].low]:
			// ", the latest in a series of defections this summer": an
			// aside placing the event in a series, with its own date.
			cuts = append(cuts, t.start)
		case t.low == "and" && k+1 < len(toks):
			next := toks[k+1]
			if strings.HasSuffix(next.low, "ly") && k+2 < len(toks) {
				next = toks[k+2]
			}
			if isPast(next.low) {
				cuts = append(cuts, t.start)
			}
		case v.is(*t, flagSubordinator) && k >= 3:
			cuts = append(cuts, t.start)
		case t.low == "that":
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				if reportVerbs[toks[j].low] || thatVerbs[toks[j].low] {
					cuts = append(cuts, t.start)
					break
				}
			}
		}
	}
	// "According to X, …", "Having closed …, X", "After …, X": the first
	// comma closes the opening phrase.
	if len(toks) > 1 && (toks[0].low == "according" && toks[1].low == "to" || phraseOpeners[toks[0].low] || (strings.HasSuffix(toks[0].low, "ing") && len(toks[0].low) > 4)) {
		if c := strings.IndexByte(body, ','); c > 0 {
			cuts = append(cuts, s.Start+c)
		}
	}
	// "– even executed –": a short aside between two dashes belongs to the
	// clause around it.
	var dashes, kept []int
	if dashed {
		for i, r := range body {
			if r == '–' || r == '—' {
				dashes = append(dashes, s.Start+i)
			}
		}
	}
	for i := 0; i+1 < len(dashes); i++ {
		if n := countTokens(text, dashes[i], dashes[i+1], maxAside+1); n > 0 && n <= maxAside {
			kept = append(kept, dashes[i], dashes[i+1])
			i++
		}
	}
	keys := cuts[:0]
	for _, k := range cuts {
		if _, in := slices.BinarySearch(kept, k); k > s.Start && k < s.End && !in {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	sc.cuts = cuts[:0]
	first := len(sc.spans)
	start := s.Start
	for _, k := range keys {
		sc.spans = append(sc.spans, pipeline.Span{Start: start, End: k})
		start = k
	}
	sc.spans = append(sc.spans, pipeline.Span{Start: start, End: s.End})
	return sc.spans[first:len(sc.spans):len(sc.spans)]
}

// maxAside is the longest dash-enclosed aside (in words) kept in its clause.
const maxAside = 4

// Verbs of saying or stressing whose "that" opens a content clause; unlike
// reportVerbs they do not make a date an attribution date.
var thatVerbs = map[string]bool{
	"warn": true, "warns": true, "warned": true, "warning": true, "stress": true,
	"stressed": true, "stresses": true, "emphasized": true, "emphasised": true,
	"announced": true, "announces": true, "declared": true, "declares": true,
	"threatened": true, "threatening": true, "insist": true, "argued": true,
}

// participleList reports whether "and" at toks[k] joins past participles
// ("caught and convicted", "arrested, investigated, and sentenced").
func participleList(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	return isPast(toks[k-1].low) && isPast(toks[k+1].low)
}

func isPast(w string) bool {
	return irregularPast[w] || (len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// Heads of organisation names found by the capitalized-name fallback.
var orgHeads = map[string]bool{
	"ministry": true, "committee": true, "department": true, "bureau": true, "army": true,
	"corps": true, "agency": true, "police": true, "command": true, "commission": true,
	"court": true, "party": true,
	// companies named after a place ("Koryo Tours said …", "Air Koryo")
	"tours": true, "travel": true, "airlines": true, "airways": true,
}

func isCapitalized(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// findActors fills s.actors from actors.tsv, the capitalized-name fallback
// and metonymic place names; outlets named as reporters are left out. Only
// the events of a sentence read its actors, so a sentence without
// triggers gets none; its reporter (s.reportedBy) is found all the same.
func (x *Extractor) findActors(d *docCtx, s *sent) {
	sc := d.sc
	// d.tz.starts: the words of s that begin a phrase of a matcher.
	// A matcher none of whose first words the sentence holds finds nothing.
	sc.names = sc.names[:0]
	if s.words&flagOutletStart != 0 {
		sc.names = x.v.out.appendFindAt(sc.names, s.toks, d.tz.starts, &sc.find)
	}
	nOutlets := len(sc.names)
	if len(s.trigs) > 0 && s.words&flagActorStart != 0 {
		sc.names = x.v.act.appendFindAt(sc.names, s.toks, d.tz.starts, &sc.find)
	}
	outlets, actors := sc.names[:nOutlets], sc.names[nOutlets:]
	var attrOutlets []match
	for _, m := range outlets {
		if attributive(s.toks, m) {
			attrOutlets = append(attrOutlets, m)
			if s.reportedBy == "" {
				s.reportedBy = x.v.outlets[m.value].name
			}
		}
	}
	if s.reportedBy == "" && s.words&flagTold != 0 {
		s.reportedBy = toldWhom(s.toks)
	}
	if len(s.trigs) == 0 {
		return
	}
	overlaps := func(a, b, c, e int) bool { return a < e && c < b }
	var hits []actorHit
	for _, m := range actors {
		skip := false
		for _, o := range attrOutlets {
			if overlaps(m.start, m.end, o.start, o.end) {
				skip = true
			}
		}
		if !skip {
			hits = append(hits, actorHit{start: m.start, end: m.end, name: x.v.actors[m.value].name})
		}
	}
	// Fallback: capitalized runs ending in an organisation head.
	for k := range s.toks {
		if s.words&flagOrgHead == 0 {
			break
		}
		if t := &s.toks[k]; !x.v.is(*t, flagOrgHead) || !isCapitalized(*t) {
			continue
		}
		first, last := k, k
		for first > 0 && s.toks[first].soft && (isCapitalized(s.toks[first-1]) || possessive(d.text, s.toks, first-1)) {
			first--
		}
		for last+2 < len(s.toks) && s.toks[last+1].low == "of" && s.toks[last+1].soft && s.toks[last+2].soft && isCapitalized(s.toks[last+2]) {
			last += 2
			for last+1 < len(s.toks) && s.toks[last+1].soft && isCapitalized(s.toks[last+1]) {
				last++
			}
		}
		if first < k && (s.toks[first].low == "the" || s.toks[first].low == "a") {
			first++
		}
		if last-first < 1 {
			continue
		}
		st, en := s.toks[first].start, s.toks[last].end
		clash := false
		for _, h := range hits {
			if overlaps(st, en, h.start, h.end) {
				clash = true
			}
		}
		for _, o := range outlets {
			if overlaps(st, en, o.start, o.end) {
				clash = true
			}
		}
		if !clash {
			hits = append(hits, actorHit{start: st, end: en, name: strings.Join(strings.Fields(d.text[st:en]), " ")})
		}
	}
	slices.SortStableFunc(hits, func(a, b actorHit) int { return cmp.Compare(a.start, b.start) })
	s.actors = hits
}

// possessiveS reports whether token k is the "s" of a possessive ("Kim Jong
// Un's order").
func (s *sent) possessiveS(k int) bool {
	if k == 0 || s.toks[k].low != "s" {
		return false
	}
	// "Kim Yo Jong [the leader's sister]'s criticism": a bracket may close before it.
	return isApostrophe(strings.TrimLeft(s.doc[s.toks[k-1].end:s.toks[k].start], ")]"))
}

// possessive reports whether token k is the "s" of "People's".
func possessive(text string, toks []token, k int) bool {
	if toks[k].low != "s" || k == 0 {
		return false
	}
	gap := text[toks[k-1].end:toks[k].start]
	return (gap == "'" || gap == "’") && isCapitalized(toks[k-1])
}

// attributive reports whether an outlet match is the reporter of the
// sentence: "told X", "according to X", "X reported", "X has learned".
func attributive(toks []token, m match) bool {
	if m.first > 0 {
		switch toks[m.first-1].low {
		case "told", "tells", "informed", "to", "by", "from", "with", "for":
			return true
		}
	}
	for k := m.last + 1; k < len(toks) && k <= m.last+2; k++ {
		if reportVerbs[toks[k].low] || toks[k].low == "has" || toks[k].low == "have" {
			return true
		}
	}
	return false
}

// toldWhom returns the capitalized name after "told"/"informed", if any.
func toldWhom(toks []token) string {
	for k, t := range toks {
		if t.low != "told" && t.low != "informed" {
			continue
		}
		j := k + 1
		var parts []string
		for j < len(toks) && isCapitalized(toks[j]) && len(parts) < 4 {
			parts = append(parts, toks[j].text)
			j++
		}
		if len(parts) > 0 {
			return strings.Join(parts, " ")
		}
	}
	return ""
}

// trailingSaidAt reports a saying that closes the sentence with its day
// (trailingSaid) at token k: its day still tells when the report was made.
func (s *sent) trailingSaidAt(k int) bool {
	for _, m := range s.trigs {
		if m.pat == trailingSaid && m.first == k {
			return true
		}
	}
	return false
}

// usableDate reports whether a date mention can date an event: a calendar
// date (never a duration or set) with a known interval or a known month/day
// without a year.
func usableDate(m *pipeline.DateMention) bool {
	if m.Kind != pipeline.KindDate && m.Kind != "" {
		return false
	}
	return m.Interval.Known() || strings.HasPrefix(m.Value, "XXXX-")
}

// findAttribution marks the dates of s that say when the report was made
// ("told Daily NK on Feb. 17", "On Mar. 27, a source … informed …") and sets
// s.reportedOn.
func (d *docCtx) findAttribution(s *sent) {
	for _, di := range s.dates {
		m := &d.dates[di]
		if !usableDate(m) || strings.HasSuffix(m.Value, "_REF") {
			continue
		}
		ti := s.tokenAt(m.Span.Start)
		attr := d.isDateline(s, m.Span)
		if attr {
			if s.dateline == nil {
				s.dateline = map[int]bool{}
			}
			s.dateline[di] = true
		}
		// (a) a reporting verb shortly before the date, with no "that" or trigger between.
		for k := ti - 1; k >= 0 && k >= ti-8; k-- {
			if s.toks[k].low == "that" || s.coveredByTrigger(k) && !s.trailingSaidAt(k) {
				break
			}
			if reportVerbs[s.toks[k].low] && s.toks[k].low != "according" {
				attr = true
				break
			}
		}
		// (b) a sentence-opening date followed by "…, a source … said/informed".
		if !attr && ti <= 3 {
			end := s.tokenAt(m.Span.End)
			comma := end < len(s.toks) && strings.Contains(d.between(m.Span.End, s.toks[end].start), ",")
			if comma {
				for k := end; k < len(s.toks) && k <= end+15; k++ {
					if s.coveredByTrigger(k) || s.toks[k].low == "that" {
						break
					}
					if reportVerbs[s.toks[k].low] {
						attr = true
						break
					}
				}
			}
		}
		if attr {
			if s.attr == nil {
				s.attr = map[int]bool{}
			}
			s.attr[di] = true
			if s.reportedOn.IsZero() && m.Interval.Known() && m.Interval.Start == m.Interval.End {
				s.reportedOn = m.Interval.Start
			}
		}
	}
}

// isDateline reports a date in a dateline: "SEOUL, March 3, 2021 —",
// "PYONGYANG, Jan. 5 (Yonhap) --", opening the sentence after a place in
// capitals, or any dateline datelineEnd recognises ("Pyongyang, October 12,
// 2023 --").
func (d *docCtx) isDateline(s *sent, sp pipeline.Span) bool {
	text := d.text
	if sp.Start < s.Start || sp.End > s.End {
		return false
	}
	if e := d.datelineEnd(s); e >= 0 && sp.Start > s.Start && sp.End <= e {
		return true
	}
	head := strings.TrimSpace(text[s.Start:sp.Start])
	if head == "" || len(head) > 40 || !strings.HasSuffix(head, ",") {
		return false
	}
	for _, r := range head {
		if unicode.IsLower(r) {
			return false
		}
	}
	tail := strings.TrimLeft(text[sp.End:s.End], " \u00a0")
	for _, p := range []string{"—", "–", "-", "(", "/"} {
		if strings.HasPrefix(tail, p) {
			return true
		}
	}
	return false
}

func (s *sent) coveredByTrigger(k int) bool {
	// s.trigs is sorted by first; trigLasts[i] is the furthest last among
	// s.trigs[:i+1].
	if len(s.trigLasts) != len(s.trigs) {
		s.trigLasts = s.trigLasts[:0]
		for i, m := range s.trigs {
			l := m.last
			if i > 0 {
				l = max(l, s.trigLasts[i-1])
			}
			s.trigLasts = append(s.trigLasts, l)
		}
	}
	n := sort.Search(len(s.trigs), func(i int) bool { return s.trigs[i].first > k })
	return n > 0 && s.trigLasts[n-1] >= k
}

// maxDateline is how far into a sentence a dateline's closing dash may lie.
const maxDateline = 90

// datelineEnd returns the offset of the dash that closes a dateline opening
// s, or -1. A dateline is a place name in title case or capitals, perhaps
// followed by more capitalised words after a comma (", South Korea"), then
// a comma and a date, an outlet in brackets, or both, then a dash:
// "Seoul, Jan. 14, 2022 (Yonhap) --", "Pyongyang, October 12 --",
// "SEOUL, South Korea (AP) —". Without a date or an outlet only a head in
// capitals counts ("HYESAN —"): a title-case headline such as "Hyesan
// Locked Down, Sources Say – Report" is not a dateline. A sentence that is
// nothing but a place and a date or outlet ("Seoul, June 3, 2024") is one
// without the dash.
func (d *docCtx) datelineEnd(s *sent) int {
	limit := min(s.End, s.Start+maxDateline)
	head := d.text[s.Start:limit]
	dash := -1
	for _, p := range []string{"—", "–", "--", " - "} {
		if i := strings.Index(head, p); i > 0 && (dash < 0 || i < dash) {
			dash = i
		}
	}
	alone := dash < 0 // "Seoul, June 3, 2024" as a sentence of its own
	if alone {
		if limit < s.End {
			return -1
		}
		dash = len(strings.TrimRight(head, " \u00a0\r\n"))
	}
	head = strings.TrimRight(head[:dash], " \u00a0")
	marked := false // a date or an outlet follows the place
	lead := 0       // 1 when the whole dateline is in brackets: "(Seoul, November 14, 2023) -"
	if strings.HasPrefix(head, "(") && strings.HasSuffix(head, ")") && strings.Count(head, "(") == 1 && strings.Count(head, ")") == 1 {
		head, lead = head[1:len(head)-1], 1
	}
	if strings.HasSuffix(head, ")") {
		open := strings.LastIndexByte(head, '(')
		if open <= 0 || strings.ContainsAny(head[open+1:len(head)-1], "()") {
			return -1
		}
		head, marked = strings.TrimRight(head[:open], " \u00a0"), true
	}
	for _, di := range s.dates {
		sp := d.dates[di].Span
		if sp.Start > s.Start+lead && s.Start+lead+len(head) == sp.End {
			head, marked = strings.TrimRight(d.text[s.Start+lead:sp.Start], " \u00a0"), true
			if !strings.HasSuffix(head, ",") {
				return -1
			}
			head = head[:len(head)-1]
			break
		}
	}
	if head == "" || len(head) > 40 {
		return -1
	}
	caps := true
	for _, part := range strings.Split(head, ",") {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 4 {
			return -1
		}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return -1
			}
			caps = caps && strings.ToUpper(w) == w
		}
	}
	if !marked && (!caps || alone || lead == 1) {
		return -1
	}
	return s.Start + dash
}

// ownTime reports a time of a relative clause's own: a year, a
// capitalized day or month, or the past perfect ("who had been held").
// commaBetween reports a comma between tokens i and j of s: "The decree,
// which prescribes harsh penalties, led police to arrest 30 people" — the
// penalty's verb governs nothing past it.
func (s *sent) commaBetween(i, j int) bool {
	for k := i + 1; k <= j && k < len(s.toks); k++ {
		if !s.toks[k].soft && strings.IndexByte(s.doc[s.toks[k-1].end:s.toks[k].start], ',') >= 0 {
			return true
		}
	}
	return false
}

// wordBefore returns the lower-cased word of the token before offset off
// in s, or "".
func (s *sent) wordBefore(off int) string {
	if k := s.tokenAt(off); k > 0 {
		return s.toks[k-1].low
	}
	return ""
}

func ownTime(toks []token) bool {
	for _, t := range toks {
		if isYear(t.low) || t.low == "had" || dayWords[t.low] && isCapitalized(t) {
			return true
		}
	}
	return false
}

// listGoesOn reports "and" or "or" after token k before the next comma:
// ", repatriated and sent to a camp" continues a list of participles.
func listGoesOn(text string, toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if strings.IndexByte(text[toks[j-1].end:toks[j].start], ',') >= 0 {
			return false
		}
		if toks[j].low == "and" || toks[j].low == "or" {
			return true
		}
	}
	return false
}

// finiteBe are the finite forms of "be" and "have" that resume a main
// clause after a relative one set off by commas.
var finiteBe = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true}
