package geojson

import (
	"fmt"
	"io"

	"github.com/paulmach/orb"
	orbjson "github.com/paulmach/orb/geojson"

	"geotimeline/pipeline"
)

// A PlaceRow is one resolved toponym mention, a row of places.geojson.
type PlaceRow = pipeline.PlaceRow

// PlaceProperties are the properties of one place-mention Feature, in
// output order; nil pointers are written as null.
type PlaceProperties struct {
	DocID         string  `json:"doc_id"`
	Text          string  `json:"text"`
	CharStart     int     `json:"char_start"`
	CharEnd       int     `json:"char_end"`
	Role          *string `json:"role"`
	Place         *string `json:"place"`
	PlaceID       *string `json:"place_id"`
	FeatureCode   *string `json:"feature_code"`
	Admin1        *string `json:"admin1"`
	Country       *string `json:"country"`
	GeoPrecision  *string `json:"geo_precision"`
	UncertaintyKM float64 `json:"uncertainty_km"`
	Population    *int64  `json:"population"`
	Lat           float64 `json:"lat"`
	Lon           float64 `json:"lon"`
	Reason        *string `json:"reason"`
}

// PlaceFeature is the Feature type WritePlaces emits.
type PlaceFeature = orbjson.FeatureOf[PlaceProperties]

// WritePlaces writes mentions to w as a GeoJSON FeatureCollection of Points,
// one Feature per mention in the given order. A mention whose coordinates
// are not a valid WGS 84 position makes it fail with an error wrapping
// ErrInvalidEvent. It is a wrapper around a PlaceWriter and produces the
// same bytes.
func WritePlaces(w io.Writer, mentions []PlaceRow) error {
	pw := NewPlaceWriter(w)
	for i := range mentions {
		if err := pw.Add(mentions[i]); err != nil {
			return err
		}
	}
	return pw.Close()
}

// A PlaceWriter streams places.geojson as WritePlaces describes, one
// mention at a time; Close ends the FeatureCollection. Memory holds the
// write buffer and the current feature only. A PlaceWriter is not safe for
// concurrent use.
type PlaceWriter struct {
	c    collection
	rows int // Add calls, numbering mentions in errors
}

// NewPlaceWriter starts a FeatureCollection of place mentions on w, which it
// does not close.
func NewPlaceWriter(w io.Writer) *PlaceWriter { return &PlaceWriter{c: newCollection(w)} }

// Add writes r as the next Feature. A mention whose coordinates are not a
// valid WGS 84 position, or whose uncertainty is not finite, is rejected
// with an error wrapping ErrInvalidEvent and naming it by its number (the
// count of earlier Add calls); nothing is written for it and the writer
// stays usable. A write error is kept and returned by every later call.
func (pw *PlaceWriter) Add(r PlaceRow) error {
	if err := pw.c.usable(); err != nil {
		return err
	}
	i := pw.rows
	pw.rows++
	pt, ok := point(&r.Place)
	if !ok || !finite(r.Place.UncertaintyKM) {
		return fmt.Errorf("%w: place mention %d (%s %d-%d): coordinates lat %v lon %v, uncertainty %v",
			ErrInvalidEvent, i, r.DocID, r.CharStart, r.CharEnd, r.Place.Lat, r.Place.Lon, r.Place.UncertaintyKM)
	}
	var pop *int64
	if n := r.Place.Population; n > 0 {
		pop = &n
	}
	pw.c.buf = appendPlaceFeature(pw.c.buf[:0], &featureDoc[orb.Point, PlaceProperties]{
		Type:     "Feature",
		Geometry: &geometryDoc[orb.Point]{Type: "Point", Coordinates: pt},
		Properties: PlaceProperties{
			DocID: r.DocID, Text: r.Text, CharStart: r.CharStart, CharEnd: r.CharEnd,
			Role: str(r.Role), Place: str(r.Place.Name), PlaceID: str(r.Place.ID),
			FeatureCode: str(r.Place.FeatureCode), Admin1: str(r.Place.Admin1), Country: str(r.Place.Country),
			GeoPrecision: str(string(r.Place.Precision)), UncertaintyKM: r.Place.UncertaintyKM,
			Population: pop, Lat: pt[1], Lon: pt[0], Reason: str(r.Reason),
		},
	}, &pw.c.fc)
	return pw.c.write()
}

// Close ends the FeatureCollection and flushes it to w, which it does not
// close. It returns the first write error.
func (pw *PlaceWriter) Close() error { return pw.c.close() }
