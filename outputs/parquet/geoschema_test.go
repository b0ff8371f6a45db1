package parquet_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"

	"geotimeline/outputs/parquet"
)

// validateGeo checks a "geo" metadata value against the GeoParquet 1.1.0
// JSON schema (https://geoparquet.org/releases/v1.1.0/schema.json),
// transcribed here as Go because no JSON Schema validator is available
// offline, plus the spec's rules the schema cannot state: the primary
// column and the covering columns exist in the file with the right types.
func validateGeo(raw string, schema *arrow.Schema) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &top); err != nil {
		return []string{"not a JSON object: " + err.Error()}
	}
	for _, k := range []string{"version", "primary_column", "columns"} {
		if _, ok := top[k]; !ok {
			bad("required property %q missing", k)
		}
	}
	var version, primary string
	if json.Unmarshal(top["version"], &version) != nil || !regexp.MustCompile(`^1\.1\.\d+(-[0-9A-Za-z-]+)?$`).MatchString(version) {
		bad("version %s: want a 1.1.x string", top["version"])
	}
	if json.Unmarshal(top["primary_column"], &primary) != nil || primary == "" {
		bad("primary_column %s: want a non-empty string", top["primary_column"])
	}
	var columns map[string]map[string]json.RawMessage
	if err := json.Unmarshal(top["columns"], &columns); err != nil || len(columns) == 0 {
		bad("columns: want an object with at least one column (%v)", err)
	}
	if _, ok := columns[primary]; !ok {
		bad("primary_column %q not among columns", primary)
	}
	typeRE := regexp.MustCompile(`^(GeometryCollection|(Multi)?(Point|LineString|Polygon))( Z)?$`)
	for name, col := range columns {
		for _, k := range []string{"encoding", "geometry_types"} {
			if _, ok := col[k]; !ok {
				bad("columns.%s: required property %q missing", name, k)
			}
		}
		var enc string
		encodings := []string{"WKB", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon"}
		if json.Unmarshal(col["encoding"], &enc) != nil || !slices.Contains(encodings, enc) {
			bad("columns.%s.encoding %s: want one of %v", name, col["encoding"], encodings)
		}
		var types []string
		if err := json.Unmarshal(col["geometry_types"], &types); err != nil {
			bad("columns.%s.geometry_types: want an array of strings", name)
		}
		for i, typ := range types {
			if !typeRE.MatchString(typ) {
				bad("columns.%s.geometry_types[%d] = %q: not a geometry type", name, i, typ)
			}
			if slices.Index(types, typ) != i {
				bad("columns.%s.geometry_types: %q repeated (uniqueItems)", name, typ)
			}
		}
		if v, ok := col["crs"]; ok && string(v) != "null" && v[0] != '{' {
			bad("columns.%s.crs: want null or a PROJJSON object", name)
		}
		if v, ok := col["edges"]; ok && string(v) != `"planar"` && string(v) != `"spherical"` {
			bad("columns.%s.edges %s: want planar or spherical", name, v)
		}
		if v, ok := col["orientation"]; ok && string(v) != `"counterclockwise"` {
			bad("columns.%s.orientation %s: want counterclockwise", name, v)
		}
		if v, ok := col["bbox"]; ok {
			var bb []float64
			if json.Unmarshal(v, &bb) != nil || (len(bb) != 4 && len(bb) != 6) {
				bad("columns.%s.bbox %s: want 4 or 6 numbers", name, v)
			} else if len(bb) == 4 && (bb[1] > bb[3] || bb[0] < -180 || bb[2] > 180 || bb[1] < -90 || bb[3] > 90) {
				bad("columns.%s.bbox %v: out of range or ymin > ymax", name, bb)
			}
		}
		if v, ok := col["epoch"]; ok {
			var f float64
			if json.Unmarshal(v, &f) != nil {
				bad("columns.%s.epoch: want a number", name)
			}
		}
		if v, ok := col["covering"]; ok {
			var cov struct {
				BBox map[string][]string `json:"bbox"`
			}
			if err := json.Unmarshal(v, &cov); err != nil || cov.BBox == nil {
				bad("columns.%s.covering: want {bbox: {xmin: [col, \"xmin\"], …}}", name)
			}
			struct_ := ""
			for _, k := range []string{"xmin", "ymin", "xmax", "ymax"} {
				p := cov.BBox[k]
				if len(p) != 2 || p[1] != k {
					bad("columns.%s.covering.bbox.%s = %q: want [column, %q]", name, k, p, k)
					continue
				}
				if struct_ == "" {
					struct_ = p[0]
				} else if p[0] != struct_ {
					bad("columns.%s.covering.bbox: fields of different columns", name)
				}
			}
			// The spec: the covering column is a struct of float fields.
			if i := schema.FieldIndices(struct_); len(i) != 1 {
				bad("covering column %q not in the file", struct_)
			} else if st, ok := schema.Field(i[0]).Type.(*arrow.StructType); !ok {
				bad("covering column %q is %v, want a struct", struct_, schema.Field(i[0]).Type)
			} else {
				for _, k := range []string{"xmin", "ymin", "xmax", "ymax"} {
					if f, ok := st.FieldByName(k); !ok || (f.Type.ID() != arrow.FLOAT64 && f.Type.ID() != arrow.FLOAT32) {
						bad("covering column %q has no float field %s", struct_, k)
					}
				}
			}
		}
		if i := schema.FieldIndices(name); len(i) != 1 || schema.Field(i[0]).Type.ID() != arrow.BINARY {
			bad("geometry column %q not a binary column of the file", name)
		}
	}
	return errs
}

