package geojson

import (
	"fmt"
	"io"
	"math"

	"github.com/paulmach/orb"
	orbjson "github.com/paulmach/orb/geojson"

	"geotimeline/pipeline"
)

// An AreaFunc returns the area an imprecise place stands for (a province,
// a country) and a short note of where the shape comes from, or false when
// it knows none; WriteExtents then draws a circle.
type AreaFunc func(pl *pipeline.Place) (shape orb.MultiPolygon, source string, ok bool)

// ExtentProperties are the properties of one extent Feature, in output
// order.
type ExtentProperties struct {
	EventID       string  `json:"event_id"`
	EventType     string  `json:"event_type"`
	DateStart     *string `json:"date_start"`
	DateEnd       *string `json:"date_end"`
	DatePrecision string  `json:"date_precision"`
	Place         *string `json:"place"`
	PlaceID       *string `json:"place_id"`
	Admin1        *string `json:"admin1"`
	Country       *string `json:"country"`
	GeoPrecision  string  `json:"geo_precision"`
	UncertaintyKM float64 `json:"uncertainty_km"`
	Extent        string  `json:"extent"` // where the shape comes from: "Natural Earth admin-1", "circle of uncertainty_km"
	Summary       *string `json:"summary"`
}

// ExtentFeature is the Feature type WriteExtents emits.
type ExtentFeature = orbjson.FeatureOf[ExtentProperties]

// CircleVertices is the number of vertices of an uncertainty circle.
const CircleVertices = 64

// minRadiusKM is the smallest circle drawn, for places with no stated
// uncertainty.
const minRadiusKM = 1.0

// Imprecise reports whether a place of precision p stands for an area
// rather than a point: admin2, admin1, country or region.
func Imprecise(p pipeline.GeoPrecision) bool {
	switch p {
	case pipeline.GeoAdmin2, pipeline.GeoAdmin1, pipeline.GeoCountry, pipeline.GeoRegion:
		return true
	}
	return false
}

// WriteExtents writes, for every event whose place is imprecise (see
// Imprecise), a Feature whose geometry is the area the place stands for,
// always as a MultiPolygon: the shape area returns (area may be nil), else
// a geodesic circle of the place's uncertainty radius (CircleVertices
// vertices, at least 1 km) around its point. Events with a precise place or
// none are left out, so the centroid of a province never poses as a
// precise point. Features keep the events' order. It is a wrapper around an
// ExtentWriter and produces the same bytes.
func WriteExtents(w io.Writer, events []pipeline.Event, area AreaFunc) error {
	xw := NewExtentWriter(w, area)
	for i := range events {
		if err := xw.Add(&events[i]); err != nil {
			return err
		}
	}
	return xw.Close()
}

// An ExtentWriter streams events_extent.geojson as WriteExtents describes,
// one event at a time; Close ends the FeatureCollection. Memory holds the
// write buffer and the current feature only. An ExtentWriter is not safe for
// concurrent use (nor, therefore, is its AreaFunc called concurrently).
type ExtentWriter struct {
	c      collection
	area   AreaFunc
	shapes shapeCache
}

// NewExtentWriter starts a FeatureCollection of extents on w, which it does
// not close; area may be nil (every extent is then a circle).
func NewExtentWriter(w io.Writer, area AreaFunc) *ExtentWriter {
	return &ExtentWriter{c: newCollection(w), area: area}
}

// Add writes the extent of ev when its place is imprecise, and does nothing
// (returning nil) when ev has a precise place or none. An imprecise event
// that cannot be represented is rejected with an error wrapping
// ErrInvalidEvent; nothing is written for it and the writer stays usable. A
// write error is kept and returned by every later call.
func (xw *ExtentWriter) Add(ev *pipeline.Event) error {
	if err := xw.c.usable(); err != nil {
		return err
	}
	if !ev.HasPlace || !Imprecise(ev.Place.Precision) {
		return nil
	}
	f, coords, err := extentOf(ev, xw.area, &xw.shapes)
	if err != nil {
		return err
	}
	xw.c.buf = appendExtentFeatureCoords(xw.c.buf[:0], f, coords)
	return xw.c.write()
}

// Close ends the FeatureCollection and flushes it to w, which it does not
// close. It returns the first write error.
func (xw *ExtentWriter) Close() error { return xw.c.close() }

// extentOf maps an event with an imprecise place to its extent Feature, in
// the form the collection encodes. When the area's shape is one shapes
// holds, coords is its encoding, to be written in place of the feature's
// coordinates (left nil); shapes may be nil.
func extentOf(e *pipeline.Event, area AreaFunc, shapes *shapeCache) (f *featureDoc[orb.MultiPolygon, ExtentProperties], coords []byte, err error) {
	props, err := propertiesOf(e) // validates numbers, coordinates and dates
	if err != nil {
		return nil, nil, err
	}
	var shape orb.MultiPolygon
	source := fmt.Sprintf("circle of %g km", max(e.Place.UncertaintyKM, minRadiusKM))
	if area != nil {
		if s, src, ok := area(&e.Place); ok && len(s) > 0 {
			shape, source = s, src
		}
	}
	if shape == nil {
		shape = orb.MultiPolygon{{Circle(orb.Point{*props.Lon, *props.Lat}, max(e.Place.UncertaintyKM, minRadiusKM), CircleVertices)}}
	} else if coords = shapes.get(shape); coords != nil {
		shape = nil
	} else {
		orig := shape
		shape, _ = orb.Round(orb.Clone(shape), roundFactor).(orb.MultiPolygon)
		if !finiteShape(shape) {
			return nil, nil, fmt.Errorf("%w %q: area of %s has a coordinate that is not a number", ErrInvalidEvent, e.ID, e.Place.Name)
		}
		if shapes != nil {
			coords, shape = shapes.put(orig, appendMultiPolygon(nil, shape)), nil
		}
	}
	return &featureDoc[orb.MultiPolygon, ExtentProperties]{
		ID:       e.ID,
		Type:     "Feature",
		Geometry: &geometryDoc[orb.MultiPolygon]{Type: "MultiPolygon", Coordinates: shape},
		Properties: ExtentProperties{
			EventID: e.ID, EventType: e.Type, DateStart: props.DateStart, DateEnd: props.DateEnd,
			DatePrecision: props.DatePrecision, Place: props.Place, PlaceID: props.PlaceID, Admin1: props.Admin1,
			Country: props.Country, GeoPrecision: string(e.Place.Precision), UncertaintyKM: e.Place.UncertaintyKM,
			Extent: source, Summary: props.Summary,
		},
	}, coords, nil
}

