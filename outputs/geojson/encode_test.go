package geojson

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/paulmach/orb"
)

// marshalRef is the reference encoding: what encoding/json writes for v.
func marshalRef(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	return b
}

// encodeStrings are strings that exercise every branch of the string
// escaper: HTML characters, quotes, control characters with and without
// short escapes, DEL, invalid UTF-8, U+2028/2029, multi-byte runes.
var encodeStrings = []string{
	"", "Hyesan", `a "quoted" \ path`, "<b>&amp;</b>", "tab\tnew\nline\rcr", "\b\f\x00\x01\x1f\x7f",
	"Sinŭiju — 新義州", "bad \xff byte", "trunc \xe2\x80", "line\u2028para\u2029end", "emoji 🙂 ok", "\xc0\xaf",
}

// encodeFloats are values at the edges of encoding/json's float format.
var encodeFloats = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.1, 41.123456, -179.999999, 1e-6, 9.99999e-7, 1e-7, 1.5e-9,
	1e20, 1e21, 123456789012345678901234.0, -3e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, 25.5,
}

func randString(r *rand.Rand) string { return encodeStrings[r.IntN(len(encodeStrings))] }
func randFloat(r *rand.Rand) float64 { return encodeFloats[r.IntN(len(encodeFloats))] }

func randStrPtr(r *rand.Rand) *string {
	if r.IntN(3) == 0 {
		return nil
	}
	s := randString(r)
	return &s
}

func randFloatPtr(r *rand.Rand) *float64 {
	if r.IntN(3) == 0 {
		return nil
	}
	f := randFloat(r)
	return &f
}

func randList(r *rand.Rand) []string {
	switch r.IntN(4) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	l := make([]string, 1+r.IntN(3))
	for i := range l {
		l[i] = randString(r)
	}
	return l
}

// TestEncodeMatchesEncodingJSON checks that the hand-written feature
// encoders write exactly what encoding/json writes for the same featureDoc,
// over random combinations of nulls, escapes and number formats.
func TestEncodeMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var buf []byte
	fc := new(floatCache) // shared by the cases, as a writer's is by its features
	for i := range 2000 {
		id := ""
		if r.IntN(4) > 0 {
			id = randString(r)
		}
		pt := orb.Point{randFloat(r), randFloat(r)}
		var pgeom *geometryDoc[orb.Point]
		if r.IntN(4) > 0 {
			pgeom = &geometryDoc[orb.Point]{Type: "Point", Coordinates: pt}
		}

		ev := &featureDoc[orb.Point, Properties]{ID: id, Type: "Feature", Geometry: pgeom, Properties: Properties{
			EventID: randString(r), EventType: randString(r), Summary: randStrPtr(r), Actors: randList(r),
			Modality: randStrPtr(r), DateStart: randStrPtr(r), DateEnd: randStrPtr(r), DatePrecision: randString(r),
			DateText: randStrPtr(r), DateBasis: randString(r), PlaceName: randStrPtr(r), Place: randStrPtr(r),
			PlaceID: randStrPtr(r), Admin1: randStrPtr(r), Country: randStrPtr(r), GeoPrecision: randStrPtr(r),
			UncertaintyKM: randFloatPtr(r), Lat: randFloatPtr(r), Lon: randFloatPtr(r), DocID: randString(r),
			Title: randStrPtr(r), Source: randStrPtr(r), Published: randStrPtr(r), Sentence: randString(r),
			CharStart: r.IntN(1 << 20), CharEnd: -r.IntN(5), Confidence: randFloat(r), ReportedBy: randStrPtr(r),
			ReportedOn: randStrPtr(r), Mentions: r.IntN(100), DocIDs: randList(r), MergeNote: randStrPtr(r),
		}}
		buf = appendEventFeature(buf[:0], ev, fc)
		if want := marshalRef(t, ev); !bytes.Equal(buf, want) {
			t.Fatalf("case %d: event feature\n got %s\nwant %s", i, buf, want)
		}

		var pop *int64
		if r.IntN(2) == 0 {
			n := r.Int64N(1e9) - 10
			pop = &n
		}
		pl := &featureDoc[orb.Point, PlaceProperties]{ID: id, Type: "Feature", Geometry: pgeom, Properties: PlaceProperties{
			DocID: randString(r), Text: randString(r), CharStart: r.IntN(1000), CharEnd: r.IntN(1000),
			Role: randStrPtr(r), Place: randStrPtr(r), PlaceID: randStrPtr(r), FeatureCode: randStrPtr(r),
			Admin1: randStrPtr(r), Country: randStrPtr(r), GeoPrecision: randStrPtr(r), UncertaintyKM: randFloat(r),
			Population: pop, Lat: randFloat(r), Lon: randFloat(r), Reason: randStrPtr(r),
		}}
		buf = appendPlaceFeature(buf[:0], pl, fc)
		if want := marshalRef(t, pl); !bytes.Equal(buf, want) {
			t.Fatalf("case %d: place feature\n got %s\nwant %s", i, buf, want)
		}

		var mp orb.MultiPolygon
		switch r.IntN(5) {
		case 0: // nil
		case 1:
			mp = orb.MultiPolygon{}
		case 2:
			mp = orb.MultiPolygon{nil, {nil, orb.Ring{}}}
		default:
			mp = orb.MultiPolygon{{Circle(orb.Point{r.Float64()*360 - 180, r.Float64()*180 - 90}, 1+r.Float64()*500, 3+r.IntN(8))}, {{pt, pt}}}
		}
		var mgeom *geometryDoc[orb.MultiPolygon]
		if r.IntN(4) > 0 {
			mgeom = &geometryDoc[orb.MultiPolygon]{Type: "MultiPolygon", Coordinates: mp}
		}
		ex := &featureDoc[orb.MultiPolygon, ExtentProperties]{ID: id, Type: "Feature", Geometry: mgeom, Properties: ExtentProperties{
			EventID: randString(r), EventType: randString(r), DateStart: randStrPtr(r), DateEnd: randStrPtr(r),
			DatePrecision: randString(r), Place: randStrPtr(r), PlaceID: randStrPtr(r), Admin1: randStrPtr(r),
			Country: randStrPtr(r), GeoPrecision: randString(r), UncertaintyKM: randFloat(r), Extent: randString(r),
			Summary: randStrPtr(r),
		}}
		buf = appendExtentFeature(buf[:0], ex)
		if want := marshalRef(t, ex); !bytes.Equal(buf, want) {
			t.Fatalf("case %d: extent feature\n got %s\nwant %s", i, buf, want)
		}
	}
}

