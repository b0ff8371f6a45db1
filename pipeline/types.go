package pipeline

import (
	"fmt"
	"slices"
)

// A Document is one article as read from the input.
type Document struct {
	ID        string // stable identifier: the path relative to the input root, or the JSON Lines id
	Path      string // where it was read from, for messages: "dir/a.txt" or "corpus.jsonl:12"
	Title     string
	Source    string
	URL       string
	Published Date   // from metadata; zero when the metadata gives none
	Text      string // decoded UTF-8 text as read (for HTML, the extracted text); all Span offsets index it
}

// A Span is a half-open range [Start, End) of byte offsets into Document.Text.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Bounds returns the span itself; through embedding, it gives any type
// holding a Span (a Sentence) to Holding.
func (s Span) Bounds() Span { return s }

// Holding returns the index of the element of xs — sorted by Start, not
// overlapping — whose span holds byte off, or -1 when none does.
func Holding[T interface{ Bounds() Span }](xs []T, off int) int {
	i, found := slices.BinarySearchFunc(xs, off, func(x T, off int) int {
		switch b := x.Bounds(); {
		case b.End <= off:
			return -1
		case b.Start > off:
			return 1
		}
		return 0
	})
	if !found {
		return -1
	}
	return i
}

// A Sentence is a sentence of the document, with the paragraph it belongs to.
type Sentence struct {
	Span
	Paragraph int // index into Item.Paragraphs
}

// DateBasis says where a document date, or an event's date, came from.
type DateBasis string

// The date bases.
const (
	BasisExplicit  DateBasis = "explicit"  // the text states the date in full
	BasisPublished DateBasis = "published" // the document's publication date (metadata or dateline)
	BasisInferred  DateBasis = "inferred"  // reasoned from cues in the text
	BasisNone      DateBasis = "none"      // nothing fixes it
)

// DocDate is the document's creation date, the anchor for relative dates.
type DocDate struct {
	Date     Date      // zero when unknown
	Earliest Date      // for an inferred anchor: the earliest the document can be (may be zero)
	Basis    DateBasis // published (metadata or dateline), inferred, or none
	Evidence string    // one line: "metadata", "dateline \"December 19, 2020\"", "latest explicit date …"
}

// DateKind separates calendar dates from durations and sets, which never date an event.
type DateKind string

// The date kinds.
const (
	KindDate     DateKind = "date"
	KindDuration DateKind = "duration"
	KindSet      DateKind = "set"
)

// Anchor says what a date expression was resolved against.
type Anchor string

// The anchors.
const (
	AnchorExplicit  Anchor = "explicit"  // the expression fixes itself ("December 19, 2020")
	AnchorDCT       Anchor = "dct"       // the document date
	AnchorNarrative Anchor = "narrative" // an earlier explicit date in the same passage
	AnchorNone      Anchor = "none"      // nothing to anchor on; the interval is unknown
)

// A DateMention is one temporal expression found in the text.
type DateMention struct {
	Span
	Text         string
	Kind         DateKind
	Value        string   // TIMEX3-style value: 2020-11-05, 2020-11, 2020-W45, 199 (the 1990s), 2020-SU, P3Y, PRESENT_REF, XXXX-04
	Interval              // the days it may denote; unknown (zero Start) when nothing fixes the year
	Anchor       Anchor   // what it was resolved against
	Ambiguous    bool     // more than one reading is plausible
	Alternatives []string // the other readings' values, when Ambiguous
	Forward      bool     // points forward from its anchor ("next month", "from Feb. 15" in a plan)
}

// GeoPrecision says how finely a place pins a location.
type GeoPrecision string

// The geo precisions, finest first.
const (
	GeoPoint   GeoPrecision = "point"
	GeoCity    GeoPrecision = "city"
	GeoAdmin2  GeoPrecision = "admin2"
	GeoAdmin1  GeoPrecision = "admin1"
	GeoCountry GeoPrecision = "country"
	GeoRegion  GeoPrecision = "region"
)

// A Place is a gazetteer entry as the pipeline sees it.
type Place struct {
	ID            string // "geonames:2043837", "wof:85632231", "ne:…"
	Name          string // preferred English name
	Lat, Lon      float64
	FeatureCode   string // GeoNames feature code: PPL, PPLA, ADM1, PCLI, STM, …
	Admin1        string // name of the first-level admin unit ("North Pyongan")
	Country       string // ISO 3166-1 alpha-2
	Population    int64
	Precision     GeoPrecision
	UncertaintyKM float64 // radius within which the location lies
}

