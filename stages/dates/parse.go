package dates

import (
	"strings"
	"time"

	"geotimeline/pipeline"
)

// Forms of a parsed expression.
type form int

const (
	fCal      form = iota + 1 // calendar: some of year, month, day
	fDecade                   // the 1990s
	fCentury                  // the 20th century
	fSeason                   // spring 2020, last summer
	fQuarter                  // the third quarter
	fRel                      // this/last/next unit, today, yesterday
	fWeekday                  // on Sunday, last Tuesday
	fAgo                      // three years ago, a few weeks ago
	fRef                      // now, recently, the future
	fAnaphor                  // the day before, the next day
	fDuration                 // three years
	fSet                      // every day, weekly
	fRange                    // from X to Y, Feb. 15-17, October and November
	fFiscal                   // the year-ago quarter, this year's third quarter, the 1988 period, the first half of 1989
	fHoliday                  // Christmas, Thanksgiving Day, Chuseok, the Lunar New Year
)

// Modifiers of part of a period.
type modifier int

const (
	modNone    modifier = iota
	modEarly            // early, the beginning of, the start of
	modMid              // mid, the middle of
	modLate             // late
	modEnd              // the end of
	modEarlier          // earlier this month: start of the period to the anchor
	modLater            // later this month: the anchor to the end of the period
	modTrail            // the past year: the unit-long stretch ending on the anchor
)

// An expr is a parsed temporal expression before resolution.
type expr struct {
	s, e   int // token indices, e exclusive
	form   form
	y      int        // year, 0 unknown
	m      time.Month // month, 0 unknown
	d      int        // day, 0 unknown
	yGiven bool       // the year is written
	decade int        // first year of the decade (fDecade) or century (fCentury)
	season int        // 1 spring … 4 winter
	q      int        // quarter 1-4
	mod    modifier
	u      unit // fRel, fAgo, fDuration, fSet, fAnaphor: the unit
	n      int  // fRel offset (-1 last, 0 this, +1 next); fDuration count (0 vague)
	nHi    int  // fAgo/fDuration: upper count for vague or ranged quantities
	wd     time.Weekday
	wdDir  int // fWeekday: -1 last, 0 bare, +1 next, 2 this (n weeks on: "Thursday last week" n = -1); fCal: 9 weekday written with the date;
	//              fSeason: 3 unspecified; fQuarter: 1 deictic, 2 latest completed; fRel weekend: 3 the weekend;
	//              fRel year: 4 "the new year" (the year nearest the anchor's New Year's Day);
	//              fAnaphor: 1 "that day/year" (needs an earlier date)
	ref     string // fRef value
	tod     string // part of day code
	clock   string // time of day, "22:00"
	dur     string // fDuration/fSet value when fixed by the parser
	altUS   bool   // numeric date read month-first, day-first also possible
	yearAgo bool   // fFiscal: "year-ago"/"year-earlier": a year before the reporting period
	half    int    // fFiscal: 1 first half, 2 second half of a year
	hol     string // fHoliday: the holiday's id in holidays.tsv
	fracNum int    // fDuration: a fraction of a unit added to n ("2 1/2 years": 1)
	fracDen int    // fDuration: its denominator (2)
	relYear int    // fCal with hasRel: the year relative to the anchor's ("July last year": -1); without a month, the month ("the 5th of last month")
	hasRel  bool
	narr    bool // "the previous Friday", "at 10 p.m.": counts from the latest day mentioned before
	ofYear  int8 // fCal, fSeason: "August of that year" (1), "of the following year" (2), "of the previous year" (3)
	weekOf  bool // fCal: "the week of March 6": the ISO week of the date
	wom     int8 // "the first week of April": 1-4 the week of the month, 5 the last seven days, 6-7 the first (second) half, 8-10 the first (middle, last) ten days
	shift   int8 // days added to a resolved day: "the day before last Tuesday" is -1 (fits the padding)
	// lapseBy and lapseOnly mark "a day after", "two days before", "the day after" + an
	// event clause or noun ("…on Thursday, a day after it launched 20
	// missiles"): the event told after the phrase lies lapseBy days from a
	// day named in the same sentence (-1 for "a day after"). lapseOnly: 1
	// the mention is dropped when the sentence names no such day (or, when
	// first is set, is the duration first: "Eight days after the crash, …"),
	// 2 it then falls back to the fAnaphor reading n ("the day before he
	// fled").
	lapseBy   int8
	lapseOnly int8
	first     *expr // fRange: the first end; a lapse: the length of time it reads as alone
	second    *expr // fRange: the second end
}

// parser holds one text's tokens.
type parser struct {
	text string
	t    []token
	hol  *holidayTable // nil: no holidays
}

func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tWord {
		return ""
	}
	return p.t[i].low
}

func (p *parser) is(i int, w string) bool { return p.word(i) == w }

func (p *parser) punct(i int, s string) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == tPunct && p.t[i].low == s
}

func (p *parser) dash(i int) bool { return i >= 0 && i < len(p.t) && isDash(p.t[i]) }

// adjacent reports whether token i follows token i-1 with no space.
func (p *parser) adjacent(i int) bool { return i > 0 && i < len(p.t) && !p.t[i].space }

// num returns the number at i (plain digits, no comma groups).
func (p *parser) num(i int) (v, ndig int, suffix string, ok bool) {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tNum || p.t[i].val < 0 {
		return 0, 0, "", false
	}
	t := p.t[i]
	return int(t.val), int(t.ndig), t.low, true
}

// year returns a four-digit year at i (1000-2199, no suffix).
func (p *parser) year(i int) (int, bool) {
	v, nd, suf, ok := p.num(i)
	if !ok || nd != 4 || suf != "" || v < 1000 || v > 2199 {
		return 0, false
	}
	// Not a decimal or part of a longer number: 6.2020, 2020.5
	if p.punct(i-1, ".") && p.adjacent(i) && i >= 2 && p.t[i-2].kind == tNum && p.adjacent(i-1) {
		return 0, false
	}
	if p.punct(i+1, ".") && p.adjacent(i+1) && i+2 < len(p.t) && p.t[i+2].kind == tNum && p.adjacent(i+2) {
		return 0, false
	}
	return v, true
}

