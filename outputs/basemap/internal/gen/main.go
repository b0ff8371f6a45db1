// Command gen builds the embedded boundary tables of package basemap from
// Natural Earth files in ../shared/data/naturalearth: it keeps a few
// properties, simplifies every ring (Douglas–Peucker), rounds coordinates
// to 4 decimals, orients rings as RFC 7946 asks, and writes GeoJSON with
// features in a fixed order, plus SOURCE.md. Re-running it on the same
// inputs gives the same bytes.
//
//	go run ./outputs/basemap/internal/gen -data ../shared/data -out outputs/basemap/data
package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	orbjson "github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/simplify"
)

const (
	admin1Src    = "naturalearth/ne_10m_admin_1_states_provinces_KP_KR_CN.geojson"
	countriesSrc = "naturalearth/world-atlas_countries-10m_KP_KR_CN_RU_MN_JP_TW.geojson"
	roundFactor  = 1e4
)

// iso2 maps the ISO 3166-1 numeric ids of world-atlas to alpha-2 codes.
func iso2() map[string]string {
	return map[string]string{"408": "KP", "410": "KR", "156": "CN", "643": "RU", "496": "MN", "392": "JP", "158": "TW"}
}

// tolerance is the simplification threshold in degrees by country: finer
// for the Korean peninsula, coarser for the large neighbours.
func tolerance(country string) float64 {
	switch country {
	case "KP", "KR":
		return 0.004
	case "CN", "JP", "TW":
		return 0.015
	}
	return 0.04
}

// props are the properties kept, in output order.
type props struct {
	Country string `json:"country"`
	Name    string `json:"name"`
	Local   string `json:"name_local,omitempty"`
	Alt     string `json:"names,omitempty"` // further English spellings, "|"-separated
	GNID    int64  `json:"gn_id,omitempty"`
	Level   int    `json:"level"` // 0 country, 1 first-level admin unit
}

type feature struct {
	Type       string           `json:"type"`
	Properties props            `json:"properties"`
	Geometry   orbjson.Geometry `json:"geometry"`
}

func main() {
	data := flag.String("data", "../shared/data", "the shared data directory")
	out := flag.String("out", "outputs/basemap/data", "where to write")
	flag.Parse()
	if err := generate(*data, *out); err != nil {
		log.Fatal(err)
	}
}

// generate writes the tables and SOURCE.md from the files under data into out.
func generate(data, out string) error {
	var rows [][]string
	admin1, n1, err := build(data, admin1Src, func(p map[string]any) (props, bool) {
		c, _ := p["iso_a2"].(string)
		name, _ := p["name_en"].(string)
		if name == "" {
			name, _ = p["name"].(string)
		}
		gn, _ := p["gn_id"].(float64)
		alt := uniq(str(p["name"]), str(p["gn_name"]), str(p["woe_name"]), str(p["name_alt"]))
		return props{Country: c, Name: name, Local: str(p["name_local"]), Alt: alt, GNID: int64(gn), Level: 1}, c != "" && name != ""
	})
	if err != nil {
		return err
	}
	codes := iso2()
	countries, n0, err := build(data, countriesSrc, func(p map[string]any) (props, bool) {
		id := str(p["id"])
		if f, ok := p["id"].(float64); ok {
			id = strconv.Itoa(int(f))
		}
		c := codes[id]
		return props{Country: c, Name: str(p["name"]), Level: 0}, c != ""
	})
	if err != nil {
		return err
	}
	for _, f := range []struct {
		name, src string
		feats     []feature
		read      int
	}{{"admin1.geojson", admin1Src, admin1, n1}, {"countries.geojson", countriesSrc, countries, n0}} {
		b, err := encode(f.feats)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, f.name), b, 0o644); err != nil {
			return err
		}
		in, err := os.ReadFile(filepath.Join(data, f.src))
		if err != nil {
			return err
		}
		rows = append(rows, []string{f.name, strconv.Itoa(len(b)), sum(b), strconv.Itoa(len(f.feats)), f.src, strconv.Itoa(len(in)), sum(in), strconv.Itoa(f.read)})
	}
	return os.WriteFile(filepath.Join(out, "SOURCE.md"), source(rows), 0o644)
}

func str(v any) string { s, _ := v.(string); return strings.TrimSpace(s) }

