package gazetteer

import (
	"hash/maphash"
	"strings"
	"testing"
)

// refKeyIndex is the key index as it was before its slots held hash tags:
// every probe compares the string.
type refKeyIndex struct {
	strs  []string
	vals  []int32
	slots []uint32
	mask  uint32
	seed  maphash.Seed
}

func newRefKeyIndex(strs []string, vals []int32) refKeyIndex {
	t := refKeyIndex{strs: strs, vals: vals, seed: maphash.MakeSeed()}
	size := 16
	for size < 2*len(strs) {
		size *= 2
	}
	t.slots = make([]uint32, size)
	t.mask = uint32(size - 1)
	for i := range strs {
		j := uint32(maphash.String(t.seed, strs[i])) & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = uint32(i) + 1
	}
	return t
}

func (t *refKeyIndex) get(key string) (int32, bool) {
	for j := uint32(maphash.String(t.seed, key)) & t.mask; ; j = (j + 1) & t.mask {
		s := t.slots[j]
		if s == 0 {
			return 0, false
		}
		if t.strs[s-1] == key {
			return t.vals[s-1], true
		}
	}
}

// FuzzKeyIndex checks get and getBytes of a tagged index of the distinct
// lines of keys against refKeyIndex, for those lines and those of probes.
func FuzzKeyIndex(f *testing.F) {
	f.Add("hyesan\nhyesan-si\nnorth\nnorth pyongan", "hyesa\nhyesan\nnorth pyongan x\n")
	f.Add("", "x")
	f.Add("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\no\np\nq", "a\nz\n")
	f.Fuzz(func(t *testing.T, keys, probes string) {
		seen := map[string]bool{}
		var strs []string
		var vals []int32
		for _, k := range strings.Split(keys, "\n") {
			if !seen[k] {
				seen[k] = true
				strs = append(strs, k)
				vals = append(vals, int32(len(vals))*3-1)
			}
		}
		ix, ref := newKeyIndex(strs, vals), newRefKeyIndex(strs, vals)
		for _, s := range append(strs, strings.Split(probes, "\n")...) {
			v, ok := ix.get(s)
			rv, rok := ref.get(s)
			if v != rv || ok != rok {
				t.Fatalf("get(%q) = %d, %v; want %d, %v", s, v, ok, rv, rok)
			}
			if v, ok = ix.getBytes([]byte(s)); v != rv || ok != rok {
				t.Fatalf("getBytes(%q) = %d, %v; want %d, %v", s, v, ok, rv, rok)
			}
		}
	})
}
