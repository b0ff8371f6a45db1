package duckdbtest

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// root is the checkout, three directories up.
var root = filepath.Join("..", "..", "..")

// runPipeline runs geotimeline over the sample corpus with -partition year
// into DIR/out and returns DIR.
func runPipeline(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	abs, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "./cmd/geotimeline", "run", "-quiet", "-partition", "year",
		"-in", "examples/corpus", "-out", filepath.Join(dir, "out"))
	cmd.Dir = abs
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("geotimeline run: %v\n%s", err, out)
	}
	return dir
}

func openDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func queryInt(t *testing.T, db *sql.DB, q string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// columnTypes returns the DuckDB type of every column of a query.
func columnTypes(t *testing.T, db *sql.DB, from string) map[string]string {
	t.Helper()
	rows, err := db.Query("DESCRIBE SELECT * FROM " + from)
	if err != nil {
		t.Fatalf("describe %s: %v", from, err)
	}
	defer rows.Close()
	types := map[string]string{}
	for rows.Next() {
		var name, typ string
		var null, key, def, extra sql.NullString
		if err := rows.Scan(&name, &typ, &null, &key, &def, &extra); err != nil {
			t.Fatal(err)
		}
		types[name] = typ
	}
	return types
}

// geojsonFeatures returns the properties of every feature of a GeoJSON file.
func geojsonFeatures(t *testing.T, path string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	props := make([]map[string]any, len(fc.Features))
	for i, f := range fc.Features {
		props[i] = f.Properties
	}
	return props
}

func TestParquetInDuckDB(t *testing.T) {
	dir := runPipeline(t)
	out := filepath.Join(dir, "out")
	db := openDB(t)
	var version string
	db.QueryRow("SELECT version()").Scan(&version)
	t.Logf("DuckDB %s", version)

	events := geojsonFeatures(t, filepath.Join(out, "events.geojson"))
	places := geojsonFeatures(t, filepath.Join(out, "places.geojson"))
	mentions := 0
	for _, e := range events {
		mentions += int(e["mentions"].(float64))
	}
	var run struct {
		Counts struct{ Documents, Events int }
	}
	b, _ := os.ReadFile(filepath.Join(out, "run.json"))
	json.Unmarshal(b, &run)

	q := func(name string) string { return "'" + filepath.ToSlash(filepath.Join(out, name)) + "'" }
	tests := []struct {
		file  string
		rows  int
		geom  bool
		dates []string
	}{
		{"events.parquet", len(events), true, []string{"date_start", "date_end", "published", "reported_on"}},
		{"mentions.parquet", mentions, true, nil},
		{"places.parquet", len(places), true, nil},
		{"documents.parquet", run.Counts.Documents, false, []string{"published", "doc_date"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			if tc.rows == 0 {
				t.Fatalf("%s: the sample corpus gives no rows to compare", tc.file)
			}
			if n := queryInt(t, db, "SELECT count(*) FROM "+q(tc.file)); n != tc.rows {
				t.Errorf("%s: %d rows, want %d (the GeoJSON's / run.json's)", tc.file, n, tc.rows)
			}
			types := columnTypes(t, db, q(tc.file))
			for _, d := range tc.dates {
				if types[d] != "DATE" {
					t.Errorf("%s: %s is %q, want DATE", tc.file, d, types[d])
				}
			}
			if !tc.geom {
				if _, ok := types["geometry"]; ok {
					t.Errorf("%s has a geometry column", tc.file)
				}
				return
			}
			if types["geometry"] != "GEOMETRY('OGC:CRS84')" {
				t.Errorf("%s: geometry is %q, want GEOMETRY('OGC:CRS84')", tc.file, types["geometry"])
			}
			var typ string
			if err := db.QueryRow("SELECT typeof(geometry) FROM " + q(tc.file) + " WHERE geometry IS NOT NULL LIMIT 1").Scan(&typ); err != nil {
				t.Fatal(err)
			}
			if typ != "GEOMETRY('OGC:CRS84')" {
				t.Errorf("%s: typeof(geometry) = %q", tc.file, typ)
			}
			// The geometry is the point of lat/lon where the file has them.
			if _, ok := types["lat"]; ok {
				bad := queryInt(t, db, "SELECT count(*) FROM "+q(tc.file)+
					" WHERE geometry IS NOT NULL AND ST_AsText(geometry) <> 'POINT (' || lon || ' ' || lat || ')'")
				if bad != 0 {
					t.Errorf("%s: %d rows whose geometry is not POINT (lon lat)", tc.file, bad)
				}
			}
		})
	}

	t.Run("partitions", func(t *testing.T) {
		ds := "read_parquet(" + q("events/*/*.parquet") + ", hive_partitioning = true)"
		if n := queryInt(t, db, "SELECT count(*) FROM "+ds); n != len(events) {
			t.Errorf("partitioned dataset: %d rows, want %d", n, len(events))
		}
		undated := 0
		for _, e := range events {
			if e["date_start"] == nil {
				undated++
			}
		}
		if n := queryInt(t, db, "SELECT count(*) FROM "+ds+" WHERE year IS NULL"); n != undated {
			t.Errorf("%d rows with year NULL (the __HIVE_DEFAULT_PARTITION__), want the %d undated events", n, undated)
		}
		if n := queryInt(t, db, "SELECT count(*) FROM "+ds+" WHERE year <> year(date_start)"); n != 0 {
			t.Errorf("%d rows whose partition year is not the year of date_start", n)
		}
		if typ := columnTypes(t, db, ds)["geometry"]; typ != "GEOMETRY('OGC:CRS84')" {
			t.Errorf("partitioned geometry is %q", typ)
		}
	})
}

// TestReadmeSQL runs every ```sql block of README.md, as written, from the
// directory above out/.
func TestReadmeSQL(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllSubmatch(readme, -1)
	if len(blocks) == 0 {
		t.Fatal("README.md has no ```sql block")
	}
	dir := runPipeline(t)
	t.Chdir(dir)
	db := openDB(t)
	for i, blk := range blocks {
		for _, stmt := range strings.Split(string(blk[1]), ";") {
			stmt = strings.TrimSpace(stmt)
			if stmt == "" {
				continue
			}
			rows, err := db.Query(stmt)
			if err != nil {
				t.Errorf("README sql block %d:\n%s\n: %v", i+1, stmt, err)
				continue
			}
			n := 0
			for rows.Next() {
				n++
			}
			if err := rows.Err(); err != nil {
				t.Errorf("README sql block %d: %v", i+1, err)
			}
			rows.Close()
			if n == 0 && !bytes.HasPrefix(bytes.ToUpper([]byte(stmt)), []byte("CREATE")) {
				t.Errorf("README sql block %d returns no rows on the sample corpus:\n%s", i+1, stmt)
			}
		}
	}
}
