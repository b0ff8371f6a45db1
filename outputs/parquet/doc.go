// Package parquet writes geotimeline's tables as Parquet files for
// notebooks (pandas, polars, DuckDB) and GIS tools: events (WriteEvents, and
// PartitionByYear for a Hive-partitioned dataset), mentions (WriteMentions:
// one row per sentence reporting an event), places (WritePlaces: one row per
// resolved toponym mention) — all GeoParquet 1.1 — and documents
// (DocumentWriter: one row per article with its text, streamed a row group
// at a time, plain Parquet without geometry).
//
// Events. In: a slice of pipeline.Event, already ordered by the caller. Out: one row
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
// one row group in memory.
//
// Guarantees: the bytes depend only on the input and Options: created_by is
// pinned to "geotimeline", no timestamps are written, row groups hold a fixed
// number of rows.
// Coordinates are rounded to 6 decimals at output, as in the GeoJSON output.
// Low-cardinality strings are dictionary-encoded; all pages are
// zstd-compressed. An event with coordinates or numbers that cannot be
// written (NaN, infinite, out of range) makes WriteEvents fail with an error
// wrapping ErrInvalidEvent.
//
// All imports of Apache Arrow live in this package, so moving to another
// Arrow major version is a change here only.
package parquet
