package basemap_test

import (
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"geotimeline/outputs/basemap"
	"geotimeline/pipeline"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		place pipeline.Place
		want  string // area name, "" for none
		// a point that must lie inside the area found
		inside orb.Point
	}{
		{"admin1 by GeoNames id", pipeline.Place{ID: "geonames:2039332", Name: "Yanggang", Country: "KP", Precision: pipeline.GeoAdmin1}, "Ryanggang", orb.Point{127.875, 40.9611}},
		{"admin1 by name", pipeline.Place{ID: "wof:1", Name: "North Pyongan", Country: "KP", Precision: pipeline.GeoAdmin1}, "North Pyongan", orb.Point{124.4, 40.1}},
		{"admin1 by romanized name", pipeline.Place{ID: "wof:2", Name: "Chagang-do", Country: "KP", Precision: pipeline.GeoAdmin1}, "Chagang", orb.Point{126.6, 40.97}},
		{"admin1 with province suffix", pipeline.Place{Name: "Jilin Province", Country: "CN", Precision: pipeline.GeoAdmin1}, "Jilin", orb.Point{125.3, 43.9}},
		{"admin1 of the wrong country", pipeline.Place{Name: "Jilin", Country: "KP", Precision: pipeline.GeoAdmin1}, "", orb.Point{}},
		{"country", pipeline.Place{Name: "North Korea", Country: "KP", Precision: pipeline.GeoCountry}, "North Korea", orb.Point{125.75, 39.03}},
		{"country outside the tables", pipeline.Place{Name: "France", Country: "FR", Precision: pipeline.GeoCountry}, "", orb.Point{}},
		{"a city is a point", pipeline.Place{ID: "geonames:2043837", Name: "Hyesan", Country: "KP", Precision: pipeline.GeoCity}, "", orb.Point{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := basemap.Find(&tc.place)
			if tc.want == "" {
				if ok {
					t.Errorf("Find(%+v) = %s, want none", tc.place, a.Name)
				}
				return
			}
			if !ok || a.Name != tc.want {
				t.Fatalf("Find(%+v) = %v, %v; want %s", tc.place, a, ok, tc.want)
			}
			if !planar.MultiPolygonContains(a.Shape, tc.inside) {
				t.Errorf("%s does not contain %v", a.Name, tc.inside)
			}
		})
	}
}

func TestTables(t *testing.T) {
	a1, err := basemap.Admin1()
	if err != nil {
		t.Fatal(err)
	}
	c, err := basemap.Countries()
	if err != nil {
		t.Fatal(err)
	}
	perCountry := map[string]int{}
	for _, a := range a1 {
		perCountry[a.Country]++
	}
	// NE 10m: KP 11, KR 17, CN 32, less the Paracel Islands, which collapse
	// when simplified (data/SOURCE.md).
	if perCountry["KP"] != 11 || perCountry["KR"] != 17 || perCountry["CN"] != 31 {
		t.Errorf("admin1 units per country = %v, want KP 11, KR 17, CN 31", perCountry)
	}
	if len(c) != 7 {
		t.Errorf("%d countries, want 7", len(c))
	}
	for _, set := range [][]basemap.Area{a1, c} {
		for _, a := range set {
			if a.Name == "" || len(a.Shape) == 0 {
				t.Errorf("area %+v without name or shape", a.Country)
			}
			for _, p := range a.Shape {
				for i, r := range p {
					if len(r) < 4 || !r.Closed() {
						t.Errorf("%s: ring %d of %d positions, closed %v", a.Name, i, len(r), r.Closed())
					}
					if (i == 0) != (r.Orientation() == orb.CCW) {
						t.Errorf("%s: ring %d has the wrong orientation for RFC 7946", a.Name, i)
					}
				}
			}
		}
	}
}
