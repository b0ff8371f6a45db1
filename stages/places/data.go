package places

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
)

// ErrData is wrapped by errors about malformed embedded data files.
var ErrData = errors.New("places: malformed data")

// The embedded data files; together about 21 kB.
var (
	//go:embed stoplist.txt
	stoplistTxt string
	//go:embed surnames.txt
	surnamesTxt string
	//go:embed regions.tsv
	regionsTSV string
	//go:embed abbrevs.tsv
	abbrevsTSV string
	//go:embed demonyms.tsv
	demonymsTSV string
	//go:embed givennames.txt
	givenNamesTxt string
	//go:embed forenames.txt
	forenamesTxt string
)

// An abbrev is one row of abbrevs.tsv.
type abbrev struct {
	Country string // ISO 3166-1 alpha-2
	Name    string // the unit's or country's name, looked up in the gazetteer
	Comma   bool   // valid only after "Capitalized, "
}

// A region is one row of regions.tsv.
type region struct {
	ID      string
	Kind    string // "region" or "cue"
	Country string
	Focus   string // ISO2 the document must be about for focus phrases; "" for none
	Place   pipeline.Place
}

// tables is the parsed embedded data, built once and shared read-only.
type tables struct {
	stop     map[string]bool   // normalized keys
	surnames *wordSet          // as written (Kim) and upper-cased (KIM)
	regions  map[string]region // by ID
	// phrases is a gazetteer whose entries are the region phrases: entry ID
	// is the region ID, with the prefix "?" for focus phrases.
	phrases *gazetteer.Gazetteer
	// anchors are the words every phrase holds one of (see phraseWindow).
	anchors anchorSet
	// abbrevs maps an abbreviation as written ("La.", "N.C.", "OH") to its row.
	abbrevs map[string]abbrev
	// abbrevMax is the length of the longest key of abbrevs: longer runs
	// need no lookup; nor do runs whose last byte ends no key (abbrevLast:
	// "La.", "OH", not "The").
	abbrevMax  int
	abbrevLast [256]bool
	// demonymKey holds the normalized keys of every demonym form.
	demonymKey map[string]bool
	// notAlone is stop and demonymKey in one set, for accept, which asks
	// it of every candidate name: one map lookup instead of two.
	notAlone map[string]bool
	// demonymISO maps a country name of demonyms.tsv to its ISO code.
	demonymISO map[string]string
	// demonymForm maps a demonym form in lower case, its words joined by
	// one space ("north korean"), to its country's name; demonymFirst
	// holds the first words of the forms of two words ("north").
	demonymForm  map[string]string
	demonymFirst map[string]bool
	// demonymLens says, by the first two letters of a word in lower case
	// (26·a+b), which lengths (bit n for n letters) a form or a form's
	// first word has: most capitalized words need no map lookup.
	demonymLens [26 * 26]uint32
	given       map[string]bool // given names as written (Scott) and upper-cased
	// forenames holds forenames.txt and givennames.txt, as written and
	// upper-cased; the value is true for a forename that is also an
	// English adjective or verb ("Rich", "Mark": marked with a trailing "*").
	forenames map[string]bool
}

