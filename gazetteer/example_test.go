package gazetteer_test

import (
	"fmt"

	"geotimeline/gazetteer"
)

func ExampleNormalize() {
	fmt.Println(gazetteer.Normalize("P'yŏngan-bukto"))
	fmt.Println(gazetteer.Normalize("Sinŭiju"))
	fmt.Println(gazetteer.Normalize("North Korea’s"))
	fmt.Println(gazetteer.Normalize("혜산시"))
	// Output:
	// pyongan bukto
	// sinuiju
	// north korea
	// 혜산시
}

func ExampleGazetteer_Lookup() {
	g := gazetteer.New([]gazetteer.Entry{
		{ID: "geonames:2043837", Name: "Hyesan", Lat: 41.40167, Lon: 128.17778, Class: "P", Code: "PPLA", Country: "KP", Admin1: "Ryanggang", Population: 192680},
		{ID: "geonames:2039332", Name: "Ryanggang", Lat: 40.9611, Lon: 127.875, Class: "A", Code: "ADM1", Country: "KP", Admin1: "Ryanggang"},
	}, []gazetteer.Alias{
		{Name: "혜산시", ID: "geonames:2043837"},
		{Name: "Yanggang-do", ID: "geonames:2039332"},
	})
	for _, name := range []string{"HYESAN", "Hyesan-si", "혜산", "Yanggang"} {
		for _, e := range g.Lookup(name) {
			fmt.Printf("%s → %s (%s) %.2f %.2f\n", name, e.Name, e.Code, e.Lat, e.Lon)
		}
	}
	// Output:
	// HYESAN → Hyesan (PPLA) 41.40 128.18
	// Hyesan-si → Hyesan (PPLA) 41.40 128.18
	// 혜산 → Hyesan (PPLA) 41.40 128.18
	// Yanggang → Ryanggang (ADM1) 40.96 127.88
}

func ExampleGazetteer_Match() {
	g := gazetteer.New([]gazetteer.Entry{
		{ID: "a", Name: "North Pyongan", Class: "A", Code: "ADM1", Country: "KP"},
		{ID: "b", Name: "Sinuiju", Class: "P", Code: "PPLA", Country: "KP"},
		{ID: "c", Name: "Yalu River", Class: "H", Code: "STM"},
	}, []gazetteer.Alias{{Name: "Amnok", ID: "c"}})
	text := "Guards in Sinŭiju, North Pyongan Province, watched the Amnok."
	for _, m := range g.Match(text) {
		fmt.Printf("%d-%d %q key=%q ids=%v\n", m.Start, m.End, text[m.Start:m.End], m.Key, m.IDs)
	}
	// Output:
	// 10-18 "Sinŭiju" key="sinuiju" ids=[b]
	// 20-33 "North Pyongan" key="north pyongan" ids=[a]
	// 56-61 "Amnok" key="amnok" ids=[c]
}

func ExampleEmbedded() {
	g, err := gazetteer.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	e := g.Lookup("Hyesan")[0]
	fmt.Println(e.ID, e.Name, e.Admin1, e.Country)
	// Output:
	// geonames:2043837 Hyesan Ryanggang KP
}
