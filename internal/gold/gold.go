// Package gold scores extracted events against an analyst's gold events in
// the JSON Lines format of shared/seeds/gold.jsonl.
//
// Matching rule. A predicted event matches a gold event when
//   - it comes from the same document (gold "doc" equals the event's doc_id,
//     or its last path element);
//   - its date interval overlaps the gold interval and is at most about
//     twice as wide (days ≤ 2×gold days + 1); a gold event without a date
//     matches only an undated event, and a gold event marked
//     accept_unknown_year also matches an undated event whose date text
//     names the gold month;
//   - its place lies within 30 km of the gold point, or — where the gold
//     geo_precision is admin1 or country — in the same admin1 or country;
//     any of the gold alt_places counts the same way.
//
// Pairs are chosen greedily in gold order, each predicted event used once
// per document (an event merged from reports in two documents may match a
// gold event of each), preferring a candidate of the gold event_type and then the one with the
// highest confidence. A first pass pairs each gold event with a matching
// prediction whose evidence sentence holds the gold quote, so that a gold
// event never takes another one's prediction just because it comes first
// and its date and place happen to fit; the rest are paired in a second
// pass. The event type is scored separately.
//
// Evaluate builds on Score for `geotimeline eval`: recall, the date, place
// and type accuracy of predictions aligned with gold events (by the rule,
// else by the sentence holding the gold quote), precision, and the same per
// event type.
package gold

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path"
	"strings"

	"geotimeline/pipeline"
)

