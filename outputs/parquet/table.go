package parquet

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
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
// field, whether Parquet should dictionary-encode it, and how to append a
// row's value to its builder. A table's []column is its whole schema.
type column[T any] struct {
	field  arrow.Field
	dict   bool
	append func(b array.Builder, r *T)
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

// A tableWriter streams rows of type T into one Parquet file: rows are
// buffered in Arrow builders and written as a row group every rowGroupSize
// rows, so memory holds at most one row group. It is the one writer behind
// every file of this package.
type tableWriter[T any] struct {
	cols         []column[T]
	fw           *pqarrow.FileWriter
	b            *array.RecordBuilder
	sink         *errWriter
	rowGroupSize int
	rows         int   // rows appended
	pending      int   // rows in the builders, not yet written
	err          error // first failure, sticky
	closed       bool
}

// errClosed is returned by Add after Close.
var errClosed = errors.New("parquet: add after close")

// newTableWriter starts a Parquet file on w with the columns cols. It does
// not close w.
func newTableWriter[T any](w io.Writer, cols []column[T], rowGroupSize int) (tw *tableWriter[T], err error) {
	schema := schemaOf(cols)
	// The Parquet writer panics on some write errors (the magic number, the
	// footer); sink keeps the first error so that it can be returned.
	sink := &errWriter{w: w}
	defer recoverInto(sink, &err)
	fw, err := pqarrow.NewFileWriter(schema, sink, writerProperties(cols, rowGroupSize), pqarrow.NewArrowWriterProperties())
	if err != nil {
		if sink.err != nil {
			return nil, fmt.Errorf("parquet: write: %w", sink.err)
		}
		return nil, fmt.Errorf("parquet: schema: %w", err)
	}
	return &tableWriter[T]{cols: cols, fw: fw, b: array.NewRecordBuilder(memory.DefaultAllocator, schema), sink: sink, rowGroupSize: rowGroupSize}, nil
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
		t.cols[j].append(t.b.Field(j), r)
	}
	t.rows++
	t.pending++
	if t.pending == t.rowGroupSize {
		return t.flush(true)
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

// flush writes the pending rows as one row group. With more to come, it
// then sizes the builders for a row group like this one: the builders start
// empty after each row group, and growing them a doubling at a time, with a
// copy each, cost more than writing the rows.
func (t *tableWriter[T]) flush(more bool) (err error) {
	if t.pending == 0 {
		return nil
	}
	defer func() {
		if err != nil {
			t.err = err
		}
	}()
	defer recoverInto(t.sink, &err)
	rec := t.b.NewRecord()
	released := false
	defer func() {
		if !released {
			rec.Release()
		}
	}()
	var caps []capacity
	if more {
		caps = make([]capacity, rec.NumCols())
		for i, col := range rec.Columns() {
			caps[i] = capacityOf(col)
		}
	}
	first := t.rows - t.pending
	t.pending = 0
	err = t.fw.Write(rec)
	rec.Release()
	released = true
	if err != nil {
		if t.sink.err != nil {
			return fmt.Errorf("parquet: write: %w", t.sink.err)
		}
		return fmt.Errorf("parquet: rows %d-%d: %w", first, t.rows-1, err)
	}
	// After the write, so that the record's buffers can go before these
	// are taken.
	for i := range caps {
		caps[i].reserve(t.b.Field(i))
	}
	return nil
}

// A capacity is what one column of a row group held: its rows, the bytes
// of its values when they have variable length, and the same for its
// children (a list's values, a struct's fields).
type capacity struct {
	rows, data int
	children   []capacity
}

func capacityOf(a arrow.Array) capacity {
	c := capacity{rows: a.Len()}
	switch a := a.(type) {
	case *array.String:
		c.data = len(a.ValueBytes())
	case *array.Binary:
		c.data = len(a.ValueBytes())
	case *array.List:
		c.children = []capacity{capacityOf(a.ListValues())}
	case *array.Struct:
		for i := range a.NumField() {
			c.children = append(c.children, capacityOf(a.Field(i)))
		}
	}
	return c
}

// reserve makes room in the empty builder b for a column like c.
func (c *capacity) reserve(b array.Builder) {
	b.Reserve(c.rows)
	switch b := b.(type) {
	case *array.StringBuilder:
		b.ReserveData(c.data)
	case *array.BinaryBuilder:
		b.ReserveData(c.data)
	case *array.ListBuilder:
		if len(c.children) == 1 {
			c.children[0].reserve(b.ValueBuilder())
		}
	case *array.StructBuilder:
		for i := range min(len(c.children), b.NumField()) {
			c.children[i].reserve(b.FieldBuilder(i))
		}
	}
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
	if err := t.flush(false); err != nil {
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
	t.b.Release()
	t.b = nil
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
	if t.b != nil {
		t.b.Release()
		t.b = nil
	}
	defer func() { recover() }()
	t.fw.Close()
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
// of a nullable column reports whether the value is present.

// stringCol is a string column; when nullable, "" is written as null.
// Invalid UTF-8 is replaced by U+FFFD, as Parquet strings must be UTF-8.
func stringCol[T any](name string, nullable, dict bool, get func(*T) string) column[T] {
	return column[T]{
		field: arrow.Field{Name: name, Type: arrow.BinaryTypes.String, Nullable: nullable},
		dict:  dict,
		append: func(b array.Builder, r *T) {
			s := get(r)
			if nullable && s == "" {
				b.AppendNull()
				return
			}
			b.(*array.StringBuilder).Append(validUTF8(s))
		},
	}
}

// stringListCol is a non-null list<string> column. Its elements are never
// null, but pqarrow v17 always declares list elements optional, so the
// schema says so too.
func stringListCol[T any](name string, get func(*T) []string) column[T] {
	return column[T]{
		field: arrow.Field{Name: name, Type: arrow.ListOf(arrow.BinaryTypes.String), Nullable: false},
		append: func(b array.Builder, r *T) {
			lb := b.(*array.ListBuilder)
			vb := lb.ValueBuilder().(*array.StringBuilder)
			lb.Append(true)
			for _, s := range get(r) {
				vb.Append(validUTF8(s))
			}
		},
	}
}

// dateCol is a nullable DATE32 column; the unknown (zero) date is null.
func dateCol[T any](name string, get func(*T) pipeline.Date) column[T] {
	return column[T]{
		field: arrow.Field{Name: name, Type: arrow.FixedWidthTypes.Date32, Nullable: true},
		append: func(b array.Builder, r *T) {
			d := get(r)
			if d.IsZero() {
				b.AppendNull()
				return
			}
			b.(*array.Date32Builder).Append(arrow.Date32FromTime(d.Time()))
		},
	}
}

// float64Col is a float64 column; when nullable, get's false means null.
func float64Col[T any](name string, nullable bool, get func(*T) (float64, bool)) column[T] {
	return column[T]{
		field: arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Float64, Nullable: nullable},
		append: func(b array.Builder, r *T) {
			v, ok := get(r)
			if nullable && !ok {
				b.AppendNull()
				return
			}
			b.(*array.Float64Builder).Append(v)
		},
	}
}

// int64Col is a non-null int64 column.
func int64Col[T any](name string, get func(*T) int64) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int64},
		append: func(b array.Builder, r *T) { b.(*array.Int64Builder).Append(get(r)) },
	}
}

