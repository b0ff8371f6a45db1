package places

import (
	"context"
	"slices"
	"testing"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
)

// TestPressForms checks abbreviations, demonyms and given names on a small
// table of US and world places.
func TestPressForms(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{
		{ID: "t:us", Name: "United States", Lat: 39.5, Lon: -99, Class: "A", Code: "PCLI", Country: "US", Population: 327000000},
		{ID: "t:ru", Name: "Russia", Lat: 61, Lon: 96, Class: "A", Code: "PCLI", Country: "RU", Population: 144000000},
		{ID: "t:la", Name: "Louisiana", Lat: 31, Lon: -92, Class: "A", Code: "ADM1", Country: "US", Admin1: "Louisiana"},
		{ID: "t:in", Name: "Indiana", Lat: 40, Lon: -86, Class: "A", Code: "ADM1", Country: "US", Admin1: "Indiana"},
		{ID: "t:wv", Name: "West Virginia", Lat: 38.5, Lon: -80.5, Class: "A", Code: "ADM1", Country: "US", Admin1: "West Virginia"},
		{ID: "t:alexandria", Name: "Alexandria", Lat: 31.3, Lon: -92.4, Class: "P", Code: "PPL", Country: "US", Admin1: "Louisiana", Population: 47000},
		{ID: "t:bloomington", Name: "Bloomington", Lat: 39.2, Lon: -86.5, Class: "P", Code: "PPL", Country: "US", Admin1: "Indiana", Population: 85000},
		{ID: "t:russian", Name: "Russian", Lat: 36.6, Lon: -79.1, Class: "P", Code: "PPL", Country: "US", Population: 300},
		{ID: "t:scott", Name: "Scott", Lat: 30.2, Lon: -92.1, Class: "P", Code: "PPL", Country: "US", Population: 8000},
		{ID: "t:va", Name: "Va", Lat: 10, Lon: -2.5, Class: "P", Code: "PPLA", Country: "GH", Population: 78000},
	}, nil)
	tests := []struct {
		name, text string
		demonyms   bool
		want       []string
	}{
		{"AP abbreviation after a city", "A fire in Alexandria, La., destroyed a home.", false, []string{"Alexandria=t:alexandria", "La.=t:la"}},
		{"ambiguous abbreviation needs the comma", "He felt Ind. and left Bloomington, Ind. yesterday.", false,
			[]string{"Bloomington=t:bloomington", "Ind.=t:in"}},
		{"multi-period abbreviation anywhere", "Officials in W.Va. and the U.S. agreed.", false, []string{"W.Va.=t:wv", "U.S.=t:us"}},
		{"postal code after a comma", "He lives in Alexandria, LA now.", false, []string{"Alexandria=t:alexandria", "LA=t:la"}},
		{"party and state", "Rep. Nick Smith, D-W. Va., and Sen. Ann Lee, R-Ind., spoke.", false, []string{"W. Va.=t:wv", "Ind.=t:in"}},
		{"a hyphen that is no party tag", "The Alexandria-La. line and X-Ind. stayed.", false, []string{"Alexandria=t:alexandria"}},
		{"demonym off: not the town", "Russian officials arrived.", false, nil},
		{"demonym on: the country", "Russian officials arrived in the U.S.", true, []string{"Russian=t:ru/demonym", "U.S.=t:us"}},
		{"given name alone is a person", "Scott said the water rose.", false, nil},
		{"given name before a surname", "The report by Scott Mills came out.", false, nil},
		{"given name after a preposition of place", "Flooding hit homes in Scott on Monday.", false, []string{"Scott=t:scott"}},
		{"an article after a colon is no forename", "\"I left again\": A Bloomington woman's road home; she grew up in Bloomington.", false,
			[]string{"Bloomington=t:bloomington", "Bloomington=t:bloomington"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := &pipeline.Item{Doc: pipeline.Document{Text: tc.text},
				Sentences: []pipeline.Sentence{{Span: pipeline.Span{Start: 0, End: len(tc.text)}}}}
			if err := New(Options{Gazetteer: g, Demonyms: tc.demonyms}).Process(context.Background(), it); err != nil {
				t.Fatal(err)
			}
			checkMentions(t, tc.text, it.Places)
			if got := summary(it.Places); !slices.Equal(got, tc.want) {
				t.Errorf("Process(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