// dayNum returns a day of month at i: 1-31 with at most two digits, optional ordinal suffix.
func (p *parser) dayNum(i int) (int, bool) {
	v, nd, suf, ok := p.num(i)
	if !ok || nd > 2 || v < 1 || v > 31 {
		return 0, false
	}
	switch suf {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	// Not a time (5:30) nor a decimal (19.5).
	if (p.punct(i+1, ":") || p.punct(i+1, ".")) && i+2 < len(p.t) && p.t[i+2].kind == tNum && p.adjacent(i+2) && p.adjacent(i+1) {
		return 0, false
	}
	return v, true
}

// month returns the month named at i and the index after it (skipping the
// period of an abbreviation). Months must be capitalized.
func (p *parser) month(i int) (time.Month, int, bool, bool) {
	w := p.word(i)
	if w == "" || !p.t[i].cap {
		return 0, 0, false, false
	}
	m, abbr, ok := monthOf(w)
	if !ok {
		return 0, 0, false, false
	}
	j := i + 1
	if abbr && p.punct(j, ".") && p.adjacent(j) {
		j++
	}
	return m, j, abbr, true
}

// mayStart reports whether parseAt(i) may find an expression: it is false
// for the punctuation and the words parseAt rejects at once, which are most
// tokens, so scan skips them without the cost of a (large) expr result.
func (p *parser) mayStart(i int) bool {
	t := &p.t[i]
	switch t.kind {
	case tPunct:
		return t.low == "'" || t.low == "\u2019"
	case tNum:
		return true
	}
	switch t.low {
	case "the":
		// The commonest trigger by far, and nearly always a plain article:
		// look at the next token before trying wordStart's parsers.
		return p.theMayStart(i) || t.cap && p.holidayStart(t.low)
	case "to":
		// The second commonest: only "to this day" (refWord) starts with it.
		return p.is(i+1, "this") && p.is(i+2, "day") || t.cap && p.holidayStart(t.low)
	case "a", "an":
		return p.aMayStart(i) || t.cap && p.holidayStart(t.low)
	}
	return isTrigger(t.low) || t.cap && p.holidayStart(t.low)
}

// theMayStart reports whether an expression may start with the "the" at i:
// only when a number or one of the words of followsThe comes next.
func (p *parser) theMayStart(i int) bool {
	if i+1 >= len(p.t) {
		return false
	}
	switch n := &p.t[i+1]; n.kind {
	case tNum:
		return true // the 5th, the 1990s, the 1988 quarter, the 20th century, the 3rd quarter
	case tWord:
		return followsThe(n.low)
	}
	return false
}

// aMayStart reports whether an expression may start with the "a" or "an"
// at i: only when a number, a dash or one of the words of followsA comes
// next.
func (p *parser) aMayStart(i int) bool {
	if i+1 >= len(p.t) {
		return false
	}
	switch n := &p.t[i+1]; n.kind {
	case tNum:
		return true // a 1/2 (fraction)
	case tWord:
		return followsA(n.low)
	}
	return isDash(p.t[i+1]) // a-year (countUnit's adjective)
}

// followsA reports whether w, after "a" or "an", may continue an
// expression: the words duration, ago, countUnit, refWord and yearAgo look
// for right after it. A word added to one of those parsers after "a" must
// be added here too (TestMayStart checks the filter on real texts).
func followsA(w string) bool {
	switch w {
	case "while", "later", "dozen", "and", // for a while, at a later date, a dozen years, a and a half
		"more", "additional", "extra", "further", "trading", "business", "working", // countUnit
		"comparable", "corresponding", "same": // yearAgo
		return true
	}
	if _, _, ok := vagueCount(w); ok {
		return true // a few weeks
	}
	u, _ := unitOf(w)
	return u != uNone // a year ago, a day after, a year-earlier loss
}

// followsThe reports whether w, after "the", may continue an expression:
// the words the parsers of wordStart look for right after "the". A word
// added to one of those parsers after "the" must be added here too
// (TestMayStart checks the filter on real texts).
func followsThe(w string) bool {
	switch w {
	case "end", "beginning", "start", "middle", // modified: the end of
		"this", "current", "last", "past", "previous", "next", "coming", "following", // deictic
		"same", "full", "fiscal", "entire", "whole", "latest", "most", // anaphor: the same day, the latest quarter
		"half", "upcoming", "future", "near", "short", "long", // duration, vagueStretch, refWord
		"final", "latter", "comparable", "corresponding": // weekOfMonth, halfYear, yearAgo
		return true
	}
	if _, ok := numberWord(w); ok {
		return true // the two years, the nine months
	}
	if _, _, ok := vagueCount(w); ok {
		return true // the few weeks
	}
	if _, ok := ordinalWord(w); ok {
		return true // the first half, the third quarter, the first week of
	}
	if u, _ := unitOf(w); u != uNone {
		return true // the day before, the year-ago quarter, the months ahead
	}
	return decadeWord(w) > 0 // the nineties
}

// parseAt returns the longest expression starting at token i.
func (p *parser) parseAt(i int) (expr, bool) {
	if !p.mayStart(i) {
		return expr{}, false
	}
	return p.parseFrom(i)
}

// parseFrom is parseAt for a token i where mayStart(i) holds.
func (p *parser) parseFrom(i int) (expr, bool) {
	t := p.t[i]
	switch t.kind {
	case tPunct:
		return p.shortDecade(i)
	case tNum:
		if c, ok := p.clock(i); ok {
			return c, true
		}
		best, ok := p.numberStart(i)
		if d, ok2 := p.duration(i); ok2 && (!ok || d.e > best.e) {
			best, ok = d, true
		}
		if ok {
			best, _ = p.extendRange(best)
		}
		return best, ok
	}
	return p.wordStart(i)
}

// numberStart parses expressions beginning with a number: 19 December 2020,
// 2020-12-19, 19.12.2020, 12/19/2020, 2014, the 1990s.
func (p *parser) numberStart(i int) (expr, bool) {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tNum {
		return expr{}, false
	}
	t := p.t[i]
	// Numeric dates with separators and no spaces.
	if t.ndig > 0 && i+4 < len(p.t) && p.adjacent(i+1) && p.adjacent(i+2) && p.adjacent(i+3) && p.adjacent(i+4) &&
		p.t[i+1].kind == tPunct && p.t[i+3].kind == tPunct && p.t[i+1].low == p.t[i+3].low &&
		p.t[i+2].kind == tNum && p.t[i+4].kind == tNum && p.t[i+2].low == "" && p.t[i+4].low == "" && t.low == "" {
		sep := p.t[i+1].low
		a, b, c := int(t.val), int(p.t[i+2].val), int(p.t[i+4].val)
		if p.is(i-1, "version") || p.is(i-1, "v") || p.is(i-1, "ver") || p.is(i-1, "release") {
			return expr{}, false
		}
		// Not followed by more of the same (an IP address, a version).
		if !(i+5 < len(p.t) && p.adjacent(i+5) && p.t[i+5].kind == tPunct && i+6 < len(p.t) && p.t[i+6].kind == tNum && p.adjacent(i+6)) {
			switch {
			case t.ndig == 4 && (sep == "-" || sep == "/" || sep == ".") && p.t[i+2].ndig <= 2 && p.t[i+4].ndig <= 2:
				if validDay(a, time.Month(b), c) {
					return expr{s: i, e: i + 5, form: fCal, y: a, m: time.Month(b), d: c, yGiven: true}, true
				}
			case p.t[i+4].ndig == 4 && t.ndig <= 2 && p.t[i+2].ndig <= 2 && (sep == "." || sep == "/" || sep == "-"):
				if sep == "/" && a <= 12 && validDay(c, time.Month(a), b) {
					// US order first: 12/19/2020; day-first also possible when both fit.
					e := expr{s: i, e: i + 5, form: fCal, y: c, m: time.Month(a), d: b, yGiven: true}
					e.altUS = b <= 12 && a != b
					return e, true
				}
				if validDay(c, time.Month(b), a) {
					return expr{s: i, e: i + 5, form: fCal, y: c, m: time.Month(b), d: a, yGiven: true}, true
				}
			}
		}
	}
	// Day first: 19 December 2020, 5th of January.
	if d, ok := p.dayNum(i); ok {
		if r, ok := p.dayFirstRange(i, d); ok {
			return r, true
		}
		j := i + 1
		if p.is(j, "of") {
			j++
		}
		if m, k, _, ok := p.month(j); ok {
			e := expr{s: i, e: k, form: fCal, m: m, d: d}
			if p.punct(k, ",") {
				if y, ok := p.year(k + 1); ok {
					e.y, e.yGiven, e.e = y, true, k+2
				}
			} else if y, ok := p.year(k); ok {
				e.y, e.yGiven, e.e = y, true, k+1
			}
			if validDay(yearOr(e.y), m, d) {
				return e, true
			}
		}
	}
	// Centuries: 20th century.
	if (t.low == "st" || t.low == "nd" || t.low == "rd" || t.low == "th") && t.val >= 1 && t.val <= 22 && p.is(i+1, "century") {
		return expr{s: i, e: i + 2, form: fCentury, decade: (int(t.val) - 1) * 100}, true
	}
	// Decades: 1990s, 1990's.
	if t.ndig == 4 && t.low == "s" && t.val%10 == 0 && t.val >= 1000 && t.val < 2200 {
		return expr{s: i, e: i + 1, form: fDecade, decade: int(t.val)}, true
	}
	// Two-digit decades: the 90s.
	if t.ndig == 2 && t.low == "s" && t.val%10 == 0 && p.is(i-1, "the") {
		return expr{s: i, e: i + 1, form: fDecade, decade: twoDigitCentury(int(t.val))}, true
	}
	// A year and month joined by a full stop, as the Korean press writes a
	// month ("arrested in 2022.03").
	if e, ok := p.dottedMonth(i); ok {
		return e, true
	}
	// Bare years need a cue.
	if y, ok := p.year(i); ok && p.yearContext(i) {
		return expr{s: i, e: i + 1, form: fCal, y: y, yGiven: true}, true
	}
	return expr{}, false
}

// dottedShape reports whether tokens i, i+1, i+2 are a year (1900-2099), a
// full stop and a two-digit month (01-12) with no spaces between them, and
// not part of a longer dotted number ("2022.03.15", "1.2022.03").
func (p *parser) dottedShape(i int) bool {
	if i < 0 || i+2 >= len(p.t) {
		return false
	}
	t, m := p.t[i], p.t[i+2]
	if t.kind != tNum || t.ndig != 4 || t.low != "" || t.val < 1900 || t.val > 2099 ||
		!p.punct(i+1, ".") || !p.adjacent(i+1) || m.kind != tNum || !p.adjacent(i+2) || m.ndig != 2 || m.low != "" || m.val < 1 || m.val > 12 {
		return false
	}
	if p.punct(i+3, ".") && p.adjacent(i+3) && i+4 < len(p.t) && p.t[i+4].kind == tNum && p.adjacent(i+4) {
		return false
	}
	return !(p.punct(i-1, ".") && p.adjacent(i) && i >= 2 && p.t[i-2].kind == tNum && p.adjacent(i-1))
}

// dottedMonth parses a month written as year, full stop, month ("in
// 2022.03", "since 2021.11", "from 2022.03 to 2023.01"), as the Korean press
// writes it. The same shape is also a decimal number ("rose 2022.03
// points"), so it is a month only after a preposition of time (or as the
// second end of such a range) and not before a unit or a percent sign.
func (p *parser) dottedMonth(i int) (expr, bool) {
	if !p.dottedShape(i) {
		return expr{}, false
	}
	switch p.word(i - 1) {
	case "in", "since", "from", "until", "till", "by", "before", "after", "during", "between":
	case "to", "through", "and":
		// "from 2022.03 to 2023.01", "between 2021.11 and 2022.02"
		if !p.dottedShape(i-4) || p.word(i-5) != "from" && p.word(i-5) != "between" {
			return expr{}, false
		}
	default:
		return expr{}, false
	}
	if p.punct(i+3, "%") || isCountNoun(p.word(i+3)) || p.is(i+3, "point") || p.is(i+3, "pct") {
		return expr{}, false
	}
	return expr{s: i, e: i + 3, form: fCal, y: int(p.t[i].val), m: time.Month(p.t[i+2].val), yGiven: true}, true
}

func twoDigitCentury(v int) int {
	if v <= 30 {
		return 2000 + v
	}
	return 1900 + v
}

// shortDecade parses '90s.
func (p *parser) shortDecade(i int) (expr, bool) {
	if i < 0 || i+1 < len(p.t) && p.adjacent(i+1) && p.t[i+1].kind == tNum && p.t[i+1].ndig == 2 && p.t[i+1].low == "s" && p.t[i+1].val%10 == 0 {
		return expr{s: i, e: i + 2, form: fDecade, decade: twoDigitCentury(int(p.t[i+1].val))}, true
	}
	return expr{}, false
}

// yearContext reports whether the bare four-digit number at i reads as a year.
func (p *parser) yearContext(i int) bool {
	v := p.t[i].val
	next := p.word(i + 1)
	if next != "" && isCountNoun(next) {
		return false
	}
	if p.punct(i-1, "$") || p.punct(i-1, "#") || p.is(i-1, "no") || p.is(i-1, "number") || p.punct(i+1, "%") {
		return false
	}
	prev := p.word(i - 1)
	// A plural lower-case noun right after: 2020 troops, 1500 rifles. After a
	// determiner a modern year that is not a round hundred names events of
	// that year ("the 1992 protests", "its 2018 elections"; "the 2000 rifles"
	// is a count).
	if next != "" && !p.t[i+1].cap && len(next) > 3 && next[len(next)-1] == 's' && !isFunctionWord(next) &&
		!(prev != "" && isDeterminer(prev) && v >= 1900 && v <= 2099 && v%100 != 0) {
		return false
	}
	// In a list of years: "in 1994, 1995 and 1997", "both 1990 and 1991".
	if (p.punct(i-1, ",") || prev == "and" || prev == "or") && i >= 2 {
		if _, ok := p.year(i - 2); ok && p.t[i-2].val >= 1000 {
			return true
		}
	}
	switch {
	case prev == "mid" || (p.dash(i-1) && p.is(i-2, "mid")):
		return true
	case prev == "both" || prev == "into" || prev == "since" || prev == "spring":
		return v >= 1000
	case prev != "" && isDeterminer(prev):
		// "the 1992 protests", "its 1988 recapitalization": only plausible modern years.
		return v >= 1900 && v <= 2099
	case prev != "" && isYearCue(prev):
		return v >= 1000
	case p.punct(i-1, "(") && p.punct(i+1, ")"):
		return v >= 1800 && v <= 2099
	case p.punct(i-1, ",") && i >= 2 && p.t[i-2].kind == tWord && p.t[i-2].cap && (p.punct(i+1, ",") || p.punct(i+1, ".")):
		// Place, 2014.
		return v >= 1900 && v <= 2099
	}
	// A modern year used as an adjective before a singular noun: "his unsuccessful 1996 campaign".
	if v >= 1950 && v <= 2035 && next != "" && !isFunctionWord(next) && next[len(next)-1] != 's' && !p.punct(i-1, "$") && i > 0 && p.t[i-1].kind == tWord {
		return true
	}
	// Sentence-initial year: "2014 was …".
	if (i == 0 || p.t[i].nl > 0 || p.punct(i-1, ".")) && v >= 1900 && v <= 2099 && (p.is(i+1, "was") || p.punct(i+1, ",") || p.is(i+1, "saw")) {
		return true
	}
	// Year followed by 's possessive: 2020's.
	return false
}

func isFunctionWord(w string) bool {
	switch w {
	case "was", "is", "has", "as", "this", "its", "his", "hers", "thus", "plus", "less", "across", "towards":
		return true
	}
	return false
}

// wordStart parses expressions beginning with a word.
func (p *parser) wordStart(i int) (expr, bool) {
	w := p.t[i].low
	var best expr
	ok := false
	try := func(e expr, good bool) {
		if good && (!ok || e.e > best.e) {
			best, ok = e, true
		}
	}
	if p.t[i].cap && len(w) >= 6 && (w[len(w)-1] == 's' || p.is(i+1, "and") || p.is(i+1, "or") || isPluralTod(p.word(i+1))) {
		try(p.weekdaySet(i))
	}
	if _, isWd := weekdayOf(w); isWd && p.t[i].cap {
		// Saturday, Dec. 19, 2020
		j := i + 1
		if p.punct(j, ",") {
			j++
		}
		if e, good := p.calendar(j); good && e.form == fCal && e.d > 0 {
			e.s = i
			e.wd, e.wdDir = weekdayOfTok(p, i), 9 // 9: the weekday is written with the date
			try(e, true)
		}
		try(p.weekday(i, 0, i))
	}
	if _, _, isM := monthOf(w); isM {
		try(p.calendar(i))
	}
	the := w == "the"
	switch w {
	case "early", "late", "mid", "end", "beginning", "start", "middle", "earlier", "later":
		try(p.modified(i))
	case "the":
		try(p.modified(i))
	}
	switch w {
	case "today", "yesterday", "tomorrow", "tonight", "this", "last", "next", "past", "coming",
		"previous", "following", "current", "the":
		try(p.relative(i))
	}
	if the || isDurationStart(w) {
		try(p.duration(i))
	}
	if n := len(w); p.dash(i+1) || n > 4 && w[n-1] == 'g' {
		try(p.longAdjective(i)) // day-long, yearlong
	}
	if w == "coming" || w == "upcoming" || the && (p.is(i+1, "coming") || p.is(i+1, "upcoming") || p.is(i+2, "ahead") || p.is(i-1, "over") || (p.is(i+1, "years") || p.is(i+1, "decades")) && (p.is(i-1, "in") || p.is(i-1, "during"))) {
		if v, e, good := p.vagueStretch(i); good {
			try(expr{s: i, e: e, form: fDuration, dur: v}, true)
		}
	}
	switch w {
	case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "every", "each", "per", "once", "twice":
		try(p.set(i))
	case "now", "currently", "presently", "nowadays", "these", "to", "recently", "lately", "recent", "current", "future", "the", "a":
		try(p.refWord(i))
	}
	if seasonOf(w) > 0 {
		try(p.season(i, 0, i))
	}
	if w == "that" || w == "later" || w == "earlier" {
		try(p.thatAnaphor(i))
	}
	if w == "that" {
		try(p.thatMonth(i))
		try(p.thatSeason(i))
	}
	if w == "the" {
		if d := decadeWord(p.word(i + 1)); d > 0 {
			try(expr{s: i, e: i + 2, form: fDecade, decade: d}, true)
		}
	}
	if (w == "post" || w == "pre") && p.dash(i+1) && p.adjacent(i+1) {
		if y, ok := p.year(i + 2); ok && p.adjacent(i+2) {
			try(expr{s: i + 2, e: i + 3, form: fCal, y: y, yGiven: true}, true)
		}
	}
	if w == "noon" || w == "midnight" || w == "midday" {
		try(p.clock(i))
	}
	if y, n := p.spokenYear(i); n > 0 {
		try(expr{s: i, e: i + n, form: fCal, y: y, yGiven: true}, true)
	}
	if w == "year" || w == "yearend" {
		// year end, year-end, year's end
		k := i + 1
		if p.dash(k) || p.punct(k, "'") || p.punct(k, "\u2019") {
			k++
		}
		if p.is(k, "s") {
			k++
		}
		if p.is(k, "end") && k > i {
			e := expr{s: i, e: k + 1, form: fRel, u: uYear, mod: modEnd}
			if p.is(i-1, "since") {
				e.n = -1 // "since year-end": the last one
			}
			try(e, true)
		}
	}
	if w == "juche" {
		try(p.juche(i))
	}
	if w == "fiscal" {
		if y, good := p.year(i + 1); good {
			try(expr{s: i, e: i + 2, form: fCal, y: y, yGiven: true}, true)
		}
	}
	if w == "the" {
		// the 5th (of the month), the 20th century
		if e, good := p.dayOfMonth(i); good {
			try(e, true)
		}
		if e, good := p.weekOfMonth(i); good {
			try(e, true)
		}
		if v, _, suf, good := p.num(i + 1); good && suf != "" && suf != "s" && p.is(i+2, "century") && v >= 1 && v <= 22 {
			try(expr{s: i, e: i + 3, form: fCentury, decade: (v - 1) * 100}, true)
		}
		if e, good := p.quarter(i + 1); good {
			e.s = i
			try(e, true)
		}
	}
	if e, good := p.quarter(i); good {
		try(e, true)
	}
	// Cheap look-ahead guards: "the" and "a" are the commonest triggers.
	if (w == "the" || w == "a" || w == "year") && (p.is(i, "year") || p.is(i+1, "year") || p.is(i+2, "year")) {
		try(p.yearAgo(i))
	}
	if w == "the" && i+1 < len(p.t) && p.t[i+1].kind == tNum {
		try(p.fiscalYear(i))
	}
	if w == "the" && (p.is(i+2, "half") || p.is(i+3, "quarters")) {
		try(p.halfYear(i))
	}
	if (w == "last" || w == "next" || w == "this") && i+1 < len(p.t) && p.t[i+1].cap || p.t[i].cap && p.holidayStart(w) {
		try(p.holiday(i))
	}
	if ok {
		best, _ = p.extendRange(best)
	}
	return best, ok
}

// jucheEpoch is the Gregorian year before Juche 1 (1912, Kim Il Sung's
// birth year): Juche year N is year N + jucheEpoch.
const jucheEpoch = 1911

// maxJucheYear bounds the Juche years read (Juche 200 is 2111): a larger
// number after "Juche" is no year.
const maxJucheYear = 200

// juche parses the North Korean calendar as KCNA writes it: "Juche113.6.13."
// (year, month and day joined by full stops, as in the agency's dateline
// "www.kcna.kp (Juche113.6.13.)"), "Juche 113 (2024)" (the Gregorian year
// in brackets, taken into the span when it agrees) and "Juche 113". Juche
// year N is N + 1911. "The Juche idea", "the Juche Tower" hold no number
// and are no dates.
func (p *parser) juche(i int) (expr, bool) {
	v, nd, suf, ok := p.num(i + 1)
	if !ok || suf != "" || nd > 3 || v < 1 || v > maxJucheYear {
		return expr{}, false
	}
	y := v + jucheEpoch
	// Juche113.6.13: the month and day joined by full stops, no spaces.
	if p.punct(i+2, ".") && p.adjacent(i+2) && p.adjacent(i+3) && p.punct(i+4, ".") && p.adjacent(i+4) && p.adjacent(i+5) {
		m, nm, sm, okm := p.num(i + 3)
		d, ndd, sd, okd := p.num(i + 5)
		if okm && okd && sm == "" && sd == "" && nm <= 2 && ndd <= 2 && m >= 1 && m <= 12 && validDay(y, time.Month(m), d) {
			return expr{s: i, e: i + 6, form: fCal, y: y, m: time.Month(m), d: d, yGiven: true}, true
		}
		return expr{}, false
	}
	e := expr{s: i, e: i + 2, form: fCal, y: y, yGiven: true}
	if p.punct(i+2, "(") {
		if g, ok := p.year(i + 3); ok && g == y && p.punct(i+4, ")") {
			e.e = i + 5 // Juche 113 (2024)
			// "Juche112(2023).6.3.": KCNA's date line, the month and day
			// after the bracket
			if p.punct(i+5, ".") && p.adjacent(i+5) && p.adjacent(i+6) && p.punct(i+7, ".") && p.adjacent(i+7) && p.adjacent(i+8) {
				m, nm, sm, okm := p.num(i + 6)
				d, ndd, sd, okd := p.num(i + 8)
				if okm && okd && sm == "" && sd == "" && nm <= 2 && ndd <= 2 && m >= 1 && m <= 12 && validDay(y, time.Month(m), d) {
					e.e, e.m, e.d = i+9, time.Month(m), d
				}
			}
		}
	}
	return e, true
}

// jucheYear parses a Juche year alone written after a month ("Juche 113",
// "Juche 113 (2024)").
func (p *parser) jucheYear(i int) (expr, bool) {
	if !p.is(i, "juche") || !p.t[i].cap {
		return expr{}, false
	}
	e, ok := p.juche(i)
	if !ok || e.m != 0 {
		return expr{}, false
	}
	return e, true
}

// yearAgo parses the financial-report comparisons "the year-ago quarter",
// "the comparable year-earlier period", "the year-earlier third quarter" and
// the bare adjective "year-earlier" ("a year-earlier loss").
func (p *parser) yearAgo(i int) (expr, bool) {
	j := i
	if p.is(j, "the") || p.is(j, "a") {
		j++
		switch p.word(j) {
		case "comparable", "corresponding", "same":
			j++
		}
	}
	if !p.is(j, "year") || !p.dash(j+1) || !p.adjacent(j+1) || !p.adjacent(j+2) || !(p.is(j+2, "ago") || p.is(j+2, "earlier")) {
		return expr{}, false
	}
	k := j + 3
	e := expr{s: j, e: k, form: fFiscal, yearAgo: true}
	if p.is(k, "fiscal") {
		k++
	}
	if q, good := p.quarter(k); good {
		e.s, e.e, e.q, e.u = i, q.e, q.q, uQuarter
	} else if p.is(k, "quarter") || p.is(k, "period") {
		e.s, e.e, e.u = i, k+1, uQuarter
	}
	return e, true
}

// fiscalYear parses a year named with its reporting period: "the 1988
// third quarter", "the 1988 quarter", "the 1989 period".
func (p *parser) fiscalYear(i int) (expr, bool) {
	y, ok := p.year(i + 1)
	if !ok {
		return expr{}, false
	}
	k := i + 2
	if p.is(k, "fiscal") {
		k++
	}
	if q, good := p.quarter(k); good {
		return expr{s: i, e: q.e, form: fFiscal, y: y, yGiven: true, q: q.q, u: uQuarter}, true
	}
	if p.is(k, "quarter") || p.is(k, "period") {
		return expr{s: i, e: k + 1, form: fFiscal, y: y, yGiven: true, u: uQuarter}, true
	}
	return expr{}, false
}

// halfYear parses "the first half of 1989", "the second half of this year",
// "the last half of the year", "the first two quarters of 1990".
func (p *parser) halfYear(i int) (expr, bool) {
	h := 0
	switch p.word(i + 1) {
	case "first":
		h = 1
	case "second", "last", "latter":
		h = 2
	default:
		return expr{}, false
	}
	k := i + 3
	switch {
	case p.is(i+2, "half"):
	case p.is(i+2, "two") && p.is(i+3, "quarters") && p.word(i+1) != "second":
		k = i + 4 // the first two quarters of 1990
	default:
		return expr{}, false
	}
	if !p.is(k, "of") {
		return expr{}, false
	}
	k++
	if k == i+4 {
		// A half of a month: "the second half of March", "the first half of
		// this month", "the latter half of last month" (days 1-15, 16-end).
		if _, _, isM := monthOf(p.word(k)); isM {
			if m, j, _, ok := p.month(k); ok {
				e := expr{s: i, e: j, form: fCal, m: m, wom: int8(5 + h)}
				p.yearAfterMonth(&e, j)
				return e, true
			}
		}
		if r, good := p.relative(k); good && r.form == fRel && r.u == uMonth && r.mod == modNone {
			r.s, r.wom = i, int8(5+h)
			return r, true
		}
		if p.is(k, "the") && p.is(k+1, "month") && !p.dash(k+2) {
			switch p.word(k + 2) {
			case "of", "before", "after", "earlier", "later", "prior", "ago", "following":
				return expr{}, false
			}
			return expr{s: i, e: k + 2, form: fRel, u: uMonth, wom: int8(5 + h)}, true
		}
	}
	if y, ok := p.year(k); ok {
		return expr{s: i, e: k + 1, form: fFiscal, y: y, yGiven: true, half: h}, true
	}
	switch {
	case p.is(k, "the") && p.is(k+1, "year"):
		return expr{s: i, e: k + 2, form: fFiscal, half: h}, true
	case (p.is(k, "this") || p.is(k, "last") || p.is(k, "next")) && p.is(k+1, "year"):
		n := 0
		switch p.word(k) {
		case "last":
			n = -1
		case "next":
			n = 1
		}
		return expr{s: i, e: k + 2, form: fFiscal, n: n, half: h}, true
	}
	return expr{}, false
}

// calendar parses a month-first date at i: December 19, 2020; Dec. 19;
// August 2019; In November.
func (p *parser) calendar(i int) (expr, bool) {
	m, j, abbr, ok := p.month(i)
	if !ok {
		return expr{}, false
	}
	e := expr{s: i, e: j, form: fCal, m: m}
	if d, good := p.dayNum(j); good && !p.is(j+1, "percent") && !p.punct(j+1, "%") {
		e.d, e.e = d, j+1
		k := j + 1
		if p.punct(k, ",") {
			k++
		}
		if y, good := p.year(k); good {
			e.y, e.yGiven, e.e = y, true, k+1
		} else if jy, good := p.jucheYear(k); good {
			e.y, e.yGiven, e.e = jy.y, true, jy.e // KCNA: "July 1, Juche 113 (2024)"
		} else if off, n, good := p.anaphoricYear(j + 1); good && !p.possessiveAt(j+1+n) && !p.dash(j+1+n) {
			// "on Feb. 10 that year", "on May 3 the following year" (not
			// "said on Feb. 10 that year-end bonuses …")
			e.e, e.ofYear = j+1+n, off
		} else if off, n, good := p.anaphoricYear(j + 2); good && p.is(j+1, "of") {
			e.e, e.ofYear = j+2+n, off // "on March 5 of that year"
		} else {
			p.relYearAfter(&e)
		}
		if !validDay(yearOr(e.y), m, d) {
			return expr{}, false
		}
		return e, true
	}
	k := j
	if p.is(k, "of") || p.punct(k, ",") {
		k++
	}
	if y, good := p.year(k); good {
		e.y, e.yGiven, e.e = y, true, k+1
		return e, true
	}
	if jy, good := p.jucheYear(k); good {
		e.y, e.yGiven, e.e = jy.y, true, jy.e // "in June, Juche 113 (2024)"
		return e, true
	}
	if y, n := p.spokenYear(k); n > 0 && !abbr {
		// January nineteen ninety-seven (broadcast transcripts)
		e.y, e.yGiven, e.e = y, true, k+n
		return e, true
	}
	if p.is(j, "of") {
		// "August of that year", "March of the following year": the year of
		// the latest date told (see mentions)
		if off, n, ok := p.anaphoricYear(j + 1); ok {
			e.e, e.ofYear = j+1+n, off
			return e, true
		}
	} else if off, n, ok := p.anaphoricYear(j); ok && !abbr && !p.possessiveAt(j+n) {
		// "In September that year", "in March the following year" (not
		// "that year's harvest")
		e.e, e.ofYear = j+n, off
		return e, true
	}
	// A month alone: full names only, and "May"/"March" only after a cue.
	if abbr {
		return expr{}, false
	}
	if p.relYearAfter(&e) {
		return e, true // "July last year", "April next year"
	}
	prev := p.word(i - 1)
	cue := false
	switch prev {
	case "in", "since", "until", "till", "during", "last", "next", "this", "early", "mid",
		"late", "from", "by", "before", "after", "through", "of", "and", "to", "or", "between",
		"on", "that", "every", "each", "later", "earlier", "throughout", "end", "beginning", "following", "previous":
		cue = true
	}
	if p.dash(i-1) && p.is(i-2, "mid") {
		cue = true
	}
	if (prev == "the" || prev == "a") && i+1 < len(p.t) && p.t[i+1].kind == tWord && !p.t[i+1].cap && p.t[i].nl == 0 && !isFunctionWord(p.t[i+1].low) && !isPrep(p.t[i+1].low) && !isConnective(p.t[i+1].low) {
		cue = true // "the March accession", "the May elections"
	}
	if m == time.May || m == time.March {
		if !cue {
			return expr{}, false
		}
	} else if !cue {
		// "April Smith": a capitalized word after the month makes it a name.
		if i+1 < len(p.t) && p.t[i+1].kind == tWord && p.t[i+1].cap {
			return expr{}, false
		}
		if i > 0 && p.t[i-1].kind == tWord && p.t[i-1].cap && p.t[i].nl == 0 {
			return expr{}, false
		}
	}
	return e, true
}

// yearAfterMonth gives e, a month (or part of one) whose words end before
// token j, the year written after it ("the first week of March 2020",
// "March, 2020") or, failing that, the one a relative phrase gives ("of
// last year").
func (p *parser) yearAfterMonth(e *expr, j int) {
	if p.punct(j, ",") {
		if y, good := p.year(j + 1); good {
			e.y, e.yGiven, e.e = y, true, j+2
		}
	} else if y, good := p.year(j); good {
		e.y, e.yGiven, e.e = y, true, j+1
	} else {
		p.relYearAfter(e)
	}
}

// relYearAt reports "last year", "this year" or "next year" at k.
func (p *parser) relYearAt(k int) bool {
	e := expr{e: k}
	return p.relYearAfter(&e)
}

// relYearAfter extends a month (and day) without a year by a following
// "last year", "this year" or "next year" ("in July last year").
func (p *parser) relYearAfter(e *expr) bool {
	n := 0
	switch p.word(e.e) {
	case "last":
		n = -1
	case "this":
	case "next":
		n = 1
	default:
		return false
	}
	if !p.is(e.e+1, "year") || p.dash(e.e+2) || p.punct(e.e+2, "'") {
		return false
	}
	e.relYear, e.hasRel, e.e = n, true, e.e+2
	return true
}

// weekday parses a weekday name at i, with an optional part of day.
func (p *parser) weekday(i, dir, start int) (expr, bool) {
	wd, ok := weekdayOf(p.word(i))
	if !ok || !p.t[i].cap {
		return expr{}, false
	}
	e := expr{s: start, e: i + 1, form: fWeekday, wd: wd, wdDir: dir}
	if tod := timeOfDay(p.word(i + 1)); tod != "" {
		e.tod, e.e = tod, i+2
	}
	if dir == 0 {
		// "on Thursday last week", "Monday of next week": that day of the
		// week named
		k := e.e
		if p.is(k, "of") {
			k++
		}
		if p.is(k+1, "week") && !p.dash(k+2) && !p.punct(k+2, "'") {
			switch p.word(k) {
			case "last":
				e.n = -1
			case "next":
				e.n = 1
			case "this":
			default:
				return e, true
			}
			e.e, e.wdDir = k+2, 2
		}
	}
	return e, true
}

// weekdaySet parses a weekday that recurs: "on Mondays", "Tuesday
// nights", and the first of "Monday and Tuesday nights", which shares the
// part of day of the second. The value is TimeML's XXXX-WXX-2TNI.
func (p *parser) weekdaySet(i int) (expr, bool) {
	w := p.word(i)
	if wd, ok := weekdayOf(w[:len(w)-1]); ok && w[len(w)-1] == 's' {
		switch p.word(i - 1) {
		case "on", "most", "some", "many", "all", "other", "and", "or", "until", "through", "except":
		default:
			return expr{}, false // "Ms. Mondays": a name
		}
		return expr{s: i, e: i + 1, form: fSet, dur: "XXXX-WXX-" + itoa(isoWeekday(wd))}, true
	}
	wd, ok := weekdayOf(w)
	if !ok {
		return expr{}, false
	}
	end, tod := i+2, pluralTod(p.word(i+1))
	if tod == "" && (p.is(i+1, "and") || p.is(i+1, "or")) && i+2 < len(p.t) && p.t[i+2].cap {
		if _, ok := weekdayOf(p.word(i + 2)); ok {
			end, tod = i+1, pluralTod(p.word(i+3))
		}
	}
	if tod == "" {
		return expr{}, false
	}
	return expr{s: i, e: end, form: fSet, dur: "XXXX-WXX-" + itoa(isoWeekday(wd)) + "T" + tod}, true
}

// isPluralTod reports a plural part of day ("nights").
func isPluralTod(w string) bool { return pluralTod(w) != "" }

// pluralTod returns the TIMEX3 part-of-day code of a plural part of day:
// "Tuesday nights" recur.
func pluralTod(w string) string {
	if len(w) < 2 || w[len(w)-1] != 's' {
		return ""
	}
	return timeOfDay(w[:len(w)-1])
}

// season parses a season at i with an optional year: spring 2020, the summer of 2019.
func (p *parser) season(i, dir, start int) (expr, bool) {
	s := seasonOf(p.word(i))
	if s == 0 {
		return expr{}, false
	}
	e := expr{s: start, e: i + 1, form: fSeason, season: s, n: dir}
	k := i + 1
	if p.is(k, "of") {
		k++
	}
	if y, ok := p.year(k); ok {
		e.y, e.yGiven, e.e = y, true, k+1
		return e, true
	}
	if y, n := p.spokenYear(k); n > 0 && p.is(k-1, "of") {
		e.y, e.yGiven, e.e = y, true, k+n // the winter of nineteen ninety-four
		return e, true
	}
	if off, n, ok := p.anaphoricYear(k); ok && p.is(k-1, "of") {
		e.e, e.ofYear = k+n, off // "the summer of that year", "the spring of the following year"
		return e, true
	}
	if dir == 0 && start == i {
		// A bare season word needs "the" after a preposition to be a date: "in the spring", "over the summer".
		if !(p.is(i-1, "the") && isPrep(p.word(i-2))) {
			return expr{}, false
		}
		e.s = i - 1
		e.wdDir = 3 // unspecified: latest on or before the anchor
	}
	return e, true
}

// quarter parses "third quarter", "third-quarter", "first quarter of 2020", "Q3".
func (p *parser) quarter(i int) (expr, bool) {
	j := i
	if p.is(j, "fiscal") {
		j++
	}
	q, ok := ordinalWord(p.word(j))
	if !ok {
		if v, _, suf, good := p.num(j); good && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") {
			q, ok = v, true
		}
	}
	if !ok || q < 1 || q > 4 {
		return expr{}, false
	}
	k := j + 1
	if p.dash(k) && p.adjacent(k) {
		k++
	}
	if !p.is(k, "quarter") {
		return expr{}, false
	}
	e := expr{s: i, e: k + 1, form: fQuarter, q: q}
	if p.is(k+1, "of") {
		if y, good := p.year(k + 2); good {
			e.y, e.yGiven, e.e = y, true, k+3
		}
	}
	return e, true
}

