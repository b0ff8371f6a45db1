package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// tbaqPath is TempEval-3 TBAQ (TimeBank + AQUAINT) as JSON lines, read at
// test time from the shared checkout (never copied into the project).
var tbaqPath = filepath.Join("..", "..", "..", "shared", "eval", "tempeval3", "tbaq.jsonl")

type tbaqTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

type tbaqDoc struct {
	Doc     string      `json:"doc"`
	Subset  string      `json:"subset"`
	DCT     string      `json:"dct"`
	Text    string      `json:"text"`
	Timexes []tbaqTimex `json:"timexes"`
}

func readTBAQ(t testing.TB) []tbaqDoc {
	t.Helper()
	f, err := os.Open(tbaqPath)
	if err != nil {
		if os.IsNotExist(err) && os.Getenv("CI") == "" {
			t.Skipf("TBAQ not available: %v", err)
		}
		t.Fatalf("open %s: %v", tbaqPath, err)
	}
	defer f.Close()
	var docs []tbaqDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d tbaqDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s: %v", tbaqPath, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", tbaqPath, err)
	}
	return docs
}

// timexType maps a mention to a TIMEX3 type.
func timexType(m pipeline.DateMention) string {
	switch m.Kind {
	case pipeline.KindDuration:
		return "DURATION"
	case pipeline.KindSet:
		return "SET"
	}
	if strings.Contains(m.Value, "T") && !strings.HasSuffix(m.Value, "_REF") && !strings.HasPrefix(m.Value, "P") {
		return "TIME"
	}
	return "DATE"
}

// tbaqScore holds TempEval-3 style counts.
type tbaqScore struct {
	gold, sys                   int
	strict, relaxed, value, typ int
	goldByType, relaxedByType   map[string]int
	valueByType                 map[string]int
	errors                      []string
}

