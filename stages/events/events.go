package events

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// Options configures an Extractor. The zero value is useful.
type Options struct {
	// Logger receives debug messages; nil discards them.
	Logger *slog.Logger
	// Capitals maps a country code to its capital, where a statement of a
	// state's body is placed when the text names neither the capital nor
	// the state ("the Kremlin said on Tuesday"); nil places such a
	// statement nowhere.
	Capitals map[string]pipeline.Place
	// Seats maps the names of SeatCities to their places: where what a
	// body of the United Nations did is placed when the text names no
	// place for it ("the Security Council adopted a resolution on
	// Monday"); nil places it as the text alone does.
	Seats map[string]pipeline.Place
}

// SeatCities are the seats of the bodies of the United Nations whose acts
// the press reports (the Security Council, the General Assembly and its
// committees in New York; the Human Rights Council in Geneva), by name and
// country code, for Options.Seats.
var SeatCities = []struct{ Name, Country string }{{"New York City", "US"}, {"Geneva", "CH"}}

// An Extractor finds events in documents. Build it with New; it is immutable
// (but for a pool of scratch buffers) and safe for concurrent use.
type Extractor struct {
	v        *vocab
	log      *slog.Logger
	capitals map[string]pipeline.Place
	seats    map[string]pipeline.Place
	// scratch recycles the buffers of finished documents (*scratch).
	scratch sync.Pool
}

// New returns an Extractor using the embedded vocabulary, which it parses
// once per process. It fails only if the embedded files are malformed.
func New(opts Options) (*Extractor, error) {
	v, err := loadVocab()
	if err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Extractor{v: v, log: log, capitals: opts.Capitals, seats: opts.Seats}, nil
}

// Name returns the stage name, "events".
func (x *Extractor) Name() string { return "events" }

// Process fills it.Events from the item's sentences, dates and places, in
// sentence order. It returns an error only when ctx is cancelled; spans that
// fall outside the text are skipped with a diagnostic.
func (x *Extractor) Process(ctx context.Context, it *pipeline.Item) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d := x.newDoc(it)
	defer x.release(d)
	bs := d.sc.built[:0]
	for si := range d.sents {
		if si%64 == 63 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		bs = x.sentenceEvents(bs, d, si)
	}
	d.sc.built = bs
	evs := resolve(bs)
	it.Events = evs
	x.log.Debug("events", "doc", it.Doc.ID, "events", len(evs))
	return nil
}

// maxPooledTokens bounds the token arrays kept for reuse (a few megabytes):
// the buffers of an exceptionally long document are left to the collector.
const maxPooledTokens = 1 << 16

// scratch holds the buffers one Process call works in, recycled from
// document to document: a document's tokens alone take about ten bytes per
// byte of text. Only the prefixes a call used hold values when it ends, and
// release clears them, so that a pooled scratch keeps no document alive.
// Nothing of a scratch reaches an event: events copy what they keep.
type scratch struct {
	toks   []token                // every sentence's tokens
	sents  []sent                 // the sentences
	ptrs   []*sent                // docCtx.sents
	dates  []pipeline.DateMention // docCtx.dates
	places []placeRef             // docCtx.places
	idx    []int                  // every sentence's dates and places
	at     []int                  // the sentence of each date and place
	count  []int                  // dates and places per sentence
	paras  []int                  // sentences per paragraph
	spans  []pipeline.Span        // every sentence's clauses
	pre    []int                  // every sentence's marks for its clauses
	trigs  []match                // every sentence's triggers
	cuts   []int                  // clause cuts of one sentence
	names  []match                // outlet and actor matches of one sentence
	built  []built                // the document's events before resolve
	find   findScratch
}

// release clears what d's scratch holds and returns it to the pool; d must
// not be used after.
func (x *Extractor) release(d *docCtx) {
	sc := d.sc
	d.sc, d.toks, d.sents, d.dates, d.places = nil, nil, nil, nil, nil
	if len(sc.toks) > maxPooledTokens || len(sc.sents) > maxPooledTokens {
		return
	}
	clear(sc.toks)
	clear(sc.sents)
	clear(sc.ptrs)
	clear(sc.dates)
	clear(sc.places)
	clear(sc.trigs)
	clear(sc.built)
	sc.built = sc.built[:0]
	sc.toks, sc.sents, sc.ptrs, sc.dates, sc.places = sc.toks[:0], sc.sents[:0], sc.ptrs[:0], sc.dates[:0], sc.places[:0]
	sc.spans, sc.trigs, sc.pre = sc.spans[:0], sc.trigs[:0], sc.pre[:0]
	x.scratch.Put(sc)
}

// resolve turns the built events of one document into its events: a
// definite re-mention ("the order", "Kim Jong Un's order") joins the latest
// earlier event of its type whose place agrees, else the first later one,
// else — undated, with nothing to refer to — it is a background reference
// and is dropped; an undated event told in the lede or in a backgrounded
// phrase ("Having closed its borders, …") joins the nearest dated event of
// its type, place and modality, which tells it in full.
func resolve(bs []built) []pipeline.Event {
	into := make([]int, len(bs)) // index of the event b joins, or -1 (stands), or -2 (dropped)
	for i := range bs {
		into[i] = -1
	}
	standing := func(k int) bool { return into[k] == -1 && !bs[k].anaphoric }
	for i := range bs {
		b := &bs[i]
		if !b.anaphoric {
			continue
		}
		k := -1
		for j := i - 1; j >= 0 && k < 0; j-- {
			if standing(j) && bs[j].Type == b.Type && placeAgrees(&bs[j].Event, b) {
				k = j
			}
		}
		for j := i + 1; j < len(bs) && k < 0; j++ {
			if standing(j) && bs[j].Type == b.Type && placeAgrees(&bs[j].Event, b) {
				k = j
			}
		}
		switch {
		case k >= 0:
			into[i] = k
		case !b.dated && !b.stands:
			into[i] = -2
		default:
			b.anaphoric = false // dated by its paragraph: it stands
		}
	}
	// A definite re-mention dated by its own sentence more widely than an
	// earlier event of its type ("The meeting set the tasks for this
	// year", "the second such defection this month") tells that event —
	// but for "other", which gathers unrelated happenings ("a North Korean
	// agent … in the early 1990s", "the famine … in the 1990s").
	for i := range bs {
		b := &bs[i]
		if !standing(i) || !b.definite || !b.dated || !b.Date.Known() || b.Type == "other" || b.distinct {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			a := &bs[j]
			if standing(j) && a.Type == b.Type && a.Date.Known() && !a.Date.Start.Before(b.Date.Start) && !b.Date.End.Before(a.Date.End) &&
				placeAgrees(&a.Event, b) && modalityAgrees(a.Modality, b.Modality) {
				into[i] = j
				b.anaphoric = true
				break
			}
		}
	}
	for i := range bs {
		b := &bs[i]
		// An execution, lockdown or border closure with no date and no
		// place of its own, told after a dated one ("The two were shot by
		// firing squad …" after "executed two men … on Sept. 17"), retells
		// it: a story tells such a measure once, where orders, arrests and
		// crackdowns come in numbers.
		undated := !b.background && !b.dated && !b.Date.Known() && b.DateText == "" && !b.distinct
		retell := undated && !b.ownPlace && toldOnce[b.Type]
		// Any event with no date that names the very place of a dated
		// one of its type ("officers from the Kanggye police raided two
		// houses" after "Police in Kanggye arrested seven … on June
		// 28") details it: a map entry without a date adds nothing the
		// dated one lacks, and its report stays as a mention.
		detail := undated && b.HasPlace && b.Type != "other" && !anotherTold(b.Sentence)
		if !standing(i) || !(b.background || retell || detail) || b.dated {
			continue
		}
		best, bestDist := -1, 0
		for j := range bs {
			a := &bs[j]
			if j == i || (retell && j > i) || !standing(j) || !a.dated || a.Type != b.Type || !modalityAgrees(a.Modality, b.Modality) {
				continue
			}
			if detail && !retell && !b.background && (!a.HasPlace || a.Place.ID != b.Place.ID) {
				continue
			}
			if b.ownPlace && !placeAgrees(&a.Event, &built{Event: b.Event, ownPlace: true}) {
				continue
			}
			dist := a.SentenceN - b.SentenceN
			if dist < 0 {
				dist = -dist
			}
			if best < 0 || dist < bestDist {
				best, bestDist = j, dist
			}
		}
		if best >= 0 {
			into[i] = best
		}
	}
	// An execution, lockdown or border closure that names no place of its
	// own and falls on the very day of an earlier one of its type ("The
	// execution took place on November 20 in the city's Sunam district." …
	// "He was shot by three soldiers.") retells it.
	for i := range bs {
		b := &bs[i]
		if !standing(i) || !toldOnce[b.Type] || b.ownPlace || b.distinct || !b.Date.Known() {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			a := &bs[j]
			if standing(j) && a.Type == b.Type && a.Date == b.Date && modalityAgrees(a.Modality, b.Modality) {
				into[i] = j
				break
			}
		}
	}
	// The lede tells the story's event at a country or province ("North
	// Korea fired a missile … on Tuesday"); the next report of its type
	// that names a place inside it, undated or dated within the lede's date
	// ("detected the launch from the Sukchon area", "the soldier crossed
	// the demarcation line near Cheorwon"), tells where: it joins the lede
	// and lends it its place.
	const maxRefineGap = 3          // sentences after the lede that may tell where it happened
	refined := make([]int, len(bs)) // the event whose place refines bs[k], or -1
	for i := range refined {
		refined[i] = -1
	}
	lede := -1
	for j := range bs {
		if bs[j].lede && standing(j) && bs[j].dated && bs[j].Date.Known() && bs[j].HasPlace &&
			(bs[j].Place.Precision == pipeline.GeoCountry || bs[j].Place.Precision == pipeline.GeoAdmin1) {
			lede = j
			break
		}
	}
	for i := lede + 1; lede >= 0 && i < len(bs); i++ {
		a, b := &bs[lede], &bs[i]
		// (not one told apart — "in a separate case", "separately" — nor
		// background, nor one told far from the lede)
		if b.SentenceN-a.SentenceN > maxRefineGap {
			break
		}
		if !(standing(i) || into[i] == lede) || b.lede || b.Type != a.Type || !b.ownPlace || !b.HasPlace || b.Place.ID == a.Place.ID ||
			!containsPlace(a.Place, b.Place) || !modalityAgrees(a.Modality, b.Modality) || b.distinct || b.background {
			continue
		}
		undated := !b.dated && !b.Date.Known() && b.DateText == ""
		inside := b.definite && b.Date.Known() && !b.Date.Start.Before(a.Date.Start) && !a.Date.End.Before(b.Date.End)
		if undated || inside {
			into[i], refined[lede] = lede, i
		}
		break
	}
	var evs []pipeline.Event
	if n := countStanding(into); n > 0 {
		evs = make([]pipeline.Event, 0, n)
	}
	pos := make([]int, len(bs))
	for i := range bs {
		if into[i] == -1 {
			pos[i] = len(evs)
			evs = append(evs, bs[i].Event)
			if r := refined[i]; r >= 0 {
				e, f := &evs[pos[i]], &bs[r].Event
				e.PlaceName, e.Place = f.PlaceName, f.Place
				e.PlaceWhy = fmt.Sprintf("%s (sentence %d), inside %s named in the lede", f.PlaceWhy, f.SentenceN, bs[i].PlaceName)
				// and its finer date within the lede's ("sent troops this
				// month" … "shipped between Oct. 8 and 13")
				if f.Date.Known() && f.Date.Days() < e.Date.Days() {
					e.Date, e.DateText, e.DateBasis = f.Date, f.DateText, f.DateBasis
				}
			}
		}
	}
	for i := range bs {
		k := into[i]
		if k < 0 {
			continue
		}
		for into[k] >= 0 { // a chain ends at a standing event
			k = into[k]
		}
		e := &evs[pos[k]]
		m := bs[i].Mentions[0]
		e.Mentions = append(e.Mentions, m)
		sort.SliceStable(e.Mentions, func(a, b int) bool { return e.Mentions[a].Sentence < e.Mentions[b].Sentence })
		what := "re-mentioned"
		if !bs[i].anaphoric {
			what = "told undated"
		}
		note := fmt.Sprintf("%s in sentence %d (%q)", what, m.Sentence, m.Trigger)
		if e.MergeNote != "" {
			note = e.MergeNote + "; " + note
		}
		e.MergeNote = note
	}
	return evs
}

// countStanding returns the number of -1 (standing) entries of into.
func countStanding(into []int) int {
	n := 0
	for _, k := range into {
		if k == -1 {
			n++
		}
	}
	return n
}

