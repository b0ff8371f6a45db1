package events

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The shortcuts of the tokenizer, the matchers, the clause splitter and the
// event fields are compared here with the plain definitions they replace.

// refTokens is the definition appendTokens implements: maximal runs of
// letters, digits and combining marks; the lower-case form from
// strings.ToLower; soft when the gap before passes softGap or dottedGap;
// the id from the word table's map.
func refTokens(doc string, start, end int, words map[string]int32) []token {
	var toks []token
	inTok, tokStart, gapStart := false, 0, start
	emit := func(e int) {
		t := token{start: tokStart, end: e, text: doc[tokStart:e]}
		t.low = strings.ToLower(t.text)
		t.soft = len(toks) > 0 && (softGap(doc[gapStart:tokStart]) || dottedGap(doc, start, toks[len(toks)-1], gapStart, t))
		t.comma = len(toks) > 0 && !t.soft && commaGap(doc[gapStart:tokStart])
		t.quoted = len(toks) > 0 && !t.soft && !t.comma && quoteOpenGap(doc[gapStart:tokStart])
		t.hyphen = len(toks) > 0 && tokStart-gapStart == 1 && doc[gapStart] == '-'
		if words != nil {
			t.wid = widUnknown
			if id, ok := words[t.low]; ok {
				t.wid = id
			}
		}
		toks = append(toks, t)
	}
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(doc[i:]) // may run past end
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case word && !inTok:
			inTok, tokStart = true, i
		case !word && inTok:
			emit(i)
			inTok, gapStart = false, i
		}
		i += n
	}
	if inTok {
		emit(end)
	}
	return toks
}

func FuzzTokens(f *testing.F) {
	f.Add("Police ARRESTED three brokers in Hyesan, a source told Daily NK.")
	f.Add("Kim Jong-un's “order” — Ünïcödé İstanbul ǅemal e\u0301 ΣΑΣ 3-6 months")
	f.Add("told  the   Ministry of State Security\t/ x's\xff\xfeword")
	f.Add("")
	v, err := loadVocab()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		z := tokenizer{words: &v.words}
		got := z.appendTokens(nil, text, 0, len(text))
		want := refTokens(text, 0, len(text), v.words.ids)
		if !slices.Equal(got, want) {
			t.Fatalf("appendTokens(%q) =\n%+v\nwant\n%+v", text, got, want)
		}
		var flags wordFlags
		for k, tk := range want {
			flags |= v.words.flags[tk.wid]
			// clauses relies on it: a soft gap holds no comma.
			if k > 0 && tk.soft && strings.Contains(text[want[k-1].end:tk.start], ",") {
				t.Fatalf("soft token %q after a comma", tk.text)
			}
		}
		if z.seen != flags {
			t.Fatalf("appendTokens(%q) saw flags %b, want %b", text, z.seen, flags)
		}
		var starts []int
		for k, tk := range want {
			if v.words.flags[tk.wid]&flagStarts != 0 {
				starts = append(starts, k)
			}
		}
		if !slices.Equal(z.starts, starts) {
			t.Fatalf("appendTokens(%q) starts %v, want %v", text, z.starts, starts)
		}
		if plain := tokenize(text, 0, len(text)); !slices.Equal(plain, refTokens(text, 0, len(text), nil)) {
			t.Fatalf("tokenize(%q) = %+v", text, plain)
		}
		// A span that may cut runes at either end.
		for _, sp := range [][2]int{{1, len(text) - 1}, {len(text) / 3, 2 * len(text) / 3}} {
			if sp[0] < 0 || sp[0] > sp[1] {
				continue
			}
			z := tokenizer{words: &v.words}
			if got, want := z.appendTokens(nil, text, sp[0], sp[1]), refTokens(text, sp[0], sp[1], v.words.ids); !slices.Equal(got, want) {
				t.Fatalf("appendTokens(%q, %d, %d) =\n%+v\nwant\n%+v", text, sp[0], sp[1], got, want)
			}
		}
	})
}

