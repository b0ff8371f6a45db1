package geocode_test

import (
	"testing"

	"geotimeline/pipeline"
	"geotimeline/stages/geocode"
	"geotimeline/stages/places"
)

// TestVaguePlaces checks that vague and relative places resolve to a
// representative point with precision region and an uncertainty radius
// that covers what they denote, with the embedded gazetteer.
func TestVaguePlaces(t *testing.T) {
	g := embedded(t)
	rec := places.New(places.Options{Gazetteer: g})
	geo := geocode.New(geocode.Options{Gazetteer: g})
	hyesan := [2]float64{41.40, 128.18}
	sinuiju := [2]float64{40.10, 124.40}
	tests := []struct {
		name, text, mention string
		// every point listed must lie within the uncertainty radius (plus
		// slack km) of the resolved point
		covers [][2]float64
		slack  float64
		// the resolved point must lie within near km of at
		at   [2]float64
		near float64
	}{
		{"along a river", "Smugglers carried goods along the Yalu at night, a source in North Korea said.", "Yalu",
			[][2]float64{hyesan, sinuiju}, 60, [2]float64{41.0, 126.5}, 250},
		{"distance and bearing", "Police set up a checkpoint 20 km north of Hyesan, a source in Ryanggang Province said.", "20 km north of Hyesan",
			nil, 0, [2]float64{41.58, 128.18}, 3},
		{"named border", "Trade across the North Korea–China border has slowed since the spring.", "the North Korea–China border",
			[][2]float64{hyesan, sinuiju}, 0, [2]float64{41.4, 127.6}, 100},
		{"generic border phrase in a North Korean document", "North Korean police told residents of the border areas to stay home.", "the border areas",
			[][2]float64{hyesan, sinuiju}, 0, [2]float64{41.4, 127.6}, 100},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := resolve(t, rec, geo, tc.name, tc.text)
			var m *pipeline.PlaceMention
			for i := range it.Places {
				if it.Places[i].Text == tc.mention {
					m = &it.Places[i]
				}
			}
			if m == nil {
				t.Fatalf("no mention %q in %q; got %v", tc.mention, tc.text, mentionTexts(it))
			}
			p := m.Place
			if !m.Resolved || p.Precision != pipeline.GeoRegion || !(p.UncertaintyKM > 0) {
				t.Fatalf("%q = %+v (%s), want a resolved region with a radius", tc.mention, p, m.Reason)
			}
			if d := haversine(p.Lat, p.Lon, tc.at[0], tc.at[1]); d > tc.near {
				t.Errorf("%q at %.2f,%.2f is %.0f km from %.2f,%.2f, want ≤ %.0f", tc.mention, p.Lat, p.Lon, d, tc.at[0], tc.at[1], tc.near)
			}
			for _, c := range tc.covers {
				if d := haversine(p.Lat, p.Lon, c[0], c[1]); d > p.UncertaintyKM+tc.slack {
					t.Errorf("%q: radius %.0f km does not reach %.2f,%.2f (%.0f km away)", tc.mention, p.UncertaintyKM, c[0], c[1], d)
				}
			}
		})
	}
	// The generic phrase needs a document about North Korea.
	it := resolve(t, rec, geo, "mexico", "Mexican police told residents of the border areas near Tijuana to stay home.")
	for _, m := range it.Places {
		if m.Place.ID == "region:kp-cn-border" {
			t.Errorf("%q in a document about Mexico resolved to the North Korea–China border", m.Text)
		}
	}
}

func mentionTexts(it *pipeline.Item) []string {
	var out []string
	for _, m := range it.Places {
		out = append(out, m.Text)
	}
	return out
}