// modified parses early/mid/late/the end of/the beginning of + a period.
func (p *parser) modified(i int) (expr, bool) {
	mod, j := modNone, i
	switch p.word(i) {
	case "early":
		mod, j = modEarly, i+1
	case "late":
		mod, j = modLate, i+1
	case "mid":
		mod, j = modMid, i+1
		if p.dash(j) {
			j++
		}
		if tod := timeOfDay(p.word(j)); tod == "MO" || tod == "AF" {
			// mid-afternoon, mid-morning [yesterday|today|Friday]
			k := j + 1
			if d, ok := p.relative(k); ok && d.form == fRel && d.u == uDay && d.tod == "" && d.clock == "" && (d.n != 0 || p.is(k, "today")) {
				d.s, d.tod = i, tod
				return d, true
			}
			if d, ok := p.weekday(k, 0, k); ok && d.tod == "" {
				d.s, d.tod = i, tod
				return d, true
			}
			return expr{s: i, e: k, form: fRel, u: uDay, tod: tod}, true
		}
	case "the", "end", "beginning", "start", "middle":
		k := i
		if p.is(k, "the") {
			k++
		}
		switch p.word(k) {
		case "end":
			mod = modEnd
		case "beginning", "start":
			mod = modEarly
		case "middle":
			mod = modMid
		default:
			return expr{}, false
		}
		if !p.is(k+1, "of") {
			return expr{}, false
		}
		j = k + 2
	case "earlier", "later":
		// earlier this month, later this year, earlier in the year, later in the day
		k := i + 1
		switch {
		case p.is(k, "this"):
			k++
		case p.is(k, "in") && p.is(k+1, "the") && (p.is(k+2, "day") || p.is(k+2, "week") || p.is(k+2, "month") || p.is(k+2, "year")):
			k += 2
		case p.is(k, "in") && p.is(k+1, "the") && timeOfDay(p.word(k+2)) != "":
			// "later in the morning", "earlier in the evening": a part of
			// the latest day told, like "later in the day"
			e := expr{s: i, e: k + 3, form: fRel, u: uDay, mod: modEarlier, narr: true, tod: timeOfDay(p.word(k + 2))}
			if p.word(i) == "later" {
				e.mod = modLater
			}
			return e, true
		default:
			return expr{}, false
		}
		u, pl := unitOf(p.word(k))
		if pl || (u != uWeek && u != uMonth && u != uYear && u != uQuarter && (u != uDay || k == i+2)) {
			return expr{}, false
		}
		e := expr{s: i, e: k + 1, form: fRel, u: u, mod: modEarlier}
		if p.word(i) == "later" {
			e.mod = modLater
		}
		// "Earlier in the day, Kim visited a farm" after "inspected the
		// complex on June 12": the latest day told, like "the day before".
		e.narr = u == uDay
		return e, true
	default:
		return expr{}, false
	}
	if p.dash(j) && p.adjacent(j) {
		j++ // late-November
	}
	var base expr
	ok := false
	switch {
	case p.is(j, "the") && p.is(j+1, "year") && mod != modNone:
		base, ok = expr{s: j, e: j + 2, form: fRel, u: uYear}, true
	case p.is(j, "the") && p.is(j+1, "month") && mod != modNone:
		base, ok = expr{s: j, e: j + 2, form: fRel, u: uMonth}, true
	default:
		if _, _, isM := monthOf(p.word(j)); isM {
			base, ok = p.calendar(j)
			if ok && base.d > 0 {
				ok = false
			}
		} else if e, good := p.relative(j); good && e.form == fRel && e.u == uDay && e.tod == "" && (mod == modLate || mod == modEarly) {
			base, ok = e, true
		} else if e, good := p.relative(j); good && e.form == fRel && (e.u == uYear || e.u == uMonth || e.u == uWeek) {
			base, ok = e, true
		} else if e, good := p.numberStart(j); good && (e.form == fDecade || (e.form == fCal && e.m == 0 && e.y > 0)) {
			base, ok = e, true
		} else if sz := seasonOf(p.word(j)); sz > 0 {
			base, ok = expr{s: j, e: j + 1, form: fSeason, season: sz, wdDir: 3}, true
			k := j + 1
			if p.is(k, "of") {
				k++
			}
			if y, good := p.year(k); good {
				base.y, base.yGiven, base.e = y, true, k+1
			} else if off, n, good := p.anaphoricYear(k); good && p.is(k-1, "of") {
				base.ofYear, base.e = off, k+n // "the early summer of that year"
			}
		} else if p.is(j, "the") {
			if e, good := p.numberStart(j + 1); good && e.form == fDecade {
				base, ok = e, true
			}
		} else if y, good := p.year(j); good {
			base, ok = expr{s: j, e: j + 1, form: fCal, y: y, yGiven: true}, true
		}
	}
	if !ok || base.mod != modNone {
		return expr{}, false
	}
	base.s, base.mod = i, mod
	return base, true
}

