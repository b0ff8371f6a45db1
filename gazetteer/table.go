package gazetteer

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"geotimeline/gazetteer/internal/norm"
)

// ErrFormat is wrapped by errors about malformed table or GeoNames rows.
var ErrFormat = errors.New("gazetteer: malformed row")

// The embedded table: see data/SOURCE.md for its sources and
// internal/gen for the generator. places.tsv.gz costs about 1.8 MB of binary
// size and its key index (index.bin.gz, see indexfile.go) 1.0 MB; parsed and
// indexed, about 32 MB of heap.
var (
	//go:embed data/places.tsv.gz
	placesGz []byte
	//go:embed data/aliases.tsv
	aliasesTSV []byte
)

// TableHeader is the first line of the embedded places table.
const TableHeader = "#geotimeline-gazetteer-v1\tid\tname\tlat\tlon\tclass\tcode\tcountry\tadmin1_code\tadmin1\tpopulation\tnames"

var embedded = sync.OnceValues(loadEmbedded)

// loadEmbedded parses the embedded table; Embedded caches its result. The
// index is inflated and the tables' checksums taken on a second goroutine
// while the table is inflated and parsed (20 of 110 ms, off the start of
// every run).
func loadEmbedded() (*Gazetteer, error) {
	var (
		wg       sync.WaitGroup
		index    []byte
		indexErr error
		sums     [2]uint32
	)
	wg.Go(func() {
		index, indexErr = gunzip(indexGz)
		sums = sourceSums(placesGz, aliasesTSV)
	})
	entries, refs, err := parseEmbedded(placesGz, aliasesTSV)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if indexErr != nil {
		return nil, fmt.Errorf("embedded index.bin.gz: %w: %w", errIndex, indexErr)
	}
	g, ok, err := decodeIndex(index, sums, entries, refs)
	if err != nil {
		return nil, fmt.Errorf("embedded index.bin.gz: %w", err)
	}
	if !ok {
		g = build(entries, refs)
	}
	return g, nil
}

// parseEmbedded parses a table in the embedded format, gzip-compressed,
// and an alias table, whose aliases become preferred names.
func parseEmbedded(placesGz, aliasesTSV []byte) ([]Entry, []nameRef, error) {
	data, err := gunzip(placesGz)
	if err != nil {
		return nil, nil, fmt.Errorf("embedded places.tsv.gz: %w", err)
	}
	entries, refs, err := readTable(bytes.NewBuffer(data), "places.tsv")
	if err != nil {
		return nil, nil, err
	}
	curated, err := ReadAliases(bytes.NewReader(aliasesTSV), "aliases.tsv")
	if err != nil {
		return nil, nil, err
	}
	for _, a := range curated {
		e, ok := entryIndex(entries, a.ID)
		if !ok {
			return nil, nil, fmt.Errorf("embedded aliases.tsv: %w: alias %q names unknown id %s", ErrFormat, a.Name, a.ID)
		}
		refs = append(refs, nameRef{a.Name, e, tierPreferred})
	}
	return entries, refs, nil
}

// Embedded returns the gazetteer built from the embedded table: the Who's On
// First and GeoNames places of North Korea, the GeoNames places of South
// Korea and of the Chinese border provinces Jilin and Liaoning, world cities
// of 15,000 people or more, countries, first-level units, the rivers and
// peaks around Korea, and the curated aliases of data/aliases.tsv. It is
// parsed once; later calls return the same value.
func Embedded() (*Gazetteer, error) { return embedded() }