// int32Col is a non-null int32 column.
func int32Col[T any](name string, get func(*T) int32) column[T] {
	return column[T]{
		field:  arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int32},
		append: func(b array.Builder, r *T) { b.(*array.Int32Builder).Append(get(r)) },
	}
}

// binaryCol is a nullable binary column; a nil slice is null.
func binaryCol[T any](name string, get func(*T) []byte) column[T] {
	return column[T]{
		field: arrow.Field{Name: name, Type: arrow.BinaryTypes.Binary, Nullable: true},
		append: func(b array.Builder, r *T) {
			v := get(r)
			if v == nil {
				b.AppendNull()
				return
			}
			b.(*array.BinaryBuilder).Append(v)
		},
	}
}

// bbox is a bounding box in lon/lat.
type bbox struct{ xmin, ymin, xmax, ymax float64 }

// bboxCol is a nullable struct<xmin, ymin, xmax, ymax: float64> column, the
// GeoParquet 1.1 bbox covering of a geometry column.
func bboxCol[T any](name string, get func(*T) (bbox, bool)) column[T] {
	typ := arrow.StructOf(
		arrow.Field{Name: "xmin", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		arrow.Field{Name: "ymin", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		arrow.Field{Name: "xmax", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		arrow.Field{Name: "ymax", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
	)
	return column[T]{
		field: arrow.Field{Name: name, Type: typ, Nullable: true},
		append: func(b array.Builder, r *T) {
			sb := b.(*array.StructBuilder)
			bb, ok := get(r)
			if !ok {
				sb.AppendNull()
				return
			}
			sb.Append(true)
			for i, v := range [...]float64{bb.xmin, bb.ymin, bb.xmax, bb.ymax} {
				sb.FieldBuilder(i).(*array.Float64Builder).Append(v)
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
		field: arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int64, Nullable: true},
		append: func(b array.Builder, r *T) {
			v, ok := get(r)
			if !ok {
				b.AppendNull()
				return
			}
			b.(*array.Int64Builder).Append(v)
		},
	}
}
