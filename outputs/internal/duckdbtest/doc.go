// Package duckdbtest checks geotimeline's Parquet outputs with DuckDB, a
// real consumer: every file reads, geometry columns come in as
// GEOMETRY('OGC:CRS84'), dates as DATE, row counts equal the GeoJSON's, the
// Hive partitions read as one dataset, and the README's SQL examples run as
// written.
//
// It is a separate module (its own go.mod) so that the product binary does
// not link DuckDB; `make test` runs it. It imports nothing from geotimeline:
// it runs `go run ./cmd/geotimeline` in the checkout three directories up
// and reads what that writes. It has no non-test code.
package duckdbtest