// A candidate is the chosen trigger of one clause.
type candidate struct {
	m      match
	typ    int
	clause int
	// clausal: the trigger spans a subject and its verb ("the price of
	// rice rose"), so a determiner before it does not make it definite.
	clausal bool
	// remention: another clause of the sentence re-mentions an event of
	// this type ("… on an emergency footing since the order was issued"), so the sentence tells of that event, not a new one.
	remention bool
	// ownDay: a further trigger of its clause followed by a day of its own
	// (ownDay), a happening of its own whatever its determiner ("its
	// launch of a missile on February 7").
	ownDay bool
	// talk: the clause's chosen event is a meeting or a statement, which
	// may speak of a happening elsewhere (see build)
	talk bool
	// trailing: an official's saying that closes its sentence with its day
	// ("…, the Joint Chiefs of Staff said Wednesday"), told besides the
	// event its clause reports.
	trailing bool
}

// sentenceEvents appends the events of sentence si to out.
func (x *Extractor) sentenceEvents(out []built, d *docCtx, si int) []built {
	s := d.sentence(si)
	// A boilerplate sentence, a credit, copyright or contact line ("Editing
	// by …", "Copyright …", "Please direct any comments …") or the caption
	// of an illustrative photo, reports nothing. isBoilerplate scans the
	// whole sentence, so it is asked last, of the sentences that hold a
	// trigger and are no heading.
	if s.heading || len(s.trigs) == 0 || isBoilerplate(d.text[s.Start:s.End]) {
		return out
	}
	var buf [8]candidate
	cands := buf[:0]
	// rel: a trigger in a relative clause without "that" ("on top of the
	// 11,000 soldiers it deployed there last year"), which tells an event
	// of its own only when its own words date it apart (below).
	rel := candidate{typ: -1}
	// "Two days after the trial, …": the occasion the lapse counts from is
	// no event of the sentence (lapseAfter dates the sentence by it).
	lapseNoun := -1
	if _, _, noun, _, ok := lapsePhrase(s.toks); ok {
		lapseNoun = noun
	}
	// s.trigs is in text order, so each clause's triggers are a run of it.
	k := 0
	var dbuf0 [8]int
	dayed := dbuf0[:0] // the clause's triggers that may stand (see ownDay)
	trailing := -1     // the clause's saying that closes the sentence with its day (trailingSaid)
	for ci := range s.clauses() {
		// A trigger naming the time of another ("Two days before the
		// plenum opened, Kim inspected a site") yields to it, and so does
		// one of a relative clause in the past perfect.
		best, bestTime := -1, -1
		said := false // an official's dated "said" (addStatement) tells the clause
		for ; k < len(s.trigs) && s.clauseOf(s.trigs[k].start) == ci; k++ {
			m := s.trigs[k]
			if said {
				continue
			}
			if m.first == lapseNoun {
				continue
			}
			if x.saidTrigger(m) {
				if m.pat == trailingSaid {
					trailing = k
					continue
				}
				best, said = k, true
				continue
			}
			tn := x.v.types[x.v.triggers[m.value].typ].name
			if objectRelative(s, m) {
				if rel.typ < 0 {
					rel = candidate{m: m, typ: x.v.triggers[m.value].typ, clause: ci, clausal: x.v.triggers[m.value].clausal}
				}
				continue
			}
			// (a clausal trigger's subject may be an actor: "KPA soldiers
			// … crossed the MDL")
			if !x.v.triggers[m.value].clausal && s.inActor(m) || x.weakObject(s, m) || purposeScope(s, m) || d.topic(s, m) || notHappening(s, m) || countedRemention(s, m, ci) || counterfactual(s, m.first) ||
				(tn == "defection" && notArrival(s, m)) || (tn == "crackdown" || tn == "deployment") && southWatch(s, m) {
				continue
			}
			if tn == "meeting" && k+1 < len(s.trigs) && meetingActs(s, m, s.trigs[k+1]) && d.actStands(s, ci) {
				continue // "the meeting also dismissed the vice premier": the dismissal
			}
			if timeReference(s, m) || meetingReference(s, m) || pastPerfectRelative(s, m) && yieldsToLater(d, s, k, ci) {
				if bestTime < 0 || x.v.triggers[m.value].priority > x.v.triggers[s.trigs[bestTime].value].priority {
					bestTime = k
				}
				continue
			}
			if best < 0 || x.v.triggers[m.value].priority > x.v.triggers[s.trigs[best].value].priority {
				best = k
			}
			if len(dayed) < cap(dayed) {
				dayed = append(dayed, k)
			}
		}
		if best < 0 {
			best = bestTime
		}
		if best < 0 && trailing >= 0 {
			// the clause tells no event of its own: the saying stands as a
			// fallback does (placed by its speaker)
			if !s.hasFallback {
				s.fallbackSaid, s.hasFallback = s.trigs[trailing], true
			}
			trailing = -1
		}
		if best < 0 {
			continue
		}
		m := s.trigs[best]
		typ := x.v.triggers[m.value].typ
		if x.v.types[typ].name == "other" && s.toks[m.first].low == "shot" && deathTold(s) {
			// "shot at a group of smugglers …, killing two of them": the
			// shooting killed
			typ = x.v.typeNamed("execution")
		}
		cands = append(cands, candidate{m: m, typ: typ, clause: ci, clausal: x.v.triggers[m.value].clausal})
		// "in response to its nuclear test on January 6 and its launch of a
		// missile on February 7": each trigger followed by a day of its own
		// tells an event of its own.
		talk := x.v.types[typ].name == "meeting" || x.v.types[typ].name == "statement"
		for _, j := range dayed {
			if j != best && d.ownDay(s, j, best) {
				m := s.trigs[j]
				cands = append(cands, candidate{m: m, typ: x.v.triggers[m.value].typ, clause: ci, clausal: x.v.triggers[m.value].clausal, ownDay: true, talk: talk})
			}
		}
		dayed = dayed[:0]
		if trailing >= 0 {
			m := s.trigs[trailing]
			cands = append(cands, candidate{m: m, typ: x.v.triggers[m.value].typ, clause: ci, trailing: true})
			trailing = -1
		}
	}
	// Never two events of one type from a sentence: the first clause whose
	// trigger stands as an event wins; a definite trigger of the same type
	// in another clause makes the sentence a re-mention.
	var dbuf [8]bool
	var nbuf [32]int
	def := dbuf[:0]
	defs := nbuf[:0] // type → number of definite candidates
	if len(cands) > 0 {
		defs = slices.Grow(defs, len(x.v.types))[:len(x.v.types)]
	}
	for j := range cands {
		def = append(def, !cands[j].ownDay && d.rementions(s, cands[j]))
		if def[j] {
			defs[cands[j].typ]++
		}
	}
	for i := range cands {
		others := defs[cands[i].typ]
		if def[i] {
			others--
		}
		cands[i].remention = others > 0 && !cands[i].ownDay
	}
	// A definite trigger that spreads to a new place is the sentence's
	// event of its type: "The crackdown has now reached Kimjongsuk County,
	// where another team has been searching homes since late March" tells
	// one crackdown there.
	for j := range cands {
		if def[j] || cands[j].ownDay || !definite(s, cands[j]) {
			continue
		}
		for i := range cands {
			if i != j && cands[i].typ == cands[j].typ && !cands[i].ownDay {
				cands[i].remention = true
			}
		}
	}
	first := len(out)
	for _, c := range cands {
		if c.trailing {
			// (placed by its speaker, as a fallback saying is: not at the
			// document's country by default; nor beside a statement its
			// clause reports: "Kim Yo Jong warned on Tuesday …, KCNA said
			// Wednesday" tells her warning)
			if hasType(out[first:], "statement") {
				continue
			}
			if ev, ok := x.build(d, s, c); ok && ev.HasPlace && ev.placeLevel < placeCountry {
				out = append(out, ev)
			}
			continue
		}
		if c.ownDay {
			// (a day of its own, or it is the sentence's event told again)
			if ev, ok := x.build(d, s, c); ok && !slices.ContainsFunc(out[first:], func(b built) bool { return b.Date == ev.Date }) {
				out = append(out, ev)
			}
			continue
		}
		done := false
		for j := first; j < len(out); j++ {
			done = done || out[j].Type == x.v.types[c.typ].name
		}
		if done {
			out = x.secondOfType(out, first, d, s, c)
			continue
		}
		if ev, ok := x.build(d, s, c); ok {
			out = append(out, ev)
		}
	}
	if rel.typ >= 0 {
		out = x.relativeEvent(out, first, d, s, rel)
	}
	if len(out) == first && s.hasFallback {
		// no trigger told an event: the official's dated saying is one,
		// when the speaker places it (not the document's country by
		// default: "11,000 troops are now in Russia, the spy agency said")
		m := s.fallbackSaid
		c := candidate{m: m, typ: x.v.triggers[m.value].typ, clause: s.clauseOf(m.start)}
		if ev, ok := x.build(d, s, c); ok && ev.HasPlace && ev.placeLevel < placeCountry {
			out = append(out, ev)
		}
	}
	// "declared a buffer zone … and ordered guards to shoot": the
	// declaration is the order. "An order … reached the committee on May
	// 10, instructing that all workers be mobilized": the mobilization is
	// what it orders, told with it.
	orderClause, orderAt, sameSubject := -1, 0, false
	for _, b := range out[first:] {
		if b.Type == "order" {
			orderClause, orderAt = s.clauseOf(b.Trigger.Start), b.Trigger.Start
			// "… and ordered guards to shoot": the declaring subject
			// orders ("…, and Kim Yo Jong ordered" is someone else)
			k := s.tokenAt(b.Trigger.Start)
			sameSubject = k >= 1 && s.toks[k-1].low == "and"
			break
		}
	}
	if orderClause >= 0 {
		out = dropFrom(out, first, func(b built) bool {
			ci := s.clauseOf(b.Trigger.Start)
			return (b.Type == "statement" && sameSubject && b.Trigger.Start < orderAt) || (b.Type != "order" && ci > orderClause && orderContent(s, ci))
		})
	}
	// One sentence, one act: a seizure of contraband (smuggling, drugs)
	// beside an arrest of its sentence ("seized a vessel carrying undeclared
	// goods and detained its crew") is part of the arrest. Smuggling or
	// drugs told otherwise ("drug production has surged, and police
	// arrested twelve users") stand.
	strong := hasType(out[first:], "arrest")
	// "Chinese agents arrived at a shelter in Yanji on April 2 and detained
	// five people": the arrival is the arrest's.
	if strong {
		out = dropFrom(out, first, func(b built) bool {
			return b.Type == "deployment" && arrivalVerb(s, s.tokenAt(b.Trigger.End-1))
		})
	}
	// "The meeting decided to move residents to Pyongyang": the decision
	// was made where the meeting told before sat, not where it sends anyone.
	// Without a date of its own clause, it was made on the meeting's day
	// too (a date told in between, "the meeting noted that a downpour on
	// July 27 …", is not the meeting's).
	for i := first; i < len(out); i++ {
		clause := s.clauses()[s.clauseOf(out[i].Trigger.Start)]
		// (what was done at it is where its own clause says, if it does:
		// "At the meeting Putin thanked the troops deployed in Kursk")
		if !decisionOfMeeting(s, clause) && !(atMeeting(s, clause) && out[i].Type != "meeting" && !d.namesWhere(s, clause)) {
			continue
		}
		// The meeting told as such, not a re-mention ("The meeting noted
		// that a downpour on July 27 …" took that date).
		// (a sitting that decides before a ceremony told since: "the
		// plenary meeting" before "whose ground-breaking ceremony took
		// place in February")
		at, sits := -1, false
		for j := first - 1; j >= 0; j-- {
			if out[j].Type != "meeting" || !out[j].HasPlace {
				continue
			}
			js := decides(d.text[out[j].Trigger.Start:out[j].Trigger.End])
			if at < 0 || js && !sits || js == sits && out[at].definite && !out[j].definite {
				at, sits = j, js
			}
		}
		if at < 0 {
			continue
		}
		m, e := &out[at].Event, &out[i].Event
		e.HasPlace, e.PlaceName, e.Place = true, m.PlaceName, m.Place
		e.PlaceWhy = fmt.Sprintf("decided at the meeting of sentence %d, held at %s", m.SentenceN, m.PlaceName)
		// (a date of the clause that is no date of the decision — the
		// term of what it orders, "to complete the factories next year"
		// — leaves it the meeting's)
		if m.Date.Known() && !d.datedBy(s, clause, e.Date) {
			e.Date, e.DateText, e.DateBasis = m.Date, m.DateText, m.DateBasis
		}
	}
	// "repatriated 500 people who had been held in detention centers … on
	// Oct. 9": a past perfect relative clause dated only by the date of the
	// sentence's main event tells the state of its people, not an event.
	if len(out)-first > 1 {
		sent := out[first:]
		out = dropFrom(out, first, func(b built) bool { return priorState(s, b, sent) })
	}
	// "sentenced to death and shot at a public trial": the death sentence
	// carried out is the execution, told once.
	if hasType(out[first:], "execution") {
		out = dropFrom(out, first, func(b built) bool { return b.Type == "sentence" && toDeath(s, b.Trigger) })
	}
	// "held a public trial, where two were sentenced to ten years": the
	// trial judged; without a word of killing it is no execution.
	if hasType(out[first:], "sentence") && !killingTold(s) {
		out = dropFrom(out, first, func(b built) bool {
			return b.Type == "execution" && trialOnly(d.text[b.Trigger.Start:b.Trigger.End])
		})
	}
	if strong {
		sent := slices.Clone(out[first:])
		out = dropFrom(out, first, func(b built) bool {
			return contraband[b.Type] && (seizure(b.Mentions[0].Trigger) || carried(s, b.Trigger)) ||
				b.Type == "crackdown" && (mannerOfArrest(s, b.Trigger) || raidThenArrest(s, b.Trigger, sent))
		})
	}
	return out
}

