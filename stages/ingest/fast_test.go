package ingest

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzIsUpper checks isUpper against its definition.
func FuzzIsUpper(f *testing.F) {
	for _, s := range []string{"JAN", "Jan", "W.VA", "", "\xff", "\ufffd", "ÉTÉ", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isUpper(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("isUpper(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzIsInitials checks isInitials against the split-based definition.
func FuzzIsInitials(f *testing.F) {
	for _, s := range []string{"U.S", "a.m", "J", "j", "", ".", "U..S", "Ü.S", "USA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		want := true
		parts := strings.Split(tok, ".")
		for _, p := range parts {
			r, size := utf8.DecodeRuneInString(p)
			if size != len(p) || !unicode.IsLetter(r) || (len(parts) == 1 && !unicode.IsUpper(r)) {
				want = false
				break
			}
		}
		if got := isInitials(tok); got != want {
			t.Errorf("isInitials(%q) = %v, want %v", tok, got, want)
		}
	})
}

// FuzzHasHeadKey checks the packed head test against hasHead for every
// pattern of the embedded table.
func FuzzHasHeadKey(f *testing.F) {
	for _, s := range []string{"Share this article", "SIGN UP", "sh", "", "Ünïcödé", "follow\xffus", "Read more: x"} {
		f.Add(s)
	}
	r, err := loadRules()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key, n := lineHead(s)
		for i := range r.pats {
			p := &r.pats[i]
			if got, want := p.hasHeadKey(key, n, len(s)), p.hasHead(s); got != want {
				t.Errorf("pattern %d (%s): hasHeadKey(%q) = %v, hasHead %v", i, p.re, s, got, want)
			}
		}
	})
}

// FuzzPrefixIndex checks that the prefixes a pattern files under a line's
// first byte find what all its prefixes find, for every pattern of the
// embedded table and a few made-up prefix lists (empty, non-ASCII, runes
// that fold to ASCII: the Kelvin sign, the long s).
func FuzzPrefixIndex(f *testing.F) {
	for _, s := range []string{"Share this article", "SIGN UP", "sh", "", "Ünïcödé", "follow\xffus", "Read more: x",
		"Copyright © 2024", "(c) 2024", "© Daily NK", "Accueil > News", "\u212aelvin", "\u017fign up", "kelvin", "1 comment"} {
		f.Add(s)
	}
	r, err := loadRules()
	if err != nil {
		f.Fatal(err)
	}
	lists := [][]string{{}, {""}, {"", "x"}, {"\u212a", "s", "©", "(c)"}, {"k", "\u017f", "é", "\xff"}}
	f.Fuzz(func(t *testing.T, s string) {
		low := []byte(strings.ToLower(s))
		for i := range r.pats {
			p := &r.pats[i]
			if got, want := hasFoldPrefix(s, p.byFirst.forLine(s, p.prefixes)), hasFoldPrefix(s, p.prefixes); got != want {
				t.Errorf("pattern %d (%s): hasFoldPrefix(%q) by the index = %v, over every prefix %v", i, p.re, s, got, want)
			}
			if isASCII(s) && s != "" && p.asciiPrefixes {
				if got, want := hasAnyPrefix(low, p.byFirst.of(low[0])), hasAnyPrefix(low, p.prefixes); got != want {
					t.Errorf("pattern %d (%s): hasAnyPrefix(%q) by the index = %v, over every prefix %v", i, p.re, low, got, want)
				}
			}
		}
		for _, l := range lists {
			x := newPrefixIndex(l)
			if got, want := hasFoldPrefix(s, x.forLine(s, l)), hasFoldPrefix(s, l); got != want {
				t.Errorf("prefixes %q: hasFoldPrefix(%q) by the index = %v, over every prefix %v", l, s, got, want)
			}
		}
	})
}

// FuzzContainsRare checks containsRare against bytes.Contains.
func FuzzContainsRare(f *testing.F) {
	f.Add("sign up for our newsletter", "newsletter")
	f.Add("all rights reserved", "all rights reserved")
	f.Add("nnnnewsletter", "newsletter")
	f.Add("", "x")
	f.Add("abc", "")
	f.Fuzz(func(t *testing.T, s, need string) {
		for rare := range max(len(need), 1) {
			if got, want := containsRare([]byte(s), []byte(need), rare), strings.Contains(s, need); got != want {
				t.Fatalf("containsRare(%q, %q, %d) = %v, want %v", s, need, rare, got, want)
			}
		}
		if len(need) > 0 {
			if i := rarestByte(need); i < 0 || i >= len(need) {
				t.Fatalf("rarestByte(%q) = %d", need, i)
			}
		}
	})
}

// FuzzContainsFoldRare checks the search of an ASCII line as it is
// against containsRare over its lower-case form.
func FuzzContainsFoldRare(f *testing.F) {
	f.Add("Sign up for our NEWSLETTER", "newsletter")
	f.Add("ALL Rights Reserved.", "all rights reserved")
	f.Add("Home | Share: x", "share:")
	f.Add("\x1a:", ":")
	f.Add("", "x")
	f.Add("abc", "")
	f.Fuzz(func(t *testing.T, s, need string) {
		if !isASCII(s) || !isASCII(need) {
			return
		}
		need = strings.ToLower(need)
		low := make([]byte, len(s))
		lowerASCIIInto(low, s)
		for rare := range max(len(need), 1) {
			if got, want := containsFoldRare(s, []byte(need), rare), containsRare(low, []byte(need), rare); got != want {
				t.Fatalf("containsFoldRare(%q, %q, %d) = %v, want %v", s, need, rare, got, want)
			}
		}
	})
}

// refIsAbbreviation is isAbbreviation as first written, with
// strings.TrimLeft and strings.LastIndexAny.
func refIsAbbreviation(before string, next rune) bool {
	i := len(before)
	for i > 0 && len(before)-i < 32 {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if isSpace(r) {
			break
		}
		i -= size
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(before[:i]); !isSpace(r) {
			return false
		}
	}
	tok := strings.TrimLeft(before[i:], "\"'`“‘([{«-–—/")
	if j := strings.LastIndexAny(tok, "-/"); j >= 0 {
		tok = tok[j+1:]
	}
	if tok == "" {
		return false
	}
	if tok == "No" || tok == "Nos" || tok == "NO" || tok == "no" {
		return unicode.IsDigit(next)
	}
	if isInitials(tok) {
		return true
	}
	for part := range strings.SplitSeq(tok, ".") {
		if !isListedAbbreviation(part) && !isListedAbbreviation(titleCase(part)) && !isInitials(part) {
			return false
		}
	}
	return true
}

// FuzzIsAbbreviation checks isAbbreviation against its first writing.
func FuzzIsAbbreviation(f *testing.F) {
	for _, s := range []string{"said Mr", "in the U.S", "(D-Calif", "“Gen", "«Sen", "—Dr", "no", "in No", "x/Jan", "ü\xff-Ft", ""} {
		f.Add(s, '3')
	}
	f.Fuzz(func(t *testing.T, before string, next rune) {
		if got, want := isAbbreviation(before, next), refIsAbbreviation(before, next); got != want {
			t.Errorf("isAbbreviation(%q, %q) = %v, want %v", before, next, got, want)
		}
	})
}

// refSplitLines is splitLines as a loop over bytes.
func refSplitLines(text string) []textLine {
	var lines []textLine
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '\n' && c != '\r' {
			continue
		}
		lines = append(lines, textLine{start: start, end: i})
		if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(text) {
		lines = append(lines, textLine{start: start, end: len(text)})
	}
	return lines
}

// FuzzSplitLines checks splitLines, which searches for "\n" only when the
// text has no "\r", against the loop over bytes.
func FuzzSplitLines(f *testing.F) {
	for _, s := range []string{"", "\n", "a\nb", "a\r\nb\r\n", "a\rb\n\nc", "\r", "x\n\r\n\ry"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := refSplitLines(text)
		if got := splitLines(text); !slices.Equal(got, want) {
			t.Fatalf("splitLines(%q) = %v, want %v", text, got, want)
		}
		buf := []textLine{{start: 7}} // a reused table
		if got := appendLines(buf[:0], text); !slices.Equal(got, want) {
			t.Fatalf("appendLines(%q) = %v, want %v", text, got, want)
		}
	})
}