// uniq joins the distinct non-empty names with "|".
func uniq(names ...string) string {
	var out []string
	for _, n := range names {
		if n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	b := bytes.Buffer{}
	for i, n := range out {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(n)
	}
	return b.String()
}

// build reads one source file and returns its kept features, sorted by
// country and name, and the number of features read.
func build(data, src string, keep func(map[string]any) (props, bool)) ([]feature, int, error) {
	b, err := os.ReadFile(filepath.Join(data, src))
	if err != nil {
		return nil, 0, err
	}
	fc, err := orbjson.UnmarshalFeatureCollection(b)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", src, err)
	}
	var out []feature
	for _, f := range fc.Features {
		p, ok := keep(f.Properties)
		if !ok {
			continue
		}
		mp := shape(f.Geometry, tolerance(p.Country))
		if len(mp) == 0 {
			continue
		}
		out = append(out, feature{Type: "Feature", Properties: p, Geometry: orbjson.Geometry{Coordinates: mp}})
	}
	slices.SortFunc(out, func(a, b feature) int {
		return cmp.Or(cmp.Compare(a.Properties.Country, b.Properties.Country), cmp.Compare(a.Properties.Name, b.Properties.Name))
	})
	return out, len(fc.Features), nil
}

// shape simplifies, rounds and orients g as a MultiPolygon, dropping rings
// that collapse.
func shape(g orb.Geometry, tol float64) orb.MultiPolygon {
	var polys orb.MultiPolygon
	switch g := g.(type) {
	case orb.Polygon:
		polys = orb.MultiPolygon{g}
	case orb.MultiPolygon:
		polys = g
	}
	var out orb.MultiPolygon
	for _, p := range polys {
		var np orb.Polygon
		for i, r := range p {
			r = simplify.DouglasPeucker(tol).Ring(r.Clone())
			r, _ = orb.Round(r, roundFactor).(orb.Ring)
			r = dedup(r)
			if len(r) < 4 {
				if i == 0 {
					break // the outer ring collapsed: drop the polygon
				}
				continue
			}
			// RFC 7946: exterior rings counterclockwise, holes clockwise.
			if (i == 0) != (r.Orientation() == orb.CCW) {
				r.Reverse()
			}
			np = append(np, r)
		}
		if len(np) > 0 {
			out = append(out, np)
		}
	}
	return out
}

// dedup removes consecutive repeated points that rounding made.
func dedup(r orb.Ring) orb.Ring {
	out := r[:0:0]
	for i, p := range r {
		if i > 0 && p == r[i-1] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// encode writes a FeatureCollection, one feature per line.
func encode(feats []feature) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"type":"FeatureCollection","features":[` + "\n")
	for i, f := range feats {
		f.Geometry.Type = "MultiPolygon"
		line, err := json.Marshal(f)
		if err != nil {
			return nil, err
		}
		b.Write(line)
		if i < len(feats)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]}\n")
	return b.Bytes(), nil
}

func sum(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

func source(rows [][]string) []byte {
	var b bytes.Buffer
	b.WriteString("# outputs/basemap/data — origin of the embedded boundaries\n\n")
	b.WriteString("Generated by `go run ./outputs/basemap/internal/gen -data ../shared/data -out outputs/basemap/data`\n")
	b.WriteString("(do not edit). The generator is deterministic: re-running it on the same inputs gives the same\n")
	b.WriteString("bytes, which `go test ./outputs/basemap/...` checks when ../shared/data is present.\n\n")
	b.WriteString("Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (public domain);\n")
	b.WriteString("the country outlines come through the world-atlas npm package (packaging ISC, © 2013-2019 Michael Bostock).\n")
	b.WriteString("Paths of inputs are relative to `shared/data`; its README.md says where each file comes from.\n\n")
	b.WriteString("| output | bytes | sha256 | features | input | bytes | sha256 | features read |\n|---|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s | %s | `%s` | %s |\n", r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])
	}
	b.WriteString(`
## What was done

* admin1.geojson: every feature of the NE 10m admin-1 subset (KP, KR, CN; NE v5.1). Kept: ` + "`country`" + ` (iso_a2),
  ` + "`name`" + ` (name_en, else name), ` + "`name_local`" + ` (Hangul/Chinese), ` + "`names`" + ` (name, gn_name, woe_name, name_alt),
  ` + "`gn_id`" + ` (the GeoNames id, the join key to the gazetteer's admin1 entries), ` + "`level`" + ` 1.
* countries.geojson: the seven countries of the world-atlas 10m subset (NE v4.1 admin-0; KP, KR, CN, RU, MN,
  JP, TW), ` + "`country`" + ` from the ISO numeric id, ` + "`name`" + `, ` + "`level`" + ` 0.
* Geometry: each ring simplified with Douglas–Peucker (threshold 0.004° for KP and KR, 0.015° for CN, JP, TW,
  0.04° otherwise; about 0.4 km, 1.5 km and 4 km), rounded to 4 decimals (≈10 m), consecutive duplicates
  removed, rings of fewer than 4 positions dropped (so are features left without a ring: the Paracel Islands), exterior rings counterclockwise and holes clockwise
  (RFC 7946). Simplification is per ring, so neighbouring provinces may show slivers or overlaps of up to
  the threshold along shared borders; fine for maps and extents, not for topology.
* Features sorted by country, then name; one per line.
`)
	return b.Bytes()
}