// namesWhere reports a place of the clause after "in", "at" or "near":
// where what it tells happened ("the troops deployed in Kursk"; not "the
// party secretary of Chagang province").
func (d *docCtx) namesWhere(s *sent, clause pipeline.Span) bool {
	for _, i := range s.places {
		p := d.places[i]
		if p.pm.Resolved && clause.Start <= p.pm.Start && p.pm.Start < clause.End &&
			(d.placeAfter(s, p, "in") || d.placeAfter(s, p, "at") || d.placeAfter(s, p, "near")) {
			return true
		}
	}
	return false
}

// decides reports a meeting trigger that names a body or sitting that
// decides (meetingNouns): "Plenary Meeting", "the politburo", not "a
// ground-breaking ceremony".
func decides(trigger string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(trigger)) {
		if w = strings.Trim(w, ".,;:'\""); meetingNouns[w] || w == "plenary" {
			return true
		}
	}
	return false
}

// pastPerfectRelative reports a trigger in a relative clause in the past
// perfect ("a man who had defected to the South years earlier swam back
// across the border"): it tells who the subject was, and yields to the
// clause's own trigger when that one is dated (yieldsToLater).
func pastPerfectRelative(s *sent, m match) bool {
	h := perfectAt(s, m.first)
	return h >= 1 && (s.toks[h-1].low == "who" || s.toks[h-1].low == "that")
}

// perfectAt returns the index of the "had" right before token k ("had
// fled", "had been arrested"), or -1.
func perfectAt(s *sent, k int) int {
	if k >= 1 && s.toks[k-1].low == "been" {
		k--
	}
	if k < 1 || s.toks[k-1].low != "had" {
		return -1
	}
	return k - 1
}

// yieldsToLater reports whether trigger i of sentence s, in clause ci, has
// a later trigger of the clause that tells the clause's own event: not in
// the past perfect ("… had smuggled phones"), not an infinitive ("a wish to
// defect"), and dated by a date outside the relative clause ("swam back
// across the border and returned to the city on July 19", "On Jan. 1, a man
// who had defected a year earlier climbed back over the fence"); a relative
// clause about its subject then yields to it.
func yieldsToLater(d *docCtx, s *sent, i, ci int) bool {
	who := perfectAt(s, s.trigs[i].first) - 1 // the relative clause opens there
	for _, m := range s.trigs[i+1:] {
		if s.clauseOf(m.start) != ci {
			break
		}
		if perfectAt(s, m.first) >= 0 || m.first >= 1 && s.toks[m.first-1].low == "to" {
			continue
		}
		for _, di := range s.dates {
			if at := d.dates[di].Span.Start; at > m.end || at < s.toks[who].start {
				return true
			}
		}
	}
	return false
}

// hasType reports an event of type typ among bs.
func hasType(bs []built, typ string) bool {
	for _, b := range bs {
		if b.Type == typ {
			return true
		}
	}
	return false
}

// dropFrom removes the events of out[first:] that drop reports, in place,
// keeping the order of the rest: one sentence's events told as one act.
func dropFrom(out []built, first int, drop func(built) bool) []built {
	kept := out[:first]
	for _, b := range out[first:] {
		if !drop(b) {
			kept = append(kept, b)
		}
	}
	return kept
}

// operationWords name one police operation that an arrest of its sentence
// took place in ("detained the four in a late-night raid").
var operationWords = map[string]bool{"raid": true, "raids": true, "sweep": true, "swoop": true, "operation": true}

// mannerOfArrest reports whether trig, a crackdown trigger, names the
// operation an arrest of its sentence was made in: "in / during" and at
// most three modifiers before a raid or sweep ("detained the four in a
// late-night raid on April 26"). The raid is the arrest, told once.
func mannerOfArrest(s *sent, trig pipeline.Span) bool {
	k := s.tokenAt(trig.Start)
	if k >= len(s.toks) || !operationWords[s.toks[k].low] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch s.toks[j].low {
		case "in", "during":
			return true
		case "and", "but", "after", "before", "then":
			return false
		}
	}
	return false
}

// raidThenArrest reports a raid told with the arrests it made: "Chinese
// police raided the farm and detained him" is one act, the arrest. The
// raid verb at trig is followed, within eight words and past an "and", by
// the trigger of an arrest of the same sentence.
func raidThenArrest(s *sent, trig pipeline.Span, sent []built) bool {
	k := s.tokenAt(trig.Start)
	if k >= len(s.toks) || !raidWords[s.toks[k].low] {
		return false
	}
	for _, b := range sent {
		if b.Type != "arrest" || b.Trigger.Start <= trig.End {
			continue
		}
		a := s.tokenAt(b.Trigger.Start)
		if a-k > 8 {
			continue
		}
		for j := k + 1; j < a; j++ {
			if s.toks[j].low == "and" {
				return true
			}
		}
	}
	return false
}

// raidWords are the verbs of a raid.
var raidWords = map[string]bool{"raided": true, "raid": true, "raids": true, "stormed": true, "searched": true}

// weakObject reports whether m is a weak trigger used as the object of a
// measure ("efforts against smuggling", "punishment for trafficking").
func (x *Extractor) weakObject(s *sent, m match) bool {
	if !x.v.types[x.v.triggers[m.value].typ].weak {
		return false
	}
	for k := m.first - 1; k >= 0 && k >= m.first-2; k-- {
		if strings.ContainsAny(s.doc[s.toks[k].end:s.toks[k+1].start], ",;:.") {
			break // "said it would stop, but warned": another clause's word
		}
		w := s.toks[k].low
		if w == "of" && k > 0 && collectives[s.toks[k-1].low] {
			return false // "groups of addicts": the people, not an object
		}
		if w == "of" && k > 1 && k+1 < m.first && bodyHeads[s.toks[k-1].low] && isCapitalized(s.toks[k-1]) && isCapitalized(s.toks[k+1]) {
			return false // "the Ministry of Unification expressed regret": a body's name, the subject
		}
		if w == "on" && k+1 < m.first && weekdayNames[s.toks[k+1].low] {
			continue // "North Korea on Wednesday fired a missile": a day, not an object
		}
		if objectMarkers[w] {
			return true
		}
	}
	// "used the phones to arrange smuggling deals": the object of an
	// infinitive names an aim, not a happening.
	if k := m.first - 1; k >= 1 && s.toks[k-1].low == "to" && !s.coveredByTrigger(k) && !functionWords[s.toks[k].low] {
		return true
	}
	return false
}

// bodyHeads head the names of bodies written "X of Y" ("the Ministry of
// Unification", "the Bank of Korea"), which may be a verb's subject.
var bodyHeads = map[string]bool{
	"ministry": true, "bank": true, "office": true, "bureau": true, "council": true, "committee": true,
	"commission": true, "department": true, "republic": true, "agency": true, "service": true, "court": true,
	"chamber": true, "institute": true, "board": true, "union": true, "association": true, "federation": true,
}

// Collective nouns before "of" that do not make the next word an object.
var collectives = map[string]bool{
	"groups": true, "group": true, "number": true, "numbers": true, "dozens": true,
	"hundreds": true, "thousands": true, "lot": true, "lots": true, "many": true,
	"some": true, "most": true, "all": true, "one": true, "none": true, "few": true,
	"scores": true, "crowds": true, "gangs": true, "gang": true, "ring": true,
	// what is left of a storm ("the remnants of Typhoon Lionrock")
	"remnants": true, "aftermath": true,
	// measures of a good ("a kilogram of white rice sold for 6,300 won")
	"kilogram": true, "kilograms": true, "kilo": true, "kilos": true, "kg": true, "ton": true, "tons": true,
	"tonne": true, "tonnes": true, "bag": true, "bags": true, "sack": true, "sacks": true, "litre": true, "liter": true,
}

// weekdayNames are the days "on" may name before a verb.
var weekdayNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

var objectMarkers = map[string]bool{
	"against": true, "for": true, "on": true, "of": true, "about": true, "over": true,
	"combat": true, "curb": true, "stop": true, "prevent": true, "punish": true,
	"punishing": true, "eradicate": true, "eliminate": true, "root": true, "crack": true,
	// "defining smuggling as reactionary", "living through smuggling"
	"defining": true, "define": true, "defines": true, "defined": true, "calling": true,
	"labeling": true, "labelling": true, "describing": true, "considering": true,
	"regarding": true, "treating": true, "tolerate": true, "tolerating": true,
	"through": true, "via": true, "try": true, "trying": true, "tried": true,
}

// Verbs of purpose: a trigger after "to reduce / to prevent …" in its clause
// names an aim, not a happening ("designed to reduce the number of defections").
var purposeVerbs = map[string]bool{
	"reduce": true, "prevent": true, "stop": true, "curb": true, "deter": true,
	"discourage": true, "combat": true, "fight": true, "eliminate": true,
	"eradicate": true, "block": true, "avoid": true, "root": true, "tackle": true,
	"counter": true, "suppress": true, "minimize": true, "minimise": true,
}

// topicVerbs take a topic to be talked over ("met in Pyongyang to review
// the spring sowing campaign"): a trigger in their object is no happening
// of its own, the meeting is; one after a preposition is where the talk
// takes place ("to discuss the report at its session").
var topicVerbs = map[string]bool{
	"review": true, "discuss": true, "assess": true, "examine": true, "evaluate": true,
	"analyze": true, "analyse": true, "debate": true,
}

// documenting participles tell what a work is about ("a report documenting
// conditions inside the camps"): its topic, not its news.
var documenting = map[string]bool{"documenting": true, "detailing": true, "describing": true, "chronicling": true, "cataloguing": true, "cataloging": true}

// workBefore reports a work noun within three words before token k ("a
// report documenting", "a report on Tuesday documenting").
func workBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if workNouns[s.toks[j].low] {
			return true
		}
	}
	return false
}

// workEnders end the object of a work's documenting participle: "as",
// "while", "when", "but" open a clause of their own.
var workEnders = map[string]bool{"as": true, "while": true, "when": true, "but": true, "has": true, "have": true, "had": true}

// maxTopicReach is how many words a work's documenting participle governs
// ("documenting conditions inside one of North Korea's most notorious
// reeducation camps").
const maxTopicReach = 12

// workNouns are works that document ("a report documenting …").
var workNouns = map[string]bool{"report": true, "study": true, "book": true, "film": true, "documentary": true, "database": true, "survey": true}

// topic reports a trigger in the object of a topic verb ("met in Pyongyang
// to review the spring sowing campaign") or of a work's documenting
// participle ("released a report documenting conditions inside one of the
// reeducation camps"), when no date of its clause (of a work's object)
// follows it: "met on March 3 to discuss the executions of three officials
// last month", "to discuss North Korea's launch of an ICBM on Thursday"
// tell those events with their own dates.
func (d *docCtx) topic(s *sent, m match) bool {
	clause := s.clauses()[s.clauseOf(m.start)]
	verb, work := -1, false
	for k := m.first - 1; k >= 1 && k >= m.first-maxTopicReach && s.toks[k].start >= clause.Start; k-- {
		w, prev := s.toks[k].low, s.toks[k-1].low
		if topicVerbs[w] && (prev == "to" || prev == "and") && k >= m.first-maxPurposeReach || documenting[w] && workBefore(s, k) {
			verb, work = k, documenting[w]
			break
		}
	}
	if verb < 0 {
		return false
	}
	// A topic verb's object ends at a place's preposition ("to discuss
	// the report at its session"); a work's at a verb ("the study
	// detailing the camps was cited as police arrested …"). What follows
	// is the clause's own.
	end := clause.End
	for j := verb + 1; j < len(s.toks) && s.toks[j].start < clause.End; j++ {
		w := s.toks[j].low
		if !work && placePrepositions[w] && j < m.first {
			return false
		}
		if work && (beForms[w] || passiveBe[w] || workEnders[w] || j > verb+1 && j > m.last && isPast(w)) {
			end = s.toks[j].start
			break
		}
	}
	if m.start >= end {
		return false
	}
	for _, di := range s.dates {
		if sp := d.dates[di].Span; sp.Start >= m.end && sp.Start < end {
			return false
		}
	}
	return true
}

