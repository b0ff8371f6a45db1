package dedup

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"geotimeline/pipeline"
)

var (
	hyesan   = pipeline.Place{ID: "g:1", Name: "Hyesan", Lat: 41.40, Lon: 128.18, Admin1: "Ryanggang", Country: "KP", Precision: pipeline.GeoCity, UncertaintyKM: 5}
	sinuiju  = pipeline.Place{ID: "g:2", Name: "Sinuiju", Lat: 40.10, Lon: 124.40, Admin1: "North Pyongan", Country: "KP", Precision: pipeline.GeoCity, UncertaintyKM: 5}
	npyongan = pipeline.Place{ID: "g:3", Name: "North Pyongan", Lat: 40.05, Lon: 124.95, Admin1: "North Pyongan", Country: "KP", Precision: pipeline.GeoAdmin1, UncertaintyKM: 80}
	nkorea   = pipeline.Place{ID: "g:4", Name: "North Korea", Lat: 40.3, Lon: 127.4, Country: "KP", Precision: pipeline.GeoCountry, UncertaintyKM: 300}
	hyesanB  = pipeline.Place{ID: "g:5", Name: "Hyesan-dong", Lat: 41.42, Lon: 128.20, Admin1: "Ryanggang", Country: "KP", Precision: pipeline.GeoCity, UncertaintyKM: 2}
	nampo    = pipeline.Place{ID: "g:6", Name: "Nampo", Lat: 38.74, Lon: 125.41, Admin1: "Nampo", Country: "KP", Precision: pipeline.GeoCity, UncertaintyKM: 5}
	sariwon  = pipeline.Place{ID: "g:7", Name: "Sariwon", Lat: 38.51, Lon: 125.76, Admin1: "North Hwanghae", Country: "KP", Precision: pipeline.GeoCity, UncertaintyKM: 5}
	pochon   = pipeline.Place{ID: "g:8", Name: "Pochon", Lat: 41.66, Lon: 128.44, Admin1: "Ryanggang", Country: "KP", Precision: pipeline.GeoAdmin2, UncertaintyKM: 20}
	dandong  = pipeline.Place{ID: "g:6", Name: "Dandong", Lat: 40.13, Lon: 124.39, Admin1: "Liaoning", Country: "CN", Precision: pipeline.GeoCity, UncertaintyKM: 5}
)

func day(y int, m time.Month, d int) pipeline.Interval {
	x := pipeline.MakeDate(y, m, d)
	return pipeline.Interval{Start: x, End: x, Precision: pipeline.PrecisionDay}
}

func span(y int, m time.Month, d1, d2 int, p pipeline.Precision) pipeline.Interval {
	return pipeline.Interval{Start: pipeline.MakeDate(y, m, d1), End: pipeline.MakeDate(y, m, d2), Precision: p}
}

func month(y int, m time.Month) pipeline.Interval {
	s := pipeline.MakeDate(y, m, 1)
	return pipeline.Interval{Start: s, End: s.EndOfMonth(), Precision: pipeline.PrecisionMonth}
}

// ev builds an event reported in sentence n of doc.
func ev(doc string, n int, typ string, iv pipeline.Interval, pl *pipeline.Place, actors ...string) pipeline.Event {
	e := pipeline.Event{
		ID: fmt.Sprintf("%s-%d-%s", doc, n, typ), Type: typ, Date: iv, Actors: actors,
		Doc: pipeline.Document{ID: doc}, SentenceN: n, Modality: pipeline.Occurred, Confidence: 0.6,
		Mentions: []pipeline.Mention{{DocID: doc, Sentence: n, Span: pipeline.Span{Start: n * 100, End: n*100 + 50}}},
	}
	if pl != nil {
		e.HasPlace, e.Place, e.PlaceName = true, *pl, pl.Name
	}
	return e
}

func TestMergeOneEventTwoReports(t *testing.T) {
	a := ev("a.txt", 2, "border_closure", span(2020, 1, 21, 31, pipeline.PrecisionWeek), &sinuiju)
	b := ev("b.txt", 4, "border_closure", month(2020, 1), &nkorea, "Beijing", "Pyongyang")
	got := Merge([]pipeline.Event{a, b}, Options{})
	if len(got) != 1 {
		t.Fatalf("Merge = %d events, want 1", len(got))
	}
	m := got[0]
	if m.ID != a.ID || len(m.Mentions) != 2 || m.Mentions[0].DocID != "a.txt" || m.Mentions[1].DocID != "b.txt" {
		t.Errorf("merged ID %s mentions %+v, want the first mention's ID and both mentions in order", m.ID, m.Mentions)
	}
	if m.Date != a.Date {
		t.Errorf("merged date %v, want the narrower %v", m.Date, a.Date)
	}
	if m.Place.ID != sinuiju.ID {
		t.Errorf("merged place %s, want the more precise Sinuiju", m.Place.Name)
	}
	if !strings.Contains(m.MergeNote, "contains") || !strings.Contains(m.MergeNote, "b.txt") {
		t.Errorf("MergeNote = %q, want the reason and the merged mention", m.MergeNote)
	}
	if !reflect.DeepEqual(m.Actors, []string{"Beijing", "Pyongyang"}) {
		t.Errorf("actors %v", m.Actors)
	}
}