// readTable parses a places table in the embedded format (TableHeader, then
// one tab-separated row per entry, sorted by ID, whose last column lists
// further names separated by "|"). Errors name name:line.
func readTable(r io.Reader, name string) ([]Entry, []nameRef, error) {
	var text string
	if b, ok := r.(*bytes.Buffer); ok {
		text = b.String()
	} else {
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		text = string(data)
	}
	nl := strings.Count(text, "\n")
	entries := make([]Entry, 0, nl)
	refs := make([]nameRef, 0, 2*nl)
	var f [11]string
	line := 0
	for text != "" {
		line++
		s, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line == 1 {
			if s != TableHeader {
				return nil, nil, fmt.Errorf("%s:1: %w: header %.40q", name, ErrFormat, s)
			}
			continue
		}
		if s == "" {
			continue
		}
		n := 0
		for n < len(f)-1 {
			i := strings.IndexByte(s, '\t')
			if i < 0 {
				break
			}
			f[n], s = s[:i], s[i+1:]
			n++
		}
		f[n] = s
		if n != len(f)-1 || strings.IndexByte(s, '\t') >= 0 {
			return nil, nil, fmt.Errorf("%s:%d: %w: want 11 columns", name, line, ErrFormat)
		}
		e := Entry{ID: f[0], Name: f[1], Class: f[4], Code: f[5], Country: f[6], Admin1Code: f[7], Admin1: f[8]}
		var err1, err2, err3 error
		e.Lat, err1 = strconv.ParseFloat(f[2], 64)
		e.Lon, err2 = strconv.ParseFloat(f[3], 64)
		if f[9] != "" {
			e.Population, err3 = strconv.ParseInt(f[9], 10, 64)
		}
		if err := errors.Join(err1, err2, err3); err != nil || e.ID == "" || !validCoord(e.Lat, e.Lon) {
			return nil, nil, fmt.Errorf("%s:%d: %w: %v", name, line, ErrFormat, err)
		}
		if k := len(entries); k > 0 && entries[k-1].ID >= e.ID {
			return nil, nil, fmt.Errorf("%s:%d: %w: id %s not after %s", name, line, ErrFormat, e.ID, entries[k-1].ID)
		}
		entries = append(entries, e)
		for names := f[10]; names != ""; {
			var n string
			n, names, _ = strings.Cut(names, "|")
			refs = append(refs, nameRef{n, int32(len(entries) - 1), tierOrdinary})
		}
	}
	if line == 0 {
		return nil, nil, fmt.Errorf("%s: %w: empty table", name, ErrFormat)
	}
	return entries, refs, nil
}

// ReadAliases parses an alias table: lines "name<TAB>id", with blank lines
// and lines starting with # ignored. Errors name name:line.
func ReadAliases(r io.Reader, name string) ([]Alias, error) {
	sc := bufio.NewScanner(r)
	var out []Alias
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 2 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("%s:%d: %w: want name<TAB>id", name, line, ErrFormat)
		}
		out = append(out, Alias{Name: f[0], ID: f[1]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return out, nil
}

// WithGeoNames returns a new gazetteer holding g's entries and aliases plus
// the rows of a GeoNames main-table file (19 tab-separated columns, such as
// cities500.txt) read from r. A row whose geonames:ID is already present adds
// its names to that entry instead of a second entry. Of the alternate names
// only Latin-script, Hangul and Han/Kana ones are kept. Admin1 is filled from
// g's first-level units. Errors name name:line; g is not changed.
func (g *Gazetteer) WithGeoNames(r io.Reader, name string) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	text := string(data)
	data = nil
	current := g.entries.all()
	admin1 := make(map[string]string)
	for _, e := range current {
		if e.Code == "ADM1" && e.Admin1Code != "" {
			if _, dup := admin1[e.Admin1Code]; !dup {
				admin1[e.Admin1Code] = e.Admin1
			}
		}
	}
	old := len(current)
	have := make(map[string]int32, old+strings.Count(text, "\n"))
	for i, e := range current {
		have[e.ID] = int32(i)
	}
	entries := slices.Grow(current, len(have)-old)
	refs := g.names.refs()
	intern := make(map[string]string)
	in := func(s string) string {
		if t, ok := intern[s]; ok {
			return t
		}
		t := strings.Clone(s)
		intern[t] = t
		return t
	}
	var sc nameScratch
	for line := 1; text != ""; line++ {
		var s string
		s, text, _ = strings.Cut(text, "\n")
		s = strings.TrimRight(s, "\r")
		if s == "" {
			continue
		}
		row, err := parseGeoNamesRow(s, &sc)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		e := row.Entry
		idx, ok := have[e.ID]
		if !ok {
			idx = int32(len(entries))
			have[e.ID] = idx
			e.Name = strings.Clone(e.Name)
			e.Class, e.Code, e.Country, e.Admin1Code = in(e.Class), in(e.Code), in(e.Country), in(e.Admin1Code)
			e.Admin1 = admin1[e.Admin1Code]
			entries = append(entries, e)
		}
		for _, n := range row.Names {
			refs = append(refs, nameRef{strings.Clone(n), idx, tierOrdinary})
		}
	}
	sorted, pos := sortByID(entries)
	for i := range refs {
		refs[i].e = pos[refs[i].e]
	}
	out := build(sorted, refs)
	out.overrides = g.overrides
	return out, nil
}