// relative parses today, yesterday, this/last/next + unit, weekday, month or
// season, and N units ago.
func (p *parser) relative(i int) (expr, bool) {
	w := p.word(i)
	switch w {
	case "today", "yesterday", "tomorrow":
		if w == "today" && p.t[i].cap && i > 0 && p.t[i-1].kind == tWord && p.t[i-1].cap && p.t[i].nl == 0 {
			return expr{}, false // "USA Today", "VOA Today": a name
		}
		if w == "today" && (p.punct(i+1, "'") || p.punct(i+1, "\u2019")) && p.is(i+2, "s") && genericPresentNoun(p.word(i+3)) {
			return expr{}, false // "today's youth", "today's world": the present era, not the day
		}
		if w != "yesterday" && p.is(i-1, "of") && (p.is(i-3, "the") || p.is(i-4, "the")) && eraNoun(p.word(i-2)) &&
			timeOfDay(p.word(i+1)) == "" && !p.punct(i+1, "'") && !p.punct(i+1, "\u2019") {
			return expr{}, false // "the people of tomorrow", "the world of today": an era, not a day
		}
		n := map3(w)
		if tod := timeOfDay(p.word(i + 1)); tod != "" {
			return expr{s: i, e: i + 2, form: fRel, u: uDay, n: n, tod: tod}, true
		}
		return expr{s: i, e: i + 1, form: fRel, u: uDay, n: n}, true
	case "this", "last":
		// this morning, last night
		if tod := timeOfDay(p.word(i + 1)); tod != "" && (w == "this" && tod != "NI" || w == "last" && tod == "NI") {
			n := 0
			if w == "last" {
				n = -1
			}
			return expr{s: i, e: i + 2, form: fRel, u: uDay, n: n, tod: tod}, true
		}
		return p.deictic(i)
	case "tonight":
		return expr{s: i, e: i + 1, form: fRel, u: uDay, tod: "NI"}, true
	case "next", "past", "coming", "previous", "following", "current", "the":
		return p.deictic(i)
	}
	// "N units ago" is parsed by duration.
	return expr{}, false
}

// isDurationStart reports whether a duration (or "N units ago") can start with w.
func isDurationStart(w string) bool {
	switch w {
	case "half", "more", "less", "fewer", "at", "nearly", "almost", "about", "around", "roughly",
		"approximately", "some", "over", "up", "a", "an", "few", "several", "couple", "many":
		return true
	}
	if _, ok := numberWord(w); ok {
		return true
	}
	u, _ := unitOf(w)
	return u != uNone
}

// deictic parses this/last/next/… + period.
func (p *parser) deictic(i int) (expr, bool) {
	j := i
	the := false
	if p.is(j, "the") {
		the = true
		j++
	}
	dir := 0
	switch p.word(j) {
	case "this", "current":
		dir = 0
		if p.is(j+1, "past") && seasonOf(p.word(j+2)) > 0 {
			return p.season(j+2, -1, i)
		}
	case "last", "past", "previous":
		dir = -1
	case "next", "coming", "following":
		dir = 1
	default:
		// "the day before", "the same day"
		if the {
			return p.anaphor(i)
		}
		return expr{}, false
	}
	w := p.word(j)
	if the && w == "current" {
		k := j + 1
		if p.is(k, "fiscal") {
			k++
		}
		if u, pl := unitOf(p.word(k)); !pl && (u == uYear || u == uMonth || u == uWeek || u == uQuarter) {
			return expr{s: i, e: k + 1, form: fRel, u: u}, true
		}
		return expr{}, false
	}
	if the && w == "this" {
		return expr{}, false
	}
	k := j + 1
	// the past/last/next N units: a duration.
	if the || w == "past" {
		if d, ok := p.countUnit(k); ok {
			d.s = i
			return d, true
		}
		if u, pl := unitOf(p.word(k)); u != uNone && !pl {
			if the && (w == "previous" || w == "following" || w == "next") && (u == uDay || u == uWeek || u == uMonth || u == uYear) {
				// the previous day / the following week: anaphoric
				return expr{s: i, e: k + 1, form: fAnaphor, u: u, n: dir}, true
			}
			if the && (w == "past" || w == "last") && (u == uWeek || u == uMonth || u == uYear || u == uDecade) &&
				!p.is(k+1, "of") && !p.is(k+1, "in") && !p.is(k+1, "before") && !p.is(k+1, "and") {
				// "in the past year", "over the last decade": the stretch up to the
				// anchor, a date (TimeML annotates it as one), not a bare duration.
				return expr{s: i, e: k + 1, form: fRel, u: u, n: -1, mod: modTrail}, true
			}
			if (the && (w == "past" || w == "last")) || w == "past" {
				v, _ := durationValue(u, 1, 0)
				return expr{s: i, e: k + 1, form: fDuration, u: u, n: 1, dur: v}, true
			}
		}
		if !the {
			return expr{}, false
		}
	}
	if tod := timeOfDay(p.word(k)); the && tod != "" && (w == "next" || w == "following" || w == "previous") {
		// the next morning, the previous night: the day after (before) the latest day told
		return expr{s: i, e: k + 1, form: fAnaphor, u: uDay, n: dir, tod: tod}, true
	}
	if the && (w == "previous" || w == "following") {
		// the previous Friday, the following Monday: counted from the latest
		// day the text mentioned before (see mentions).
		if e, ok := p.weekday(k, dir, i); ok {
			e.narr = true
			return e, true
		}
		// the following January, the previous March: the first such month
		// after (before) the latest date the text told
		if _, _, isM := monthOf(p.word(k)); isM {
			if e, ok := p.calendar(k); ok && !e.yGiven && e.d == 0 && e.m != 0 {
				e.s, e.narr, e.n = i, true, dir
				return e, true
			}
		}
	}
	if the {
		return expr{}, false
	}
	if w == "current" {
		return expr{}, false
	}
	if u, pl := unitOf(p.word(k)); u != uNone && !pl && u >= uDay {
		if u == uDay {
			return expr{}, false
		}
		if p.t[k].cap && !p.t[k].allUpper && p.quoted(i) {
			return expr{}, false // ABC's "This Week", a title
		}
		if u == uYear && (p.punct(k+1, "'") || p.punct(k+1, "\u2019")) && p.is(k+2, "s") {
			// this year's third quarter, last year's quarter, next year's first quarter
			m := k + 3
			if p.is(m, "fiscal") {
				m++
			}
			if q, good := p.quarter(m); good {
				return expr{s: i, e: q.e, form: fFiscal, n: dir, q: q.q, u: uQuarter}, true
			}
			if p.is(m, "quarter") || p.is(m, "period") {
				return expr{s: i, e: m + 1, form: fFiscal, n: dir, u: uQuarter}, true
			}
		}
		return expr{s: i, e: k + 1, form: fRel, u: u, n: dir}, true
	}
	if _, ok := weekdayOf(p.word(k)); ok {
		d := dir
		if w == "this" {
			d = 2
		}
		return p.weekday(k, d, i)
	}
	if m, _, ok := monthOf(p.word(k)); ok && p.t[k].cap {
		_, abbr, _ := monthOf(p.word(k))
		if !abbr {
			e := expr{s: i, e: k + 1, form: fCal, m: m, n: dir}
			if w == "this" {
				e.n = 2
			}
			return e, true
		}
	}
	if seasonOf(p.word(k)) > 0 {
		d := dir
		if w == "this" {
			d = 2
		}
		return p.season(k, d, i)
	}
	if p.is(k, "quarter") {
		return expr{s: i, e: k + 1, form: fQuarter, n: dir, wdDir: 1}, true
	}
	return expr{}, false
}

// anaphor parses "the day before", "the same day", "that day".
func (p *parser) anaphor(i int) (expr, bool) {
	// i is "the"
	switch {
	case p.is(i+1, "day") && (p.is(i+2, "before") || p.is(i+2, "after")):
		if p.is(i+3, "yesterday") {
			return expr{s: i, e: i + 4, form: fRel, u: uDay, n: -2}, true
		}
		if p.is(i+3, "tomorrow") {
			return expr{s: i, e: i + 4, form: fRel, u: uDay, n: 2}, true
		}
		n := -1
		if p.is(i+2, "after") {
			n = 1
		}
		if i+3 < len(p.t) && (p.t[i+3].cap || p.t[i+3].kind == tNum || p.is(i+3, "last") || p.is(i+3, "next")) {
			// "the day before last Tuesday's hearing", "the day after Oct. 12":
			// a day from a date.
			if d, ok := p.parseAt(i + 3); ok && d.s == i+3 && d.tod == "" && d.clock == "" &&
				(d.form == fWeekday || d.form == fCal && d.d > 0 || d.form == fHoliday) {
				d.s, d.shift = i, int8(n)
				return d, true
			}
		}
		// "the day before the vote", "the day after he fled": the day of an
		// event told after the phrase, a day from a day its sentence names
		// (see expr.lapse); without one, "the day before the vote" is
		// unknown and "the day after he fled" the day after the latest day
		// mentioned.
		if i+3 < len(p.t) && p.t[i+3].kind == tWord && !isClauseBreakWord(p.word(i+3)) && !isLengthGovernor(p.word(i-1)) {
			e := expr{s: i, e: i + 3, form: fAnaphor, u: uDay, n: n, lapseBy: int8(-n), lapseOnly: 1}
			if isClauseWord(p.word(i + 3)) {
				e.lapseOnly = 2
			}
			return e, true
		}
		if i+3 < len(p.t) && p.t[i+3].kind == tWord && !isClauseWord(p.word(i+3)) {
			return expr{}, false
		}
		return expr{s: i, e: i + 3, form: fAnaphor, u: uDay, n: n}, true
	case p.is(i+1, "same") && p.is(i+2, "day"):
		return expr{s: i, e: i + 3, form: fAnaphor, u: uDay}, true
	case p.is(i+1, "week") && p.is(i+2, "of") && i+3 < len(p.t) && p.t[i+3].cap:
		// the week of March 6
		if e, ok := p.calendar(i + 3); ok && e.form == fCal && e.d > 0 {
			e.s, e.weekOf = i, true
			return e, true
		}
		return expr{}, false
	case p.is(i+1, "year") || p.is(i+1, "week") || (p.is(i+1, "full") || p.is(i+1, "fiscal") || p.is(i+1, "entire") || p.is(i+1, "whole")) && p.is(i+2, "year"):
		return p.theYear(i)
	case p.is(i+1, "weekend"):
		return expr{s: i, e: i + 2, form: fRel, u: uWeekend, n: 0, wdDir: 3}, true
	case p.is(i+1, "latest") && (p.is(i+2, "year") || p.is(i+2, "fiscal") && p.is(i+3, "year")):
		// "sales in the latest fiscal year": the last completed year
		k := i + 2
		if p.is(k, "fiscal") {
			k++
		}
		return expr{s: i, e: k + 1, form: fRel, u: uYear, n: -1}, true
	case p.is(i+1, "quarter") && !p.is(i+2, "of") || (p.is(i+1, "latest") || p.is(i+1, "most") && p.is(i+2, "recent")) &&
		(p.is(i+2, "quarter") || p.is(i+3, "quarter") || p.is(i+2, "period") || p.is(i+3, "period")):
		// the quarter, the latest quarter, the latest period (of a quarterly report)
		k := i + 1
		for !p.is(k, "quarter") && !p.is(k, "period") {
			k++
		}
		if p.is(k+1, "a") && p.is(k+2, "year") && (p.is(k+3, "ago") || p.is(k+3, "earlier")) {
			// the quarter a year ago, the period a year earlier: the reported
			// quarter a year before, like "the year-ago quarter"
			return expr{s: i, e: k + 4, form: fFiscal, yearAgo: true, u: uQuarter}, true
		}
		return expr{s: i, e: k + 1, form: fQuarter, n: -1, wdDir: 2}, true
	}
	return expr{}, false
}

