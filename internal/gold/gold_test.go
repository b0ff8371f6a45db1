package gold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

func day(s string) pipeline.Date {
	d, err := pipeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func ev(doc, typ, from, to string, p *pipeline.Place) pipeline.Event {
	e := pipeline.Event{Type: typ, Doc: pipeline.Document{ID: doc}}
	if from != "" {
		e.Date = pipeline.Interval{Start: day(from), End: day(to)}
	}
	if p != nil {
		e.HasPlace, e.Place = true, *p
	}
	return e
}

var (
	hyesan  = &pipeline.Place{Name: "Hyesan", Lat: 41.40, Lon: 128.18, Admin1: "Ryanggang", Country: "KP"}
	sinuiju = &pipeline.Place{Name: "Sinuiju", Lat: 40.10, Lon: 124.40, Admin1: "North Pyongan", Country: "KP"}
	seoul   = &pipeline.Place{Name: "Seoul", Lat: 37.57, Lon: 126.98, Admin1: "Seoul", Country: "KR"}
)

func TestMatching(t *testing.T) {
	lockdown := Event{Doc: "a.txt", EventType: "lockdown", DateStart: "2020-11-01", DateEnd: "2020-11-30",
		Place: Place{Place: "Hyesan", Admin1: "Ryanggang", Country: "KP", Lat: 41.4017, Lon: 128.1775, GeoPrecision: "city"}}
	order := Event{Doc: "b.txt", EventType: "order", DateStart: "2020-02-15", DateEnd: "2020-02-15",
		Place:     Place{Place: "North Pyongan Province", Admin1: "North Pyongan", Country: "KP", Lat: 40.05, Lon: 124.95, GeoPrecision: "admin1"},
		AltPlaces: []Place{{Place: "North Korea", Country: "KP", GeoPrecision: "country"}}}
	undated := Event{Doc: "c.txt", EventType: "drugs", Place: lockdown.Place}
	april := Event{Doc: "d.txt", DateStart: "2021-04-01", DateEnd: "2021-04-30", AcceptUnknownYear: true, Place: lockdown.Place}
	tests := []struct {
		name string
		gold Event
		pred pipeline.Event
		want bool
	}{
		{"same month same city", lockdown, ev("a.txt", "lockdown", "2020-11-01", "2020-11-30", hyesan), true},
		{"day inside month", lockdown, ev("a.txt", "lockdown", "2020-11-20", "2020-11-20", hyesan), true},
		{"year too wide", lockdown, ev("a.txt", "lockdown", "2020-01-01", "2020-12-31", hyesan), false},
		{"wrong year", lockdown, ev("a.txt", "lockdown", "2019-11-01", "2019-11-30", hyesan), false},
		{"wrong document", lockdown, ev("z.txt", "lockdown", "2020-11-01", "2020-11-30", hyesan), false},
		{"far place", lockdown, ev("a.txt", "lockdown", "2020-11-01", "2020-11-30", sinuiju), false},
		{"no place", lockdown, ev("a.txt", "lockdown", "2020-11-01", "2020-11-30", nil), false},
		{"city in gold admin1", order, ev("b.txt", "order", "2020-02-15", "2020-02-15", sinuiju), true},
		{"alt place country", order, ev("b.txt", "order", "2020-02-15", "2020-02-15", hyesan), true},
		{"other country", order, ev("b.txt", "order", "2020-02-15", "2020-02-15", seoul), false},
		{"undated gold wants undated", undated, ev("c.txt", "drugs", "", "", hyesan), true},
		{"undated gold refuses a date", undated, ev("c.txt", "drugs", "2020-01-01", "2020-01-31", hyesan), false},
		{"unknown year accepted", april, func() pipeline.Event { e := ev("d.txt", "x", "", "", hyesan); e.DateText = "In April"; return e }(), true},
		{"unknown year wrong month", april, func() pipeline.Event { e := ev("d.txt", "x", "", "", hyesan); e.DateText = "In May"; return e }(), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score([]Event{tc.gold}, []pipeline.Event{tc.pred})
			if got := r.Matched == 1; got != tc.want {
				t.Errorf("Score matched = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestScorePairsOnce(t *testing.T) {
	g := Event{Doc: "a.txt", EventType: "arrest", DateStart: "2020-11-01", DateEnd: "2020-11-30",
		Place: Place{Lat: 41.4017, Lon: 128.1775, GeoPrecision: "city", Country: "KP"}}
	p := ev("a.txt", "lockdown", "2020-11-01", "2020-11-30", hyesan)
	q := ev("a.txt", "arrest", "2020-11-01", "2020-11-30", hyesan)
	r := Score([]Event{g, g}, []pipeline.Event{p, q})
	if r.Matched != 2 || r.TypeOK != 1 || r.Predicted != 2 {
		t.Fatalf("Score = %+v, want 2 matched, 1 with type", r)
	}
	if r.Pairs[0].Pred.Type != "arrest" {
		t.Errorf("first gold paired with %s, want the arrest (type preferred)", r.Pairs[0].Pred.Type)
	}
}

func TestScoreQuoteFirst(t *testing.T) {
	city := Place{Lat: 41.4017, Lon: 128.1775, GeoPrecision: "city", Country: "KP"}
	// The month-long crackdown comes first and fits both predictions by
	// date and place; the arrest on the 5th fits only its own.
	crackdown := Event{Doc: "a.txt", EventType: "arrest", DateStart: "2021-03-01", DateEnd: "2021-03-31", Place: city,
		Quote: "police detained traders through March"}
	arrest := Event{Doc: "a.txt", EventType: "arrest", DateStart: "2021-03-05", DateEnd: "2021-03-05", Place: city,
		Quote: "a smuggler was arrested on March 5"}
	p := ev("a.txt", "arrest", "2021-03-10", "2021-03-10", hyesan)
	p.Sentence, p.Confidence = "In Hyesan, police detained traders through March.", 0.5
	q := ev("a.txt", "arrest", "2021-03-05", "2021-03-05", hyesan)
	q.Sentence, q.Confidence = "In Hyesan a smuggler was arrested on March 5.", 0.9
	p.Mentions = []pipeline.Mention{{DocID: "a.txt"}}
	q.Mentions = []pipeline.Mention{{DocID: "a.txt", Sentence: 1}}
	r := Score([]Event{crackdown, arrest}, []pipeline.Event{p, q})
	if r.Matched != 2 || r.Pairs[0].Pred != nil && r.Pairs[0].Pred.Sentence != p.Sentence {
		t.Errorf("Score matched %d, first gold paired with %+v; want both matched, each with the prediction holding its quote", r.Matched, r.Pairs[0].Pred)
	}
}

func TestLoadNamesLine(t *testing.T) {
	p := filepath.Join(t.TempDir(), "g.jsonl")
	os.WriteFile(p, []byte("{\"id\":\"a\"}\n{bad\n"), 0o644)
	if _, err := Load(p); err == nil || !contains(err.Error(), "g.jsonl:2") {
		t.Errorf("Load = %v, want an error naming g.jsonl:2", err)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

func TestScoreMergedEventCountsPerDocument(t *testing.T) {
	city := Place{Lat: 40.1006, Lon: 124.3981, GeoPrecision: "city", Country: "KP"}
	a := Event{Doc: "a.txt", EventType: "border_closure", DateStart: "2020-01-21", DateEnd: "2020-01-31", Place: city}
	b := Event{Doc: "b.txt", EventType: "border_closure", DateStart: "2020-01-01", DateEnd: "2020-01-31", Place: city}
	p := ev("a.txt", "border_closure", "2020-01-21", "2020-01-31", sinuiju)
	p.Mentions = []pipeline.Mention{{DocID: "a.txt"}, {DocID: "b.txt"}}
	r := Score([]Event{a, b, a}, []pipeline.Event{p})
	if r.Matched != 2 {
		t.Errorf("Score matched %d, want 2: one merged event reported by two documents, once per document", r.Matched)
	}
}
