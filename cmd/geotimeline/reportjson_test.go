package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzDocReportJSON checks appendDocReport against the Encoder run.json
// used for its documents before: SetEscapeHTML(false), SetIndent("    ",
// "  "), the final newline trimmed.
func FuzzDocReportJSON(f *testing.F) {
	f.Add("synth-0000001", "c20k.jsonl.gz:1", "2021-08-20", "2021-08-20", "published", "metadata", 59, 13, 10, 0, 3)
	f.Add("a\"b\\c\n\t\r\b\f\x01\x1f\x7f", "<&>", "", "", "", "", 0, -1, 1<<40, -1<<40, 7)
	f.Add("\xff\xfe\u2028\u2029é€𝄞", "x\xe2\x80", "\xed\xa0\x80", "", "none", "", 1, 2, 3, 4, 5)
	f.Fuzz(func(t *testing.T, id, path, published, docDate, basis, evidence string, sentences, dates, places, unresolved, events int) {
		dr := docReport{DocID: id, Path: path, Published: published, DocDate: docDate, DateBasis: basis, DateEvidence: evidence,
			Sentences: sentences, Dates: dates, Places: places, Unresolved: unresolved, Events: events}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("    ", "  ")
		if err := enc.Encode(dr); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		if got := appendDocReport(nil, &dr); !bytes.Equal(got, want) {
			t.Fatalf("appendDocReport(%+v) =\n%s\nwant\n%s", dr, got, want)
		}
	})
}
