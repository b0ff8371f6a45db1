package main

import (
	"bytes"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"geotimeline/internal/binenc"
	"geotimeline/pipeline"
)

// TestSpillCodecLayouts pins the layouts of the spilled types: a field
// added to one of them (or to pipeline.Event and the types it holds) must
// be written and read by eventCodec or docReportCodec too, and then this
// test's layouts updated.
func TestSpillCodecLayouts(t *testing.T) {
	for _, tc := range []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[spooledEvent](), "struct{Event struct{ID string;Type string;Trigger struct{Start int;End int};Summary string;Actors []string;Modality string;Date struct{Start struct{Year int;Month int;Day int};End struct{Year int;Month int;Day int};Precision string};DateText string;DateBasis string;HasPlace bool;PlaceName string;Place struct{ID string;Name string;Lat float64;Lon float64;FeatureCode string;Admin1 string;Country string;Population int64;Precision string;UncertaintyKM float64};PlaceWhy string;Doc struct{ID string;Path string;Title string;Source string;URL string;Published struct{Year int;Month int;Day int};Text string};Sentence string;SentenceN int;SentSpan struct{Start int;End int};CharStart int;CharEnd int;Confidence float64;ReportedBy string;ReportedOn struct{Year int;Month int;Day int};Mentions []struct{DocID string;Sentence int;Span struct{Start int;End int};CharStart int;CharEnd int;Trigger string};MergeNote string};Texts []string}"},
		{reflect.TypeFor[docReport](), "struct{DocID string;Path string;Published string;DocDate string;DateBasis string;DateEvidence string;Sentences int;Dates int;Places int;Unresolved int;Events int}"},
	} {
		if got := binenc.Layout(tc.typ); got != tc.want {
			t.Errorf("%s changed: update its codec in spillcodec.go, then this test.\ngot  %s\nwant %s", tc.typ, got, tc.want)
		}
	}
}

// fillRandom sets every field of the value v points to at random: strings
// from a few (so that the string table's back-references occur), integers
// of every size and sign, floats including NaN and infinities, slices nil,
// empty or not.
func fillRandom(rnd *rand.Rand, v reflect.Value) {
	words := []string{"", "a", "Hyesan", "arrest", "geonames:2043837", "North Korea", "é", "KP"}
	switch v.Kind() {
	case reflect.String:
		s := words[rnd.IntN(len(words))]
		if rnd.IntN(4) == 0 {
			s += words[rnd.IntN(len(words))]
		}
		v.SetString(s)
	case reflect.Bool:
		v.SetBool(rnd.IntN(2) == 1)
	case reflect.Int, reflect.Int64:
		switch rnd.IntN(4) {
		case 0:
			v.SetInt(0)
		case 1:
			v.SetInt(int64(rnd.IntN(300)) - 100)
		case 2:
			v.SetInt(int64(rnd.Uint64()))
		default:
			v.SetInt(math.MinInt64)
		}
	case reflect.Float64:
		fs := []float64{0, -0.5, 39.0392, 125.7625, math.NaN(), math.Inf(1), math.Copysign(0, -1), rnd.NormFloat64() * 1e6}
		v.SetFloat(fs[rnd.IntN(len(fs))])
	case reflect.Slice:
		switch rnd.IntN(3) {
		case 0:
			v.SetZero()
		default:
			n := rnd.IntN(4)
			s := reflect.MakeSlice(v.Type(), n, n)
			for i := range n {
				fillRandom(rnd, s.Index(i))
			}
			v.Set(s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fillRandom(rnd, v.Field(i))
		}
	default:
		panic("fillRandom: unsupported kind " + v.Kind().String())
	}
}

// checkCodec encodes values of T at random with c and with binenc's compiled
// codec, and compares the bytes and what each decodes them to.
func checkCodec[T any](t *testing.T, c interface {
	Append([]byte, *T) []byte
	Decode([]byte, *T) error
}) {
	t.Helper()
	ref, err := binenc.Compile(reflect.TypeFor[T]())
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(13, 1))
	var buf []byte
	for range 2000 {
		var v T
		fillRandom(rnd, reflect.ValueOf(&v).Elem())
		want := ref.Append([]byte("prefix"), reflect.ValueOf(&v).Elem())
		buf = c.Append(append(buf[:0], "prefix"...), &v)
		if !bytes.Equal(buf, want) {
			t.Fatalf("%T: bytes differ from binenc's for %+v:\n got %x\nwant %x", c, v, buf, want)
		}
		var got, back T
		if err := c.Decode(buf[len("prefix"):], &got); err != nil {
			t.Fatalf("%T: decode: %v", c, err)
		}
		if err := ref.Decode(buf[len("prefix"):], reflect.ValueOf(&back).Elem()); err != nil {
			t.Fatal(err)
		}
		// Compared as encodings: NaN is not equal to itself.
		if !bytes.Equal(ref.Append(nil, reflect.ValueOf(&got).Elem()), ref.Append(nil, reflect.ValueOf(&back).Elem())) || !sameNils(reflect.ValueOf(got), reflect.ValueOf(back)) {
			t.Fatalf("%T: decodes to %+v, binenc to %+v", c, got, back)
		}
	}
}

