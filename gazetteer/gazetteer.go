package gazetteer

import (
	"cmp"
	"slices"
	"strings"

	"geotimeline/gazetteer/internal/norm"
)

// Entry is one place.
type Entry struct {
	ID         string  // "geonames:2043837"; "wof:1125822405" (WOF places without a GeoNames id); "ne:river:yalu", "ne:peak:paektu-san"; "geonames-adm2:CN.05.2224" (Chinese prefectures, which GeoNames' admin2 list gives without ids)
	Name       string  // preferred English name ("Hyesan", "North Pyongan", "Yalu")
	Lat, Lon   float64 // WGS 84 degrees
	Class      string  // GeoNames feature class: P, A, H, T
	Code       string  // GeoNames feature code: PPLC, PPLA, PPL, ADM1, ADM2, PCLI, STM, MT, ...
	Country    string  // ISO 3166-1 alpha-2; "" when unknown
	Admin1     string  // English name of the first-level unit as the press writes it ("Ryanggang", "Liaoning")
	Admin1Code string  // current GeoNames admin1 code ("KP.13"), "" when unknown
	Population int64   // 0 when unknown
}

// Alias is an extra spelling for the entry with the given ID.
type Alias struct {
	Name string
	ID   string
}

// Gazetteer is an immutable, indexed set of entries. It is safe for
// concurrent use.
type Gazetteer struct {
	entries entryTable // sorted by ID
	names   nameList   // the further names it was built from, for WithGeoNames
	// overrides are the analyst's forced readings by normalized key
	// (WithOverrides); nil when there are none.
	overrides map[string]Override

	// index maps every normalized key, and every proper token prefix of a
	// multi-token key ("north" for "north pyongan"), to n<<1 | p: n is the
	// key number (-1 for a prefix that is no key) and p is 1 for a prefix.
	// The matcher extends a candidate only while it is a prefix; one lookup
	// answers both questions. Its strings 0 to numKeys-1 are the keys, by
	// key number.
	index   keyIndex
	numKeys int
	keyOff  []int32 // key number k → its entries are ids[keyOff[k]:keyOff[k+1]]
	ids     []int32 // entry indices, grouped by key, each group in Lookup order
	maxKey  int     // length in bytes of the longest key
	// curated[k] is how many of key number k's entries (the first ones in
	// Lookup order) the key names as a curated alias or an override: a
	// spelling someone chose on purpose. Saturates at 255.
	curated []uint8
}

// keyNum returns the key number of key.
func (g *Gazetteer) keyNum(key string) (int32, bool) {
	v, ok := g.index.get(key)
	if !ok || v < 0 {
		return 0, false
	}
	return v >> 1, true
}

// New builds a gazetteer of entries, each indexed under its Name, and of the
// aliases, each indexed as a further name of the entry with its ID; aliases
// naming an unknown ID are ignored. When two entries share an ID the first is
// kept. Every name is indexed under the keys of its normalized form, the form
// without an administrative suffix (Sinŭiju-si → sinuiju), and the
// concatenation of hyphenated names (Rajin-Sonbong → rajinsonbong).
func New(entries []Entry, aliases []Alias) *Gazetteer {
	return NewPreferred(entries, aliases, nil)
}

// NewPreferred is New with a second list of preferred aliases, such as a
// curated table of the spellings the press uses. Under a key that a
// preferred alias produces, Lookup and Match list the preferred alias's
// entries first (among them by the usual order), then the others: "Yalu"
// is the river before it is a former name of Zhalantun.
func NewPreferred(entries []Entry, aliases, preferred []Alias) *Gazetteer {
	es := make([]Entry, 0, len(entries))
	for _, e := range entries {
		if e.ID != "" {
			es = append(es, e)
		}
	}
	slices.SortStableFunc(es, func(a, b Entry) int { return strings.Compare(a.ID, b.ID) })
	es = slices.CompactFunc(es, func(a, b Entry) bool { return a.ID == b.ID })
	refs := make([]nameRef, 0, len(aliases)+len(preferred))
	for i, as := range [][]Alias{aliases, preferred} {
		for _, a := range as {
			if e, ok := entryIndex(es, a.ID); ok {
				tier := uint8(tierOrdinary)
				if i == 1 {
					tier = tierPreferred
				}
				refs = append(refs, nameRef{a.Name, e, tier})
			}
		}
	}
	return build(es, refs)
}

