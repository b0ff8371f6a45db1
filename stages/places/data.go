package places

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
)

// ErrData is wrapped by errors about malformed embedded data files.
var ErrData = errors.New("places: malformed data")

// The embedded data files; together about 10 kB.
var (
	//go:embed stoplist.txt
	stoplistTxt string
	//go:embed surnames.txt
	surnamesTxt string
	//go:embed regions.tsv
	regionsTSV string
)

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
	surnames map[string]bool   // as written (Kim) and upper-cased (KIM)
	regions  map[string]region // by ID
	// phrases is a gazetteer whose entries are the region phrases: entry ID
	// is the region ID, with the prefix "?" for focus phrases.
	phrases *gazetteer.Gazetteer
}

var loadTables = sync.OnceValues(func() (*tables, error) {
	t := &tables{stop: map[string]bool{}, surnames: map[string]bool{}, regions: map[string]region{}}
	for line := range lines(stoplistTxt) {
		t.stop[gazetteer.Normalize(line)] = true
	}
	for line := range lines(surnamesTxt) {
		t.surnames[line] = true
		t.surnames[strings.ToUpper(line)] = true
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
	return t, nil
})

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
