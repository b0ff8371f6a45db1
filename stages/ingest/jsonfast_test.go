package ingest

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// decodeSlow is what parse reads from a line through encoding/json: id and
// text when both are strings, and each metadata member that is a string.
func decodeSlow(raw []byte) (rec fastRecord, ok bool) {
	var r jsonRecord
	if json.Unmarshal(raw, &r) != nil || r.Text == nil {
		return rec, false
	}
	if json.Unmarshal(r.ID, &rec.id) != nil {
		return rec, false
	}
	rec.text = *r.Text
	for i, m := range [...]json.RawMessage{r.Published, r.Title, r.Source, r.URL} {
		if len(m) == 0 || string(m) == "null" {
			continue
		}
		if json.Unmarshal(m, &rec.meta[i]) != nil {
			return rec, false // parse warns about it: decodeFast must not accept the line
		}
		rec.hasMeta[i] = true
	}
	return rec, true
}

var jsonLines = []string{
	`{"id":"a1","text":"Hello"}`,
	` { "id" : "a1" , "text" : "Hello" , "published" : "2020-01-02" } `,
	`{"id":"a1","published":"2021-08-20","title":"T","source":"S","url":"http://x","text":"one\ntwo"}`,
	`{"id":"a1","text":"esc \" \\ \/ \b \f \n \r \t \u00e9 \u4e2d \u0000"}`,
	`{"id":"a1","text":"pair \ud83d\ude42"}`,
	`{"id":"a1","text":"lone \ud83d"}`,
	`{"id":"a1","text":"x","extra":"y","flag":true,"off":false,"none":null}`,
	`{"id":"a1","text":"x","n":12}`,
	`{"id":"a1","text":"x","obj":{"a":1}}`,
	`{"ID":"a1","text":"x"}`,
	`{"id":"a1","Text":"x","text":"y"}`,
	`{"id":"a1","text":"x","title":null}`,
	`{"id":"a1","text":"x","title":5}`,
	`{"id":7,"text":"x"}`,
	`{"id":null,"text":"x"}`,
	`{"id":"a1","text":null}`,
	`{"id":"a1"}`,
	`{}`,
	`{"id":"a1","text":"x"} trailing`,
	`{"id":"a1","text":"x",}`,
	`{"id":"a1","text":"tab	raw"}`,
	`{"id":"a1","text":"x","id":"a2"}`,
	`{"\u0069d":"a1","text":"x"}`,
	`{"ſource":"s","id":"a1","text":"x"}`,
	`{"id":"a1","text":"bad \x"}`,
	`{"id":"a1","text":"x","url":"\u2028"}`,
	`[1,2]`,
	`"id"`,
}

// FuzzDecodeFast checks decodeFast against encoding/json: whenever it
// accepts a line, encoding/json reads the same values from it.
func FuzzDecodeFast(f *testing.F) {
	for _, l := range jsonLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, line string) {
		raw := []byte(line)
		if !utf8.Valid(raw) {
			return // parse decodes such lines as Windows-1252 first
		}
		var got fastRecord
		if !decodeFast(raw, &got) {
			return
		}
		want, ok := decodeSlow(raw)
		if !ok {
			t.Fatalf("decodeFast(%q) accepted a line encoding/json reads differently", line)
		}
		if got != want {
			t.Errorf("decodeFast(%q) = %+v, want %+v", line, got, want)
		}
	})
}

// TestDecodeFastTakesUsualRecords checks that the fast path is taken for
// the records a corpus usually holds, so that it is not dead code.
func TestDecodeFastTakesUsualRecords(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{jsonLines[0], true},
		{jsonLines[1], true},
		{jsonLines[2], true},
		{jsonLines[3], true},
		{jsonLines[6], true},
		{`{"id":"a1","text":"pair \ud83d\ude42"}`, false}, // surrogates: encoding/json decides
		{`{"ID":"a1","text":"x"}`, false},
		{`{"id":7,"text":"x"}`, false},
		{`{"id":"a1","text":"x","n":12}`, false},
	} {
		var rec fastRecord
		if got := decodeFast([]byte(tc.line), &rec); got != tc.want {
			t.Errorf("decodeFast(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