// A Candidate is one reading of a toponym, with the score the geocoder gave it.
type Candidate struct {
	Place Place
	Score float64
}

// A PlaceMention is one toponym found in the text.
type PlaceMention struct {
	Span
	Text       string
	Candidates []Candidate // from recognition, in gazetteer order; re-scored by the geocoder
	Resolved   bool        // Place holds the chosen reading
	Place      Place
	Reason     string // one line: why this reading
	Role       string // "" for an ordinary mention; "source" for where a reporting source sits ("a source in X")
}

// A PlaceRow is one resolved toponym mention as the outputs write it: the
// document it was read in, where (in code points), and the reading chosen.
type PlaceRow struct {
	DocID     string
	Text      string // the toponym as written
	CharStart int    // code-point offsets of Text in the document
	CharEnd   int
	Role      string // "" for an ordinary mention; "source" for where a reporting source sits
	Reason    string // why this reading
	Place     Place
}

// Modality says whether an event happened.
type Modality string

// The modalities.
const (
	Occurred   Modality = "occurred"
	Ordered    Modality = "ordered"
	Planned    Modality = "planned"
	Threatened Modality = "threatened"
	Ongoing    Modality = "ongoing"
	Negated    Modality = "negated"
)

// A Mention is one report of an event: a sentence of one document.
type Mention struct {
	DocID     string
	Sentence  int  // index into the document's sentences
	Span      Span // the sentence, byte offsets
	CharStart int  // the sentence in code points
	CharEnd   int
	Trigger   string
}

// An Event is a dated, placed happening extracted from a sentence.
type Event struct {
	ID         string // stable: derived from doc id, sentence offsets and type (merged: the first mention's)
	Type       string // order, crackdown, arrest, sentence, execution, lockdown, border_closure, …
	Trigger    Span
	Summary    string // short description built from the sentence
	Actors     []string
	Modality   Modality
	Date       Interval
	DateText   string
	DateBasis  DateBasis
	HasPlace   bool
	PlaceName  string // as written
	Place      Place
	PlaceWhy   string
	Doc        Document // the (first) reporting document; Text is not needed past extraction
	Sentence   string   // the evidence sentence
	SentenceN  int
	SentSpan   Span
	CharStart  int // the sentence in code points
	CharEnd    int
	Confidence float64
	ReportedBy string
	ReportedOn Date
	Mentions   []Mention // every report of this event, in input order; at least the event's own
	MergeNote  string    // why mentions were merged, and any conflict between them
}

// DocIDs returns the distinct documents that report e, in mention order.
func (e *Event) DocIDs() []string {
	var ids []string
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		if !seen[m.DocID] {
			seen[m.DocID] = true
			ids = append(ids, m.DocID)
		}
	}
	return ids
}

// Severity grades a diagnostic.
type Severity string

// The severities.
const (
	Warning Severity = "warning"
	Info    Severity = "info"
)

// A Diag is a problem confined to one document.
type Diag struct {
	Severity Severity
	Stage    string
	Path     string // file, or file:line
	Msg      string
}

func (d Diag) String() string {
	if d.Path != "" {
		return fmt.Sprintf("%s: %s: %s", d.Path, d.Stage, d.Msg)
	}
	return fmt.Sprintf("%s: %s", d.Stage, d.Msg)
}

// An Item is one document travelling through the stages; each stage fills
// in its part.
type Item struct {
	Seq        int // position in the input, from 0
	Doc        Document
	Paragraphs []Span
	Sentences  []Sentence
	DocDate    DocDate
	Dates      []DateMention  // sorted by Start
	Places     []PlaceMention // sorted by Start
	Events     []Event
	Diags      []Diag
}

// Warnf records a warning about this item's document.
func (it *Item) Warnf(stage, format string, args ...any) {
	it.Diags = append(it.Diags, Diag{Severity: Warning, Stage: stage, Path: it.Doc.Path, Msg: fmt.Sprintf(format, args...)})
}

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (it *Item) SentenceAt(off int) int {
	lo, hi := 0, len(it.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := it.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
