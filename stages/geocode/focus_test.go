package geocode_test

import (
	"reflect"
	"slices"
	"testing"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
	"geotimeline/stages/geocode"
	"geotimeline/stages/places"
)

// TestFocusEmbedded checks, with the embedded gazetteer, that a North
// Korean town keeps the document's North Korean focus when other countries
// are named around it, and that the other country still wins where the
// text places the town there. Demonyms ("North Korean") count towards the
// focus whether or not the places stage makes mentions of them.
func TestFocusEmbedded(t *testing.T) {
	g := embedded(t)
	rec := places.New(places.Options{Gazetteer: g})
	recDem := places.New(places.Options{Gazetteer: g, Demonyms: true})
	geo := geocode.New(geocode.Options{Gazetteer: g})
	tests := []struct {
		name, text, place string
		country           string
		lat, lon          float64 // want within 30 km
	}{
		{"country named often as a trading partner",
			"Smuggled goods from China are dearer this spring.\n" +
				"Guards were told to watch the river, a source in Chongjin said.\n" +
				"Police arrested three women in Anju for carrying copper across the river into China.\n" +
				"Traders say China has tightened its own checks.\n" +
				"Rice from China costs twice what it did.",
			"Anju", "KP", 39.62, 125.66},
		{"a tie among namesake villages goes to the one nearest the report's town",
			"Authorities in Chongjin, North Hamgyong Province, shut the Sunam market on August 30.",
			"Sunam", "KP", 41.69, 129.60},
		{"review: a tie between a town and a county of its name stays with the town",
			"North Korea launched a satellite from Tongchang-ri on Aug. 3, the JCS said. A source in Sinuiju said residents saw the rocket.",
			"Tongchang", "KP", 40.28, 125.57},
		{"origin of a crossing",
			"Two soldiers fled from Anju to China last week.",
			"Anju", "KP", 39.62, 125.66},
		{"county seat over a namesake village in a co-mentioned province",
			"Farms in North Hwanghae Province were flooded.\n" +
				"Officials from North Hwanghae Province asked for help.\n" +
				"A rally was held in Anju on Monday.\n" +
				"The provincial committee met in Tanchon to discuss food.",
			"Tanchon", "KP", 40.46, 128.9},
		{"written parent wins over focus",
			"North Korean traders met in Pyongyang and Sinuiju.\n" +
				"Prices fell in Anju, Chongqing, China, last month.",
			"Anju", "CN", 29.99, 106.03},
		{"Chinese border city named with China",
			"Trucks crossed from Sinuiju to Dandong in China on Tuesday.",
			"Dandong", "CN", 40.12, 124.38},
		{"goods from abroad do not move a North Korean city",
			"Police in Sunchon arrested a trader who sold South Korean cosmetics.",
			"Sunchon", "KP", 39.43, 125.93},
		{"a foreign trader does not move the town he trades in",
			"A Chinese trader in Anju sold rice.",
			"Anju", "KP", 39.62, 125.66},
		{"a labor camp in another province stays where it is",
			"Security agents in Chongjin, North Hamgyong Province, arrested smugglers from Rason and Hoeryong, North Hamgyong Province.\n" +
				"The smugglers were sent to a labor camp near Koraepo.",
			"Koraepo", "KP", 37.89, 125.96},
		{"a county known by its curated full name is no county the gazetteer lacks",
			"Guards in Kimhyongjik County, Yanggang Province, watched the river.\n" +
				"Police in Changbai Korean Autonomous County caught a soldier.\n" +
				"He was taken to Hyesan for questioning.",
			"Changbai Korean Autonomous County", "CN", 41.42, 128.19},
		{"the curated spelling over a village of that name",
			"Kim Jong Un visited Kalma on Friday.",
			"Kalma", "KP", 39.17, 127.48},
		{"demonyms outweigh a country named once",
			"North Korean authorities have tightened control over markets.\n" +
				"North Korean officials seized goods from traders in Anju.\n" +
				"A trader said prices in China rose this month.\n" +
				"North Korean police searched homes.",
			"Anju", "KP", 39.62, 125.66},
		{"demonyms make a small place's country known",
			"A North Korean defector said smugglers in Changsong sold goods in China.",
			"Changsong", "KP", 40.45, 125.22},
		{"security agents say where the story is, with nothing else",
			"North Korean security agents in Changsong arrested two smugglers.",
			"Changsong", "KP", 40.45, 125.22},
		{"security agents outweigh a bigger namesake abroad",
			"North Korean security agents in Chongju arrested two smugglers.",
			"Chongju", "KP", 39.68, 125.22},
		{"goods and foreigners beside the country's border guards",
			"South Korean dramas and Chinese-made phones were seized from Chinese traders.\n" +
				"North Korean border guards in Changsong handed the goods to the Chinese side.",
			"Changsong", "KP", 40.45, 125.22},
		{"the city of, with goods from abroad",
			"Police in the North Korean city of Anju seized South Korean films and Chinese yuan.",
			"Anju", "KP", 39.62, 125.66},
		{"a site without a cue word",
			"Tunnels at the Punggye-ri test site were reopened.",
			"Punggye-ri", "KP", 41.28, 129.08},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := resolve(t, rec, geo, tc.name, tc.text)
			// The focus must not depend on whether demonyms are mentions.
			withDem := resolve(t, recDem, geo, tc.name, tc.text)
			for _, m := range withDem.Places {
				if k := slices.IndexFunc(it.Places, func(o pipeline.PlaceMention) bool { return o.Span == m.Span }); k >= 0 &&
					!reflect.DeepEqual(it.Places[k], m) {
					t.Errorf("%q with demonym mentions: %s %s; without: %s %s", m.Text, m.Place.ID, m.Reason,
						it.Places[k].Place.ID, it.Places[k].Reason)
				}
			}
			n := 0
			for _, m := range it.Places {
				if gazetteer.Normalize(m.Text) != gazetteer.Normalize(tc.place) {
					continue
				}
				n++
				p := m.Place
				if !m.Resolved || p.Country != tc.country || haversine(p.Lat, p.Lon, tc.lat, tc.lon) > 30 {
					t.Errorf("%q resolved to %s %s (%s) %.2f,%.2f: %s; want %s near %.2f,%.2f",
						m.Text, p.ID, p.Name, p.Country, p.Lat, p.Lon, m.Reason, tc.country, tc.lat, tc.lon)
				}
			}
			if n == 0 {
				t.Errorf("%q not recognized in %q", tc.place, tc.text)
			}
		})
	}
}

