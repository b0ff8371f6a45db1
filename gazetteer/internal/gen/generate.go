package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"geotimeline/gazetteer"
	"geotimeline/gazetteer/internal/norm"
)

// The input files, relative to the -data directory.
const (
	fWOFLoc      = "wof/wof_kp_localities.tsv"
	fWOFAdmin    = "wof/wof_kp_admin_current.geojson"
	fCities15000 = "geonames/cities15000.txt"
	fCities500   = "geonames/cities500_KP_KR_CN-05-19.txt"
	fCitiesWorld = "geonames/cities500.txt" // only for first-level unit points
	fCountry     = "geonames/countryInfo.txt"
	fAdmin1      = "geonames/admin1CodesASCII.txt"
	fAdmin2      = "geonames/admin2_KP_KR_CN.cities-json.json"
	fNEAdmin0    = "naturalearth/ne_50m_admin_0_countries.geojson"
	fNEAdmin1    = "naturalearth/ne_10m_admin_1_states_provinces_KP_KR_CN.geojson"
	fNERivers    = "naturalearth/ne_10m_rivers_lake_centerlines_bbox118-132E_36-46N.geojson"
	fNEPeaks     = "naturalearth/ne_10m_geography_regions_elevation_points_bbox118-132E_36-46N.geojson"
	fNECountries = "naturalearth/world-atlas_countries-10m_KP_KR_CN_RU_MN_JP_TW.geojson"
	fAliases     = "aliases.tsv" // in the output directory
	fCurated     = "curated.tsv" // in the output directory
)

// kpAdmin1 lists the first-level units of North Korea under the English names
// the press uses, with the spellings (normalized keys) by which GeoNames, Who's
// On First and Natural Earth name them. Units are joined by these names, not
// by code, because the codes differ between dumps.
var kpAdmin1 = []struct {
	name  string
	spell []string
}{
	{"Chagang", []string{"chagang", "jagang", "chagang do", "jagang do"}},
	{"South Hamgyong", []string{"south hamgyong", "hamgyong namdo", "hamnam"}},
	{"South Hwanghae", []string{"south hwanghae", "hwanghae namdo"}},
	{"North Hwanghae", []string{"north hwanghae", "hwanghae bukto"}},
	{"Kangwon", []string{"kangwon", "kangwon do"}},
	{"North Pyongan", []string{"north pyongan", "pyongan bukto"}},
	{"Pyongyang", []string{"pyongyang", "pyongyang si", "pyongyang tukpyolsi"}},
	{"Ryanggang", []string{"ryanggang", "yanggang", "yanggang do", "ryanggang do"}},
	{"Nampo", []string{"nampo", "nampo si"}},
	{"South Pyongan", []string{"south pyongan", "pyongan namdo"}},
	{"North Hamgyong", []string{"north hamgyong", "hamgyong bukto", "hambuk"}},
	{"Rason", []string{"rason", "nason", "nason si", "rason si", "rajin sonbong"}},
	{"Kaesong", []string{"kaesong", "kaesong si"}},
}

// kpUnit returns the press name of the North Korean first-level unit called
// name in any source, or "".
func kpUnit(name string) string {
	k := norm.Normalize(name)
	k = strings.TrimSuffix(k, " province")
	for _, u := range kpAdmin1 {
		if slices.Contains(u.spell, k) {
			return u.name
		}
	}
	return ""
}

type rec struct {
	e     gazetteer.Entry
	names []string
	keys  map[string]bool // normalized forms of Name and names
}

func (r *rec) addNames(ns ...string) int {
	if r.keys == nil {
		r.keys = map[string]bool{norm.Normalize(r.e.Name): true}
	}
	added := 0
	for _, n := range gazetteer.KeepNames(r.e.Name, ns) {
		if strings.ContainsAny(n, "|\t\n\r") {
			continue
		}
		k := norm.Normalize(n)
		if r.keys[k] {
			continue
		}
		r.keys[k] = true
		r.names = append(r.names, n)
		added++
	}
	return added
}

type input struct {
	path          string
	size          int64
	sum           string
	rows          int // rows or features read
	created       int // entries created from it
	merged        int // rows merged into an existing entry
	licence, note string
}

type builder struct {
	// State of one run, filled step by step.
	admin1s      []*admin1Row
	admin1ByCode map[string]*admin1Row
	neByCode     map[string]neAdmin1
	cities15000  []gazetteer.GeoNamesRow
	cities500    []gazetteer.GeoNamesRow // the KP/KR/CN-05/19 subset
	borderRU     []string                // world cities500 rows of Primorsky Krai (RU.59)
	wofRegion    map[string]string       // WOF region id → KP press name
	countryPolys map[string][][][]pt
	isoNumeric   map[string]string // ISO numeric → ISO2
	wofCols      map[string]int
	wofAdmin     struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
			Geometry   geometry       `json:"geometry"`
		} `json:"features"`
	}

	counties []county // current WOF counties with their first-level unit
	curatedN int      // places read from curated.tsv

	data   string
	out    string // the output directory, which holds the hand-written tables
	recs   map[string]*rec
	inputs []*input
	byPath map[string]*input
	notes  []string
}

func (b *builder) in(path string) *input { return b.byPath[path] }

// read loads a source file and records its checksum.
func (b *builder) read(path, licence string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(b.data, path))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	in := &input{path: path, size: int64(len(data)), sum: hex.EncodeToString(sum[:]), licence: licence}
	b.inputs = append(b.inputs, in)
	b.byPath[path] = in
	return data, nil
}

// add inserts e, or returns the existing record with its ID and false.
func (b *builder) add(e gazetteer.Entry) (*rec, bool) {
	if r, ok := b.recs[e.ID]; ok {
		return r, false
	}
	r := &rec{e: e}
	b.recs[e.ID] = r
	return r, true
}

type stats struct{ entries, names, aliases int }

func generate(dataDir, outDir string) (stats, error) {
	b := &builder{data: dataDir, out: outDir, recs: map[string]*rec{}, byPath: map[string]*input{},
		admin1ByCode: map[string]*admin1Row{}, neByCode: map[string]neAdmin1{}, wofRegion: map[string]string{},
		countryPolys: map[string][][][]pt{}, isoNumeric: map[string]string{}, wofCols: map[string]int{}}
	steps := []func() error{b.admin1Names, b.countries, b.admin1, b.cities, b.admin2CN, b.wofLocalities, b.wofCounties, b.rivers, b.peaks, b.fillKPAdmin1, b.countySeats, b.curated, b.southKoreanRR}
	for _, s := range steps {
		if err := s(); err != nil {
			return stats{}, err
		}
	}
	return b.write(outDir)
}

// ---- GeoNames admin1 names -------------------------------------------------

type admin1Row struct {
	code, name, ascii, gid string
	english                string
	line                   int
}

