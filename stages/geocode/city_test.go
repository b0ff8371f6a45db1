package geocode_test

import (
	"testing"

	"geotimeline/stages/geocode"
	"geotimeline/stages/places"
)

// TestCityReadings checks, with the embedded gazetteer, a city named like
// its first-level unit (the city unless the unit word is written), a part
// of "the city's" last named city or of a city written after it ("Sunam
// Market in Chongjin", "the Pohang district of Chongjin"), and far readings of names in a report
// on the Korean–Russian border.
func TestCityReadings(t *testing.T) {
	g := embedded(t)
	rec := places.New(places.Options{Gazetteer: g})
	geo := geocode.New(geocode.Options{Gazetteer: g})
	tests := []struct {
		name, text, place string
		code              string  // want this feature code ("" any)
		lat, lon, km      float64 // want within km of lat, lon; km 0: want no resolved mention
	}{
		{"a city named like its krai", "Russian police in Khabarovsk detained two North Korean workers.",
			"Khabarovsk", "PPLA", 48.48, 135.08, 30},
		{"the krai when written", "Logging camps in Khabarovsk Krai still employ North Korean workers.",
			"Khabarovsk Krai", "ADM1", 0, 0, -1},
		{"the capital over its municipality", "Officials in Pyongyang ordered new checks.",
			"Pyongyang", "PPLC", 39.03, 125.75, 30},
		{"a district of the city last named",
			"A public trial was held in Chongjin on Monday.\nResidents of the city's Sunam district were made to watch.",
			"Sunam district", "", 41.79, 129.78, 25},
		{"a district of the city named before it",
			"Kim inspected new flats in Pyongyang's Hwasong district on Sunday.",
			"Hwasong district", "", 39.03, 125.75, 25},
		{"a market in the city written after it",
			"Security agents raided stalls at Sunam Market in Chongjin last week.",
			"Sunam", "", 41.79, 129.78, 25},
		{"a district of the city written after it",
			"A woman who lived in the Pohang district of Chongjin was arrested for calling relatives abroad.",
			"Pohang district", "", 41.79, 129.78, 25},
		{"a district in the city of",
			"Flood water reached homes in the Sunam district in the city of Chongjin.",
			"Sunam district", "", 41.79, 129.78, 25},
		{"the district of the city the report is about",
			"Factories in Chongjin were ordered to send workers to farms.\nA shoe factory manager in the Pohang district was dismissed.",
			"Pohang district", "", 41.79, 129.78, 25},
		{"a province after in is a parent, not a city",
			"Two smugglers were caught in Hyesan in Ryanggang Province.",
			"Hyesan", "", 41.40, 128.18, 15},
		{"the border village, not a far romanized reading",
			"Two workers escaped from Vladivostok last month.\nThey were caught near Khasan, by the Tumen River, and sent back to North Korea.",
			"Khasan", "PPL", 42.42, 130.65, 10},
		{"a village named often is what the document is about",
			"Guards at the Tumangang border crossing were replaced.\nIn Tumangang, traders were searched.\nPolice in Tumangang seized phones.\n" +
				"Women from Tumangang were questioned.\nSoldiers near Tumangang dug trenches.\nFarms around Tumangang were inspected.",
			"Tumangang", "PPL", 42.42, 130.61, 10},
		{"the Amur region is the oblast, not a far town",
			"Workers from Vladivostok were sent to the Amur region.",
			"Amur region", "ADM1", 52.29, 127.78, 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := resolve(t, rec, geo, tc.name, tc.text)
			n := 0
			for _, m := range it.Places {
				if m.Text != tc.place {
					continue
				}
				n++
				p := m.Place
				switch {
				case tc.km == 0 && m.Resolved:
					t.Errorf("%q resolved to %s %s (%s, %s): %s; want none", m.Text, p.ID, p.Name, p.FeatureCode, p.Country, m.Reason)
				case tc.km == 0:
				case !m.Resolved || tc.code != "" && p.FeatureCode != tc.code ||
					tc.km > 0 && haversine(p.Lat, p.Lon, tc.lat, tc.lon) > tc.km:
					t.Errorf("%q resolved to %s %s (%s) %.2f,%.2f: %s; want %s within %.0f km of %.2f,%.2f",
						m.Text, p.ID, p.Name, p.FeatureCode, p.Lat, p.Lon, m.Reason, tc.code, tc.km, tc.lat, tc.lon)
				}
			}
			if n == 0 && tc.km != 0 {
				t.Errorf("%q not recognized in %q", tc.place, tc.text)
			}
		})
	}
}
