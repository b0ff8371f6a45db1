package binenc

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"

	"geotimeline/pipeline"
)

func TestCompileRejects(t *testing.T) {
	type recursive struct{ Kids []recursive }
	tests := []struct {
		name string
		typ  reflect.Type
	}{
		{"map", reflect.TypeFor[struct{ M map[string]int }]()},
		{"pointer", reflect.TypeFor[struct{ P *int }]()},
		{"interface", reflect.TypeFor[struct{ A any }]()},
		{"unexported", reflect.TypeFor[struct{ x int }]()},
		{"zero-size elements", reflect.TypeFor[[]struct{}]()},
		{"recursive", reflect.TypeFor[recursive]()},
	}
	for _, tc := range tests {
		if _, err := Compile(tc.typ); err == nil {
			t.Errorf("Compile(%s) succeeded, want an error", tc.name)
		}
	}
}

func sampleEvent() pipeline.Event {
	pl := pipeline.Place{ID: "wof:1", Name: "Hyesan", Lat: 41.4, Lon: 128.18, Admin1: "Ryanggang", Country: "KP", Precision: pipeline.GeoCity}
	d := pipeline.MakeDate(2020, 11, 3)
	return pipeline.Event{ID: "a-1", Type: "lockdown", Actors: []string{"police", "police"}, Date: pipeline.Interval{Start: d, End: d, Precision: pipeline.PrecisionDay},
		HasPlace: true, Place: pl, PlaceName: "Hyesan", Doc: pipeline.Document{ID: "a", Title: "Hyesan"},
		Mentions: []pipeline.Mention{{DocID: "a", Sentence: 3, Span: pipeline.Span{Start: 10, End: 80}}}, Confidence: 0.7}
}

func TestRoundTripAndSharedStrings(t *testing.T) {
	c, err := Compile(reflect.TypeFor[pipeline.Event]())
	if err != nil {
		t.Fatal(err)
	}
	e := sampleEvent()
	b := c.Append(nil, reflect.ValueOf(e))
	var got pipeline.Event
	if err := c.Decode(b, reflect.ValueOf(&got).Elem()); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, e) {
		t.Fatalf("round trip changed the event:\n got %+v\nwant %+v", got, e)
	}
	// "Hyesan" and "police" recur: written once each, then referred to.
	if n := bytes.Count(b, []byte("Hyesan")); n != 1 {
		t.Errorf("Hyesan written %d times, want 1", n)
	}
	if n := bytes.Count(b, []byte("police")); n != 1 {
		t.Errorf("police written %d times, want 1", n)
	}
	if err := c.Decode(append(b, 0), reflect.ValueOf(&got).Elem()); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a trailing byte: err = %v, want ErrCorrupt", err)
	}
	if err := c.Decode(b[:len(b)-1], reflect.ValueOf(&got).Elem()); !errors.Is(err, ErrCorrupt) {
		t.Errorf("a missing byte: err = %v, want ErrCorrupt", err)
	}
}

func TestLayoutNamesFieldsNotTypes(t *testing.T) {
	type a struct{ X, Y int }
	type b struct{ X, Y int }
	type c struct{ X, Z int }
	if Layout(reflect.TypeFor[a]()) != Layout(reflect.TypeFor[b]()) {
		t.Error("two types of the same shape have different layouts")
	}
	if Layout(reflect.TypeFor[a]()) == Layout(reflect.TypeFor[c]()) {
		t.Error("a renamed field left the layout unchanged")
	}
}

// FuzzDecode: no input panics the decoder, and whatever it accepts encodes
// to bytes that decode to the same value.
func FuzzDecode(f *testing.F) {
	c, err := Compile(reflect.TypeFor[pipeline.Event]())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(c.Append(nil, reflect.ValueOf(sampleEvent())))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		var e pipeline.Event
		if c.Decode(b, reflect.ValueOf(&e).Elem()) != nil {
			return
		}
		b2 := c.Append(nil, reflect.ValueOf(e))
		var e2 pipeline.Event
		if err := c.Decode(b2, reflect.ValueOf(&e2).Elem()); err != nil {
			t.Fatalf("re-encoded value does not decode: %v", err)
		}
		if fmt.Sprintf("%#v", e) != fmt.Sprintf("%#v", e2) {
			t.Fatalf("re-encoding changed the value")
		}
	})
}

func ExampleCodec() {
	c, err := Compile(reflect.TypeFor[pipeline.Mention]())
	if err != nil {
		panic(err)
	}
	b := c.Append(nil, reflect.ValueOf(pipeline.Mention{DocID: "a", Sentence: 3, Trigger: "sealed"}))
	var m pipeline.Mention
	if err := c.Decode(b, reflect.ValueOf(&m).Elem()); err != nil {
		panic(err)
	}
	fmt.Println(len(b), m.DocID, m.Sentence, m.Trigger)
	// Output: 14 a 3 sealed
}

// TestHandWrittenSameBytes writes values with an Encoder field by field and
// compares the bytes with the compiled codec's, and reads them back with a
// Decoder.
func TestHandWrittenSameBytes(t *testing.T) {
	type T struct {
		B  bool
		I  int64
		F  float64
		S  string
		SS []string
	}
	c, err := Compile(reflect.TypeFor[T]())
	if err != nil {
		t.Fatal(err)
	}
	var e Encoder
	var d Decoder
	for _, v := range []T{{}, {true, -5, 2.5, "ab", []string{}}, {false, math.MaxInt64, math.Inf(-1), "ab", []string{"ab", "x", "ab", ""}}} {
		want := c.Append([]byte{9}, reflect.ValueOf(v))
		e.Start([]byte{9})
		e.Bool(v.B)
		e.Int(v.I)
		e.Float(v.F)
		e.Str(v.S)
		e.SliceLen(len(v.SS), v.SS == nil)
		for _, s := range v.SS {
			e.Str(s)
		}
		if got := e.Bytes(); !bytes.Equal(got, want) {
			t.Fatalf("%+v: %x, want %x", v, got, want)
		}
		d.Start(want[1:])
		got := T{B: d.Bool(), I: d.Int(), F: d.Float(), S: d.Str()}
		if n, isNil := d.SliceLen(); !isNil {
			got.SS = make([]string, n)
			for i := range got.SS {
				got.SS[i] = d.Str()
			}
		}
		if err := d.End(); err != nil || !reflect.DeepEqual(got, v) {
			t.Fatalf("read back %+v (%v), want %+v", got, err, v)
		}
		d.Start(append(want[1:], 0))
		d.Bool()
		d.Int()
		d.Float()
		d.Str()
		if _, isNil := d.SliceLen(); !isNil {
			for range v.SS {
				d.Str()
			}
		}
		if d.End() == nil {
			t.Fatal("a trailing byte went unnoticed")
		}
	}
}
