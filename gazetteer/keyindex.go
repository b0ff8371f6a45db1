package gazetteer

import (
	"hash/maphash"
	"math/bits"
)

// A keyIndex maps the index's strings (keys and key prefixes) to their
// values. It is a hash table with open addressing whose strings sit end to
// end in one arena, so that it holds one pointer where a map[string]int32
// and a []string of keys held one per string: a run's garbage collector
// scans the whole gazetteer at every cycle, and the index was a third of
// that work. String i of the table is arena[ends[i-1]:ends[i]]; strings 0
// to numKeys-1 are the keys in key-number order.
type keyIndex struct {
	arena string
	ends  []uint32
	vals  []int32
	// slots: 0 for an empty slot, else a string number + 1 in the bits of
	// num, and in the bits above them those of the string's hash (its
	// tag), so that most probes that miss are ruled out without reading
	// the string.
	slots []uint32
	mask  uint32
	num   uint32 // the bits of a slot that hold the string number + 1
	seed  maphash.Seed
}

// newKeyIndex builds the table of strs and their values vals.
func newKeyIndex(strs []string, vals []int32) keyIndex {
	n := 0
	for _, s := range strs {
		n += len(s)
	}
	arena := make([]byte, 0, n)
	ends := make([]uint32, len(strs))
	for i, s := range strs {
		arena = append(arena, s...)
		ends[i] = uint32(len(arena))
	}
	return newKeyIndexArena(string(arena), ends, vals)
}

// newKeyIndexArena builds the table of the strings arena[ends[i-1]:ends[i]]
// and their values vals.
func newKeyIndexArena(arena string, ends []uint32, vals []int32) keyIndex {
	t := keyIndex{arena: arena, ends: ends, vals: vals, seed: maphash.MakeSeed()}
	// A load of at most one half keeps probe runs short.
	size := 1 << bits.Len(uint(2*len(ends)|7))
	t.slots = make([]uint32, size)
	t.mask = uint32(size - 1)
	t.num = 1<<bits.Len32(uint32(len(ends))) - 1
	for i := range ends {
		h := maphash.String(t.seed, t.str(int32(i)))
		j := uint32(h) & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = t.tag(h) | (uint32(i) + 1)
	}
	return t
}

// tag returns the bits of a slot above num for a string of hash h.
func (t *keyIndex) tag(h uint64) uint32 { return uint32(h>>32) &^ t.num }

// str returns string i.
func (t *keyIndex) str(i int32) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.arena[start:t.ends[i]]
}

// get returns the value of key.
func (t *keyIndex) get(key string) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	h := maphash.String(t.seed, key)
	tag := t.tag(h)
	for j := uint32(h) & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return 0, false
		}
		if s&^t.num != tag {
			continue
		}
		if n := s&t.num - 1; t.str(int32(n)) == key {
			return t.vals[n], true
		}
	}
}

// getBytes is get for a key in a byte slice.
func (t *keyIndex) getBytes(key []byte) (int32, bool) {
	return t.getHashed(key, maphash.Bytes(t.seed, key))
}

// getHashed is getBytes for a key of hash h (maphash.Bytes(t.seed, key)).
func (t *keyIndex) getHashed(key []byte, h uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	tag := t.tag(h)
	for j := uint32(h) & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return 0, false
		}
		if s&^t.num != tag {
			continue
		}
		if n := s&t.num - 1; t.str(int32(n)) == string(key) {
			return t.vals[n], true
		}
	}
}
