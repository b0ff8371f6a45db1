package gazetteer

import (
	"fmt"
	"testing"
)

func TestUSCounties(t *testing.T) {
	for _, tc := range []struct {
		name   string
		states []string // of the counties found, in FIPS order
	}{
		{"Licking County", []string{"Ohio"}},
		{"licking county", []string{"Ohio"}},
		{"Orange County", []string{"California", "Florida", "Indiana", "New York", "North Carolina", "Texas", "Vermont", "Virginia"}},
		{"East Baton Rouge Parish", []string{"Louisiana"}},
		{"Rapides County", nil},                                                            // Louisiana's are parishes
		{"Richmond County", []string{"Georgia", "New York", "North Carolina", "Virginia"}}, // not the city of Richmond, Virginia
		{"Licking", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			es, err := USCounties(tc.name)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range es {
				got = append(got, e.Admin1)
				if e.Code != "ADM2" || e.Country != "US" || e.Lat < 18 || e.Lat > 50 || e.Lon < -161 || e.Lon > -66 {
					t.Errorf("USCounties(%q): %+v", tc.name, e)
				}
			}
			if len(got) != len(tc.states) || len(got) > 0 && fmt.Sprint(got) != fmt.Sprint(tc.states) {
				t.Errorf("USCounties(%q) states = %v, want %v", tc.name, got, tc.states)
			}
		})
	}
	// A county's point lies inside it: Cook County, Illinois, about Chicago.
	es, _ := USCounties("Cook County")
	for _, e := range es {
		if e.Admin1 == "Illinois" && (e.Lat < 41.6 || e.Lat > 42.1 || e.Lon < -88.3 || e.Lon > -87.5) {
			t.Errorf("Cook County, Illinois at %.3f, %.3f", e.Lat, e.Lon)
		}
	}
}