func TestMergeRule(t *testing.T) {
	tests := []struct {
		name string
		a, b pipeline.Event
		want int // events after merging
	}{
		{"same place id", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("b", 1, "arrest", month(2021, 3), &hyesan), 1},
		{"nearby cities", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("b", 1, "arrest", day(2021, 3, 2), &hyesanB), 1},
		{"admin1 contains city", ev("a", 1, "arrest", day(2021, 3, 2), &sinuiju), ev("b", 1, "arrest", day(2021, 3, 2), &npyongan), 1},
		{"different type", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("b", 1, "sentence", day(2021, 3, 2), &hyesan), 2},
		{"dates apart", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("b", 1, "arrest", day(2021, 3, 9), &hyesan), 2},
		{"places apart", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("b", 1, "arrest", day(2021, 3, 2), &sinuiju), 2},
		{"two towns 40 km apart", ev("a", 1, "arrest", day(2021, 6, 29), &nampo), ev("b", 1, "arrest", month(2021, 6), &sariwon), 2},
		{"a town and a county 35 km apart", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("b", 1, "arrest", day(2021, 3, 2), &pochon), 1},
		{"a town and a county 35 km apart, one report", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("a", 4, "arrest", day(2021, 3, 2), &pochon), 2},
		{"a town and its quarter, one report", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("a", 4, "arrest", day(2021, 3, 2), &hyesanB), 1},
		{"a town and its province, one report", ev("a", 1, "arrest", day(2021, 3, 2), &sinuiju), ev("a", 4, "arrest", day(2021, 3, 2), &npyongan), 1},
		{"other country", ev("a", 1, "arrest", day(2021, 3, 2), &nkorea), ev("b", 1, "arrest", day(2021, 3, 2), &dandong), 2},
		{"day and year too far apart in width", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan),
			ev("b", 1, "arrest", pipeline.Interval{Start: pipeline.MakeDate(2021, 1, 1), End: pipeline.MakeDate(2021, 12, 31), Precision: pipeline.PrecisionYear}, &hyesan), 2},
		{"conflicting actors", ev("a", 1, "order", day(2021, 3, 2), &hyesan, "Ministry of State Security"), ev("b", 1, "order", day(2021, 3, 2), &hyesan, "Ministry of Social Security"), 2},
		{"generic actor never conflicts", ev("a", 1, "order", day(2021, 3, 2), &hyesan, "Ministry of State Security"), ev("b", 1, "order", day(2021, 3, 2), &hyesan, "judicial authorities"), 1},
		{"undated, same document", ev("a", 1, "crackdown", pipeline.Interval{}, &hyesan), ev("a", 5, "crackdown", pipeline.Interval{}, &hyesan), 1},
		{"undated, other document", ev("a", 1, "crackdown", pipeline.Interval{}, &hyesan), ev("b", 5, "crackdown", pipeline.Interval{}, &hyesan), 2},
		{"dated and undated", ev("a", 1, "crackdown", day(2021, 3, 2), &hyesan), ev("a", 5, "crackdown", pipeline.Interval{}, &hyesan), 2},
		{"unplaced, other document", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("b", 1, "arrest", day(2021, 3, 2), nil), 2},
		{"unplaced, same document", ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("a", 3, "arrest", day(2021, 3, 2), nil), 1},
		// "other" gathers unlike happenings: a country-wide one of another
		// report is not a town's (missiles launched since January, a market
		// fire in January)
		{"other: a country over a year holds nothing across reports", ev("a", 1, "other", month(2022, 1), &hyesan),
			ev("b", 1, "other", pipeline.Interval{Start: pipeline.MakeDate(2022, 1, 1), End: pipeline.MakeDate(2022, 12, 31), Precision: pipeline.PrecisionYear}, &nkorea), 2},
		{"other: a country on the same day holds a town's", ev("a", 1, "other", day(2024, 7, 28), &hyesan), ev("b", 1, "other", day(2024, 7, 28), &nkorea), 1},
		{"other: the same town across reports", ev("a", 1, "other", day(2022, 1, 3), &hyesan), ev("b", 1, "other", day(2022, 1, 3), &hyesanB), 1},
		{"other: a country in one report", ev("a", 1, "other", month(2022, 1), &hyesan), ev("a", 4, "other", month(2022, 1), &nkorea), 1},
		{"guard: an arrest a country holds across reports", ev("a", 1, "arrest", month(2022, 1), &hyesan), ev("b", 1, "arrest", month(2022, 1), &nkorea), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Merge([]pipeline.Event{tc.a, tc.b}, Options{}); len(got) != tc.want {
				t.Errorf("Merge(%s, %s) = %d events, want %d", tc.a.ID, tc.b.ID, len(got), tc.want)
			}
		})
	}
	neg := ev("b", 1, "arrest", day(2021, 3, 2), &hyesan)
	neg.Modality = pipeline.Negated
	if got := Merge([]pipeline.Event{ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), neg}, Options{}); len(got) != 2 {
		t.Errorf("a denied event merged with one that happened")
	}
}

