package geojson

import (
	"geotimeline/internal/jsonstr"
	"math"
	"strconv"

	"github.com/paulmach/orb"
)

// The features are encoded by hand, member by member, into a reused
// buffer: encoding/json's reflection over the property structs was most of
// the cost of places.geojson, the largest output (4.7 KB an article). The
// bytes are exactly what encoding/json.Marshal writes for the same
// featureDoc — the struct definitions stay the reference, and
// TestEncodeMatchesEncodingJSON and FuzzEncodeMatchesEncodingJSON hold the
// two together — so a reader typed on Properties, PlaceProperties or
// ExtentProperties sees no difference.

// appendJSONString appends s as a JSON string the way encoding/json does
// with HTML escaping on (json.Marshal, json.Encoder's default).
func appendJSONString(dst []byte, s string) []byte { return jsonstr.Append(dst, s, true) }

// appendJSONFloat appends a finite f as encoding/json writes a float64:
// like strconv's shortest 'f' form, switching to 'e' below 1e-6 and from
// 1e21 on, with a one-digit negative exponent unpadded.
func appendJSONFloat(dst []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

// A floatCache remembers the encodings of recently written floats: a
// place's coordinates come back with every mention of it (and lat and lon
// twice in each feature), and copying their bytes costs far less than
// strconv's shortest-decimal search. It is direct-mapped by the float's
// bits; a nil cache encodes every float.
type floatCache [floatCacheSize]floatEntry

const floatCacheSize = 256

// A floatEntry is one float's encoding; n == 0 is an empty slot.
type floatEntry struct {
	bits uint64
	n    uint8
	b    [23]byte
}

// append appends f as appendJSONFloat does.
func (c *floatCache) append(dst []byte, f float64) []byte {
	if c == nil {
		return appendJSONFloat(dst, f)
	}
	bits := math.Float64bits(f)
	e := &c[bits*0x9e3779b97f4a7c15>>(64-8)]
	if e.n > 0 && e.bits == bits {
		return append(dst, e.b[:e.n]...)
	}
	n := len(dst)
	dst = appendJSONFloat(dst, f)
	if enc := dst[n:]; len(enc) <= len(e.b) {
		e.bits, e.n = bits, uint8(copy(e.b[:], enc))
	}
	return dst
}

// A jsonObject appends the members of one JSON object to b: key writes
// the separator and the quoted name (names here need no escaping), the
// typed methods the value.
type jsonObject struct {
	b  []byte
	n  int         // members written
	fc *floatCache // encodes the floats; nil: none kept
}

func (o *jsonObject) open()  { o.b = append(o.b, '{'); o.n = 0 }
func (o *jsonObject) close() { o.b = append(o.b, '}') }

func (o *jsonObject) key(name string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, '"')
	o.b = append(o.b, name...)
	o.b = append(o.b, '"', ':')
}

func (o *jsonObject) str(name, v string) { o.key(name); o.b = appendJSONString(o.b, v) }

func (o *jsonObject) strPtr(name string, v *string) {
	o.key(name)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = appendJSONString(o.b, *v)
}

func (o *jsonObject) int(name string, v int) { o.key(name); o.b = strconv.AppendInt(o.b, int64(v), 10) }

func (o *jsonObject) int64Ptr(name string, v *int64) {
	o.key(name)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = strconv.AppendInt(o.b, *v, 10)
}

func (o *jsonObject) float(name string, v float64) { o.key(name); o.b = o.fc.append(o.b, v) }

func (o *jsonObject) floatPtr(name string, v *float64) {
	o.key(name)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = o.fc.append(o.b, *v)
}

// strList writes a []string; nil is null, as encoding/json writes it.
func (o *jsonObject) strList(name string, v []string) {
	o.key(name)
	if v == nil {
		o.b = append(o.b, "null"...)
		return
	}
	o.b = append(o.b, '[')
	for i, s := range v {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendJSONString(o.b, s)
	}
	o.b = append(o.b, ']')
}

