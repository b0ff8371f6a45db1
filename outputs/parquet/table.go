package parquet

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/bitutil"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/metadata"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"

	"geotimeline/pipeline"
)

// DefaultRowGroupSize is the number of rows per row group when
// Options.RowGroupSize is zero.
const DefaultRowGroupSize = 64 * 1024

// createdBy is written as the file's created_by, in place of the library's
// version string, so that the bytes do not change with the Arrow version.
const createdBy = "geotimeline"

// Options configure a writer. The zero value is ready to use.
type Options struct {
	// RowGroupSize is the number of rows per row group; the last one may be
	// shorter. Default DefaultRowGroupSize (65536).
	RowGroupSize int
}

func (o Options) rowGroupSize() int {
	if o.RowGroupSize <= 0 {
		return DefaultRowGroupSize
	}
	return o.RowGroupSize
}

// A column describes one column of a table of rows of type T: its Arrow
// field (the schema is written as pqarrow converts it), whether Parquet
// should dictionary-encode it, its number of Parquet leaf columns, and how
// to append a row's value to those leaves. A table's []column is its whole
// schema.
type column[T any] struct {
	field  arrow.Field
	dict   bool
	leaves int
	append func(l []leaf, r *T)
}

// schemaOf returns the Arrow schema of cols.
func schemaOf[T any](cols []column[T]) *arrow.Schema {
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		fields[i] = c.field
	}
	return arrow.NewSchema(fields, nil)
}

// writerProperties returns the Parquet properties shared by every file
// this package writes: pinned created_by, required root, zstd, fixed row
// groups, and dictionary encoding only where a column asks for it.
func writerProperties[T any](cols []column[T], rowGroupSize int) *parquet.WriterProperties {
	opts := []parquet.WriterProperty{
		parquet.WithCreatedBy(createdBy),
		parquet.WithRootRepetition(parquet.Repetitions.Required),
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithCompressionLevel(compressionLevel), // see zstd.go

		parquet.WithMaxRowGroupLength(int64(rowGroupSize)),
		parquet.WithDictionaryDefault(false),
	}
	for _, c := range cols {
		if c.dict {
			opts = append(opts, parquet.WithDictionaryFor(c.field.Name, true))
		}
	}
	return parquet.NewWriterProperties(opts...)
}

// A tableWriter streams rows of type T into one Parquet file: each row's
// values go into its columns' leaves (pending values, kept as Parquet's
// column writers take them) and are written as a row group every
// rowGroupSize rows, so memory holds at most one row group. It is the one
// writer behind every file of this package.
//
// The leaves are fed to Arrow's Parquet column writers directly, with the
// levels and the calls Arrow's own Arrow-to-Parquet writer (pqarrow) would
// make for the same rows in Arrow arrays (see leaf.write): the files are
// the same bytes, without building Arrow arrays first. Their buffers are
// kept from one row group to the next; Arrow's builders were made anew for
// each, and growing and clearing them cost as much as the encoding.
type tableWriter[T any] struct {
	cols         []column[T]
	leaves       []leaf // every column's leaves, in schema order
	first        []int  // per column, the index of its first leaf
	fw           *file.Writer
	sink         *errWriter
	rowGroupSize int
	rows         int   // rows appended
	pending      int   // rows in the leaves, not yet written
	err          error // first failure, sticky
	closed       bool
}

// errClosed is returned by Add after Close.
var errClosed = errors.New("parquet: add after close")

// newTableWriter starts a Parquet file on w with the columns cols. It does
// not close w.
func newTableWriter[T any](w io.Writer, cols []column[T], rowGroupSize int) (tw *tableWriter[T], err error) {
	schema := schemaOf(cols)
	props := writerProperties(cols, rowGroupSize)
	// The Parquet schema as pqarrow derives it from the Arrow schema.
	pqschema, err := pqarrow.ToParquet(schema, props, pqarrow.NewArrowWriterProperties())
	if err != nil {
		return nil, fmt.Errorf("parquet: schema: %w", err)
	}
	tw = &tableWriter[T]{cols: cols, first: make([]int, len(cols)), rowGroupSize: rowGroupSize}
	for i, c := range cols {
		tw.first[i] = len(tw.leaves)
		for range c.leaves {
			tw.leaves = append(tw.leaves, leaf{})
		}
	}
	if len(tw.leaves) != pqschema.NumColumns() {
		return nil, fmt.Errorf("parquet: schema: %d leaf columns, want %d", len(tw.leaves), pqschema.NumColumns())
	}
	// The Parquet writer panics on some write errors (the magic number, the
	// footer); sink keeps the first error so that it can be returned.
	tw.sink = &errWriter{w: w}
	defer recoverInto(tw.sink, &err)
	// An empty, not nil, key-value list, as pqarrow.NewFileWriter gives.
	meta := make(metadata.KeyValueMetadata, 0)
	tw.fw = file.NewParquetWriter(tw.sink, pqschema.Root(), file.WithWriterProps(props), file.WithWriteMetadata(meta))
	if tw.sink.err != nil {
		return nil, fmt.Errorf("parquet: write: %w", tw.sink.err)
	}
	return tw, nil
}

