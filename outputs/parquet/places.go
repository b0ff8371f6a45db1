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
		binaryCol("geometry", func(r *row) []byte { return r.wkb }),
		bboxCol("bbox", func(r *row) (bbox, bool) { return r.point.bbox() }),
	}
}

// WritePlaces writes one row per resolved toponym mention to w as a
// GeoParquet 1.1 file of points, in the given order. A mention whose
// coordinates are not a valid WGS 84 position, or whose uncertainty is not
// finite, makes it fail with an error wrapping ErrInvalidEvent. It does not
// close w.
func WritePlaces(w io.Writer, mentions []PlaceRow, opts Options) error {
	tw, err := newTableWriter(w, placeColumns(), opts.rowGroupSize())
	if err != nil {
		return err
	}
	var ext extent
	for i := range mentions {
		m := &mentions[i]
		p, ok := makePoint(m.Place.Lon, m.Place.Lat)
		if !ok || !finite(m.Place.UncertaintyKM) {
			tw.abort()
			return invalid("place mention %d (%s %d-%d): coordinates lat %v lon %v, uncertainty %v",
				i, m.DocID, m.CharStart, m.CharEnd, m.Place.Lat, m.Place.Lon, m.Place.UncertaintyKM)
		}
		ext.add(p)
		if err := tw.append(&placeRow{PlaceRow: m, point: p}); err != nil {
			tw.abort()
			return err
		}
	}
	kv, err := ext.kv()
	if err != nil {
		tw.abort()
		return err
	}
	return tw.close(kv)
}
