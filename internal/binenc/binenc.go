// Package binenc is a compact binary encoding of Go values, compiled once
// per type by reflection: booleans, integers and floats (float64 bit for
// bit), strings, slices, arrays and structs of exported fields. Integers are
// varints; strings of two bytes or more recur as back-references into a
// per-payload table, so the place names and document metadata repeated
// across a document's events cost little. A payload decodes only as a value
// of the same layout (see Layout), and every value has exactly one encoding.
// Encoder and Decoder write and read the same format value by value, for a
// codec written out by hand where reflection costs too much.
//
// It serves the result cache (internal/cache) and the run's spill files.
package binenc

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
)

// ErrCorrupt marks a payload that does not decode.
var ErrCorrupt = errors.New("binenc: corrupt payload")

// A Codec encodes and decodes values of one type. It is built once per type
// by Compile, holds no mutable state but a pool of scratch space, and is
// safe for concurrent use.
type Codec struct {
	enc func(e *encoder, v reflect.Value)
	dec func(d *decoder, v reflect.Value) error // v is settable

	encoders sync.Pool // of *encoder, whose string tables are reused
}

// maxReusedStrings bounds the string table an encoder keeps for the next
// payload: clearing a map costs its capacity, not its length.
const maxReusedStrings = 512

// Append encodes v after b.
func (c *Codec) Append(b []byte, v reflect.Value) []byte {
	e, _ := c.encoders.Get().(*encoder)
	if e == nil {
		e = &encoder{}
	}
	e.b = b
	c.enc(e, v)
	b = e.b
	e.b = nil
	e.reset()
	c.encoders.Put(e)
	return b
}

// Decode decodes b into the settable v; it fails unless b holds exactly
// one value.
func (c *Codec) Decode(b []byte, v reflect.Value) error {
	d := &decoder{b: b}
	if err := c.dec(d, v); err != nil {
		return err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrCorrupt, len(d.b))
	}
	return nil
}

// Strings. A payload keeps a table of the strings of at least minShared
// bytes met so far (place names, ids, the document's metadata in every
// event recur many times in one entry): such a string is written in full the
// first time, as uvarint(len<<1) and its bytes, and afterwards as
// uvarint(index<<1 | 1).
const minShared = 2

// encoder writes a payload.
type encoder struct {
	b      []byte
	list   []string       // the string table, while it is short
	strs   map[string]int // index in the string table, once it is long
	mapped bool           // whether strs holds the table
}

// maxListed is the longest string table an encoder searches in order
// before it indexes the table in a map: comparing a string with a few
// dozen others, most of another length, costs less than hashing it (a
// spilled event has about 30).
const maxListed = 48

func (e *encoder) string(s string) {
	if len(s) >= minShared {
		if i, ok := e.lookup(s); ok {
			e.b = binary.AppendUvarint(e.b, uint64(i)<<1|1)
			return
		}
		e.add(s)
	}
	e.b = append(binary.AppendUvarint(e.b, uint64(len(s))<<1), s...)
}

// lookup returns the index of s in the string table.
func (e *encoder) lookup(s string) (int, bool) {
	if e.mapped {
		i, ok := e.strs[s]
		return i, ok
	}
	for i, t := range e.list {
		if t == s {
			return i, true
		}
	}
	return 0, false
}

// add appends s, which it does not hold, to the string table.
func (e *encoder) add(s string) {
	if e.mapped {
		e.strs[s] = len(e.strs)
		return
	}
	if len(e.list) < maxListed {
		e.list = append(e.list, s)
		return
	}
	if e.strs == nil {
		e.strs = make(map[string]int, 2*maxListed)
	}
	for i, t := range e.list {
		e.strs[t] = i
	}
	e.strs[s] = len(e.list)
	e.mapped = true
}

// reset empties the string table for the next payload, keeping a small
// map: clearing a map costs its capacity, not its length.
func (e *encoder) reset() {
	clear(e.list)
	e.list = e.list[:0]
	if e.mapped {
		if len(e.strs) > maxReusedStrings {
			e.strs = nil
		} else {
			clear(e.strs)
		}
		e.mapped = false
	}
}

