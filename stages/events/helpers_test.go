package events

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// markup for hand-built items:
//
//	[[Feb. 15|2020-02-15]]          a date mention (value YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM, or P… for a duration;
//	                                a third field "dct" or "narrative" sets the anchor, default explicit)
//	{{Hyesan|city|KP|Ryanggang}}    a resolved place (precision city/admin1/country/capital; country; admin1;
//	                                a fifth field "source" sets Role)
//
// Paragraphs are separated by blank lines; sentences end at . ! ? followed by a space.
var markRe = regexp.MustCompile(`\[\[([^|\]]+)\|([^\]]+)\]\]|\{\{([^|}]+)\|([^}]+)\}\}`)

type itemOpts struct {
	docDate pipeline.Date
	basis   pipeline.DateBasis
}

func buildItem(t testing.TB, id, marked string, o itemOpts) *pipeline.Item {
	t.Helper()
	var b strings.Builder
	it := &pipeline.Item{Doc: pipeline.Document{ID: id, Path: id}}
	last := 0
	for _, m := range markRe.FindAllStringSubmatchIndex(marked, -1) {
		b.WriteString(marked[last:m[0]])
		last = m[1]
		start := b.Len()
		if m[2] >= 0 {
			text := marked[m[2]:m[3]]
			f := strings.Split(marked[m[4]:m[5]], "|")
			b.WriteString(text)
			dm := pipeline.DateMention{Span: pipeline.Span{Start: start, End: b.Len()}, Text: text, Kind: pipeline.KindDate, Value: f[0], Anchor: pipeline.AnchorExplicit}
			if len(f) > 1 {
				dm.Anchor = pipeline.Anchor(f[1])
			}
			dm.Interval = intervalOf(t, f[0])
			if strings.HasPrefix(f[0], "P") {
				dm.Kind = pipeline.KindDuration
				dm.Interval = pipeline.Interval{}
			}
			if !dm.Interval.Known() && !strings.HasPrefix(f[0], "P") {
				dm.Anchor = pipeline.AnchorNone
			}
			it.Dates = append(it.Dates, dm)
			continue
		}
		text := marked[m[6]:m[7]]
		f := strings.Split(marked[m[8]:m[9]], "|")
		b.WriteString(text)
		pl := pipeline.Place{ID: "test:" + strings.ToLower(text), Name: text, Precision: pipeline.GeoPrecision(f[0])}
		if f[0] == "capital" {
			pl.Precision, pl.FeatureCode = pipeline.GeoCity, "PPLC"
		}
		if len(f) > 1 {
			pl.Country = f[1]
		}
		if len(f) > 2 {
			pl.Admin1 = f[2]
		}
		pm := pipeline.PlaceMention{Span: pipeline.Span{Start: start, End: b.Len()}, Text: text, Resolved: true, Place: pl}
		if len(f) > 4 {
			pm.Role = f[4]
		}
		it.Places = append(it.Places, pm)
	}
	b.WriteString(marked[last:])
	it.Doc.Text = b.String()
	it.DocDate = pipeline.DocDate{Date: o.docDate, Basis: o.basis}
	if it.DocDate.Basis == "" {
		it.DocDate.Basis = pipeline.BasisNone
	}
	splitText(it)
	return it
}

// splitText fills Paragraphs and Sentences the simple way.
func splitText(it *pipeline.Item) {
	text := it.Doc.Text
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			pi := len(it.Paragraphs)
			it.Paragraphs = append(it.Paragraphs, pipeline.Span{Start: start, End: end})
			skip := func(i int) int {
				for i < end && (text[i] == ' ' || text[i] == '\n') {
					i++
				}
				return i
			}
			ss := skip(start)
			for i := ss; i < end; {
				r, n := utf8.DecodeRuneInString(text[i:])
				i += n
				if r != '.' && r != '!' && r != '?' {
					continue
				}
				for i < end {
					q, qn := utf8.DecodeRuneInString(text[i:])
					if q != '”' && q != '"' && q != '’' {
						break
					}
					i += qn
				}
				if i == end || ((text[i] == ' ' || text[i] == '\n') && isSentenceStart(text[skip(i):end])) {
					it.Sentences = append(it.Sentences, pipeline.Sentence{Span: pipeline.Span{Start: ss, End: i}, Paragraph: pi})
					ss = skip(i)
					i = ss
				}
			}
			e := end
			for e > ss && (text[e-1] == ' ' || text[e-1] == '\n') {
				e--
			}
			if e > ss {
				it.Sentences = append(it.Sentences, pipeline.Sentence{Span: pipeline.Span{Start: ss, End: e}, Paragraph: pi})
			}
		}
		start = end + 2
	}
}

func isSentenceStart(s string) bool {
	for _, r := range s {
		return r == '“' || r == '"' || (r >= 'A' && r <= 'Z')
	}
	return false
}

func intervalOf(t testing.TB, v string) pipeline.Interval {
	switch {
	case len(v) == 10 && !strings.HasPrefix(v, "X"):
		d, err := pipeline.ParseDate(v)
		if err != nil {
			t.Fatalf("bad test date %q: %v", v, err)
		}
		return pipeline.Interval{Start: d, End: d, Precision: pipeline.PrecisionDay}
	case len(v) == 7 && !strings.HasPrefix(v, "X"):
		d, err := pipeline.ParseDate(v + "-01")
		if err != nil {
			t.Fatalf("bad test month %q: %v", v, err)
		}
		return pipeline.Interval{Start: d, End: d.EndOfMonth(), Precision: pipeline.PrecisionMonth}
	case len(v) == 4 && !strings.HasPrefix(v, "X"):
		d, err := pipeline.ParseDate(v + "-01-01")
		if err != nil {
			t.Fatalf("bad test year %q: %v", v, err)
		}
		return pipeline.Interval{Start: d, End: pipeline.MakeDate(d.Year, time.December, 31), Precision: pipeline.PrecisionYear}
	}
	return pipeline.Interval{}
}
