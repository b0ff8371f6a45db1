package places

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