// placePrepositions end a topic verb's object.
var placePrepositions = map[string]bool{"at": true, "in": true, "on": true, "during": true, "before": true, "after": true}

// Nouns of aim: a trigger after "goal of / aim to …" is not a happening.
var goalNouns = map[string]bool{
	"goal": true, "goals": true, "aim": true, "aims": true, "ambition": true, "ambitions": true,
	"intention": true, "intentions": true, "objective": true, "objectives": true, "bid": true,
	"vision": true,
}

// maxPurposeReach is how many words a purpose verb governs ("to reduce the
// number of defections").
const maxPurposeReach = 6

// purposeScope reports a trigger governed by an earlier "to PURPOSE-VERB" or
// "aimed at" in its clause.
func purposeScope(s *sent, m match) bool {
	clauseStart := s.clauses()[s.clauseOf(m.start)].Start
	if toldWithTime(s, m) {
		return false // "to reduce damage from the heavy rain that hit the province from August 28 to 31"
	}
	for k := m.first - 1; k >= 1 && k >= m.first-maxPurposeReach && s.toks[k].start >= clauseStart; k-- {
		w, prev := s.toks[k].low, s.toks[k-1].low
		if purposeVerbs[w] && (prev == "to" || prev == "and") {
			return true
		}
		if w == "at" && (prev == "aimed" || prev == "aiming") {
			return true
		}
	}
	// "the stated goal of building a submarine and deploying more", "its
	// aim to build": a goal named, not a happening.
	for k := m.first - 1; k >= 1 && k >= m.first-maxGoalReach && s.toks[k].start >= clauseStart; k-- {
		if w := s.toks[k].low; (w == "of" || w == "to") && goalNouns[s.toks[k-1].low] {
			return true
		}
	}
	return false
}

// toldWithTime reports a trigger that a relative clause right after it
// tells as past, with a time of its own: "the heavy rain that hit some
// areas from August 28 to 31".
func toldWithTime(s *sent, m match) bool {
	k := m.last + 1
	if k+1 >= len(s.toks) || s.toks[k].low != "that" && s.toks[k].low != "which" || !isPast(s.toks[k+1].low) && s.toks[k+1].low != "hit" {
		return false
	}
	end := s.clauses()[s.clauseOf(m.start)].End
	j := k + 2
	for j < len(s.toks) && s.toks[j].start < end {
		j++
	}
	return ownTime(s.toks[k+2 : j])
}

// spans are the event types that last: a length written beside their day
// ("sealed off for two weeks from the 3rd") is their span. An arrest or an
// execution happens on its day ("held for 15 days from the 3rd" is the
// detention's length, not the arrest's).
var spans = map[string]bool{"lockdown": true, "border_closure": true, "crackdown": true, "meeting": true, "other": true, "deployment": true}

// maxGoalReach is how many words a noun of aim governs ("goal of building a
// nuclear-powered submarine and deploying").
const maxGoalReach = 10

// build links one candidate to its date, place, actors, modality and
// attribution. It reports false when the candidate does not stand as an event
// (a weak trigger or a caption without a date or place of its own).
func (x *Extractor) build(d *docCtx, s *sent, c candidate) (built, bool) {
	it := d.it
	tm := c.m
	trigSpan := pipeline.Span{Start: tm.start, End: tm.end}
	tinfo := x.v.types[c.typ]
	mod := x.modality(s, c)
	d.sameType = x.occasionType(s, c.clause)
	d.afterType = x.followedType(s, c.clause)
	// What a meeting discusses ("The meeting discussed …") dates and
	// places nothing of the meeting's (linkDate, linkPlace).
	d.topicSpan = topicSpan{}
	if tinfo.name == "meeting" {
		d.topicSpan = topicAfter(s, trigSpan.End)
	}
	dl := d.linkDate(s, c.clause, trigSpan, mod, tinfo.name)
	sat := false // a meeting's days from its opening to its closing
	if spans[tinfo.name] && dl.at >= 0 && dl.iv.Days() == 1 {
		// "shut the market for three days from June 5": June 5 to 7 — up
		// to the report's date, for what had happened by then
		if n, from, to := d.forDays(dl.at); n > 1 {
			dl.iv.End = dl.iv.Start.AddDays(n - 1)
			if dct := it.DocDate.Date; mod == pipeline.Occurred && !dct.IsZero() && dct.Before(dl.iv.End) && !dct.Before(dl.iv.Start) {
				dl.iv.End = dct
			}
			dl.text = d.text[from:to]
		}
		// "The plenary meeting, which opened Tuesday in Pyongyang, closed
		// Saturday": from its first day to its last
		if tinfo.name == "meeting" {
			if dj := d.closingDay(s, dl.at); dj >= 0 {
				dl.iv.End = d.dates[dj].Interval.End
				dl.text = d.text[d.dates[dl.at].Span.Start:d.dates[dj].Span.End]
				sat = true
			}
		}
	}
	// "is scheduled to discuss the report at its session later this
	// month": dated wholly after the published report, it has not
	// happened yet. (An inferred report date is only the latest date the
	// text names, which a relative date may pass.)
	// (Not an end date — "closed until the end of the year" — nor one
	// counted from another date — "the following day".)
	if dct := it.DocDate.Date; mod == pipeline.Occurred && dl.level == dateClause && dl.at >= 0 && dl.iv.Known() && it.DocDate.Basis == pipeline.BasisPublished && dct.Before(dl.iv.Start) &&
		!endDate(s, d.dates[dl.at]) && d.dates[dl.at].Anchor != pipeline.AnchorNarrative {
		mod = pipeline.Planned
	}
	if tinfo.name == "statement" && dl.level == dateNone && toldThere(s, trigSpan) {
		return built{}, false // told at a venue, undated, with no report's day to take
	}
	d.linking = dl.iv
	pl := d.linkPlace(s, c.clause, trigSpan, tinfo.name)
	if c.ownDay && tinfo.name != "statement" {
		// A further trigger with a day of its own that a state's possessive
		// opens happened in that state, not at its clause's place ("The
		// Security Council met in New York on Monday to condemn North
		// Korea's launch on Sunday").
		if i := d.possessorPlace(s, c.m.first); i >= 0 {
			pl = d.placeLinkFrom(i, placeClause, "the state whose "+strconv.Quote(d.text[trigSpan.Start:trigSpan.End])+" it was")
		} else if c.talk && pl.level != placeNone && pl.at >= 0 && d.places[pl.at].pm.End <= trigSpan.Start && pl.place.Precision != pipeline.GeoCountry {
			// ("The Security Council met in New York on Monday to condemn
			// the launch on Sunday": where the meeting sat is not where
			// what it spoke of happened; the story's country, when another,
			// else no place)
			if d.focus >= 0 && d.places[d.focus].pm.Place.Country != pl.place.Country {
				pl = d.placeLinkFrom(d.focus, placeCountry, "the document's main country: "+strconv.Quote(d.text[trigSpan.Start:trigSpan.End])+" has a day of its own, apart from the meeting or statement of its clause")
			} else {
				pl = placeLink{level: placeNone}
			}
		}
	}
	if dl.sitting && pl.level > placeClause && d.sittingPlace.level < placeNone {
		pl = d.sittingPlace // "On the final day, the meeting also dismissed …": where it sat
		pl.why = "where the meeting of " + dl.text + " sat: " + pl.why
	}
	if tinfo.name == "statement" {
		// "In that statement, released Monday, she said …": where the
		// statement told before was made (only after "that", "the" or
		// "this": "In a statement on Tuesday, she said" may be anyone's)
		if k := s.tokenAt(trigSpan.Start) - 1; k >= 0 && statementPronoun(s.toks, k) && anaphoricDet[s.toks[1].low] && d.lastSaid.level < placeNone {
			pl = d.lastSaid
			pl.why = "where the statement told before was made: " + pl.why
		} else if pl.level < placeNone {
			d.lastSaid = pl
		}
	}
	d.topicSpan = topicSpan{}
	inSentence := dl.level <= dateAttribution || pl.level <= placeRegion
	if s.caption && (!inSentence || archiveCaption(d.text[s.Start:s.End])) {
		return built{}, false
	}
	// A weak trigger ("addicts", "smuggling") stands as an event only when
	// its own clause dates or places it, and never when it is hypothetical
	// or denied ("hope that smuggling would restart", "do not exist").
	// (An official's dated "said" has its date checked: "Asked about it
	// on Oct. 8, a spokesperson said" dates it in the opening phrase.)
	said := x.saidTrigger(c.m) && dl.level <= dateSentence
	if w := s.toks[c.m.first].low; tinfo.name == "statement" && dl.at >= 0 && (w == "told" || w == "briefed" || strings.HasPrefix(w, "confirm")) {
		k := s.tokenAt(d.dates[dl.at].Span.Start)
		// ("The NIS also told lawmakers that a man was executed in late
		// January", "confirmed that a boat was towed on May 11": the day of
		// what was told, not of the telling)
		if k > c.m.last && (s.toks[c.m.last].low == "that" || c.m.last+1 < len(s.toks) && s.toks[c.m.last+1].low == "that") {
			return built{}, false
		}
		// (so is a telling dated right after its audience: "told lawmakers
		// Wednesday, in what would be the most dramatic purge")
		if w == "told" || w == "briefed" {
			said = said || k == c.m.last+1 || k == c.m.last+2 && s.toks[k-1].low == "on"
		}
	}
	// (A day that opens the sentence frames a statement of any of its
	// clauses: "On June 2, the vice minister said …, but warned that …")
	said = said || tinfo.name == "statement" && dl.level == dateSentence && d.opensSentence(s, dl.at) && openingDayReaches(s, c.m.first)
	// (What an official said may be hypothetical; the saying is not.)
	if tinfo.weak && (!(dl.level == dateClause || pl.level <= placeAnaphor || said) || !said && hypothetical(s, c) || mod == pipeline.Negated) {
		return built{}, false
	}
	// "Punishments can be harsh for those caught", "Prison terms are
	// common": a hypothetical or generic statement, not a reported
	// happening, unless it is dated.
	// A neighbouring sentence's date does not make it one.
	if dl.level >= dateParagraph && (hypothetical(s, c) || generic(s, c)) {
		return built{}, false
	}
	// "Detention of an entire family is rare", "Executions have become
	// rare since 2020": how often such events happen, dated or not.
	if rarity(s, c) {
		return built{}, false
	}
	// "defectors should not be forcibly returned", "he should be
	// released": a position, not a happening.
	for j := max(c.m.first-3, s.tokenAt(s.clauses()[c.clause].Start)); j < c.m.first; j++ {
		if s.toks[j].low == "should" {
			return built{}, false
		}
	}
	// "This is not the first time the area has been sealed off": a
	// comparison with earlier times, no new event — unless its own clause
	// dates one.
	if dl.level != dateClause && notFirstTime(s, s.tokenAt(s.clauses()[c.clause].Start), c.m.first) {
		return built{}, false
	}
	// "In 2021 alone, Daily NK documented at least 23 public trials": a
	// count of reports, not one event.
	if documentedCount(s, c, dl) {
		return built{}, false
	}
	// "Farmers are usually mobilized for rice planting in mid-May": a habit
	// of the season, dated or not.
	if habitual(s, c) && !(dl.level == dateClause && dl.iv.Precision == pipeline.PrecisionDay) {
		return built{}, false
	}
	// "crossed the river every day": repeated, unless its clause dates it
	// ("arrested smugglers every week in February").
	// ("now" dates no occasion: "warnings are now read out at every
	// weekly study session")
	if repeated(s, c) && (dl.level != dateClause || dl.at >= 0 && strings.HasSuffix(d.dates[dl.at].Value, "_REF")) {
		return built{}, false
	}
	// "People say they will be sent to a prison camp": hearsay about what
	// is to come, not a plan anyone reported.
	if mod == pipeline.Planned && dl.level >= dateParagraph && hearsay(s, c) {
		return built{}, false
	}
	// "More than 30,000 North Koreans have fled to South Korea since the
	// end of the 1950-53 war": a tally over decades, not a happening.
	if d.sinceLongAgo(s, c.clause, dl) {
		return built{}, false
	}
	// A place finer than a country in the trigger's own clause.
	finePlace := pl.level == placeClause && pl.place.Precision != pipeline.GeoCountry && pl.place.Precision != pipeline.GeoRegion
	// "Analysts say North Korea has reinforced its border": commentary,
	// unless the clause dates what it reports to a month or finer, or tells
	// it in the simple past with a date or a town ("Rights groups say
	// authorities executed seven people in Wonsan in 2022").
	if commentary(s) && !d.ownFineDate(s, dl) && !(simplePast(s, c) && (dl.level <= dateSentence && dl.iv.Precision != pipeline.PrecisionDecade || finePlace)) {
		return built{}, false
	}
	// "Only 67 defectors reached the South in 2022, the lowest number on
	// record": people counted, not an event told — unless the clause names
	// the town and a month or finer ("The number of people executed in
	// Hyesan rose to five in October").
	fineDate := dl.level == dateClause && (dl.iv.Precision == pipeline.PrecisionDay || dl.iv.Precision == pipeline.PrecisionWeek || dl.iv.Precision == pipeline.PrecisionMonth)
	if countedTypes[tinfo.name] && ((statistic(s, c.clause, dl) && !(finePlace && fineDate) && !(dl.level == dateClause && dl.iv.Precision == pipeline.PrecisionDay)) || tally(s, c, dl)) {
		return built{}, false
	}
	// "The launch came as Seoul and Washington have accused Pyongyang of
	// sending troops": a backdrop, unless dated to a month or finer.
	if backdrop(s, c.m) && !d.ownFineDate(s, dl) {
		return built{}, false
	}
	// "calls between residents and relatives who fled to South Korea": a
	// description of people, not an event.
	if d.describesPerson(s, c, dl) {
		return built{}, false
	}
	// A team's or troops' arrival tells a deployment when its sentence says
	// when ("the team arrived in the city on April 2"); "The military units
	// arrived with trucks" retells one.
	if dl.level > dateSentence && arrivalVerb(s, c.m.last) {
		return built{}, false
	}
	// Neither dated nor placed by its own text: nothing to put on a map or
	// a timeline ("Later, the UN accused …" placed only at the story's country).
	if dl.level == dateNone && pl.level == placeCountry && !definite(s, c) {
		return built{}, false
	}
	ev := pipeline.Event{
		Type:      tinfo.name,
		Trigger:   trigSpan,
		Modality:  mod,
		Doc:       it.Doc,
		Sentence:  d.text[s.Start:s.End],
		SentenceN: s.idx,
		SentSpan:  s.Span,
		CharStart: d.offsets().CodePoint(s.Start),
		CharEnd:   d.offsets().CodePoint(s.End),
		DateBasis: pipeline.BasisNone,
	}
	ev.Doc.Text = ""
	ev.ID = eventID(it.Doc.ID, s.Start, tm.start, ev.Type)
	if dl.level != dateNone {
		ev.Date, ev.DateText, ev.DateBasis = dl.iv, dl.text, dl.basis
	}
	if pl.level != placeNone {
		ev.HasPlace, ev.PlaceName, ev.Place, ev.PlaceWhy = true, pl.name, pl.place, pl.why
	}
	ev.Actors = s.actorNames()
	ev.ReportedBy, ev.ReportedOn = s.reportedBy, s.reportedOn
	if ev.ReportedBy == "" {
		ev.ReportedBy = d.docOutlet
	}
	if ev.ReportedOn.IsZero() && it.DocDate.Basis == pipeline.BasisPublished {
		ev.ReportedOn = it.DocDate.Date
	}
	ev.Confidence = confidence(dl.level, pl.level, tinfo.weak)
	ev.Summary = summarize(ev.Sentence)
	ev.Mentions = []pipeline.Mention{{
		DocID:     it.Doc.ID,
		Sentence:  s.idx,
		Span:      s.Span,
		CharStart: ev.CharStart,
		CharEnd:   ev.CharEnd,
		Trigger:   d.text[tm.start:tm.end],
	}}
	// "the order", "the recent crackdown" without a date of its own
	// sentence re-mentions an event told earlier in the document.
	// So does one whose only date is that of another event of its
	// sentence ("The crackdown comes after the MSS received an order in
	// February").
	// (One that spreads to a new place tells an event there when its
	// sentence dates it; undated, it retells the event it spreads: "The
	// crackdown has spread to Hoeryong, a source said".)
	def := d.rementions(s, c)
	if !def && dl.level > dateSentence && definite(s, c) {
		return built{}, false
	}
	ing := !def && nominalIng(s, c)
	borrowed := dl.level == dateSentence && dl.at >= 0 && s.dateOfOtherEvent(c.clause, dl.at, d.dates)
	// And one dated only by how long it lasts ("The inspections are
	// expected to continue through the end of November").
	lasting := dl.level <= dateSentence && dl.at >= 0 && d.dateClass(s, dl.at) == classEndpoint
	// And a definite one dated only by another clause of its sentence ("The
	// execution was part of a campaign that has grown harsher since the law
	// took effect last December"): that date is the other clause's.
	// (not a relative clause about the trigger's own noun: "The plenary
	// meeting of the Central Committee, which opened Tuesday in Pyongyang")
	aside := def && dl.level == dateSentence && !(dl.at >= 0 && ownRelative(s, c, d.dates[dl.at].Span.Start))
	anaphoric := (dl.level >= dateParagraph || ((borrowed || lasting || aside) && tinfo.name != "other")) && (c.remention || def || ing)
	// "executed a man at a public trial last week" … "the trial was held
	// on the 12th": the day a sentence fixes for the occasion.
	if l, ok := d.occasionFor(tinfo.name, dl); ok && !sat {
		dl = l
		ev.Date, ev.DateText, ev.DateBasis = dl.iv, dl.text, dl.basis
	}
	if dl.iv.Known() && dl.level <= dateSentence {
		d.lastDated, d.lastDatedIdx, d.lastDatedPara = dl, s.idx, s.para
		if len(d.typeDated) == 0 {
			d.typeDated = make([]dateLink, len(x.v.types))
			for i := range d.typeDated {
				d.typeDated[i] = dateLink{level: dateNone, at: -1}
			}
		}
		d.typeDated[c.typ] = dl
		if tinfo.name == "meeting" && dl.iv.Days() > 1 && dl.iv.Days() <= maxMeetingDays {
			d.sitting, d.sittingPara, d.sittingPlace = dl, s.para, pl
		}
	}
	own := pl.level == placeClause && !d.negatedPlace(s, pl.at)
	return built{Event: ev, anaphoric: anaphoric, dated: dl.level != dateNone && dl.level != dateOngoing,
		ownPlace: own, background: x.background(d, s, c), lede: d.isLede(s), placeLevel: pl.level, definite: def || ing, stands: ing && !c.remention,
		distinct: distinctTold(s, c)}, true
}

