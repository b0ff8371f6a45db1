package basemap

import (
	"reflect"
	"testing"
)

// TestParseGenSame checks that the embedded tables are read by parseGen,
// as orb's decoder reads them.
func TestParseGenSame(t *testing.T) {
	for name, b := range map[string][]byte{"admin1.geojson": admin1JSON, "countries.geojson": countriesJSON} {
		got, ok := parseGen(b)
		if !ok {
			t.Fatalf("parseGen(%s) did not take it", name)
		}
		want, err := parseOrb(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("parseGen(%s) differs from parseOrb", name)
		}
	}
}

// FuzzParseGen checks that whatever parseGen takes, orb's decoder reads
// the same.
func FuzzParseGen(f *testing.F) {
	f.Add([]byte(`{"type":"FeatureCollection","features":[` + "\n" +
		`{"type":"Feature","properties":{"country":"KP","name":"Chagang","name_local":"자강도","names":"Chagang-do|Jagang","gn_id":2045291,"level":1},"geometry":{"type":"MultiPolygon","coordinates":[[[[126.5,40.5],[127,41],[-0.5e-3,1E2],[126.5,40.5]]],[]]}}]}` + "\n"))
	f.Add([]byte(`{"features":[],"type":"FeatureCollection"}`))
	f.Add([]byte(` { "type" : "FeatureCollection" , "features" : [ { "geometry" : { "coordinates" : [ [ [ [ 1 , 2 ] ] ] ] , "type" : "MultiPolygon" } , "type" : "Feature" , "properties" : { "level" : 0 , "x" : "y" } } ] } `))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a\u00e9"},"geometry":{"type":"MultiPolygon","coordinates":[]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, ok := parseGen(b)
		if !ok {
			return
		}
		want, err := parseOrb(b)
		if err != nil {
			t.Fatalf("parseGen took %q, orb: %v", b, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("parseGen(%q) = %+v, orb reads %+v", b, got, want)
		}
	})
}
