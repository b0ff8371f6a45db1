// Package report writes report.html: one self-contained page summing up a
// run for an analyst — the charts, a sortable table of the events with
// their evidence sentences, and the run's statistics and warnings.
//
// In: the events of the table (already ordered), figures (SVG or PNG
// bytes, e.g. from package plot) and statistics as label/value pairs. A
// streaming run passes a bounded selection of its events
// (plot.Summary.Marks) with Input.TotalEvents and Input.Selection; the page
// then says that the table shows N of TotalEvents events, how they were
// chosen, and which files hold them all, so memory does not grow with the
// corpus. Out: a single HTML5
// document with everything inline — figures as data: URIs, a few lines of
// CSS and JavaScript — and a Content-Security-Policy that forbids every
// network request, so the page opens the same offline, from a mail
// attachment or a shared drive.
//
// Guarantees: the bytes depend only on the input (no clock, no map
// iteration); all text is HTML-escaped by html/template, or, in the rows
// of the events table, by appendRow exactly as html/template would (the
// tests compare the two); a write error is returned.
package report

import (
	"bufio"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"geotimeline/pipeline"
)

//go:embed report.html.tmpl
var files embed.FS

var page = template.Must(template.New("report.html.tmpl").ParseFS(files, "report.html.tmpl"))

// A Figure is one chart of the page.
type Figure struct {
	Title  string
	Format string // "svg" or "png"
	Data   []byte
	Alt    string // text alternative; default Title
}

// A Stat is one line of the run's statistics.
type Stat struct {
	Label, Value string
}

// Input is what the page shows.
type Input struct {
	Title    string // default "geotimeline report"
	Subtitle string // e.g. the input path
	Figures  []Figure
	Stats    []Stat
	Warnings []string // shown up to MaxWarnings, then counted
	Events   []pipeline.Event

	// TotalEvents is the number of events of the run when Events holds
	// only some of them: a streaming run keeps a bounded selection (see
	// plot.Summary.Marks). When it exceeds len(Events), the table is
	// headed "Events (len(Events) of TotalEvents)" and a note says how
	// they were chosen (Selection) and where every event is (EventFiles).
	// Default, and any smaller value: len(Events).
	TotalEvents int
	// Selection completes the note "The table shows the N events …": how
	// the events were chosen, e.g. plot.SelectionRule. Default "chosen by
	// the run".
	Selection string
	// EventFiles names the files that hold every event, for the same
	// note. Default events.geojson and events.parquet.
	EventFiles []string
}

// MaxWarnings is the number of warnings listed; the rest are counted.
const MaxWarnings = 200

// row is one event as the table shows it.
type row struct {
	N                    int
	Start, End           string // YYYY-MM-DD or ""
	When                 string
	Type                 string
	Place, PlaceDetail   string
	Summary              string
	Sentence             string
	Doc, DocTitle        string
	Mentions             int
	Confidence, ConfSort string
	Modality             string
}

type figure struct {
	Title, Alt string
	Src        template.URL
}

type view struct {
	Title, Subtitle string
	Figures         []figure
	Stats           []Stat
	Warnings        []string
	MoreWarnings    int
	NumRows         int
	RowsHTML        template.HTML // the table's rows, escaped by appendRow
	Partial         *partial      // nil when the table holds every event
}

// partial is the note on a table that holds only some of the events.
type partial struct {
	Total     int
	Selection string
	Files     string // "events.geojson and events.parquet"
}