// sortByID returns entries sorted by ID and, for each entry's old index,
// its new one: new entries are sorted in and name references renumbered
// with it.
func sortByID(entries []Entry) (sorted []Entry, pos []int32) {
	perm := make([]int32, len(entries))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(a, b int32) int { return strings.Compare(entries[a].ID, entries[b].ID) })
	pos = make([]int32, len(entries))
	sorted = make([]Entry, len(entries))
	for to, from := range perm {
		pos[from] = int32(to)
		sorted[to] = entries[from]
	}
	return sorted, pos
}

// GeoNamesRow is a parsed GeoNames main-table row: the entry (Admin1 left
// empty) and its further names (asciiname and the kept alternate names,
// without the entry's Name and without duplicates).
type GeoNamesRow struct {
	Entry      Entry
	Admin2Code string
	Names      []string
}

// ParseGeoNamesRow parses one line of a GeoNames main-table file (19
// tab-separated columns). The error wraps ErrFormat.
func ParseGeoNamesRow(s string) (GeoNamesRow, error) {
	var sc nameScratch
	row, err := parseGeoNamesRow(s, &sc)
	row.Names = slices.Clone(row.Names)
	return row, err
}

// parseGeoNamesRow is ParseGeoNamesRow with scratch space; row.Names is
// valid until the next call with sc.
func parseGeoNamesRow(s string, sc *nameScratch) (GeoNamesRow, error) {
	f := strings.Split(s, "\t")
	if len(f) != 19 {
		return GeoNamesRow{}, fmt.Errorf("%w: %d columns, want 19", ErrFormat, len(f))
	}
	if _, err := strconv.ParseUint(f[0], 10, 64); err != nil {
		return GeoNamesRow{}, fmt.Errorf("%w: geonameid %q", ErrFormat, f[0])
	}
	lat, err1 := strconv.ParseFloat(f[4], 64)
	lon, err2 := strconv.ParseFloat(f[5], 64)
	if err := errors.Join(err1, err2); err != nil {
		return GeoNamesRow{}, fmt.Errorf("%w: coordinates: %v", ErrFormat, err)
	}
	if !validCoord(lat, lon) {
		return GeoNamesRow{}, fmt.Errorf("%w: coordinates %s, %s out of range", ErrFormat, f[4], f[5])
	}
	var pop int64
	if f[14] != "" {
		p, err := strconv.ParseInt(f[14], 10, 64)
		if err != nil {
			return GeoNamesRow{}, fmt.Errorf("%w: population %q", ErrFormat, f[14])
		}
		pop = p
	}
	e := Entry{
		ID: "geonames:" + f[0], Name: f[1], Lat: lat, Lon: lon,
		Class: f[6], Code: f[7], Country: f[8], Population: pop,
	}
	if f[8] != "" && f[10] != "" {
		e.Admin1Code = f[8] + "." + f[10]
	}
	row := GeoNamesRow{Entry: e, Admin2Code: f[11]}
	sc.in = append(sc.in[:0], f[2])
	for alt := f[3]; alt != ""; {
		var n string
		n, alt, _ = strings.Cut(alt, ",")
		sc.in = append(sc.in, n)
	}
	row.Names = sc.keep(f[1], sc.in)
	return row, nil
}