var loadTables = sync.OnceValues(func() (*tables, error) {
	t := &tables{stop: map[string]bool{}, surnames: &wordSet{words: map[string]bool{}}, regions: map[string]region{},
		anchors: anchorSet{words: map[string]anchorKind{}}}
	for _, w := range regionAnchors {
		t.anchors.words[w] |= anchorRegion
	}
	for _, w := range cueAnchors {
		t.anchors.words[w] |= anchorCue
	}
	t.anchors.minLen = len(regionAnchors[0])
	for w, k := range t.anchors.words {
		t.anchors.minLen = min(t.anchors.minLen, len(w))
		t.anchors.first[w[0]] |= k
		if len(w) >= len(t.anchors.byLen) {
			return nil, fmt.Errorf("%w: anchor word %q too long", ErrData, w)
		}
		t.anchors.byLen[len(w)] = append(t.anchors.byLen[len(w)], w)
	}
	for _, ws := range t.anchors.byLen {
		slices.Sort(ws)
	}
	for line := range lines(stoplistTxt) {
		t.stop[gazetteer.Normalize(line)] = true
	}
	for line := range lines(surnamesTxt) {
		t.surnames.add(line)
		t.surnames.add(strings.ToUpper(line))
	}
	var entries []gazetteer.Entry
	var aliases []gazetteer.Alias
	sc := bufio.NewScanner(strings.NewReader(regionsTSV))
	n := 0
	header := false
	for sc.Scan() {
		n++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 11 {
			return nil, fmt.Errorf("regions.tsv:%d: %w: %d columns, want 11", n, ErrData, len(f))
		}
		if !header {
			header = true
			continue
		}
		r := region{ID: f[0], Kind: f[1], Country: f[2]}
		if f[6] != "-" {
			r.Focus = f[6]
		}
		switch r.Kind {
		case "region":
			lat, err1 := strconv.ParseFloat(f[3], 64)
			lon, err2 := strconv.ParseFloat(f[4], 64)
			rad, err3 := strconv.ParseFloat(f[5], 64)
			if err := errors.Join(err1, err2, err3); err != nil {
				return nil, fmt.Errorf("regions.tsv:%d: %w: %w", n, ErrData, err)
			}
			r.Place = pipeline.Place{ID: r.ID, Name: f[7], Lat: lat, Lon: lon, FeatureCode: "RGN",
				Country: r.Country, Precision: pipeline.GeoRegion, UncertaintyKM: rad}
		case "cue":
		default:
			return nil, fmt.Errorf("regions.tsv:%d: %w: kind %q", n, ErrData, r.Kind)
		}
		if _, dup := t.regions[r.ID]; dup {
			return nil, fmt.Errorf("regions.tsv:%d: %w: duplicate id %q", n, ErrData, r.ID)
		}
		t.regions[r.ID] = r
		for i, col := range []string{f[8], f[9]} {
			id := r.ID
			if i == 1 {
				id = "?" + r.ID
			}
			for p := range strings.SplitSeq(col, "|") {
				if p == "" {
					continue
				}
				if err := t.anchors.add(p, r.Kind); err != nil {
					return nil, fmt.Errorf("regions.tsv:%d: %w", n, err)
				}
				if len(entries) == 0 || entries[len(entries)-1].ID != id {
					entries = append(entries, gazetteer.Entry{ID: id, Name: p})
					continue
				}
				aliases = append(aliases, gazetteer.Alias{Name: p, ID: id})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("regions.tsv: %w", err)
	}
	t.phrases = gazetteer.New(entries, aliases)
	if err := t.loadAbbrevs(); err != nil {
		return nil, err
	}
	if err := t.loadDemonyms(); err != nil {
		return nil, err
	}
	t.notAlone = make(map[string]bool, len(t.stop)+len(t.demonymKey))
	for _, set := range []map[string]bool{t.stop, t.demonymKey} {
		for k := range set {
			t.notAlone[k] = true
		}
	}
	t.given = map[string]bool{}
	t.forenames = map[string]bool{}
	for line := range lines(givenNamesTxt) {
		name, _ := nameLine(line)
		t.given[name] = true
		t.given[strings.ToUpper(name)] = true
	}
	for line := range lines(givenNamesTxt + "\n" + forenamesTxt) {
		name, word := nameLine(line)
		if t.surnames.has(name) {
			continue // "Jon" (givennames.txt) is also a Korean surname: "Jon Chol"
		}
		t.forenames[name] = word
		t.forenames[strings.ToUpper(name)] = word
	}
	return t, nil
})

// abbrev returns the row of abbrevs.tsv for s as written.
func (t *tables) abbrev(s string) (abbrev, bool) {
	if len(s) > t.abbrevMax || len(s) > 0 && !t.abbrevLast[s[len(s)-1]] {
		return abbrev{}, false
	}
	a, ok := t.abbrevs[s]
	return a, ok
}

// loadAbbrevs parses abbrevs.tsv.
func (t *tables) loadAbbrevs() error {
	t.abbrevs = map[string]abbrev{}
	header := false
	for n, s := range strings.Split(abbrevsTSV, "\n") {
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 4 || f[0] == "" || len(f[1]) != 2 || f[2] == "" || (f[3] != "any" && f[3] != "comma") {
			if !header && len(f) == 4 {
				header = true
				continue
			}
			return fmt.Errorf("abbrevs.tsv:%d: %w: want abbrev, country, name, any|comma", n+1, ErrData)
		}
		if !header {
			header = true
			continue
		}
		if _, dup := t.abbrevs[f[0]]; dup {
			return fmt.Errorf("abbrevs.tsv:%d: %w: duplicate %q", n+1, ErrData, f[0])
		}
		t.abbrevs[f[0]] = abbrev{Country: f[1], Name: f[2], Comma: f[3] == "comma"}
		t.abbrevMax = max(t.abbrevMax, len(f[0]))
		t.abbrevLast[f[0][len(f[0])-1]] = true
	}
	return nil
}

// loadDemonyms parses demonyms.tsv.
func (t *tables) loadDemonyms() error {
	t.demonymKey = map[string]bool{}
	t.demonymISO = map[string]string{}
	t.demonymForm = map[string]string{}
	t.demonymFirst = map[string]bool{}
	header := false
	for n, s := range strings.Split(demonymsTSV, "\n") {
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if !header && len(f) == 3 {
			header = true
			continue
		}
		if len(f) != 3 || f[0] == "" || f[1] == "" || len(f[2]) != 2 {
			return fmt.Errorf("demonyms.tsv:%d: %w: want form, country, iso2", n+1, ErrData)
		}
		if iso, ok := t.demonymISO[f[1]]; ok && iso != f[2] {
			return fmt.Errorf("demonyms.tsv:%d: %w: %s is %s, and %s above", n+1, ErrData, f[1], f[2], iso)
		}
		t.demonymISO[f[1]] = f[2]
		ws := strings.Fields(f[0])
		for _, w := range ws {
			for i := range len(w) {
				if c := w[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
					return fmt.Errorf("demonyms.tsv:%d: %w: %q: only ASCII letters, in words of one or two", n+1, ErrData, f[0])
				}
			}
		}
		if len(ws) > 2 {
			return fmt.Errorf("demonyms.tsv:%d: %w: %q: only ASCII letters, in words of one or two", n+1, ErrData, f[0])
		}
		form := strings.ToLower(strings.Join(ws, " "))
		if _, dup := t.demonymForm[form]; dup {
			return fmt.Errorf("demonyms.tsv:%d: %w: duplicate %q", n+1, ErrData, f[0])
		}
		t.demonymForm[form] = f[1]
		first := strings.ToLower(ws[0])
		if len(ws) == 2 {
			t.demonymFirst[first] = true
		}
		if len(first) < 2 || len(first) > maxDemonymWord || len(ws) == 2 && len(ws[1]) > maxDemonymWord {
			return fmt.Errorf("demonyms.tsv:%d: %w: %q: words of 2 to %d letters", n+1, ErrData, f[0], maxDemonymWord)
		}
		t.demonymLens[int(first[0]-'a')*26+int(first[1]-'a')] |= 1 << len(first)
		t.demonymKey[gazetteer.Normalize(f[0])] = true
	}
	return nil
}

// lines yields the non-empty, non-comment lines of s, trimmed.
func lines(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for line := range strings.SplitSeq(s, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(line) {
				return
			}
		}
	}
}

// nameLine splits a line of givennames.txt or forenames.txt into the name
// and whether a trailing "*" marks it as also an English adjective or verb
// ("Rich*", "Mark*").
func nameLine(line string) (name string, word bool) {
	name, word = strings.CutSuffix(line, "*")
	return name, word
}

// add records phrase p of a row of the given kind: it must hold an anchor
// word of its kind, and widens maxBefore and maxAfter to its words.
func (a *anchorSet) add(p, kind string) error {
	want := anchorRegion
	if kind == "cue" {
		want = anchorCue
	}
	toks := strings.Fields(gazetteer.Normalize(p))
	first, last, ok := -1, -1, false
	for i, w := range toks {
		if k := a.words[w]; k != 0 {
			if first < 0 {
				first = i
			}
			last = i
			ok = ok || k&want != 0
		}
	}
	if !ok {
		return fmt.Errorf("%w: phrase %q holds no anchor word of its kind", ErrData, p)
	}
	a.maxBefore = max(a.maxBefore, first)
	a.maxAfter = max(a.maxAfter, len(toks)-1-last)
	return nil
}