// theYear parses "the year", "the full year", "the fiscal year" and "the
// week" used deictically: after a preposition ("for the year", "during the
// week") and closing their phrase ("the week's", "for the year."). They name
// the period of the anchor, like "this year".
func (p *parser) theYear(i int) (expr, bool) {
	k := i + 1
	if !p.is(k, "year") && !p.is(k, "week") {
		k++
	}
	u, _ := unitOf(p.word(k))
	switch p.word(i - 1) {
	case "for", "during", "in", "through", "throughout", "over":
	case "of":
		// "the first nine months of the year", "the rest of the year"; not "man of the year".
		switch p.word(i - 2) {
		case "months", "weeks", "quarters", "half", "rest", "remainder", "balance", "part", "days":
		default:
			return expr{}, false
		}
	default:
		return expr{}, false
	}
	end := k + 1
	switch {
	case end >= len(p.t):
	case (p.punct(end, "'") || p.punct(end, "\u2019")) && p.is(end+1, "s"):
	case p.t[end].kind == tPunct && !isDash(p.t[end]) && p.t[end].low != "'":
	case p.is(end, "to") && p.is(end+1, "date"):
	case u == uYear && (p.is(end, "was") || p.is(end, "were")):
		// "Sales for the full year were $6.6 billion"
	default:
		return expr{}, false
	}
	return expr{s: i, e: end, form: fRel, u: u}, true
}

func isClauseWord(w string) bool {
	switch w {
	case "and", "but", "when", "as", "he", "she", "they", "it", "we", "i", "officials", "police", "authorities":
		return true
	}
	return false
}

// count parses a cardinal at i: 3, three, twenty-five, a, a few, several.
// It returns the count (lo..hi) and the index after it.
func (p *parser) count(i int) (lo, hi, next int, ok bool) {
	if v, nd, suf, good := p.num(i); good && suf == "" && nd <= 4 {
		// 3-6, 3 to 6, 3 or 4
		if (p.dash(i+1) && p.adjacent(i+1) || p.is(i+1, "to") || p.is(i+1, "or")) && i+2 < len(p.t) {
			if v2, nd2, suf2, good2 := p.num(i + 2); good2 && suf2 == "" && nd2 <= 4 && v2 > v {
				return v, v2, i + 3, true
			}
		}
		return v, v, i + 1, true
	}
	w := p.word(i)
	if w == "a" || w == "an" {
		if lo, hi, good := vagueCount(p.word(i + 1)); good && p.word(i+1) != "some" && p.word(i+1) != "many" {
			j := i + 2
			if p.is(j, "of") {
				j++
			}
			return lo, hi, j, true
		}
		if p.is(i+1, "dozen") {
			return 12, 12, i + 2, true
		}
		return 1, 1, i + 1, true
	}
	if lo, hi, good := vagueCount(w); good {
		j := i + 1
		if p.is(j, "of") && w == "couple" {
			j++
		}
		return lo, hi, j, true
	}
	if v, good := numberWord(w); good {
		j := i + 1
		// twenty-five; "twenty four" (spoken, transcripts) without the hyphen
		if v >= 20 && v < 100 && v%10 == 0 && p.dash(j) {
			if v2, good2 := numberWord(p.word(j + 1)); good2 && v2 < 10 {
				v += v2
				j += 2
			}
		} else if v >= 20 && v < 100 && v%10 == 0 {
			if v2, good2 := numberWord(p.word(j)); good2 && v2 < 10 && p.t[j].low != "a" && p.t[j].low != "an" && p.t[j].low != "single" {
				v += v2
				j++
			}
		}
		if p.is(j, "or") || p.is(j, "to") || (p.dash(j) && p.adjacent(j)) {
			if v2, good2 := numberWord(p.word(j + 1)); good2 && v2 > v && p.word(j+1) != "a" && p.word(j+1) != "an" {
				return v, v2, j + 2, true
			}
		}
		return v, v, j, true
	}
	return 0, 0, 0, false
}

// countUnit parses "three years", "3-6 months", "a few weeks" as a duration.
func (p *parser) countUnit(i int) (expr, bool) {
	if p.is(i, "half") && (p.is(i+1, "a") || p.is(i+1, "an")) {
		// half a year, half an hour
		if u, pl := unitOf(p.word(i + 2)); u != uNone && !pl && u != uWeekend {
			return expr{s: i, e: i + 3, form: fDuration, u: u, fracNum: 1, fracDen: 2, dur: fracDurationValue(u, 0, 1, 2)}, true
		}
		return expr{}, false
	}
	lo, hi, j, ok := p.count(i)
	if !ok {
		return expr{}, false
	}
	fn, fd := 0, 0
	if lo == hi && lo > 0 {
		if n, d, k, good := p.fraction(j); good {
			// 2 1/2 years, two and a half years
			fn, fd, j = n, d, k
		}
	}
	if (p.is(j, "more") || p.is(j, "additional") || p.is(j, "extra") || p.is(j, "further")) && j > i && !p.is(j+1, "than") {
		j++ // two more weeks, an additional year
	}
	adj := false
	if p.dash(j) && p.adjacent(j) && j > i {
		// 10-year, two-week (adjectival)
		adj = true
		j++
	}
	if !adj && j > i {
		switch p.word(j) {
		case "trading", "business", "working":
			if u, _ := unitOf(p.word(j + 1)); u == uDay || u == uWeek {
				j++ // eight trading days, five business days, two working weeks
			}
		}
	}
	u, pl := unitOf(p.word(j))
	if u == uNone {
		return expr{}, false
	}
	if adj && pl {
		return expr{}, false
	}
	if t := p.t[j]; t.cap && !t.allUpper && p.t[i].kind == tNum && p.quoted(i) {
		return expr{}, false // "60 Minutes", "48 Hours": a title
	}
	if !adj && !pl && lo != 1 {
		// "a two day visit", "a five year plan": adjectival without a hyphen.
		if !(j+1 < len(p.t) && p.t[j+1].kind == tWord && !p.t[j+1].cap && j > i && (p.is(i-1, "a") || p.is(i-1, "an") || p.is(i-1, "the"))) {
			return expr{}, false
		}
	}
	// Ages: 44-year-old, 30 years old.
	if p.is(j+1, "old") || (p.dash(j+1) && p.is(j+2, "old")) {
		return expr{}, false
	}
	if u == uQuarter && !adj && p.is(j+1, "of") && (isDeterminer(p.word(j+2)) || p.is(j+2, "all") || j+2 < len(p.t) && (p.t[j+2].cap || p.t[j+2].kind == tNum)) {
		// "more than a quarter of the market", "three quarters of the
		// vote": a fraction, not a length of time.
		return expr{}, false
	}
	v, _ := durationValue(u, lo, hi)
	end := j + 1
	if adj && p.dash(j+1) && p.adjacent(j+1) && p.is(j+2, "long") && p.adjacent(j+2) {
		// a 10-day-long drill
		return expr{s: i, e: j + 3, form: fDuration, u: u, n: lo, nHi: hi, dur: v}, true
	}
	if fd == 0 && lo == 1 && hi == 1 && !pl && p.is(j+1, "and") && p.is(j+2, "a") && p.is(j+3, "half") {
		// a year and a half
		fn, fd, end = 1, 2, j+4
	}
	if fd > 0 {
		return expr{s: i, e: end, form: fDuration, u: u, n: lo, nHi: hi, fracNum: fn, fracDen: fd, dur: fracDurationValue(u, lo, fn, fd)}, true
	}
	if lo != hi && hi-lo > 1 && p.word(i) != "" && !isDigitWord(p, i) {
		// vague: a few weeks
		if _, _, vague := vagueCount(p.word(i)); vague || p.is(i, "a") && p.word(i+1) != "" && isVagueWord(p.word(i+1)) {
			v, _ = durationValue(u, 0, 0)
		}
	}
	return expr{s: i, e: j + 1, form: fDuration, u: u, n: lo, nHi: hi, dur: v}, true
}

func isDigitWord(p *parser, i int) bool { return p.t[i].kind == tNum }

// fraction parses a fraction after a whole count: "1/2", "3/4" (separated
// from the count by a space) or "and a half". It returns the fraction and
// the index after it.
func (p *parser) fraction(i int) (num, den, next int, ok bool) {
	if p.is(i, "and") && (p.is(i+1, "a") || p.is(i+1, "one")) {
		switch p.word(i + 2) {
		case "half":
			return 1, 2, i + 3, true
		case "quarter":
			return 1, 4, i + 3, true
		}
		return 0, 0, 0, false
	}
	n, nd, suf, good := p.num(i)
	if !good || nd != 1 || suf != "" || !p.t[i].space || !p.punct(i+1, "/") || !p.adjacent(i+1) || !p.adjacent(i+2) {
		return 0, 0, 0, false
	}
	d, nd2, suf2, good2 := p.num(i + 2)
	if !good2 || nd2 != 1 || suf2 != "" || (d != 2 && d != 4) || n < 1 || n >= d {
		return 0, 0, 0, false
	}
	return n, d, i + 3, true
}

// fracDurationValue is the TIMEX3 value of n + num/den units. The fraction
// is written in the next smaller unit when it comes out whole (2 1/2 years
// is P2Y6M, 5 1/2 hours PT5H30M, 1 1/2 days P1DT12H, half a year P6M), else
// the total is a decimal of the unit (1 1/2 weeks is P1.5W).
func fracDurationValue(u unit, n, num, den int) string {
	des, mult, tp := isoUnit(u)
	if des == "" || den == 0 {
		return ""
	}
	b := []byte("P")
	if tp {
		b = append(b, 'T')
	}
	sub, subDes, subTime := 0, "", false // the fraction's unit: how many per unit, designator, time part
	switch u {
	case uYear:
		sub, subDes = 12, "M"
	case uWeek:
		sub, subDes = 7, "D"
	case uDay:
		sub, subDes, subTime = 24, "H", true
	case uHour:
		sub, subDes, subTime = 60, "M", true
	case uMinute:
		sub, subDes, subTime = 60, "S", true
	}
	if sub > 0 && sub*num%den == 0 {
		if n > 0 {
			b = append(appendPadded(b, n*mult, 1), des...)
		}
		if subTime && !tp {
			b = append(b, 'T')
		}
		return string(append(appendPadded(b, sub*num/den, 1), subDes...))
	}
	// The total in the designator's unit, with up to two decimals:
	// 2 1/2 decades P25Y, 1 1/2 quarters P4.5M, 1 1/2 weeks P1.5W.
	hund := (n*den + num) * mult * 100 / den
	b = appendPadded(b, hund/100, 1)
	if f := hund % 100; f != 0 {
		b = append(b, '.')
		if f%10 == 0 {
			b = appendPadded(b, f/10, 1)
		} else {
			b = appendPadded(b, f, 2)
		}
	}
	return string(append(b, des...))
}

func isVagueWord(w string) bool {
	_, _, ok := vagueCount(w)
	return ok
}

// durationValue returns the TIMEX3 value of n units (n = 0: unknown number).
func durationValue(u unit, n, _ int) (string, int) {
	des, mult, tp := isoUnit(u)
	if des == "" {
		return "", 0
	}
	pre := "P"
	if tp {
		pre = "PT"
	}
	if n == 0 {
		// Decades and centuries count in years, vague or not: "two
		// decades" P20Y, "decades" PXY, "centuries" PXY.
		return pre + "X" + des, mult
	}
	return pre + itoa(n*mult) + des, mult
}

// ago parses "three years ago", "a few weeks ago", "two days earlier/later".
func (p *parser) ago(i int) (expr, bool) {
	d, ok := p.countUnit(i)
	if !ok || d.u < uDay {
		return expr{}, false
	}
	if p.is(d.e, "or") && p.is(d.e+1, "so") {
		d.e += 2 // a week or so ago: as vague as "about a week ago"
	}
	switch p.word(d.e) {
	case "ago", "earlier", "before":
		if p.word(d.e) == "before" && !(d.e+1 >= len(p.t) || p.t[d.e+1].kind == tPunct) {
			return p.lapse(d, 1)
		}
		return expr{s: d.s, e: d.e + 1, form: fAgo, u: d.u, n: d.n, nHi: d.nHi}, true
	case "later", "after":
		if p.word(d.e) == "after" && !(d.e+1 >= len(p.t) || p.t[d.e+1].kind == tPunct) {
			return p.lapse(d, -1)
		}
		return expr{s: d.s, e: d.e + 1, form: fAgo, u: d.u, n: -d.n, nHi: -d.nHi, dur: d.dur}, true
	}
	return expr{}, false
}

// maxLapseDays bounds the lapse of "N days after" read as an event's date.
const maxLapseDays = 62

// lapse reads "a day after" or "two weeks before" (the count and unit d,
// the preposition at d.e) followed by an event ("…, a day after it
// launched 20 missiles", "two days before the vote") as a date of that
// event: sign*count days from a day the sentence names (see expr.lapse).
// A length of time ("stayed for a day after the ceremony", "took a week
// after the flood") and a following date ("a day after Oct. 12") are not
// one; neither is a vague count ("a few days after").
func (p *parser) lapse(d expr, sign int) (expr, bool) {
	if (d.u != uDay && d.u != uWeek) || d.n < 1 || (d.nHi != 0 && d.nHi != d.n) || d.fracDen != 0 {
		return expr{}, false
	}
	days := d.n
	if d.u == uWeek {
		days *= 7
	}
	k := d.e + 1
	if days > maxLapseDays || k >= len(p.t) || p.t[k].kind != tWord || isClauseBreakWord(p.t[k].low) {
		return expr{}, false
	}
	if x, ok := p.parseAt(k); ok && x.s == k {
		return expr{}, false // "a day after Oct. 12": a day from a date
	}
	if isLengthGovernor(p.word(d.s - 1)) {
		return expr{}, false
	}
	l := expr{s: d.s, e: d.e + 1, form: fAnaphor, u: uDay, lapseBy: int8(sign * days), lapseOnly: 1}
	if !p.is(d.s, "a") && !p.is(d.s, "an") {
		// "Eight trading days after the crash, the index recovered": with no
		// day in the sentence the count stays the length of time it reads as
		// alone ("a day" alone is none).
		dur := d
		l.first = &dur
	}
	return l, true
}

// longAdjective parses a length of time as a compound adjective with
// "long": "a day-long meeting" (P1D), "a months-long lockdown" (PXM), "a
// yearlong campaign" (P1Y). A plural unit is a length of unknown count.
func (p *parser) longAdjective(i int) (expr, bool) {
	w := p.word(i)
	if w == "" {
		return expr{}, false
	}
	u, pl, e := uNone, false, i+1
	if n := len(w); n > 4 && w[n-4:] == "long" {
		u, pl = unitOf(w[:n-4]) // yearlong, weeklong
	} else if p.dash(i+1) && p.adjacent(i+1) && p.is(i+2, "long") && p.adjacent(i+2) {
		u, pl = unitOf(w) // day-long, decades-long
		e = i + 3
	}
	if u == uNone || u == uWeekend {
		return expr{}, false
	}
	n := 1
	if pl {
		n = 0
	}
	v, _ := durationValue(u, n, n)
	return expr{s: i, e: e, form: fDuration, u: u, n: n, nHi: n, dur: v}, true
}

