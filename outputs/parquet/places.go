package parquet

import (
	"io"

	"geotimeline/pipeline"
)

// A PlaceRow is one resolved toponym mention, a row of places.parquet.
type PlaceRow = pipeline.PlaceRow

type placeRow struct {
	*PlaceRow
	point
}

// placeColumns is the one definition of the places table.
func placeColumns() []column[placeRow] {
	type row = placeRow
	const dict, opt, req = true, true, false
	return []column[row]{
		stringCol("doc_id", req, dict, func(r *row) string { return r.DocID }),
		stringCol("text", req, !dict, func(r *row) string { return r.Text }),
		int64Col("char_start", func(r *row) int64 { return int64(r.CharStart) }),
		int64Col("char_end", func(r *row) int64 { return int64(r.CharEnd) }),
		stringCol("role", opt, dict, func(r *row) string { return r.Role }),
		stringCol("place", opt, !dict, func(r *row) string { return r.Place.Name }),
		stringCol("place_id", opt, !dict, func(r *row) string { return r.Place.ID }),
		stringCol("feature_code", opt, dict, func(r *row) string { return r.Place.FeatureCode }),
		stringCol("admin1", opt, dict, func(r *row) string { return r.Place.Admin1 }),
		stringCol("country", opt, dict, func(r *row) string { return r.Place.Country }),
		stringCol("geo_precision", opt, dict, func(r *row) string { return string(r.Place.Precision) }),
		float64Col("uncertainty_km", false, func(r *row) (float64, bool) { return r.Place.UncertaintyKM, true }),
		int64NullCol("population", func(r *row) (int64, bool) { return r.Place.Population, r.Place.Population > 0 }),
		float64Col("lat", false, func(r *row) (float64, bool) { return r.pt[1], true }),
		float64Col("lon", false, func(r *row) (float64, bool) { return r.pt[0], true }),
		stringCol("reason", opt, !dict, func(r *row) string { return r.Reason }),
		binaryCol("geometry", func(r *row) []byte { return r.wkb() }),
		bboxCol("bbox", func(r *row) (bbox, bool) { return r.point.bbox() }),
	}
}

// WritePlaces writes one row per resolved toponym mention to w as a
// GeoParquet 1.1 file of points, in the given order. A mention whose
// coordinates are not a valid WGS 84 position, or whose uncertainty is not
// finite, makes it fail with an error wrapping ErrInvalidEvent. It does not
// close w. It is a wrapper around a PlaceWriter and produces the same bytes.
func WritePlaces(w io.Writer, mentions []PlaceRow, opts Options) error {
	pw, err := NewPlaceWriter(w, opts)
	if err != nil {
		return err
	}
	for i := range mentions {
		if err := pw.Add(mentions[i]); err != nil {
			pw.tw.abort()
			return err
		}
	}
	return pw.Close()
}

// A PlaceWriter streams places.parquet as WritePlaces describes: one row
// per mention in the order added, written as a row group every
// Options.RowGroupSize rows (default DefaultRowGroupSize), so that memory
// holds at most one row group. The "geo" metadata written at Close covers
// every row. A PlaceWriter is not safe for concurrent use.
type PlaceWriter struct {
	tw   *tableWriter[placeRow]
	ext  extent
	cur  PlaceRow // the row being added, reused
	row  placeRow
	rows int // Add calls, numbering mentions in errors
}

// NewPlaceWriter starts a places file on w, which it does not close.
func NewPlaceWriter(w io.Writer, opts Options) (*PlaceWriter, error) {
	tw, err := newTableWriter(w, placeColumns(), opts.rowGroupSize())
	if err != nil {
		return nil, err
	}
	return &PlaceWriter{tw: tw}, nil
}

// Add appends r as the next row. A mention whose coordinates are not a
// valid WGS 84 position, or whose uncertainty is not finite, is rejected
// with an error wrapping ErrInvalidEvent and naming it by its number (the
// count of earlier Add calls); no row is added and the writer stays usable.
// After a write error the file is unusable: every later call returns that
// error, and Close releases the writer.
func (pw *PlaceWriter) Add(r PlaceRow) error {
	if err := pw.tw.usable(); err != nil {
		return err
	}
	i := pw.rows
	pw.rows++
	p, ok := makePoint(r.Place.Lon, r.Place.Lat)
	if !ok || !finite(r.Place.UncertaintyKM) {
		return invalid("place mention %d (%s %d-%d): coordinates lat %v lon %v, uncertainty %v",
			i, r.DocID, r.CharStart, r.CharEnd, r.Place.Lat, r.Place.Lon, r.Place.UncertaintyKM)
	}
	pw.ext.add(&p)
	pw.cur = r
	pw.row = placeRow{PlaceRow: &pw.cur, point: p}
	err := pw.tw.append(&pw.row)
	pw.cur = PlaceRow{} // drop the references to r's strings
	return err
}

// Close writes the remaining rows, the "geo" metadata describing every row
// added and the footer; it does not close w. After a write error it
// releases the writer and returns that error.
func (pw *PlaceWriter) Close() error { return pw.tw.close(pw.ext.kv) }
