package geocode_test

import (
	"bufio"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
	"geotimeline/stages/geocode"
	"geotimeline/stages/places"
)

// lineSentences makes one sentence of every non-empty line of text: a
// stand-in for ingest's sentence splitter, which this package must not import.
func lineSentences(text string) []pipeline.Sentence {
	var out []pipeline.Sentence
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			s, e := start, i
			for s < e && (text[s] == ' ' || text[s] == '\r' || text[s] == '\t') {
				s++
			}
			for e > s && (text[e-1] == ' ' || text[e-1] == '\r' || text[e-1] == '\t') {
				e--
			}
			if e > s {
				out = append(out, pipeline.Sentence{Span: pipeline.Span{Start: s, End: e}, Paragraph: len(out)})
			}
			start = i + 1
		}
	}
	return out
}

func embedded(t testing.TB) *gazetteer.Gazetteer {
	g, err := gazetteer.Embedded()
	if err != nil || g.Len() < 1000 {
		if os.Getenv("CI") != "" {
			t.Fatalf("embedded gazetteer: %v (%d entries)", err, g.Len())
		}
		t.Skipf("embedded gazetteer not available: %v", err)
	}
	return g
}

const seedsDir = "../../../shared/seeds"

// seeds returns the seed documents, skipping when ../shared is absent
// outside CI.
func seeds(t testing.TB) map[string]string {
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("no seed documents in %s", seedsDir)
		}
		t.Skipf("no seed documents in %s", seedsDir)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

// resolve runs recognition and resolution over text.
func resolve(t testing.TB, rec *places.Recognizer, geo *geocode.Geocoder, name, text string) *pipeline.Item {
	it := &pipeline.Item{Doc: pipeline.Document{Path: name, Text: text}, Sentences: lineSentences(text)}
	for _, s := range []pipeline.Stage{rec, geo} {
		if err := s.Process(context.Background(), it); err != nil {
			t.Fatalf("%s: %s: %v", s.Name(), name, err)
		}
	}
	return it
}

type goldPlace struct {
	Place, Admin1, Country string
	Lat, Lon               float64
	GeoPrecision           string `json:"geo_precision"`
}

type goldEvent struct {
	Doc string
	goldPlace
	AltPlaces []goldPlace `json:"alt_places"`
}

func haversine(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	dlat, dlon := (lat2-lat1)*r, (lon2-lon1)*r
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*r)*math.Cos(lat2*r)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(a))
}

// TestSeedsGold checks that every gold place (and accepted alternative) named
// in its seed document is recognized and resolved within 30 km, or to the
// right first-level unit or country as its precision says.
func TestSeedsGold(t *testing.T) {
	docs := seeds(t)
	g := embedded(t)
	rec := places.New(places.Options{Gazetteer: g})
	geo := geocode.New(geocode.Options{Gazetteer: g})
	items := map[string]*pipeline.Item{}
	for name, text := range docs {
		items[name] = resolve(t, rec, geo, name, text)
	}
	f, err := os.Open(filepath.Join(seedsDir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	checked := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var ev goldEvent
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatal(err)
		}
		it := items[ev.Doc]
		if it == nil {
			t.Fatalf("gold names unknown document %s", ev.Doc)
		}
		for _, gp := range append([]goldPlace{ev.goldPlace}, ev.AltPlaces...) {
			key := ev.Doc + "|" + gp.Place
			if gp.Place == "" || checked[key] {
				continue
			}
			checked[key] = true
			want := gazetteer.Normalize(gp.Place)
			if !strings.Contains(" "+gazetteer.Normalize(it.Doc.Text)+" ", " "+want+" ") {
				continue // not named in the text
			}
			var found bool
			var got []string
			for _, m := range it.Places {
				if !strings.Contains(" "+gazetteer.Normalize(m.Text)+" ", " "+want+" ") &&
					gazetteer.Normalize(m.Place.Name) != want {
					continue
				}
				found = true
				p := m.Place
				ok := m.Resolved
				switch gp.GeoPrecision {
				case "admin1":
					ok = ok && gazetteer.Normalize(p.Admin1) == gazetteer.Normalize(gp.Admin1) && p.Country == gp.Country
				case "country":
					ok = ok && p.Country == gp.Country
				case "region":
					ok = ok && haversine(p.Lat, p.Lon, gp.Lat, gp.Lon) <= p.UncertaintyKM+30
				default:
					ok = ok && haversine(p.Lat, p.Lon, gp.Lat, gp.Lon) <= 30
				}
				if !ok {
					got = append(got, m.Place.ID+" "+m.Place.Name+" "+m.Reason)
				}
			}
			switch {
			case !found:
				t.Errorf("%s: gold place %q named in the text but not recognized", ev.Doc, gp.Place)
			case len(got) > 0:
				t.Errorf("%s: gold place %q (%s) resolved wrongly: %q", ev.Doc, gp.Place, gp.GeoPrecision, got)
			}
		}
	}
	if len(checked) < 10 {
		t.Errorf("only %d gold places checked", len(checked))
	}
	// Sunchon in a North Korean document is the North Korean city.
	n := 0
	for name, it := range items {
		for _, m := range it.Places {
			if gazetteer.Normalize(m.Text) == "sunchon" {
				n++
				if !m.Resolved || m.Place.Country != "KP" || haversine(m.Place.Lat, m.Place.Lon, 39.43, 125.93) > 30 {
					t.Errorf("%s: Sunchon resolved to %+v (%s), want the North Korean city", name, m.Place, m.Reason)
				}
			}
		}
	}
	if n == 0 {
		t.Errorf("Sunchon not recognized in any seed")
	}
}