// nameRef is a further name of the entry with index e.
type nameRef struct {
	name string
	e    int32
	tier uint8 // tierForced, tierPreferred or tierOrdinary
}

// A nameList holds further names without a pointer each: the garbage
// collector scans the gazetteer at every cycle of a run, and a []nameRef
// of about 90,000 names, each pointing into the table's text, was most of
// what was left of that work. The names sit end to end in one string.
type nameList struct {
	text string
	ends []uint32 // name i is text[ends[i-1]:ends[i]]
	e    []int32
	tier []uint8
}

func newNameList(refs []nameRef) nameList {
	n := 0
	for _, r := range refs {
		n += len(r.name)
	}
	text := make([]byte, 0, n)
	l := nameList{ends: make([]uint32, len(refs)), e: make([]int32, len(refs)), tier: make([]uint8, len(refs))}
	for i, r := range refs {
		text = append(text, r.name...)
		l.ends[i], l.e[i], l.tier[i] = uint32(len(text)), r.e, r.tier
	}
	l.text = string(text)
	return l
}

// refs returns the names as name references.
func (l *nameList) refs() []nameRef {
	out := make([]nameRef, len(l.ends))
	start := uint32(0)
	for i, end := range l.ends {
		out[i] = nameRef{l.text[start:end], l.e[i], l.tier[i]}
		start = end
	}
	return out
}

// The tiers of names: under one key, entries of a lower tier come first.
const (
	tierForced    = 0 // an analyst's override
	tierPreferred = 1 // a curated alias
	tierOrdinary  = 2
)