// decoder reads a payload front to back.
type decoder struct {
	b    []byte
	strs []string // the string table
}

func (d *decoder) string() (string, error) {
	x, err := d.uvarint()
	if err != nil {
		return "", err
	}
	if x&1 == 1 {
		if x>>1 >= uint64(len(d.strs)) {
			return "", ErrCorrupt
		}
		return d.strs[x>>1], nil
	}
	n := x >> 1
	if n > uint64(len(d.b)) {
		return "", ErrCorrupt
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	if len(s) >= minShared {
		d.strs = append(d.strs, s)
	}
	return s, nil
}

// uvarint reads a varint in its shortest form (an overlong one, ending in a
// zero byte, is corrupt: every payload has one encoding).
func (d *decoder) uvarint() (uint64, error) {
	x, n := binary.Uvarint(d.b)
	if n <= 0 || (n > 1 && d.b[n-1] == 0) {
		return 0, ErrCorrupt
	}
	d.b = d.b[n:]
	return x, nil
}

func (d *decoder) varint() (int64, error) {
	x, n := binary.Varint(d.b)
	if n <= 0 || (n > 1 && d.b[n-1] == 0) {
		return 0, ErrCorrupt
	}
	d.b = d.b[n:]
	return x, nil
}

// Compile builds the codec for t. It supports booleans, integers, floats,
// strings, slices, arrays and structs whose fields are all exported, and
// rejects every other kind, element types that encode in zero bytes, and
// recursive types.
func Compile(t reflect.Type) (*Codec, error) { return compileAt(t, 0) }

func compileAt(t reflect.Type, depth int) (*Codec, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("cache: %s: nested more than %d deep (a recursive type?)", t, maxDepth)
	}
	switch t.Kind() {
	case reflect.Bool:
		return &Codec{
			enc: func(e *encoder, v reflect.Value) {
				if v.Bool() {
					e.b = append(e.b, 1)
				} else {
					e.b = append(e.b, 0)
				}
			},
			dec: func(d *decoder, v reflect.Value) error {
				if len(d.b) == 0 || d.b[0] > 1 {
					return ErrCorrupt
				}
				v.SetBool(d.b[0] == 1)
				d.b = d.b[1:]
				return nil
			},
		}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &Codec{
			enc: func(e *encoder, v reflect.Value) { e.b = binary.AppendVarint(e.b, v.Int()) },
			dec: func(d *decoder, v reflect.Value) error {
				x, err := d.varint()
				if err != nil {
					return err
				}
				if v.OverflowInt(x) {
					return ErrCorrupt
				}
				v.SetInt(x)
				return nil
			},
		}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &Codec{
			enc: func(e *encoder, v reflect.Value) { e.b = binary.AppendUvarint(e.b, v.Uint()) },
			dec: func(d *decoder, v reflect.Value) error {
				x, err := d.uvarint()
				if err != nil {
					return err
				}
				if v.OverflowUint(x) {
					return ErrCorrupt
				}
				v.SetUint(x)
				return nil
			},
		}, nil
	case reflect.Float32, reflect.Float64:
		return &Codec{
			enc: func(e *encoder, v reflect.Value) {
				e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v.Float()))
			},
			dec: func(d *decoder, v reflect.Value) error {
				if len(d.b) < 8 {
					return ErrCorrupt
				}
				v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(d.b)))
				d.b = d.b[8:]
				return nil
			},
		}, nil
	case reflect.String:
		return &Codec{
			enc: func(e *encoder, v reflect.Value) { e.string(v.String()) },
			dec: func(d *decoder, v reflect.Value) error {
				s, err := d.string()
				if err != nil {
					return err
				}
				v.SetString(s)
				return nil
			},
		}, nil
	case reflect.Slice:
		elem, err := compileElem(t, depth)
		if err != nil {
			return nil, err
		}
		return &Codec{
			enc: func(e *encoder, v reflect.Value) {
				if v.IsNil() {
					e.b = append(e.b, 0)
					return
				}
				e.b = binary.AppendUvarint(e.b, uint64(v.Len())+1)
				for i := range v.Len() {
					elem.enc(e, v.Index(i))
				}
			},
			dec: func(d *decoder, v reflect.Value) error {
				n, err := d.uvarint() // 0 for nil, else 1 + the number of elements, each at least one byte
				if err != nil {
					return err
				}
				if n > 0 && n-1 > uint64(len(d.b)) {
					return ErrCorrupt
				}
				if n == 0 {
					v.SetZero()
					return nil
				}
				s := reflect.MakeSlice(v.Type(), int(n-1), int(n-1))
				for i := range int(n - 1) {
					if err := elem.dec(d, s.Index(i)); err != nil {
						return err
					}
				}
				v.Set(s)
				return nil
			},
		}, nil
	case reflect.Array:
		elem, err := compileElem(t, depth)
		if err != nil {
			return nil, err
		}
		return &Codec{
			enc: func(e *encoder, v reflect.Value) {
				for i := range v.Len() {
					elem.enc(e, v.Index(i))
				}
			},
			dec: func(d *decoder, v reflect.Value) error {
				for i := range v.Len() {
					if err := elem.dec(d, v.Index(i)); err != nil {
						return err
					}
				}
				return nil
			},
		}, nil
	case reflect.Struct:
		fields := make([]*Codec, t.NumField())
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return nil, fmt.Errorf("cache: %s.%s: unexported field", t, f.Name)
			}
			c, err := compileAt(f.Type, depth+1)
			if err != nil {
				return nil, fmt.Errorf("%w (in %s.%s)", err, t, f.Name)
			}
			fields[i] = c
		}
		return &Codec{
			enc: func(e *encoder, v reflect.Value) {
				for i, c := range fields {
					c.enc(e, v.Field(i))
				}
			},
			dec: func(d *decoder, v reflect.Value) error {
				for i, c := range fields {
					if err := c.dec(d, v.Field(i)); err != nil {
						return err
					}
				}
				return nil
			},
		}, nil
	}
	return nil, fmt.Errorf("cache: %s: unsupported kind %s", t, t.Kind())
}

