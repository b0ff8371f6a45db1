// Package geojson writes geotimeline events as an RFC 7946 GeoJSON
// FeatureCollection, the file GIS analysts open in QGIS (Write); the
// resolved toponym mentions as points (WritePlaces, places.geojson); and,
// for events placed only to a province, country or region, the area itself
// as a MultiPolygon — a shape supplied by an AreaFunc (cmd passes Natural
// Earth outlines from package basemap) or a geodesic circle of the
// uncertainty radius (WriteExtents, events_extent.geojson).
//
// In: a slice of pipeline.Event, already ordered by the caller. Out: one
// Feature per event in that order, with a Point geometry in lon/lat (WGS 84,
// no "crs" member) or "geometry": null when the event has no place, "id" set
// to the event id, and a fixed set of properties in a fixed order (see
// Properties). Coordinates are rounded to 6 decimals at output, on a copy.
//
// Dates are written as full YYYY-MM-DD strings or null, so GDAL/OGR (and
// therefore QGIS) types date_start, date_end, published and reported_on as
// Date fields.
//
// Guarantees: the bytes depend only on the input (struct marshalling, no map
// iteration); one feature per line, so diffs stay readable. Write is safe for
// concurrent use with distinct writers. An event whose coordinates or numbers
// cannot be written (NaN, infinite, latitude outside ±90, longitude outside
// ±180) makes Write fail with an error wrapping ErrInvalidEvent; nothing is
// silently dropped.
package geojson
