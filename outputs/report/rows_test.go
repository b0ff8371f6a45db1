package report

import (
	"bytes"
	"html/template"
	"testing"
)

// rowTemplate is the row of the events table as the page's template wrote
// it before appendRow: the reference appendRow must match byte for byte.
var rowTemplate = template.Must(template.New("rows").Parse(`<table><tbody>{{range .}}<tr><td class="num">{{.N}}</td><td data-sort="{{if .Start}}{{.Start}} {{.End}}{{else}}~{{end}}">{{.When}}</td><td>{{.Type}}{{with .Modality}}<div class="d">{{.}}</div>{{end}}</td><td>{{.Place}}{{with .PlaceDetail}}<div class="d">{{.}}</div>{{end}}</td><td class="ev">{{.Sentence}}{{with .Summary}}<div class="d">{{.}}</div>{{end}}</td><td>{{.Doc}}{{with .DocTitle}}<div class="d">{{.}}</div>{{end}}</td><td class="num">{{.Mentions}}</td><td class="num" data-sort="{{.ConfSort}}">{{.Confidence}}</td></tr>
{{end}}</tbody></table>`))

// rowsByTemplate renders rows with rowTemplate, without the table around
// them.
func rowsByTemplate(t testing.TB, rows []row) string {
	var b bytes.Buffer
	if err := rowTemplate.Execute(&b, rows); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	return s[len("<table><tbody>") : len(s)-len("</tbody></table>")]
}

func rowsByAppend(rows []row) string {
	var dst []byte
	for i := range rows {
		dst = appendRow(dst, &rows[i])
	}
	return string(dst)
}

func TestAppendRowSameAsTemplate(t *testing.T) {
	rows := []row{
		{},
		{N: 1, Start: "2024-03-01", End: "2024-03-01", When: "2024-03-01 (day)", Type: "arrest", Place: "Hyesan",
			PlaceDetail: "city, Ryanggang, KP", Sentence: `Police said "two" <b>men</b> & a 'boy' +1 were held.`,
			Doc: "doc-1", DocTitle: "A title", Mentions: 3, Confidence: "0.80", ConfSort: "0.8000", Modality: "reported"},
		{N: -7, When: "undated: “last spring”", Type: "x\x00y", Place: "\xff\xfe<", Summary: "s+t", Doc: "d>", Mentions: 0},
		{N: 123456, Start: "", End: "2024", When: "\u2028\ufdd0\ufffe", Sentence: "é&é", DocTitle: "'"},
	}
	if got, want := rowsByAppend(rows), rowsByTemplate(t, rows); got != want {
		t.Errorf("appendRow:\n%s\nwant (html/template):\n%s", got, want)
	}
}

func FuzzAppendRowSameAsTemplate(f *testing.F) {
	f.Add(1, "2024-01-02", "2024-01-03", "when", "type", "place", "detail", "summary", "sentence <&>", "doc", "title", 2, "0.50", "0.5000", "")
	f.Add(0, "", "", "\x00", "'\"", "+", "\xff", "", "", "", "", 0, "", "", "m")
	f.Fuzz(func(t *testing.T, n int, start, end, when, typ, place, detail, summary, sentence, doc, title string, mentions int, conf, confSort, modality string) {
		rows := []row{{N: n, Start: start, End: end, When: when, Type: typ, Place: place, PlaceDetail: detail,
			Summary: summary, Sentence: sentence, Doc: doc, DocTitle: title, Mentions: mentions,
			Confidence: conf, ConfSort: confSort, Modality: modality}}
		if got, want := rowsByAppend(rows), rowsByTemplate(t, rows); got != want {
			t.Errorf("appendRow:\n%q\nwant (html/template):\n%q", got, want)
		}
	})
}