// meetingActs reports a meeting named by "the" or "this" (up to three
// words before) whose verb is the next trigger, next, in the past ("the
// meeting also dismissed the vice premier", "The party plenum expelled two
// members"): the meeting is its actor, told before; the act is the news.
func meetingActs(s *sent, m, next match) bool {
	if !isPast(s.toks[next.first].low) || s.toks[next.last].low == "resolution" {
		return false // ("The plenum adopted a resolution": the meeting's own work)
	}
	named := false
	for j := m.first - 1; j >= 0 && j >= m.first-3 && !s.toks[j+1].comma && !named; j-- {
		named = s.toks[j].low == "the" || s.toks[j].low == "this"
	}
	if !named {
		return false
	}
	k := m.last + 1
	for k < next.first && (s.toks[k].low == "also" || s.toks[k].low == "then" || s.toks[k].low == "further") {
		k++
	}
	if k+1 < next.first && s.toks[k].low == "on" && weekdayNames[s.toks[k+1].low] {
		k += 2 // "The party meeting on Tuesday dismissed the premier"
	}
	// (a participle with its agent or time is no act: "The meeting
	// announced in December opened", "the meeting condemned by Seoul")
	if after := next.first + 1; after < len(s.toks) && participleFollowers[s.toks[after].low] {
		return false
	}
	return k == next.first && !s.toks[k].comma
}

// actStands reports whether clause ci of s gives a meeting's act what it
// needs to stand as an event of its own (a weak "other" or statement
// needs a date or a place): a date or a place in the clause, or "on the
// final day". Else the meeting stays the clause's event.
func (d *docCtx) actStands(s *sent, ci int) bool {
	cl := s.clauses()[ci]
	if d.datedClause(s, cl) {
		return true
	}
	if _, _, ok := dayOfOccasion(s); ok {
		return true
	}
	for _, i := range s.places {
		if p := d.places[i].pm; p.Resolved && p.Start >= cl.Start && p.End <= cl.End {
			return true
		}
	}
	return false
}

// anaphoricDet refer back to a thing just told ("In that statement").
var anaphoricDet = map[string]bool{"that": true, "the": true, "this": true}

// participleFollowers follow a past participle that modifies a noun ("the
// meeting announced in December", "condemned by Seoul").
var participleFollowers = map[string]bool{
	"by": true, "in": true, "at": true, "on": true, "for": true, "from": true, "during": true,
	"last": true, "earlier": true, "this": true, "yesterday": true,
}

// sittingVerb reports the verb of a meeting's sitting at the words w1 w2
// ("opened", "closed", "was held", "took place").
func sittingVerb(w1, w2 string) bool {
	return openingVerbs[w1] || closingVerbs[w1] || w1 == "took" && w2 == "place" || (w1 == "was" || w1 == "were") && (w2 == "held" || w2 == "convened")
}

// ownRelative reports a byte offset at in a "which" clause right after
// the nominal trigger of c, the rest of its noun and its name, that tells
// its sitting ("The enlarged plenary meeting of the Central Committee of
// the Workers' Party of Korea, which opened Tuesday"): what it tells is
// the trigger's own.
func ownRelative(s *sent, c candidate, at int) bool {
	ci := s.clauseOf(at)
	if ci != c.clause+1 {
		return false
	}
	k := s.tokenAt(s.clauses()[ci].Start)
	if k+2 >= len(s.toks) || s.toks[k].low != "which" || !sittingVerb(s.toks[k+1].low, s.toks[k+2].low) {
		return false // (not "which Kim Jong Un was elected to lead in 2021": the committee's)
	}
	j := c.m.last + 1
	for n := 0; n < 2 && j < k && !s.toks[j].comma && !strings.HasSuffix(s.toks[j].low, "ed") && s.toks[j].low != "of"; n++ {
		j++ // the rest of the noun: "plenary meeting"
	}
	return nameEnd(s, j) == k
}

// secondOfType appends to out the event of candidate c, whose type an
// earlier clause of the sentence already told (out[first:]), when c's own
// clause dates it apart: "Police arrested three smugglers in Musan on May
// 2, and two more were arrested in Hyesan on May 9" tells two arrests.
func (x *Extractor) secondOfType(out []built, first int, d *docCtx, s *sent, c candidate) []built {
	// Not a re-mention ("informed of the arrests on May 9"), nor a state
	// told in the past perfect ("two others who had been arrested earlier
	// were put on trial on May 9"), nor a denial, nor an aside placing
	// the event in a series.
	cl := s.clauses()[c.clause]
	if c.remention || !c.ownDay && d.rementions(s, c) || pastPerfectBefore(s, c.m.first) || seriesAside(s, cl) {
		return out
	}
	words := d.text[cl.Start:cl.End]
	if di := d.whenClauseDay(s, cl); di >= 0 {
		// "… since March 24, when it fired a Hwasong-17": the day "when"
		// follows dates its clause
		words = d.text[d.dates[di].Span.Start:cl.End]
	}
	ev, ok := x.build(d, s, c)
	if !ok || ev.Modality == pipeline.Negated || !datedApart(out[first:], ev, words) {
		return out
	}
	return append(out, ev)
}

// relativeEvent appends to out the event of a trigger in a relative
// clause without "that" (objectRelative), when a date after the trigger
// in its own clause dates it ("sent 3,000 more troops in January, on top
// of the 11,000 it deployed there last year": two deployments); an
// undated one, or one on the sentence's date, is the sentence's event
// told again.
func (x *Extractor) relativeEvent(out []built, first int, d *docCtx, s *sent, c candidate) []built {
	cl := s.clauses()[s.clauseOf(c.m.start)]
	ev, ok := x.build(d, s, c)
	if !ok || c.m.end > cl.End || !datedApart(out[first:], ev, d.text[c.m.end:cl.End]) {
		return out
	}
	return append(out, ev)
}

