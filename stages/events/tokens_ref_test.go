package events

import (
	"cmp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"geotimeline/internal/swar"
	"geotimeline/pipeline"
)

// refAppendTokens is appendTokens as it was before wordRun: it appends the tokens of doc[start:end] to toks: maximal runs
// of letters, digits and combining marks, with their lower-case forms
// (strings.ToLower), their word ids (widUnknown for a word not in
// z.words) and whether the gap before each is soft.
func (z *tokenizer) refAppendTokens(toks []token, doc string, start, end int) []token {
	words := z.words
	z.seen, z.starts, z.cuts, z.dashed = 0, z.starts[:0], z.cuts[:0], false
	first := len(toks)
	gapStart := start
	for i := start; i < end; {
		// The gap: bytes and runes that are not part of a word.
		if c := doc[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case byteGap:
				i++
				continue
			case byteCut:
				z.cuts = append(z.cuts, i)
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(doc[i:]); !isWordRune(r) {
			// “ ” – — as punctCuts finds them: whole, before end.
			if (r == '“' || r == '”' || r == '–' || r == '—') && i+n <= end {
				z.cuts = append(z.cuts, i)
				z.dashed = z.dashed || r == '–' || r == '—'
			}
			i += n
			continue
		}
		// A word: letters, digits and combining marks.
		tokStart := i
		ascii, upper := true, false
	word:
		for i < end {
			if c := doc[i]; c < utf8.RuneSelf {
				switch asciiClass[c] {
				case byteWord:
				case byteUpper:
					upper = true
				default:
					break word
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(doc[i:])
			if !isWordRune(r) {
				break
			}
			ascii = false
			i += n
		}
		if i > end {
			i = end // a rune running past end is cut there
		}
		t := token{start: tokStart, end: i, text: doc[tokStart:i]}
		if ascii && !upper {
			t.low = t.text
		} else {
			t.low = z.lw.lower(t.text, ascii)
		}
		if len(toks) > first {
			t.soft = tokStart-gapStart == 1 && doc[gapStart] == ' ' || softGap(doc[gapStart:tokStart]) ||
				dottedGap(doc, start, toks[len(toks)-1], gapStart, t)
			t.comma = !t.soft && commaGap(doc[gapStart:tokStart])
			t.quoted = !t.soft && !t.comma && quoteOpenGap(doc[gapStart:tokStart])
			t.hyphen = tokStart-gapStart == 1 && doc[gapStart] == '-'
		}
		if words != nil {
			if w := t.text; ascii {
				// wordHash(t.low): c|0x20 lowers an ASCII letter or digit.
				n := len(w)
				h := mixWord(n, w[0]|0x20, w[min(1, n-1)]|0x20, w[max(n-2, 0)]|0x20, w[n-1]|0x20)
				if n < 8 && tokStart+8 <= len(doc) {
					// packShort(t.low) from the eight bytes at the
					// token, lowered the same way.
					p := (swar.Load(doc, tokStart)|0x2020202020202020)&(1<<(8*n)-1) | uint64(n)<<56
					t.wid, _ = words.lookupShort(p, h)
				} else {
					t.wid, _ = words.lookup(t.low, h)
				}
			} else {
				t.wid, _ = words.lookup(t.low, wordHash(t.low))
			}
			f := words.flags[t.wid]
			z.seen |= f
			if f&flagStarts != 0 {
				z.starts = append(z.starts, len(toks)-first)
			}
		}
		toks = append(toks, t)
		gapStart = i
	}
	return toks
}

// FuzzAppendTokensSame checks appendTokens against refAppendTokens: the
// tokens and what the tokenizer records beside them (flags, phrase
// starts, cuts, dashes), over the whole text and spans that cut runes.
func FuzzAppendTokensSame(f *testing.F) {
	f.Add("Police ARRESTED three brokers in Hyesan, a source told Daily NK.")
	f.Add("Kim Jong-un's “order” — Ünïcödé İstanbul ǅemal e\u0301 ΣΑΣ 3-6 months")
	f.Add("told  the   Ministry of State Security\t/ x's\xff\xfeword")
	f.Add("abcdefghijklmnopqrstuvwxyz0123456789Zabcdefgh{`@[/:ijklmnop")
	v, err := loadVocab()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, sp := range [][2]int{{0, len(text)}, {1, len(text) - 1}, {len(text) / 3, 2 * len(text) / 3}} {
			if sp[0] < 0 || sp[0] > sp[1] {
				continue
			}
			z, r := tokenizer{words: &v.words}, tokenizer{words: &v.words}
			got := z.appendTokens(make([]token, 1), text, sp[0], sp[1])
			want := r.refAppendTokens(make([]token, 1), text, sp[0], sp[1])
			if !slices.Equal(got, want) {
				t.Fatalf("appendTokens(%q, %d, %d) =\n%+v\nwant\n%+v", text, sp[0], sp[1], got, want)
			}
			if z.seen != r.seen || !slices.Equal(z.starts, r.starts) || !slices.Equal(z.cuts, r.cuts) || z.dashed != r.dashed {
				t.Fatalf("appendTokens(%q, %d, %d) recorded %b %v %v %v, want %b %v %v %v", text, sp[0], sp[1],
					z.seen, z.starts, z.cuts, z.dashed, r.seen, r.starts, r.cuts, r.dashed)
			}
			if plain, ref := (&tokenizer{}).appendTokens(nil, text, sp[0], sp[1]), (&tokenizer{}).refAppendTokens(nil, text, sp[0], sp[1]); !slices.Equal(plain, ref) {
				t.Fatalf("appendTokens without words (%q) = %+v, want %+v", text, plain, ref)
			}
		}
	})
}

// FuzzNotLowerOrDigit checks the eight-byte class test byte by byte.
func FuzzNotLowerOrDigit(f *testing.F) {
	f.Add("az09AZ`{")
	f.Add("/:@[\x80\xe1\xfa\xb0")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) < 8 {
			return
		}
		var want uint64
		for k := range 8 {
			if c := s[k]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				want |= 0x80 << (8 * k)
			}
		}
		if got := notLowerOrDigit(swar.Load(s, 0)); got != want {
			t.Fatalf("notLowerOrDigit(%q) = %#x, want %#x", s[:8], got, want)
		}
	})
}

