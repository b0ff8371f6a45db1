// Package qgis writes QGIS layer styles (.qml): saved beside a layer with
// the same base name (events.qml beside events.geojson), a style is applied
// by QGIS automatically when the layer is opened.
//
// In: the event types of events.geojson — WriteStyleTypes takes them as a
// list (a streaming run collects them as the events pass, e.g. with
// plot.Summary.Types), WriteStyle reads them from a slice of events. Out: a
// QGIS 3 style document with
//   - symbols categorized by event_type: one category per type present,
//     alphabetical, coloured from the same Tableau 10 sequence as the plots
//     (the i-th type in alphabetical order gets the i-th colour), sized by
//     the number of mentions, plus a grey catch-all category for any other
//     value;
//   - labels "event_type date_start" with a white halo;
//   - temporal properties: "start and end date from fields" with date_start
//     and date_end, the end day included, so the Temporal Controller can
//     play the layer.
//
// With Options.Areas the style is for the polygon layer events_extent.geojson:
// the same categories as translucent fills outlined in the type's colour,
// the same temporal settings, no labels.
//
// Guarantees: the bytes depend only on the set of event types (sorted, no
// map iteration) and Options; text is XML-escaped. The style targets QGIS
// 3.22 and later (symbol properties are written both as <Option> maps and as
// the older <prop> list).
package qgis