// recoverInto turns a panic of the Parquet writer into *err, preferring the
// write error that caused it.
func recoverInto(sink *errWriter, err *error) {
	r := recover()
	if r == nil {
		return
	}
	if sink.err != nil {
		*err = fmt.Errorf("parquet: write: %w", sink.err)
		return
	}
	*err = fmt.Errorf("parquet: writer failed: %v", r)
}

// append adds one row, writing a row group when rowGroupSize rows are
// pending.
func (t *tableWriter[T]) append(r *T) error {
	if err := t.usable(); err != nil {
		return err
	}
	for j := range t.cols {
		c := &t.cols[j]
		c.append(t.leaves[t.first[j]:t.first[j]+c.leaves], r)
	}
	t.rows++
	t.pending++
	if t.pending == t.rowGroupSize {
		return t.flush()
	}
	return nil
}

// usable returns the error that keeps the writer from taking rows.
func (t *tableWriter[T]) usable() error {
	if t.err != nil {
		return t.err
	}
	if t.closed {
		return errClosed
	}
	return nil
}

// flush writes the pending rows as one row group and empties the leaves,
// keeping their buffers for the next.
func (t *tableWriter[T]) flush() (err error) {
	if t.pending == 0 {
		return nil
	}
	defer func() {
		if err != nil {
			t.err = err
		}
	}()
	defer recoverInto(t.sink, &err)
	first := t.rows - t.pending
	t.pending = 0
	rg := t.fw.AppendRowGroup()
	// Byte arrays pointing into a leaf, shared by the leaves and dropped
	// after the row group: kept, the collector would scan them every cycle.
	var vals []parquet.ByteArray
	for i := range t.leaves {
		cw, err := rg.NextColumn()
		if err == nil {
			vals, err = t.leaves[i].write(cw, vals)
		}
		if err != nil {
			if t.sink.err != nil {
				return fmt.Errorf("parquet: write: %w", t.sink.err)
			}
			return fmt.Errorf("parquet: rows %d-%d: %w", first, t.rows-1, err)
		}
	}
	// Closed now, not when the next row group starts, because the
	// statistics of the last column point into its leaf until then.
	if err := rg.Close(); err != nil {
		if t.sink.err != nil {
			return fmt.Errorf("parquet: write: %w", t.sink.err)
		}
		return fmt.Errorf("parquet: rows %d-%d: %w", first, t.rows-1, err)
	}
	for i := range t.leaves {
		t.leaves[i].reset()
	}
	return nil
}

// close ends the file: it writes the pending rows, the key-value metadata
// kv returns (pairs of key and value, in order; kv may be nil) and the
// footer. It does not close the underlying writer. After an earlier failure
// it releases the writer and returns that failure; closing again returns
// the first result.
func (t *tableWriter[T]) close(kv func() ([][2]string, error)) error {
	if t.closed {
		return t.err
	}
	if t.err == nil {
		t.err = t.end(kv)
	}
	t.abort()
	return t.err
}

// end writes the pending rows, the metadata and the footer.
func (t *tableWriter[T]) end(kv func() ([][2]string, error)) (err error) {
	if err := t.flush(); err != nil {
		return err
	}
	var pairs [][2]string
	if kv != nil {
		if pairs, err = kv(); err != nil {
			return err
		}
	}
	defer recoverInto(t.sink, &err)
	for _, p := range pairs {
		// The footer is written by Close, so metadata known only after
		// the last row (the extent of the data) can still go into it.
		if err := t.fw.AppendKeyValueMetadata(p[0], p[1]); err != nil {
			return fmt.Errorf("parquet: metadata %s: %w", p[0], err)
		}
	}
	t.leaves = nil
	t.closed = true
	if err := t.fw.Close(); err != nil {
		return fmt.Errorf("parquet: close: %w", err)
	}
	if t.sink.err != nil {
		return fmt.Errorf("parquet: write: %w", t.sink.err)
	}
	return nil
}