// FuzzLazyClausesSame checks (with the reporter and actors of findActors) that the clauses a sentence makes when first
// asked for are those newDoc made for every sentence before: the clauses
// of its tokens and of the marks a fresh tokenizer finds in it; and that
// the caption and heading marks, now asked only where they matter, are
// those of before there.
func FuzzLazyClausesSame(f *testing.F) {
	f.Add("Police arrested three brokers in Hyesan, a source told Daily NK. Kim, who had been held in 2019, was sent back; “they left” — even executed — and fled.", 3)
	f.Add("According to the source, the man crossed the river and was caught. Having closed its borders, the state froze trade.", 0)
	f.Add("Photo: Police arrested three brokers in Hyesan", 0)
	f.Add("The Ministry of State Security arrested him, a source told Daily NK. Kim Jong Un said, Yonhap reported.", 40)
	f.Add("THE LEADER: Kim inspected a camp. (Photo by KCNA) Soldiers were arrested.", 34)
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, cut int) {
		it := &pipeline.Item{Doc: pipeline.Document{ID: "fuzz", Text: text}}
		if cut = max(0, min(cut, len(text))); cut > 0 { // two sentences, the first cut anywhere
			it.Sentences = []pipeline.Sentence{{Span: pipeline.Span{End: cut}}, {Span: pipeline.Span{Start: cut, End: len(text)}, Paragraph: 1}}
		}
		d := x.newDoc(it)
		defer x.release(d)
		for i := len(d.sents) - 1; i >= 0; i-- { // asked for out of order
			s := d.sents[i]
			var z tokenizer
			z.words = &x.v.words
			z.appendTokens(nil, text, s.Start, s.End)
			want := x.v.clauses(text, s, new(scratch), z.cuts, z.dashed)
			if got := s.clauses(); !slices.Equal(got, want) {
				t.Fatalf("sentence %d of %q: clauses() = %v, want %v", i, text, got, want)
			}
			// caption, asked only where it matters, and heading as
			// prepareSentence made them for every sentence before.
			body := text[s.Start:s.End]
			inPara := 0
			for _, o := range d.sents {
				if o.para == s.para {
					inPara++
				}
			}
			caption := isCaption(body)
			if heading := inPara == 1 && len(s.toks) <= 20 && !endsSentence(body) && !caption; s.heading != heading {
				t.Fatalf("sentence %d of %q: heading = %v, want %v", i, text, s.heading, heading)
			}
			if len(s.trigs) > 0 && s.caption != caption {
				t.Fatalf("sentence %d of %q with triggers: caption = %v, want %v", i, text, s.caption, caption)
			}
			// The reporter of every sentence, and the actors of those with
			// triggers, as refFindActors finds them (the document has no
			// places, whose metonyms classifyPlace would add).
			ref := *s
			ref.reportedBy, ref.actors = "", nil
			d.tz.appendTokens(nil, text, s.Start, s.End) // d.tz.starts for s
			x.refFindActors(d, &ref)
			if s.reportedBy != ref.reportedBy {
				t.Fatalf("sentence %d of %q: reportedBy = %q, want %q", i, text, s.reportedBy, ref.reportedBy)
			}
			if len(s.trigs) > 0 && !slices.Equal(s.actors, ref.actors) {
				t.Fatalf("sentence %d of %q: actors = %v, want %v", i, text, s.actors, ref.actors)
			}
		}
	})
}

