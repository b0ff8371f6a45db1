package gazetteer

import (
	"slices"
	"testing"
)

// curatedIDsByEntries is how the geocoder found a name's curated IDs
// before CuratedIDs: Curated, then the IDs of the first entries.
func curatedIDsByEntries(g *Gazetteer, key string) []string {
	m := Match{Key: key}
	n := g.Curated(m)
	if n == 0 {
		return nil
	}
	es := g.AppendEntries(nil, m)[:n]
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// TestCuratedIDs compares CuratedIDs with curatedIDsByEntries for every key
// of the embedded gazetteer, and for names that are no key.
func TestCuratedIDs(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"", "no such place", "punggye-ri", "sohae"}
	for k := range g.numKeys {
		keys = append(keys, g.index.str(int32(k)))
	}
	curated := 0
	for _, key := range keys {
		got, want := g.CuratedIDs(key), curatedIDsByEntries(g, key)
		if !slices.Equal(got, want) {
			t.Fatalf("CuratedIDs(%q) = %v, want %v", key, got, want)
		}
		if len(got) > 0 {
			curated++
		}
	}
	if curated == 0 {
		t.Fatal("no key of the embedded gazetteer has curated entries: the test compares nothing")
	}
}
