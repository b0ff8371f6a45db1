// Package parquet writes geotimeline's tables as Parquet files for
// notebooks (pandas, polars, DuckDB) and GIS tools: events (EventWriter, and
// YearPartition for a Hive-partitioned dataset), mentions (MentionWriter:
// one row per sentence reporting an event), places (PlaceWriter: one row per
// resolved toponym mention) — all GeoParquet 1.1 — and documents
// (DocumentWriter: one row per article with its text, plain Parquet without
// geometry).
//
// Streaming: every file is written by a writer that takes one row at a time
// (New…Writer, Add, Close) and writes a row group every Options.RowGroupSize
// rows (DefaultRowGroupSize, 65536; DefaultDocumentRowGroupSize, 256, for
// documents), so memory holds at most one row group per open writer,
// whatever the size of the corpus. The GeoParquet "geo" metadata needs the
// extent of all rows: each writer accumulates it as rows are added, and
// Close appends it to the footer's key-value metadata, which Parquet writes
// last. WriteEvents, WriteMentions and WritePlaces take slices and are thin
// wrappers, writing the same bytes as the writers; PartitionByYear groups a
// slice by YearPartition's rule. A row group of events of typical size takes
// about 54 MB at the default 65,536 rows (places 11 MB, mentions 28 MB);
// when many writers are open at once, such as one EventWriter per year
// partition, give them a smaller RowGroupSize (8192: about 7 MB each).
//
// Events. In: pipeline.Events, already ordered by the caller. Out: one row
// per event in that order, with real column types (DATE32 dates, float64
// coordinates and scores, integer offsets and counts, list<string> for
// actors and doc_ids), nulls where a value is optional and absent, a WKB
// Point `geometry` column (null when the event has no place) and a `bbox`
// struct column declared as its GeoParquet covering. The file key-value
// metadata "geo" describes the geometry column (version 1.1.0, encoding WKB,
// CRS omitted so OGC:CRS84 applies, the data's bbox).
//
// The other GeoParquet tables carry the same `geometry` and `bbox` columns
// and "geo" metadata; each table's schema is defined by one function
// (eventColumns, mentionColumns, placeColumns, documentColumns), and every
// file goes through one streaming writer (tableWriter), which holds at most
// one row group in memory. The schema is the one pqarrow derives from the
// columns' Arrow fields, but the rows are not built into Arrow arrays: each
// column keeps its values, definition and repetition levels in buffers
// reused from one row group to the next, and hands them to Arrow's Parquet
// column writers with the calls pqarrow would make for the same arrays, so
// the bytes are pqarrow's (TestLeavesMatchArrow) without the cost of the
// arrays (BenchmarkDocumentWriter runs about twice as fast as through
// them; BenchmarkStream 10-40% faster).
//
// Guarantees: the bytes depend only on the input and Options: created_by is
// pinned to "geotimeline", no timestamps are written, row groups hold a fixed
// number of rows. A writer is not safe for concurrent use; distinct writers
// are independent. Add does not retain the row it is given. Close never
// closes the io.Writer.
//
// Coordinates are rounded to 6 decimals at output, as in the GeoJSON output.
// Low-cardinality strings are dictionary-encoded; all pages are
// zstd-compressed. An event with coordinates or numbers that cannot be
// written (NaN, infinite, out of range) is rejected by Add with an error
// wrapping ErrInvalidEvent and naming it; no row is added and the writer
// stays usable, so the caller decides whether to go on (WriteEvents and the
// other slice functions stop at the first one). A write error is sticky:
// every later Add returns it, and Close releases the writer and returns it.
//
// All imports of Apache Arrow live in this package, so moving to another
// Arrow major version is a change here only.
package parquet