// isClauseBreakWord reports words after "a day after" that end the phrase
// instead of naming an event ("a day after and …").
func isClauseBreakWord(w string) bool {
	switch w {
	case "and", "but", "or", "that", "which", "as", "when", "while":
		return true
	}
	return false
}

// isLengthGovernor reports words before "a day", "two weeks" that make the
// phrase a length of time ("for a day after the ceremony", "took a week").
func isLengthGovernor(w string) bool {
	switch w {
	case "for", "in", "within", "than", "over", "past", "under", "of", "took", "take", "takes", "taking",
		"spent", "spend", "spends", "lasted", "lasts", "last", "stayed", "remained", "waited", "wait":
		return true
	}
	return false
}

// duration parses durations: three years, 3-6 months, more than 30 years,
// two to three years, a few days, for years.
func (p *parser) duration(i int) (expr, bool) {
	start := i
	j := i
	if p.is(i, "one") && p.is(i+1, "day") && !p.is(i+2, "of") {
		switch p.word(i - 1) {
		case "will", "would", "could", "might", "may", "can", "shall", "should", "ll":
			// "Islam will one day be …": an indefinite future, not a day's length
			return expr{s: i, e: i + 2, form: fRef, ref: "FUTURE_REF"}, true
		}
	}
	switch p.word(i) {
	case "a":
		if p.is(i+1, "while") && p.is(i-1, "for") {
			// "for a while", "for some time": a stretch of unknown length and unit.
			return expr{s: i, e: i + 2, form: fDuration, dur: "PXX"}, true
		}
	case "more", "less", "fewer":
		if !p.is(i+1, "than") {
			return expr{}, false
		}
		j = i + 2
	case "at":
		if !(p.is(i+1, "least") || p.is(i+1, "most")) {
			return expr{}, false
		}
		j = i + 2
	case "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over":
		if p.is(i+1, "time") && p.is(i-1, "for") {
			return expr{s: i, e: i + 2, form: fDuration, dur: "PXX"}, true // for some time
		}
		j = i + 1
	case "up":
		if !p.is(i+1, "to") {
			return expr{}, false
		}
		j = i + 2
	case "the":
		// the fiscal year ended Sept. 30: a reporting period
		k := i + 1
		if p.is(k, "fiscal") || p.is(k, "full") {
			k++
		}
		if u, pl := unitOf(p.word(k)); !pl && (u == uYear || u == uQuarter || u == uMonth || u == uWeek) && (p.is(k+1, "ended") || p.is(k+1, "ending")) {
			v, _ := durationValue(u, 1, 0)
			return expr{s: i, e: k + 1, form: fDuration, u: u, n: 1, dur: v}, true
		}
		// the first nine months, the nine months
		k = i + 1
		if o, ok := ordinalWord(p.word(k)); ok && o == 1 || p.is(k, "last") || p.is(k, "past") || p.is(k, "next") || p.is(k, "coming") {
			k++
		}
		if d, ok := p.countUnit(k); ok && d.n != 1 || ok && p.t[k].kind == tNum {
			d.s = i
			return p.notAgo(d)
		}
		return expr{}, false
	}
	if ag, ok := p.ago(j); ok && j == i {
		return ag, true
	}
	d, ok := p.countUnit(j)
	if !ok {
		if j == i {
			// for years, for weeks
			if (p.is(i-1, "for") || p.is(i-1, "within") || p.is(i-1, "in") && p.is(i+1, "")) && i < len(p.t) {
				if u, pl := unitOf(p.word(i)); pl && u >= uDay && u != uWeekend && u != uQuarter {
					v, _ := durationValue(u, 0, 0)
					return p.notAgo(expr{s: i, e: i + 1, form: fDuration, u: u, dur: v})
				}
			}
		}
		return expr{}, false
	}
	// "a year" alone is a duration only after for/in/over/within/than…
	// ("a year and a half" names a length wherever it stands).
	if d.n == 1 && d.nHi == 1 && d.fracDen == 0 && (p.is(j, "a") || p.is(j, "an")) && j == start {
		if p.is(j-1, "as") && (p.is(j-2, "long") || p.is(j-2, "little") || p.is(j-2, "short")) && p.is(j-3, "as") {
			d.s = start
			return p.notAgo(d) // "could take as long as a month"
		}
		switch p.word(j - 1) {
		case "for", "in", "within", "than", "about", "nearly", "almost", "over", "past", "after", "under",
			"barely", "only", "just",
			// "the end of a week of protests", "gave them a month to leave",
			// "the talks took a week"
			"of", "him", "her", "them", "us", "me", "took", "take", "takes", "taking", "spent", "spend",
			"spends", "lasted", "lasts", "gave", "give", "given", "offered", "allowed", "needed", "needs":
		default:
			return expr{}, false
		}
	}
	d.s = start
	return p.notAgo(d)
}

// quoted reports whether token i follows an opening quote (a title in
// quotes: "This Week", "60 Minutes", also in TBAQ's doubled apostrophes).
func (p *parser) quoted(i int) bool {
	return i > 0 && (isOpenQuote(p.t[i-1]) && p.t[i-1].low != "(" && p.t[i-1].low != "[" || p.t[i-1].low == "`")
}

// vagueStretch parses stretches of unknown length named by a plural unit:
// "(the) coming weeks", "the upcoming months", "the months ahead", "over
// the years" (TimeML PXW, PXM, PXY). It returns the value and the end token.
func (p *parser) vagueStretch(i int) (string, int, bool) {
	k := i
	if p.is(k, "the") {
		k++
	}
	plural := func(k int) (string, bool) {
		u, pl := unitOf(p.word(k))
		if !pl || u < uDay || u == uWeekend || u == uQuarter {
			return "", false
		}
		v, _ := durationValue(u, 0, 0)
		return v, true
	}
	switch {
	case p.is(k, "coming") || p.is(k, "upcoming"):
		if v, ok := plural(k + 1); ok {
			return v, k + 2, true
		}
	case k > i && p.is(k+1, "ahead"):
		if v, ok := plural(k); ok {
			return v, k + 2, true
		}
	case k > i && p.is(i-1, "over") && (p.is(k, "years") || p.is(k, "decades")) && (k+1 >= len(p.t) || p.t[k+1].kind == tPunct || isClauseWord(p.word(k+1))):
		v, _ := plural(k)
		return v, k + 1, true
	case k > i && (p.is(i-1, "over") || p.is(i-1, "in") || p.is(i-1, "during")) && (p.is(k, "years") || p.is(k, "decades")) &&
		(p.is(k+1, "that") && p.is(k+2, "followed") || p.is(i-1, "over") && k+1 < len(p.t) && p.t[k+1].kind == tWord && !p.t[k+1].cap && !isPrep(p.word(k+1)) && !p.is(k+1, "to") && !p.is(k+1, "between")):
		// "in the years that followed", "over the years many more patients"
		v, _ := plural(k)
		return v, k + 1, true
	}
	return "", 0, false
}

// notAgo rejects a duration that is really "N units ago" (handled by ago) and
// one followed by "a/per unit" (a set).
func (p *parser) notAgo(d expr) (expr, bool) {
	switch p.word(d.e) {
	case "ago":
		return expr{}, false
	case "later", "earlier":
		if d.u >= uDay {
			// "about a month later": the lapse at the count ("a month
			// later") is the date, as without "about" ("over an hour
			// later" stays a length, as TimeML annotates it)
			return expr{}, false
		}
	}
	return d, true
}

// set parses every day, each week, weekly, daily, twice a year, per month.
func (p *parser) set(i int) (expr, bool) {
	w := p.word(i)
	if p.t[i].cap && i+1 < len(p.t) && p.t[i+1].kind == tWord && p.t[i+1].cap && isFrequencyWord(w) {
		return expr{}, false // a name: Daily NK, Weekly Standard (not "Every Saturday")
	}
	if p.dash(i+1) && p.adjacent(i+1) && p.adjacent(i+2) && p.t[i+2].kind == tWord {
		return expr{}, false // "a daily-life report", "the weekly-market day": a compound adjective
	}
	if notSetNoun(p.word(i + 1)) {
		return expr{}, false // "daily necessities": not a recurrence
	}
	if isFrequencyWord(w) && p.afterAmount(i) {
		// "rise 8.5% annually", "10,000 units annually": a rate, not a
		// recurrence (like "$2 million a year").
		return expr{}, false
	}
	switch w {
	case "daily":
		if i+1 < len(p.t) && p.t[i+1].kind == tWord && p.t[i+1].cap && i > 0 && p.t[i-1].cap {
			return expr{}, false // the Party daily Rodong Sinmun: a newspaper
		}
		return expr{s: i, e: i + 1, form: fSet, dur: "P1D"}, true
	case "weekly":
		return expr{s: i, e: i + 1, form: fSet, dur: "P1W"}, true
	case "monthly":
		return expr{s: i, e: i + 1, form: fSet, dur: "P1M"}, true
	case "annually", "yearly", "annual":
		if w == "annual" {
			return expr{}, false
		}
		return expr{s: i, e: i + 1, form: fSet, dur: "P1Y"}, true
	case "hourly":
		return expr{s: i, e: i + 1, form: fSet, dur: "PT1H"}, true
	case "nightly":
		return expr{s: i, e: i + 1, form: fSet, dur: "P1D"}, true
	case "every", "each", "per":
		j := i + 1
		n := 1
		if v, _, suf, ok := p.num(j); ok && suf == "" {
			n, j = v, j+1
		} else if v, ok := numberWord(p.word(j)); ok && v > 1 {
			n, j = v, j+1
		} else if p.is(j, "other") {
			n, j = 2, j+1
		}
		if u, _ := unitOf(p.word(j)); u >= uMinute && u != uWeekend {
			v, _ := durationValue(u, n, 0)
			return expr{s: i, e: j + 1, form: fSet, dur: v}, true
		}
		if wd, ok := weekdayOf(p.word(j)); ok && w != "per" {
			return expr{s: i, e: j + 1, form: fSet, dur: "XXXX-WXX-" + itoa(isoWeekday(wd))}, true
		}
		if tod := timeOfDay(p.word(j)); tod != "" && w != "per" {
			return expr{s: i, e: j + 1, form: fSet, dur: "TXX" + tod}, true
		}
		if m, abbr, ok := monthOf(p.word(j)); ok && !abbr && p.t[j].cap && w != "per" && n == 1 {
			// each July, every September
			return expr{s: i, e: j + 1, form: fSet, dur: "XXXX-" + string(appendPadded(nil, int(m), 2))}, true
		}
	case "once", "twice":
		if (p.is(i+1, "a") || p.is(i+1, "per") || p.is(i+1, "every")) && i+2 < len(p.t) {
			if u, pl := unitOf(p.word(i + 2)); u >= uMinute && !pl {
				v, _ := durationValue(u, 1, 0)
				return expr{s: i, e: i + 3, form: fSet, dur: v}, true
			}
		}
	}
	return expr{}, false
}

// genericPresentNoun reports nouns after "today's" that make it the present
// era rather than the day: "today's world", "today's youth".
func genericPresentNoun(w string) bool {
	switch w {
	case "world", "youth", "society", "generation", "children", "young":
		return true
	}
	return false
}

// eraNoun reports nouns before "of today" or "of tomorrow" that make it an
// era rather than a day: "the people of tomorrow", "the world of today",
// "the builders of tomorrow".
func eraNoun(w string) bool {
	switch w {
	case "world", "youth", "society", "generation", "generations", "children", "people", "leaders",
		"builders", "pillars", "masters", "heroes", "cities", "citizens":
		return true
	}
	return false
}

// isFrequencyWord reports the adverbs and adjectives of frequency that set
// parses alone.
func isFrequencyWord(w string) bool {
	switch w {
	case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly":
		return true
	}
	return false
}

// afterAmount reports whether token i follows an amount: a number, a
// percentage, a sum ("$17.9 million") or a counted noun ("10,000 units").
func (p *parser) afterAmount(i int) bool {
	isAmount := func(k int) bool {
		if k < 0 || k >= len(p.t) {
			return false
		}
		switch p.t[k].kind {
		case tNum:
			return true
		case tPunct:
			return p.t[k].low == "%"
		}
		switch p.t[k].low {
		case "percent", "thousand", "million", "billion", "trillion":
			return true
		}
		return false
	}
	if isAmount(i - 1) {
		return true
	}
	if u, _ := unitOf(p.word(i - 1)); u != uNone || p.is(i-1, "times") {
		return false // "twice daily", "3 times daily", "30 minutes daily": how often
	}
	return i >= 2 && p.t[i-1].kind == tWord && !p.t[i-1].cap && isAmount(i-2)
}

// refWord parses now, currently, recently, these days, in the past, the
// future, at a later date.
func (p *parser) refWord(i int) (expr, bool) {
	switch p.word(i) {
	case "now":
		if p.is(i-1, "right") || p.is(i-1, "until") || p.is(i-1, "by") || p.is(i-1, "from") {
			return expr{s: i, e: i + 1, form: fRef, ref: "PRESENT_REF"}, true
		}
		return expr{s: i, e: i + 1, form: fRef, ref: "PRESENT_REF"}, true
	case "currently", "presently", "nowadays":
		return expr{s: i, e: i + 1, form: fRef, ref: "PRESENT_REF"}, true
	case "these":
		if p.is(i+1, "days") {
			return expr{s: i, e: i + 2, form: fRef, ref: "PRESENT_REF"}, true
		}
	case "to":
		if p.is(i+1, "this") && p.is(i+2, "day") {
			return expr{s: i + 1, e: i + 3, form: fRef, ref: "PRESENT_REF"}, true
		}
	case "recently", "lately":
		return expr{s: i, e: i + 1, form: fRef, ref: "PAST_REF"}, true
	case "recent":
		if u, pl := unitOf(p.word(i + 1)); pl && u >= uDay {
			// "in recent years": a stretch of unknown length (TimeML: PXY), not a date.
			v, _ := durationValue(u, 0, 0)
			return expr{s: i, e: i + 2, form: fDuration, u: u, dur: v}, true
		}
		return expr{s: i, e: i + 1, form: fRef, ref: "PAST_REF"}, true
	case "current":
		if p.is(i-1, "then") {
			return expr{s: i - 1, e: i + 1, form: fRef, ref: "PAST_REF"}, true
		}
		switch p.word(i + 1) {
		case "account", "accounts", "events", "affairs", "flow", "of", "electric", "":
			return expr{}, false
		}
		if p.is(i-1, "the") && p.is(i+1, "year") || p.is(i+1, "quarter") || p.is(i+1, "month") || p.is(i+1, "week") {
			return expr{}, false // the current year: a deictic handled elsewhere
		}
		return expr{s: i, e: i + 1, form: fRef, ref: "PRESENT_REF"}, true
	case "a":
		if p.is(i-1, "at") && p.is(i+1, "later") && p.is(i+2, "date") {
			// "at a later date": a future the text does not fix
			return expr{s: i, e: i + 3, form: fRef, ref: "FUTURE_REF"}, true
		}
	case "future":
		if p.is(i-1, "the") || p.is(i-1, "in") || p.is(i-1, "near") {
			return expr{s: i, e: i + 1, form: fRef, ref: "FUTURE_REF"}, true
		}
	case "the":
		if p.is(i+1, "past") && (p.is(i-1, "in") || p.punct(i+2, ",") || p.punct(i+2, ".")) {
			if _, ok := p.countUnit(i + 2); !ok {
				return expr{s: i, e: i + 2, form: fRef, ref: "PAST_REF"}, true
			}
		}
		if p.is(i+1, "future") {
			return expr{s: i, e: i + 2, form: fRef, ref: "FUTURE_REF"}, true
		}
		if p.is(i+1, "near") && p.is(i+2, "future") {
			return expr{s: i, e: i + 3, form: fRef, ref: "FUTURE_REF"}, true
		}
		if (p.is(i+1, "near") || p.is(i+1, "short") || p.is(i+1, "long")) && p.is(i+2, "term") && !p.dash(i+3) &&
			(p.is(i-1, "in") || p.is(i-1, "over") || p.is(i-1, "of") || p.is(i-1, "for")) {
			// in the near term, over the long term (not "the short-term debt")
			return expr{s: i, e: i + 3, form: fRef, ref: "FUTURE_REF"}, true
		}
	}
	return expr{}, false
}