// datedApart reports whether ev's date is written in words (its own
// clause, or what follows its trigger there) and no event of its type
// in sent (the sentence's events so far) has that date.
func datedApart(sent []built, ev built, words string) bool {
	if !ev.Date.Known() || ev.DateText == "" || !strings.Contains(words, ev.DateText) {
		return false
	}
	for _, b := range sent {
		if b.Type == ev.Type && (b.Date == ev.Date || b.DateText == ev.DateText) {
			return false
		}
	}
	return true
}

// pastPerfectBefore reports "had" or "had been" right before token k.
func pastPerfectBefore(s *sent, k int) bool {
	if k > 0 && s.toks[k-1].low == "been" {
		k--
	}
	return k > 0 && s.toks[k-1].low == "had"
}

// seriesAside reports a clause that places the sentence's event in a
// series (", the latest in a series of defections this summer"): the
// series, not another event.
func seriesAside(s *sent, cl pipeline.Span) bool {
	k := s.tokenAt(cl.Start)
	return k >= 0 && k+1 < len(s.toks) && s.toks[k].low == "the" && seriesHeads[s.toks[k+1].low]
}

// distinctWords set an event apart from an earlier one of its kind.
var distinctWords = map[string]bool{
	"other": true, "another": true, "separate": true, "separately": true, "second": true, "third": true,
	"also": true, "further": true, "additional": true, "different": true, "more": true, "new": true,
}

// quantityWords open a new object ("of a senior official", "of two men").
var quantityWords = map[string]bool{
	"a": true, "an": true, "several": true, "some": true, "dozens": true, "hundreds": true, "two": true,
	"three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
}

// distinctTold reports whether the clause of candidate c tells an event
// apart from others of its kind — "two other men were executed at a
// separate trial", "a woman was also executed" — or the trigger names its
// own new object ("the arrest of a senior official"): such an event joins
// no earlier one.
func distinctTold(s *sent, c candidate) bool {
	cl := s.clauses()[c.clause]
	for k := s.tokenAt(cl.Start); k < len(s.toks) && s.toks[k].start < cl.End; k++ {
		// ("the second such defection this month" is the one just told)
		if s.v.is(s.toks[k], flagDistinct) && (k+1 >= len(s.toks) || s.toks[k+1].low != "such") {
			return true
		}
	}
	if k := c.m.last + 1; k+1 < len(s.toks) && s.toks[k].low == "of" {
		switch n := s.toks[k+1].low; {
		case quantityWords[n]:
			return true
		case n != "" && n[0] >= '0' && n[0] <= '9':
			return true
		}
	}
	return false
}

// built is an event with what Process needs to know about it.
// datedClause reports whether a date mention of s lies in clause.
func (d *docCtx) datedClause(s *sent, clause pipeline.Span) bool {
	for _, di := range s.dates {
		if sp := d.dates[di].Span; sp.Start >= clause.Start && sp.End <= clause.End {
			return true
		}
	}
	return false
}

// datedBy reports a date mention in clause of s whose interval is iv: the
// clause's own words gave an event that date.
func (d *docCtx) datedBy(s *sent, clause pipeline.Span, iv pipeline.Interval) bool {
	for _, di := range s.dates {
		if m := &d.dates[di]; m.Span.Start >= clause.Start && m.Span.End <= clause.End && m.Interval == iv {
			return true
		}
	}
	return false
}

type built struct {
	pipeline.Event
	anaphoric  bool // a definite re-mention of an event told elsewhere in the document
	dated      bool // its own sentence or paragraph dates it
	ownPlace   bool // its place is named in its own clause
	background bool // told in the lede or in a backgrounded phrase ("Having closed …,")
	placeLevel placeLevel
	definite   bool // a nominal trigger after a determiner or possessive ("the meeting")
	stands     bool // a re-mention that stands as an event when it has nothing to refer to
	lede       bool // told in the document's lede
	distinct   bool // its clause sets it apart from another of its kind ("two other men were executed", "the arrest of a senior official")
}

// placeAgrees reports whether a re-mention that names its own place can be
// event a: the same place, or one contains the other (same country for a
// country or a vague area, same admin1 for a province).
func placeAgrees(a *pipeline.Event, b *built) bool {
	if !b.ownPlace || !a.HasPlace || a.Place.ID == b.Place.ID {
		return true
	}
	return containsPlace(a.Place, b.Place) || containsPlace(b.Place, a.Place)
}

// containsPlace reports whether p (a country, vague area or admin1) holds q.
func containsPlace(p, q pipeline.Place) bool {
	if p.Country == "" || p.Country != q.Country {
		return false
	}
	switch p.Precision {
	case pipeline.GeoCountry, pipeline.GeoRegion:
		return true
	case pipeline.GeoAdmin1:
		return p.Admin1 != "" && strings.EqualFold(p.Admin1, q.Admin1)
	}
	return false
}

// modalityAgrees reports whether two reports can tell one event: the same
// modality, or one occurred and the other is told as ongoing.
func modalityAgrees(a, b pipeline.Modality) bool {
	if a == b {
		return true
	}
	real := func(m pipeline.Modality) bool { return m == pipeline.Occurred || m == pipeline.Ongoing }
	return real(a) && real(b)
}

// Weak types that name the goods an act is about, not an act of their own
// when their sentence tells a strong event.
var contraband = map[string]bool{"smuggling": true, "drugs": true}

// Types of measure a story tells once: an undated retelling of one joins
// the dated report (see resolve).
var toldOnce = map[string]bool{"execution": true, "lockdown": true, "border_closure": true}

// Forms of "be" that make the trigger after them a verb.
var verbalBe = map[string]bool{"was": true, "were": true, "been": true, "be": true, "being": true, "got": true}

// Determiners that make a noun phrase a re-mention.
var determiners = map[string]bool{
	"the": true, "this": true, "these": true, "that": true, "those": true,
	"its": true, "their": true, "such": true,
}

// definite reports a nominal trigger after a determiner or a possessive
// ("the order", "the most recent crackdown", "Kim Jong Un's order"), with at
// most two modifiers between and no actor.
func definite(s *sent, c candidate) bool {
	// (nor is a verb of saying, whatever its subject: "Japan's defence
	// ministry said")
	if c.clausal || c.m.pat < 0 && (isSaidVerb(s.toks[c.m.first].low) || s.toks[c.m.first].low == "told") {
		return false
	}
	t := s.toks[c.m.first]
	// "the arrested", "those detained": a participle used as a noun after a
	// determiner names people of an event told before.
	if k := c.m.first - 1; c.m.first == c.m.last && k >= 0 && (s.toks[k].low == "the" || s.toks[k].low == "those") &&
		participle(t.low) && s.toks[k].start >= s.clauses()[c.clause].Start {
		return true
	}
	if strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
		return false
	}
	// "was taken into custody", "were caught": an irregular participle
	// after "be" is a verb, whatever determiner its subject has.
	if k := c.m.first - 1; k >= 0 && verbalBe[s.toks[k].low] {
		return false
	}
	clause := s.clauses()[c.clause]
	for k := c.m.first - 1; k >= 0 && k >= c.m.first-3 && s.toks[k].start >= clause.Start; k-- {
		if determiners[s.toks[k].low] && facilityAfter(s, k, c.m.last) {
			return false // "sent to the labor training camp": the camp is definite, not the event
		}
		if determiners[s.toks[k].low] || (s.toks[k].low == "s" && k > 0 && s.possessiveS(k)) {
			return true
		}
		if s.coveredByTrigger(k) || s.inActor(match{start: s.toks[k].start, end: s.toks[k].end}) {
			return false
		}
	}
	return false
}

// facilityAfter reports a determiner at k after a preposition of place
// before a trigger ending at last that names a place of detention, where
// one was sent or spent a time ("sent me to the labor training camp",
// "spent three months at the county labor training camp"): the determiner
// is the facility's. (Not where something else happened: "beat us in the
// detention center"; nor a stay in a facility told before: "sent to the
// camp. After two years in the re-education camp, …".)
func facilityAfter(s *sent, k, last int) bool {
	if k < 1 {
		return false
	}
	switch s.toks[k-1].low {
	case "to", "at", "in", "into":
	default:
		return false
	}
	sent, stay := false, false
	for j := k - 2; j >= 0 && j >= k-5; j-- {
		switch s.toks[j].low {
		case "sent", "taken", "moved", "transferred", "spent", "held", "kept", "brought", "dragged", "confined":
			sent = true
		case "days", "weeks", "months", "years":
			stay = true // "after about two months in the immigration detention center"
		}
	}
	if !sent && !stay {
		return false
	}
	for j := last; j <= last+1 && j < len(s.toks); j++ {
		switch w := s.toks[j].low; w {
		case "camp", "camps", "prison", "jail", "center", "centre", "facility", "kwalliso":
			// (a stay in a facility the text told before is its
			// re-mention — "sent to the camp. After two years in the
			// camp, …" — unless a town names it: "two months in the
			// immigration detention center in Bangkok")
			named := j+2 < len(s.toks) && (s.toks[j+1].low == "in" || s.toks[j+1].low == "at" || s.toks[j+1].low == "near") && isCapitalized(s.toks[j+2])
			return sent || named || !strings.Contains(s.doc[:s.Start], w)
		}
	}
	return false
}

// ownDay reports trigger j of s followed by a day of its own: "on" and a
// day-precision date within eight words after it, before any other trigger
// and the end of its clause, with the clause's chosen trigger (best) not in
// between ("its launch of a long-range missile on February 7").
func (d *docCtx) ownDay(s *sent, j, best int) bool {
	m := s.trigs[j]
	end := s.clauses()[s.clauseOf(m.start)].End
	if j+1 < len(s.trigs) {
		end = min(end, s.trigs[j+1].start)
	}
	if b := s.trigs[best]; b.start > m.start {
		end = min(end, b.start)
	}
	for _, i := range s.dates {
		dm := &d.dates[i]
		if dm.Span.Start < m.end || dm.Span.Start >= end {
			continue
		}
		// ("told lawmakers Wednesday": a day right after a statement's
		// trigger is when it was made)
		k := s.tokenAt(dm.Span.Start)
		right := k == m.last+1 && d.v.types[d.v.triggers[m.value].typ].name == "statement"
		if k-m.last > 8 || k < 1 || s.toks[k-1].low != "on" && !right || !dm.Known() || dm.Precision != pipeline.PrecisionDay || s.attr[i] && !right {
			return false
		}
		// (a noun: "The lockdown was extended to Kaesong on March 9" tells
		// one lockdown, not an order besides)
		if strings.HasSuffix(s.toks[m.last].low, "ed") {
			return false
		}
		// (not a compound, "the flood-hit area in Sinuiju on 29 July",
		// nor a verb between, "The launch followed a statement on
		// Wednesday": the day is another's)
		if m.last+1 < len(s.toks) && s.toks[m.last+1].hyphen {
			return false
		}
		for g := m.last + 1; g < k-1; g++ {
			if strings.HasSuffix(s.toks[g].low, "ed") {
				return false
			}
		}
		return true
	}
	return false
}

// arrivalVerb reports a verb of arriving at token k ("the team arrived"),
// the end of a deployment trigger that needs its sentence's day and yields
// to an arrest of its sentence (narrower than arrival, which a defection's
// "reached" and "entered" also pass).
func arrivalVerb(s *sent, k int) bool { return strings.HasPrefix(s.toks[k].low, "arriv") }

// deathTold reports a word of death in s ("killing two of them", "later
// died").
func deathTold(s *sent) bool {
	for _, t := range s.toks {
		switch t.low {
		case "killed", "killing", "kill", "died", "dead", "death":
			return true
		}
	}
	return false
}

// possessorPlace returns the country whose possessive opens the noun
// phrase of the trigger at token first ("North Korea's fourth nuclear
// test"), with at most three words between, or -1.
func (d *docCtx) possessorPlace(s *sent, first int) int {
	for k := first - 1; k >= 1 && k >= first-4; k-- {
		if s.toks[k].low != "s" || !s.possessiveS(k) {
			continue
		}
		for _, i := range s.places {
			if p := d.places[i]; p.pm.Resolved && p.pm.Place.Precision == pipeline.GeoCountry && s.tokenAt(p.pm.End-1) == k-1 {
				return i
			}
		}
		return -1
	}
	return -1
}

