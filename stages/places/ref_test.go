package places

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// The reference versions of helpers that were rewritten for speed: each
// rewrite must give the same answers.

// refMenuLine is menuLine as it was, splitting the sentence.
func refMenuLine(st string) bool {
	items := strings.Split(st, "|")
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if len(strings.TrimSpace(it)) > maxMenuItem {
			return false
		}
	}
	return true
}

// refTitleCaseWords is titleCaseWords without its early way out.
func refTitleCaseWords(s string, ws []word) bool {
	n, caps := 0, 0
	for _, w := range ws {
		t := s[w.start:w.end]
		if utf8.RuneCountInString(t) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if capitalized(t) {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*8
}

// refAppendWords is appendWords as it was, calling isWordRune on every rune.
func refAppendWords(out []word, s string) []word {
	start := -1
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && isJoiner(r) && i+n < len(s):
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			possessive := r != '-' && (r2 == 's' || r2 == 'S') && !followedByLetter(s, i+n+1)
			if isWordRune(r2) && !possessive {
				break
			}
			out = append(out, word{start, i})
			start = -1
		default:
			if start >= 0 {
				out = append(out, word{start, i})
				start = -1
			}
		}
		i += n
	}
	if start >= 0 {
		out = append(out, word{start, len(s)})
	}
	return out
}

var refSentences = []string{
	"Home | News | North Korea | Subscribe",
	"Log in | Asia-Pacific",
	"a||b|",
	"| | |",
	"Security officials in Hyesan arrested smugglers who crossed the Yalu River.",
	"NORTH KOREA EXECUTES BORDER GUARDS FOR SMUGGLING",
	"North Korea Tightens Border Controls Near Hyesan",
	"Kim Jong Un's sister Kim Yo Jong said the DPRK's P'yŏngyang office was closed.",
	"BORDER Border border borders Koreans KOREAN dprk Sea sea1 9river",
	"Café owners in Sinŭiju-si said 혜산시에서 prices rose 20%.",
	"Résumé Of The Émigrés In Zürich And Genève",
	"\xff\xfeAbc Def Ghi",
	"",
}

func TestRewrittenHelpers(t *testing.T) {
	for _, s := range refSentences {
		checkHelpers(t, s)
	}
}

func FuzzRewrittenHelpers(f *testing.F) {
	for _, s := range refSentences {
		f.Add(s)
	}
	f.Fuzz(checkHelpers)
}

func checkHelpers(t *testing.T, s string) {
	if got, want := menuLine(s), refMenuLine(s); got != want {
		t.Errorf("menuLine(%q) = %v, want %v", s, got, want)
	}
	ws := refAppendWords(nil, s)
	if got := appendWords(nil, s); !slices.Equal(got, ws) {
		t.Errorf("appendWords(%q) = %v, want %v", s, got, ws)
	}
	if got, want := titleCaseWords(s, ws), refTitleCaseWords(s, ws); got != want {
		t.Errorf("titleCaseWords(%q) = %v, want %v", s, got, want)
	}
	// kindPlain on a run of ASCII letters and digits is kind.
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !(r < utf8.RuneSelf && isWordRune(r)) }) {
		if got, want := tb.anchors.kindPlain(f), tb.anchors.kind(f); got != want {
			t.Errorf("kindPlain(%q) = %v, kind gives %v", f, got, want)
		}
	}
}

// refMergeMentions and refReplace are mergeMentions and doc.replace as
// they were, sorting everything after every change.
func refMergeMentions(gaz, regs []mention) []mention {
	out := slices.Clone(gaz)
	for _, r := range regs {
		keep := true
		for _, g := range gaz {
			if g.Overlaps(r.Span) && g.Len() >= r.Len() {
				keep = false
				break
			}
		}
		if !keep {
			continue
		}
		out = slices.DeleteFunc(out, func(g mention) bool { return g.region == nil && g.Overlaps(r.Span) })
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b mention) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	})
	return out
}