// abort releases the writer; after a failure the file is incomplete. It
// does nothing once the writer is closed.
func (t *tableWriter[T]) abort() {
	if t.closed {
		return
	}
	t.closed = true
	t.leaves = nil
	defer func() { recover() }()
	t.fw.Close()
}

// A leaf holds the pending values of one Parquet leaf column — a column of
// a primitive type, the elements of a list column, or one field of a struct
// column — as Parquet's column writers take them: a value per slot (an
// element, or a row of a column that is not a list; a null slot holds a
// zero value or an empty byte array), and the definition and repetition
// levels when the column has them.
type leaf struct {
	defs  []int16 // definition levels, one per slot and per empty list
	reps  []int16 // repetition levels, for list elements
	nulls int     // null slots

	// The values, in the slice of the leaf's type.
	data []byte // byte arrays, one after the other
	ends []int  // where each byte array ends in data
	i32  []int32
	i64  []int64
	f64  []float64

	valid []byte // scratch for write: the slots' validity bitmap
}

// reset empties the leaf and keeps its buffers.
func (l *leaf) reset() {
	l.defs, l.reps, l.nulls = l.defs[:0], l.reps[:0], 0
	l.data, l.ends = l.data[:0], l.ends[:0]
	l.i32, l.i64, l.f64 = l.i32[:0], l.i64[:0], l.f64[:0]
}

// bytes appends a byte-array value.
func (l *leaf) bytes(s string) {
	l.data = append(l.data, s...)
	l.ends = append(l.ends, len(l.data))
}

// binary appends a byte-array value.
func (l *leaf) binary(b []byte) {
	l.data = append(l.data, b...)
	l.ends = append(l.ends, len(l.data))
}

// byteArrays returns the byte-array values, in vals (whose contents it
// replaces) when it has room.
func (l *leaf) byteArrays(vals []parquet.ByteArray) []parquet.ByteArray {
	if l.data == nil {
		// Not nil, so that an empty value is an empty byte array, as in
		// an Arrow array, and not a nil one.
		l.data = make([]byte, 0, 64)
	}
	vals = slices.Grow(vals[:0], len(l.ends))
	start := 0
	for _, end := range l.ends {
		vals = append(vals, parquet.ByteArray(l.data[start:end:end]))
		start = end
	}
	return vals
}

// validity returns the bitmap of the slots that hold a value, for a leaf
// that is not the element of a list: slot i is valid when its definition
// level is def.
func (l *leaf) validity(def int16) []byte {
	n := len(l.defs)
	l.valid = slices.Grow(l.valid[:0], int(bitutil.BytesForBits(int64(n))))[:bitutil.BytesForBits(int64(n))]
	clear(l.valid)
	for i, d := range l.defs {
		if d == def {
			bitutil.SetBit(l.valid, i)
		}
	}
	return l.valid
}

// write writes the leaf's values to cw as one column chunk, with the calls
// pqarrow's writeDenseArrow makes for a leaf array holding the same slots
// (Arrow v17, parquet/pqarrow/encode_arrow.go and path_builder.go): the
// column writer takes the values dense (WriteBatch) when no slot can be
// null, and spaced, a slot per definition level that reaches the nearest
// list or the root (WriteBatchSpaced), otherwise; with a validity bitmap
// computed from the definition levels (SetBitsBuffer) unless the leaf is
// its only nullable level. The two ways split pages alike but are not
// interchangeable in every case, so the choice is Arrow's, to the letter:
// a leaf whose slots are all present counts as not nullable.
//
// vals is scratch space for the byte arrays; write returns it, grown.
func (l *leaf) write(cw file.ColumnChunkWriter, vals []parquet.ByteArray) ([]parquet.ByteArray, error) {
	li := cw.LevelInfo()
	single := li.DefLevel == li.RepeatedAncestorDefLevel+1 && l.nulls > 0
	parentNulls := li.HasNullableValues() && !single
	if parentNulls && !cw.HasBitsBuffer() {
		buf := memory.NewResizableBuffer(cw.Properties().Allocator())
		buf.Resize(int(bitutil.BytesForBits(cw.Properties().WriteBatchSize())))
		cw.SetBitsBuffer(buf)
	}
	dense := !parentNulls && (cw.Descr().SchemaNode().RepetitionType() == parquet.Repetitions.Required || l.nulls == 0)
	var defs, reps []int16
	if li.DefLevel > 0 {
		defs = l.defs
	}
	if li.RepLevel > 0 {
		reps = l.reps
	}
	var valid []byte
	if !dense && !cw.HasBitsBuffer() && reps == nil {
		valid = l.validity(li.DefLevel)
	}
	l.reserve(cw)
	var err error
	switch w := cw.(type) {
	case *file.ByteArrayColumnChunkWriter:
		vals = l.byteArrays(vals)
		if dense {
			_, err = w.WriteBatch(vals, defs, reps)
		} else {
			w.WriteBatchSpaced(vals, defs, reps, valid, 0)
		}
	case *file.Int32ColumnChunkWriter:
		if dense {
			_, err = w.WriteBatch(l.i32, defs, reps)
		} else {
			w.WriteBatchSpaced(l.i32, defs, reps, valid, 0)
		}
	case *file.Int64ColumnChunkWriter:
		if dense {
			_, err = w.WriteBatch(l.i64, defs, reps)
		} else {
			w.WriteBatchSpaced(l.i64, defs, reps, valid, 0)
		}
	case *file.Float64ColumnChunkWriter:
		if dense {
			_, err = w.WriteBatch(l.f64, defs, reps)
		} else {
			w.WriteBatchSpaced(l.f64, defs, reps, valid, 0)
		}
	default:
		err = fmt.Errorf("column %s: no writer for %T", cw.Descr().Path(), cw)
	}
	return vals, err
}