// admin1Names reads admin1CodesASCII.txt and the NE admin1 file, and fixes
// the English name of every first-level unit.
func (b *builder) admin1Names() error {
	data, err := b.read(fAdmin1, "CC BY 4.0 (GeoNames)")
	if err != nil {
		return err
	}
	in := b.in(fAdmin1)
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return fmt.Errorf("%s:%d: %d columns, want 4", fAdmin1, i+1, len(f))
		}
		in.rows++
		r := &admin1Row{code: f[0], name: f[1], ascii: f[2], gid: f[3], english: f[1], line: i + 1}
		if strings.HasPrefix(r.code, "KP.") {
			r.english = kpUnit(r.name)
			if r.english == "" {
				return fmt.Errorf("%s:%d: North Korean unit %q matches no press name", fAdmin1, i+1, r.name)
			}
		}
		b.admin1s = append(b.admin1s, r)
	}
	slices.SortFunc(b.admin1s, func(a, c *admin1Row) int { return strings.Compare(a.code, c.code) })
	for _, r := range b.admin1s {
		b.admin1ByCode[r.code] = r
	}

	// Natural Earth admin1 for KP, KR, CN: English names and coordinates.
	features, err := b.readFeatures(fNEAdmin1, "public domain (Natural Earth)")
	if err != nil {
		return err
	}
	in = b.in(fNEAdmin1)
	for _, f := range features {
		in.rows++
		p := f.Properties
		code := str(p["gn_a1_code"])
		cc := str(p["iso_a2"])
		var r *admin1Row
		if cc == "KP" {
			// Join by name: the NE codes need not be the current ones.
			u := kpUnit(str(p["name_en"]))
			for _, a := range b.admin1s {
				if strings.HasPrefix(a.code, "KP.") && a.english == u {
					r = a
				}
			}
		} else {
			r = b.admin1ByCode[code]
		}
		if r == nil {
			continue
		}
		if cc != "KP" && str(p["name_en"]) != "" {
			r.english = str(p["name_en"])
		}
		lat, ok1 := p["latitude"].(float64)
		lon, ok2 := p["longitude"].(float64)
		ne := neAdmin1{lat: lat, lon: lon, hasCoord: ok1 && ok2}
		names := []string{str(p["name"]), str(p["name_en"]), str(p["gn_name"]), str(p["name_ko"])}
		if cc == "KP" {
			// KP alternates were checked by hand; KR's carry other units' names.
			names = append(names, strings.Split(str(p["name_alt"]), "|")...)
		} else {
			names = append(names, strings.Split(str(p["name_local"]), "|")...)
		}
		if str(p["type_en"]) == "Province" && str(p["name_en"]) != "" {
			names = append(names, str(p["name_en"])+" Province") // Jilin Province: the unit, not the city
		}
		ne.names = names
		b.neByCode[r.code] = ne
	}
	return nil
}

