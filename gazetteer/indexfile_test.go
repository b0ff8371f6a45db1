package gazetteer

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

// sameIndex reports where g's key index differs from want's: the strings
// and values of the index, the entries of every key, the curated counts
// and the longest key. The hash table's slots are not compared: they
// depend on the process's hash seed.
func sameIndex(t *testing.T, g, want *Gazetteer) {
	t.Helper()
	switch {
	case g.index.arena != want.index.arena:
		t.Errorf("index strings differ (%d vs %d bytes)", len(g.index.arena), len(want.index.arena))
	case !slices.Equal(g.index.ends, want.index.ends):
		t.Errorf("index string ends differ")
	case !slices.Equal(g.index.vals, want.index.vals):
		t.Errorf("index values differ")
	case g.numKeys != want.numKeys || g.maxKey != want.maxKey:
		t.Errorf("numKeys, maxKey = %d, %d, want %d, %d", g.numKeys, g.maxKey, want.numKeys, want.maxKey)
	case !slices.Equal(g.keyOff, want.keyOff) || !slices.Equal(g.ids, want.ids):
		t.Errorf("entries by key differ")
	case !slices.Equal(g.curated, want.curated):
		t.Errorf("curated counts differ")
	}
	for i := range want.index.ends {
		s := want.index.str(int32(i))
		if v, ok := g.index.get(s); !ok || v != want.index.vals[i] {
			t.Fatalf("index.get(%q) = %d, %v, want %d", s, v, ok, want.index.vals[i])
		}
	}
}

// TestEmbeddedIndexCurrent checks that data/index.bin.gz is the index file
// of the embedded tables, as `make gazetteer` writes it, and that the
// gazetteer decoded from it is the one build makes.
func TestEmbeddedIndexCurrent(t *testing.T) {
	want, err := IndexFile(placesGz, aliasesTSV)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(indexGz, want) {
		t.Fatalf("data/index.bin.gz (%d bytes) is not the index of the embedded tables (%d bytes): run `make gazetteer`", len(indexGz), len(want))
	}
	entries, refs, err := parseEmbedded(placesGz, aliasesTSV)
	if err != nil {
		t.Fatal(err)
	}
	g, ok, err := fromIndex(indexGz, sourceSums(placesGz, aliasesTSV), entries, refs)
	if err != nil || !ok {
		t.Fatalf("fromIndex = %v, %v", ok, err)
	}
	sameIndex(t, g, build(entries, refs))
}

// TestIndexRoundTrip encodes and decodes the indexes of small gazetteers
// (prefixes that are keys and prefixes that are not, preferred aliases,
// hyphenated and suffixed names) and checks that an index made from other
// tables is refused and a damaged one is an error.
func TestIndexRoundTrip(t *testing.T) {
	entries := []Entry{
		{ID: "t:1", Name: "Hyesan", Population: 190000, Code: "PPLA"},
		{ID: "t:2", Name: "North Pyongan", Code: "ADM1"},
		{ID: "t:3", Name: "North", Code: "PPL"},
		{ID: "t:4", Name: "Rajin-Sonbong", Code: "PPL"},
		{ID: "t:5", Name: "Sinuiju-si", Code: "PPLA"},
		{ID: "t:6", Name: "Yalu River", Code: "STM"},
		{ID: "t:7", Name: "혜산시", Code: "PPL"},
	}
	refs := []nameRef{{"Ryanggang Hyesan", 0, tierOrdinary}, {"Yalu", 5, tierPreferred}, {"Amnok", 5, tierPreferred}, {"North", 1, tierForced}}
	sums := [2]uint32{7, 9}
	for _, n := range []int{0, 1, 3, len(entries)} {
		es := entries[:n]
		var rs []nameRef
		for _, r := range refs {
			if int(r.e) < n {
				rs = append(rs, r)
			}
		}
		want := build(es, rs)
		data := want.appendIndex(nil, sums, len(es), len(rs))
		g, ok, err := decodeIndex(data, sums, es, rs)
		if err != nil || !ok {
			t.Fatalf("%d entries: decodeIndex = %v, %v", n, ok, err)
		}
		sameIndex(t, g, want)
		if _, ok, err := decodeIndex(data, [2]uint32{7, 8}, es, rs); ok || err != nil {
			t.Errorf("%d entries: index of other tables: decodeIndex = %v, %v, want false, nil", n, ok, err)
		}
		for cut := range len(data) {
			if _, _, err := decodeIndex(data[:cut], sums, es, rs); !errors.Is(err, errIndex) {
				t.Fatalf("%d entries: index cut at %d of %d bytes: error %v, want errIndex", n, cut, len(data), err)
			}
		}
	}
}

// FuzzDecodeIndex checks that decodeIndex returns an error, not a panic,
// for damaged index files.
func FuzzDecodeIndex(f *testing.F) {
	entries := []Entry{{ID: "a", Name: "North Pyongan"}, {ID: "b", Name: "North"}}
	refs := []nameRef{{"Pyongan", 0, tierPreferred}}
	sums := [2]uint32{1, 2}
	f.Add(build(entries, refs).appendIndex(nil, sums, len(entries), len(refs)))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, ok, err := decodeIndex(data, sums, entries, refs)
		if err != nil || !ok {
			return
		}
		for _, name := range []string{"North Pyongan", "North", "Pyongan", "South"} {
			g.Lookup(name)
			g.Match(name)
		}
	})
}
