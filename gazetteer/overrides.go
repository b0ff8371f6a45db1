package gazetteer

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// An Override is one line of an analyst's overrides file: a name whose
// reading is fixed, to an existing entry or to a new place.
type Override struct {
	Name    string // the name as written in the file
	Key     string // its Normalize form
	PlaceID string // the forced entry; for a new place, the ID WithOverrides gives it
	// Place is the new place a six-column line defines (ID empty until
	// WithOverrides assigns "override:<key with spaces as hyphens>"); nil
	// for a name<TAB>place_id line.
	Place  *Entry
	Source string // "FILE:LINE", for reasons and messages
}

// Overrides is a parsed overrides file, in file order.
type Overrides struct {
	Name  string // the file name it was read from
	Lines []Override
}

// ReadOverrides parses an analyst's overrides file read from r; name is
// used in messages and in every Override's Source. Each line is either
//
//	name<TAB>place_id
//
// which forces that reading of the name (an existing gazetteer ID such as
// geonames:2044757), or
//
//	name<TAB>lat<TAB>lon<TAB>country<TAB>admin1<TAB>feature_code
//
// which defines a new place (WGS 84 degrees, ISO 3166-1 alpha-2 country or
// empty, the first-level unit's English name or empty, a GeoNames feature
// code such as PPL, ADM2, MT). Blank lines and lines starting with # are
// ignored. A name may appear once. Errors name name:line and wrap ErrFormat.
func ReadOverrides(r io.Reader, name string) (Overrides, error) {
	o := Overrides{Name: name}
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(strings.TrimSpace(s), "#") {
			continue
		}
		f := strings.Split(s, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		ov := Override{Name: f[0], Key: Normalize(f[0]), Source: fmt.Sprintf("%s:%d", name, line)}
		if ov.Key == "" {
			return Overrides{}, fmt.Errorf("%s:%d: %w: empty name %q", name, line, ErrFormat, f[0])
		}
		switch len(f) {
		case 2:
			if f[1] == "" {
				return Overrides{}, fmt.Errorf("%s:%d: %w: empty place_id", name, line, ErrFormat)
			}
			ov.PlaceID = f[1]
		case 6:
			lat, err1 := strconv.ParseFloat(f[1], 64)
			lon, err2 := strconv.ParseFloat(f[2], 64)
			if err1 != nil || err2 != nil || !validCoord(lat, lon) {
				return Overrides{}, fmt.Errorf("%s:%d: %w: coordinates %q, %q", name, line, ErrFormat, f[1], f[2])
			}
			if f[3] != "" && !isISO2(f[3]) {
				return Overrides{}, fmt.Errorf("%s:%d: %w: country %q is not an ISO 3166-1 alpha-2 code", name, line, ErrFormat, f[3])
			}
			if f[5] == "" {
				return Overrides{}, fmt.Errorf("%s:%d: %w: empty feature_code", name, line, ErrFormat)
			}
			ov.Place = &Entry{Name: f[0], Lat: lat, Lon: lon, Country: strings.ToUpper(f[3]), Admin1: f[4],
				Code: f[5], Class: classOfCode(f[5])}
		default:
			return Overrides{}, fmt.Errorf("%s:%d: %w: %d columns, want name<TAB>place_id or name<TAB>lat<TAB>lon<TAB>country<TAB>admin1<TAB>feature_code",
				name, line, ErrFormat, len(f))
		}
		if prev, dup := seen[ov.Key]; dup {
			return Overrides{}, fmt.Errorf("%s:%d: %w: %q already overridden on line %d", name, line, ErrFormat, f[0], prev)
		}
		seen[ov.Key] = line
		o.Lines = append(o.Lines, ov)
	}
	if err := sc.Err(); err != nil {
		return Overrides{}, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return o, nil
}

func isISO2(s string) bool {
	return len(s) == 2 && strings.ToUpper(s) == s && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// classOfCode infers the GeoNames feature class of a feature code.
func classOfCode(code string) string {
	switch {
	case strings.HasPrefix(code, "PCL"), strings.HasPrefix(code, "ADM"), code == "TERR":
		return "A"
	case strings.HasPrefix(code, "PPL"):
		return "P"
	case strings.HasPrefix(code, "STM"), code == "LK", code == "SEA", code == "BAY", code == "RSV", code == "CNL":
		return "H"
	case code == "RGN" || code == "AREA":
		return "L"
	}
	return "T"
}

// WithOverrides returns a new gazetteer with the analyst's overrides
// applied: every overridden name is indexed as a name of its forced entry
// (a new place is added first, with ID "override:" and the name's key with
// hyphens for spaces), and Lookup and Match list that entry first under the
// name's keys, before curated aliases. Override reports the line for a
// mention's key, so that a geocoder can resolve it first. A place_id that
// names no entry, or a new place whose ID is taken, is an error naming the
// file and line; g is not changed.
func (g *Gazetteer) WithOverrides(o Overrides) (*Gazetteer, error) {
	if len(o.Lines) == 0 {
		return g, nil
	}
	entries := g.entries.all()
	var added []Entry
	lines := slices.Clone(o.Lines)
	for i := range lines {
		ov := &lines[i]
		if ov.Place == nil {
			if _, ok := g.entries.find(ov.PlaceID); !ok {
				return nil, fmt.Errorf("%s: %w: place_id %q is not in the gazetteer", ov.Source, ErrFormat, ov.PlaceID)
			}
			continue
		}
		e := *ov.Place
		e.ID = "override:" + strings.ReplaceAll(ov.Key, " ", "-")
		if _, ok := g.entries.find(e.ID); ok {
			return nil, fmt.Errorf("%s: %w: id %s already in the gazetteer", ov.Source, ErrFormat, e.ID)
		}
		p := e
		ov.Place, ov.PlaceID = &p, e.ID
		added = append(added, e)
	}
	entries = append(entries, added...)
	sorted, pos := sortByID(entries) // the new entries sorted in
	refs := slices.Grow(g.names.refs(), len(lines))
	for i := range refs {
		refs[i].e = pos[refs[i].e]
	}
	ovs := make(map[string]Override, len(g.overrides)+len(lines))
	maps.Copy(ovs, g.overrides)
	for _, ov := range lines {
		e, _ := entryIndex(sorted, ov.PlaceID)
		refs = append(refs, nameRef{ov.Name, e, tierForced})
		ovs[ov.Key] = ov
	}
	out := build(sorted, refs)
	out.overrides = ovs
	return out, nil
}

// Override returns the analyst's override for a place name (compared by its
// Normalize form), if any.
func (g *Gazetteer) Override(name string) (Override, bool) {
	if len(g.overrides) == 0 {
		return Override{}, false
	}
	ov, ok := g.overrides[Normalize(name)]
	return ov, ok
}