// rementions reports a definite trigger (definite) that names an event
// told before, not one it tells reaching a new place: "The crackdown has
// also reached Kimjongsuk County", "the lockdown was extended to Kaesong"
// tell a crackdown and a lockdown there.
func (d *docCtx) rementions(s *sent, c candidate) bool {
	if !definite(s, c) {
		return false
	}
	if d.relativeClauseDay(s, c.m) {
		return false
	}
	k := spreadsTo(s, c.m.last)
	return k < 0 || !d.placeOpens(s, k)
}

// relativeClauseDay reports a relative clause right after trigger m that
// gives the event it names a day of its own: "the Ninth Session of the Supreme
// People's Assembly, which met on September 26 and 27", "the plenum, which
// was held in Pyongyang on June 8", "a launch that took place on May 31".
// A definite trigger with one tells an event of that day, not the one told
// before (as one whose clause has the day does).
func (d *docCtx) relativeClauseDay(s *sent, m match) bool {
	for k := m.last + 1; k+2 < len(s.toks) && k <= m.last+10; k++ {
		if w := s.toks[k].low; w != "which" && w != "that" {
			continue
		}
		w1, w2 := s.toks[k+1].low, s.toks[k+2].low
		switch {
		case w1 == "met" && w2 != "with" || openingVerbs[w1] || closingVerbs[w1]: // (not "which met with derision")
			k += 2
		case sittingVerb(w1, w2): // the two-word ones: "took place", "was held"
			k += 3
		default:
			return false
		}
		// the first date within four words, right there or after "on" and
		// a place at most ("met in Pyongyang on")
		for _, i := range s.dates {
			dm := &d.dates[i]
			if j := s.tokenAt(dm.Span.Start); j >= k && j <= k+4 {
				return (j == k || s.toks[j-1].low == "on") && dm.Known() && dm.Precision == pipeline.PrecisionDay
			}
		}
		return false
	}
	return false
}

// spreadsTo returns the token after the verb of spreading that follows
// token last ("… has also spread to", "… was extended into", "… reached"),
// where the place it reaches opens; -1 when none follows.
func spreadsTo(s *sent, last int) int {
	k := last + 1
	for n := 0; n < 3 && k < len(s.toks) && spreadAux[s.toks[k].low]; n++ {
		k++
	}
	if k >= len(s.toks) || !spreadVerbs[s.toks[k].low] {
		return -1
	}
	if k++; k < len(s.toks) && (s.toks[k].low == "to" || s.toks[k].low == "into") {
		k++
	}
	return k
}

var (
	spreadAux = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true,
		"been": true, "also": true, "now": true, "since": true, "already": true, "even": true}
	spreadVerbs = map[string]bool{"spread": true, "spreads": true, "spreading": true, "reached": true, "reaches": true,
		"extended": true, "extends": true, "expanded": true, "expands": true, "widened": true}
)

// nominalIng reports an -ing noun right after a determiner ("guided the
// meeting", "the smuggling"): a re-mention when an event of its type was
// told before, else a report of its own ("The meeting was held in Hyesan").
func nominalIng(s *sent, c candidate) bool {
	t := s.toks[c.m.first]
	k := c.m.first - 1
	return c.m.first == c.m.last && strings.HasSuffix(t.low, "ing") && k >= 0 && determiners[s.toks[k].low] && s.toks[k].start >= s.clauses()[c.clause].Start
}