// A shapeCache holds the encoded coordinates of the areas an ExtentWriter
// has written: the areas are a few provinces and countries, each written
// for every event placed in it, and rounding and formatting their
// thousands of coordinates every time was most of the cost of
// events_extent.geojson. A shape is found by the address of its first
// position (an AreaFunc returns the same shapes again) and used only when
// its coordinates are still those it was encoded from.
type shapeCache map[*orb.Point]*encodedShape

type encodedShape struct {
	src    orb.MultiPolygon // a copy of the shape as the AreaFunc gave it
	coords []byte           // its rounded coordinates, encoded
}

// firstPoint returns the address of mp's first position, or nil.
func firstPoint(mp orb.MultiPolygon) *orb.Point {
	if len(mp) == 0 || len(mp[0]) == 0 || len(mp[0][0]) == 0 {
		return nil
	}
	return &mp[0][0][0]
}

// get returns the encoded coordinates of mp, or nil when c (which may be
// nil) holds none.
func (c *shapeCache) get(mp orb.MultiPolygon) []byte {
	if c == nil {
		return nil
	}
	e := (*c)[firstPoint(mp)]
	if e == nil || !sameShape(e.src, mp) {
		return nil
	}
	return e.coords
}

// put keeps coords, the encoded coordinates of mp, and returns them.
func (c *shapeCache) put(mp orb.MultiPolygon, coords []byte) []byte {
	k := firstPoint(mp)
	if k == nil {
		return coords
	}
	if *c == nil {
		*c = shapeCache{}
	}
	(*c)[k] = &encodedShape{src: copyShape(mp), coords: coords}
	return coords
}

// sameShape reports whether a and b have the same structure (nil polygons
// and rings included) and bit-identical coordinates.
func sameShape(a, b orb.MultiPolygon) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) || (a[i] == nil) != (b[i] == nil) {
			return false
		}
		for j := range a[i] {
			ra, rb := a[i][j], b[i][j]
			if len(ra) != len(rb) || (ra == nil) != (rb == nil) {
				return false
			}
			for k := range ra {
				if math.Float64bits(ra[k][0]) != math.Float64bits(rb[k][0]) || math.Float64bits(ra[k][1]) != math.Float64bits(rb[k][1]) {
					return false
				}
			}
		}
	}
	return true
}

// copyShape returns a deep copy of mp, nil polygons and rings kept nil.
func copyShape(mp orb.MultiPolygon) orb.MultiPolygon {
	if mp == nil {
		return nil
	}
	out := make(orb.MultiPolygon, len(mp))
	for i, poly := range mp {
		if poly == nil {
			continue
		}
		out[i] = make(orb.Polygon, len(poly))
		for j, ring := range poly {
			if ring != nil {
				out[i][j] = append(orb.Ring{}, ring...)
			}
		}
	}
	return out
}

// earthRadiusKM is the mean Earth radius (IUGG).
const earthRadiusKM = 6371.0088

// Circle returns a closed ring of n vertices (n+1 positions) at radiusKM
// from center along great circles, counterclockwise as RFC 7946 wants of
// exterior rings, rounded to 6 decimals. Latitudes are clamped to ±90 and
// longitudes wrapped into ±180, so a circle crossing the antimeridian or a
// pole is distorted there.
func Circle(center orb.Point, radiusKM float64, n int) orb.Ring {
	if n < 3 {
		n = 3
	}
	lat1, lon1 := center[1]*math.Pi/180, center[0]*math.Pi/180
	d := radiusKM / earthRadiusKM
	ring := make(orb.Ring, 0, n+1)
	for i := range n {
		// Bearings from east, counterclockwise: 90°, 90°-step, … from north.
		brng := math.Pi/2 - 2*math.Pi*float64(i)/float64(n)
		lat2 := math.Asin(math.Sin(lat1)*math.Cos(d) + math.Cos(lat1)*math.Sin(d)*math.Cos(brng))
		lon2 := lon1 + math.Atan2(math.Sin(brng)*math.Sin(d)*math.Cos(lat1), math.Cos(d)-math.Sin(lat1)*math.Sin(lat2))
		lat := math.Max(-90, math.Min(90, lat2*180/math.Pi))
		lon := math.Mod(lon2*180/math.Pi+540, 360) - 180
		ring = append(ring, orb.Point{math.Round(lon*roundFactor) / roundFactor, math.Round(lat*roundFactor) / roundFactor})
	}
	return append(ring, ring[0])
}

// finiteShape reports whether every coordinate of mp is a finite number,
// which JSON can hold.
func finiteShape(mp orb.MultiPolygon) bool {
	for _, poly := range mp {
		for _, ring := range poly {
			for _, p := range ring {
				if !finite(p[0]) || !finite(p[1]) {
					return false
				}
			}
		}
	}
	return true
}
