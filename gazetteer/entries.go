package gazetteer

import (
	"sort"
	"strings"
)

// An entryTable holds the entries sorted by ID with almost no pointers:
// the garbage collector scans the whole gazetteer at every cycle of a run,
// and a []Entry of seven strings each was the largest part of that work.
// IDs and names sit end to end in one string; the feature class and code,
// country, admin1 name and admin1 code, which few distinct values fill,
// are numbers into a table of those values. Entries are made on demand,
// their strings sharing the table's memory.
type entryTable struct {
	text string     // every entry's ID then Name, end to end
	recs []entryRec // by entry index
	vals []string   // the distinct class, code, country and admin1 values
}

// An entryRec is one entry without its strings.
type entryRec struct {
	idEnd, nameEnd                           uint32 // ID is text[previous nameEnd:idEnd], Name text[idEnd:nameEnd]
	class, code, country, admin1, admin1Code uint32 // indices into vals
	lat, lon                                 float64
	population                               int64
}

// newEntryTable holds es, which must be sorted by ID.
func newEntryTable(es []Entry) entryTable {
	n := 0
	for i := range es {
		n += len(es[i].ID) + len(es[i].Name)
	}
	text := make([]byte, 0, n)
	t := entryTable{recs: make([]entryRec, len(es))}
	num := map[string]uint32{}
	val := func(s string) uint32 {
		v, ok := num[s]
		if !ok {
			v = uint32(len(t.vals))
			num[s] = v
			t.vals = append(t.vals, s)
		}
		return v
	}
	// Neighbours by ID mostly share these values: the previous entry's
	// numbers save most map lookups.
	pick := func(s string, prev uint32) uint32 {
		if len(t.vals) > 0 && t.vals[prev] == s {
			return prev
		}
		return val(s)
	}
	var prev entryRec
	for i := range es {
		e := &es[i]
		text = append(text, e.ID...)
		r := entryRec{idEnd: uint32(len(text))}
		text = append(text, e.Name...)
		r.nameEnd = uint32(len(text))
		r.class, r.code, r.country = pick(e.Class, prev.class), pick(e.Code, prev.code), pick(e.Country, prev.country)
		r.admin1, r.admin1Code = pick(e.Admin1, prev.admin1), pick(e.Admin1Code, prev.admin1Code)
		r.lat, r.lon, r.population = e.Lat, e.Lon, e.Population
		t.recs[i] = r
		prev = r
	}
	t.text = string(text)
	return t
}

func (t *entryTable) len() int { return len(t.recs) }

// start returns where entry i's ID begins in text.
func (t *entryTable) start(i int32) uint32 {
	if i == 0 {
		return 0
	}
	return t.recs[i-1].nameEnd
}

// id returns entry i's ID.
func (t *entryTable) id(i int32) string { return t.text[t.start(i):t.recs[i].idEnd] }

// at returns entry i.
func (t *entryTable) at(i int32) Entry {
	r := &t.recs[i]
	return Entry{
		ID: t.text[t.start(i):r.idEnd], Name: t.text[r.idEnd:r.nameEnd],
		Lat: r.lat, Lon: r.lon,
		Class: t.vals[r.class], Code: t.vals[r.code], Country: t.vals[r.country],
		Admin1: t.vals[r.admin1], Admin1Code: t.vals[r.admin1Code], Population: r.population,
	}
}

// all returns every entry, sorted by ID.
func (t *entryTable) all() []Entry {
	out := make([]Entry, len(t.recs))
	for i := range out {
		out[i] = t.at(int32(i))
	}
	return out
}

// find returns the index of the entry with the given ID.
func (t *entryTable) find(id string) (int32, bool) {
	i := sort.Search(len(t.recs), func(i int) bool { return strings.Compare(t.id(int32(i)), id) >= 0 })
	return int32(i), i < len(t.recs) && t.id(int32(i)) == id
}
