package parquet

import (
	"io"
	"unicode/utf8"

	"geotimeline/internal/swar"
	"geotimeline/pipeline"
)

// DefaultDocumentRowGroupSize is the number of documents per row group of
// documents.parquet when Options.RowGroupSize is zero: small, because each
// row holds a whole article and a row group is held in memory until written.
const DefaultDocumentRowGroupSize = 256

// A DocumentRow is one document of the corpus, for documents.parquet.
type DocumentRow struct {
	Doc     pipeline.Document
	DocDate pipeline.DocDate
}

// documentColumns is the one definition of the documents table.
func documentColumns() []column[DocumentRow] {
	type row = DocumentRow
	const dict, opt, req = true, true, false
	return []column[row]{
		stringCol("doc_id", req, !dict, func(r *row) string { return r.Doc.ID }),
		stringCol("title", opt, !dict, func(r *row) string { return r.Doc.Title }),
		stringCol("source", opt, dict, func(r *row) string { return r.Doc.Source }),
		stringCol("url", opt, !dict, func(r *row) string { return r.Doc.URL }),
		dateCol("published", func(r *row) pipeline.Date { return r.Doc.Published }),
		dateCol("doc_date", func(r *row) pipeline.Date { return r.DocDate.Date }),
		stringCol("date_basis", req, dict, func(r *row) string { return orDefault(r.DocDate.Basis, pipeline.BasisNone) }),
		stringCol("date_evidence", opt, !dict, func(r *row) string { return r.DocDate.Evidence }),
		int64Col("chars", func(r *row) int64 { return int64(runeCount(r.Doc.Text)) }),
		stringCol("text", req, !dict, func(r *row) string { return r.Doc.Text }),
	}
}

// runeCount is utf8.RuneCountInString, skipping ASCII sixteen bytes at a
// time: articles are mostly ASCII, and the byte-at-a-time count cost as
// much as writing the rest of the row.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		j := swar.SkipASCII(s, i)
		n += j - i
		if i = j; i == len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
		n++
	}
	return n
}

// A DocumentWriter streams documents.parquet: one row per document, in the
// order added, written as a row group every RowGroupSize documents (default
// DefaultDocumentRowGroupSize), so that a corpus never has to be held in
// memory. The file has no geometry column: it is plain Parquet. Columns:
// doc_id, title, source, url, published and doc_date (DATE), date_basis,
// date_evidence, chars (the text's length in code points, the unit of every
// char_start/char_end) and text. A DocumentWriter is not safe for
// concurrent use.
type DocumentWriter struct {
	tw *tableWriter[DocumentRow]
}

// NewDocumentWriter starts documents.parquet on w, which it does not close.
func NewDocumentWriter(w io.Writer, opts Options) (*DocumentWriter, error) {
	n := opts.RowGroupSize
	if n <= 0 {
		n = DefaultDocumentRowGroupSize
	}
	tw, err := newTableWriter(w, documentColumns(), n)
	if err != nil {
		return nil, err
	}
	return &DocumentWriter{tw: tw}, nil
}

// Add appends one document. After a write error the file is unusable:
// every later call returns that error, and Close releases the writer.
func (d *DocumentWriter) Add(r DocumentRow) error { return d.tw.append(&r) }

// Close writes the remaining rows and the footer; it does not close w.
// After a failed Add it releases the writer and returns that error.
func (d *DocumentWriter) Close() error { return d.tw.close(nil) }