// reserve makes room in cw's value encoder, before the leaf is written,
// for the values of its first page. The encoder's buffer otherwise starts
// small (Arrow takes it from a pool that its column writers, made anew for
// every row group, mostly empty) and doubles as values arrive: for
// documents.parquet's text, 256 bytes to 2 MB in every row group, a fifth
// of what a run allocated. The column writer ends a page after a batch of
// WriteBatchSize values that brings it to the page size or more, so the
// first page holds the values of the batches up to that one (an upper
// bound when some slots are null or hold lists). The buffer's size does
// not change what is encoded nor where pages end, so the file is the same
// (TestReserveSameBytes). Dictionary-encoded columns keep their values
// elsewhere and are left alone.
func (l *leaf) reserve(cw file.ColumnChunkWriter) {
	enc := cw.CurrentEncoder()
	if enc == nil || enc.Encoding() != parquet.Encodings.Plain {
		return
	}
	page := int(cw.Properties().DataPageSize())
	batch := int(cw.Properties().WriteBatchSize())
	// size returns the plain-encoded size of the first n values.
	var size func(n int) int
	var total int
	switch cw.(type) {
	case *file.ByteArrayColumnChunkWriter:
		// A 4-byte length before each value.
		size, total = func(n int) int { return l.ends[n-1] + 4*n }, len(l.ends)
	case *file.Int32ColumnChunkWriter:
		size, total = func(n int) int { return 4 * n }, len(l.i32)
	case *file.Int64ColumnChunkWriter:
		size, total = func(n int) int { return 8 * n }, len(l.i64)
	case *file.Float64ColumnChunkWriter:
		size, total = func(n int) int { return 8 * n }, len(l.f64)
	default:
		return
	}
	if total == 0 || batch <= 0 {
		return
	}
	n := min(batch, total)
	for n < total && size(n) < page {
		n = min(n+batch, total)
	}
	enc.ReserveForWrite(size(n))
}

// errWriter passes writes to w and keeps the first error. It has no Close
// method, so the Parquet writer, which closes a WriteCloser, leaves the
// caller's writer open.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}

// Column constructors. Each takes the column name and a getter; the getter
// of a nullable column reports whether the value is present. Each appends a
// row's value to the column's leaves, with the definition and repetition
// levels of its place in the schema: an optional column has level 1 for a
// value, 0 for null; a list (required, of optional elements) 2 for each
// element, repetition 0 for a list's first and 1 for the others, and a
// single level 0 for an empty list; a field of an optional struct of
// optional fields 2, or 0 when the struct is null.

// stringCol is a string column; when nullable, "" is written as null.
// Invalid UTF-8 is replaced by U+FFFD, as Parquet strings must be UTF-8.
func stringCol[T any](name string, nullable, dict bool, get func(*T) string) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.BinaryTypes.String, Nullable: nullable},
		dict:   dict,
		leaves: 1,
		append: func(l []leaf, r *T) {
			s := get(r)
			if nullable {
				if s == "" {
					l[0].null()
					l[0].ends = append(l[0].ends, len(l[0].data))
					return
				}
				l[0].defs = append(l[0].defs, 1)
			}
			l[0].bytes(validUTF8(s))
		},
	}
}

// null appends the definition level of a null value of a column that is
// optional at the root, and counts it.
func (l *leaf) null() {
	l.defs = append(l.defs, 0)
	l.nulls++
}