// KeepNames returns the names worth indexing for a place called primary:
// those in Latin script (with any diacritics), Hangul or Han/Kana, that are
// not codes (all capitals of up to four letters, or containing digits), not
// machine transliterations (Latin without a capital letter, such as GeoNames'
// "wonsan si" for 원산 시, or Hangul with a space), and whose normalized form
// differs from primary's and from each other's. Order is kept.
func KeepNames(primary string, names []string) []string {
	var sc nameScratch
	return slices.Clone(sc.keep(primary, names))
}

// nameScratch is reusable space for KeepNames.
type nameScratch struct {
	in, out []string
	arena   []byte
	ends    []int // ends[i]: end in arena of the i-th kept key
}

// keep implements KeepNames; the result is valid until the next call.
func (sc *nameScratch) keep(primary string, names []string) []string {
	sc.out, sc.arena, sc.ends = sc.out[:0], sc.arena[:0], sc.ends[:0]
	sc.addKey(primary)
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || !scriptOK(n) || isCode(n) || machineMade(n) {
			continue
		}
		if sc.addKey(n) {
			sc.out = append(sc.out, n)
		}
	}
	return sc.out
}

// addKey appends the normalized form of n to the arena unless it is empty
// or already there, and reports whether it did.
func (sc *nameScratch) addKey(n string) bool {
	start := len(sc.arena)
	first := true
	norm.Scan(n, func(t norm.Token) {
		before := len(sc.arena)
		if !first {
			sc.arena = append(sc.arena, ' ')
		}
		k := len(sc.arena)
		sc.arena = norm.AppendToken(sc.arena, n, t)
		if len(sc.arena) == k {
			sc.arena = sc.arena[:before] // empty token
			return
		}
		first = false
	})
	key := sc.arena[start:]
	if len(key) == 0 {
		return false
	}
	prev := 0
	for _, end := range sc.ends {
		if bytes.Equal(sc.arena[prev:end], key) {
			sc.arena = sc.arena[:start]
			return false
		}
		prev = end
	}
	sc.ends = append(sc.ends, len(sc.arena))
	return true
}

// scriptOK reports whether every letter of s is Latin, Hangul or Han/Kana,
// and s does not mix Latin with the others.
func scriptOK(s string) bool {
	latin, cjk := false, false
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				latin = true
			}
		case isLatin(r):
			latin = true
		default:
			switch norm.ClassOf(r) {
			case norm.Hangul, norm.Han:
				cjk = true
			case norm.Word:
				return false // Cyrillic, Arabic, Greek, ...
			}
		}
	}
	return latin != cjk
}

func isLatin(r rune) bool {
	return (r >= 0xC0 && r <= 0x24F && r != 0xD7 && r != 0xF7) || (r >= 0x1E00 && r <= 0x1EFF) ||
		(r >= 0x300 && r <= 0x36F) || r == 0x2BC || r == 0x2BB || r == 0x2B9
}

// machineMade reports whether s looks like a generated transliteration:
// Latin letters but no capital, or Hangul split by a space.
func machineMade(s string) bool {
	latin, upper, hangul, space := false, false, false, false
	for _, r := range s {
		switch {
		case r == ' ':
			space = true
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r):
			latin = true
		case norm.ClassOf(r) == norm.Hangul:
			hangul = true
		}
	}
	return (latin && !upper) || (hangul && space)
}

func isCode(s string) bool {
	upper, other := 0, false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			return true
		case 'A' <= r && r <= 'Z':
			upper++
		default:
			other = true
		}
	}
	return !other && upper <= 4
}

// validCoord reports whether lat, lon are finite WGS 84 degrees.
func validCoord(lat, lon float64) bool {
	return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 // false for NaN
}