// compileElem compiles the element type of a slice or array type, which
// must encode in at least one byte.
func compileElem(t reflect.Type, depth int) (*Codec, error) {
	c, err := compileAt(t.Elem(), depth+1)
	if err != nil {
		return nil, err
	}
	if minSize(t.Elem()) == 0 {
		return nil, fmt.Errorf("cache: %s: elements encode in zero bytes", t)
	}
	return c, nil
}

// maxDepth bounds the nesting of compiled types.
const maxDepth = 32

// minSize returns the fewest bytes a value of t encodes in.
func minSize(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Struct:
		n := 0
		for i := range t.NumField() {
			n += minSize(t.Field(i).Type)
		}
		return n
	case reflect.Array:
		return t.Len() * minSize(t.Elem())
	case reflect.Float32, reflect.Float64:
		return 8
	}
	return 1
}

// Layout describes t's shape — kinds, field names and element types, not
// type names — so that entries written for one layout are never read as
// another.
func Layout(t reflect.Type) string {
	var sb strings.Builder
	writeLayout(&sb, t, 0)
	return sb.String()
}

func writeLayout(sb *strings.Builder, t reflect.Type, depth int) {
	if depth > maxDepth { // recursive types are rejected by compile; stop here too
		sb.WriteString("…")
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		sb.WriteString("struct{")
		for i := range t.NumField() {
			f := t.Field(i)
			if i > 0 {
				sb.WriteByte(';')
			}
			sb.WriteString(f.Name)
			sb.WriteByte(' ')
			writeLayout(sb, f.Type, depth+1)
		}
		sb.WriteByte('}')
	case reflect.Slice:
		sb.WriteString("[]")
		writeLayout(sb, t.Elem(), depth+1)
	case reflect.Array:
		fmt.Fprintf(sb, "[%d]", t.Len())
		writeLayout(sb, t.Elem(), depth+1)
	default:
		sb.WriteString(t.Kind().String())
	}
}

