package dates

import (
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"geotimeline/pipeline"
)

// Embedded cue tables (a few kilobytes): see the header of each file.
var (
	//go:embed eras.tsv
	erasTSV string
	//go:embed anniversaries.tsv
	anniversariesTSV string
)

// ErrData reports corrupt embedded data.
var ErrData = errors.New("dates: corrupt embedded data")

// An era is one row of eras.tsv.
type era struct {
	phrase   []string // words
	text     string
	earliest date // first day of the earliest month
	latest   date // the last day the phrase names the present on, zero if open
	likely   int  // year most such articles come from, 0 if none
	fact     string
	// out is a span inside the term the phrase did not name the present
	// on (Shinzo Abe's years out of office), zero if none
	out [2]date
}

// An occasion is one row of anniversaries.tsv.
type occasion struct {
	id       string
	founded  date
	keywords [][]string
	desc     string
}

type cueTables struct {
	eras      []era
	occasions []occasion
	first     map[string][]int // first word of a phrase -> era indices
}

var loadCues = sync.OnceValues(func() (*cueTables, error) {
	ct := &cueTables{first: map[string][]int{}}
	for n, line := range strings.Split(erasTSV, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 && len(f) != 6 {
			return nil, fmt.Errorf("eras.tsv:%d: want 5 or 6 tab-separated fields, got %d: %w", n+1, len(f), ErrData)
		}
		t, err := time.Parse("2006-01", f[1])
		if err != nil {
			return nil, fmt.Errorf("eras.tsv:%d: %w (%w)", n+1, err, ErrData)
		}
		e := era{phrase: phraseWords(f[0]), text: f[0], earliest: pipeline.DateOf(t), fact: f[4]}
		if f[2] != "-" {
			u, err := time.Parse("2006-01-02", f[2])
			if err != nil || u.Before(t) {
				return nil, fmt.Errorf("eras.tsv:%d: bad last day %q: %w", n+1, f[2], ErrData)
			}
			e.latest = pipeline.DateOf(u)
		}
		if f[3] != "-" {
			y, err := strconv.Atoi(f[3])
			if err != nil || y < t.Year() {
				return nil, fmt.Errorf("eras.tsv:%d: bad likely year %q: %w", n+1, f[3], ErrData)
			}
			e.likely = y
		}
		if len(f) == 6 {
			from, to, ok := strings.Cut(f[5], "..")
			a, err1 := time.Parse("2006-01-02", from)
			b, err2 := time.Parse("2006-01-02", to)
			if !ok || err1 != nil || err2 != nil || b.Before(a) || e.latest.IsZero() || !a.After(t) || !b.Before(e.latest.Time()) {
				return nil, fmt.Errorf("eras.tsv:%d: bad span out of office %q: %w", n+1, f[5], ErrData)
			}
			e.out = [2]date{pipeline.DateOf(a), pipeline.DateOf(b)}
		}
		if len(e.phrase) == 0 {
			return nil, fmt.Errorf("eras.tsv:%d: empty phrase: %w", n+1, ErrData)
		}
		ct.first[e.phrase[0]] = append(ct.first[e.phrase[0]], len(ct.eras))
		ct.eras = append(ct.eras, e)
	}
	for n, line := range strings.Split(anniversariesTSV, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("anniversaries.tsv:%d: want 4 tab-separated fields, got %d: %w", n+1, len(f), ErrData)
		}
		d, err := pipeline.ParseDate(f[1])
		if err != nil {
			return nil, fmt.Errorf("anniversaries.tsv:%d: %w (%w)", n+1, err, ErrData)
		}
		o := occasion{id: f[0], founded: d, desc: f[3]}
		for _, k := range strings.Split(f[2], ",") {
			if w := phraseWords(k); len(w) > 0 {
				o.keywords = append(o.keywords, w)
			}
		}
		if len(o.keywords) == 0 {
			return nil, fmt.Errorf("anniversaries.tsv:%d: no keywords: %w", n+1, ErrData)
		}
		ct.occasions = append(ct.occasions, o)
	}
	return ct, nil
})

// phraseWords splits a table phrase into lower-case terms (words and
// numbers) as the tokenizer sees them.
func phraseWords(s string) []string {
	var out []string
	for _, t := range tokenize(s, nil) {
		if t.kind != tPunct {
			out = append(out, termOf(s, t))
		}
	}
	return out
}

// termOf is a word or number token as lower-case text.
func termOf(text string, t token) string {
	if t.kind == tWord {
		return t.low
	}
	return lowerASCII(text[t.start:t.end])
}

