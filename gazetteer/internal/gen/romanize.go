package main

import (
	"strings"
	"unicode/utf8"
)

// South Korean places are written in the Revised Romanization of Korean
// (RR, the standard since 2000: Goseong, Cheorwon, Gangneung), while many
// GeoNames rows for them keep the older McCune–Reischauer spelling
// (Kosong, Ch'ŏrwŏn). romanizeRR gives the RR spelling of a Hangul name so
// that the South Korean entries can be found as the press writes them.

// Jamo in Unicode order: 19 initials, 21 medials, 28 finals (0 = none).
var (
	rrInitial = [...]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	rrMedial  = [...]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	// rrFinal is a final consonant at the end of a word or before another
	// consonant; rrLinked is the same final before a syllable that opens
	// with a vowel (ㅇ), where it is pronounced as that syllable's initial.
	rrFinal  = [...]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
	rrLinked = [...]string{"", "g", "kk", "ks", "n", "nj", "nh", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h"}
)

const (
	hangulBase   = 0xAC00
	hangulLast   = 0xD7A3
	initialIeung = 11 // ㅇ: no sound as an initial
	initialRieul = 5  // ㄹ
)

// Final consonant indexes that matter for sound changes.
const (
	finalNone = 0
	finalG    = 1  // ㄱ
	finalN    = 4  // ㄴ
	finalL    = 8  // ㄹ
	finalM    = 16 // ㅁ
	finalB    = 17 // ㅂ
	finalNg   = 21 // ㅇ
)

// romanizeRR returns the RR spelling of s, capitalised, when s is all
// Hangul syllables, else "". It applies the sound changes RR writes
// (liaison of a final before a vowel, ㄹ after ㄹ as "ll", ㄹ after other
// consonants as "n", and the nasal finals before it: 강릉 Gangneung, 백령
// Baengnyeong, 철원 Cheorwon) and no others.
func romanizeRR(s string) string {
	type syl struct{ i, m, f int }
	var ss []syl
	for _, r := range s {
		if r < hangulBase || r > hangulLast {
			return ""
		}
		x := int(r - hangulBase)
		ss = append(ss, syl{x / 588, (x % 588) / 28, x % 28})
	}
	if len(ss) == 0 {
		return ""
	}
	var b strings.Builder
	for k, c := range ss {
		ini := rrInitial[c.i]
		if k > 0 {
			p := ss[k-1]
			switch {
			case c.i == initialIeung:
				ini = "" // the final was linked below
			case c.i == initialRieul && (p.f == finalL || p.f == finalN):
				ini = "l" // 울릉 Ulleung, 신라 Silla
			case c.i == initialRieul && p.f != finalNone:
				ini = "n"
			}
		}
		b.WriteString(ini)
		b.WriteString(rrMedial[c.m])
		fin := rrFinal[c.f]
		if k+1 < len(ss) {
			next := ss[k+1]
			switch {
			case next.i == initialIeung && c.f != finalNg:
				fin = rrLinked[c.f]
			case next.i == initialRieul && c.f == finalG:
				fin = "ng" // 백령 Baengnyeong
			case next.i == initialRieul && c.f == finalB:
				fin = "m"
			case next.i == initialRieul && c.f == finalN:
				fin = "l" // 신라 Silla
			}
		}
		b.WriteString(fin)
	}
	out := b.String()
	r, n := utf8.DecodeRuneInString(out)
	return strings.ToUpper(string(r)) + out[n:]
}

// krUnitSuffixes are the Hangul syllables of administrative units that
// end South Korean place names (고성군: Goseong-gun, Goseong County), with
// their RR spelling.
var krUnitSuffixes = map[string]string{"군": "gun", "시": "si", "읍": "eup", "면": "myeon", "구": "gu", "동": "dong", "리": "ri"}

// rrNames returns the RR spellings of the Hangul names among names that
// spell a Latin name of the same list in another romanization (고성 as
// Goseong beside "Kosong"; not 상원 as Sangwon beside "Changwon": a
// Hangul alternate naming something else); a unit suffix is written after
// a hyphen (고성군: Goseong-gun), so that the name is also found without
// it. Duplicates are left to rec.addNames.
func rrNames(names []string) []string {
	latin := map[string]bool{}
	for _, n := range names {
		if k := looseKey(n); k != "" {
			latin[k] = true
		}
	}
	var out []string
	for _, n := range names {
		stem, suf := n, ""
		last, size := utf8.DecodeLastRuneInString(n)
		if sf, ok := krUnitSuffixes[string(last)]; ok && utf8.RuneCountInString(n) >= 3 {
			stem, suf = n[:len(n)-size], "-"+sf
		}
		if rr := romanizeRR(stem); rr != "" && latin[looseKey(rr)] {
			out = append(out, rr+suf)
		}
	}
	return out
}

// looseKey folds a Latin spelling of a Korean name to what McCune–Reischauer
// and RR share (Kosong, Goseong → kosong; Ch'ŏrwŏn, Cheorwon → cholwon),
// without a unit suffix; "" for a name without Latin letters.
func looseKey(s string) string {
	s = strings.ToLower(s)
	for _, suf := range []string{"-gun", "-si", "-eup", "-myeon", "-gu", "-dong", "-ri", " county", " city", "-do"} {
		s = strings.TrimSuffix(s, suf)
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			b.WriteRune(r)
		case r == 'ŏ':
			b.WriteByte('o')
		case r == 'ŭ':
			b.WriteByte('u')
		}
	}
	k := b.String()
	if k == "" {
		return ""
	}
	return strings.NewReplacer("eo", "o", "eu", "u", "g", "k", "d", "t", "b", "p", "j", "ch", "r", "l", "sh", "s", "kk", "k", "ll", "l").Replace(k)
}
