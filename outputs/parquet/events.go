package parquet

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/paulmach/orb"

	"geotimeline/pipeline"
)

// ErrInvalidEvent is wrapped by the error an Add (or WriteEvents,
// WriteMentions, WritePlaces) returns for an event or place mention that
// cannot be represented: non-finite numbers or coordinates out of range.
var ErrInvalidEvent = errors.New("parquet: invalid event")

// roundFactor rounds coordinates to 6 decimals, as the GeoJSON output does.
const roundFactor = 1e6

// eventRow is one event prepared for output: the event, its rounded point
// (none when the event has no place) and its distinct documents.
type eventRow struct {
	e *pipeline.Event
	point
	docIDs []string
}

// place returns get(row) when the event has a place, and "" otherwise.
func place(get func(r *eventRow) string) func(r *eventRow) string {
	return func(r *eventRow) string {
		if !r.e.HasPlace {
			return ""
		}
		return get(r)
	}
}

// orDefault returns s, or def when s is empty.
func orDefault[S ~string](s S, def S) string {
	if s == "" {
		return string(def)
	}
	return string(s)
}

// eventColumns is the one definition of the events table: column names,
// types, nullability, dictionary encoding and order.
func eventColumns() []column[eventRow] {
	type row = eventRow
	const dict, opt, req = true, true, false
	return []column[row]{
		stringCol("event_id", req, !dict, func(r *row) string { return r.e.ID }),
		stringCol("event_type", req, dict, func(r *row) string { return r.e.Type }),
		stringCol("summary", opt, !dict, func(r *row) string { return r.e.Summary }),
		stringListCol("actors", func(r *row) []string { return r.e.Actors }),
		stringCol("modality", opt, dict, func(r *row) string { return string(r.e.Modality) }),
		dateCol("date_start", func(r *row) pipeline.Date {
			if !r.e.Date.Known() {
				return pipeline.Date{}
			}
			return r.e.Date.Start
		}),
		dateCol("date_end", func(r *row) pipeline.Date {
			if !r.e.Date.Known() {
				return pipeline.Date{}
			}
			return r.e.Date.End
		}),
		stringCol("date_precision", req, dict, func(r *row) string { return orDefault(r.e.Date.Precision, pipeline.PrecisionUnknown) }),
		stringCol("date_text", opt, !dict, func(r *row) string { return r.e.DateText }),
		stringCol("date_basis", req, dict, func(r *row) string { return orDefault(r.e.DateBasis, pipeline.BasisNone) }),
		stringCol("place_name", opt, !dict, func(r *row) string { return r.e.PlaceName }),
		stringCol("place", opt, !dict, place(func(r *row) string { return r.e.Place.Name })),
		stringCol("place_id", opt, !dict, place(func(r *row) string { return r.e.Place.ID })),
		stringCol("admin1", opt, dict, place(func(r *row) string { return r.e.Place.Admin1 })),
		stringCol("country", opt, dict, place(func(r *row) string { return r.e.Place.Country })),
		stringCol("geo_precision", opt, dict, place(func(r *row) string { return string(r.e.Place.Precision) })),
		float64Col("uncertainty_km", opt, func(r *row) (float64, bool) { return r.e.Place.UncertaintyKM, r.e.HasPlace }),
		float64Col("lat", opt, func(r *row) (float64, bool) { return r.pt[1], r.e.HasPlace }),
		float64Col("lon", opt, func(r *row) (float64, bool) { return r.pt[0], r.e.HasPlace }),
		stringCol("doc_id", req, !dict, func(r *row) string { return r.e.Doc.ID }),
		stringCol("title", opt, !dict, func(r *row) string { return r.e.Doc.Title }),
		stringCol("source", opt, dict, func(r *row) string { return r.e.Doc.Source }),
		dateCol("published", func(r *row) pipeline.Date { return r.e.Doc.Published }),
		stringCol("sentence", req, !dict, func(r *row) string { return r.e.Sentence }),
		int64Col("char_start", func(r *row) int64 { return int64(r.e.CharStart) }),
		int64Col("char_end", func(r *row) int64 { return int64(r.e.CharEnd) }),
		float64Col("confidence", req, func(r *row) (float64, bool) { return r.e.Confidence, true }),
		stringCol("reported_by", opt, !dict, func(r *row) string { return r.e.ReportedBy }),
		dateCol("reported_on", func(r *row) pipeline.Date { return r.e.ReportedOn }),
		int32Col("mentions", func(r *row) int32 { return int32(min(len(r.e.Mentions), math.MaxInt32)) }),
		stringListCol("doc_ids", func(r *row) []string { return r.docIDs }),
		stringCol("merge_note", opt, !dict, func(r *row) string { return r.e.MergeNote }),
		binaryCol("geometry", func(r *row) []byte { return r.wkb() }),
		bboxCol("bbox", func(r *row) (bbox, bool) {
			return bbox{r.pt[0], r.pt[1], r.pt[0], r.pt[1]}, r.e.HasPlace
		}),
	}
}

// WriteEvents writes events to w as a GeoParquet 1.1 file, one row per event
// in the given order. It does not close w. It returns the first write error,
// or an error wrapping ErrInvalidEvent naming the offending event. It is a
// wrapper around an EventWriter and produces the same bytes.
func WriteEvents(w io.Writer, events []pipeline.Event, opts Options) error {
	ew, err := NewEventWriter(w, opts)
	if err != nil {
		return err
	}
	for i := range events {
		if err := ew.Add(&events[i]); err != nil {
			ew.tw.abort()
			return err
		}
	}
	return ew.Close()
}