// TestSeedsNoPersons checks that no person name of the seeds becomes a place.
func TestSeedsNoPersons(t *testing.T) {
	docs := seeds(t)
	g := embedded(t)
	rec := places.New(places.Options{Gazetteer: g})
	geo := geocode.New(geocode.Options{Gazetteer: g})
	for name, text := range docs {
		it := resolve(t, rec, geo, name, text)
		for _, m := range it.Places {
			for _, w := range []string{"Kim", "Jong", "Kuk", "Jang", "Song", "Mi Jin"} {
				if strings.Contains(m.Text, w) {
					t.Errorf("%s: person name part %q became place %q → %s", name, w, m.Text, m.Place.ID)
				}
			}
		}
	}
}

func BenchmarkSeeds(b *testing.B) {
	docs := seeds(b)
	g := embedded(b)
	rec := places.New(places.Options{Gazetteer: g})
	geo := geocode.New(geocode.Options{Gazetteer: g})
	var names []string
	total := 0
	for name, text := range docs {
		names = append(names, name)
		total += len(text)
	}
	slices.Sort(names)
	// Sentence splitting is ingest's work: done once, outside the timer.
	sents := make([][]pipeline.Sentence, len(names))
	for i, name := range names {
		sents[i] = lineSentences(docs[name])
	}
	resolve(b, rec, geo, "warm", "Hyesan") // load embedded data outside the timer
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	ctx := context.Background()
	for b.Loop() {
		for i, name := range names {
			it := &pipeline.Item{Doc: pipeline.Document{Path: name, Text: docs[name]}, Sentences: sents[i]}
			if err := rec.Process(ctx, it); err != nil {
				b.Fatal(err)
			}
			if err := geo.Process(ctx, it); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "docs/s")
}

func FuzzRecognizeResolve(f *testing.F) {
	for _, s := range []string{
		"Smugglers in Hyesan, Ryanggang Province, were caught.", "20 km north of Hyesan",
		"Dandong (Liaoning Province, China) and Sinuiju", "the border area of North Korea", "\xff Seoul",
		"Hyesan, Dandong and Seoul counties flooded.", "The Seoul City Council met in Hyesan.",
		"The Yalu River rose at Hyesan, Ryanggang, and Dandong.",
	} {
		f.Add(s)
	}
	g := gazetteer.New([]gazetteer.Entry{
		{ID: "f:kp", Name: "North Korea", Lat: 40.3, Lon: 127.4, Class: "A", Code: "PCLI", Country: "KP"},
		{ID: "f:cn", Name: "China", Lat: 35, Lon: 105, Class: "A", Code: "PCLI", Country: "CN"},
		{ID: "f:hyesan", Name: "Hyesan", Lat: 41.4, Lon: 128.18, Class: "P", Code: "PPLA", Country: "KP", Admin1: "Ryanggang", Population: 200000},
		{ID: "f:hyesan2", Name: "Hyesan", Lat: 38.4, Lon: 126.18, Class: "P", Code: "PPL", Country: "KP", Admin1: "Kangwon"},
		{ID: "f:ryanggang", Name: "Ryanggang", Lat: 41.25, Lon: 127.75, Class: "A", Code: "ADM1", Country: "KP", Admin1: "Ryanggang"},
		{ID: "f:liaoning", Name: "Liaoning", Lat: 41.3, Lon: 122.6, Class: "A", Code: "ADM1", Country: "CN", Admin1: "Liaoning"},
		{ID: "f:dandong", Name: "Dandong", Lat: 40.13, Lon: 124.39, Class: "P", Code: "PPLA2", Country: "CN", Admin1: "Liaoning", Population: 780000},
		{ID: "f:seoul", Name: "Seoul", Lat: 37.57, Lon: 126.98, Class: "P", Code: "PPLC", Country: "KR", Population: 10000000},
	}, []gazetteer.Alias{{Name: "Seoul City", ID: "f:seoul"}})
	rec := places.New(places.Options{Gazetteer: g})
	geo := geocode.New(geocode.Options{Gazetteer: g})
	f.Fuzz(func(t *testing.T, text string) {
		it := resolve(t, rec, geo, "fuzz", text)
		for i, m := range it.Places {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Text != text[m.Start:m.End] {
				t.Fatalf("mention %d: bad span %v text %q", i, m.Span, m.Text)
			}
			if m.Reason == "" {
				t.Fatalf("mention %d %q has no reason", i, m.Text)
			}
			if m.Resolved && (m.Place.ID == "" || m.Place.Precision == "" || !(m.Place.UncertaintyKM > 0) ||
				math.IsNaN(m.Place.Lat) || math.Abs(m.Place.Lat) > 90 || math.Abs(m.Place.Lon) > 180) {
				t.Fatalf("mention %d %q resolved to a bad place %+v", i, m.Text, m.Place)
			}
			for k := 1; k < len(m.Candidates); k++ {
				if m.Candidates[k-1].Score < m.Candidates[k].Score {
					t.Fatalf("mention %d candidates unsorted", i)
				}
			}
		}
	})
}