// stringListCol is a non-null list<string> column. Its elements are never
// null, but pqarrow v17 always declares list elements optional, so the
// schema says so too.
func stringListCol[T any](name string, get func(*T) []string) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.ListOf(arrow.BinaryTypes.String), Nullable: false},
		leaves: 1,
		append: func(l []leaf, r *T) {
			v := &l[0]
			ss := get(r)
			if len(ss) == 0 {
				v.defs, v.reps = append(v.defs, 0), append(v.reps, 0)
				return
			}
			for i, s := range ss {
				v.defs, v.reps = append(v.defs, 2), append(v.reps, int16(min(i, 1)))
				v.bytes(validUTF8(s))
			}
		},
	}
}

// dateCol is a nullable DATE32 column; the unknown (zero) date is null.
func dateCol[T any](name string, get func(*T) pipeline.Date) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.FixedWidthTypes.Date32, Nullable: true},
		leaves: 1,
		append: func(l []leaf, r *T) {
			d := get(r)
			if d.IsZero() {
				l[0].null()
				l[0].i32 = append(l[0].i32, 0)
				return
			}
			l[0].defs = append(l[0].defs, 1)
			l[0].i32 = append(l[0].i32, int32(arrow.Date32FromTime(d.Time())))
		},
	}
}

// float64Col is a float64 column; when nullable, get's false means null.
func float64Col[T any](name string, nullable bool, get func(*T) (float64, bool)) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Float64, Nullable: nullable},
		leaves: 1,
		append: func(l []leaf, r *T) {
			v, ok := get(r)
			if nullable {
				if !ok {
					l[0].null()
					l[0].f64 = append(l[0].f64, 0)
					return
				}
				l[0].defs = append(l[0].defs, 1)
			}
			l[0].f64 = append(l[0].f64, v)
		},
	}
}

// int64Col is a non-null int64 column.
func int64Col[T any](name string, get func(*T) int64) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int64},
		leaves: 1,
		append: func(l []leaf, r *T) { l[0].i64 = append(l[0].i64, get(r)) },
	}
}

// int32Col is a non-null int32 column.
func int32Col[T any](name string, get func(*T) int32) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int32},
		leaves: 1,
		append: func(l []leaf, r *T) { l[0].i32 = append(l[0].i32, get(r)) },
	}
}

// binaryCol is a nullable binary column; a nil slice is null.
func binaryCol[T any](name string, get func(*T) []byte) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.BinaryTypes.Binary, Nullable: true},
		leaves: 1,
		append: func(l []leaf, r *T) {
			v := get(r)
			if v == nil {
				l[0].null()
				l[0].ends = append(l[0].ends, len(l[0].data))
				return
			}
			l[0].defs = append(l[0].defs, 1)
			l[0].binary(v)
		},
	}
}

// bbox is a bounding box in lon/lat.
type bbox struct{ xmin, ymin, xmax, ymax float64 }

// bboxCol is a nullable struct<xmin, ymin, xmax, ymax: float64> column, the
// GeoParquet 1.1 bbox covering of a geometry column: four leaves.
func bboxCol[T any](name string, get func(*T) (bbox, bool)) column[T] {
	typ := arrow.StructOf(
		arrow.Field{Name: "xmin", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		arrow.Field{Name: "ymin", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		arrow.Field{Name: "xmax", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		arrow.Field{Name: "ymax", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
	)
	return column[T]{
		field:  arrow.Field{Name: name, Type: typ, Nullable: true},
		leaves: 4,
		append: func(l []leaf, r *T) {
			bb, ok := get(r)
			for i, v := range [...]float64{bb.xmin, bb.ymin, bb.xmax, bb.ymax} {
				if !ok {
					// A null struct: its fields are null slots too.
					l[i].null()
					l[i].f64 = append(l[i].f64, 0)
					continue
				}
				l[i].defs = append(l[i].defs, 2)
				l[i].f64 = append(l[i].f64, v)
			}
		},
	}
}

func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, string(utf8.RuneError))
}

// int64NullCol is a nullable int64 column; get's false means null.
func int64NullCol[T any](name string, get func(*T) (int64, bool)) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int64, Nullable: true},
		leaves: 1,
		append: func(l []leaf, r *T) {
			v, ok := get(r)
			if !ok {
				l[0].null()
				l[0].i64 = append(l[0].i64, 0)
				return
			}
			l[0].defs = append(l[0].defs, 1)
			l[0].i64 = append(l[0].i64, v)
		},
	}
}