// wordIndex lists the indices of word and number tokens, so phrases match
// across hyphens and apostrophes ("Kim Jong-un", "Workers' Party", "Hwasong-15").
func wordIndex(toks []token) []int {
	idx := make([]int, 0, len(toks))
	for i, t := range toks {
		if t.kind != tPunct {
			idx = append(idx, i)
		}
	}
	return idx
}

// matchAt reports whether phrase matches the terms starting at position k,
// with nothing but hyphens and apostrophes between them.
func matchAt(text string, toks []token, words []int, k int, phrase []string) bool {
	if k+len(phrase) > len(words) {
		return false
	}
	for j, w := range phrase {
		if termOf(text, toks[words[k+j]]) != w {
			return false
		}
		if j > 0 {
			for x := words[k+j-1] + 1; x < words[k+j]; x++ {
				if !isDash(toks[x]) && toks[x].low != "'" && toks[x].low != "\u2019" {
					return false
				}
			}
		}
	}
	return true
}

// An eraHit is an era cue found in a text.
type eraHit struct {
	era *era
	tok int
	end int // the token after the phrase
}

// findEras returns the era cues of a text, in text order.
func (ct *cueTables) findEras(text string, toks []token, words []int) []eraHit {
	var hits []eraHit
	for k, ti := range words {
		if toks[ti].kind != tWord {
			continue
		}
		for _, ei := range ct.first[toks[ti].low] {
			if matchAt(text, toks, words, k, ct.eras[ei].phrase) && !wordBefore(toks, ti, otherOfficeWords) {
				hits = append(hits, eraHit{era: &ct.eras[ei], tok: ti, end: words[k+len(ct.eras[ei].phrase)-1] + 1})
			}
		}
	}
	return hits
}

// An annivHit is an anniversary whose year follows from arithmetic.
type annivHit struct {
	tok      int // the token "anniversary"/"birthday"
	start    int // the ordinal token
	nth      int
	occ      *occasion
	date     date
	weekday  bool // the sentence names the weekday the date falls on
	monthCue bool // chosen by a month named in the sentence
	// yearAhead is the word of a year after the telling that the
	// anniversary falls in ("next year, which marks the 80th founding
	// anniversary": "next"; "the new year, which marks …": "new"), or "".
	yearAhead string
}

// pastTellingWords before an anniversary mark a sentence that tells of an
// earlier time, whose "next year" is not the year after the dispatch's
// ("would" after it does too: "said next year, which marks …, would be").
var pastTellingWords = map[string]bool{
	"then": true, "last": true, "ago": true, "wrote": true, "recalled": true, "recalling": true,
}

// aheadLinks are the words that may join "next year" to the anniversary it
// marks ("next year, which will mark the 80th", "the new year that marks
// the 75th founding anniversary").
var aheadLinks = map[string]bool{
	"which": true, "that": true, "marks": true, "mark": true, "will": true, "is": true, "be": true,
	"the": true, "its": true, "of": true,
}

// related reports an occasion one of whose keywords holds a keyword of an
// occasion in named: the death of Kim Jong Il ("death of kim jong il") is
// related to his birth ("kim jong il"), so "the 10th anniversary of the
// demise of Kim Jong Il" in a December dispatch is the death's.
func (ct *cueTables) related(oi int, named []int) bool {
	for _, ni := range named {
		for _, kw := range ct.occasions[oi].keywords {
			for _, nk := range ct.occasions[ni].keywords {
				if len(nk) < len(kw) && containsWords(kw, nk) {
					return true
				}
			}
		}
	}
	return false
}

// containsWords reports whether the word run b occurs in a.
func containsWords(a, b []string) bool {
	for i := 0; i+len(b) <= len(a); i++ {
		if slices.Equal(a[i:i+len(b)], b) {
			return true
		}
	}
	return false
}