// extendRange joins a second date to e: Feb. 15-17, from Feb. 15 to Mar. 1,
// between 2011 and 2014, October and November.
func (p *parser) extendRange(e expr) (expr, bool) {
	if e.form != fCal && e.form != fDecade {
		return e, true
	}
	j := e.e
	conn := ""
	switch {
	case p.dash(j):
		conn = "-"
	case p.is(j, "to") || p.is(j, "through") || p.is(j, "until") || p.is(j, "till"):
		conn = "to"
		if !p.is(e.s-1, "from") {
			return e, true
		}
	case p.is(j, "and"):
		conn = "and"
	default:
		return e, true
	}
	k := j + 1
	var sec expr
	ok := false
	switch {
	case e.form == fCal && e.d > 0 && e.m > 0 && (conn == "-" || conn == "to" || conn == "and" && !p.is(k+1, "of")):
		// Feb. 15-17; from Jan. 10 to 15; between Jan. 10 and 15; Aug. 12 and 13
		between := conn == "and" && p.is(e.s-1, "between")
		if d, good := p.dayNum(k); good && d > e.d && !e.yGiven && p.t[k].low == "" && (conn != "and" || between || d == e.d+1) &&
			(conn == "-" || between && !p.pluralAt(k+1) || !(k+1 < len(p.t) && p.t[k+1].kind == tWord && !isClauseWord(p.word(k+1)) && !(isPrep(p.word(k+1)) && p.word(k+1) != "of") && p.word(k+1) != "at" &&
				!(p.word(k+1) == "to" && p.is(e.s-1, "from")) && !p.relYearAt(k+1))) { // "from Dec. 26 to 30 to review the year"
			sec, ok = expr{s: k, e: k + 1, form: fCal, m: e.m, d: d}, true
			if p.punct(k+1, ",") {
				if y, good := p.year(k + 2); good {
					sec.y, sec.yGiven, sec.e = y, true, k+3
				} else if jy, good := p.jucheYear(k + 2); good {
					sec.y, sec.yGiven, sec.e = jy.y, true, jy.e // KCNA: "from December 26 to 30, Juche 112 (2023)"
				}
			} else if !e.hasRel && p.relYearAfter(&sec) {
				e.hasRel, e.relYear = true, sec.relYear // "between Oct. 8 and 13 last year": both days
			}
		}
	case e.isMonthDay() && !e.hasRel && conn != "-":
		// on the 12th and 13th, from the 5th to the 8th, between the 5th and the 9th
		k2 := k
		if p.is(k2, "the") {
			k2++
		}
		if d, good := p.dayNum(k2); good && d > e.d && p.t[k2].low != "" && (conn != "to" || p.is(e.s-1, "from")) &&
			(conn != "and" || d == e.d+1 || p.is(e.s-1, "between")) {
			sec, ok = expr{s: k2, e: k2 + 1, form: fCal, d: d}, true
			rel, relOK := 0, p.is(k2+1, "of") && p.is(k2+3, "month")
			switch {
			case !relOK:
			case p.is(k2+2, "the"):
				// "from the 1st to the 15th of the month": the month the
				// passage is in, like bare days
				rel = 2
			case p.is(k2+2, "this"):
			case p.is(k2+2, "last"), p.is(k2+2, "previous"):
				rel = -1
			case p.is(k2+2, "next"):
				rel = 1
			default:
				relOK = false
			}
			if relOK && rel == 2 {
				sec.e = k2 + 4
			} else if relOK {
				// "from the 1st to the 15th of this month": both days are
				// of the month counted from the anchor.
				sec.hasRel, sec.relYear, sec.e = true, rel, k2+4
				e.hasRel, e.relYear = true, rel
			} else if p.is(k2+1, "of") {
				// "on the 15th and 16th of March": both days are March's.
				m, ok2 := p.calendar(k2 + 2)
				if !ok2 || m.d > 0 || m.m == 0 || m.hasRel || !validDay(yearOr(m.y), m.m, d) {
					return e, true
				}
				sec.m, sec.y, sec.yGiven, sec.e = m.m, m.y, m.yGiven, m.e
				e.m, e.y, e.yGiven = m.m, m.y, m.yGiven
			}
		}
	case e.form == fCal && e.m == 0 && e.d == 0 && conn == "-" && p.adjacent(j):
		if v, nd, suf, good := p.num(k); good && suf == "" && p.adjacent(k) {
			y := 0
			switch nd {
			case 4:
				y = v
			case 2:
				y = e.y/100*100 + v
			}
			if y > e.y && y-e.y < 100 {
				sec, ok = expr{s: k, e: k + 1, form: fCal, y: y, yGiven: true}, true
			}
		}
	}
	if !ok {
		if s2, good := p.calendar(k); good {
			sec, ok = s2, true
		} else if s2, good := p.numberStart(k); good {
			sec, ok = s2, true
		} else if s2, good := p.modified(k); good && s2.form == fCal && conn != "-" {
			sec, ok = s2, true // from late February to early March
		}
		// "from X to Y" and "between X and Y" mark a range by themselves:
		// any two calendar dates ("from late 2019 to March 2020"). Other
		// connectors join only like with like: day with day, month with
		// month, year with year.
		marked := conn == "to" || conn == "and" && p.is(e.s-1, "between")
		if ok {
			switch {
			case sec.form != e.form:
				ok = false
			case marked && e.form == fCal && (e.m > 0 || e.y > 0) && (sec.m > 0 || sec.y > 0):
			case e.form == fCal && (e.d > 0) != (sec.d > 0):
				ok = false
			case e.form == fCal && (e.m > 0) != (sec.m > 0):
				ok = false
			}
		}
		if ok && conn == "and" {
			between := p.is(e.s-1, "between")
			consecutive := e.form == fCal && e.d == 0 && e.m > 0 && sec.m == e.m%12+1 && sec.y == e.y
			if !between && !consecutive {
				ok = false
			}
		}
	}
	if !ok {
		return e, true
	}
	first := e
	first.second = nil
	second := sec // sec stays on the stack for the calls that find no range
	r := expr{s: e.s, e: sec.e, form: fRange, first: &first, second: &second}
	return r, true
}

// dayFirstRange parses a range or pair of days written day first, whose
// month (and year) the second day carries: "20-22 July 2023", "from 13 to
// 17 September", "between 20 and 22 July", "on 12 and 13 March". The
// connectors are extendRange's: "to" needs "from" before the first day,
// and "and" needs "between" or consecutive days.
func (p *parser) dayFirstRange(i, d int) (expr, bool) {
	j := i + 1
	switch {
	case p.dash(j) && p.adjacent(j) && p.adjacent(j+1):
	case p.is(j, "to") || p.is(j, "through") || p.is(j, "until") || p.is(j, "till"):
		if !p.is(i-1, "from") {
			return expr{}, false
		}
	case p.is(j, "and"):
	default:
		return expr{}, false
	}
	if j+1 >= len(p.t) || p.t[j+1].kind != tNum {
		return expr{}, false
	}
	sec, ok := p.numberStart(j + 1)
	if !ok || sec.form != fCal || sec.m == 0 || sec.d <= d || !validDay(yearOr(sec.y), sec.m, d) {
		return expr{}, false
	}
	if p.is(j, "and") && !p.is(i-1, "between") && sec.d != d+1 {
		return expr{}, false
	}
	first := expr{s: i, e: i + 1, form: fCal, y: sec.y, yGiven: sec.yGiven, m: sec.m, d: d}
	return expr{s: i, e: sec.e, form: fRange, first: &first, second: &sec}, true
}

// pluralAt reports whether token i is a word that looks like a plural
// noun, which a number before it counts: "between Jan. 10 and 15 people"
// is a count, "imagery taken between July 20 and 22 showed" two days.
func (p *parser) pluralAt(i int) bool {
	if i >= len(p.t) || p.t[i].kind != tWord {
		return false
	}
	w := p.word(i)
	switch w {
	case "was", "has", "is", "as", "its", "this", "thus", "plus", "across", "towards", "versus":
		return false
	}
	return len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's' || w == "people" || w == "police" || w == "men" || w == "women" || w == "children"
}

// validDay reports whether y-m-d exists (y = 0: any leap year).
func validDay(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(y, m)
}

func daysIn(y int, m time.Month) int {
	if y == 0 {
		y = 2000
	}
	return pipeline.MakeDate(y, m+1, 0).Day
}

