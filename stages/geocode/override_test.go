package geocode_test

import (
	"strings"
	"testing"

	"geotimeline/gazetteer"
	"geotimeline/stages/geocode"
	"geotimeline/stages/places"
)

// TestOverride checks that an analyst's override wins over context, names
// its file and line in the reason, and makes a new place recognizable.
func TestOverride(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{
		{ID: "t:kr", Name: "South Korea", Lat: 36.5, Lon: 127.9, Class: "A", Code: "PCLI", Country: "KR", Population: 51000000},
		{ID: "t:sunchon-kp", Name: "Sunchon", Lat: 39.43, Lon: 125.93, Class: "P", Code: "PPL", Country: "KP", Population: 250000},
		{ID: "t:suncheon-kr", Name: "Suncheon", Lat: 34.95, Lon: 127.49, Class: "P", Code: "PPLA2", Country: "KR", Population: 270000},
	}, []gazetteer.Alias{{Name: "Sunchon", ID: "t:suncheon-kr"}})
	text := "Visitors from South Korea reached Sunchon. Guards at Camp 25 were seen."
	o, err := gazetteer.ReadOverrides(strings.NewReader("# fixes\nSunchon\tt:sunchon-kp\nCamp 25\t41.85\t129.73\tKP\tNorth Hamgyong\tPRN\n"), "fix.tsv")
	if err != nil {
		t.Fatal(err)
	}
	before := resolve(t, places.New(places.Options{Gazetteer: g}), geocode.New(geocode.Options{Gazetteer: g}), "doc", text)
	for _, m := range before.Places {
		if m.Text == "Sunchon" && m.Place.ID != "t:suncheon-kr" {
			t.Fatalf("without the override Sunchon = %s; the test needs context that favours the KR city", m.Place.ID)
		}
	}
	g2, err := g.WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	it := resolve(t, places.New(places.Options{Gazetteer: g2}), geocode.New(geocode.Options{Gazetteer: g2}), "doc", text)
	got := map[string]string{}
	for _, m := range it.Places {
		got[m.Text] = m.Place.ID + " | " + m.Reason
	}
	for name, want := range map[string]string{
		"Sunchon": "t:sunchon-kp | analyst override (fix.tsv:2)",
		"Camp 25": "override:camp-25 | analyst override (fix.tsv:3)",
	} {
		if got[name] != want {
			t.Errorf("%s resolved to %q, want %q", name, got[name], want)
		}
	}
}