// Hand-written codecs. An Encoder and a Decoder write and read payloads in
// the format of the compiled codecs, value by value, for a type whose codec
// is written out by hand where reflection costs too much (the run's spill
// of every event): booleans, integers, floats and strings as Compile's
// codecs write them, a slice as its length (SliceLen) and then its
// elements, a struct as its fields in order. Such a codec's tests compare
// it with Compile's on the same type.

// An Encoder writes payloads by hand. Its zero value is ready; it keeps its
// string table's memory from one payload to the next.
type Encoder struct{ e encoder }

// Start begins a payload after b.
func (e *Encoder) Start(b []byte) {
	e.e.b = b
	e.e.reset()
}

// Bytes returns b (as given to Start) and the payload after it.
func (e *Encoder) Bytes() []byte { return e.e.b }

// Bool writes a boolean.
func (e *Encoder) Bool(v bool) {
	if v {
		e.e.b = append(e.e.b, 1)
	} else {
		e.e.b = append(e.e.b, 0)
	}
}

// Int writes a signed integer of any size.
func (e *Encoder) Int(v int64) { e.e.b = binary.AppendVarint(e.e.b, v) }

// Float writes a float64, bit for bit.
func (e *Encoder) Float(v float64) {
	e.e.b = binary.LittleEndian.AppendUint64(e.e.b, math.Float64bits(v))
}

// Str writes a string.
func (e *Encoder) Str(s string) { e.e.string(s) }

// SliceLen writes the length of a slice, or that it is nil; its elements
// follow.
func (e *Encoder) SliceLen(n int, isNil bool) {
	if isNil {
		e.e.b = append(e.e.b, 0)
		return
	}
	e.e.b = binary.AppendUvarint(e.e.b, uint64(n)+1)
}

// A Decoder reads one payload by hand. The first failure sticks: later
// reads return zero values, and End reports it.
type Decoder struct {
	d   decoder
	err error
}

// Start begins reading the payload b; the string table's memory is kept.
func (d *Decoder) Start(b []byte) {
	d.d.b, d.d.strs, d.err = b, d.d.strs[:0], nil
}

// End reports the first failure, or that bytes are left over.
func (d *Decoder) End() error {
	if d.err == nil && len(d.d.b) != 0 {
		d.err = fmt.Errorf("%w: %d trailing bytes", ErrCorrupt, len(d.d.b))
	}
	return d.err
}

// Bool reads a boolean.
func (d *Decoder) Bool() bool {
	if d.err != nil {
		return false
	}
	if len(d.d.b) == 0 || d.d.b[0] > 1 {
		d.err = ErrCorrupt
		return false
	}
	v := d.d.b[0] == 1
	d.d.b = d.d.b[1:]
	return v
}

// Int reads a signed integer of any size (a Go int is 64 bits wide here,
// as the compiled codecs' overflow check assumes for the types spilled).
func (d *Decoder) Int() int64 {
	if d.err != nil {
		return 0
	}
	x, err := d.d.varint()
	d.err = err
	return x
}

// Float reads a float64.
func (d *Decoder) Float() float64 {
	if d.err != nil {
		return 0
	}
	if len(d.d.b) < 8 {
		d.err = ErrCorrupt
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.d.b))
	d.d.b = d.d.b[8:]
	return v
}

// Str reads a string.
func (d *Decoder) Str() string {
	if d.err != nil {
		return ""
	}
	s, err := d.d.string()
	d.err = err
	return s
}

// SliceLen reads the length of a slice, and whether it is nil, as SliceLen
// wrote them; each element takes at least one byte, so a length beyond the
// bytes left is corrupt.
func (d *Decoder) SliceLen() (n int, isNil bool) {
	if d.err != nil {
		return 0, true
	}
	x, err := d.d.uvarint()
	if err != nil {
		d.err = err
		return 0, true
	}
	if x == 0 {
		return 0, true
	}
	if x-1 > uint64(len(d.d.b)) {
		d.err = ErrCorrupt
		return 0, true
	}
	return int(x - 1), false
}