// TestFocusOptionWithDemonyms checks that demonyms, even of the kind that
// says where a story is, do not add to an analyst's Options.Focus: a
// report read with focus KR keeps the South Korean reading of a name when
// the text speaks of North Korean officials, and with focus KP the North
// Korean one.
func TestFocusOptionWithDemonyms(t *testing.T) {
	g := embedded(t)
	rec := places.New(places.Options{Gazetteer: g})
	const text = "North Korean officials said trucks reached Chongju on Monday.\n" +
		"North Korean police and North Korean soldiers met North Korean border guards."
	for _, tc := range []struct {
		focus, want string
	}{
		{"KR", "KR"},
		{"KP", "KP"},
	} {
		geo := geocode.New(geocode.Options{Gazetteer: g, Focus: []string{tc.focus}})
		it := resolve(t, rec, geo, "focus "+tc.focus, text)
		n := 0
		for _, m := range it.Places {
			if m.Text != "Chongju" {
				continue
			}
			n++
			if !m.Resolved || m.Place.Country != tc.want {
				t.Errorf("focus %s: %q resolved to %s (%s): %s; want %s", tc.focus, m.Text, m.Place.ID, m.Place.Country, m.Reason, tc.want)
			}
		}
		if n == 0 {
			t.Errorf("Chongju not recognized in %q", text)
		}
	}
}
