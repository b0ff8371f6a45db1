package gold

import (
	"testing"

	"geotimeline/pipeline"
)

func TestEvaluate(t *testing.T) {
	lockdown := Event{ID: "g1", Doc: "a.txt", EventType: "lockdown", DateStart: "2020-11-01", DateEnd: "2020-11-30",
		Quote: "the whole city was sealed off",
		Place: Place{Place: "Hyesan", Admin1: "Ryanggang", Country: "KP", Lat: 41.4017, Lon: 128.1775, GeoPrecision: "city"}}
	arrest := Event{ID: "g2", Doc: "a.txt", EventType: "arrest", DateStart: "2020-10-01", DateEnd: "2020-10-31",
		Quote: "Police caught two soldiers carrying gold",
		Place: lockdown.Place}
	missed := Event{ID: "g3", Doc: "a.txt", EventType: "execution", DateStart: "2020-12-01", DateEnd: "2020-12-01",
		Quote: "a smuggler was shot", Place: lockdown.Place}

	found := ev("a.txt", "lockdown", "2020-11-01", "2020-11-30", hyesan)
	found.ID, found.Sentence = "p1", "In November the whole city was sealed off."
	found.Mentions = []pipeline.Mention{{DocID: "a.txt", Sentence: 0}}
	// Right sentence, wrong date and type: aligned by evidence, not found.
	wrong := ev("a.txt", "smuggling", "2019-10-01", "2019-10-31", hyesan)
	wrong.ID = "p2"
	wrong.Mentions = []pipeline.Mention{{DocID: "a.txt", Sentence: 9}, {DocID: "a.txt", Sentence: 3}}
	extra := ev("a.txt", "meeting", "2020-11-05", "2020-11-05", hyesan)
	extra.ID = "p3"
	other := ev("z.txt", "meeting", "2020-11-05", "2020-11-05", hyesan)

	text := func(doc string, n int) string {
		if doc == "a.txt" && n == 3 {
			return "“Police caught two soldiers carrying gold,” he said."
		}
		return ""
	}
	r := Evaluate([]Event{lockdown, arrest, missed}, []pipeline.Event{found, wrong, extra, other}, text)
	if r.Gold != 3 || r.Found != 1 || r.Aligned != 2 || r.Predicted != 3 || r.Correct != 1 {
		t.Fatalf("Evaluate = gold %d found %d aligned %d predicted %d correct %d, want 3 1 2 3 1", r.Gold, r.Found, r.Aligned, r.Predicted, r.Correct)
	}
	if r.DateOK != 1 || r.PlaceOK != 2 || r.TypeOK != 1 {
		t.Errorf("date/place/type ok = %d/%d/%d, want 1/2/1", r.DateOK, r.PlaceOK, r.TypeOK)
	}
	if e := r.Events[1]; e.By != "evidence" || e.PredID != "p2" || e.DateOK || !e.PlaceOK || e.TypeOK {
		t.Errorf("arrest verdict = %+v, want aligned by evidence with p2, wrong date and type", e)
	}
	if e := r.Events[2]; e.By != "" || e.Found {
		t.Errorf("execution verdict = %+v, want nothing aligned", e)
	}
	want := map[string]TypeReport{
		"lockdown":  {Type: "lockdown", Gold: 1, Found: 1, TypeOK: 1, Predicted: 1, Correct: 1},
		"arrest":    {Type: "arrest", Gold: 1},
		"execution": {Type: "execution", Gold: 1},
		"smuggling": {Type: "smuggling", Predicted: 1},
		"meeting":   {Type: "meeting", Predicted: 1},
	}
	if len(r.ByType) != len(want) {
		t.Fatalf("ByType = %+v", r.ByType)
	}
	for i, tr := range r.ByType {
		if i > 0 && r.ByType[i-1].Type >= tr.Type {
			t.Errorf("ByType not sorted: %v", r.ByType)
		}
		if tr != want[tr.Type] {
			t.Errorf("ByType %s = %+v, want %+v", tr.Type, tr, want[tr.Type])
		}
	}
	// The predictions of gold documents that match no gold event, in
	// order; not those of other documents.
	if len(r.Unmatched) != 2 || r.Unmatched[0].ID != "p2" || r.Unmatched[1].ID != "p3" ||
		r.Unmatched[1].Type != "meeting" || r.Unmatched[1].Date != "2020-11-05..2020-11-05" || r.Unmatched[1].Doc != "a.txt" {
		t.Errorf("Unmatched = %+v, want p2 and the a.txt meeting p3", r.Unmatched)
	}
}

func TestQuoteIn(t *testing.T) {
	tests := []struct {
		quote, sentence string
		want            bool
	}{
		{"sealed off the city", "Police sealed off the city on Monday.", true},
		{"An agent worked in the office. This was in the early 1990s", "This was in the early 1990s, he said.", true},
		{"sealed off the city", "Police closed the border.", false},
		{"sealed off the city", "", false},
		{"the city", "Officials sealed off the city, the source said.", true},
	}
	for _, tc := range tests {
		if got := quoteIn(normalize(tc.quote), normalize(tc.sentence)); got != tc.want {
			t.Errorf("quoteIn(%q, %q) = %v, want %v", tc.quote, tc.sentence, got, tc.want)
		}
	}
}