// An EventWriter streams events.parquet (or one partition of it, see
// YearPartition): one row per event in the order added, written as a row
// group every Options.RowGroupSize events (default DefaultRowGroupSize), so
// that memory holds at most one row group whatever the number of events.
// The extent of the points is accumulated as rows are added and written
// into the "geo" metadata of the footer at Close, so it covers every row.
// The bytes equal WriteEvents' for the same events. An EventWriter is not
// safe for concurrent use.
type EventWriter struct {
	tw  *tableWriter[eventRow]
	ext extent
	row eventRow // reused, so that Add allocates no row
	ids []string // reused by docIDs
}

// NewEventWriter starts an events file on w, which it does not close.
func NewEventWriter(w io.Writer, opts Options) (*EventWriter, error) {
	tw, err := newTableWriter(w, eventColumns(), opts.rowGroupSize())
	if err != nil {
		return nil, err
	}
	return &EventWriter{tw: tw}, nil
}

// Add appends ev as the next row; ev is not retained. An event that cannot
// be represented is rejected with an error wrapping ErrInvalidEvent and
// naming it; no row is added and the writer stays usable. After a write
// error the file is unusable: every later call returns that error, and
// Close releases the writer.
func (ew *EventWriter) Add(ev *pipeline.Event) error {
	if err := ew.tw.usable(); err != nil {
		return err
	}
	p, err := eventPoint(ev)
	if err != nil {
		return err
	}
	ew.ids = docIDs(ew.ids[:0], ev)
	ew.row = eventRow{e: ev, point: p, docIDs: ew.ids}
	ew.ext.add(&p)
	err = ew.tw.append(&ew.row)
	ew.row = eventRow{} // drop the reference to ev
	return err
}

// Close writes the remaining rows, the "geo" metadata describing every row
// added and the footer; it does not close w. After a write error it
// releases the writer and returns that error.
func (ew *EventWriter) Close() error { return ew.tw.close(ew.ext.kv) }

// docIDs appends the distinct documents that report e, in mention order, to
// ids: pipeline.Event.DocIDs without its map for the usual handful of
// mentions.
func docIDs(ids []string, e *pipeline.Event) []string {
	if len(e.Mentions) > 16 {
		return append(ids, e.DocIDs()...)
	}
	for _, m := range e.Mentions {
		if !slices.Contains(ids, m.DocID) {
			ids = append(ids, m.DocID)
		}
	}
	return ids
}

// validate rejects numbers that no reader could make sense of.
// eventPoint validates ev and returns its point (the zero point when it
// has no place).
func eventPoint(ev *pipeline.Event) (point, error) {
	if err := validate(ev); err != nil {
		return point{}, err
	}
	if !ev.HasPlace {
		return point{}, nil
	}
	p, ok := makePoint(ev.Place.Lon, ev.Place.Lat)
	if !ok { // validate checked the range
		return point{}, fmt.Errorf("%w %q: coordinates lat %v lon %v", ErrInvalidEvent, ev.ID, ev.Place.Lat, ev.Place.Lon)
	}
	return p, nil
}

func validate(e *pipeline.Event) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w %q: %s", ErrInvalidEvent, e.ID, fmt.Sprintf(format, args...))
	}
	if !finite(e.Confidence) {
		return bad("confidence %v", e.Confidence)
	}
	if !e.HasPlace {
		return nil
	}
	lat, lon := e.Place.Lat, e.Place.Lon
	if !finite(lat) || !finite(lon) || math.Abs(math.Round(lat*roundFactor)/roundFactor) > 90 || math.Abs(math.Round(lon*roundFactor)/roundFactor) > 180 {
		return bad("coordinates lat %v lon %v", lat, lon)
	}
	if !finite(e.Place.UncertaintyKM) {
		return bad("uncertainty_km %v", e.Place.UncertaintyKM)
	}
	return nil
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// GeoParquet 1.1 file metadata, marshalled from structs so that key order
// is fixed.
type geoFile struct {
	Version       string               `json:"version"`
	PrimaryColumn string               `json:"primary_column"`
	Columns       map[string]geoColumn `json:"columns"` // one key; encoding/json sorts keys
}

type geoColumn struct {
	Encoding      string      `json:"encoding"`
	GeometryTypes []string    `json:"geometry_types"`
	BBox          []float64   `json:"bbox,omitempty"`
	Covering      geoCovering `json:"covering"`
}

type geoCovering struct {
	BBox struct {
		XMin [2]string `json:"xmin"`
		YMin [2]string `json:"ymin"`
		XMax [2]string `json:"xmax"`
		YMax [2]string `json:"ymax"`
	} `json:"bbox"`
}

// geoMetadata returns the "geo" metadata value for the geometry column;
// bounds is the extent of the points when any exist.
func geoMetadata(bounds orb.Bound, ok bool) (string, error) {
	col := geoColumn{Encoding: "WKB", GeometryTypes: []string{"Point"}}
	if ok {
		col.BBox = []float64{bounds.Min[0], bounds.Min[1], bounds.Max[0], bounds.Max[1]}
	}
	c := &col.Covering.BBox
	c.XMin, c.YMin, c.XMax, c.YMax = [2]string{"bbox", "xmin"}, [2]string{"bbox", "ymin"}, [2]string{"bbox", "xmax"}, [2]string{"bbox", "ymax"}
	b, err := json.Marshal(geoFile{Version: "1.1.0", PrimaryColumn: "geometry", Columns: map[string]geoColumn{"geometry": col}})
	if err != nil {
		return "", fmt.Errorf("parquet: geo metadata: %w", err)
	}
	return string(b), nil
}
