package events

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math"
	"strconv"
	"strings"

	"geotimeline/pipeline"
)

// Options configures an Extractor. The zero value is useful.
type Options struct {
	// Logger receives debug messages; nil discards them.
	Logger *slog.Logger
}

// An Extractor finds events in documents. Build it with New; it is immutable
// and safe for concurrent use.
type Extractor struct {
	v   *vocab
	log *slog.Logger
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
	return &Extractor{v: v, log: log}, nil
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
	var evs []pipeline.Event
	for si := range d.sents {
		if si%64 == 63 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		for _, ev := range x.sentenceEvents(d, si) {
			if ev.anaphoric {
				if k := antecedent(evs, ev); k >= 0 {
					m := ev.Mentions[0]
					evs[k].Mentions = append(evs[k].Mentions, m)
					note := fmt.Sprintf("re-mentioned in sentence %d (%q)", m.Sentence, m.Trigger)
					if evs[k].MergeNote != "" {
						note = evs[k].MergeNote + "; " + note
					}
					evs[k].MergeNote = note
					continue
				}
			}
			evs = append(evs, ev.Event)
		}
	}
	it.Events = evs
	x.log.Debug("events", "doc", it.Doc.ID, "events", len(evs))
	return nil
}

// A candidate is the chosen trigger of one clause.
type candidate struct {
	m      match
	typ    int
	clause int
}