// FuzzSkipPlain checks skipPlain against a byte-at-a-time scan.
func FuzzSkipPlain(f *testing.F) {
	for _, s := range []string{"", "abc", "Hello world. Next", "no stop here at all, none", "a!b?c", "caf\u00e9 long ascii run before it", "12345678.", "1234567\xff"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, from int) {
		if from < 0 || from > len(s) {
			from = 0
		}
		want := len(s)
		for i := from; i < len(s); i++ {
			if c := s[i]; c >= 0x80 || c == '.' || c == '!' || c == '?' {
				want = i
				break
			}
		}
		if got := skipPlain(s, from, len(s)); got != want {
			t.Errorf("skipPlain(%q, %d) = %d, want %d", s, from, got, want)
		}
	})
}

// refIsNormalLine is isNormalLine as it was, a byte at a time.
func refIsNormalLine(line string) bool {
	if line == "" || line[0] == '*' || line[0] == '-' || line[0] == '|' || line[0] == ' ' || line[len(line)-1] == ' ' {
		return false
	}
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && line[i-1] == ' ':
			return false
		}
	}
	return true
}

// FuzzIsNormalLine checks isNormalLine, eight bytes at a time, against
// refIsNormalLine.
func FuzzIsNormalLine(f *testing.F) {
	for _, s := range []string{"", "a", "Police arrested a trader in Hyesan.", "two  spaces here and more", "tab\there at eight", "12345678\r",
		"abcdefgh\x0e", "abcdefg\x08", "abcdefg  hijklmn", "abcdefgh  ijklmnop", "abcdefghijklmn  o", "a b c d e f g h i j", "0123456789abcdef\v", "Ünïcödé line", "\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f", "- item", "* item", "| a |", "x "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isNormalLine(s), refIsNormalLine(s); got != want {
			t.Fatalf("isNormalLine(%q) = %v, want %v", s, got, want)
		}
	})
}