func TestWordLookup(t *testing.T) {
	v, err := loadVocab()
	if err != nil {
		t.Fatal(err)
	}
	for w, id := range v.words.ids {
		if got, f := v.words.lookup(w, wordHash(w)); got != id || f != v.words.flags[id] {
			t.Errorf("lookup(%q) = %d, %b, want %d, %b", w, got, f, id, v.words.flags[id])
		}
	}
	for _, w := range []string{"", "x", "zzzz", "arrestedd", "Arrested", "ministry of"} {
		if _, in := v.words.ids[w]; !in {
			if got, f := v.words.lookup(w, wordHash(w)); got != widUnknown || f != 0 {
				t.Errorf("lookup(%q) = %d, %b, want widUnknown, no flags", w, got, f)
			}
		}
	}
	if f := v.words.flags[widUnknown]; f != 0 {
		t.Errorf("widUnknown has flags %b, want none", f)
	}
}

// FuzzWordLookup checks lookup and lookupShort against the table's map for
// any string.
func FuzzWordLookup(f *testing.F) {
	for _, w := range []string{"", "x", "said", "arrested", "arreste", "ministry", "a\x00", "\x00", "zzzzzzz", "Arrested"} {
		f.Add(w)
	}
	v, err := loadVocab()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, w string) {
		want, in := v.words.ids[w]
		if !in {
			want = widUnknown
		}
		if got, f := v.words.lookup(w, wordHash(w)); got != want || f != v.words.flags[want] {
			t.Fatalf("lookup(%q) = %d, %b, want %d, %b", w, got, f, want, v.words.flags[want])
		}
		if len(w) < 8 {
			if got, f := v.words.lookupShort(packShort(w), wordHash(w)); got != want || f != v.words.flags[want] {
				t.Fatalf("lookupShort(packShort(%q)) = %d, %b, want %d, %b", w, got, f, want, v.words.flags[want])
			}
		}
	})
}

// refFind is the definition appendFind implements: every pattern tried at
// every token, the longest match kept, then the earliest, then the one
// added first.
func refFind(m *matcher, toks []token) []match {
	var all []match
	for i := range toks {
		for pi := range m.pats {
			if last, ok := m.matchAt(m.pats[pi].slots, toks, i); ok && (m.reject == nil || !m.reject(toks, i, last)) {
				all = append(all, match{first: i, last: last, start: toks[i].start, end: toks[last].end, value: m.pats[pi].value, pat: pi})
			}
		}
	}
	sort.SliceStable(all, func(a, b int) bool {
		la, lb := all[a].last-all[a].first, all[b].last-all[b].first
		if la != lb {
			return la > lb
		}
		if all[a].first != all[b].first {
			return all[a].first < all[b].first
		}
		return all[a].pat < all[b].pat
	})
	used := make([]bool, len(toks))
	var out []match
	for _, c := range all {
		free := true
		for k := c.first; k <= c.last; k++ {
			free = free && !used[k]
		}
		if !free {
			continue
		}
		for k := c.first; k <= c.last; k++ {
			used[k] = true
		}
		out = append(out, c)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].first < out[b].first })
	return out
}

func FuzzFind(f *testing.F) {
	f.Add("the Ministry of State Security sealed off the border town and the border guards arrested smugglers")
	f.Add("Kim Jong Un's order, told Daily NK; the Rodong Sinmun reported the KPA executed")
	f.Add("in order to cross the border border patrol unit")
	v, err := loadVocab()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		z := tokenizer{words: &v.words}
		toks := z.appendTokens(nil, text, 0, len(text))
		var sc findScratch
		for name, m := range map[string]*matcher{"trig": v.trig, "act": v.act, "out": v.out} {
			want := refFind(m, toks)
			if got := m.appendFind(nil, toks, &sc); !slices.Equal(got, want) {
				t.Fatalf("%s.appendFind(%q) = %+v, want %+v", name, text, got, want)
			}
			if got := m.appendFindAt(nil, toks, z.starts, &sc); !slices.Equal(got, want) {
				t.Fatalf("%s.appendFindAt(%q) = %+v, want %+v", name, text, got, want)
			}
		}
		// Tokens without word ids (widNone), some or all: the matchers
		// compare their lower-case forms.
		plain := (&tokenizer{}).appendTokens(nil, text, 0, len(text))
		mixed := slices.Clone(toks)
		for k := range mixed {
			if k%3 == 1 {
				mixed[k].wid = widNone
			}
		}
		for _, ts := range [][]token{plain, mixed} {
			for name, m := range map[string]*matcher{"trig": v.trig, "act": v.act, "out": v.out} {
				want := refFind(m, ts)
				if got := m.appendFind(nil, ts, &sc); !slices.Equal(got, want) {
					t.Fatalf("%s.appendFind(%q) without word ids = %+v, want %+v", name, text, got, want)
				}
			}
		}
	})
}