// entryIndex finds id in entries sorted by ID.
func boolBit(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

func entryIndex(es []Entry, id string) (int32, bool) {
	i, ok := slices.BinarySearchFunc(es, id, func(e Entry, id string) int { return strings.Compare(e.ID, id) })
	return int32(i), ok
}

// build indexes entries, which must be sorted by ID without duplicates, and
// the further names refs.
func build(es []Entry, refs []nameRef) *Gazetteer {
	g := &Gazetteer{
		entries: newEntryTable(es),
		names:   newNameList(refs),
	}
	// lookupOrder orders entry indices by population (descending),
	// feature rank, then ID.
	lookupOrder := func(a, b int32) int {
		ea, eb := &es[a], &es[b]
		if c := cmp.Compare(eb.Population, ea.Population); c != 0 {
			return c
		}
		if c := cmp.Compare(FeatureRank(ea.Code), FeatureRank(eb.Code)); c != 0 {
			return c
		}
		return strings.Compare(ea.ID, eb.ID)
	}
	// The index is built as a map, then frozen into g.index.
	index := make(map[string]int32, len(es)+len(refs))
	var keys []string // key number → key

	// Collect (key, tier, entry) pairs, then group them by key. The tier
	// sits in bits 30-31, so that forced and preferred names sort first.
	const tierShift = 30
	const tierMask = 3 << tierShift
	pairs := make([]uint64, 0, 2*(len(es)+len(refs)))
	var ix indexer
	add := func(name string, e int32, tier uint64) {
		for _, kb := range ix.keys(name) {
			v, ok := index[string(kb)]
			n := v >> 1
			if !ok || v < 0 {
				k := string(kb)
				n = int32(len(keys))
				index[k] = n<<1 | boolBit(ok) // ok: already a prefix
				keys = append(keys, k)
				g.maxKey = max(g.maxKey, len(k))
				for i := 0; i < len(k); i++ {
					if k[i] == ' ' {
						if pv, ok := index[k[:i]]; ok {
							index[k[:i]] = pv | 1
						} else {
							index[k[:i]] = -1
						}
					}
				}
			}
			pairs = append(pairs, uint64(n)<<32|tier<<tierShift|uint64(e))
		}
	}
	for i, e := range es {
		add(e.Name, int32(i), tierOrdinary)
	}
	for _, r := range refs {
		add(r.name, r.e, uint64(r.tier))
	}
	// Freeze the index: the keys by number, then the prefixes that are no
	// key, in sorted order.
	g.numKeys = len(keys)
	vals := make([]int32, len(keys), len(index))
	var prefixes []string
	for k, v := range index {
		if v == -1 {
			prefixes = append(prefixes, k)
		} else {
			vals[v>>1] = v
		}
	}
	slices.Sort(prefixes)
	strs := append(keys, prefixes...)
	for range prefixes {
		vals = append(vals, -1)
	}
	g.index = newKeyIndex(strs, vals)
	index, keys, strs, prefixes = nil, nil, nil, nil

	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	g.ids = make([]int32, 0, len(pairs))
	g.keyOff = make([]int32, g.numKeys+1)
	g.curated = make([]uint8, g.numKeys)
	seen := make(map[int32]bool)
	for lo := 0; lo < len(pairs); {
		k := pairs[lo] >> 32
		hi := lo + 1
		for hi < len(pairs) && pairs[hi]>>32 == k {
			hi++
		}
		start := len(g.ids)
		if hi-lo == 1 {
			g.ids = append(g.ids, int32(uint32(pairs[lo])&^tierMask))
			if uint32(pairs[lo])&tierMask>>tierShift < tierOrdinary {
				g.curated[k] = 1
			}
		} else {
			// Each tier's entries in Lookup order; an entry named in
			// several tiers stays in the first.
			clear(seen)
			runStart, runTier := start, uint32(pairs[lo])&tierMask
			for _, p := range pairs[lo:hi] {
				e := int32(uint32(p) &^ tierMask)
				if seen[e] {
					continue
				}
				seen[e] = true
				if t := uint32(p) & tierMask; t != runTier {
					slices.SortFunc(g.ids[runStart:], lookupOrder)
					runStart, runTier = len(g.ids), t
				}
				g.ids = append(g.ids, e)
				if uint32(p)&tierMask>>tierShift < tierOrdinary && g.curated[k] < 255 {
					g.curated[k]++
				}
			}
			slices.SortFunc(g.ids[runStart:], lookupOrder)
		}
		g.keyOff[k+1] = int32(len(g.ids))
		lo = hi
	}
	return g
}

// Curated returns how many of the entries of the name m matched — the
// first ones in Lookup order — a curated alias or an analyst's override
// gives that name ("Punggye-ri", "Sohae"): a spelling the press uses for
// those places, not a coincidence of letters. A Match made by hand is
// looked up by its Key.
func (g *Gazetteer) Curated(m Match) int {
	k := m.k
	if k < 0 || int(k) >= g.numKeys || g.index.str(k) != m.Key {
		var ok bool
		if k, ok = g.keyNum(m.Key); !ok {
			return 0
		}
	}
	return int(g.curated[k])
}

// CuratedIDs returns the IDs of the entries that a curated alias or an
// analyst's override gives the name key (see Curated), in Lookup order, or
// nil: the IDs of the first Curated(Match{Key: key}) entries of
// AppendEntries, without building the entries.
func (g *Gazetteer) CuratedIDs(key string) []string {
	k, ok := g.keyNum(key)
	if !ok || g.curated[k] == 0 {
		return nil
	}
	ids := make([]string, g.curated[k])
	for i, e := range g.idsOf(k)[:len(ids)] {
		ids[i] = g.entries.id(e)
	}
	return ids
}

// idsOf returns the entry indices of key number k in Lookup order.
func (g *Gazetteer) idsOf(k int32) []int32 { return g.ids[g.keyOff[k]:g.keyOff[k+1]] }

// indexer computes index keys with few allocations.
type indexer struct {
	buf, joined, joinedStripped []byte
	out                         [][]byte
}

// keys returns the index keys of name, as norm.Keys does; the result is
// valid until the next call.
func (ix *indexer) keys(name string) [][]byte {
	ix.buf, ix.out = ix.buf[:0], ix.out[:0]
	hyphensOnly := true
	prevEnd, ntok := -1, 0
	norm.Scan(name, func(t norm.Token) {
		n := len(ix.buf)
		if n > 0 {
			ix.buf = append(ix.buf, ' ')
		}
		before := len(ix.buf)
		ix.buf = norm.AppendToken(ix.buf, name, t)
		if len(ix.buf) == before {
			ix.buf = ix.buf[:n] // empty token
			return
		}
		if prevEnd >= 0 && !norm.IsHyphens(name[prevEnd:t.Start]) {
			hyphensOnly = false
		}
		prevEnd = t.End
		ntok++
	})
	if ntok == 0 {
		return nil
	}
	full := ix.buf
	if norm.IndexableBytes(full) {
		ix.out = append(ix.out, full)
	}
	stripped, ok := norm.StripSuffixBytes(full)
	if ok {
		ix.out = append(ix.out, stripped)
	}
	if ntok > 1 && hyphensOnly {
		ix.joined = appendWithoutSpaces(ix.joined[:0], full)
		if norm.IndexableBytes(ix.joined) {
			ix.out = append(ix.out, ix.joined)
		}
		if ok && ntok > 2 {
			ix.joinedStripped = appendWithoutSpaces(ix.joinedStripped[:0], stripped)
			if norm.IndexableBytes(ix.joinedStripped) {
				ix.out = append(ix.out, ix.joinedStripped)
			}
		}
	}
	return ix.out
}

func appendWithoutSpaces(dst, s []byte) []byte {
	for _, c := range s {
		if c != ' ' {
			dst = append(dst, c)
		}
	}
	return dst
}

// FeatureRank orders feature codes by prominence, most prominent first:
// countries, capitals, first-level units and their seats, second-level units,
// other populated places, then physical features. Unknown codes rank last.
func FeatureRank(code string) int {
	switch code {
	case "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR":
		return 0
	case "PPLC":
		return 1
	case "ADM1", "ADM1H":
		return 2
	case "PPLA":
		return 3
	case "PPLA2":
		return 4
	case "ADM2", "ADM2H":
		return 5
	case "PPLA3":
		return 6
	case "PPLA4", "PPLA5":
		return 7
	case "PPL", "PPLS", "PPLG":
		return 8
	case "STM", "STMX", "MT", "MTS", "PK", "LK", "ISL":
		return 9
	case "PPLX", "PPLF", "PPLL", "PPLR":
		return 10
	case "PPLQ", "PPLW", "PPLH", "PPLCH":
		return 12
	}
	return 11
}

// Lookup returns every entry indexed under the normalized form of name, in a
// deterministic order: population descending, then FeatureRank, then ID. When
// nothing is indexed under that form and the name ends in an administrative
// suffix ("Hoeryong-si"), the form without the suffix is looked up instead.
func (g *Gazetteer) Lookup(name string) []Entry {
	key := Normalize(name)
	n, ok := g.keyNum(key)
	if !ok {
		stripped, sok := norm.StripSuffix(key)
		if !sok {
			return nil
		}
		if n, ok = g.keyNum(stripped); !ok {
			return nil
		}
	}
	ids := g.idsOf(n)
	out := make([]Entry, len(ids))
	for i, e := range ids {
		out[i] = g.entries.at(e)
	}
	return out
}

// Get returns the entry with the given ID.
func (g *Gazetteer) Get(id string) (Entry, bool) {
	i, ok := g.entries.find(id)
	if !ok {
		return Entry{}, false
	}
	return g.entries.at(i), true
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return g.entries.len() }

// NumKeys returns the number of distinct normalized keys indexed.
func (g *Gazetteer) NumKeys() int { return g.numKeys }

// Entries returns a copy of all entries, sorted by ID.
func (g *Gazetteer) Entries() []Entry { return g.entries.all() }

// Normalize returns the matching key of a place name: the NFKD form with
// diacritics stripped (ŏ ŭ é → o u e), lower-cased, apostrophes (' ’ ‘ ʼ ...)
// dropped inside words and a possessive ’s removed, and every run of
// hyphens, spaces and other punctuation turned into one space. Hangul and
// Han/Kana are kept as written. So "P'yŏngan-bukto", "Pyongan Bukto" and
// "PYONGAN-BUKTO" all give "pyongan bukto", while "Pyonganbukto" gives
// "pyonganbukto" (the index also stores the hyphen-less joining of hyphenated
// names, so Lookup finds both). Normalize is idempotent.
func Normalize(name string) string { return norm.Normalize(name) }

// IsApostrophe reports whether r is one of the apostrophe-like characters
// (' ’ ‘ ʼ ʻ ` ´ ′ ʹ ʾ ʿ) that Normalize keeps inside a word, as romanizations
// write them ("P'yŏngan", "Ch’ŏngjin").
func IsApostrophe(r rune) bool { return norm.IsApostrophe(r) }
