// Package geojson writes geotimeline events as an RFC 7946 GeoJSON
// FeatureCollection, the file GIS analysts open in QGIS (Write); the
// resolved toponym mentions as points (WritePlaces, places.geojson); and,
// for events placed only to a province, country or region, the area itself
// as a MultiPolygon — a shape supplied by an AreaFunc (cmd passes Natural
// Earth outlines from package basemap) or a geodesic circle of the
// uncertainty radius (WriteExtents, events_extent.geojson).
//
// Streaming: each file has a writer that takes one row at a time —
// EventWriter, ExtentWriter and PlaceWriter (New…Writer, Add, Close) — and
// holds only its write buffer and the current feature, so memory does not
// grow with the corpus. Write, WriteExtents and WritePlaces take a slice and
// are thin wrappers around them, writing the same bytes. The collection has
// no top-level "bbox" member, so nothing written at the start depends on
// rows not yet seen.
//
// In: pipeline.Events, already ordered by the caller. Out: one
// Feature per event in that order, with a Point geometry in lon/lat (WGS 84,
// no "crs" member) or "geometry": null when the event has no place, "id" set
// to the event id, and a fixed set of properties in a fixed order (see
// Properties). Coordinates are rounded to 6 decimals at output, on a copy.
//
// Dates are written as full YYYY-MM-DD strings or null, so GDAL/OGR (and
// therefore QGIS) types date_start, date_end, published and reported_on as
// Date fields.
//
// Guarantees: the bytes depend only on the input (no map iteration); each
// feature is encoded member by member in the order of its property struct,
// byte for byte what encoding/json writes for that struct (a test holds
// the two together), so a reader typed on Properties, PlaceProperties or
// ExtentProperties decodes it; one feature per line, so diffs stay
// readable. A writer is not
// safe for concurrent use; distinct writers are independent. An event whose
// coordinates or numbers cannot be written (NaN, infinite, latitude outside
// ±90, longitude outside ±180) is rejected by Add with an error wrapping
// ErrInvalidEvent and naming it, and nothing is written for it (the writer
// stays usable, so the caller decides whether to go on); Write and the other
// slice functions stop at the first one. Nothing is silently dropped. A
// write error is sticky: every later Add and Close return it. Close ends the
// FeatureCollection and never closes the io.Writer.
package geojson