// raw writes v, already encoded.
func (o *jsonObject) raw(name string, v []byte) { o.key(name); o.b = append(o.b, v...) }

// appendPoint appends [lon,lat], encoding the floats through fc.
func appendPoint(dst []byte, p orb.Point, fc *floatCache) []byte {
	dst = append(dst, '[')
	dst = fc.append(dst, p[0])
	dst = append(dst, ',')
	dst = fc.append(dst, p[1])
	return append(dst, ']')
}

// appendMultiPolygon appends mp as nested arrays of positions; a nil
// polygon, ring or multipolygon is null, as encoding/json writes a nil
// slice.
func appendMultiPolygon(dst []byte, mp orb.MultiPolygon) []byte {
	if mp == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, poly := range mp {
		if i > 0 {
			dst = append(dst, ',')
		}
		if poly == nil {
			dst = append(dst, "null"...)
			continue
		}
		dst = append(dst, '[')
		for j, ring := range poly {
			if j > 0 {
				dst = append(dst, ',')
			}
			if ring == nil {
				dst = append(dst, "null"...)
				continue
			}
			dst = append(dst, '[')
			for k, p := range ring {
				if k > 0 {
					dst = append(dst, ',')
				}
				dst = appendPoint(dst, p, nil)
			}
			dst = append(dst, ']')
		}
		dst = append(dst, ']')
	}
	return append(dst, ']')
}

// appendFeature appends a Feature as encoding/json writes a featureDoc:
// "id" unless empty, "type", "geometry" (null when hasGeometry is false,
// else {"type":geomType,"coordinates":coords}) and "properties", which
// props appends. The properties' floats are encoded through fc.
func appendFeature(dst []byte, id string, hasGeometry bool, geomType string, coords func([]byte) []byte, props func(*jsonObject), fc *floatCache) []byte {
	o := jsonObject{b: dst}
	o.open()
	if id != "" {
		o.str("id", id)
	}
	o.str("type", "Feature")
	o.key("geometry")
	if hasGeometry {
		o.b = append(o.b, `{"type":`...)
		o.b = appendJSONString(o.b, geomType)
		o.b = append(o.b, `,"coordinates":`...)
		o.b = coords(o.b)
		o.b = append(o.b, '}')
	} else {
		o.b = append(o.b, "null"...)
	}
	o.key("properties")
	p := jsonObject{b: o.b, fc: fc}
	p.open()
	props(&p)
	p.close()
	o.b = p.b
	o.close()
	return o.b
}

// appendProperties appends the members of an event's Properties, in the
// struct's order.
func appendProperties(o *jsonObject, p *Properties) {
	o.str("event_id", p.EventID)
	o.str("event_type", p.EventType)
	o.strPtr("summary", p.Summary)
	o.strList("actors", p.Actors)
	o.strPtr("modality", p.Modality)
	o.strPtr("date_start", p.DateStart)
	o.strPtr("date_end", p.DateEnd)
	o.str("date_precision", p.DatePrecision)
	o.strPtr("date_text", p.DateText)
	o.str("date_basis", p.DateBasis)
	o.strPtr("place_name", p.PlaceName)
	o.strPtr("place", p.Place)
	o.strPtr("place_id", p.PlaceID)
	o.strPtr("admin1", p.Admin1)
	o.strPtr("country", p.Country)
	o.strPtr("geo_precision", p.GeoPrecision)
	o.floatPtr("uncertainty_km", p.UncertaintyKM)
	o.floatPtr("lat", p.Lat)
	o.floatPtr("lon", p.Lon)
	o.str("doc_id", p.DocID)
	o.strPtr("title", p.Title)
	o.strPtr("source", p.Source)
	o.strPtr("published", p.Published)
	o.str("sentence", p.Sentence)
	o.int("char_start", p.CharStart)
	o.int("char_end", p.CharEnd)
	o.float("confidence", p.Confidence)
	o.strPtr("reported_by", p.ReportedBy)
	o.strPtr("reported_on", p.ReportedOn)
	o.int("mentions", p.Mentions)
	o.strList("doc_ids", p.DocIDs)
	o.strPtr("merge_note", p.MergeNote)
}