func yearOr(y int) int {
	if y == 0 {
		return 2000
	}
	return y
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func weekdayOfTok(p *parser, i int) time.Weekday {
	wd, _ := weekdayOf(p.word(i))
	return wd
}

// spokenYear parses a year written in words: "nineteen ninety-six", "two thousand".
func (p *parser) spokenYear(i int) (int, int) {
	hi, ok := numberWord(p.word(i))
	if !ok {
		return 0, 0
	}
	if hi == 2 && p.is(i+1, "thousand") {
		y, n := 2000, 2
		if u, ok := numberWord(p.word(i + 2)); ok && u < 20 && p.word(i+2) != "a" && p.word(i+2) != "an" {
			y, n = 2000+u, 3
		}
		if n == 2 && !(p.is(i-1, "year") || p.is(i-1, "in") || p.is(i-1, "by")) {
			return 0, 0
		}
		return y, n
	}
	if hi < 11 || hi > 20 {
		return 0, 0
	}
	tens, ok := numberWord(p.word(i + 1))
	if !ok || tens < 10 || tens >= 100 || (tens < 20 && tens != 10) || tens%10 != 0 && tens > 20 {
		return 0, 0
	}
	y, n := hi*100+tens, 2
	if tens >= 20 && p.dash(i+2) {
		if u, ok := numberWord(p.word(i + 3)); ok && u < 10 && p.word(i+3) != "a" && p.word(i+3) != "an" {
			y, n = y+u, 4
		}
	} else if tens >= 20 {
		// "nineteen ninety seven", without the hyphen (transcripts)
		if u, ok := numberWord(p.word(i + 2)); ok && u < 10 && p.word(i+2) != "a" && p.word(i+2) != "an" && p.word(i+2) != "single" {
			y, n = y+u, 3
		}
	}
	return y, n
}

// isConnective reports words that cannot follow a month used as an
// adjective ("the March accession"): "The March of the Mothers", "the May
// and June figures" are other constructions.
func isConnective(w string) bool {
	switch w {
	case "and", "or", "to", "on", "at", "the", "a", "an", "was", "were", "is", "are":
		return true
	}
	return false
}

func isPrep(w string) bool {
	switch w {
	case "in", "during", "by", "since", "over", "through", "throughout", "until", "till", "into", "for", "from", "before", "after", "of":
		return true
	}
	return false
}

func map3(w string) int {
	switch w {
	case "yesterday":
		return -1
	case "tomorrow":
		return 1
	}
	return 0
}

// clock parses a time of day at i: 10:35 a.m., 10 p.m., 7pm, noon, midnight,
// with an optional time zone, and a day after it ("9 a.m. EST Tuesday").
func (p *parser) clock(i int) (expr, bool) {
	hh, mm, j := -1, 0, i+1
	switch p.word(i) {
	case "noon", "midday":
		if p.is(i-1, "high") {
			return expr{}, false // "high noon": an idiom, a film
		}
		hh = 12
	case "midnight":
		hh = 24
	}
	if hh < 0 {
		v, nd, suf, ok := p.num(i)
		if !ok || nd > 2 || v > 12 {
			return expr{}, false
		}
		hh = v
		if suf == "" && p.punct(j, ":") && p.adjacent(j) {
			m, nd2, suf2, ok2 := p.num(j + 1)
			if !ok2 || nd2 != 2 || m > 59 || !p.adjacent(j+1) {
				return expr{}, false
			}
			mm, j, suf = m, j+2, suf2
		}
		pm := false
		switch {
		case suf == "am" || suf == "pm":
			pm = suf == "pm"
		case suf != "":
			return expr{}, false
		case (p.is(j, "am") || p.is(j, "pm")) && !p.t[j].cap:
			pm = p.is(j, "pm")
			j++
		case (p.is(j, "a") || p.is(j, "p")) && p.punct(j+1, ".") && p.is(j+2, "m") && p.adjacent(j+1) && p.adjacent(j+2):
			pm = p.is(j, "p")
			j += 3
			if p.punct(j, ".") && p.adjacent(j) {
				j++
			}
		case p.is(j, "in") && p.is(j+1, "the") && (p.is(j+2, "morning") || p.is(j+2, "afternoon") || p.is(j+2, "evening")) &&
			mm == 0 && (p.is(i-1, "at") || p.is(i-1, "until") || p.is(i-1, "by")) && (j+3 >= len(p.t) || p.t[j+3].kind == tPunct):
			// at 4 in the morning, until 6 in the evening
			pm = !p.is(j+2, "morning")
			j += 3
		default:
			return expr{}, false
		}
		if hh == 12 {
			hh = 0
		}
		if pm {
			hh += 12
		}
	}
	switch p.word(j) {
	case "est", "edt", "gmt", "utc", "kst", "pst", "pdt", "cst", "cdt", "et", "pt", "bst", "cet":
		if p.t[j].allUpper {
			j++
		}
	}
	if p.punct(j, "(") {
		// 10:35 a.m. (0735 GMT) Friday: the time in another zone, in parentheses.
		for k := j + 1; k < len(p.t) && k <= j+4; k++ {
			if p.punct(k, ")") {
				j = k + 1
				break
			}
			if p.t[k].kind == tPunct && !p.punct(k, ":") && !p.punct(k, ".") {
				break
			}
		}
	}
	ck := string(appendPadded(nil, hh, 2))
	if hh != 24 || mm != 0 {
		ck += ":" + string(appendPadded(nil, mm, 2))
	}
	k := j
	if p.punct(k, ",") {
		k++
	}
	if p.is(k, "on") {
		k++
	}
	if k < len(p.t) {
		if d, ok := p.parseAt(k); ok && (d.form == fCal && d.d > 0 || d.form == fWeekday || d.form == fRel && d.u == uDay) {
			d.s, d.clock = i, ck
			return d, true
		}
	}
	// A clock time alone is on the day the text last told (see mentions).
	return expr{s: i, e: j, form: fRel, u: uDay, clock: ck, narr: true}, true
}

// thatSeason parses "that summer", "that winter": the season of the year
// the story is in (ofYear 1), as "the summer of that year", after a
// preposition of time ("in that winter"), opening a sentence ("That
// summer a court sentenced her") or closing a phrase ("died of illness
// that summer.") — not where "that" opens a clause ("said that spring was
// late", "prices that fall", "so that winter would be bearable").
func (p *parser) thatSeason(i int) (expr, bool) {
	sz := seasonOf(p.word(i + 1))
	if sz == 0 || p.is(i+2, "of") || i+2 < len(p.t) && p.t[i+2].kind == tNum {
		return expr{}, false
	}
	switch p.word(i - 1) {
	case "in", "during", "by", "until", "till", "through", "throughout", "over", "since":
	default:
		// (opening: not before a noun it modifies, "That summer camp")
		opens := p.t[i].cap && (i == 0 || p.t[i-1].kind == tPunct) &&
			(i+2 >= len(p.t) || p.t[i+2].kind == tPunct || p.t[i+2].cap || subjectStart(p.word(i+2)))
		closes := i+2 >= len(p.t) || p.t[i+2].kind == tPunct // "died of illness that summer."
		if !opens && !closes && !p.passiveBefore(i) {
			return expr{}, false
		}
	}
	return expr{s: i, e: i + 2, form: fSeason, season: sz, ofYear: 1}, true
}

// passiveBefore reports a passive verb before "that" at token i and a
// preposition after its season ("was sentenced that summer to five years",
// "were arrested that winter in Hyesan"): no clause opens there, as one
// would after "was warned that winter would be hard".
func (p *parser) passiveBefore(i int) bool {
	if i < 2 || (p.word(i-2) != "was" && p.word(i-2) != "were") {
		return false
	}
	if v := p.word(i - 1); !strings.HasSuffix(v, "ed") && !pastParticiples[v] && v != "taken" {
		return false
	}
	switch p.word(i + 2) {
	case "to", "in", "at", "for", "by", "after", "on", "near":
		return true
	}
	return false
}

// subjectStart reports a word that may open a clause's subject ("That
// summer a court …", "That winter she …").
func subjectStart(w string) bool {
	switch w {
	case "a", "an", "the", "he", "she", "they", "we", "i", "it", "his", "her", "their", "my", "our", "police", "officials", "authorities":
		return true
	}
	return false
}

// thatMonth parses "that August": August of the year the story is in
// (ofYear 1), as "August of that year" — not "that May" or "that March"
// (verbs), nor a month with its day ("that August 5").
func (p *parser) thatMonth(i int) (expr, bool) {
	if i+1 >= len(p.t) || !p.t[i+1].cap {
		return expr{}, false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		// "He said that August was the worst month", "told Daily NK that
		// August saw …", "believes that July …": "that" opens what is said
		if w := p.word(k); isReportVerb(w) || isThinkVerb(w) {
			return expr{}, false
		}
	}
	m, abbr, ok := monthOf(p.word(i + 1))
	if !ok || abbr || m == time.May || m == time.March || i+2 < len(p.t) && p.t[i+2].kind == tNum {
		return expr{}, false
	}
	return expr{s: i, e: i + 2, form: fCal, m: m, ofYear: 1}, true
}

// isThinkVerb reports a verb of thinking or knowing that "that" may
// follow.
func isThinkVerb(w string) bool {
	switch w {
	case "believe", "believes", "believed", "think", "thinks", "thought", "know", "knows", "knew",
		"fear", "fears", "feared", "hope", "hopes", "hoped", "say", "saying", "claim", "insisted":
		return true
	}
	return false
}

// thatAnaphor parses "that day", "that same day", "that year", "later that
// year", "earlier that day": the period of the latest date mentioned before.
func (p *parser) thatAnaphor(i int) (expr, bool) {
	j := i
	mod := modNone
	switch p.word(j) {
	case "later":
		mod, j = modLater, j+1
	case "earlier":
		mod, j = modEarlier, j+1
	}
	if !p.is(j, "that") {
		return expr{}, false
	}
	j++
	if p.is(j, "same") {
		j++
	}
	u, pl := unitOf(p.word(j))
	if pl || (u != uDay && u != uWeek && u != uMonth && u != uYear) {
		return expr{}, false
	}
	return expr{s: i, e: j + 1, form: fAnaphor, u: u, mod: mod, wdDir: 1}, true
}

// decadeWord returns the first year of a decade named in words ("nineties").
func decadeWord(w string) int {
	switch w {
	case "twenties":
		return 1920
	case "thirties":
		return 1930
	case "forties":
		return 1940
	case "fifties":
		return 1950
	case "sixties":
		return 1960
	case "seventies":
		return 1970
	case "eighties":
		return 1980
	case "nineties":
		return 1990
	}
	return 0
}

// dayOfMonth parses a day of the month written without its month: "on the
// 5th", "since the 23rd", "the night of the 5th", "on the 5th of this
// month". The ordinal needs a preposition before it and, after it, the end
// of the phrase (punctuation, a conjunction or a preposition), so "the 5th
// anniversary", "the 3rd Division" and "the 8th Congress" are not days.
func (p *parser) dayOfMonth(i int) (expr, bool) {
	d, good := p.dayNum(i + 1)
	if !good || p.t[i+1].low == "" {
		return expr{}, false
	}
	switch p.word(i - 1) {
	case "on", "since", "until", "till", "by", "from", "of", "before", "after", "through", "and", "or", "between",
		"around": // "around the 20th of last month"
	default:
		return expr{}, false
	}
	if p.is(i-1, "of") {
		// "the night of the 5th", "in the early hours of the 5th" are days;
		// "one of the 5th" is not.
		switch p.word(i - 2) {
		case "night", "morning", "evening", "afternoon", "hours", "dawn", "daybreak":
		default:
			return expr{}, false
		}
	}
	e := expr{s: i, e: i + 2, form: fCal, d: d}
	if p.is(i-1, "of") && p.is(i-3, "the") {
		// "the night of the 3rd": the day with its part of day (TimeML
		// "…TNI", like "Friday night").
		e.tod = timeOfDay(p.word(i - 2))
	}
	k := i + 2
	if m, ok := p.listMonth(k); ok && p.punct(k, ",") {
		// "on the 5th, 6th and 7th of March": the list's month.
		e.m, e.y, e.yGiven = m.m, m.y, m.yGiven
		if !validDay(yearOr(e.y), e.m, d) {
			return expr{}, false
		}
	}
	if k >= len(p.t) || p.t[k].kind == tPunct || p.t[k].nl > 0 {
		return e, true // the end of the phrase, or of the line
	}
	switch p.word(k) {
	case "of":
		// "of this month", "of last month", "of the month"
		if p.is(k+2, "month") {
			switch p.word(k + 1) {
			case "the":
				// "the 5th of the month": a day of the month the passage is
				// in, like "the 5th"
				e.e = k + 3
				return e, true
			case "this":
				e.e, e.hasRel = k+3, true
				return e, true
			case "last", "previous":
				e.e, e.hasRel, e.relYear = k+3, true, -1
				return e, true
			case "next":
				e.e, e.hasRel, e.relYear = k+3, true, 1
				return e, true
			}
		}
		return expr{}, false
	case "and", "or", "to", "through", "at", "in", "when", "after", "before", "during", "as", "while",
		"amid", "following", "but", "with", "for", "ahead", "local", "morning", "afternoon", "evening", "night",
		"on", "near", "outside", "inside", "along", "across", "by", "from", "behind", "beside", "under":
		// "shot on the 8th on a riverside field", "caught on the 3rd near the river"
		if p.t[k].cap {
			return expr{}, false
		}
		return e, true
	default:
		// "issued an order on the 8th calling for …", "arrested him on
		// the 3rd saying …": a participle opens a new phrase; "on the 5th
		// meeting" names a meeting.
		if w := p.word(k); p.is(i-1, "on") && !p.t[k].cap && len(w) > 5 && strings.HasSuffix(w, "ing") && !ingNouns[w] {
			return e, true
		}
		// "On the 17th a public trial was held", "On the 3rd they were
		// taken away": an opening phrase without its comma, the clause's
		// subject after it. A determiner or a pronoun is no noun the
		// ordinal could count ("On the 5th floor", "On the 17th Party
		// Congress").
		// So is one after "that" opening a reported clause ("said that on
		// the 12th a kilogram of rice cost 9,200 won").
		if p.is(i-1, "on") && (p.t[i-1].cap || p.is(i-2, "that")) && clauseOpeners[p.word(k)] {
			return e, true
		}
	case "that":
		// "said on the evening of the 5th that …"; not "the 5th that year"
		if u, _ := unitOf(p.word(k + 1)); u != uNone || p.t[k].cap {
			return expr{}, false
		}
		return e, true
	}
	return expr{}, false
}

// clauseOpeners are the words that may open a clause's subject after an
// opening "On the 17th" written without its comma.
var clauseOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "some": true, "several": true, "about": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "it": true,
	"police": true, "officials": true, "authorities": true,
}

// ingNouns are nouns in -ing that an ordinal may count ("the 5th
// meeting", "the 3rd hearing"), unlike participles.
var ingNouns = map[string]bool{
	"meeting": true, "building": true, "hearing": true, "sitting": true, "gathering": true,
	"wedding": true, "offering": true, "landing": true, "opening": true, "ending": true,
	"setting": true, "ceiling": true, "training": true, "reading": true, "briefing": true, "bombing": true, "shooting": true, "crossing": true,
	"uprising": true, "spring": true, "string": true, "listing": true,
	"offspring": true, "funding": true, "recording": true, "screening": true, "filing": true,
	"ruling": true, "ranking": true, "finishing": true, "standing": true,
}

// possessiveAt reports a possessive "'s" at k ("that year's harvest").
func (p *parser) possessiveAt(k int) bool {
	return (p.punct(k, "'") || p.punct(k, "\u2019")) && p.is(k+1, "s")
}

// anaphoricYear parses "that year", "that same year", "the same year" (1),
// "the following year", "the next year" (2), "the previous year" (3) at k:
// the code and the number of tokens.
func (p *parser) anaphoricYear(k int) (int8, int, bool) {
	switch {
	case p.is(k, "that") && p.is(k+1, "year"):
		return 1, 2, true
	case p.is(k, "that") && p.is(k+1, "same") && p.is(k+2, "year"):
		return 1, 3, true
	case p.is(k, "the") && p.is(k+2, "year"):
		switch p.word(k + 1) {
		case "same":
			return 1, 3, true
		case "following", "next":
			return 2, 3, true
		case "previous":
			return 3, 3, true
		}
	}
	return 0, 0, false
}

// listMonth returns the month that closes a list of ordinal days starting
// at k, after the first day: ", 6th and 7th of March" (its year too). Two
// days ("the 15th and 16th of March") are extendRange's.
func (p *parser) listMonth(k int) (expr, bool) {
	for n := 0; k < len(p.t) && n < 12; k, n = k+1, n+1 {
		switch {
		case p.punct(k, ","), p.is(k, "and"), p.is(k, "or"), p.is(k, "the"):
		case p.t[k].kind == tNum && p.t[k].low != "" && p.t[k].ndig <= 2:
		case p.is(k, "of") && n > 0 && p.t[k-1].kind == tNum:
			m, ok := p.calendar(k + 1)
			return m, ok && m.m > 0 && m.d == 0 && !m.hasRel
		default:
			return expr{}, false
		}
	}
	return expr{}, false
}

// weekOfMonth parses "the first week of April", "the last week of March
// 2021", "the second week of this month": days 1-7, 8-14, 15-21, 22-28 of
// the month, or its last seven days. A week of a year ("the first week of
// 2021", "the last week of last year", "the second week of the year") is
// counted the same way from the year's first or last day.
func (p *parser) weekOfMonth(i int) (expr, bool) {
	n := int8(0)
	switch p.word(i + 1) {
	case "first":
		n = 1
	case "second":
		n = 2
	case "third":
		n = 3
	case "fourth":
		n = 4
	case "last", "final":
		n = 5
	case "middle":
		n = 9
	default:
		return expr{}, false
	}
	k := i + 4
	if v, nd, suf, ok := p.num(i + 2); p.is(i+2, "ten") || ok && v == 10 && nd == 2 && suf == "" {
		// "the last ten days of April", "the first 10 days of this month":
		// a third of a month, as Korean reports count it (days 1-10,
		// 11-20, 21 to the end); no third of a year.
		if n > 1 && n < 5 || !p.is(i+3, "days") || !p.is(i+4, "of") {
			return expr{}, false
		}
		switch n {
		case 1:
			n = 8
		case 5:
			n = 10
		}
		k = i + 5
		// (no third of a year, nor of "the month", which names the month
		// of the story as often as the report's)
		if _, ok := p.year(k); ok || p.is(k, "the") {
			return expr{}, false
		}
	} else if n == 9 || !p.is(i+2, "week") || !p.is(i+3, "of") {
		return expr{}, false
	}
	if _, _, isM := monthOf(p.word(k)); isM {
		// The month after "of" needs no other cue.
		m, j, _, ok := p.month(k)
		if !ok {
			return expr{}, false
		}
		e := expr{s: i, e: j, form: fCal, m: m, wom: n}
		p.yearAfterMonth(&e, j)
		return e, true
	}
	if r, good := p.relative(k); good && r.form == fRel && (r.u == uMonth || r.u == uYear) && r.mod == modNone {
		r.s, r.wom = i, n
		return r, true
	}
	if p.is(k, "the") && (p.is(k+1, "month") || p.is(k+1, "year")) && !p.dash(k+2) {
		switch p.word(k + 2) {
		case "of", "before", "after", "earlier", "later", "prior", "ago", "following":
			// "the first week of the year before": another year
			return expr{}, false
		}
		u := uMonth
		if p.is(k+1, "year") {
			u = uYear
		}
		return expr{s: i, e: k + 2, form: fRel, u: u, wom: n}, true
	}
	if p.is(k, "the") && p.is(k+1, "new") && p.is(k+2, "year") && !p.dash(k+3) && !p.is(k+3, "s") {
		// "the first week of the new year": the year just begun, or the
		// one about to begin (resolveRel).
		return expr{s: i, e: k + 3, form: fRel, u: uYear, wom: n, wdDir: 4}, true
	}
	// A week of a year: "the first week of 2021", "the last week of 2020"
	// (the year's first or last seven days, like a week of a month).
	if y, good := p.year(k); good && !p.dash(k+1) {
		return expr{s: i, e: k + 1, form: fCal, y: y, yGiven: true, wom: n}, true
	}
	return expr{}, false
}

// notSetNoun reports nouns that "daily" (weekly, …) qualifies without
// naming a recurrence: "daily necessities", "daily goods" are kinds of
// goods. ("daily life" stays a set, as TimeML annotates it.)
func notSetNoun(w string) bool {
	switch w {
	case "necessities", "necessity", "goods", "essentials", "commodities", "items":
		return true
	}
	return false
}