func TestMergeDoesNotModifyInput(t *testing.T) {
	in := []pipeline.Event{ev("a", 1, "arrest", day(2021, 3, 2), &hyesan), ev("b", 1, "arrest", month(2021, 3), &hyesan)}
	before := fmt.Sprintf("%+v", in)
	Merge(in, Options{})
	if after := fmt.Sprintf("%+v", in); after != before {
		t.Errorf("Merge modified its input")
	}
}

// unrelated builds n events no two of which merge.
func unrelated(n int) []pipeline.Event {
	typesList := []string{"arrest", "lockdown", "order", "execution"}
	var out []pipeline.Event
	for i := range n {
		pl := hyesan
		pl.ID = fmt.Sprintf("g:%d", 100+i)
		pl.Lat += float64(i%7) * 1.0
		out = append(out, ev(fmt.Sprintf("d%03d", i), i, typesList[i%4], day(2020+i/48, time.Month(1+(i/4)%12), 1+i%28), &pl))
	}
	return out
}

func TestMergeDeterministic(t *testing.T) {
	in := unrelated(60)
	in = append(in, ev("x", 1, "arrest", day(2021, 3, 2), &hyesan), ev("y", 1, "arrest", month(2021, 3), &hyesanB))
	first := Merge(in, Options{})
	if again := Merge(in, Options{}); !reflect.DeepEqual(first, again) {
		t.Fatalf("Merge is not deterministic")
	}
	// Unrelated events come out as they went in, whatever their order.
	base := unrelated(60)
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		perm := append([]pipeline.Event(nil), base...)
		r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		got := Merge(perm, Options{})
		if !reflect.DeepEqual(got, perm) {
			t.Fatalf("Merge of unrelated events changed them")
		}
	}
}

func ExampleMerge() {
	first := ev("a.txt", 2, "border_closure", span(2020, 1, 21, 31, pipeline.PrecisionWeek), &sinuiju)
	second := ev("b.txt", 4, "border_closure", month(2020, 1), &nkorea)
	for _, e := range Merge([]pipeline.Event{first, second}, Options{}) {
		fmt.Println(e.Type, e.Date.Start, e.Date.End, e.Place.Name, len(e.Mentions))
		fmt.Println(e.MergeNote)
	}
	// Output:
	// border_closure 2020-01-21 2020-01-31 Sinuiju 2
	// 2 reports merged: b.txt sentence 4 (same type border_closure, dates overlap (2020-01-21..2020-01-31 and 2020-01-01..2020-01-31), North Korea contains Sinuiju; dates differ in precision (month vs week))
}