// Place is a gold place reading.
type Place struct {
	Place        string  `json:"place"`
	Admin1       string  `json:"admin1"`
	Country      string  `json:"country"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	GeoPrecision string  `json:"geo_precision"`
}

// Event is one gold event.
type Event struct {
	ID                string   `json:"id"`
	Doc               string   `json:"doc"`
	Headline          bool     `json:"headline"`
	EventType         string   `json:"event_type"`
	Quote             string   `json:"quote"`
	DateStart         string   `json:"date_start"`
	DateEnd           string   `json:"date_end"`
	DatePrecision     string   `json:"date_precision"`
	AcceptUnknownYear bool     `json:"accept_unknown_year"`
	Actors            []string `json:"actors"`
	AltPlaces         []Place  `json:"alt_places"`
	Place
}

// Load reads a gold file; errors name the file and line.
func Load(name string) ([]Event, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var evs []Event
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var ev Event
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		evs = append(evs, ev)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return evs, nil
}

// Pair is a gold event and the predicted event matched to it (nil if none).
type Pair struct {
	Gold      Event
	Pred      *pipeline.Event
	TypeMatch bool
}

// Result is the outcome of Score.
type Result struct {
	Pairs     []Pair
	Matched   int // gold events with a matching prediction
	TypeOK    int // of those, with the gold event_type
	Predicted int // predicted events in the gold documents
}

// Recall returns the share of gold events matched.
func (r Result) Recall() float64 { return ratio(r.Matched, len(r.Pairs)) }

// Precision returns the share of predicted events (in gold documents) matched.
func (r Result) Precision() float64 { return ratio(r.Matched, r.Predicted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score matches pred against gold by the package's matching rule. The
// evidence of a prediction is its first mention's sentence; Evaluate also
// reads the others.
func Score(gold []Event, pred []pipeline.Event) Result { return score(gold, pred, nil) }

// score is Score reading mentions' sentences with text (which may be nil).
func score(gold []Event, pred []pipeline.Event, text SentenceText) Result {
	docs := map[string]bool{}
	for _, g := range gold {
		docs[g.Doc] = true
	}
	var res Result
	type use struct {
		pred int
		doc  string
	}
	used := map[use]bool{}
	for i := range pred {
		if inDocs(&pred[i], docs) {
			res.Predicted++
		}
	}
	choice := make([]int, len(gold))
	for pass := range 2 {
		for gi, g := range gold {
			quote := normalize(g.Quote)
			if pass == 0 {
				choice[gi] = -1
				if quote == "" {
					continue
				}
			} else if choice[gi] >= 0 {
				continue
			}
			best := -1
			for i := range pred {
				p := &pred[i]
				if used[use{i, g.Doc}] || !sameDoc(p, g.Doc) || !DateMatches(g, p) || !PlaceMatches(g, p) ||
					pass == 0 && !evidenceHolds(g, p, quote, text) {
					continue
				}
				if best < 0 || better(g, p, &pred[best]) {
					best = i
				}
			}
			if best >= 0 {
				used[use{best, g.Doc}] = true
				choice[gi] = best
			}
		}
	}
	for gi, g := range gold {
		pair := Pair{Gold: g}
		if best := choice[gi]; best >= 0 {
			pair.Pred = &pred[best]
			pair.TypeMatch = pred[best].Type == g.EventType
			res.Matched++
			if pair.TypeMatch {
				res.TypeOK++
			}
		}
		res.Pairs = append(res.Pairs, pair)
	}
	return res
}

func better(g Event, a, b *pipeline.Event) bool {
	if (a.Type == g.EventType) != (b.Type == g.EventType) {
		return a.Type == g.EventType
	}
	return a.Confidence > b.Confidence
}

// mentionDocs lists the documents an event was reported in.
func mentionDocs(p *pipeline.Event) []string {
	if len(p.Mentions) == 0 {
		return []string{p.Doc.ID}
	}
	var ids []string
	for _, m := range p.Mentions {
		ids = append(ids, m.DocID)
	}
	return ids
}

func sameDoc(p *pipeline.Event, doc string) bool {
	for _, id := range mentionDocs(p) {
		if id == doc || path.Base(id) == doc {
			return true
		}
	}
	return false
}

func inDocs(p *pipeline.Event, docs map[string]bool) bool {
	for _, id := range mentionDocs(p) {
		if docs[id] || docs[path.Base(id)] {
			return true
		}
	}
	return false
}

// DateMatches reports whether p's date satisfies gold event g.
func DateMatches(g Event, p *pipeline.Event) bool {
	if g.DateStart == "" {
		return !p.Date.Known()
	}
	start, err1 := pipeline.ParseDate(g.DateStart)
	end, err2 := pipeline.ParseDate(g.DateEnd)
	if err1 != nil || err2 != nil {
		return false
	}
	if !p.Date.Known() {
		return g.AcceptUnknownYear && strings.Contains(strings.ToLower(p.DateText), strings.ToLower(start.Month.String()[:3]))
	}
	giv := pipeline.Interval{Start: start, End: end}
	return p.Date.Overlaps(giv) && p.Date.Days() <= 2*giv.Days()+1
}

// PlaceMatches reports whether p's place satisfies gold event g or one of its
// alternative places.
func PlaceMatches(g Event, p *pipeline.Event) bool {
	if !p.HasPlace {
		return false
	}
	for _, gp := range append([]Place{g.Place}, g.AltPlaces...) {
		if gp.Country == "" {
			gp.Country = g.Country
		}
		if placeOK(gp, p.Place) {
			return true
		}
	}
	return false
}

func placeOK(g Place, p pipeline.Place) bool {
	if distanceKM(g.Lat, g.Lon, p.Lat, p.Lon) <= 30 {
		return true
	}
	switch g.GeoPrecision {
	case "admin1":
		return p.Country == g.Country && fold(p.Admin1) == fold(g.Admin1) && fold(g.Admin1) != ""
	case "country":
		return p.Country == g.Country
	case "region":
		return fold(p.Name) != "" && strings.Contains(fold(g.Place), fold(p.Name))
	}
	return false
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// distanceKM is the great-circle distance on a sphere of radius 6371 km.
func distanceKM(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	φ1, φ2 := lat1*math.Pi/180, lat2*math.Pi/180
	dφ, dλ := φ2-φ1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}