func TestGeoParquetSchema(t *testing.T) {
	write := map[string]func(w *bytes.Buffer) error{
		"events":       func(w *bytes.Buffer) error { return parquet.WriteEvents(w, fixture(), parquet.Options{}) },
		"events empty": func(w *bytes.Buffer) error { return parquet.WriteEvents(w, nil, parquet.Options{}) },
		"mentions":     func(w *bytes.Buffer) error { return parquet.WriteMentions(w, fixture(), nil, parquet.Options{}) },
		"places":       func(w *bytes.Buffer) error { return parquet.WritePlaces(w, placeRows(), parquet.Options{}) },
		"places empty": func(w *bytes.Buffer) error { return parquet.WritePlaces(w, nil, parquet.Options{}) },
	}
	names := make([]string, 0, len(write))
	for n := range write {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := write[name](&buf); err != nil {
				t.Fatal(err)
			}
			rdr, schema, _ := readBack(t, buf.Bytes())
			v := rdr.MetaData().KeyValueMetadata().FindValue("geo")
			if v == nil {
				t.Fatal(`no "geo" metadata`)
			}
			for _, e := range validateGeo(*v, schema) {
				t.Errorf("geo metadata %s: %s", *v, e)
			}
		})
	}
}

// TestValidateGeoRejects shows the validator can fail.
func TestValidateGeoRejects(t *testing.T) {
	_, schema, _ := readBack(t, writeEvents(t, fixture(), parquet.Options{}))
	tests := []string{
		`{"version":"1.0.0","primary_column":"geometry","columns":{"geometry":{"encoding":"WKB","geometry_types":["Point"]}}}`,
		`{"version":"1.1.0","primary_column":"geom","columns":{"geometry":{"encoding":"WKB","geometry_types":["Point"]}}}`,
		`{"version":"1.1.0","primary_column":"geometry","columns":{"geometry":{"encoding":"wkt","geometry_types":["Point"]}}}`,
		`{"version":"1.1.0","primary_column":"geometry","columns":{"geometry":{"encoding":"WKB","geometry_types":["Dot"]}}}`,
		`{"version":"1.1.0","primary_column":"geometry","columns":{"geometry":{"encoding":"WKB","geometry_types":["Point"],"bbox":[1,2,3]}}}`,
		`{"version":"1.1.0","primary_column":"geometry","columns":{"geometry":{"encoding":"WKB","geometry_types":["Point"],"covering":{"bbox":{"xmin":["box","xmin"],"ymin":["box","ymin"],"xmax":["box","xmax"],"ymax":["box","ymax"]}}}}}`,
		`{"version":"1.1.0","primary_column":"geometry","columns":{"geometry":{"encoding":"WKB"}}}`,
	}
	for _, raw := range tests {
		if errs := validateGeo(raw, schema); len(errs) == 0 {
			t.Errorf("validateGeo(%s) found nothing wrong", raw)
		}
	}
}