func refReplace(out []mention, mm mention) []mention {
	for _, o := range out {
		if o.Overlaps(mm.Span) && o.Len() > mm.Len() {
			return out
		}
	}
	out = slices.DeleteFunc(out, func(o mention) bool { return o.Overlaps(mm.Span) })
	out = append(out, mm)
	slices.SortFunc(out, func(a, b mention) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// mentionsOf makes mentions from pairs of bytes (start, length), named by
// their place in data; regions when isRegion is set.
func mentionsOf(data []byte, isRegion bool) []mention {
	var ms []mention
	for i := 0; i+1 < len(data); i += 2 {
		start := int(data[i] % 64)
		m := mention{Span: pipeline.Span{Start: start, End: start + 1 + int(data[i+1]%8)}, key: fmt.Sprint(i)}
		if isRegion {
			m.region = &region{}
		}
		ms = append(ms, m)
	}
	return ms
}

func FuzzMergeReplace(f *testing.F) {
	f.Add([]byte{1, 2, 10, 3, 20, 1}, []byte{11, 5}, true)
	f.Add([]byte{1, 2, 1, 3, 20, 1}, []byte{11, 5, 11, 5}, false)
	f.Add([]byte{30, 2, 10, 3, 5, 1}, []byte{0, 9}, true)
	f.Fuzz(func(t *testing.T, a, b []byte, sortA bool) {
		gaz, regs := mentionsOf(a, false), mentionsOf(b, true)
		if sortA {
			slices.SortStableFunc(gaz, func(x, y mention) int { return cmp.Compare(x.Start, y.Start) })
		}
		same := func(x, y []mention) bool {
			return slices.EqualFunc(x, y, func(p, q mention) bool { return p.Span == q.Span && p.key == q.key && p.region == q.region })
		}
		if got, want := mergeMentions(gaz, regs), refMergeMentions(gaz, regs); !same(got, want) {
			t.Errorf("mergeMentions(%v, %v) = %v, want %v", gaz, regs, got, want)
		}
		d := &doc{}
		want := slices.Clone(gaz)
		d.out = slices.Clone(gaz)
		for _, m := range mentionsOf(b, false) {
			d.replace(m)
			want = refReplace(want, m)
			if !same(d.out, want) {
				t.Fatalf("replace(%v) = %v, want %v", m, d.out, want)
			}
		}
	})
}

// FuzzAbbrev checks that the last-byte filter of tables.abbrev turns away
// no key: abbrev answers as the map does.
func FuzzAbbrev(f *testing.F) {
	t, err := loadTables()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"The", "", "Calif", "U.S"} {
		f.Add(s)
	}
	for k := range t.abbrevs { // every key, as the seed corpus
		f.Add(k)
	}
	f.Fuzz(func(tt *testing.T, s string) {
		a, ok := t.abbrev(s)
		ra, rok := t.abbrevs[s]
		if len(s) > t.abbrevMax {
			ra, rok = abbrev{}, false
		}
		if a != ra || ok != rok {
			tt.Fatalf("abbrev(%q) = %v, %v; want %v, %v", s, a, ok, ra, rok)
		}
	})
}

// FuzzNextUpper checks nextUpper against a byte-at-a-time search, from
// every position of the input.
func FuzzNextUpper(f *testing.F) {
	for _, s := range []string{"", "the border at Hyesan", "in the U.S. and S. Korea", "abcdefghijklmnopQ", "é Ü 혜산 X", "lower case only, no capitals at all here"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && (s[want] < 'A' || s[want] > 'Z') {
				want++
			}
			if got := nextUpper(s, i); got != want {
				t.Fatalf("nextUpper(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}

// FuzzLastSpaceSame compares lastSpace with strings.LastIndexAny, which it
// replaces in accept.
func FuzzLastSpaceSame(f *testing.F) {
	for _, s := range []string{"", " ", "Ryanggang Province", "Dublin\u00a0City", "a\u00a0", "\xc2", "\xa0", "\xc2\xa0\x80", "\xe0\xc2\xa0x", "x\xc2\xc2\xa0", "é è\u00a0ü"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastSpace(s), strings.LastIndexAny(s, " \u00a0"); got != want {
			t.Fatalf("lastSpace(%q) = %d, want %d", s, got, want)
		}
	})
}
