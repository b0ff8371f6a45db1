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
// ErrInvalidEvent.
func WritePlaces(w io.Writer, mentions []PlaceRow) error {
	return writeCollection(w, len(mentions), func(i int) (any, error) {
		m := &mentions[i]
		pt, ok := point(&m.Place)
		if !ok || !finite(m.Place.UncertaintyKM) {
			return nil, fmt.Errorf("%w: place mention %d (%s %d-%d): coordinates lat %v lon %v, uncertainty %v",
				ErrInvalidEvent, i, m.DocID, m.CharStart, m.CharEnd, m.Place.Lat, m.Place.Lon, m.Place.UncertaintyKM)
		}
		var pop *int64
		if m.Place.Population > 0 {
			pop = &m.Place.Population
		}
		return PlaceFeature{
			Type:     "Feature",
			Geometry: orb.Point(pt),
			Properties: PlaceProperties{
				DocID: m.DocID, Text: m.Text, CharStart: m.CharStart, CharEnd: m.CharEnd,
				Role: str(m.Role), Place: str(m.Place.Name), PlaceID: str(m.Place.ID),
				FeatureCode: str(m.Place.FeatureCode), Admin1: str(m.Place.Admin1), Country: str(m.Place.Country),
				GeoPrecision: str(string(m.Place.Precision)), UncertaintyKM: m.Place.UncertaintyKM,
				Population: pop, Lat: pt[1], Lon: pt[0], Reason: str(m.Reason),
			},
		}, nil
	})
}