// FuzzEncodeMatchesEncodingJSON checks the string and number encoders
// against encoding/json on arbitrary input.
func FuzzEncodeMatchesEncodingJSON(f *testing.F) {
	for i, s := range encodeStrings {
		f.Add(s, encodeFloats[i%len(encodeFloats)])
	}
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if got, want := appendJSONString(nil, s), marshalRef(t, s); !bytes.Equal(got, want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		if got, want := appendJSONFloat(nil, x), marshalRef(t, x); !bytes.Equal(got, want) {
			t.Errorf("appendJSONFloat(%v) = %s, want %s", x, got, want)
		}
	})
}

// FuzzFloatCacheSame checks that a floatCache writes what appendJSONFloat
// writes, for a run of floats that collide in its slots and repeat.
func FuzzFloatCacheSame(f *testing.F) {
	f.Add([]byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, mask uint8) {
		fc := new(floatCache)
		var got, want []byte
		for len(data) >= 8 {
			bits := binary.LittleEndian.Uint64(data)
			data = data[1:] // overlapping windows: neighbouring values repeat bytes
			v := math.Float64frombits(bits &^ (uint64(mask) << 56))
			if math.IsNaN(v) || math.IsInf(v, 0) {
				continue
			}
			got = fc.append(got, v)
			want = appendJSONFloat(want, v)
			got = fc.append(got, v) // a hit, or a collision's re-encoding
			want = appendJSONFloat(want, v)
			if !bytes.Equal(got, want) {
				t.Fatalf("floatCache.append(%v) wrote %s, want %s", v, got, want)
			}
		}
	})
}

// jsonSafe marks the ASCII bytes encoding/json writes as they are with
// HTML escaping on: printable characters but ", \, <, > and &.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		switch b {
		case '"', '\\', '<', '>', '&':
		default:
			t[b] = true
		}
	}
	return t
}()

// refAppendJSONString is appendJSONString as it was before it passed runs
// of safe bytes eight at a time (session 10, second pass).
func refAppendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// FuzzAppendJSONStringSame checks appendJSONString against its
// byte-at-a-time first writing.
func FuzzAppendJSONStringSame(f *testing.F) {
	for _, s := range []string{"", "Hyesan", "a <b> & \"c\" \\ d", "tab\there\nnew", "Pyongyang 평양 city", "\u2028x\u2029",
		"\xff\xfe bad", "0123456789=;?<>&", "\x7f\x1f\x00 control", "long plain ascii text with no marks at all, none"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendJSONString([]byte("x"), s), refAppendJSONString([]byte("x"), s); !bytes.Equal(got, want) {
			t.Errorf("appendJSONString(%q) = %q, the first writing gives %q", s, got, want)
		}
	})
}
