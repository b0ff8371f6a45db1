package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReproducible regenerates the tables from ../shared/data and compares
// them with the committed ones, byte for byte.
func TestReproducible(t *testing.T) {
	data := filepath.Join("..", "..", "..", "..", "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, admin1Src)); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("%s absent (set CI to make this a failure)", data)
		}
		t.Fatal(err)
	}
	out := t.TempDir()
	if err := generate(data, out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"admin1.geojson", "countries.geojson", "SOURCE.md"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the regenerated one; run go run ./outputs/basemap/internal/gen", name)
		}
	}
}