type neAdmin1 struct {
	lat, lon float64
	hasCoord bool
	names    []string
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s := str(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// english returns the English name of the admin1 unit cc.code.
func (b *builder) admin1English(code string) string {
	if r, ok := b.admin1ByCode[code]; ok {
		return r.english
	}
	return ""
}

// kpCode returns the current admin1 code of the KP unit with press name u.
func (b *builder) kpCode(u string) string {
	for _, a := range b.admin1s {
		if strings.HasPrefix(a.code, "KP.") && a.english == u {
			return a.code
		}
	}
	return ""
}

// feature is a GeoJSON Feature as the generator reads it.
type feature struct {
	Properties map[string]any `json:"properties"`
	Geometry   geometry       `json:"geometry"`
}

// readFeatures reads a GeoJSON FeatureCollection input file.
func (b *builder) readFeatures(name, licence string) ([]feature, error) {
	data, err := b.read(name, licence)
	if err != nil {
		return nil, err
	}
	var fc struct {
		Features []feature `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return fc.Features, nil
}

// ---- countries -----------------------------------------------------------

func (b *builder) countries() error {
	data, err := b.read(fCountry, "CC BY 4.0 (GeoNames)")
	if err != nil {
		return err
	}
	features, err := b.readFeatures(fNEAdmin0, "public domain (Natural Earth)")
	if err != nil {
		return err
	}
	b.in(fNEAdmin0).rows = len(features)
	// Read cities15000 here too: it is the fallback for countries without
	// a shape (their capital) and for admin1 coordinates.
	if err := b.readCities15000(); err != nil {
		return err
	}
	in := b.in(fCountry)
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 17 {
			return fmt.Errorf("%s:%d: %d columns, want 19", fCountry, i+1, len(f))
		}
		in.rows++
		iso, iso3, name, capital, gid := f[0], f[1], f[4], f[5], f[16]
		b.isoNumeric[strings.TrimLeft(f[2], "0")] = iso
		pop, _ := strconv.ParseInt(f[7], 10, 64)
		var names []string
		var at pt
		found := false
		for _, ft := range features {
			p := ft.Properties
			if str(p["ISO_A2"]) != iso && (str(p["ISO_A2"]) != "-99" || str(p["ADM0_A3"]) != iso3) {
				continue
			}
			polys, err := ft.Geometry.polygons()
			if err != nil {
				return fmt.Errorf("%s: %s: %w", fNEAdmin0, iso, err)
			}
			if c, ok := largestCentroid(polys); ok {
				at, found = c, true
				names = []string{str(p["ADMIN"]), str(p["NAME"]), str(p["NAME_LONG"]), str(p["FORMAL_EN"])}
				break
			}
		}
		how := "ne"
		if !found {
			// No Natural Earth shape: use the capital.
			for _, c := range b.cities15000 {
				if c.Entry.Country == iso && c.Entry.Name == capital {
					at, found, how = pt{c.Entry.Lon, c.Entry.Lat}, true, "capital"
					break
				}
			}
		}
		if !found || gid == "" {
			b.notes = append(b.notes, fmt.Sprintf("country %s (%s) dropped: no coordinates", iso, name))
			continue
		}
		if how == "capital" {
			b.notes = append(b.notes, fmt.Sprintf("country %s (%s): coordinates of its capital %s", iso, name, capital))
		}
		r, _ := b.add(gazetteer.Entry{
			ID: "geonames:" + gid, Name: name, Lat: at[1], Lon: at[0],
			Class: "A", Code: "PCLI", Country: iso, Population: pop,
		})
		r.addNames(names...)
		in.created++
	}
	return nil
}

// ---- admin1 ----------------------------------------------------------------

func (b *builder) admin1() error {
	// WOF regions (KP) for names and as a coordinate fallback.
	data, err := b.read(fWOFAdmin, "see LICENSE.whosonfirst.md (WOF; CC BY for quattroshapes and GeoNames parts, CC0 Mesoshapes)")
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, &b.wofAdmin); err != nil {
		return fmt.Errorf("%s: %w", fWOFAdmin, err)
	}
	in := b.in(fWOFAdmin)
	in.rows = len(b.wofAdmin.Features)
	wofRegionFeature := map[string]map[string]any{}
	for _, f := range b.wofAdmin.Features {
		p := f.Properties
		switch str(p["wof:placetype"]) {
		case "region":
			u := kpUnit(str(p["wof:name"]))
			if u == "" {
				return fmt.Errorf("%s: region %s %q matches no press name", fWOFAdmin, str(p["wof:id"]), str(p["wof:name"]))
			}
			b.wofRegion[str(p["wof:id"])] = u
			wofRegionFeature[u] = p
		case "country":
			if r, ok := b.recs["geonames:1873107"]; ok {
				if r.addNames(str(p["wof:name"]), str(p["name:kor_x_preferred"])) > 0 {
					in.merged++
				}
			}
		}
	}

	// The extent of each admin1 unit's cities500 places.
	extent, err := b.admin1Extents()
	if err != nil {
		return err
	}

	// Population-weighted means of the cities15000 of each admin1 unit.
	type acc struct {
		ps []pt
		w  []float64
	}
	means := map[string]*acc{}
	for _, c := range b.cities15000 {
		code := c.Entry.Admin1Code
		if code == "" {
			continue
		}
		a := means[code]
		if a == nil {
			a = &acc{}
			means[code] = a
		}
		a.ps = append(a.ps, pt{c.Entry.Lon, c.Entry.Lat})
		a.w = append(a.w, float64(max(c.Entry.Population, 1)))
	}

	ain := b.in(fAdmin1)
	dropped := 0
	for _, a := range b.admin1s {
		cc := a.code[:2]
		var at pt
		found := false
		ne, hasNE := b.neByCode[a.code]
		if (cc == "KP" || cc == "KR" || cc == "CN") && hasNE && ne.hasCoord {
			at, found = pt{ne.lon, ne.lat}, true
		}
		var wofP map[string]any
		if cc == "KP" {
			wofP = wofRegionFeature[a.english]
			if !found && wofP != nil {
				lat, ok1 := wofP["geom:latitude"].(float64)
				lon, ok2 := wofP["geom:longitude"].(float64)
				if ok1 && ok2 {
					at, found = pt{lon, lat}, true
					b.notes = append(b.notes, fmt.Sprintf("admin1 %s (%s): WOF region centroid", a.code, a.english))
				}
			}
		}
		if e := extent[a.code]; !found && cc != "KP" && cc != "KR" && cc != "CN" && e != nil && len(e.lats) >= 3 {
			at, found = e.mid(), true
		}
		if !found {
			if m := means[a.code]; m != nil {
				at, found = weightedMean(m.ps, m.w), true
				if cc == "KP" || cc == "KR" || cc == "CN" {
					b.notes = append(b.notes, fmt.Sprintf("admin1 %s (%s): population-weighted mean of its cities15000", a.code, a.english))
				}
			}
		}
		if !found {
			dropped++
			continue
		}
		r, created := b.add(gazetteer.Entry{
			ID: "geonames:" + a.gid, Name: a.english, Lat: at[1], Lon: at[0],
			Class: "A", Code: "ADM1", Country: cc, Admin1: a.english, Admin1Code: a.code,
		})
		if !created {
			return fmt.Errorf("%s:%d: geonameid %s already used", fAdmin1, a.line, a.gid)
		}
		ain.created++
		r.addNames(a.name, a.ascii)
		if hasNE {
			r.addNames(ne.names...)
		}
		if wofP != nil {
			// The WOF Rasŏn region carries North Hamgyong's names; keep
			// only names that do not belong to another unit.
			var ns []string
			ns = append(ns, str(wofP["wof:name"]), str(wofP["wk:page"]))
			ns = append(ns, strs(wofP["name:eng_x_preferred"])...)
			ns = append(ns, strs(wofP["name:kor_x_preferred"])...)
			for _, n := range ns {
				n = strings.TrimSpace(strings.Split(n, "(")[0])
				if u := kpUnit(n); u != "" && u != a.english {
					continue
				}
				if n == "" || (wofP["wof:name"] != nil && str(wofP["wof:name"]) == "Rasŏn" && hangulOther(n, a.english)) {
					continue
				}
				if r.addNames(n) > 0 {
					in.merged++
				}
			}
		}
	}
	b.notes = append(b.notes, fmt.Sprintf("admin1: %d units without NE point or any cities15000 city dropped (no coordinates)", dropped))
	return nil
}

// extentAcc collects the coordinates of one unit's places.
type extentAcc struct{ lats, lons []float64 }

// mid returns the middle of the extent of the places, with the outermost 2%
// on each side left out (an exclave or a stray row does not pull it), and
// longitudes taken across the antimeridian when that makes the extent
// narrower (the Aleutians, Chukotka).
func (e *extentAcc) mid() pt {
	lats := slices.Clone(e.lats)
	lons := slices.Clone(e.lons)
	slices.Sort(lats)
	slices.Sort(lons)
	lo, hi := trimmed(lons)
	if hi-lo > 180 {
		for i, x := range lons {
			if x < 0 {
				lons[i] = x + 360
			}
		}
		slices.Sort(lons)
		if lo2, hi2 := trimmed(lons); hi2-lo2 < hi-lo {
			lo, hi = lo2, hi2
		}
	}
	la, lb := trimmed(lats)
	lon := (lo + hi) / 2
	if lon > 180 {
		lon -= 360
	}
	return pt{lon, (la + lb) / 2}
}

// trimmed returns the 2nd and 98th percentiles of sorted xs.
func trimmed(xs []float64) (float64, float64) {
	k := len(xs) / 50
	return xs[k], xs[len(xs)-1-k]
}

// admin1Extents reads the world cities500 file and returns, for every
// admin1 code, the coordinates of its places. Outside KP, KR and CN a
// unit's point is the middle of this extent: GeoNames places a first-level
// unit near its geometric middle, which a population-weighted mean of its
// cities misses by hundreds of km (Illinois drawn to Chicago).
func (b *builder) admin1Extents() (map[string]*extentAcc, error) {
	data, err := b.read(fCitiesWorld, "CC BY 4.0 (GeoNames)")
	if err != nil {
		return nil, err
	}
	in := b.in(fCitiesWorld)
	in.note = "coordinates and admin1 codes for first-level unit points; the places of Primorsky Krai (RU.59)"
	out := map[string]*extentAcc{}
	text := string(data)
	var f [19]string
	for line := 1; text != ""; line++ {
		var s string
		s, text, _ = strings.Cut(text, "\n")
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
		if n != 18 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 19", fCitiesWorld, line, n+1)
		}
		in.rows++
		if f[8] == "" || f[10] == "" || f[10] == "00" {
			continue
		}
		if f[8] == primorsky[0] && f[10] == primorsky[1] {
			b.borderRU = append(b.borderRU, strings.Join(f[:], "\t"))
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%s:%d: bad coordinates %q %q", fCitiesWorld, line, f[4], f[5])
		}
		code := f[8] + "." + f[10]
		e := out[code]
		if e == nil {
			e = &extentAcc{}
			out[code] = e
		}
		e.lats = append(e.lats, lat)
		e.lons = append(e.lons, lon)
	}
	return out, nil
}

// hangulOther reports whether the Hangul name n names a unit other than u
// (the WOF Rasŏn region has 나선, which is right, but guard anyway).
func hangulOther(n, u string) bool {
	return strings.HasPrefix(n, "함경") && u == "Rason"
}

// ---- cities -----------------------------------------------------------------

func (b *builder) readCities15000() error {
	data, err := b.read(fCities15000, "CC BY 4.0 (GeoNames)")
	if err != nil {
		return err
	}
	in := b.in(fCities15000)
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		row, err := gazetteer.ParseGeoNamesRow(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", fCities15000, i+1, err)
		}
		in.rows++
		b.cities15000 = append(b.cities15000, row)
	}
	return nil
}

// cityEntry finishes a GeoNames city row: press spelling and Admin1.
func (b *builder) cityEntry(row gazetteer.GeoNamesRow) gazetteer.Entry {
	e := row.Entry
	e.Admin1 = b.admin1English(e.Admin1Code)
	if e.Country == "KP" {
		e.Name = norm.Fold(e.Name)
	}
	return e
}

func (b *builder) cities() error {
	in := b.in(fCities15000)
	for _, row := range b.cities15000 {
		b.addCity(in, row, worldNames(row))
	}
	data, err := b.read(fCities500, "CC BY 4.0 (GeoNames)")
	if err != nil {
		return err
	}
	in = b.in(fCities500)
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		row, err := gazetteer.ParseGeoNamesRow(line)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", fCities500, i+1, err)
		}
		in.rows++
		b.cities500 = append(b.cities500, row)
		b.addCity(in, row, row.Names)
	}
	// Primorsky Krai, across the Tumen from Rason: its towns and villages
	// (Khasan, Tumannaya, Slavyanka) as the KP/KR/CN subset has them, with
	// their Latin and Hangul names.
	in = b.in(fCitiesWorld)
	for _, line := range b.borderRU {
		row, err := gazetteer.ParseGeoNamesRow(line)
		if err != nil {
			return fmt.Errorf("%s: %w", fCitiesWorld, err)
		}
		var names []string
		for _, n := range row.Names {
			if scriptOf(n) == norm.Hangul || latinOnly(n) {
				names = append(names, n)
			}
		}
		b.addCity(in, row, names)
	}
	return nil
}

// addCity adds a GeoNames city row with its name and names, counting it
// in as created or merged into an existing entry.
func (b *builder) addCity(in *input, row gazetteer.GeoNamesRow, names []string) {
	r, created := b.add(b.cityEntry(row))
	if created {
		in.created++
	} else {
		in.merged++
	}
	r.addNames(row.Entry.Name)
	r.addNames(names...)
}

// primorsky is the GeoNames admin1 code of Primorsky Krai, the Russian
// side of North Korea's border, whose places cities500.txt adds.
var primorsky = [2]string{"RU", "59"}

// latinOnly reports a name written in Latin letters (with marks, digits,
// spaces and punctuation): no Cyrillic.
func latinOnly(n string) bool {
	for _, r := range n {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// worldNames bounds the names kept for a cities15000 row: all of them in KP,
// KR and CN; elsewhere Hangul always, Han/Kana only in JP and TW, and Latin
// alternates only for cities of 100,000 people or more (the smaller towns'
// foreign exonyms rarely appear in English news and cost load time).
func worldNames(row gazetteer.GeoNamesRow) []string {
	switch row.Entry.Country {
	case "KP", "KR", "CN":
		return row.Names
	}
	var out []string
	for _, n := range row.Names {
		cls := scriptOf(n)
		switch {
		case cls == norm.Hangul:
			out = append(out, n)
		case cls == norm.Han:
			if row.Entry.Country == "JP" || row.Entry.Country == "TW" {
				out = append(out, n)
			}
		case row.Entry.Population >= 100000:
			out = append(out, n)
		}
	}
	return out
}

// scriptOf returns Hangul or Han when s holds such letters, else Word.
func scriptOf(s string) norm.Class {
	for _, r := range s {
		if c := norm.ClassOf(r); c == norm.Hangul || c == norm.Han {
			return c
		}
	}
	return norm.Word
}

// admin2CN adds the prefectures of the Chinese border provinces Jilin and
// Liaoning (Yanbian, Dandong Shi, ...) from the GeoNames admin2 names, placed
// at the population-weighted mean of their cities500 places. The admin2
// file has no geonameids, so their ids are geonames-adm2:<code>.
func (b *builder) admin2CN() error {
	data, err := b.read(fAdmin2, "CC BY 4.0 (GeoNames)")
	if err != nil {
		return err
	}
	var rows []struct{ Code, Name string }
	if err := json.Unmarshal(data, &rows); err != nil {
		return fmt.Errorf("%s: %w", fAdmin2, err)
	}
	in := b.in(fAdmin2)
	in.rows = len(rows)
	slices.SortFunc(rows, func(a, c struct{ Code, Name string }) int { return strings.Compare(a.Code, c.Code) })
	for _, r := range rows {
		if !strings.HasPrefix(r.Code, "CN.05.") && !strings.HasPrefix(r.Code, "CN.19.") {
			continue
		}
		var ps []pt
		var ws []float64
		for _, c := range b.cities500 {
			if c.Entry.Country == "CN" && c.Entry.Admin1Code == r.Code[:5] && "CN."+c.Entry.Admin1Code[3:]+"."+c.Admin2Code == r.Code {
				ps = append(ps, pt{c.Entry.Lon, c.Entry.Lat})
				ws = append(ws, float64(max(c.Entry.Population, 1)))
			}
		}
		if len(ps) == 0 {
			b.notes = append(b.notes, fmt.Sprintf("admin2 %s (%s) dropped: no cities500 place", r.Code, r.Name))
			continue
		}
		at := weightedMean(ps, ws)
		_, created := b.add(gazetteer.Entry{ID: "geonames-adm2:" + r.Code, Name: r.Name, Lat: at[1], Lon: at[0],
			Class: "A", Code: "ADM2", Country: "CN", Admin1Code: r.Code[:5], Admin1: b.admin1English(r.Code[:5])})
		if !created {
			return fmt.Errorf("%s: %s twice", fAdmin2, r.Code)
		}
		in.created++
	}
	return nil
}

// ---- WOF localities ----------------------------------------------------------

type wofRow struct {
	f    []string
	line int
	cols map[string]int
}

func (w wofRow) col(name string) string { return w.f[w.cols[name]] }

func (b *builder) wofLocalities() error {
	data, err := b.read(fWOFLoc, "see LICENSE.whosonfirst.md (WOF; GeoNames-derived values CC BY 4.0)")
	if err != nil {
		return err
	}
	in := b.in(fWOFLoc)
	lines := strings.Split(string(data), "\n")
	for i, c := range strings.Split(lines[0], "\t") {
		b.wofCols[c] = i
	}
	for _, c := range []string{"wof_id", "gn_geonameid", "wof_name", "gn_name", "gn_asciiname", "latitude", "longitude",
		"wof_placetype", "gn_feature_class", "gn_feature_code", "gn_population", "region_id", "mz_is_current",
		"name_kor_x_preferred", "name_kor_x_variant", "name_eng_x_preferred", "name_eng_x_variant", "name_und_x_variant"} {
		if _, ok := b.wofCols[c]; !ok {
			return fmt.Errorf("%s:1: no column %s", fWOFLoc, c)
		}
	}
	groups := map[string][]wofRow{} // geonameid → rows
	var plain []wofRow              // rows without a geonameid
	for i, line := range lines[1:] {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != len(b.wofCols) {
			return fmt.Errorf("%s:%d: %d columns, want %d", fWOFLoc, i+2, len(f), len(b.wofCols))
		}
		in.rows++
		row := wofRow{f, i + 2, b.wofCols}
		gid := strings.TrimSuffix(row.col("gn_geonameid"), ".0")
		if gid != "" {
			groups[gid] = append(groups[gid], row)
		} else {
			plain = append(plain, row)
		}
	}
	rank := func(r wofRow) int {
		switch r.col("mz_is_current") {
		case "1":
			return 0
		case "0":
			return 1
		}
		return 2
	}
	gids := make([]string, 0, len(groups))
	for g := range groups {
		gids = append(gids, g)
	}
	slices.Sort(gids)
	for _, gid := range gids {
		rows := groups[gid]
		slices.SortStableFunc(rows, func(a, c wofRow) int {
			if d := cmp.Compare(rank(a), rank(c)); d != 0 {
				return d
			}
			if d := cmp.Compare(boolInt(a.col("gn_feature_code") == ""), boolInt(c.col("gn_feature_code") == "")); d != 0 {
				return d
			}
			return cmp.Compare(a.line, c.line)
		})
		best := rows[0]
		e, err := b.wofEntry(best, "geonames:"+gid)
		if err != nil {
			return err
		}
		r, created := b.add(e)
		if created {
			in.created++
		} else {
			in.merged++
			// The WOF English name drops the suffix GeoNames keeps
			// (Sariwŏn-si → Sariwon); where the two differ otherwise
			// (Namp'o, WOF Nampho) the GeoNames spelling, which the
			// press follows, stays.
			if pref := best.col("name_eng_x_preferred"); pref != "" && r.e.Country == "KP" {
				wof := norm.Fold(strings.Split(pref, "|")[0])
				if slices.Contains(norm.Keys(r.e.Name), norm.Normalize(wof)) {
					old := r.e.Name
					r.e.Name = wof
					r.addNames(old)
				}
			}
			if r.e.Population == 0 {
				r.e.Population = e.Population
			}
			if r.e.Admin1 == "" {
				r.e.Admin1, r.e.Admin1Code = e.Admin1, e.Admin1Code
			}
		}
		for _, row := range rows {
			r.addNames(wofNames(row)...)
		}
	}

	// Rows without a geonameid: merge into a nearby KP entry sharing a
	// name key, or keep as wof: entries.
	keyIdx := map[string][]*rec{}
	ids := make([]string, 0, len(b.recs))
	for id := range b.recs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		r := b.recs[id]
		if r.e.Country != "KP" || r.e.Class != "P" {
			continue
		}
		for _, n := range append([]string{r.e.Name}, r.names...) {
			for _, k := range norm.Keys(n) {
				keyIdx[k] = append(keyIdx[k], r)
			}
		}
	}
	for _, row := range plain {
		e, err := b.wofEntry(row, "wof:"+row.col("wof_id"))
		if err != nil {
			return err
		}
		names := wofNames(row)
		var near *rec
		bestD := 15.0
		for _, n := range append([]string{e.Name}, names...) {
			for _, k := range norm.Keys(n) {
				for _, r := range keyIdx[k] {
					if d := distKm(pt{r.e.Lon, r.e.Lat}, pt{e.Lon, e.Lat}); d < bestD || (d == bestD && near != nil && r.e.ID < near.e.ID) {
						near, bestD = r, d
					}
				}
			}
		}
		if near != nil {
			near.addNames(e.Name)
			near.addNames(names...)
			in.merged++
			continue
		}
		r, created := b.add(e)
		if created {
			in.created++
		}
		r.addNames(names...)
	}
	return nil
}

func (b *builder) wofEntry(row wofRow, id string) (gazetteer.Entry, error) {
	lat, err1 := strconv.ParseFloat(row.col("latitude"), 64)
	lon, err2 := strconv.ParseFloat(row.col("longitude"), 64)
	if err1 != nil || err2 != nil {
		return gazetteer.Entry{}, fmt.Errorf("%s:%d: bad coordinates", fWOFLoc, row.line)
	}
	name := strings.Split(row.col("name_eng_x_preferred"), "|")[0]
	if name == "" {
		name = row.col("gn_name")
	}
	if name == "" {
		name = row.col("wof_name")
	}
	e := gazetteer.Entry{ID: id, Name: norm.Fold(name), Lat: lat, Lon: lon, Class: row.col("gn_feature_class"),
		Code: row.col("gn_feature_code"), Country: "KP"}
	if e.Class == "" {
		e.Class, e.Code = "P", "PPL"
		if row.col("wof_placetype") == "neighbourhood" {
			e.Code = "PPLX"
		}
	}
	if p := strings.TrimSuffix(row.col("gn_population"), ".0"); p != "" {
		e.Population, _ = strconv.ParseInt(p, 10, 64)
	}
	if u := b.wofRegion[row.col("region_id")]; u != "" {
		e.Admin1, e.Admin1Code = u, b.kpCode(u)
	}
	return e, nil
}

func wofNames(row wofRow) []string {
	var out []string
	for _, c := range []string{"wof_name", "gn_name", "gn_asciiname", "name_eng_x_preferred", "name_eng_x_variant",
		"name_kor_x_preferred", "name_kor_x_variant", "name_und_x_variant"} {
		if v := row.col(c); v != "" {
			out = append(out, strings.Split(v, "|")...)
		}
	}
	return out
}

// ---- WOF counties --------------------------------------------------------

func (b *builder) wofCounties() error {
	in := b.in(fWOFAdmin)
	for _, f := range b.wofAdmin.Features {
		p := f.Properties
		if str(p["wof:placetype"]) != "county" {
			continue
		}
		lat, ok1 := p["lbl:latitude"].(float64)
		lon, ok2 := p["lbl:longitude"].(float64)
		if !ok1 || !ok2 {
			lat, ok1 = p["geom:latitude"].(float64)
			lon, ok2 = p["geom:longitude"].(float64)
		}
		if !ok1 || !ok2 {
			continue
		}
		name := str(p["name:eng_x_preferred"])
		if name == "" {
			name = str(p["wof:name"])
		}
		e := gazetteer.Entry{ID: "wof:" + str(p["wof:id"]), Name: norm.Fold(name), Lat: lat, Lon: lon,
			Class: "A", Code: "ADM2", Country: "KP"}
		region := str(p["wof:parent_id"])
		if h, ok := p["wof:hierarchy"].([]any); ok && len(h) > 0 {
			if m, ok := h[0].(map[string]any); ok && b.wofRegion[str(m["region_id"])] != "" {
				region = str(m["region_id"])
			}
		}
		if u := b.wofRegion[region]; u != "" {
			e.Admin1, e.Admin1Code = u, b.kpCode(u)
		}
		r, created := b.add(e)
		if !created {
			return fmt.Errorf("%s: county %s twice", fWOFAdmin, e.ID)
		}
		if e.Admin1 != "" {
			polys, err := f.Geometry.polygons()
			if err != nil {
				return fmt.Errorf("%s: county %s: %w", fWOFAdmin, e.ID, err)
			}
			b.counties = append(b.counties, county{id: e.ID, admin1: e.Admin1, code: e.Admin1Code, at: pt{e.Lon, e.Lat}, polys: polys, bbox: bboxOf(polys)})
		}
		in.created++
		var ns []string
		ns = append(ns, str(p["wof:name"]), str(p["meso:name_en"]), str(p["meso:name_alt"]))
		for _, k := range []string{"name:eng_x_variant", "label:eng_x_preferred_longname", "name:kor_x_preferred", "name:kor_x_variant"} {
			ns = append(ns, strs(p[k])...)
		}
		r.addNames(ns...)
	}
	return nil
}

type county struct {
	id, admin1, code string
	at               pt // label point
	polys            [][][]pt
	bbox             [4]float64 // min lon, min lat, max lon, max lat
}

func bboxOf(polys [][][]pt) [4]float64 {
	bb := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range polys {
		for _, ring := range p {
			for _, q := range ring {
				bb[0], bb[1] = math.Min(bb[0], q[0]), math.Min(bb[1], q[1])
				bb[2], bb[3] = math.Max(bb[2], q[0]), math.Max(bb[3], q[1])
			}
		}
	}
	return bb
}

// fillKPAdmin1 gives North Korean places that have no first-level unit yet
// (their WOF region is deprecated, or the GeoNames row has no admin1 code)
// the unit of the current WOF county polygon that contains them.
func (b *builder) fillKPAdmin1() error {
	ids := make([]string, 0, len(b.recs))
	for id, r := range b.recs {
		if r.e.Country == "KP" && r.e.Admin1 == "" && r.e.Class != "H" && r.e.Code != "PCLI" { // a country lies in no province
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	filled, near := 0, 0
	for _, id := range ids {
		r := b.recs[id]
		p := pt{r.e.Lon, r.e.Lat}
		for _, c := range b.counties {
			if p[0] < c.bbox[0] || p[0] > c.bbox[2] || p[1] < c.bbox[1] || p[1] > c.bbox[3] || !inPolygons(p, c.polys) {
				continue
			}
			r.e.Admin1, r.e.Admin1Code = c.admin1, c.code
			filled++
			break
		}
		if r.e.Admin1 != "" {
			continue
		}
		// Off the polygons (islands, coast): the nearest county label
		// point within 30 km.
		best, bestD := -1, 30.0
		for i, c := range b.counties {
			if d := distKm(p, c.at); d < bestD {
				best, bestD = i, d
			}
		}
		if best >= 0 {
			r.e.Admin1, r.e.Admin1Code = b.counties[best].admin1, b.counties[best].code
			near++
		}
	}
	b.notes = append(b.notes, fmt.Sprintf("KP first-level unit of %d places without one: %d from the containing WOF county polygon, %d from the nearest county label point within 30 km", len(ids), filled, near))
	return nil
}

// countySeats marks as PPLA2 (seat of a second-level unit) the North Korean
// populated place that shares a name with a WOF county and lies nearest its
// label point, within 25 km. Many county seats have no population in the
// sources, and without this they would rank behind villages of the same name
// elsewhere (Tanchon, Kapsan).
func (b *builder) countySeats() error {
	keyIdx := map[string][]*rec{}
	ids := make([]string, 0, len(b.recs))
	for id, r := range b.recs {
		if r.e.Country == "KP" && r.e.Class == "P" && r.e.Code == "PPL" {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		r := b.recs[id]
		for _, n := range append([]string{r.e.Name}, r.names...) {
			for _, k := range norm.Keys(n) {
				keyIdx[k] = append(keyIdx[k], r)
			}
		}
	}
	marked := 0
	for _, c := range b.counties {
		cr := b.recs[c.id]
		var best *rec
		bestD := 25.0
		for _, n := range append([]string{cr.e.Name}, cr.names...) {
			for _, k := range norm.Keys(n) {
				for _, r := range keyIdx[k] {
					d := distKm(c.at, pt{r.e.Lon, r.e.Lat})
					if d < bestD || (d == bestD && best != nil && r.e.ID < best.e.ID) {
						best, bestD = r, d
					}
				}
			}
		}
		if best != nil && best.e.Code == "PPL" {
			best.e.Code = "PPLA2"
			marked++
		}
	}
	b.notes = append(b.notes, fmt.Sprintf("KP county seats: %d places marked PPLA2 (same name as a WOF county, nearest its label point within 25 km)", marked))
	return nil
}

// southKoreanRR adds the Revised Romanization of every Hangul name of a
// South Korean entry (see romanizeRR): GeoNames writes Goseong, Gangwon as
// "Kosong", the press "Goseong".
func (b *builder) southKoreanRR() error {
	ids := make([]string, 0, len(b.recs))
	for id, r := range b.recs {
		if r.e.Country == "KR" {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	added := 0
	for _, id := range ids {
		r := b.recs[id]
		added += r.addNames(rrNames(append([]string{r.e.Name}, r.names...))...)
	}
	b.notes = append(b.notes, fmt.Sprintf("KR: %d Revised Romanization spellings added from the Hangul names of %d South Korean entries", added, len(ids)))
	return nil
}

// ---- Natural Earth rivers and peaks ----------------------------------------

func (b *builder) loadCountryPolys() error {
	if len(b.countryPolys) > 0 {
		return nil
	}
	features, err := b.readFeatures(fNECountries, "public domain (Natural Earth); packaging ISC")
	if err != nil {
		return err
	}
	b.in(fNECountries).rows = len(features)
	for _, f := range features {
		iso := b.isoNumeric[strings.TrimLeft(str(f.Properties["id"]), "0")]
		if iso == "" {
			return fmt.Errorf("%s: unknown country id %v", fNECountries, f.Properties["id"])
		}
		polys, err := f.Geometry.polygons()
		if err != nil {
			return fmt.Errorf("%s: %s: %w", fNECountries, iso, err)
		}
		b.countryPolys[iso] = polys
	}
	return nil
}

// countryAt returns the ISO2 code of the country (of the few loaded) that
// contains p, or "".
func (b *builder) countryAt(p pt) string {
	isos := make([]string, 0, len(b.countryPolys))
	for iso := range b.countryPolys {
		isos = append(isos, iso)
	}
	slices.Sort(isos)
	for _, iso := range isos {
		if inPolygons(p, b.countryPolys[iso]) {
			return iso
		}
	}
	return ""
}

func slug(s string) string {
	return strings.ReplaceAll(norm.Normalize(s), " ", "-")
}

func (b *builder) rivers() error {
	if err := b.loadCountryPolys(); err != nil {
		return err
	}
	features, err := b.readFeatures(fNERivers, "public domain (Natural Earth); conversion CC0")
	if err != nil {
		return err
	}
	in := b.in(fNERivers)
	type river struct {
		name    string
		alts    []string
		longest []pt
	}
	rivers := map[string]*river{}
	for _, f := range features {
		in.rows++
		p := f.Properties
		name := str(p["name_en"])
		if name == "" {
			name = str(p["name"])
		}
		if name == "" {
			continue
		}
		rv := rivers[name]
		if rv == nil {
			rv = &river{name: name}
			rivers[name] = rv
		}
		rv.alts = append(rv.alts, str(p["name"]), str(p["name_alt"]))
		lines, err := f.Geometry.lines()
		if err != nil {
			return fmt.Errorf("%s: %s: %w", fNERivers, name, err)
		}
		for _, l := range lines {
			if lineLength(l) > lineLength(rv.longest) {
				rv.longest = l
			}
		}
	}
	names := make([]string, 0, len(rivers))
	for n := range rivers {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		rv := rivers[n]
		if len(rv.longest) == 0 {
			continue
		}
		at := midpoint(rv.longest)
		r, created := b.add(gazetteer.Entry{ID: "ne:river:" + slug(n), Name: n + " River", Lat: at[1], Lon: at[0],
			Class: "H", Code: "STM", Country: b.countryAt(at)})
		if !created {
			return fmt.Errorf("%s: river %s twice", fNERivers, n)
		}
		in.created++
		// The bare name only when it is distinctive; short ones (Han, Yi,
		// Liao) are also surnames and come through the alias table if needed.
		var ns []string
		for _, a := range append([]string{n}, rv.alts...) {
			if a == "" {
				continue
			}
			ns = append(ns, a+" River")
			if len([]rune(a)) >= 5 {
				ns = append(ns, a)
			}
		}
		r.addNames(ns...)
	}
	return nil
}

func (b *builder) peaks() error {
	features, err := b.readFeatures(fNEPeaks, "public domain (Natural Earth)")
	if err != nil {
		return err
	}
	in := b.in(fNEPeaks)
	for _, f := range features {
		in.rows++
		p := f.Properties
		name := str(p["name"])
		at, err := f.Geometry.point()
		if err != nil || name == "" {
			return fmt.Errorf("%s: feature %q: %v", fNEPeaks, name, err)
		}
		cc := str(p["nation1"])
		if cc == "" {
			cc = b.countryAt(at)
		}
		r, created := b.add(gazetteer.Entry{ID: "ne:peak:" + slug(name), Name: name, Lat: at[1], Lon: at[0],
			Class: "T", Code: "MT", Country: cc})
		if !created {
			return fmt.Errorf("%s: peak %s twice", fNEPeaks, name)
		}
		in.created++
		r.addNames(str(p["name_alt"]))
	}
	return nil
}

// ---- curated places ----------------------------------------------------------

// curated adds the hand-written places of curated.tsv (in the output
// directory): places the press names that the sources lack, such as the
// inhabited islands on the Northern Limit Line. Format: one place a line,
// id (curated:…), name, lat, lon, class, code, country, admin1 code,
// admin1 and further names separated by "|", tab-separated; "#" starts a
// comment. Their entries may not collide with a source's.
func (b *builder) curated() error {
	path := filepath.Join(b.out, fCurated)
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 || !strings.HasPrefix(f[0], "curated:") {
			return fmt.Errorf("%s:%d: want 10 tab-separated fields, id curated:…", path, n+1)
		}
		lat, err1 := strconv.ParseFloat(f[2], 64)
		lon, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return fmt.Errorf("%s:%d: bad coordinates %q, %q", path, n+1, f[2], f[3])
		}
		r, created := b.add(gazetteer.Entry{ID: f[0], Name: f[1], Lat: lat, Lon: lon, Class: f[4], Code: f[5],
			Country: f[6], Admin1Code: f[7], Admin1: f[8]})
		if !created {
			return fmt.Errorf("%s:%d: %s twice", path, n+1, f[0])
		}
		if f[9] != "" {
			r.addNames(strings.Split(f[9], "|")...)
		}
		b.curatedN++
	}
	return nil
}

// ---- output ------------------------------------------------------------------

func round5(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e5)/1e5, 'f', -1, 64)
}

func (b *builder) write(outDir string) (stats, error) {
	ids := make([]string, 0, len(b.recs))
	for id := range b.recs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var tsv bytes.Buffer
	tsv.WriteString(gazetteer.TableHeader + "\n")
	var st stats
	byClass := map[string]int{}
	byCountry := map[string]int{}
	for _, id := range ids {
		r := b.recs[id]
		e := r.e
		cols := []string{e.ID, e.Name, round5(e.Lat), round5(e.Lon), e.Class, e.Code, e.Country, e.Admin1Code,
			e.Admin1, strconv.FormatInt(e.Population, 10), strings.Join(r.names, "|")}
		for _, c := range cols {
			if strings.ContainsAny(c, "\t\n\r") {
				return st, fmt.Errorf("entry %s: tab or newline in %q", id, c)
			}
		}
		tsv.WriteString(strings.Join(cols, "\t"))
		tsv.WriteByte('\n')
		st.entries++
		st.names += len(r.names)
		byClass[e.Class]++
		if e.Country == "KP" || e.Country == "KR" || e.Country == "CN" {
			byCountry[e.Country]++
		}
	}

	// Aliases must name entries of the table.
	aliasPath := filepath.Join(outDir, fAliases)
	adata, err := os.ReadFile(aliasPath)
	if err != nil {
		return st, err
	}
	aliases, err := gazetteer.ReadAliases(bytes.NewReader(adata), aliasPath)
	if err != nil {
		return st, err
	}
	if err := checkAliases(b.recs, aliases); err != nil {
		return st, fmt.Errorf("%s: %w", aliasPath, err)
	}
	st.aliases = len(aliases)

	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return st, err
	}
	if _, err := zw.Write(tsv.Bytes()); err != nil {
		return st, err
	}
	if err := zw.Close(); err != nil {
		return st, err
	}
	if err := os.WriteFile(filepath.Join(outDir, "places.tsv.gz"), gz.Bytes(), 0o644); err != nil {
		return st, err
	}
	// The key index, built here once rather than at every start.
	idx, err := gazetteer.IndexFile(gz.Bytes(), adata)
	if err != nil {
		return st, err
	}
	if err := os.WriteFile(filepath.Join(outDir, "index.bin.gz"), idx, 0o644); err != nil {
		return st, err
	}
	src := b.sourceMD(st, gz.Bytes(), tsv.Len(), adata, idx, byClass, byCountry)
	if err := os.WriteFile(filepath.Join(outDir, "SOURCE.md"), src, 0o644); err != nil {
		return st, err
	}
	return st, nil
}

// checkAliases reports aliases that name no entry or have no indexable key.
func checkAliases(recs map[string]*rec, aliases []gazetteer.Alias) error {
	var bad []string
	for _, a := range aliases {
		if _, ok := recs[a.ID]; !ok {
			bad = append(bad, fmt.Sprintf("%q → %s: no such entry", a.Name, a.ID))
		}
		if len(norm.Keys(a.Name)) == 0 {
			bad = append(bad, fmt.Sprintf("%q has no indexable key", a.Name))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%d bad aliases: %s", len(bad), strings.Join(bad, "; "))
	}
	return nil
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func (b *builder) sourceMD(st stats, gz []byte, rawLen int, aliases, idx []byte, byClass, byCountry map[string]int) []byte {
	var w bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&w, format, args...) }
	p("# gazetteer/data — origin of the embedded place table\n\n")
	p("Generated by `go run ./gazetteer/internal/gen -data ../shared/data -out gazetteer/data` (do not edit;\n")
	p("`aliases.tsv` and `curated.tsv` are the only hand-written files). The generator is deterministic: re-running it on the\n")
	p("same inputs gives the same bytes (gzip without name or time stamp), which `go test ./gazetteer/...` checks.\n\n")
	p("## Output\n\n")
	p("| file | bytes | sha256 | content |\n|---|---|---|---|\n")
	p("| places.tsv.gz | %d | `%s` | %d entries, %d further names; %d bytes uncompressed |\n", len(gz), sha(gz), st.entries, st.names, rawLen)
	p("| aliases.tsv | %d | `%s` | %d curated aliases (name → id) |\n", len(aliases), sha(aliases), st.aliases)
	p("| index.bin.gz | %d | `%s` | the key index of the two above (gazetteer.IndexFile), decoded at load instead of built |\n\n", len(idx), sha(idx))
	p("Entries by feature class:")
	for _, k := range sortedKeys(byClass) {
		p(" %s %d;", k, byClass[k])
	}
	p(" of them in KP %d, KR %d, CN %d.\n\n", byCountry["KP"], byCountry["KR"], byCountry["CN"])
	p("Format: gzip of a UTF-8 TSV whose first line is the header `%s`;\n", strings.ReplaceAll(gazetteer.TableHeader, "\t", "␉"))
	p("rows are sorted by id; `names` lists further spellings separated by `|`; coordinates are rounded to 5 decimals.\n\n")
	p("## Inputs\n\n")
	p("Paths are relative to `shared/data` (see its README.md for where each file comes from).\n\n")
	p("| file | bytes | sha256 | rows read | entries created | merged into existing | licence |\n|---|---|---|---|---|---|---|\n")
	ins := slices.Clone(b.inputs)
	slices.SortFunc(ins, func(a, c *input) int { return strings.Compare(a.path, c.path) })
	for _, in := range ins {
		p("| %s | %d | `%s` | %d | %d | %d | %s |\n", in.path, in.size, in.sum, in.rows, in.created, in.merged, in.licence)
	}
	p("\n## How entries are made\n\n")
	p(`* **Countries** (PCLI): every row of countryInfo.txt, id geonames:<geonameid>. Point: centroid of the
  largest polygon of the Natural Earth 50m admin-0 shape, weighted by area on the sphere (cos latitude)
  (joined on ISO_A2, or ADM0_A3 = ISO3 where NE has -99);
  without a shape, the capital from cities15000; otherwise dropped. Extra names: NE ADMIN, NAME, NAME_LONG, FORMAL_EN.
* **First-level units** (ADM1): every row of admin1CodesASCII.txt, id geonames:<geonameid>. Point: for KP, KR
  and CN the Natural Earth admin1 latitude/longitude (KP joined by name, KR/CN by gn_a1_code); for KP units NE
  lacks (Namp'o, Kaesŏng) the WOF region centroid, else the population-weighted mean (on the sphere) of the
  unit's cities in cities15000; elsewhere the middle of the extent of the unit's places in the world
  cities500.txt (2nd to 98th percentile of latitude and of longitude; GeoNames puts a unit's point near its
  geometric middle, which a population-weighted mean misses — Illinois would sit in Chicago), else, for
  units with fewer than 3 such places, that weighted mean; units with no city are dropped.
  North Korean units carry the English names the press uses (North/South Pyongan, North/South Hamgyong,
  North/South Hwanghae, Ryanggang, Chagang, Kangwon, Pyongyang, Rason, Nampo, Kaesong), matched to the GeoNames,
  WOF and NE units **by name** (gen/generate.go kpAdmin1), not by code. KR/CN units use the NE name_en.
  Units NE types as "Province" are also indexed as "<name_en> Province" (Jilin Province, the unit, not the city).
* **Cities**: every row of cities15000.txt, of cities500_KP_KR_CN-05-19.txt and of Primorsky Krai (RU.59,
  across the Tumen from Rason) in cities500.txt, id geonames:<geonameid>; the Primorsky rows keep their Latin and
  Hangul names.
  Alternate names are kept when Latin-script, Hangul or Han/Kana, not codes (digits, or ≤4 capitals), and
  distinct after normalization. To bound size and load time, outside KP, KR and CN a city keeps its
  Hangul names, Han/Kana names only in JP and TW, and Latin alternates only when it has
  100,000 people or more. North Korean names are given in the press spelling (diacritics and
  apostrophes removed: Ch'ŏngjin → Chongjin).
* **Chinese prefectures** (ADM2, geonames-adm2:<code>): the admin2 units of Jilin (CN.05) and Liaoning
  (CN.19) from admin2_KP_KR_CN.cities-json.json (which has names but neither geonameids nor coordinates),
  placed at the population-weighted mean of their places in cities500_KP_KR_CN-05-19.txt. KR admin2 units are
  not added: the cities500 subset carries no KR admin2 codes.
* **Who's On First localities** (wof_kp_localities.tsv): rows sharing a GeoNames id become one entry
  geonames:<id> (the representative row prefers mz_is_current 1, then 0, then -1); their WOF English name
  becomes the entry name when it is the GeoNames name without its suffix (Sariwŏn-si → Sariwon); all their names (wof/gn names, Hangul preferred/variant, English variants,
  name_und_x_variant) are added. Names of Latin letters without a capital (GeoNames' machine
  transliterations such as "wonsan si") and Hangul names with a space are dropped everywhere. Rows without a GeoNames id are merged into a North Korean populated place
  within 15 km that shares a name key, else kept as wof:<wof_id>. Admin1 comes from the WOF region; North
  Korean places still without one get the unit of the current WOF county polygon containing them, or of
  the nearest county label point within 30 km.
* **County seats**: a North Korean populated place (PPL) that shares a name key with a WOF county and is
  the nearest such place to the county's label point, within 25 km, gets the code PPLA2, so that seats without
  a population figure rank before same-named villages.
* **WOF counties** (ADM2, wof:<id>): the 181 current county polygons; point = WOF label point
  (lbl:latitude/longitude), else geom centroid; names include "X County"/"X City" long names and Hangul.
  WOF regions and the WOF country add names to the matching GeoNames ADM1/country entries (the WOF Rasŏn
  region carries North Hamgyong's English names and concordance, which are skipped).
* **Rivers** (STM, ne:river:<name>): NE 10m river and lake centrelines merged by name; point = the midpoint
  of the longest part; country = the one of KP, KR, CN, RU, MN, JP, TW (world-atlas 10m) containing it.
  Indexed as "<name> River", and as the bare name when it has 5 letters or more.
* **Peaks** (MT, ne:peak:<name>): NE 10m elevation points, with their name_alt.
* **Curated places** (curated.tsv, hand-written; %d places): places the press names that the sources
  lack — the inhabited islands on the Northern Limit Line (Yeonpyeong, Baengnyeong, Daecheong), as
  populated places at their main village, and the Vostochny Cosmodrome in Amur Oblast (a site,
  class S); coordinates from general knowledge to about 0.01°.
* **Curated aliases** (aliases.tsv, hand-written): spellings the press uses. They are embedded as preferred
  aliases: under a key they produce, their entries come first in Lookup (so "Yalu" is the river before a
  former name of Zhalantun, "Tumen" the Chinese border city and river before Tyumen).

`, b.curatedN)
	if len(b.notes) > 0 {
		p("## Notes from this run\n\n")
		for _, n := range b.notes {
			p("* %s\n", n)
		}
		p("\n")
	}
	p("## Licences and attribution\n\n")
	p("The product must ship this text (e.g. in NOTICE):\n\n```\n%s```\n\n", attribution)
	p(`Who's On First licence summary (wof/LICENSE.whosonfirst.md): crediting Who's On First is recommended and
linking back to its licence is required ("Data from Who's On First" + link). Mapzen's original work (wof:*
and unprefixed properties, the format) is CC0; data taken from other open sources keeps their terms, and
some require attribution: GeoNames (gn:*, CC BY), GeoPlanet (CC BY), Quattroshapes (qs:*, CC BY; the region
geometries), Zetashapes (CC BY), Natural Earth (public domain), Mesoshapes (meso:*, CC0; the county
polygons). This table uses WOF names, Hangul names, coordinates and hierarchy of localities, counties and
regions. GeoNames data is CC BY 4.0; Natural Earth is in the public domain.
`)
	return w.Bytes()
}

const attribution = `Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/).
Data from Who's On First. License: https://github.com/whosonfirst-data/whosonfirst-data/blob/master/LICENSE.md
  (includes GeoNames data (CC BY 4.0) and data from foursquare quattroshapes (CC BY),
  https://github.com/foursquare/quattroshapes/; Mesoshapes (CC0)).
Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com (public domain).
`

func boolInt(v bool) int {
	if v {
		return 1
	}
	return 0
}