// Write writes the page to w.
func Write(w io.Writer, in Input) error {
	v := view{Title: in.Title, Subtitle: in.Subtitle, Stats: in.Stats}
	if v.Title == "" {
		v.Title = "geotimeline report"
	}
	for _, f := range in.Figures {
		mime := "image/png"
		switch f.Format {
		case "svg":
			mime = "image/svg+xml"
		case "png":
		default:
			return fmt.Errorf("report: figure %q: format %q, want svg or png", f.Title, f.Format)
		}
		alt := f.Alt
		if alt == "" {
			alt = f.Title
		}
		v.Figures = append(v.Figures, figure{Title: f.Title, Alt: alt,
			Src: template.URL("data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(f.Data))})
	}
	v.Warnings = in.Warnings
	if len(v.Warnings) > MaxWarnings {
		v.MoreWarnings = len(v.Warnings) - MaxWarnings
		v.Warnings = v.Warnings[:MaxWarnings]
	}
	var rows []byte
	for i := range in.Events {
		r := rowOf(i+1, &in.Events[i])
		rows = appendRow(rows, &r)
	}
	v.NumRows, v.RowsHTML = len(in.Events), template.HTML(rows)
	if in.TotalEvents > len(in.Events) {
		v.Partial = &partial{Total: in.TotalEvents, Selection: in.Selection, Files: listFiles(in.EventFiles)}
		if v.Partial.Selection == "" {
			v.Partial.Selection = "chosen by the run"
		}
	}
	bw := bufio.NewWriter(w)
	if err := page.Execute(bw, v); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("report: write: %w", err)
	}
	return nil
}

func rowOf(n int, e *pipeline.Event) row {
	r := row{N: n, Type: e.Type, Summary: e.Summary, Sentence: e.Sentence, Doc: e.Doc.ID, DocTitle: e.Doc.Title,
		Mentions: len(e.Mentions), Modality: string(e.Modality),
		Confidence: strconv.FormatFloat(e.Confidence, 'f', 2, 64), ConfSort: strconv.FormatFloat(e.Confidence, 'f', 4, 64)}
	if e.Date.Known() {
		r.Start, r.End = e.Date.Start.String(), e.Date.End.String()
		r.When = r.Start
		if r.End != r.Start && r.End != "" {
			r.When += " – " + r.End
		}
		if p := string(e.Date.Precision); p != "" {
			r.When += " (" + p + ")"
		}
	} else {
		r.When = "undated"
		if e.DateText != "" {
			r.When += ": “" + e.DateText + "”"
		}
	}
	if e.HasPlace {
		r.Place = e.Place.Name
		var parts []string
		for _, s := range []string{string(e.Place.Precision), e.Place.Admin1, e.Place.Country} {
			if s != "" && s != e.Place.Name {
				parts = append(parts, s)
			}
		}
		r.PlaceDetail = strings.Join(parts, ", ")
	} else if e.PlaceName != "" {
		r.Place = e.PlaceName
		r.PlaceDetail = "unresolved"
	}
	return r
}

// appendRow appends the table row of r and a newline to dst: the bytes
// html/template wrote for the row template below (kept in the tests as
// rowTemplate), without its reflection over every field of thousands of
// rows.
//
//	<tr><td class="num">{{.N}}</td><td data-sort="{{if .Start}}{{.Start}} {{.End}}{{else}}~{{end}}">{{.When}}</td>
//	<td>{{.Type}}{{with .Modality}}<div class="d">{{.}}</div>{{end}}</td>
//	<td>{{.Place}}{{with .PlaceDetail}}<div class="d">{{.}}</div>{{end}}</td>
//	<td class="ev">{{.Sentence}}{{with .Summary}}<div class="d">{{.}}</div>{{end}}</td>
//	<td>{{.Doc}}{{with .DocTitle}}<div class="d">{{.}}</div>{{end}}</td>
//	<td class="num">{{.Mentions}}</td><td class="num" data-sort="{{.ConfSort}}">{{.Confidence}}</td></tr>
func appendRow(dst []byte, r *row) []byte {
	dst = strconv.AppendInt(append(dst, `<tr><td class="num">`...), int64(r.N), 10)
	dst = append(dst, `</td><td data-sort="`...)
	if r.Start != "" {
		dst = append(appendEscaped(dst, r.Start), ' ')
		dst = appendEscaped(dst, r.End)
	} else {
		dst = append(dst, '~')
	}
	dst = appendEscaped(append(dst, `">`...), r.When)
	dst = appendDetail(appendEscaped(append(dst, `</td><td>`...), r.Type), r.Modality)
	dst = appendDetail(appendEscaped(append(dst, `</td><td>`...), r.Place), r.PlaceDetail)
	dst = appendDetail(appendEscaped(append(dst, `</td><td class="ev">`...), r.Sentence), r.Summary)
	dst = appendDetail(appendEscaped(append(dst, `</td><td>`...), r.Doc), r.DocTitle)
	dst = strconv.AppendInt(append(dst, `</td><td class="num">`...), int64(r.Mentions), 10)
	dst = appendEscaped(append(dst, `</td><td class="num" data-sort="`...), r.ConfSort)
	dst = appendEscaped(append(dst, `">`...), r.Confidence)
	return append(dst, "</td></tr>\n"...)
}

// appendDetail appends s as a detail line of a cell, if it is not empty.
func appendDetail(dst []byte, s string) []byte {
	if s == "" {
		return dst
	}
	return append(appendEscaped(append(dst, `<div class="d">`...), s), `</div>`...)
}

// appendEscaped appends s escaped as html/template escapes a string in
// text and in a quoted attribute (htmlEscaper, attrEscaper): NUL becomes
// U+FFFD, and " & ' + < > character references; every other byte is
// copied, invalid UTF-8 included. Byte by byte is rune by rune here, as
// every byte escaped is ASCII and no byte of a multi-byte rune is.
func appendEscaped(dst []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case 0:
			esc = "\uFFFD"
		case '"':
			esc = "&#34;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '+':
			esc = "&#43;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		dst = append(append(dst, s[start:i]...), esc...)
		start = i + 1
	}
	return append(dst, s[start:]...)
}

// listFiles joins file names as prose: "a", "a and b", "a, b and c".
func listFiles(files []string) string {
	if len(files) == 0 {
		files = []string{"events.geojson", "events.parquet"}
	}
	if len(files) == 1 {
		return files[0]
	}
	return strings.Join(files[:len(files)-1], ", ") + " and " + files[len(files)-1]
}