func (s tbaqScore) f1(match int) (p, r, f float64) {
	if s.sys > 0 {
		p = float64(match) / float64(s.sys)
	}
	if s.gold > 0 {
		r = float64(match) / float64(s.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// scoreTBAQ tags every document against its DCT and scores extents and
// values: strict (same span), relaxed (overlap), value (relaxed match with
// the same value), as in TempEval-3.
//
// typ, when not empty, keeps only gold timexes of that TIMEX3 type and system
// mentions of that type (timexType), for per-type scores.
//
// norm selects the normalized scoring (see normValue and splitRanges):
// notational variants of one TIMEX3 value count as equal, and a range
// mention is scored as its two ends. Both scorings are always reported.
func scoreTBAQ(docs []tbaqDoc, keep func(i int) bool, typ string, norm bool) tbaqScore {
	tg := New(Options{})
	sc := tbaqScore{goldByType: map[string]int{}, relaxedByType: map[string]int{}, valueByType: map[string]int{}}
	for i, d := range docs {
		if !keep(i) {
			continue
		}
		dct, err := pipeline.ParseDate(d.DCT)
		if err != nil {
			continue
		}
		ms := tg.Tag(d.Text, nil, pipeline.DocDate{Date: dct, Basis: pipeline.BasisPublished})
		if norm {
			ms = splitRanges(d.Text, ms)
		}
		if typ != "" {
			kept := ms[:0:0]
			for _, m := range ms {
				if timexType(m) == typ {
					kept = append(kept, m)
				}
			}
			ms = kept
		}
		sc.sys += len(ms)
		used := make([]bool, len(ms))
		for _, g := range d.Timexes {
			if typ != "" && g.Type != typ {
				continue
			}
			sc.gold++
			sc.goldByType[g.Type]++
			best := -1
			for k, m := range ms {
				if used[k] || m.Span.End <= g.Start || g.End <= m.Span.Start {
					continue
				}
				if best < 0 || (m.Span.Start == g.Start && m.Span.End == g.End) {
					best = k
				}
			}
			if best < 0 {
				sc.errors = append(sc.errors, "MISS "+docTag(i)+" "+d.DCT+" "+g.Type+" "+g.Value+" "+quote(g.Text)+" | "+snippet(d.Text, g.Start, g.End))
				continue
			}
			used[best] = true
			m := ms[best]
			sc.relaxed++
			sc.relaxedByType[g.Type]++
			if m.Span.Start == g.Start && m.Span.End == g.End {
				sc.strict++
			}
			if m.Value == g.Value || norm && normValue(m.Value) == normValue(g.Value) {
				sc.value++
				sc.valueByType[g.Type]++
			} else {
				sc.errors = append(sc.errors, "VALUE "+docTag(i)+" "+d.DCT+" "+g.Type+" gold="+g.Value+" got="+m.Value+" "+quote(m.Text)+"/"+quote(g.Text)+" | "+snippet(d.Text, g.Start, g.End))
			}
			if timexType(m) == g.Type {
				sc.typ++
			}
		}
		for k, m := range ms {
			if !used[k] {
				sc.errors = append(sc.errors, "SPURIOUS "+docTag(i)+" "+d.DCT+" "+m.Value+" "+quote(m.Text)+" | "+snippet(d.Text, m.Span.Start, m.Span.End))
			}
		}
	}
	sort.Strings(sc.errors)
	return sc
}

// normValue rewrites notational variants of a TIMEX3 value to one form, for
// the normalized scoring only. Each pair names the same interval; TBAQ's
// annotators wrote both:
//
//	1949-XX, 1994-XX-XX -> 1949, 1994   a year (month or day unknown)
//	199X -> 199, 19XX -> 19             a decade, a century
//	2000-W7 -> 2000-W07                 an ISO week without its zero
//	1989-11-06T17 -> 1989-11-06T17:00   an hour without minutes
//
// Nothing else is equated: a week against its month, a part of day
// against a bare date, a quarter against a year stay errors.
func normValue(v string) string {
	for strings.HasSuffix(v, "-XX") {
		v = v[:len(v)-3]
	}
	if n := len(v); (n == 4 || n == 3) && strings.HasSuffix(v, "X") && !strings.HasPrefix(v, "X") {
		v = strings.TrimRight(v, "X")
	}
	if i := strings.Index(v, "-W"); i == 4 && len(v) == i+3 && v[i+2] >= '0' && v[i+2] <= '9' {
		v = v[:i+2] + "0" + v[i+2:]
	}
	if i := strings.IndexByte(v, 'T'); i == 10 && len(v) == 13 && v[11] >= '0' && v[11] <= '9' {
		v += ":00"
	}
	return v
}

// splitRanges, for the normalized scoring only, replaces a range mention
// ("between 1985 and 1987", "Aug. 26 to Oct. 20", "April 24 and 25") by its
// two ends, each with the value of its end: TempEval annotates range ends as
// two timexes, geotimeline as one mention with the union interval.
func splitRanges(text string, ms []pipeline.DateMention) []pipeline.DateMention {
	var out []pipeline.DateMention
	for _, m := range ms {
		slash := strings.IndexByte(m.Value, '/')
		if slash < 0 || strings.HasPrefix(m.Value, "P") {
			out = append(out, m)
			continue
		}
		t := text[m.Span.Start:m.Span.End]
		sep, sepLen := -1, 0
		for _, s := range []string{" to ", " and ", " through ", "\u2013", "\u2014", "-"} {
			if k := strings.LastIndex(t, s); k > 0 && k > sep {
				sep, sepLen = k, len(s)
			}
		}
		if sep < 0 {
			out = append(out, m)
			continue
		}
		lead := 0
		for _, p := range []string{"from ", "From ", "between ", "Between "} {
			if strings.HasPrefix(t, p) {
				lead = len(p)
			}
		}
		a, b := m, m
		a.Span = pipeline.Span{Start: m.Span.Start + lead, End: m.Span.Start + sep}
		a.Text, a.Value = t[lead:sep], m.Value[:slash]
		b.Span = pipeline.Span{Start: m.Span.Start + sep + sepLen, End: m.Span.End}
		b.Text, b.Value = t[sep+sepLen:], m.Value[slash+1:]
		out = append(out, a, b)
	}
	return out
}

// docTag names document i in an error line: its position in the file and
// its half of the even/odd split ("e012", "o013").
func docTag(i int) string {
	h := byte('e')
	if i%2 == 1 {
		h = 'o'
	}
	return string(h) + string(appendPadded(make([]byte, 0, 3), i, 3))
}

func quote(s string) string { return "\"" + s + "\"" }

func snippet(text string, s, e int) string {
	a, b := s-40, e+30
	if a < 0 {
		a = 0
	}
	if b > len(text) {
		b = len(text)
	}
	return strings.ReplaceAll(text[a:b], "\n", " ")
}

// TestTempEval3 scores TBAQ and fails when scores drop below the floors
// measured when the tagger was written (minus a small margin). Set
// DATES_TBAQ_ERRORS=1 to print every error.
func TestTempEval3(t *testing.T) {
	docs := readTBAQ(t)
	all := func(int) bool { return true }
	sc := scoreTBAQ(docs, all, "", false)
	_, _, strictF := sc.f1(sc.strict)
	_, _, relaxedF := sc.f1(sc.relaxed)
	vp, vr, valueF := sc.f1(sc.value)
	_, _, typeF := sc.f1(sc.typ)
	t.Logf("TBAQ %d docs: gold %d, system %d", len(docs), sc.gold, sc.sys)
	t.Logf("strict extent F1 %.3f  relaxed extent F1 %.3f  value F1 %.3f (P %.3f R %.3f)  type F1 %.3f", strictF, relaxedF, valueF, vp, vr, typeF)
	for _, ty := range []string{"DATE", "DURATION", "SET", "TIME"} {
		g := sc.goldByType[ty]
		if g == 0 {
			continue
		}
		t.Logf("  %-8s gold %4d  relaxed recall %.3f  value recall %.3f", ty, g, float64(sc.relaxedByType[ty])/float64(g), float64(sc.valueByType[ty])/float64(g))
	}
	// Per type: gold and system mentions of one TIMEX3 type only.
	for _, ty := range []string{"DATE", "TIME", "DURATION", "SET"} {
		ss := scoreTBAQ(docs, all, ty, false)
		_, _, sf := ss.f1(ss.strict)
		_, _, rf := ss.f1(ss.relaxed)
		_, _, vf := ss.f1(ss.value)
		t.Logf("  type %-8s strict %.3f relaxed %.3f value %.3f (gold %d, system %d)", ty, sf, rf, vf, ss.gold, ss.sys)
	}
	// By subset, and a fixed split of the documents (even and odd positions
	// in the file): rules are written for news in general, so the halves
	// should score alike.
	for _, sub := range []struct {
		name string
		keep func(i int) bool
	}{
		{"TimeBank", func(i int) bool { return docs[i].Subset == "TimeBank" }},
		{"AQUAINT", func(i int) bool { return docs[i].Subset == "AQUAINT" }},
		{"even docs", func(i int) bool { return i%2 == 0 }},
		{"odd docs", func(i int) bool { return i%2 == 1 }},
	} {
		ss := scoreTBAQ(docs, sub.keep, "", false)
		_, _, rf := ss.f1(ss.relaxed)
		_, _, vf := ss.f1(ss.value)
		_, _, sf := ss.f1(ss.strict)
		t.Logf("  %-9s strict %.3f relaxed %.3f value %.4f (gold %d, system %d, right values %d)", sub.name, sf, rf, vf, ss.gold, ss.sys, ss.value)
	}
	// The normalized scoring (normValue, splitRanges), reported beside the
	// plain one, never instead of it.
	for _, sub := range []struct {
		name, typ string
		keep      func(i int) bool
	}{
		{"all", "", all},
		{"DATE", "DATE", all}, {"TIME", "TIME", all}, {"DURATION", "DURATION", all}, {"SET", "SET", all},
		{"even docs", "", func(i int) bool { return i%2 == 0 }},
		{"odd docs", "", func(i int) bool { return i%2 == 1 }},
	} {
		ss := scoreTBAQ(docs, sub.keep, sub.typ, true)
		_, _, sf := ss.f1(ss.strict)
		_, _, rf := ss.f1(ss.relaxed)
		_, _, vf := ss.f1(ss.value)
		t.Logf("  normalized %-9s strict %.3f relaxed %.3f value %.3f (gold %d, system %d)", sub.name, sf, rf, vf, ss.gold, ss.sys)
	}
	if os.Getenv("DATES_TBAQ_ERRORS") != "" {
		for _, e := range sc.errors {
			t.Log(e)
		}
	}
	floors := []struct {
		name      string
		got, want float64
	}{
		// Measured 2026-11-23, seventh follow-up (lengths with a fraction,
		// "-long", postponements, "that day" after a month, …): strict
		// 0.873, relaxed 0.946, value 0.826 (fifth: 0.872, 0.944, 0.824;
		// third: 0.870, 0.943, 0.821; second: 0.866, 0.939, 0.810;
		// first, 2026-11-22: 0.857, 0.931, 0.794; before reporting periods,
		// holidays and fractions: 0.838, 0.920, 0.774).
		{"strict extent F1", strictF, 0.862},
		{"relaxed extent F1", relaxedF, 0.936},
		{"value F1", valueF, 0.815},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.want)
		}
	}
}
