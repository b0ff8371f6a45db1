package ingest

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestDuplicateDocuments(t *testing.T) {
	const same = "Officials sealed the border town on Monday.\n\nTraders said the market was closed."
	tests := []struct {
		name      string
		files     map[string]string
		in        string // path under the tree
		keep      bool
		wantIDs   []string
		wantPath  string // of the duplicate warning ("" for none)
		wantNames []string
	}{
		{
			name: "jsonl",
			files: map[string]string{"c.jsonl": `{"id":"a","text":"` + strings.ReplaceAll(same, "\n", `\n`) + `"}
{"id":"b","text":"A different report."}
{"id":"c","text":"` + strings.ReplaceAll(same, "\n", `\n`) + `","published":"2020-03-01"}
`},
			in:        "c.jsonl",
			wantIDs:   []string{"a", "b"},
			wantPath:  "c.jsonl:3",
			wantNames: []string{`"c"`, `"a"`, "c.jsonl:1"},
		},
		{
			name:      "directory",
			files:     map[string]string{"x/one.txt": same, "x/two.txt": same, "x/three.txt": "Something else."},
			in:        "x",
			wantIDs:   []string{"one.txt", "three.txt"},
			wantPath:  "two.txt",
			wantNames: []string{`"two.txt"`, `"one.txt"`},
		},
		{
			name:    "kept on request",
			files:   map[string]string{"x/one.txt": same, "x/two.txt": same},
			in:      "x",
			keep:    true,
			wantIDs: []string{"one.txt", "two.txt"},
		},
		{
			name:    "different texts",
			files:   map[string]string{"x/a.txt": "Same words.", "x/b.txt": "Same words, and more."},
			in:      "x",
			wantIDs: []string{"a.txt", "b.txt"},
		},
		{
			name:      "same text once decoded",
			files:     map[string]string{"x/a.txt": "\ufeffSame words.", "x/b.txt": "Same words."},
			in:        "x",
			wantIDs:   []string{"a.txt"},
			wantPath:  "b.txt",
			wantNames: []string{`"b.txt"`, `"a.txt"`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeTree(t, tc.files)
			items, diags := readAll(t, dir+"/"+tc.in, Options{KeepDuplicates: tc.keep})
			if got := ids(items); !slices.Equal(got, tc.wantIDs) {
				t.Errorf("ids = %q, want %q", got, tc.wantIDs)
			}
			var dup []string
			for _, d := range diags {
				if strings.Contains(d.Msg, "same text") {
					dup = append(dup, d.Path+": "+d.Msg)
					if d.Path != tc.wantPath {
						t.Errorf("duplicate warning on %q, want %q", d.Path, tc.wantPath)
					}
					for _, n := range tc.wantNames {
						if !strings.Contains(d.Msg, n) {
							t.Errorf("duplicate warning %q does not name %s", d.Msg, n)
						}
					}
				}
			}
			if want := tc.wantPath != ""; (len(dup) == 1) != want || len(dup) > 1 {
				t.Errorf("duplicate warnings %q, want one: %v", dup, want)
			}
		})
	}
}

func TestDuplicateStrict(t *testing.T) {
	dir := writeTree(t, map[string]string{"one.txt": "Same text.", "two.txt": "Same text."})
	r, err := Open(dir, Options{Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Next(context.Background()); err != nil {
		t.Fatalf("first Next: %v", err)
	}
	if _, err := r.Next(context.Background()); !errors.Is(err, ErrStrict) {
		t.Errorf("second Next = %v, want an error wrapping ErrStrict", err)
	}
}
