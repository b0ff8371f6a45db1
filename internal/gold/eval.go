package gold

import (
	"sort"
	"strings"
	"unicode"

	"geotimeline/pipeline"
)

// Report is the outcome of Evaluate: how many gold events were found, how
// right the aligned predictions are, and how many predictions match gold.
type Report struct {
	Gold      int     `json:"gold"`     // gold events
	Found     int     `json:"found"`    // gold events matched by the rule (same doc, date, place)
	Recall    float64 `json:"recall"`   // Found / Gold
	Aligned   int     `json:"aligned"`  // gold events with an aligned prediction (by the rule or by evidence)
	DateOK    int     `json:"date_ok"`  // aligned predictions whose date satisfies the gold event
	PlaceOK   int     `json:"place_ok"` // aligned predictions whose place satisfies the gold event
	TypeOK    int     `json:"type_ok"`  // aligned predictions of the gold event_type
	DateAcc   float64 `json:"date_accuracy"`
	PlaceAcc  float64 `json:"place_accuracy"`
	TypeAcc   float64 `json:"type_accuracy"`
	Predicted int     `json:"predicted"` // predicted events reported by a gold document
	Correct   int     `json:"correct"`   // of those, matched to a gold event by the rule
	// Precision is Correct / Predicted. Gold files list the events an
	// analyst wanted, not every event of the text, so it is a lower bound.
	Precision float64      `json:"precision"`
	ByType    []TypeReport `json:"by_type"`
	Events    []EventEval  `json:"events"`
	// Unmatched are the predictions in gold documents that match no gold
	// event, in the order of pred: an event the gold leaves out, or a
	// false one — what to read when precision is low.
	Unmatched []Unmatched `json:"unmatched"`
}

// Unmatched is a prediction of a gold document that matches no gold event.
type Unmatched struct {
	ID       string `json:"id"`
	Doc      string `json:"doc"`
	Type     string `json:"type"`
	Modality string `json:"modality"`
	Date     string `json:"date,omitempty"` // "start..end"
	Place    string `json:"place,omitempty"`
	Sentence string `json:"sentence"`
}

// TypeReport breaks the scores down by event type.
type TypeReport struct {
	Type      string `json:"type"`
	Gold      int    `json:"gold"`      // gold events of this type
	Found     int    `json:"found"`     // of those, found by the rule
	TypeOK    int    `json:"type_ok"`   // of those aligned, predicted with this type
	Predicted int    `json:"predicted"` // predictions of this type in gold documents
	Correct   int    `json:"correct"`   // of those, matched to a gold event
}

// EventEval is the verdict on one gold event.
type EventEval struct {
	ID        string `json:"id"`
	Doc       string `json:"doc"`
	Type      string `json:"type"`
	Found     bool   `json:"found"`
	By        string `json:"aligned_by,omitempty"` // "rule", "evidence" or "" (no prediction)
	PredID    string `json:"pred_id,omitempty"`
	PredType  string `json:"pred_type,omitempty"`
	PredDate  string `json:"pred_date,omitempty"`
	PredPlace string `json:"pred_place,omitempty"`
	DateOK    bool   `json:"date_ok"`
	PlaceOK   bool   `json:"place_ok"`
	TypeOK    bool   `json:"type_ok"`
}

// SentenceText returns the text of sentence n of a document, or "" when it
// is not known; Evaluate uses it to read the evidence of mentions other
// than an event's first.
type SentenceText func(doc string, n int) string

