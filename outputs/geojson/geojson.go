package geojson

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/paulmach/orb"
	orbjson "github.com/paulmach/orb/geojson"

	"geotimeline/pipeline"
)

// ErrInvalidEvent is wrapped by the error Write (or WritePlaces) returns for
// an event (or place mention) that cannot be represented: non-finite
// numbers, coordinates out of range, dates that are not YYYY-MM-DD days.
var ErrInvalidEvent = errors.New("geojson: invalid event")

// roundFactor rounds coordinates to 6 decimals (about 0.1 m), passed to
// orb.Round explicitly so that orb's package default never matters.
const roundFactor = 1e6

// Properties are the properties of one event Feature, in output order. A
// nil pointer is written as JSON null: optional text that is empty, place
// fields of an event without a place, and unknown dates. Lists are never
// null (an empty list is []).
type Properties struct {
	EventID       string   `json:"event_id"`
	EventType     string   `json:"event_type"`
	Summary       *string  `json:"summary"`
	Actors        []string `json:"actors"`
	Modality      *string  `json:"modality"`
	DateStart     *string  `json:"date_start"`     // YYYY-MM-DD, first day the event may fall on
	DateEnd       *string  `json:"date_end"`       // YYYY-MM-DD, last day the event may fall on
	DatePrecision string   `json:"date_precision"` // day|week|month|season|year|decade|unknown
	DateText      *string  `json:"date_text"`
	DateBasis     string   `json:"date_basis"` // explicit|published|inferred|none
	PlaceName     *string  `json:"place_name"` // as written; kept even when unresolved
	Place         *string  `json:"place"`
	PlaceID       *string  `json:"place_id"`
	Admin1        *string  `json:"admin1"`
	Country       *string  `json:"country"` // ISO 3166-1 alpha-2
	GeoPrecision  *string  `json:"geo_precision"`
	UncertaintyKM *float64 `json:"uncertainty_km"`
	Lat           *float64 `json:"lat"`
	Lon           *float64 `json:"lon"`
	DocID         string   `json:"doc_id"`
	Title         *string  `json:"title"`
	Source        *string  `json:"source"`
	Published     *string  `json:"published"`
	Sentence      string   `json:"sentence"`
	CharStart     int      `json:"char_start"` // code points
	CharEnd       int      `json:"char_end"`
	Confidence    float64  `json:"confidence"`
	ReportedBy    *string  `json:"reported_by"`
	ReportedOn    *string  `json:"reported_on"`
	Mentions      int      `json:"mentions"`
	DocIDs        []string `json:"doc_ids"`
	MergeNote     *string  `json:"merge_note"`
}

// Feature is the Feature type Write emits; decode a written file with
// orbjson.UnmarshalFeatureCollection, or into FeatureCollectionOf[Properties]
// for typed access.
type Feature = orbjson.FeatureOf[Properties]

// Write writes events to w as a GeoJSON FeatureCollection, one Feature per
// event in the given order. It returns the first write error, or an error
// wrapping ErrInvalidEvent naming the offending event.
func Write(w io.Writer, events []pipeline.Event) error {
	return writeCollection(w, len(events), func(i int) (any, error) { return featureOf(&events[i]) })
}