// eventID is the first 16 hex digits of sha256(doc id, sentence start,
// trigger start, type), each followed by a zero byte.
func eventID(docID string, sentStart, trigStart int, typ string) string {
	var buf [128]byte
	b := append(buf[:0], docID...)
	b = append(b, 0)
	b = strconv.AppendInt(b, int64(sentStart), 10)
	b = append(b, 0)
	b = strconv.AppendInt(b, int64(trigStart), 10)
	b = append(b, 0)
	b = append(b, typ...)
	b = append(b, 0)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// confidence grades an event by how close its date and place are to the
// trigger (docs/events.md gives the table).
func confidence(dl dateLevel, pl placeLevel, weak bool) float64 {
	c := 0.35
	c += [...]float64{dateClause: 0.25, dateSentence: 0.2, dateAttribution: 0.15, dateParagraph: 0.1, dateOngoing: 0.05, dateNone: 0}[dl]
	c += [...]float64{placeClause: 0.25, placeAnaphor: 0.2, placeMetonym: 0.15, placeSentence: 0.2, placeRegion: 0.15, placePrevious: 0.1, placeDirection: 0.1, placeSource: 0.1, placeHeadline: 0.05, placeCountry: 0.05, placeNone: 0}[pl]
	if weak {
		c -= 0.1
	}
	c = math.Max(0.05, math.Min(0.95, c))
	return math.Round(c*100) / 100
}

// summarize clips a sentence to about 120 characters at a word boundary.
func summarize(sentence string) string {
	s := strings.Trim(collapseSpace(sentence), "“”\"' ")
	const max = 120
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	// head is string([]rune(s)[:max]) when it is valid UTF-8.
	head := s
	for i, n := 0, 0; i < len(s); n++ {
		if n == max {
			head = s[:i]
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if !utf8.ValidString(head) {
		head = string([]rune(s)[:max])
	}
	cut := strings.LastIndexByte(head, ' ')
	if cut < max/2 {
		cut = len(head)
	}
	return strings.TrimRight(head[:cut], " ,;:") + "…"
}

// collapseSpace returns strings.Join(strings.Fields(s), " "): s itself when
// it is ASCII with single spaces between its words.
func collapseSpace(s string) string {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return strings.Join(strings.Fields(s), " ")
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c == ' ' && s[i+1] == ' ':
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// Modal verbs that make a clause hypothetical or generic.
var modals = map[string]bool{"can": true, "could": true, "might": true, "may": true, "would": true, "should": true, "must": true}

// Words before a trigger that make it a fear, a hope or a habit rather than
// a reported happening ("afraid of being arrested", "has long been a
// supplier of drugs", "formally bans").
var irrealis = map[string]bool{
	"fear": true, "fears": true, "feared": true, "afraid": true, "risk": true, "risking": true,
	"danger": true, "hope": true, "hoped": true, "hopes": true, "hoping": true,
	"long": true, "known": true, "usually": true, "often": true, "generally": true,
	"typically": true, "traditionally": true, "technically": true, "commonly": true,
	// "authorities regularly launch campaigns": a habit, not a happening
	"regularly": true, "routinely": true, "frequently": true, "periodically": true,
	"if": true, "unless": true, "whether": true,
	// "has repeatedly ordered tree-planting campaigns": many, none told
	"repeatedly": true, "constantly": true, "continually": true,
	// "The fences will likely make smuggling … more difficult": a forecast
	"likely": true, "unlikely": true,
	// "The Sinuiju area is prone to flooding": a liability
	"prone": true, "vulnerable": true, "susceptible": true,
	// "Anyone caught with a Chinese phone is taken to …": a rule, not a case
	"anyone": true, "anybody": true, "whoever": true,
}

// Subjects that make what a sentence says of them a rule ("Anyone who …").
var generalSubjects = map[string]bool{"anyone": true, "anybody": true, "whoever": true}

// counterfactual reports "would have" right before the trigger at token k
// (an adverb may stand between: "would have quickly extended"): a
// happening that did not take place ("a resolution that would have
// extended the panel's mandate"), no candidate of its clause. ("Could
// have", "might have" say it may have happened; "would have to" is an
// obligation.)
func counterfactual(s *sent, k int) bool {
	for j := k - 1; j >= 1 && j >= k-2; j-- {
		if s.toks[j].low == "have" {
			return s.toks[j-1].low == "would" && s.toks[j+1].low != "to"
		}
	}
	return false
}

// maxModalReach is how many words after a nominal trigger a modal still
// governs it ("smuggling and maritime trade would restart").
const maxModalReach = 4

// hypothetical reports a modal verb or an irrealis word before the trigger
// in its clause, or a modal shortly after it.
func hypothetical(s *sent, c candidate) bool {
	clause := s.clauses()[c.clause]
	// "Anyone who attended a church … will be sent to a prison camp": a
	// generic subject opening an earlier clause of the sentence.
	for _, cl := range s.clauses() {
		if cl.Start >= clause.Start {
			break
		}
		if k := s.tokenAt(cl.Start); k < len(s.toks) && generalSubjects[s.toks[k].low] {
			return true
		}
	}
	for k := c.m.first - 1; k >= 0 && s.toks[k].start >= clause.Start; k-- {
		if s.modal(k) || (irrealis[s.toks[k].low] && !s.compound(k)) {
			return true
		}
	}
	for k := c.m.last + 1; k < len(s.toks) && k <= c.m.last+maxModalReach && s.toks[k].end <= clause.End; k++ {
		if s.modal(k) {
			return true
		}
	}
	return false
}

// compound reports whether token k is hyphenated to the next word
// ("long-range", "long-term"): a modifier, not an adverb of habit.
func (s *sent) compound(k int) bool {
	return k+1 < len(s.toks) && strings.HasPrefix(s.doc[s.toks[k].end:], "-") && s.toks[k+1].start == s.toks[k].end+1
}

// modal reports whether token k is a modal verb: "may" but not the month
// ("arrested in May", "on May 23").
func (s *sent) modal(k int) bool {
	t := s.toks[k]
	return modals[t.low] && (t.low != "may" || t.text != "May" || k == 0)
}

// Present-tense verbs that make a bare plural or mass subject generic
// ("Prison terms … are common", "Official crackdowns may contribute").
var genericVerbs = map[string]bool{
	"is": true, "are": true, "do": true, "does": true, "can": true, "may": true,
	"might": true, "seem": true, "seems": true, "remain": true, "remains": true,
	"tend": true, "tends": true, "often": true, "usually": true,
}

// Words that make a present-tense statement a report of the moment.
var nowWords = map[string]bool{"still": true, "now": true, "currently": true, "increasingly": true, "again": true}

// maxSubjectLength is how many words may follow a nominal trigger before its
// verb ("Prison sentences of 3-6 months are …").
const maxSubjectLength = 6

// rarityWords say how often events of a kind happen.
var rarityWords = map[string]bool{
	"rare": true, "common": true, "frequent": true, "unusual": true, "uncommon": true,
	"routine": true, "commonplace": true, "widespread": true, "infrequent": true,
}

// kindWords say an event of a kind is a standing custom ("has become an
// annual fixture", "remains a tradition"): only with a verb in the present
// or "become" (not "The meeting on Tuesday was a fixture on the schedule").
var kindWords = map[string]bool{"fixture": true, "tradition": true, "ritual": true}

// rarity reports a trigger that is the subject of a predicate of how often
// such events happen ("Detention of an entire family is rare", "Public
// executions have become more frequent", "The year-end plenary meeting has
// become an annual fixture"): a verb "be" or "become" within
// the trigger's clause after it, then, within three words, a rarity word.
func rarity(s *sent, c candidate) bool {
	clause := s.clauses()[c.clause]
	for k := c.m.last + 1; k < len(s.toks) && k <= c.m.last+maxSubjectLength+1 && s.toks[k].end <= clause.End; k++ {
		switch s.toks[k].low {
		case "is", "are", "was", "were", "become", "became", "remain", "remains", "remained":
			custom := s.toks[k].low != "was" && s.toks[k].low != "were" && s.toks[k].low != "remained"
			for j := k + 1; j < len(s.toks) && j <= k+3 && s.toks[j].end <= clause.End; j++ {
				if rarityWords[s.toks[j].low] || custom && kindWords[s.toks[j].low] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// southWatch reports a crackdown or deployment trigger whose clause names
// the South's forces before it (or as it) as the actor: "our troops
// secured the individual", "South Korean troops fired", "Our military has
// strengthened surveillance and vigilance", "The South's coast guard said
// it would step up patrols", "South Korea's military raised its alert".
// A report on North Korea logs what the North does; the South's watch is
// its answer, not a crackdown.
func southWatch(s *sent, m match) bool {
	start := s.clauses()[s.clauseOf(m.start)].Start
	for k := m.first; k >= 1 && s.toks[k-1].start >= start; k-- {
		w, prev := s.toks[k].low, s.toks[k-1].low
		switch {
		case prev == "our" && (w == "military" || w == "troops" || w == "forces"):
			return true
		case prev == "south" && (w == "korean" || w == "korea" || w == "s"):
			return true
		}
	}
	return false
}

// countedRemention reports a trigger that a sentence opening "It was (is,
// This was, That marked) the …" counts among others of its kind: "It was
// the North's 12th ballistic missile launch this year", "It is the second
// defection across the border this month". The sentence places the
// event told before it in a series; its date is the series' span, not the
// event's. The ordinal must stand within four words before the trigger,
// with no "since" or "when" between, and no "since" after it: "the first
// launch since November 2017, when the North fired a Hwasong-15" tells
// the launch the series is counted from.
func countedRemention(s *sent, m match, clause int) bool {
	t := s.toks
	if len(t) < 4 || clause != 0 || m.first > 8 {
		return false
	}
	switch t[0].low {
	case "it", "this", "that":
	default:
		return false
	}
	switch t[1].low {
	case "was", "is", "s", "marked", "marks", "became", "becomes", "remains":
	default:
		return false
	}
	for k := m.last + 1; k < len(t); k++ {
		if t[k].low == "since" {
			return false // "the first launch since November 2017": that launch is told
		}
	}
	for k := m.first - 1; k >= 2 && k >= m.first-4; k-- {
		switch w := t[k].low; {
		case w == "since" || w == "when" || w == "after" || w == "before":
			return false
		case ordinals[w] || isOrdinalNumber(w):
			return true
		}
	}
	return false
}

// isOrdinalNumber reports an ordinal written in digits ("12th", "2nd").
func isOrdinalNumber(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// generic reports a bare nominal trigger (no determiner) opening its clause
// as the subject of a present-tense verb without "still/now": a statement
// about how things are, not a happening.
func generic(s *sent, c candidate) bool {
	clause := s.clauses()[c.clause]
	if presentPassive(s, c, clause) {
		return true
	}
	lead := 0
	for k := c.m.first - 1; k >= 0 && s.toks[k].start >= clause.Start; k-- {
		w := s.toks[k].low
		if determiners[w] || w == "a" || w == "an" || w == "s" || (w[0] >= '0' && w[0] <= '9') {
			return false
		}
		if w != "that" {
			lead++
		}
	}
	last := s.toks[c.m.last].low
	nominal := (strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")) || strings.HasSuffix(last, "ing")
	if lead > 2 || !nominal {
		return false
	}
	for k := c.m.last + 1; k < len(s.toks) && k <= c.m.last+maxSubjectLength+1 && s.toks[k].end <= clause.End; k++ {
		w := s.toks[k].low
		if (w == "has" || w == "have") && k+1 < len(s.toks) && s.toks[k+1].low == "long" {
			return true // "Smuggling has long been a way of life"
		}
		if genericVerbs[w] && (w != "may" || s.modal(k)) {
			for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
				if nowWords[s.toks[j].low] {
					return false
				}
			}
			return true
		}
		if isPast(w) || w == "was" || w == "were" || w == "has" || w == "have" || w == "had" || w == "will" {
			return false
		}
	}
	return false
}

// seizure reports whether a trigger tells goods seized ("seized",
// "confiscation").
// carried reports contraband told as what the arrested carried or held
// ("arrested in July while carrying about 30 kilograms of
// methamphetamine"): a verb of carrying a few words before the trigger.
func carried(s *sent, trig pipeline.Span) bool {
	k := s.tokenAt(trig.Start)
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch s.toks[j].low {
		case "carrying", "possessing", "holding", "hiding", "transporting", "smuggling":
			return true
		}
	}
	return false
}

func seizure(trigger string) bool {
	t := strings.ToLower(trigger)
	return strings.Contains(t, "seiz") || strings.Contains(t, "confiscat")
}

// statives are participles that, after "is/are", tell a measure in force
// ("the city is locked down", "the market is closed", "families are
// banned from travelling"), not a habit.
var statives = map[string]bool{
	"locked": true, "closed": true, "sealed": true, "shut": true, "banned": true, "barred": true,
	"quarantined": true, "blockaded": true, "suspended": true, "prohibited": true, "restricted": true,
	"watched": true, "detained": true, "held": true, "confined": true,
}

// presentPassive reports a participle trigger right after "is" or "are"
// (an adverb between allowed) with no "still / now" before it, or a trigger
// that is the agent or instrument of such a passive: "The officials are
// punished", "Those caught are sent to camps", "it is guarded by troops",
// "the fence is topped with barbed wire" tell how things are, not what
// happened. A stative participle (statives) tells a measure in force and
// is no habit.
func presentPassive(s *sent, c candidate, clause pipeline.Span) bool {
	first := c.m.first
	// "it is guarded by hundreds of thousands of troops": the agent of a
	// present passive is a standing state, not a deployment.
	for k := first - 1; k >= 1 && k >= first-6 && s.toks[k].start >= clause.Start; k-- {
		if w := s.toks[k].low; w == "by" || w == "with" {
			first = k - 1
			break
		}
	}
	t := s.toks[first].low
	if !isPast(t) || statives[t] {
		return false
	}
	for k, n := first-1, 0; k >= 0 && n < 2 && s.toks[k].start >= clause.Start; k, n = k-1, n+1 {
		w := s.toks[k].low
		if nowWords[w] || w == "being" {
			return false
		}
		if w == "is" || w == "are" {
			return true
		}
		if !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// Words opening a backgrounded phrase: "Having closed its borders, …",
// "After detaining one of the soldiers, …", "…, including public execution".
var backgroundOpeners = map[string]bool{
	"having": true, "after": true, "following": true, "since": true, "including": true,
	"amid": true, "despite": true,
}

// background reports an event told in the document's lede (its first
// sentence that is not a heading) or in a backgrounded phrase of its sentence.
func (x *Extractor) background(d *docCtx, s *sent, c candidate) bool {
	if d.isLede(s) {
		return true
	}
	clause := s.clauses()[c.clause]
	k := s.tokenAt(clause.Start)
	if k >= len(s.toks) {
		return false
	}
	w := s.toks[k].low
	if w == "and" || w == "but" || w == "that" {
		return false
	}
	return backgroundOpeners[w] || (k == 0 && strings.HasSuffix(w, "ing") && len(w) > 4)
}

// minTallyYears is how many years before the document a "since" date must
// lie for a present-perfect clause to be a tally rather than a happening.
const minTallyYears = 10

// maxSinceReach is how many words "since" may stand before its date ("since
// the end of the war in 1953").
const maxSinceReach = 7

// sinceLongAgo reports a present-perfect clause dated by "since" a date at
// least minTallyYears before the document date ("have fled … since the end
// of the 1950-53 Korean War").
func (d *docCtx) sinceLongAgo(s *sent, ci int, dl dateLink) bool {
	if dl.level != dateClause || dl.at < 0 || !dl.iv.Known() || d.it.DocDate.Date.IsZero() || !presentPerfect(s, s.clauses()[ci]) {
		return false
	}
	if d.it.DocDate.Date.Year-dl.iv.End.Year < minTallyYears {
		return false
	}
	k := s.tokenAt(d.dates[dl.at].Span.Start)
	for j := k - 1; j >= 0 && j >= k-maxSinceReach; j-- {
		if s.toks[j].low == "since" {
			return true
		}
	}
	return false
}

// occasionType returns the type of a trigger right after "the same" (one
// modifier between allowed) in clause ci of s — "sentenced at the same
// public trial" names the execution's occasion — or -1.
func (x *Extractor) occasionType(s *sent, ci int) int {
	clause := s.clauses()[ci]
	if decisionOfMeeting(s, clause) {
		for t := range x.v.types {
			if x.v.types[t].name == "meeting" {
				return t
			}
		}
	}
	for _, m := range s.trigs {
		if m.start < clause.Start || m.start >= clause.End {
			continue
		}
		for k := m.first - 1; k >= 1 && k >= m.first-2; k-- {
			if s.toks[k].low == "same" && s.toks[k-1].low == "the" {
				return x.v.triggers[m.value].typ
			}
		}
	}
	return -1
}

// sameDayCount reports a count before "hours" or "minutes": digits or a
// number word ("48 hours", "twelve hours"), which may reach another day.
func sameDayCount(w string) bool {
	if _, ok := atoi(w); ok {
		return true
	}
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"twenty", "thirty", "forty", "fifty", "sixty", "hundred", "dozen", "dozens":
		return true
	}
	return false
}

// sameDayLapse are the words before "before the <occasion>" that keep the
// day: "Hours before the summit", "shortly before the meeting".
var sameDayLapse = map[string]bool{"hours": true, "minutes": true, "moments": true, "shortly": true, "just": true}

// followedType returns the type of a trigger right after "after the" or
// "following the" in clause ci of s, in a clause before it ("Following
// the meeting, authorities ordered …") or in the clause right after it
// ("convened a meeting … shortly after the launch"), or the occasion
// after "hours before the", "shortly after the" ("Hours before the summit,
// the North fired …"), or -1.
func (x *Extractor) followedType(s *sent, ci int) int {
	end := s.clauses()[min(ci+1, len(s.clauses())-1)].End
	for _, m := range s.trigs {
		if m.start >= end || !timeReference(s, m) {
			continue
		}
		if w := s.toks[m.first-2].low; w == "after" || w == "following" {
			return x.v.triggers[m.value].typ
		}
	}
	// "Hours before the summit", "after the talks", "within minutes of
	// the North's launch": an occasion named by its noun, which may be no
	// trigger of its own, on the same day
	for k := 0; k+2 < len(s.toks) && s.toks[k].end <= end; k++ {
		the := -1
		switch w := s.toks[k].low; {
		case w == "after" || w == "following":
			the = k + 1
			if k > 0 {
				switch u := s.toks[k-1].low; u {
				case "days", "weeks", "months", "years", "day", "week", "month", "year":
					the = -1 // "two days after the test": another day (lapsePhrase's)
				case "hours", "minutes", "moments":
					if k > 1 && sameDayCount(s.toks[k-2].low) {
						the = -1 // "Some 24 hours after the test"
					}
				}
			}
		case (w == "hours" || w == "minutes" || w == "moments") && k > 0 && s.toks[k-1].low == "within" && s.toks[k+1].low == "of":
			the = k + 2
		case s.toks[k+1].low == "before" && sameDayLapse[w]:
			the = k + 2
		}
		if the < 0 || the >= len(s.toks) || s.toks[the].low != "the" || k > 0 && sameDayCount(s.toks[k-1].low) {
			continue // ("48 hours before the summit": a count, maybe of days)
		}
		for j := the + 1; j < len(s.toks) && j <= the+3 && s.toks[j].end <= end; j++ {
			if types := occasionNouns[s.toks[j].low]; len(types) == 1 {
				return x.v.typeNamed(types[0])
			}
		}
	}
	return -1
}

// isLede reports whether s is the document's lede: its first sentence that
// is not a heading.
func (d *docCtx) isLede(s *sent) bool {
	for _, o := range d.sents {
		if !o.heading {
			return o == s
		}
	}
	return false
}

// Subjects and verbs of hearsay: "people say", "residents believe", "rumors
// say".
var (
	hearsaySubjects = map[string]bool{
		"people": true, "residents": true, "many": true, "some": true, "others": true,
		"rumor": true, "rumors": true, "rumour": true, "rumours": true, "locals": true,
	}
	hearsayVerbs = map[string]bool{
		"say": true, "believe": true, "expect": true, "fear": true, "think": true,
		"suspect": true, "speculate": true, "have": true, "are": true,
	}
)

// hearsay reports a generic subject saying or believing something before
// the trigger of c ("People say they will be sent …", "Rumors are that …").
func hearsay(s *sent, c candidate) bool {
	for k := 0; k+1 < c.m.first; k++ {
		if hearsaySubjects[s.toks[k].low] && hearsayVerbs[s.toks[k+1].low] {
			if s.toks[k+1].low == "have" || s.toks[k+1].low == "are" {
				// "rumors have it", "rumors are that"
				if !strings.HasPrefix(s.toks[k].low, "rumo") {
					continue
				}
			}
			return true
		}
	}
	return false
}

// anotherTold reports a sentence that marks its happening as another one
// than those told ("her husband was arrested as well", "they arrested my
// brother too", "she had been arrested twice before"), or as a habit.
func anotherTold(sentence string) bool {
	low := strings.ToLower(sentence)
	for _, w := range [...]string{" too", " as well", " also ", " again", " later", " before", " previously", " twice", " had been ", " all the time", " often", " usually", " my ", " her ", " his ", " their "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// notFirstTime reports "not the first time" (or "not for the first time")
// between tokens lo and k of s.
func notFirstTime(s *sent, lo, k int) bool {
	for j := lo; j+3 < k && j+3 < len(s.toks); j++ {
		if s.toks[j].low != "not" {
			continue
		}
		n := j + 1
		if s.toks[n].low == "for" {
			n++
		}
		if n+2 < len(s.toks) && s.toks[n].low == "the" && s.toks[n+1].low == "first" && s.toks[n+2].low == "time" {
			return true
		}
	}
	return false
}

// saidTrigger reports the trigger addStatement put on an official's dated
// "said" (no lexicon pattern of its own).
func (x *Extractor) saidTrigger(m match) bool { return m.pat < 0 && m.value == x.v.statement }
