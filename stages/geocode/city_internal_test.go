package geocode

import (
	"strings"
	"testing"

	"geotimeline/pipeline"
)

func TestOthersFocus(t *testing.T) {
	weight := map[string]float64{"US": 4, "KP": 1}
	tests := []struct {
		name string
		self []vote
		want float64
	}{
		{"no votes of its own", nil, 4},
		{"a name repeated is no evidence for itself", []vote{{"US", 3.5}}, 1},
		{"its votes for another country", []vote{{"KP", 1}}, 4},
	}
	for _, tc := range tests {
		if got := othersFocus(weight, tc.self); got != tc.want {
			t.Errorf("%s: othersFocus = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestCityPossessive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"in the city's Sunam district", true},
		{"in the city’s Sunam district", true},
		{"the town's Pongchon quarter", true},
		{"in the Sunam district", false},
		{"a city's Sunam district", false},
	} {
		off := len(tc.text) - len("Sunam district")
		if tc.text == "the town's Pongchon quarter" {
			off = len("the town's ")
		}
		if got := cityPossessive(tc.text, off); got != tc.want {
			t.Errorf("cityPossessive(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestSeatOverUnit(t *testing.T) {
	mk := func(code, a1 string, pop int64) cand {
		c := cand{place: pipeline.Place{FeatureCode: code, Country: "RU", Population: pop}, a1: a1}
		return c
	}
	tests := []struct {
		name  string
		cs    []cand
		raise []bool
	}{
		{"the seat of its namesake unit", []cand{mk("ADM1", "khabarovsk", 0), mk("PPLA", "khabarovsk", 600000)}, []bool{false, true}},
		{"a seat too small", []cand{mk("ADM1", "amur", 0), mk("PPLA", "amur", 50000)}, []bool{false, false}},
		{"a city in another unit", []cand{mk("ADM1", "amur", 0), mk("PPLA", "khabarovsk", 600000)}, []bool{false, false}},
		{"a lesser seat", []cand{mk("ADM1", "jilin", 0), mk("PPLA2", "jilin", 900000)}, []bool{false, false}},
	}
	for _, tc := range tests {
		seatOverUnit(tc.cs)
		for i, c := range tc.cs {
			if got := c.prior > 0; got != tc.raise[i] {
				t.Errorf("%s: reading %d (%s) raised = %v, want %v", tc.name, i, c.place.FeatureCode, got, tc.raise[i])
			}
		}
	}
}

func TestNamePossessive(t *testing.T) {
	for _, tc := range []struct {
		text       string
		end, start int
		want       bool
	}{
		{"Pyongyang's Hwasong district", 9, 12, true},
		{"Pyongyang’s Hwasong district", 9, 14, true},
		{"Pyongyang and Hwasong", 9, 14, false},
		{"Pyongyang Hwasong", 9, 10, false},
		{"Pyongyang's", 9, 5, false},
	} {
		if got := namePossessive(tc.text, tc.end, tc.start); got != tc.want {
			t.Errorf("namePossessive(%q, %d, %d) = %v, want %v", tc.text, tc.end, tc.start, got, tc.want)
		}
	}
}

func TestPartOf(t *testing.T) {
	for _, tc := range []struct {
		name, between string
		want          bool
	}{
		{"Sunam", " in ", true},
		{"Sunam", " Market in ", true},
		{"Sunam", " market of ", true},
		{"Pohang district", " of ", true},
		{"Sunam district", " in the city of ", true},
		{"Sunam", " of ", false},        // "X of Y" only after a part of a town
		{"Sunam", " trader in ", false}, // not a part of a town
		{"Sunam", ", ", false},          // a list, or an admin parent
		{"Sunam", " and ", false},       // a list
		{"Sunam", " residents moved to ", false},
	} {
		text := tc.name + tc.between + "Chongjin"
		end, start := len(tc.name), len(tc.name)+len(tc.between)
		if got := partOf(text, tc.name, end, start); got != tc.want {
			t.Errorf("partOf(%q) = %v, want %v", text, got, tc.want)
		}
	}
}

func TestTheDistrict(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"a manager in the Pohang district was dismissed", "Pohang district", true},
		{"a manager in The Pohang District was dismissed", "Pohang District", true},
		{"a manager in Pohang district was dismissed", "Pohang district", false}, // a unit's own name
		{"a manager in the Pohang County office", "Pohang County", false},
		{"a manager in the Pohang market", "Pohang", false},
	} {
		start := strings.Index(tc.text, tc.name)
		m := pipeline.PlaceMention{Span: pipeline.Span{Start: start, End: start + len(tc.name)}, Text: tc.name}
		if got := theDistrict(tc.text, m); got != tc.want {
			t.Errorf("theDistrict(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