// findAnniversaries returns "Nth anniversary" phrases whose occasion the
// sentence names. sentOf maps token index to sentence number.
func (ct *cueTables) findAnniversaries(p *parser, words []int, sentOf []int32) []annivHit {
	toks := p.t
	var hits []annivHit
	for i, t := range toks {
		if t.kind != tWord || (t.low != "anniversary" && t.low != "birthday") {
			continue
		}
		// The ordinal: 76th anniversary, 76th founding anniversary, 110th birth anniversary.
		nth, start := 0, -1
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if v, nd, suf, ok := p.num(k); ok && nd <= 3 && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
				nth, start = v, k
				break
			}
			if toks[k].kind != tWord {
				break
			}
		}
		if nth == 0 {
			continue
		}
		s := sentOf[i]
		lo, hi := i, i
		for lo > 0 && sentOf[lo-1] == s && i-lo < 15 {
			lo--
		}
		for hi+1 < len(toks) && sentOf[hi+1] == s && hi-i < 15 {
			hi++
		}
		// "next year, which marks the 80th founding anniversary": the
		// anniversary falls in the year after the telling. Forward cues
		// do not drop it, but it marks no date of the text.
		// Only when the year is the subject or the apposition of the
		// anniversary ("next year marks", "the new year, which will
		// mark", "next year, the 80th …"), not "the next year, which
		// marked" of a story, "to raise more grain next year, as the
		// country celebrates", nor a year told in a speech of 2014.
		ahead := ""
		for k := lo; k+1 < start; k++ {
			w := toks[k].low
			if toks[k].kind != tWord || toks[k+1].low != "year" || !(w == "next" || w == "coming" || w == "new") {
				continue
			}
			if w == "next" && k > 0 && toks[k-1].low == "the" {
				continue // "the next year": the year after one told
			}
			linked := true
			for j := k + 2; j < start; j++ {
				if tj := toks[j]; tj.kind == tWord && !aheadLinks[tj.low] {
					linked = false
				}
			}
			if linked {
				ahead = w
			}
		}
		// Not in a telling of the past: "In a speech in 2014 he said that
		// next year, which marks …", "In a letter sent last year, he wrote
		// that next year … would be", "had told them then that next year".
		for k := lo; k <= hi && ahead != ""; k++ {
			w := toks[k].low
			if k < i && (toks[k].kind == tNum && toks[k].ndig == 4 || toks[k].kind == tWord && pastTellingWords[w]) || k > i && w == "would" {
				ahead = ""
			}
		}
		// Forward-looking mentions ("ahead of the 76th anniversary") do not date the text.
		forward := false
		for k := lo; k < start && ahead == ""; k++ {
			if w := toks[k].low; toks[k].kind == tWord && (isForwardCue(w) || isWeakForwardCue(w) || w == "ahead" || w == "preparations" || w == "preparing") {
				forward = true
			}
		}
		if forward {
			continue
		}
		// A month named in the sentence picks the occasion founded in that month.
		var months []time.Month
		weekdays := map[time.Weekday]bool{}
		for k := lo; k <= hi; k++ {
			if m, _, ok := monthOf(toks[k].low); ok && toks[k].kind == tWord && toks[k].cap {
				months = append(months, m)
			}
			if wd, ok := weekdayOf(toks[k].low); ok && toks[k].kind == tWord && toks[k].cap {
				weekdays[wd] = true
			}
		}
		// The occasion a keyword names wins; a month named in the
		// sentence picks among the occasions a keyword names, or among
		// all when none is named ("its 73rd anniversary in September"):
		// "Pyongyang, December 31 (KCNA) -- … the 80th founding
		// anniversary of the Party" is the party's, not that of a death
		// in December.
		best, bestDist, bestLen, tie := -1, 1<<30, 0, false
		var named []int // the occasions a keyword of the sentence names
		for oi := range ct.occasions {
			o := &ct.occasions[oi]
			k0 := sort.SearchInts(words, lo)
			for k := k0; k < len(words) && words[k] <= hi; k++ {
				ti := words[k]
				for _, kw := range o.keywords {
					if !matchAt(p.text, toks, words, k, kw) {
						continue
					}
					if !slices.Contains(named, oi) {
						named = append(named, oi)
					}
					d := i - ti
					if d < 0 {
						d = -d
					}
					// Nearest wins; at the same distance the longer
					// phrase ("kim jong il s death" over "kim jong il").
					switch {
					case d < bestDist || (d == bestDist && len(kw) > bestLen):
						best, bestDist, bestLen, tie = oi, d, len(kw), false
					case d == bestDist && len(kw) == bestLen && best != oi:
						tie = true
					}
				}
			}
		}
		monthHit, monthBest, monthTie := false, -1, false
		for oi := range ct.occasions {
			if len(named) > 0 && !slices.Contains(named, oi) && !ct.related(oi, named) {
				continue
			}
			for _, m := range months {
				if m == ct.occasions[oi].founded.Month && monthBest != oi {
					monthTie = monthBest >= 0
					monthBest = oi
				}
			}
		}
		if monthBest >= 0 && !monthTie {
			best, tie, monthHit = monthBest, false, true
		}
		if best < 0 || tie {
			continue
		}
		o := &ct.occasions[best]
		d := pipeline.MakeDate(o.founded.Year+nth, o.founded.Month, o.founded.Day)
		hits = append(hits, annivHit{tok: i, start: start, nth: nth, occ: o, date: d, weekday: weekdays[d.Time().Weekday()], monthCue: monthHit, yearAhead: ahead})
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].tok < hits[b].tok })
	return hits
}