// writeCollection writes a FeatureCollection of n features, one per line,
// feature(i) giving the i-th.
func writeCollection(w io.Writer, n int, feature func(i int) (any, error)) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"type":"FeatureCollection","features":[`)
	for i := range n {
		f, err := feature(i)
		if err != nil {
			return err
		}
		b, err := json.Marshal(f)
		if err != nil {
			return fmt.Errorf("geojson: feature %d: %w", i, err)
		}
		sep := ",\n"
		if i == 0 {
			sep = "\n"
		}
		bw.WriteString(sep)
		bw.Write(b)
	}
	if n > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]}\n")
	// bufio keeps the first write error and returns it here.
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("geojson: write: %w", err)
	}
	return nil
}

// featureOf maps one event to its Feature.
func featureOf(e *pipeline.Event) (Feature, error) {
	props, err := propertiesOf(e)
	if err != nil {
		return Feature{}, err
	}
	f := Feature{Type: "Feature", Properties: props}
	if e.ID != "" {
		f.ID = e.ID
	}
	if e.HasPlace {
		f.Geometry = orb.Point{*props.Lon, *props.Lat}
	}
	return f, nil
}

// propertiesOf maps e to its properties, rounding coordinates and
// validating numbers.
func propertiesOf(e *pipeline.Event) (Properties, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w %q: %s", ErrInvalidEvent, e.ID, fmt.Sprintf(format, args...))
	}
	if !finite(e.Confidence) {
		return Properties{}, bad("confidence %v", e.Confidence)
	}
	for _, d := range [...]pipeline.Date{e.Date.Start, e.Date.End, e.Doc.Published, e.ReportedOn} {
		if !d.IsZero() && !validDate(d) {
			return Properties{}, bad("date %04d-%02d-%02d not a calendar day in years 1-9999", d.Year, int(d.Month), d.Day)
		}
	}
	p := Properties{
		EventID:       e.ID,
		EventType:     e.Type,
		Summary:       str(e.Summary),
		Actors:        list(e.Actors),
		Modality:      str(string(e.Modality)),
		DatePrecision: string(pipeline.PrecisionUnknown),
		DateText:      str(e.DateText),
		DateBasis:     string(pipeline.BasisNone),
		PlaceName:     str(e.PlaceName),
		DocID:         e.Doc.ID,
		Title:         str(e.Doc.Title),
		Source:        str(e.Doc.Source),
		Published:     date(e.Doc.Published),
		Sentence:      e.Sentence,
		CharStart:     e.CharStart,
		CharEnd:       e.CharEnd,
		Confidence:    e.Confidence,
		ReportedBy:    str(e.ReportedBy),
		ReportedOn:    date(e.ReportedOn),
		Mentions:      len(e.Mentions),
		DocIDs:        list(e.DocIDs()),
		MergeNote:     str(e.MergeNote),
	}
	if e.Date.Known() {
		p.DateStart = date(e.Date.Start)
		p.DateEnd = date(e.Date.End)
	}
	if e.Date.Precision != "" {
		p.DatePrecision = string(e.Date.Precision)
	}
	if e.DateBasis != "" {
		p.DateBasis = string(e.DateBasis)
	}
	if e.HasPlace {
		pl := &e.Place
		pt, ok := point(pl)
		if !ok {
			return Properties{}, bad("coordinates lat %v lon %v", pl.Lat, pl.Lon)
		}
		if !finite(pl.UncertaintyKM) {
			return Properties{}, bad("uncertainty_km %v", pl.UncertaintyKM)
		}
		lon, lat, unc := pt[0], pt[1], pl.UncertaintyKM
		p.Place = str(pl.Name)
		p.PlaceID = str(pl.ID)
		p.Admin1 = str(pl.Admin1)
		p.Country = str(pl.Country)
		p.GeoPrecision = str(string(pl.Precision))
		p.UncertaintyKM = &unc
		p.Lat = &lat
		p.Lon = &lon
	}
	return p, nil
}

// point returns the place's lon/lat rounded to 6 decimals, and whether it is
// a valid WGS 84 position.
func point(pl *pipeline.Place) (orb.Point, bool) {
	pt, _ := orb.Round(orb.Point{pl.Lon, pl.Lat}, roundFactor).(orb.Point)
	ok := finite(pt[0]) && finite(pt[1]) && math.Abs(pt[0]) <= 180 && math.Abs(pt[1]) <= 90
	return pt, ok
}

// validDate reports whether d is a normalized calendar day that formats as
// YYYY-MM-DD, the only form GDAL types as Date.
func validDate(d pipeline.Date) bool {
	return d.Year >= 1 && d.Year <= 9999 && pipeline.MakeDate(d.Year, d.Month, d.Day) == d
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// str returns nil for "" and a pointer to s otherwise.
func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// date returns nil for the unknown date and a pointer to YYYY-MM-DD otherwise.
func date(d pipeline.Date) *string { return str(d.String()) }

// list returns s, or an empty non-nil slice, so lists marshal as [].
func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