// BenchmarkIsNormalLine runs isNormalLine over typical lines.
func BenchmarkIsNormalLine(b *testing.B) {
	lines := []string{
		"SEOUL, May 3 (Reuters) - North Korea fired a ballistic missile into the sea off its east coast on Wednesday, South Korea's military said.",
		"Police arrested a trader in Hyesan on May 2, 2021, a source in Ryanggang Province told Daily NK.",
		"Copyright 2021 Daily NK. All rights reserved.",
		"Related stories",
	}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, l := range lines {
			if !isNormalLine(l) {
				b.Fatal(l)
			}
		}
	}
}

// refPlainRun is plainRun a byte at a time, as scanString's loops were.
func refPlainRun(raw []byte, i int) int {
	for i < len(raw) && raw[i] != '"' && raw[i] != '\\' && raw[i] >= 0x20 {
		i++
	}
	return i
}

// FuzzPlainRun checks plainRun against refPlainRun from every start.
func FuzzPlainRun(f *testing.F) {
	for _, s := range []string{"", "plain text with no end", `ends "here`, `a\nb`, "ctl\x1fx", "\x00", "ünï\"", "0123456789abcdef\\", "\x7f\x80\xff\x20\x21\x22", "\x1f\x20\x21\x5b\x5c\x5d\xa2\xdc"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for i := 0; i <= len(raw); i++ {
			if got, want := plainRun(raw, i), refPlainRun(raw, i); got != want {
				t.Fatalf("plainRun(%q, %d) = %d, want %d", raw, i, got, want)
			}
		}
	})
}

// BenchmarkPlainRun finds the end of a long plain string.
func BenchmarkPlainRun(b *testing.B) {
	raw := []byte(strings.Repeat("Police arrested a trader in Hyesan on May 2, a source told Daily NK. ", 40) + `"`)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if plainRun(raw, 0) != len(raw)-1 {
			b.Fatal("wrong end")
		}
	}
}

// FuzzRuneCount checks runeCount against utf8.RuneCountInString, on any
// bytes.
func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "abc", "0123456789abcdef", "01234567ü", "Ünïcödé", "abcdefgh\xff\xfe", "abcdefg\xe2\x80", "\xe2\x80\x94abcdefghijk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	})
}

// BenchmarkRuneCount counts the runes of an ASCII paragraph.
func BenchmarkRuneCount(b *testing.B) {
	s := strings.Repeat("Police arrested a trader in Hyesan on May 2, a source told Daily NK. ", 4)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		if runeCount(s) != len(s) {
			b.Fatal("wrong count")
		}
	}
}

// FuzzLowerASCIIInto checks the eight-byte lowering against the byte
// table, for any bytes.
func FuzzLowerASCIIInto(f *testing.F) {
	for _, s := range []string{"", "Share this: Facebook | Twitter", "@AZ[`az{ \x80\xff\xc3\x89 ABCDEFGHIJ", "COPYRIGHT © 2024 ALL RIGHTS RESERVED"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := make([]byte, len(s))
		lowerASCIIInto(got, s)
		for i := 0; i < len(s); i++ {
			if got[i] != lowerByte[s[i]] {
				t.Fatalf("lowerASCIIInto(%q) = %q, want byte %d %q", s, got, i, lowerByte[s[i]])
			}
		}
	})
}

// refStringEnd is the loop scanString sized its buffer with before
// stringEnd (session 10, second pass).
func refStringEnd(raw []byte, i int) int {
	end := i
	for end < len(raw) && raw[end] != '"' {
		if raw[end] == '\\' {
			end++
		}
		end++
	}
	return end
}

// FuzzStringEndSame checks stringEnd against the byte-at-a-time loop it
// replaced, from every start.
func FuzzStringEndSame(f *testing.F) {
	for _, s := range []string{`plain text"`, `a\"b" c`, `line\n\nnext line of text with more words"tail`, `ends in \`,
		`\\"`, `no quote at all in this long enough string`, `"`, "", `x\u00e9y\\\"z"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for i := 0; i <= len(raw); i++ {
			if got, want := stringEnd(raw, i), refStringEnd(raw, i); got != want {
				t.Fatalf("stringEnd(%q, %d) = %d, the first writing gives %d", raw, i, got, want)
			}
		}
	})
}