// refFindActors is findActors as it was before it skipped the actors of
// sentences without triggers: it fills s.actors from actors.tsv, the capitalized-name fallback
// and metonymic place names; outlets named as reporters are left out.
func (x *Extractor) refFindActors(d *docCtx, s *sent) {
	sc := d.sc
	// d.tz.starts: the words of s that begin a phrase of a matcher.
	sc.names = x.v.out.appendFindAt(sc.names[:0], s.toks, d.tz.starts, &sc.find)
	nOutlets := len(sc.names)
	sc.names = x.v.act.appendFindAt(sc.names, s.toks, d.tz.starts, &sc.find)
	outlets, actors := sc.names[:nOutlets], sc.names[nOutlets:]
	var attrOutlets []match
	for _, m := range outlets {
		if attributive(s.toks, m) {
			attrOutlets = append(attrOutlets, m)
			if s.reportedBy == "" {
				s.reportedBy = x.v.outlets[m.value].name
			}
		}
	}
	if s.reportedBy == "" && s.words&flagTold != 0 {
		s.reportedBy = toldWhom(s.toks)
	}
	overlaps := func(a, b, c, e int) bool { return a < e && c < b }
	var hits []actorHit
	for _, m := range actors {
		skip := false
		for _, o := range attrOutlets {
			if overlaps(m.start, m.end, o.start, o.end) {
				skip = true
			}
		}
		if !skip {
			hits = append(hits, actorHit{start: m.start, end: m.end, name: x.v.actors[m.value].name})
		}
	}
	// Fallback: capitalized runs ending in an organisation head.
	for k := range s.toks {
		if s.words&flagOrgHead == 0 {
			break
		}
		if t := &s.toks[k]; !x.v.is(*t, flagOrgHead) || !isCapitalized(*t) {
			continue
		}
		first, last := k, k
		for first > 0 && s.toks[first].soft && (isCapitalized(s.toks[first-1]) || possessive(d.text, s.toks, first-1)) {
			first--
		}
		for last+2 < len(s.toks) && s.toks[last+1].low == "of" && s.toks[last+1].soft && s.toks[last+2].soft && isCapitalized(s.toks[last+2]) {
			last += 2
			for last+1 < len(s.toks) && s.toks[last+1].soft && isCapitalized(s.toks[last+1]) {
				last++
			}
		}
		if first < k && (s.toks[first].low == "the" || s.toks[first].low == "a") {
			first++
		}
		if last-first < 1 {
			continue
		}
		st, en := s.toks[first].start, s.toks[last].end
		clash := false
		for _, h := range hits {
			if overlaps(st, en, h.start, h.end) {
				clash = true
			}
		}
		for _, o := range outlets {
			if overlaps(st, en, o.start, o.end) {
				clash = true
			}
		}
		if !clash {
			hits = append(hits, actorHit{start: st, end: en, name: strings.Join(strings.Fields(d.text[st:en]), " ")})
		}
	}
	slices.SortStableFunc(hits, func(a, b actorHit) int { return cmp.Compare(a.start, b.start) })
	s.actors = hits
}

// FuzzAddStatementSkip checks the shortcut prepareSentence takes: a
// sentence whose words hold neither flagSaid nor flagTold gains nothing
// from addStatement.
func FuzzAddStatementSkip(f *testing.F) {
	f.Add("North Korea's foreign ministry said on Monday that it would respond.")
	f.Add("A spokesman told reporters on Oct. 8 the launch failed; officials SAYS")
	f.Add("Asked about it on Monday, the ministry declined to comment.")
	v, err := loadVocab()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		z := tokenizer{words: &v.words}
		toks := z.appendTokens(nil, text, 0, len(text))
		trigs := v.trig.appendFindAt(nil, toks, z.starts, new(findScratch))
		got, _, _ := addStatement(text, toks, slices.Clone(trigs), v.statement)
		if z.seen&(flagSaid|flagTold) == 0 && !slices.Equal(got, trigs) {
			t.Fatalf("addStatement(%q) without said or told = %+v, want %+v", text, got, trigs)
		}
	})
}