// appendPlaceProperties appends the members of PlaceProperties, in the
// struct's order.
func appendPlaceProperties(o *jsonObject, p *PlaceProperties) {
	o.str("doc_id", p.DocID)
	o.str("text", p.Text)
	o.int("char_start", p.CharStart)
	o.int("char_end", p.CharEnd)
	o.strPtr("role", p.Role)
	o.strPtr("place", p.Place)
	o.strPtr("place_id", p.PlaceID)
	o.strPtr("feature_code", p.FeatureCode)
	o.strPtr("admin1", p.Admin1)
	o.strPtr("country", p.Country)
	o.strPtr("geo_precision", p.GeoPrecision)
	o.float("uncertainty_km", p.UncertaintyKM)
	o.int64Ptr("population", p.Population)
	o.float("lat", p.Lat)
	o.float("lon", p.Lon)
	o.strPtr("reason", p.Reason)
}

// appendExtentProperties appends the members of ExtentProperties, in the
// struct's order.
func appendExtentProperties(o *jsonObject, p *ExtentProperties) {
	o.str("event_id", p.EventID)
	o.str("event_type", p.EventType)
	o.strPtr("date_start", p.DateStart)
	o.strPtr("date_end", p.DateEnd)
	o.str("date_precision", p.DatePrecision)
	o.strPtr("place", p.Place)
	o.strPtr("place_id", p.PlaceID)
	o.strPtr("admin1", p.Admin1)
	o.strPtr("country", p.Country)
	o.str("geo_precision", p.GeoPrecision)
	o.float("uncertainty_km", p.UncertaintyKM)
	o.str("extent", p.Extent)
	o.strPtr("summary", p.Summary)
}

// appendEventFeature appends an event Feature, encoding its floats
// through fc.
func appendEventFeature(dst []byte, f *featureDoc[orb.Point, Properties], fc *floatCache) []byte {
	return appendFeature(dst, f.ID, f.Geometry != nil, geomType(f.Geometry),
		func(b []byte) []byte { return appendPoint(b, f.Geometry.Coordinates, fc) },
		func(o *jsonObject) { appendProperties(o, &f.Properties) }, fc)
}

// appendPlaceFeature appends a place-mention Feature, encoding its floats
// through fc.
func appendPlaceFeature(dst []byte, f *featureDoc[orb.Point, PlaceProperties], fc *floatCache) []byte {
	return appendFeature(dst, f.ID, f.Geometry != nil, geomType(f.Geometry),
		func(b []byte) []byte { return appendPoint(b, f.Geometry.Coordinates, fc) },
		func(o *jsonObject) { appendPlaceProperties(o, &f.Properties) }, fc)
}

// appendExtentFeature appends an extent Feature.
func appendExtentFeature(dst []byte, f *featureDoc[orb.MultiPolygon, ExtentProperties]) []byte {
	return appendExtentFeatureCoords(dst, f, nil)
}

// appendExtentFeatureCoords appends an extent Feature whose coordinates,
// when coords is not nil, are coords, already encoded.
func appendExtentFeatureCoords(dst []byte, f *featureDoc[orb.MultiPolygon, ExtentProperties], coords []byte) []byte {
	return appendFeature(dst, f.ID, f.Geometry != nil, geomType(f.Geometry),
		func(b []byte) []byte {
			if coords != nil {
				return append(b, coords...)
			}
			return appendMultiPolygon(b, f.Geometry.Coordinates)
		},
		func(o *jsonObject) { appendExtentProperties(o, &f.Properties) }, nil)
}

func geomType[G any](g *geometryDoc[G]) string {
	if g == nil {
		return ""
	}
	return g.Type
}