func BenchmarkMerge(b *testing.B) {
	in := unrelated(5000)
	for i := range 2000 {
		in = append(in, ev(fmt.Sprintf("r%d", i), i, "arrest", day(2020+i/48, time.Month(1+(i/4)%12), 1+i%28), &hyesan))
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(in, Options{})
	}
	b.ReportMetric(float64(len(in))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// TestMergerIndexChangesNoDecision checks the Merger's index against a scan
// of every merged event so far: the index may only skip events that cannot
// be compatible, so both must file every report under the same event.
func TestMergerIndexChangesNoDecision(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	places := []*pipeline.Place{nil, &hyesan, &sinuiju, &npyongan, &nkorea, &hyesanB, &dandong,
		{ID: "r:1", Name: "the border", Lat: 41.0, Lon: 126.5, Country: "KP", Precision: pipeline.GeoRegion, UncertaintyKM: 200},
		{ID: "p:1", Name: "Oslo", Lat: 59.9, Lon: 10.7, Country: "NO", Precision: pipeline.GeoCity, UncertaintyKM: 5},
		{ID: "p:2", Name: "Nome", Lat: 64.5, Lon: -165.4, Country: "US", Precision: pipeline.GeoCity, UncertaintyKM: 5},
		{ID: "p:3", Name: "Anadyr", Lat: 64.7, Lon: 177.5, Country: "RU", Precision: pipeline.GeoCity, UncertaintyKM: 5},
		{ID: "p:4", Name: "Alert", Lat: 82.5, Lon: -62.3, Country: "CA", Precision: pipeline.GeoPoint},
		// Neighbours across a cell edge of latitude, and across the antimeridian.
		{ID: "p:5", Name: "south of Sinuiju", Lat: 39.95, Lon: 124.42, Country: "KP", Precision: pipeline.GeoPoint},
		{ID: "p:6", Name: "east", Lat: 64.7, Lon: 179.9, Country: "RU", Precision: pipeline.GeoPoint},
		{ID: "p:7", Name: "west", Lat: 64.7, Lon: -179.9, Country: "US", Precision: pipeline.GeoPoint},
	}
	types := []string{"arrest", "crackdown", "lockdown"}
	actors := [][]string{nil, {"police"}, {"Ministry of State Security"}, {"Ministry of Social Security"}}
	var in []pipeline.Event
	for d := range 400 {
		doc := fmt.Sprintf("d%03d", d)
		for n := range 1 + rng.IntN(4) {
			var iv pipeline.Interval
			switch rng.IntN(8) {
			case 0: // undated
			case 1:
				iv = month(2020, time.Month(1+rng.IntN(3)))
			case 2: // wider than the index's months: on the wide list
				iv = pipeline.Interval{Start: pipeline.MakeDate(2017, 1, 1), End: pipeline.MakeDate(2021, 12, 31), Precision: pipeline.PrecisionYear}
			case 3: // a year, which a multi-year report late in its span may take
				y := 2019 + rng.IntN(2)
				iv = pipeline.Interval{Start: pipeline.MakeDate(y, 1, 1), End: pipeline.MakeDate(y, 12, 31), Precision: pipeline.PrecisionYear}
			case 4:
				iv = pipeline.Interval{Start: pipeline.MakeDate(2016, 1, 1), End: pipeline.MakeDate(2020, 12, 31), Precision: pipeline.PrecisionYear}
			default:
				iv = day(2020, time.Month(1+rng.IntN(3)), 1+rng.IntN(28))
			}
			e := ev(doc, n, types[rng.IntN(len(types))], iv, places[rng.IntN(len(places))], actors[rng.IntN(len(actors))]...)
			if rng.IntN(10) == 0 {
				e.Modality = pipeline.Negated
			}
			in = append(in, e)
		}
	}
	m := NewMerger()
	var ref []key
	joined := 0
	for i := range in {
		got := m.Add(&in[i])
		e := plainKey(&in[i])
		want := len(ref)
		for ci := range ref {
			if ok, _ := compatible(&ref[ci], &e, false); ok {
				want = ci
				break
			}
		}
		if want == len(ref) {
			ref = append(ref, e)
		} else {
			ref[want].absorb(&e)
			joined++
		}
		if got != want {
			t.Fatalf("event %d (%s %s %v): Merger filed it under %d, a full scan under %d", i, in[i].ID, in[i].PlaceName, in[i].Date, got, want)
		}
	}
	if joined < 50 || len(ref) < 200 {
		t.Fatalf("the random input merged %d reports into %d events: too few of either to test the index", joined, len(ref))
	}
}

// TestMergeNoteIsBounded: an event reported many times keeps a note of at
// most MaxNotes (plus conflicts) entries and counts the rest.
func TestMergeNoteIsBounded(t *testing.T) {
	var in []pipeline.Event
	for i := range 300 {
		e := ev(fmt.Sprintf("r%03d", i), 1, "lockdown", day(2020, 11, 5), &hyesan)
		if i%100 == 99 {
			e.Place, e.PlaceName = hyesanB, hyesanB.Name // finer place, same town: no conflict
		}
		if i == 250 || i == 260 {
			e.Modality = pipeline.Ordered // a conflict of modality
		}
		in = append(in, e)
	}
	out := Merge(in, Options{})
	if len(out) != 1 {
		t.Fatalf("got %d events, want 1", len(out))
	}
	note := out[0].MergeNote
	if n := strings.Count(note, " sentence 1 ("); n != MaxNotes+2 {
		t.Errorf("note describes %d reports, want %d (the first %d and the two conflicts)", n, MaxNotes+2, MaxNotes)
	}
	if !strings.HasPrefix(note, "300 reports merged: ") || !strings.HasSuffix(note, "; and 277 more reports (0 with a conflict), listed in the mentions") {
		t.Errorf("note = %q", note)
	}
	if len(out[0].Mentions) != 300 {
		t.Errorf("%d mentions, want every one of the 300", len(out[0].Mentions))
	}
}