// sentenceEvents returns the events of sentence si.
func (x *Extractor) sentenceEvents(d *docCtx, si int) []built {
	s := d.sentence(si)
	if s.heading {
		return nil
	}
	var cands []candidate
	for ci := range s.clauses {
		best := -1
		for k, m := range s.trigs {
			if s.clauseOf(m.start) != ci || s.inActor(m) || x.weakObject(s, m) {
				continue
			}
			if best < 0 || x.v.triggers[m.value].priority > x.v.triggers[s.trigs[best].value].priority {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		m := s.trigs[best]
		typ := x.v.triggers[m.value].typ
		dup := false
		for _, c := range cands {
			if c.typ == typ {
				dup = true
			}
		}
		if !dup {
			cands = append(cands, candidate{m: m, typ: typ, clause: ci})
		}
	}
	var out []built
	for _, c := range cands {
		ev, ok := x.build(d, s, c)
		if ok {
			out = append(out, ev)
		}
	}
	return out
}

// weakObject reports whether m is a weak trigger used as the object of a
// measure ("efforts against smuggling", "punishment for trafficking").
func (x *Extractor) weakObject(s *sent, m match) bool {
	if !x.v.types[x.v.triggers[m.value].typ].weak {
		return false
	}
	for k := m.first - 1; k >= 0 && k >= m.first-2; k-- {
		w := s.toks[k].low
		if w == "of" && k > 0 && collectives[s.toks[k-1].low] {
			return false // "groups of addicts": the people, not an object
		}
		if objectMarkers[w] {
			return true
		}
	}
	return false
}

// Collective nouns before "of" that do not make the next word an object.
var collectives = map[string]bool{
	"groups": true, "group": true, "number": true, "numbers": true, "dozens": true,
	"hundreds": true, "thousands": true, "lot": true, "lots": true, "many": true,
	"some": true, "most": true, "all": true, "one": true, "none": true, "few": true,
	"scores": true, "crowds": true, "gangs": true, "gang": true, "ring": true,
}

var objectMarkers = map[string]bool{
	"against": true, "for": true, "on": true, "of": true, "about": true, "over": true,
	"combat": true, "curb": true, "stop": true, "prevent": true, "punish": true,
	"punishing": true, "eradicate": true, "eliminate": true, "root": true, "crack": true,
}

// build links one candidate to its date, place, actors, modality and
// attribution. It reports false when the candidate does not stand as an event
// (a weak trigger or a caption without a date or place of its own).
func (x *Extractor) build(d *docCtx, s *sent, c candidate) (built, bool) {
	it := d.it
	tm := c.m
	trigSpan := pipeline.Span{Start: tm.start, End: tm.end}
	tinfo := x.v.types[c.typ]
	mod := x.modality(s, c)
	dl := d.linkDate(s, c.clause, trigSpan, mod)
	pl := d.linkPlace(s, c.clause, trigSpan, tinfo.name)
	inSentence := dl.level <= dateAttribution || pl.level <= placeRegion
	if (tinfo.weak || s.caption) && !inSentence {
		return built{}, false
	}
	// "Punishments can be harsh for those caught": a hypothetical or
	// generic statement, not a reported happening, unless it is dated.
	if dl.level == dateNone && hypothetical(s, c) {
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
		CharStart: d.offs.CodePoint(s.Start),
		CharEnd:   d.offs.CodePoint(s.End),
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
	anaphoric := dl.level >= dateParagraph && definite(s, c)
	return built{Event: ev, anaphoric: anaphoric, ownPlace: pl.level <= placeSentence}, true
}

// built is an event with what Process needs to know about it.
type built struct {
	pipeline.Event
	anaphoric bool // a definite re-mention of an earlier event
	ownPlace  bool // its place is named in its own sentence
}

// antecedent returns the index of the latest event in evs of b's type, or
// -1; a re-mention that names its own place must agree with it (same place,
// or one is the country of the other).
func antecedent(evs []pipeline.Event, b built) int {
	for k := len(evs) - 1; k >= 0; k-- {
		a := &evs[k]
		if a.Type != b.Type {
			continue
		}
		if b.ownPlace && a.HasPlace && a.Place.ID != b.Place.ID {
			country := a.Place.Precision == pipeline.GeoCountry || b.Place.Precision == pipeline.GeoCountry
			if !country || a.Place.Country != b.Place.Country {
				return -1
			}
		}
		return k
	}
	return -1
}

// Determiners that make a noun phrase a re-mention.
var determiners = map[string]bool{
	"the": true, "this": true, "these": true, "that": true, "those": true,
	"its": true, "their": true, "such": true,
}

// definite reports a nominal trigger after a determiner ("the order", "the
// most recent crackdown"), with at most two modifiers between and no actor.
func definite(s *sent, c candidate) bool {
	t := s.toks[c.m.first]
	if strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") {
		return false
	}
	clause := s.clauses[c.clause]
	for k := c.m.first - 1; k >= 0 && k >= c.m.first-3 && s.toks[k].start >= clause.Start; k-- {
		if determiners[s.toks[k].low] {
			return true
		}
		if s.coveredByTrigger(k) || s.inActor(match{start: s.toks[k].start, end: s.toks[k].end}) {
			return false
		}
	}
	return false
}

// eventID is the first 16 hex digits of sha256(doc id, sentence start,
// trigger start, type).
func eventID(docID string, sentStart, trigStart int, typ string) string {
	h := sha256.New()
	for _, p := range []string{docID, strconv.Itoa(sentStart), strconv.Itoa(trigStart), typ} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// confidence grades an event by how close its date and place are to the
// trigger (docs/events.md gives the table).
func confidence(dl dateLevel, pl placeLevel, weak bool) float64 {
	c := 0.35
	c += [...]float64{dateClause: 0.25, dateSentence: 0.2, dateAttribution: 0.15, dateParagraph: 0.1, dateOngoing: 0.05, dateNone: 0}[dl]
	c += [...]float64{placeClause: 0.25, placeAnaphor: 0.2, placeMetonym: 0.15, placeSentence: 0.2, placeRegion: 0.15, placePrevious: 0.1, placeDirection: 0.1, placeSource: 0.1, placeCountry: 0.05, placeNone: 0}[pl]
	if weak {
		c -= 0.1
	}
	c = math.Max(0.05, math.Min(0.95, c))
	return math.Round(c*100) / 100
}

// summarize clips a sentence to about 120 characters at a word boundary.
func summarize(sentence string) string {
	s := strings.Join(strings.Fields(sentence), " ")
	s = strings.Trim(s, "“”\"' ")
	const max = 120
	if len([]rune(s)) <= max {
		return s
	}
	r := []rune(s)[:max]
	cut := strings.LastIndexByte(string(r), ' ')
	if cut < max/2 {
		cut = len(string(r))
	}
	return strings.TrimRight(string(r)[:cut], " ,;:") + "…"
}

// Modal verbs that make a clause hypothetical or generic.
var modals = map[string]bool{"can": true, "could": true, "might": true, "may": true, "would": true, "should": true}

// hypothetical reports a modal verb before the trigger in its clause.
func hypothetical(s *sent, c candidate) bool {
	clause := s.clauses[c.clause]
	for k := c.m.first - 1; k >= 0 && s.toks[k].start >= clause.Start; k-- {
		if modals[s.toks[k].low] {
			return true
		}
	}
	return false
}
