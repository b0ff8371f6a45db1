package norm

import (
	"slices"
	"testing"
)

func TestScan(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the raw token texts
	}{
		{"P'yŏngyang's market", []string{"P'yŏngyang", "market"}},
		{"Rajin-Sonbong, Sinŭiju-si.", []string{"Rajin", "Sonbong", "Sinŭiju", "si"}},
		{"혜산시에서 Hyesan", []string{"혜산시에서", "Hyesan"}},
		{"Hyesan혜산", []string{"Hyesan", "혜산"}},
		{"'quoted' Ch’ŏngjin’", []string{"quoted", "Ch’ŏngjin"}},
		{"Koreas' border", []string{"Koreas", "border"}},
		{"it's", []string{"it"}},
		{"O'Sullivan", []string{"O'Sullivan"}},
		{"a\u0301b", []string{"a\u0301b"}},
		{"\u0301x", []string{"\u0301x"}},
		{"丹东市和", []string{"丹东市和"}},
		{"", nil},
	}
	for _, tc := range tests {
		var got []string
		Scan(tc.in, func(tok Token) { got = append(got, tc.in[tok.Start:tok.End]) })
		if !slices.Equal(got, tc.want) {
			t.Errorf("Scan(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ch’ŏngjin", "Chongjin"},
		{"Sinŭiju-si", "Sinuiju-si"},
		{"P'yŏngan-bukto", "Pyongan-bukto"},
		{"Łódź", "Lodz"},
		{"Øresund", "Oresund"},
		{"혜산시", "혜산시"},
		{"Kimch'aek", "Kimchaek"},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStripSuffix(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"sinuiju si", "sinuiju", true},
		{"kapsan gun", "kapsan", true},
		{"a ri", "", false},
		{"ri", "", false},
		{"north pyongan", "", false},
		{"pyongan bukto", "", false},
		{"혜산시", "혜산", true},
		{"회령시", "회령", true},
		{"평안북도", "", false},
		{"양강도", "양강", true},
		{"시", "", false},
		{"동시", "", false},
	}
	for _, tc := range tests {
		got, ok := StripSuffix(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("StripSuffix(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