// sameNils reports whether a and b, of the same type, have nil slices in
// the same places (an empty slice and a nil one encode differently, but
// check anyway).
func sameNils(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !sameNils(a.Index(i), b.Index(i)) {
				return false
			}
		}
	case reflect.Struct:
		for i := range a.NumField() {
			if !sameNils(a.Field(i), b.Field(i)) {
				return false
			}
		}
	}
	return true
}

func TestSpillCodecsMatchBinenc(t *testing.T) {
	checkCodec[spooledEvent](t, &eventCodec{})
	checkCodec[docReport](t, &docReportCodec{})
}

// TestEventCodecRealEvent round-trips an event with every field set.
func TestEventCodecRealEvent(t *testing.T) {
	v := spooledEvent{Event: pipeline.Event{
		ID: "e1", Type: "arrest", Trigger: pipeline.Span{Start: 3, End: 9}, Summary: "s", Actors: []string{"police"},
		Modality: pipeline.Occurred, Date: pipeline.Interval{Start: pipeline.Date{Year: 2021, Month: 3, Day: 4}, End: pipeline.Date{Year: 2021, Month: 3, Day: 4}, Precision: pipeline.PrecisionDay},
		DateText: "March 4", DateBasis: pipeline.BasisExplicit, HasPlace: true, PlaceName: "Hyesan",
		Place:    pipeline.Place{ID: "geonames:1", Name: "Hyesan", Lat: 41.4, Lon: 128.2, FeatureCode: "PPLA", Admin1: "Ryanggang", Country: "KP", Population: 192680, Precision: pipeline.GeoCity, UncertaintyKM: 10},
		PlaceWhy: "why", Doc: pipeline.Document{ID: "d", Path: "p", Title: "t", Source: "s", URL: "u", Published: pipeline.Date{Year: 2021, Month: 3, Day: 5}},
		Sentence: "x", SentenceN: 2, SentSpan: pipeline.Span{Start: 1, End: 2}, CharStart: 1, CharEnd: 2, Confidence: 0.7,
		ReportedBy: "r", ReportedOn: pipeline.Date{Year: 2021, Month: 3, Day: 5},
		Mentions:  []pipeline.Mention{{DocID: "d", Sentence: 2, Span: pipeline.Span{Start: 1, End: 2}, CharStart: 1, CharEnd: 2, Trigger: "arrested"}},
		MergeNote: "n",
	}, Texts: []string{"x"}}
	var c eventCodec
	b := c.Append(nil, &v)
	var got spooledEvent
	if err := c.Decode(b, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, v) {
		t.Fatalf("round trip: %+v, want %+v", got, v)
	}
}

// FuzzSpillCodecsDecode decodes arbitrary bytes with the hand-written
// codecs and with binenc's: both fail, or both give the same value.
func FuzzSpillCodecsDecode(f *testing.F) {
	rnd := rand.New(rand.NewPCG(5, 6))
	var ec eventCodec
	var dc docReportCodec
	for range 8 {
		var v spooledEvent
		fillRandom(rnd, reflect.ValueOf(&v).Elem())
		f.Add(ec.Append(nil, &v))
		var r docReport
		fillRandom(rnd, reflect.ValueOf(&r).Elem())
		f.Add(dc.Append(nil, &r))
	}
	refE, err := binenc.Compile(reflect.TypeFor[spooledEvent]())
	if err != nil {
		f.Fatal(err)
	}
	refD, err := binenc.Compile(reflect.TypeFor[docReport]())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var ge, we spooledEvent
		gerr, werr := ec.Decode(b, &ge), refE.Decode(b, reflect.ValueOf(&we).Elem())
		if (gerr == nil) != (werr == nil) {
			t.Fatalf("event: hand-written %v, binenc %v", gerr, werr)
		}
		if gerr == nil && !bytes.Equal(refE.Append(nil, reflect.ValueOf(&ge).Elem()), refE.Append(nil, reflect.ValueOf(&we).Elem())) {
			t.Fatalf("event: %+v, binenc %+v", ge, we)
		}
		var gd, wd docReport
		gerr, werr = dc.Decode(b, &gd), refD.Decode(b, reflect.ValueOf(&wd).Elem())
		if (gerr == nil) != (werr == nil) || gd != wd && gerr == nil {
			t.Fatalf("docReport: hand-written %v %+v, binenc %v %+v", gerr, gd, werr, wd)
		}
	})
}