// Evaluate scores pred against gold.
//
// Found uses the package's matching rule (Score). For the accuracy of
// date, place and type, each gold event is aligned with a prediction: the
// one Score matched, else one whose evidence sentence holds the gold quote
// (the analyst's words for the event) — preferring the gold type, then the
// higher confidence. Precision counts the distinct predictions Score
// matched. text may be nil.
func Evaluate(gold []Event, pred []pipeline.Event, text SentenceText) Report {
	sc := score(gold, pred, text)
	r := Report{Gold: len(gold), Found: sc.Matched, Predicted: sc.Predicted}
	index := map[*pipeline.Event]int{}
	for i := range pred {
		index[&pred[i]] = i
	}
	correct := map[int]bool{}
	types := map[string]*TypeReport{}
	typeOf := func(t string) *TypeReport {
		if types[t] == nil {
			types[t] = &TypeReport{Type: t}
		}
		return types[t]
	}
	for _, p := range sc.Pairs {
		g := p.Gold
		tr := typeOf(g.EventType)
		tr.Gold++
		ee := EventEval{ID: g.ID, Doc: g.Doc, Type: g.EventType, Found: p.Pred != nil}
		var a *pipeline.Event
		if p.Pred != nil {
			a, ee.By = p.Pred, "rule"
			correct[index[p.Pred]] = true
			tr.Found++
		} else if k := byEvidence(g, pred, text); k >= 0 {
			a, ee.By = &pred[k], "evidence"
		}
		if a != nil {
			r.Aligned++
			ee.PredID, ee.PredType, ee.PredPlace = a.ID, a.Type, a.Place.Name
			if a.Date.Known() {
				ee.PredDate = a.Date.Start.String() + ".." + a.Date.End.String()
			}
			ee.DateOK, ee.PlaceOK, ee.TypeOK = DateMatches(g, a), PlaceMatches(g, a), a.Type == g.EventType
			r.DateOK += b2i(ee.DateOK)
			r.PlaceOK += b2i(ee.PlaceOK)
			r.TypeOK += b2i(ee.TypeOK)
			tr.TypeOK += b2i(ee.TypeOK)
		}
		r.Events = append(r.Events, ee)
	}
	docs := map[string]bool{}
	for _, g := range gold {
		docs[g.Doc] = true
	}
	for i := range pred {
		if !inDocs(&pred[i], docs) {
			continue
		}
		tr := typeOf(pred[i].Type)
		tr.Predicted++
		if correct[i] {
			tr.Correct++
			r.Correct++
			continue
		}
		p := &pred[i]
		u := Unmatched{ID: p.ID, Doc: p.Doc.ID, Type: p.Type, Modality: string(p.Modality), Place: p.Place.Name, Sentence: p.Sentence}
		if p.Date.Known() {
			u.Date = p.Date.Start.String() + ".." + p.Date.End.String()
		}
		r.Unmatched = append(r.Unmatched, u)
	}
	r.Recall = ratio(r.Found, r.Gold)
	r.DateAcc, r.PlaceAcc, r.TypeAcc = ratio(r.DateOK, r.Aligned), ratio(r.PlaceOK, r.Aligned), ratio(r.TypeOK, r.Aligned)
	r.Precision = ratio(r.Correct, r.Predicted)
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	sort.Strings(names)
	for _, t := range names {
		r.ByType = append(r.ByType, *types[t])
	}
	return r
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// byEvidence returns the index of the prediction of g's document whose
// evidence sentence holds g's quote (the gold type first, then the higher
// confidence), or -1.
func byEvidence(g Event, pred []pipeline.Event, text SentenceText) int {
	quote := normalize(g.Quote)
	if quote == "" {
		return -1
	}
	best := -1
	for i := range pred {
		p := &pred[i]
		if !evidenceHolds(g, p, quote, text) {
			continue
		}
		if best < 0 || better(g, p, &pred[best]) {
			best = i
		}
	}
	return best
}

// minQuoteWords is the shortest quote fragment that counts as evidence.
const minQuoteWords = 4

func evidenceHolds(g Event, p *pipeline.Event, quote string, text SentenceText) bool {
	for k, m := range p.Mentions {
		if m.DocID != g.Doc && !strings.HasSuffix(m.DocID, "/"+g.Doc) {
			continue
		}
		s := ""
		if k == 0 {
			s = p.Sentence
		}
		if s == "" && text != nil {
			s = text(m.DocID, m.Sentence)
		}
		if quoteIn(quote, normalize(s)) {
			return true
		}
	}
	return false
}

// quoteIn reports whether a normalized sentence holds the normalized quote,
// or one of its sentence-long fragments of at least minQuoteWords words, or
// is itself part of the quote.
func quoteIn(quote, sentence string) bool {
	if sentence == "" {
		return false
	}
	if strings.Contains(sentence, quote) || strings.Contains(quote, sentence) {
		return true
	}
	words := strings.Fields(quote)
	n := len(words) / 2
	if n < minQuoteWords {
		return false
	}
	// A quote may run over two sentences: either half will do.
	return strings.Contains(sentence, strings.Join(words[:n], " ")) || strings.Contains(sentence, strings.Join(words[n:], " "))
}

// normalize lower-cases s and keeps letters and digits, one space between words.
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}
