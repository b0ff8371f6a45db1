package basemap

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"
)

// parseGen reads b as parseOrb does when b is a FeatureCollection as
// internal/gen writes it: features of a "type", "properties" (strings and
// numbers) and a MultiPolygon "geometry", each position two numbers, no
// escaped strings, no other members. ok is false for anything else, valid
// or not, which parseOrb then reads (or rejects).
func parseGen(b []byte) (out []Area, ok bool) {
	s := jsonScanner{b: b}
	var typ string
	seen := false // features
	ok = s.object(func(key string) bool {
		var ok bool
		switch {
		case key == "type" && typ == "":
			typ, ok = s.str()
			return ok && typ == "FeatureCollection"
		case key == "features" && !seen:
			seen = true
			out, ok = s.features()
			return ok
		}
		return false
	})
	if !ok {
		return nil, false
	}
	s.space()
	if typ == "" || !seen || s.i != len(s.b) {
		return nil, false
	}
	return out, true
}

// A jsonScanner reads JSON from b at i.
type jsonScanner struct {
	b []byte
	i int
}

// space passes JSON white space.
func (s *jsonScanner) space() {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\n' || s.b[s.i] == '\r' || s.b[s.i] == '\t') {
		s.i++
	}
}

// byte passes white space and c, and reports whether c was there (else
// nothing but the space is passed).
func (s *jsonScanner) byte(c byte) bool {
	s.space()
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// str reads a string without escapes, of valid UTF-8.
func (s *jsonScanner) str() (string, bool) {
	if !s.byte('"') {
		return "", false
	}
	start := s.i
	for s.i < len(s.b) && s.b[s.i] != '"' {
		if c := s.b[s.i]; c == '\\' || c < ' ' {
			return "", false
		}
		s.i++
	}
	if s.i == len(s.b) || !utf8.Valid(s.b[start:s.i]) {
		return "", false
	}
	s.i++
	return string(s.b[start : s.i-1]), true
}

// num reads a number of the JSON grammar as encoding/json reads one into
// a float64.
func (s *jsonScanner) num() (float64, bool) {
	s.space()
	start := s.i
	digits := func() int {
		n := 0
		for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
			s.i++
			n++
		}
		return n
	}
	if s.i < len(s.b) && s.b[s.i] == '-' {
		s.i++
	}
	if s.i < len(s.b) && s.b[s.i] == '0' {
		s.i++
	} else if digits() == 0 {
		return 0, false
	}
	if s.i < len(s.b) && s.b[s.i] == '.' {
		s.i++
		if digits() == 0 {
			return 0, false
		}
	}
	if s.i < len(s.b) && (s.b[s.i] == 'e' || s.b[s.i] == 'E') {
		s.i++
		if s.i < len(s.b) && (s.b[s.i] == '+' || s.b[s.i] == '-') {
			s.i++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(string(s.b[start:s.i]), 64)
	return f, err == nil
}

// features reads the array of features.
func (s *jsonScanner) features() ([]Area, bool) {
	if !s.byte('[') {
		return nil, false
	}
	var out []Area
	if s.byte(']') {
		return []Area{}, true
	}
	for {
		a, ok := s.feature()
		if !ok {
			return nil, false
		}
		out = append(out, a)
		if s.byte(']') {
			return out, true
		}
		if !s.byte(',') {
			return nil, false
		}
	}
}

// feature reads one feature.
func (s *jsonScanner) feature() (Area, bool) {
	var a Area
	var typ, props, geom bool
	ok := s.object(func(key string) bool {
		switch {
		case key == "type" && !typ:
			typ = true
			t, ok := s.str()
			return ok && t == "Feature"
		case key == "properties" && !props:
			props = true
			return s.properties(&a)
		case key == "geometry" && !geom:
			geom = true
			var ok bool
			a.Shape, ok = s.geometry()
			return ok
		}
		return false
	})
	return a, ok && typ && props && geom
}

// properties reads the properties into a as parseOrb reads them; a
// property parseOrb reads of another type (it would panic) is not taken.
func (s *jsonScanner) properties(a *Area) bool {
	if !s.byte('{') {
		return false
	}
	if s.byte('}') {
		return true
	}
	var names string
	for {
		key, ok := s.str()
		if !ok || !s.byte(':') {
			return false
		}
		s.space()
		if s.i < len(s.b) && s.b[s.i] == '"' {
			v, ok := s.str()
			if !ok {
				return false
			}
			switch key {
			case "country":
				a.Country = v
			case "name":
				a.Name = v
			case "name_local":
				a.Local = v
			case "names":
				names = v
			case "level", "gn_id":
				return false
			}
		} else {
			v, ok := s.num()
			if !ok {
				return false
			}
			switch key {
			case "level":
				a.Level = int(v)
			case "gn_id":
				a.GeoNames = int64(v)
			case "country", "name", "name_local", "names":
				return false
			}
		}
		if s.byte('}') {
			break
		}
		if !s.byte(',') {
			return false
		}
	}
	if names != "" {
		a.Names = strings.Split(names, "|")
	}
	return true
}

// geometry reads a MultiPolygon geometry: its type and its coordinates.
func (s *jsonScanner) geometry() (orb.MultiPolygon, bool) {
	var mp orb.MultiPolygon
	var typ, coords bool
	ok := s.object(func(key string) bool {
		switch {
		case key == "type" && !typ:
			typ = true
			t, ok := s.str()
			return ok && t == "MultiPolygon"
		case key == "coordinates" && !coords:
			coords = true
			var ok bool
			mp, ok = s.multiPolygon()
			return ok
		}
		return false
	})
	if !ok {
		return nil, false
	}
	return mp, typ && coords
}

// multiPolygon reads the coordinates of a MultiPolygon.
func (s *jsonScanner) multiPolygon() (orb.MultiPolygon, bool) {
	mp := orb.MultiPolygon{}
	ok := s.array(func() bool {
		p := orb.Polygon{}
		ok := s.array(func() bool {
			r := orb.Ring{}
			ok := s.array(func() bool {
				var pt orb.Point
				ok := s.byte('[')
				if ok {
					pt[0], ok = s.num()
				}
				if ok && s.byte(',') {
					pt[1], ok = s.num()
				} else {
					ok = false
				}
				r = append(r, pt)
				return ok && s.byte(']')
			})
			p = append(p, r)
			return ok
		})
		mp = append(mp, p)
		return ok
	})
	return mp, ok
}

// object reads a non-empty object whose members member reads, each after
// its key and colon; false at the first member it refuses.
func (s *jsonScanner) object(member func(key string) bool) bool {
	if !s.byte('{') || s.byte('}') {
		return false
	}
	for {
		key, ok := s.str()
		if !ok || !s.byte(':') || !member(key) {
			return false
		}
		if s.byte('}') {
			return true
		}
		if !s.byte(',') {
			return false
		}
	}
}

// array reads an array whose elements elem reads.
func (s *jsonScanner) array(elem func() bool) bool {
	if !s.byte('[') {
		return false
	}
	if s.byte(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if s.byte(']') {
			return true
		}
		if !s.byte(',') {
			return false
		}
	}
}
