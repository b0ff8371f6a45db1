package main

import (
	"slices"
	"testing"
)

func TestRomanizeRR(t *testing.T) {
	tests := []struct{ in, want string }{
		{"고성", "Goseong"},
		{"철원", "Cheorwon"},
		{"연천", "Yeoncheon"},
		{"강릉", "Gangneung"},
		{"백령", "Baengnyeong"},
		{"속초", "Sokcho"},
		{"동해", "Donghae"},
		{"김포", "Gimpo"},
		{"파주", "Paju"},
		{"인제", "Inje"},
		{"양구", "Yanggu"},
		{"신라", "Silla"},
		{"울릉", "Ulleung"},
		{"부산", "Busan"},
		{"Goseong", ""},
		{"고성군2", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := romanizeRR(tc.in); got != tc.want {
			t.Errorf("romanizeRR(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRRNames(t *testing.T) {
	got := rrNames([]string{"고성", "고성군", "상원", "Kosong"})
	want := []string{"Goseong", "Goseong-gun"}
	if !slices.Equal(got, want) {
		t.Errorf("rrNames = %q, want %q", got, want)
	}
}

func TestLooseKey(t *testing.T) {
	for _, pair := range [][2]string{{"Kosong", "Goseong"}, {"Ch'ŏrwŏn", "Cheorwon"}, {"Chinju", "Jinju-si"}, {"Kunsan", "Gunsan"}} {
		if a, b := looseKey(pair[0]), looseKey(pair[1]); a != b {
			t.Errorf("looseKey(%q) = %q, looseKey(%q) = %q: want equal", pair[0], a, pair[1], b)
		}
	}
	if a, b := looseKey("Changwon"), looseKey("Sangwon"); a == b {
		t.Errorf("looseKey(Changwon) = looseKey(Sangwon) = %q", a)
	}
}