// refPunctCuts is the definition of the marks the tokenizer reports for
// clauses: the offsets of semicolons, colons, quotation marks and dashes,
// and whether there was a dash.
func refPunctCuts(body string) (cuts []int, dashed bool) {
	for i, r := range body {
		switch r {
		case ';', ':', '“', '”', '"':
			cuts = append(cuts, i)
		case '–', '—':
			cuts = append(cuts, i)
			dashed = true
		}
	}
	return cuts, dashed
}

func FuzzTokenizerCuts(f *testing.F) {
	f.Add("a; b: “c” \"d\" – e — f")
	f.Add("\xe2\x80\x9c\xe2\x80\xe2\x80\x94\xf0\xe2\x80\x93")
	f.Add("word\xe2\x80")
	f.Fuzz(func(t *testing.T, body string) {
		want, wantDashed := refPunctCuts(body)
		// Over a sentence inside a text, whose neighbours may complete a
		// rune cut at its ends.
		for _, pad := range []string{"", "x“", "\x80\x9c"} {
			text := pad + body + pad
			start, end := len(pad), len(pad)+len(body)
			var z tokenizer
			z.appendTokens(nil, text, start, end)
			got := slices.Clone(z.cuts)
			for i := range got {
				got[i] -= start
			}
			if !slices.Equal(got, want) || z.dashed != wantDashed {
				t.Fatalf("tokenizer cuts of %q in %q = %v, %v, want %v, %v", body, text, got, z.dashed, want, wantDashed)
			}
		}
	})
}

// refSummarize and refEventID are the definitions summarize and eventID
// implement.
func refSummarize(sentence string) string {
	s := strings.Join(strings.Fields(sentence), " ")
	s = strings.Trim(s, "“”\"' ")
	const max = 120
	if len([]rune(s)) <= max {
		return s
	}
	r := []rune(s)[:max]
	cut := strings.LastIndexByte(string(r), ' ')
	if cut < max/2 {
		cut = len(string(r))
	}
	return strings.TrimRight(string(r)[:cut], " ,;:") + "…"
}

func refEventID(docID string, sentStart, trigStart int, typ string) string {
	h := sha256.New()
	for _, p := range []string{docID, strconv.Itoa(sentStart), strconv.Itoa(trigStart), typ} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func FuzzSummarize(f *testing.F) {
	f.Add("  “Police arrested three brokers,”  a source said.\t")
	f.Add(strings.Repeat("word ", 40))
	f.Add(strings.Repeat("ü\xff ", 70))
	f.Add(strings.Repeat("x", 130) + " y")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := summarize(s), refSummarize(s); got != want {
			t.Fatalf("summarize(%q) = %q, want %q", s, got, want)
		}
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzEventID(f *testing.F) {
	f.Add("doc-1", 0, 17, "arrest")
	f.Add(strings.Repeat("long/path/", 30), -5, 1<<40, "border_closure")
	f.Fuzz(func(t *testing.T, doc string, a, b int, typ string) {
		if got, want := eventID(doc, a, b, typ), refEventID(doc, a, b, typ); got != want {
			t.Fatalf("eventID(%q, %d, %d, %q) = %s, want %s", doc, a, b, typ, got, want)
		}
	})
}
