package dates

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"geotimeline/pipeline"
)

// DocumentDate returns the creation date of a news text without metadata: a
// dateline near the top (Basis published), else an inference from the
// latest explicit date, era cues and anniversary arithmetic (Basis
// inferred), else Basis none. It never uses the machine clock. See the
// package documentation for the policy.
func DocumentDate(text string) pipeline.DocDate {
	a := analyze(text, nil)
	ct, err := loadCues()
	if err != nil {
		ct = &cueTables{}
	}
	return a.docDate(ct)
}

// maxDatelineLines is how many non-empty lines from the top may hold a
// dateline, and maxDatelineTokens how long such a line may be.
const (
	maxDatelineLines  = 10
	maxDatelineTokens = 40
)

func (a *analysis) docDate(ct *cueTables) pipeline.DocDate {
	inf, facts := a.infer(ct)
	if dd, ok := a.dateline(inf, facts); ok {
		// A digest of wire items under datelines of their own was put
		// together on its latest one's day at the earliest: an item
		// dated after the first dateline has not happened yet otherwise.
		a.findSections(&dd, maxSectionAfter)
		return dd
	}
	return inf
}

// findSections finds the datelines of a digest's items (sectionDatelines)
// once a document, read around dd's day (up to maxAfter days after it), and
// moves dd to the latest of them when it is later, saying so.
func (a *analysis) findSections(dd *pipeline.DocDate, maxAfter int) {
	a.secs, a.secsDone = a.sectionDatelines(dd.Date, maxAfter), true
	last := dd.Date
	for _, sec := range a.secs {
		if last.Before(sec.d) {
			last = sec.d
		}
	}
	if last != dd.Date {
		dd.Date = last
		dd.Evidence += fmt.Sprintf("; the latest of the %d datelines of a digest, %s", len(a.secs), last)
	}
}

// section is the dateline of one item of a digest: its first token and
// its day.
type section struct {
	tok    int
	d      date
	agency string // the outlet in brackets after the date, lower-cased
}

// A digest's yearless datelines take the year that puts them nearest the
// date they are read around, at most a year before it and at most
// maxSectionAfter days after its first dateline (maxSectionMeta after a
// publication date from metadata, which may be early by a day or, for a
// digest stamped at its start, by its weeks).
const (
	maxSectionBefore = 366
	maxSectionAfter  = 92
	maxSectionMeta   = 31
)

// sectionDatelines returns the wire datelines that open lines of the text
// ("Pyongyang, August 18 (KCNA) -- …", "SEOUL, Nov. 3 (Yonhap) --") of one
// outlet, in text order, each with its day: its own year, else the year
// that puts it nearest ref, from maxSectionBefore days before it to
// maxAfter days after. It returns nil unless there are two or more: one
// dateline is the document's own.
func (a *analysis) sectionDatelines(ref date, maxAfter int) []section {
	if ref.IsZero() {
		return nil
	}
	toks := a.p.t
	var out []section
	for i := range a.exprs {
		e := &a.exprs[i]
		if e.form != fCal || e.m == 0 || e.d == 0 || e.s < 2 || toks[e.s-1].low != "," {
			continue
		}
		lo := e.s - 1
		for lo > 0 && toks[lo].nl == 0 && e.s-lo < 8 {
			lo--
		}
		if lo > 0 && toks[lo].nl == 0 {
			continue // not at the start of a line
		}
		hi := e.e
		for hi < len(toks) && hi < e.e+12 && toks[hi].nl == 0 {
			hi++
		}
		if !agencyDateline(toks, lo, e.s, e.e, hi) {
			continue
		}
		d, ok := date{Year: e.y, Month: e.m, Day: e.d}, e.yGiven
		if !ok {
			best := maxSectionBefore + 1
			for y := ref.Year - 1; y <= ref.Year+1; y++ {
				if !validDay(y, e.m, e.d) {
					continue
				}
				c := date{Year: y, Month: e.m, Day: e.d}
				if after := daysBetween(ref, c); after > maxAfter {
					continue
				} else if gap := max(after, -after); gap < best {
					d, best, ok = c, gap, true
				}
			}
		}
		if ok {
			out = append(out, section{tok: lo, d: d, agency: agencyAfter(toks, e.e, hi)})
		}
	}
	// (the datelines of one outlet: a story that quotes another outlet's
	// dispatch under its dateline is no digest)
	if len(out) > 0 {
		first := out[0].agency
		out = slices.DeleteFunc(out, func(s section) bool { return s.agency != first })
	}
	if len(out) < 2 {
		out = nil
	}
	if up := a.updateSections(ref, maxAfter); len(up) > 0 {
		out = append(out, up...)
		slices.SortStableFunc(out, func(x, y section) int { return x.tok - y.tok })
	}
	return out
}

// updateSections returns the updates marked in the text at the start of a
// line ("UPDATE (May 20): The Joint Chiefs of Staff said that the North
// fired two more projectiles on Monday"): what follows is told from the
// update's day, its own year's or the one that puts it from ref to
// maxAfter days after.
func (a *analysis) updateSections(ref date, maxAfter int) []section {
	toks := a.p.t
	var out []section
	for i := range a.exprs {
		e := &a.exprs[i]
		if e.form != fCal || e.m == 0 || e.d == 0 || e.s < 1 {
			continue
		}
		// ("UPDATE (May 20):", "UPDATE 2 (May 20):", "UPDATE, May 20:"; not
		// a page's "Updated: May 20, 2013, 10:40 a.m." stamp, which dates
		// the page, not what follows)
		lo := e.s - 1
		for n := 0; n < 3 && lo > 0 && (toks[lo].low == "(" || toks[lo].low == "," || toks[lo].kind == tNum && toks[lo].ndig == 1); n++ {
			lo--
		}
		if w := toks[lo].low; w != "update" && w != "updated" || lo > 0 && toks[lo].nl == 0 {
			continue
		}
		d, ok := date{Year: e.y, Month: e.m, Day: e.d}, e.yGiven
		for y := ref.Year; !ok && y <= ref.Year+1; y++ {
			c := date{Year: y, Month: e.m, Day: e.d}
			if after := daysBetween(ref, c); validDay(y, e.m, e.d) && after >= 0 && after <= maxAfter {
				d, ok = c, true
			}
		}
		if ok && !d.Before(ref) {
			out = append(out, section{tok: lo, d: d})
		}
	}
	return out
}

// agencyAfter returns the first word in brackets right after a dateline's
// date ending at token e ("kcna" of "August 18 (KCNA) --"), or "".
func agencyAfter(toks []token, e, hi int) string {
	if e+1 < hi && toks[e].low == "(" {
		return toks[e+1].low
	}
	return ""
}

// sectionAnchor returns the anchor of the expression at token k: the day
// of the digest item it stands in (see sectionDatelines), else base.
func sectionAnchor(base anchorRef, secs []section, k int) anchorRef {
	for i := len(secs) - 1; i >= 0; i-- {
		if secs[i].tok <= k {
			base.d = secs[i].d
			return base
		}
	}
	return base
}

// lineOf returns the (non-empty) line number of each token.
func lineOf(toks []token) []int {
	lines := make([]int, len(toks))
	l := 0
	for i, t := range toks {
		if i > 0 && t.nl > 0 {
			l++
		}
		lines[i] = l
	}
	return lines
}

// dateline finds a dateline in the first lines. A dateline without a year
// ("SEOUL, Dec. 5 (Yonhap) --") takes a year only when the text fixes it
// (datelineYear); inf and facts are the inference from the rest of the text.
func (a *analysis) dateline(inf pipeline.DocDate, facts inference) (pipeline.DocDate, bool) {
	toks := a.p.t
	lines := lineOf(toks)
	// First and last+1 token of each of the top lines.
	var lineLo, lineHi [maxDatelineLines]int
	for i := len(toks) - 1; i >= 0; i-- {
		if l := lines[i]; l < maxDatelineLines {
			if lineHi[l] == 0 {
				lineHi[l] = i + 1
			}
			lineLo[l] = i
		}
	}
	for ei := range a.exprs {
		e := &a.exprs[ei]
		if lines[e.s] >= maxDatelineLines {
			break
		}
		if e.form != fCal || e.m == 0 || e.d == 0 {
			continue
		}
		ln := lines[e.s]
		lo, hi := lineLo[ln], lineHi[ln]
		short := hi-lo <= maxDatelineTokens // a date line or byline is short; a wire dateline opens its paragraph
		text := a.p.text[toks[e.s].start:toks[e.e-1].end]
		kind := ""
		switch {
		case short && onlyDate(toks, lo, e.s, e.e, hi), short && a.datesOnly(ei, lo, hi):
			kind = "dateline"
		case short && (byline(toks, lo, e.s, e.e, hi) || leadingByline(toks, lo, e.s, e.e, hi)):
			kind = "byline"
		case agencyDateline(toks, lo, e.s, e.e, hi):
			kind = "agency dateline"
		}
		if kind == "" {
			continue
		}
		if e.yGiven {
			why := ""
			if e.altUS && a.namedDayFirst(ei, lines, time.Month(e.d), int(e.m)) && !a.namedDayFirst(ei, lines, e.m, e.d) {
				// "12/03/2024 09:47" above "VLADIVOSTOK, March 12. /TASS/.":
				// the date is written day first
				e.m, e.d, e.altUS = time.Month(e.d), int(e.m), false
				why = ", day first as the dateline's month name has it"
			}
			return pipeline.DocDate{Date: date{Year: e.y, Month: e.m, Day: e.d}, Basis: pipeline.BasisPublished,
				Evidence: fmt.Sprintf("%s %q%s", kind, text, why)}, true
		}
		if d, why, ok := a.datelineYear(e, inf, facts); ok {
			return pipeline.DocDate{Date: d, Earliest: inf.Earliest, Basis: pipeline.BasisInferred,
				Evidence: fmt.Sprintf("%s %q without a year; year from %s", kind, text, why)}, true
		}
		return pipeline.DocDate{Earliest: inf.Earliest, Basis: pipeline.BasisNone,
			Evidence: fmt.Sprintf("%s %q without a year, and nothing fixes the year", kind, text)}, true
	}
	return pipeline.DocDate{}, false
}

// namedDayFirst reports a wire dateline among the top lines of the text
// ("VLADIVOSTOK, March 12. /TASS/."), other than expression ei, on month m
// and day d, with its month's name: a place and a comma open its line
// before the date. (dateline asks it of both readings of a numeric date:
// only the day-first one may be named.)
func (a *analysis) namedDayFirst(ei int, lines []int, m time.Month, d int) bool {
	t := a.p.t
	for j := range a.exprs {
		x := &a.exprs[j]
		if lines[x.s] >= maxDatelineLines {
			break
		}
		if j == ei || x.form != fCal || x.m != m || x.d != d || x.s < 2 || !a.p.punct(x.s-1, ",") || lines[x.s-2] != lines[x.s] {
			continue
		}
		lo := x.s - 2
		for lo > 0 && lines[lo-1] == lines[x.s] {
			lo--
		}
		if x.s-lo > 5 || !t[lo].cap {
			continue // the date opens no line after a place ("SEOUL, June 5")
		}
		for k := x.s; k < x.e; k++ {
			if t[k].kind == tWord {
				return true // "March 12", "12 March"
			}
		}
	}
	return false
}

// datelineWindow is how long after a full date the text reports (or around
// an anniversary it marks) a dateline's day may fall for that date to give
// the dateline its year: "a few weeks", shorter than half a year so that
// only one reading can qualify.
const datelineWindow = 42

// seasonWindow is how long after a month a passage tells in an earlier
// year a month or day without a year may fall for it to go on in that
// year (see followsDay): a season.
const seasonWindow = 92

// recentYears is how many years from the latest month a text reports its
// dateline's weekday may fix the year in (see datelineYear): fewer than
// the five years after which a month and day fall on the same weekday
// again.
const recentYears = 5

// datelineYear reads the month and day of a dateline without a year (e) in
// the year the text fixes, and says why; see docs/dates.md ("The document
// date"). In order:
//
//  0. the Juche year of a masthead above the dateline (mastheadYear);
//  1. the latest full date the text reports, when the dateline's day falls
//     on it or within datelineWindow days after it ("SEOUL, Oct. 31 … on
//     Oct. 28, 2022"); a report is not older than what it reports;
//  2. an anniversary the text marks (not awaited), when the dateline's day
//     falls on it or within datelineWindow days after it;
//  3. a weekday written with the dateline's day ("on Wednesday, Nov. 2"),
//     which leaves years at least five apart: the first such year not
//     before the text's firm lower bound, when it is that bound's year or
//     the next;
//  4. the one year of the text's copyright lines ("© 2024 Reuters. All
//     rights reserved."): wire copy carries the year it was filed;
//  5. the year the text writes as its own (see currentYear), when the
//     weekday of the dateline's own sentence (see ledeWeekday) falls on the
//     dateline's day in it ("SEOUL, Jan 17 (Reuters) - … fired … on Monday,
//     … its fourth test of 2022"): the lede tells the day's news;
//  6. the one year between the text's firm lower bound and the end of a
//     term of office it names as held (eras.tsv: "President Yoon Suk Yeol"
//     ⇒ 2022-05 to 2025-04-04) on which the dateline's day is the weekday
//     written with it, else the lede's weekday ("SEOUL, April 17 (Yonhap)
//     -- … fired … on Wednesday" ⇒ 2024); two such years fix nothing, nor
//     does a lede weekday that another year in the term makes the day
//     before the dateline's;
//  7. the weekday written with the dateline's day, else that of the
//     telling in the lede ("…, the NIS told lawmakers Thursday"), in the
//     first year not before the latest month the text reports (recent)
//     and fewer than recentYears after it;
//  8. the year an era cue makes likely (COVID-19: 2020), as for a text
//     without a dateline — an assumption the evidence states.
//
// A weekday written with the day also vetoes a reading of 1 or 2 on which
// the day falls on another weekday; when it contradicts the reading of 1,
// the text is not consistent and the year stays unknown. Anything else
// leaves the year unknown:
// an older date ("the war that began on June 25, 1950") does not date the
// dispatch.
func (a *analysis) datelineYear(e *expr, inf pipeline.DocDate, facts inference) (date, string, bool) {
	wd, wdText, hasWd := a.weekdayWithDay(e.m, e.d)
	fits := func(d date) bool { return !hasWd || d.Time().Weekday() == wd }
	reading := func(y int) (date, bool) {
		if !validDay(y, e.m, e.d) {
			return date{}, false
		}
		d := date{Year: y, Month: e.m, Day: e.d}
		// Never before the firm lower bound (an era cue, a later year the
		// text reports): the text cannot be older than that.
		return d, inf.Earliest.IsZero() || !d.Before(inf.Earliest)
	}
	if y, text, ok := a.mastheadYear(e); ok {
		if d, ok := reading(y); ok && fits(d) {
			return d, fmt.Sprintf("the masthead's %q", text), true
		}
	}
	if f := facts.latestFull; !f.IsZero() {
		for y := f.Year; y <= f.Year+1; y++ {
			if !validDay(y, e.m, e.d) || (date{Year: y, Month: e.m, Day: e.d}).Before(f) {
				continue
			}
			d, ok := reading(y)
			if !ok || daysBetween(f, d) > datelineWindow {
				break
			}
			if !fits(d) {
				return date{}, "", false // the weekday and the recent date disagree
			}
			return d, fmt.Sprintf("latest explicit date %q, %s", facts.latestFullText, daysText(daysBetween(f, d), "before")), true
		}
	}
	if an := facts.anniv; !an.IsZero() {
		for y := an.Year; y <= an.Year+1; y++ {
			d, ok := reading(y)
			if !ok || d.Before(an) {
				continue
			}
			if gap := daysBetween(an, d); gap <= datelineWindow && fits(d) {
				return d, fmt.Sprintf("%s, %s", facts.annivText, daysText(gap, "before")), true
			}
			break
		}
	}
	if h := facts.ahead; h != nil {
		// "the new year, which marks the 80th founding anniversary of the
		// Party" in a December dispatch: the anniversary's year is the
		// next one. "The new year" in January is the year begun.
		y := h.date.Year - 1
		switch {
		case h.yearAhead == "new" && e.m == time.January:
			y++
		case h.yearAhead == "new" && e.m != time.December:
			y = 0
		}
		if d, ok := reading(y); y != 0 && ok && fits(d) {
			return d, facts.aheadText, true
		}
	}
	if hasWd && !inf.Earliest.IsZero() {
		lo := inf.Earliest
		if lo.Before(facts.targetFloor) {
			lo = facts.targetFloor // (the year before the one tasks are set for)
		}
		for y := lo.Year; y <= lo.Year+1; y++ {
			if d, ok := reading(y); ok && fits(d) && (facts.upper.IsZero() || !facts.upper.Before(d)) {
				return d, fmt.Sprintf("weekday %q written with the day, first such year not before %s", wdText, lo), true
			}
		}
	}
	if y, text, ok := a.copyrightYear(); ok {
		if d, ok := reading(y); ok && fits(d) {
			return d, fmt.Sprintf("the copyright line %q", text), true
		}
	}
	if y, ytext, ok := a.currentYear(); !hasWd && ok {
		if lwd, lwdText, _, ok := a.ledeWeekday(e); ok {
			if d, ok := reading(y); ok && d.Time().Weekday() == lwd {
				return d, fmt.Sprintf("the lede's %q falls on the dateline's day in %d, the year of %q", lwdText, d.Year, ytext), true
			}
		}
	}
	lo := inf.Earliest
	if lo.Before(facts.targetFloor) {
		lo = facts.targetFloor
	}
	if hi := facts.upper; !lo.IsZero() && !hi.IsZero() && !hi.Before(lo) {
		// A term of office bounds the text on both sides: the one year in
		// it on which the dateline's day is the weekday the text gives it
		// ("SEOUL, April 17 (Yonhap) -- … fired … on Wednesday" in a
		// report of President Yoon Suk Yeol's term is 2024).
		// A lede's weekday may be the day before the dateline's ("SEOUL,
		// Feb. 8 -- … launched a rocket on Sunday"). Wire ledes tell the
		// dateline's own day far more often (nine of the ten yearless
		// datelines of the dispatch sets), so a year that only the day
		// before fits does not outweigh the one the day itself fits: it
		// is named in the evidence as the other reading.
		want, wtext, ok := wd, wdText, hasWd
		lede := false
		if !ok {
			want, wtext, _, ok = a.ledeWeekday(e)
			lede = true
		}
		one, n := date{}, 0
		var before []string
		for y := lo.Year; ok && y <= hi.Year; y++ {
			d, in := reading(y)
			if !in || hi.Before(d) || slices.ContainsFunc(facts.outOfOffice, func(o [2]date) bool { return !d.Before(o[0]) && !o[1].Before(d) }) {
				continue
			}
			switch wday := d.Time().Weekday(); {
			case wday == want:
				one, n = d, n+1
			case lede && wday == (want+1)%7:
				before = append(before, strconv.Itoa(y)) // the lede told yesterday's news: another year
			}
		}
		if len(before) > 0 && a.toldDayBefore(e) {
			n += 2 // "… launch on Monday, the day before", "yesterday ordered"
		}
		if n == 1 {
			ev := fmt.Sprintf("%q falls on the dateline's day only in %d between %s and %s, %s", wtext, one.Year, lo, hi, facts.upperText)
			if len(before) > 0 {
				ev += fmt.Sprintf("; assumed the lede tells the dateline's day (as the day before it, %s)", strings.Join(before, " or "))
			}
			return one, ev, true
		}
	}
	if r := facts.recent; !r.IsZero() {
		// A weekday the text gives the dateline's day — written with it, or
		// that of the telling in the lede ("…, the NIS told lawmakers
		// Thursday") — in the first year not before the latest month the
		// text reports: a month and day fall on a weekday only every five
		// to eleven years, so that year is wrong only for a report five or
		// more years newer than anything it reports.
		// A bare weekday of the lede's event ("SEOUL, Oct. 24 (Yonhap) -- A
		// soldier crossed the MDL early Tuesday") counts too, as in a term
		// of office, unless the lede tells of the day before or a year
		// fits that reading first: it may be yesterday's news.
		want, wtext, ok := wd, wdText, hasWd
		bare := false
		if !ok {
			var told bool
			want, wtext, told, ok = a.ledeWeekday(e)
			bare = ok && !told
			ok = ok && !(bare && a.toldDayBefore(e))
		}
		for y := r.Year; ok && y < r.Year+recentYears; y++ {
			d, in := reading(y)
			if !in || d.Before(r) {
				continue
			}
			if wday := d.Time().Weekday(); wday == want {
				return d, fmt.Sprintf("%q falls on the dateline's day in %d, the first such year not before %q", wtext, y, facts.recentText), true
			} else if bare && wday == (want+1)%7 {
				break // the day before fits an earlier year
			}
		}
	}
	if facts.assumed && !inf.Date.IsZero() {
		y := inf.Date.Year
		d, ok := reading(y)
		if !ok {
			d, ok = reading(y + 1) // the text names a later date: the dateline is of the next year
		}
		if ok && fits(d) {
			return d, inf.Evidence, true
		}
	}
	return date{}, "", false
}

// mastheadYear returns the year of the state press's masthead above a
// dateline without one (e): "Korean Central News Agency | Juche 109 (2020)"
// over "Pyongyang, July 26 (KCNA) --". Its pages print the Juche year they
// are of, so it is the dateline's; another year above a dateline (a
// headline's "Floods of 2016 Recalled") is not.
func (a *analysis) mastheadYear(e *expr) (int, string, bool) {
	for i := range a.exprs {
		x := &a.exprs[i]
		if x.e > e.s {
			break
		}
		if x.form == fCal && x.m == 0 && x.yGiven && a.p.is(x.s, "juche") && a.mastheadLine(x) {
			return x.y, a.p.text[a.p.t[x.s].start:a.p.t[x.e-1].end], true
		}
	}
	return 0, "", false
}

// mastheadLine reports whether the Juche year x stands on a masthead's
// line: one that names an outlet of the state press ("Korean Central News
// Agency | Juche 109 (2020)"), or holds nothing but the year — not a
// headline ("Plenary Meeting Sets Tasks for Juche 113 (2024)").
func (a *analysis) mastheadLine(x *expr) bool {
	lo := strings.LastIndexByte(a.p.text[:a.p.t[x.s].start], '\n') + 1
	end := int(a.p.t[x.e-1].end)
	hi := strings.IndexByte(a.p.text[end:], '\n')
	if hi < 0 {
		hi = len(a.p.text)
	} else {
		hi += end
	}
	line := strings.ToLower(a.p.text[lo:hi])
	for _, o := range stateOutlets {
		if strings.Contains(line, o) {
			return true
		}
	}
	rest := a.p.text[lo:a.p.t[x.s].start] + a.p.text[end:hi]
	return strings.TrimFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) == ""
}

// stateOutlets are the North Korean state press's names, lower-cased, as
// their mastheads print them.
var stateOutlets = []string{"korean central news agency", "kcna", "rodong sinmun", "minju joson", "pyongyang times", "uriminzokkiri", "naenara"}

// whoClause reports whether token i stands in a relative clause about a
// person ("a defector who fled in March 2016"): "who" within eight tokens
// before it in its sentence, with no comma between.
func (a *analysis) whoClause(i int) bool {
	toks := a.p.t
	for k := i - 1; k >= 0 && k >= i-8 && a.seg.sent[k] == a.seg.sent[i]; k-- {
		switch toks[k].low {
		case "who", "whom", "whose":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// currentYear returns the year the text writes as the one it is in: a
// count "of" a year ("its fourth weapons test of 2022", "the first launch
// of 2024"), "so far in 2022" or a date in apposition to "this year"
// ("earlier this year, on June 26, 2024") — not a year of background
// ("since 2016", "founded in 2014", "the 2018 agreement"). Two such years
// fix nothing.
func (a *analysis) currentYear() (int, string, bool) {
	toks := a.p.t
	year, text := 0, ""
	for i := range a.exprs {
		x := &a.exprs[i]
		if x.form != fCal || !x.yGiven || x.s < 1 {
			continue
		}
		current := false
		switch {
		case x.m != 0:
			current = thisYearApposition(toks, x.s)
		case toks[x.s-1].low == "of":
			for k := x.s - 2; k >= 0 && k >= x.s-5; k-- {
				if isOrdinalWord(toks[k]) {
					current = true
					break
				}
			}
		case toks[x.s-1].low == "in" && x.s >= 3 && toks[x.s-2].low == "far" && toks[x.s-3].low == "so":
			current = true
		}
		if !current {
			continue
		}
		if year != 0 && x.y != year {
			return 0, "", false
		}
		year, text = x.y, a.p.text[toks[x.s-1].start:toks[x.e-1].end]
	}
	return year, text, year != 0
}

// thisYearApposition reports a date at token s that names "this year" just
// before it: "earlier this year, on June 26, 2024", "this year, in March
// 2024".
func thisYearApposition(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && (toks[k].low == "on" || toks[k].low == "in") {
		k--
	}
	return k >= 2 && toks[k].low == "," && toks[k-1].low == "year" && toks[k-2].low == "this"
}

// isOrdinalWord reports "first" … "tenth", "latest", or a numeral ordinal
// ("4th").
func isOrdinalWord(t token) bool {
	switch t.low {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest":
		return true
	case "st", "nd", "rd", "th":
		return t.kind == tNum // "4th": the digits with their suffix
	}
	return false
}

// ledeWeekday returns the weekday of the dateline's own sentence (e) that
// should fall on the dateline's day: wire copy tells the day's news by
// weekday. A weekday after a reporting verb ("the military said
// Monday", "said on Monday") is the day of the telling, the dateline's;
// without one, the sentence's only bare weekday ("SEOUL, Jan 17 (Reuters)
// - North Korea fired two missiles on Monday"). Two weekdays of events
// and no telling, or a weekday with a forward cue ("will meet on
// Friday"), fix nothing. told reports a weekday of the telling.
func (a *analysis) ledeWeekday(e *expr) (wd time.Weekday, text string, told, ok bool) {
	s := a.seg.sent[e.s]
	toks := a.p.t
	var found []*expr
	for i := range a.exprs {
		x := &a.exprs[i]
		if x.s <= e.s {
			continue
		}
		if a.seg.sent[x.s] != s {
			break
		}
		if x.form != fWeekday || x.wdDir != 0 || isForward(a.forwardCue(x.s, x.e)) {
			continue
		}
		k := x.s - 1
		if k >= 0 && toks[k].low == "on" {
			k--
		}
		if k >= 0 && (isReportVerb(toks[k].low) || a.toldWhom(k)) {
			if a.shiftedDay(e.e, k, x.e) {
				continue
			}
			return x.wd, a.p.text[toks[x.s].start:toks[x.e-1].end], true, true
		}
		if a.ledeAdverbial(e, x) {
			found = append(found, x)
		}
	}
	if len(found) != 1 {
		return 0, "", false, false
	}
	x := found[0]
	return x.wd, a.p.text[toks[x.s].start:toks[x.e-1].end], false, true
}

// toldDayBefore reports a lede (the sentence of dateline e) that tells of
// the day before the dateline's: "yesterday", "the day before", "the
// previous day", "the night before". Its weekday may then be that day.
func (a *analysis) toldDayBefore(e *expr) bool {
	s := a.seg.sent[e.s]
	toks := a.p.t
	for k := e.e; k < len(toks) && a.seg.sent[k] == s; k++ {
		switch toks[k].low {
		case "yesterday":
			return true
		case "day", "night", "evening":
			if k > 0 && toks[k-1].low == "previous" || k+1 < len(toks) && toks[k+1].low == "before" && k > 0 && toks[k-1].low == "the" {
				return true
			}
		}
	}
	return false
}

// ledeAdverbial reports a bare weekday x of the lede (the sentence of
// dateline e) that dates its main clause: not "on a Sunday in November
// 2020", not in a quote, nor in a clause that "after", "since", "which",
// "when" or the like opens before it ("executed two officials, days after
// a U.S. carrier arrived on Sunday") — such a weekday is some other day's.
func (a *analysis) ledeAdverbial(e, x *expr) bool {
	toks := a.p.t
	if k := x.s - 1; k >= 0 && (toks[k].low == "a" || toks[k].low == "one" || toks[k].low == "every" || toks[k].low == "each") {
		return false
	}
	if k := x.e; k+1 < len(toks) && (toks[k].low == "in" || toks[k].low == "of") {
		if _, _, ok := monthOf(toks[k+1].low); ok || toks[k+1].kind == tNum {
			return false
		}
	}
	quotes := 0
	for k := e.e; k < x.s; k++ {
		switch toks[k].low {
		case "\"", "\u201c", "\u201d":
			quotes++
		case "after", "since", "which", "who", "whom", "when", "where", "before", "until", "because", "while", "whereas":
			return false
		}
	}
	return quotes%2 == 0
}

// shiftedDay reports a weekday of a telling that need not be the
// dateline's day: told in local time abroad ("said Thursday (local
// time)", written under a Seoul date), or in a clause before the lede's
// news ("a day after the spy agency told lawmakers Thursday"). from is the
// dateline's end, verb the telling verb's token, end the weekday's end.
func (a *analysis) shiftedDay(from, verb, end int) bool {
	toks := a.p.t
	for k := end; k < len(toks) && k <= end+3 && a.seg.sent[k] == a.seg.sent[verb]; k++ {
		if toks[k].low == "local" {
			return true
		}
	}
	for k := verb - 1; k >= from && k >= verb-maxShiftReach; k-- {
		switch toks[k].low {
		case "after", "before", "since", "following", "previous", "earlier":
			return true
		case ",", ";", ":":
			return false // "…, after the drills ended, the military said Thursday": the lede's own telling
		}
	}
	return false
}

// maxShiftReach is how many tokens before a verb of telling "after" may
// stand to make it an earlier telling ("a day after Seoul's spy agency
// told lawmakers Thursday").
const maxShiftReach = 8

// toldWhom reports whether the words up to token k are a verb of telling
// and its listener ("told lawmakers", "briefed reporters", "told the
// parliamentary committee"): a weekday after them is the day of the
// telling.
func (a *analysis) toldWhom(k int) bool {
	toks := a.p.t
	for n := 0; n < 3 && k > n; n++ {
		t := toks[k-n]
		if t.kind != tWord || a.seg.sent[k-n-1] != a.seg.sent[k] {
			return false
		}
		switch toks[k-n-1].low {
		case "told", "tells", "briefed", "informed", "assured", "warned":
			return true
		}
	}
	return false
}

// copyrightYear returns the year of the text's copyright lines ("©
// 2024 Reuters", "Copyright © 2021 RFA", "(c) 2023 Yonhap"; the last of a
// range, "Copyright 2004-2026"), when they name one year only. A line
// counts when the mark opens it or it reserves the rights, and it is no
// photo credit.
func (a *analysis) copyrightYear() (int, string, bool) {
	text := a.p.text
	year, at := 0, ""
	for i := 0; i < len(text); {
		j := indexCopyright(text[i:])
		if j < 0 {
			break
		}
		start := i + j
		i = start + 1
		lineStart := strings.LastIndexByte(text[:start], '\n') + 1
		lineEnd := strings.IndexByte(text[start:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += start
		}
		line := strings.ToLower(text[lineStart:lineEnd])
		// a footer line: the mark opens it, or it reserves the rights; not
		// a photo credit ("(Photo: © 2019 Daily NK file photo)")
		if strings.TrimLeft(text[lineStart:start], " \t([") != "" && !strings.Contains(line, "rights reserved") ||
			strings.Contains(line, "photo") || strings.Contains(line, "image") || strings.Contains(line, "file") {
			continue
		}
		// the years within a few bytes after the mark; of a range
		// ("Copyright 2004-2026 Daily NK") the last
		y, end := 0, start
		for k := start; k < lineEnd && k < start+32; {
			if !(text[k] >= '0' && text[k] <= '9') {
				k++
				continue
			}
			e := k
			for e < lineEnd && text[e] >= '0' && text[e] <= '9' {
				e++
			}
			if n, err := strconv.Atoi(text[k:e]); err == nil && e-k == 4 && n >= 1990 && n <= 2100 {
				y, end = n, e
			}
			k = e
		}
		if y == 0 {
			continue
		}
		if year != 0 && y != year {
			return 0, "", false // two years: no telling which
		}
		year, at = y, text[start:end]
	}
	return year, at, year != 0
}

// indexCopyright returns the offset of the first copyright mark in s ("©",
// "Copyright", "(c) "), or -1.
func indexCopyright(s string) int {
	best := -1
	for _, mark := range []string{"©", "Copyright", "COPYRIGHT", "(c) ", "(C) "} {
		if j := strings.Index(s, mark); j >= 0 && (best < 0 || j < best) {
			best = j
		}
	}
	return best
}

// weekdayWithDay returns the weekday the text writes with a month and day
// without a year ("Wednesday, Nov. 2", "Nov. 2 (Wednesday)"), if any.
func (a *analysis) weekdayWithDay(m time.Month, d int) (time.Weekday, string, bool) {
	toks := a.p.t
	for i := range a.exprs {
		x := &a.exprs[i]
		if x.form != fCal || x.yGiven || x.m != m || x.d != d {
			continue
		}
		if x.wdDir == 9 {
			return x.wd, a.p.text[toks[x.s].start:toks[x.e-1].end], true
		}
		if k := x.e; k+2 < len(toks) && toks[k].low == "(" && toks[k+2].low == ")" && toks[k+1].kind == tWord {
			if wd, ok := weekdayOf(toks[k+1].low); ok {
				return wd, a.p.text[toks[x.s].start:toks[k+2].end], true
			}
		}
	}
	return 0, "", false
}

// daysText says how many days lie between two dates: "the same day", "1
// day before", "12 days apart".
func daysText(n int, rel string) string {
	switch n {
	case 0:
		return "the same day"
	case 1:
		return "1 day " + rel
	}
	return fmt.Sprintf("%d days %s", n, rel)
}

// daysBetween returns the days from a to b (negative when b is before a).
func daysBetween(a, b date) int {
	return int(b.Time().Sub(a.Time()).Hours() / 24)
}

// onlyDate reports whether the line [lo,hi) holds nothing but the date
// [s,e), labels such as "Published:" or "Updated on", a time of day and a
// web address.
func onlyDate(toks []token, lo, s, e, hi int) bool {
	for k := lo; k < hi; k++ {
		if k >= s && k < e {
			continue
		}
		if n := readingTime(toks, k, hi); n > 0 {
			k += n - 1
			continue // "· 5 min read"
		}
		t := toks[k]
		switch t.kind {
		case tPunct:
			continue
		case tNum:
			if t.ndig <= 2 && t.val >= 0 {
				continue // 10:30
			}
			return false
		}
		if hostWord(toks, k) {
			continue // www.kcna.kp (Juche113.6.13.)
		}
		switch t.low {
		case "published", "updated", "posted", "date", "dated", "first", "last", "on", "at", "am", "pm",
			"a", "m", "p", "kst", "gmt", "utc", "est", "edt", "et", "pst", "pdt", "bst", "cet", "jst", "modified",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "created", "issued",
			"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun": // "Posted: Tue, 04 Jul 2017 01:12 GMT"
			continue
		}
		return false
	}
	return true
}

// datesOnly reports whether the line [lo,hi) holds nothing but full dates
// with a year — expression ei first — and what onlyDate allows besides:
// "Published : 2022-11-03 08:14  Updated : 2022-11-03 10:32". The first
// date is the publication date.
func (a *analysis) datesOnly(ei, lo, hi int) bool {
	toks := a.p.t
	k := lo
	for j := ei; j < len(a.exprs) && a.exprs[j].s < hi; j++ {
		x := &a.exprs[j]
		if x.form != fCal || !x.yGiven || x.m == 0 || x.d == 0 {
			if x.clock != "" && x.d == 0 {
				continue // a time of day: onlyDate checks its tokens
			}
			return false
		}
		if x.e > hi || !onlyDate(toks, k, x.s, x.s, x.s) {
			return false
		}
		k = x.e
	}
	return k > lo && onlyDate(toks, k, k, k, hi)
}

// hostWord reports whether word k is part of a web address written on a
// date line ("www.kcna.kp"): words of two letters or more joined by full
// stops with no spaces.
func hostWord(toks []token, k int) bool {
	long := func(j int) bool { return toks[j].kind == tWord && toks[j].end-toks[j].start >= 2 }
	if !long(k) {
		return false
	}
	if k+2 < len(toks) && toks[k+1].low == "." && !toks[k+1].space && !toks[k+2].space && long(k+2) {
		return true
	}
	return k >= 2 && toks[k-1].low == "." && !toks[k-1].space && !toks[k].space && long(k-2)
}

// byline reports whether the line is a byline ending in the date [s,e):
// "By Jane Doe | July 8, 2021", "By staff reporter, 2021-07-08 09:30 KST",
// "Jung Min | 2021-04-02 5:00 AM".
// The date must end the line (a time of day and labels aside) and follow a
// separator or a label, so that "By March 3 the camp was full" is not one.
func byline(toks []token, lo, s, e, hi int) bool {
	if s-lo < 2 || s-lo > 12 || !onlyDate(toks, e, e, e, hi) {
		return false
	}
	p := toks[s-1]
	by := -1
	switch {
	case toks[lo].low == "by" && toks[lo].cap:
		by = lo
	case isBylineLabel(toks[lo].low) && toks[lo].cap && toks[lo+1].low == "by":
		by = lo + 1 // "Report by ISHIMARU Jiro / May 20, 2022", "Written by Anna Berg | …"
	}
	if by >= 0 && s-by >= 3 {
		return (p.kind == tPunct && p.low != "(" && p.low != ".") ||
			p.low == "on" || p.low == "published" || p.low == "updated" || p.low == "posted"
	}
	// Without "By": the author or section and the date parted by a bar or
	// a bullet ("Jung Min | 2021-04-02 5:00 AM", "Daily report · Sept. 14,
	// 2021") — page furniture, never prose.
	if p.kind == tPunct && (p.low == "|" || p.low == "·" || p.low == "•") {
		return true
	}
	// A name and the date parted by a dash or a slash, as Daily NK prints
	// its bylines ("Kang Mi Jin - 2019.09.20 4:30pm", "Anna Berg / Aug 2,
	// 2020"): both are also prose punctuation, so only a short run of
	// capitalised words may stand before them.
	return (isDash(p) || p.low == "/") && nameOnly(toks, lo, s-1)
}

// isBylineLabel reports words that may open a byline before "by":
// "Report by", "Reported by", "Written by", "Story by".
func isBylineLabel(w string) bool {
	switch w {
	case "report", "reported", "written", "story", "text", "words", "article":
		return true
	}
	return false
}

// leadingByline reports whether the line is a byline that opens with the
// date [s,e), labels aside, and ends in the author: "Posted on March 14,
// 2022 by Anna Berg", "Feb 7, 2021 | By Tom Hale", "Feb 7, 2021 | Tom
// Hale". Only labels may stand before the date; after it comes "by" or a
// separator (a bar, a bullet, a slash or a dash), then nothing but one to
// five capitalised words — two names may be joined by "and" — so that
// "March 14, 2022 was the day …" or "On March 14, 2022 by order of the
// county …" are prose.
func leadingByline(toks []token, lo, s, e, hi int) bool {
	if e >= hi || !onlyDate(toks, lo, s, s, s) {
		return false
	}
	k, sep := e, false
	if p := toks[k]; p.kind == tPunct && (p.low == "|" || p.low == "·" || p.low == "•" || p.low == "/" || isDash(p)) {
		k, sep = k+1, true
	}
	if k < hi && toks[k].low == "by" {
		k++
	} else if !sep {
		return false
	}
	if k >= hi {
		return false
	}
	// Two authors: "by Jack Liu and Peter Makowsky".
	for j := k; j < hi; j++ {
		if toks[j].low == "and" && toks[j].kind == tWord && !toks[j].cap {
			return nameOnly(toks, k, j) && nameOnly(toks, j+1, hi)
		}
	}
	return nameOnly(toks, k, hi)
}

// readingTime returns the number of tokens of a reading-time note at k
// ("5 min read", "12 minute read"), or 0.
func readingTime(toks []token, k, hi int) int {
	if k+2 >= hi {
		return 0
	}
	if t := toks[k]; t.kind != tNum || t.ndig > 3 || t.val <= 0 {
		return 0
	}
	switch toks[k+1].low {
	case "min", "mins", "minute", "minutes":
	default:
		return 0
	}
	if toks[k+2].low != "read" {
		return 0
	}
	return 3
}

// nameOnly reports whether tokens [lo,hi) are one to five capitalised words
// (a name, an outlet or a desk), with at most a comma or a full stop among
// them ("Kang Mi Jin", "Jang Seul Gi, Daily NK"); a hyphen inside a word
// joins a part of the name ("Jun Ji-hye").
func nameOnly(toks []token, lo, hi int) bool {
	words := 0
	for k := lo; k < hi; k++ {
		switch t := toks[k]; {
		case t.kind == tWord && t.cap:
			words++
		case isDash(t) && !t.space && k > lo && toks[k-1].kind == tWord && k+1 < hi && toks[k+1].kind == tWord && !toks[k+1].space:
			k++ // "Ji-hye": the part after the hyphen belongs to the word
		case t.kind == tPunct && (t.low == "," || t.low == "."):
		default:
			return false
		}
	}
	return words >= 1 && words <= 5
}

// agencyDateline reports whether the line opens "CITY, <date> (Agency) --":
// the place in capitals ("SEOUL, Dec. 5 (Yonhap) --", "SEOUL, Dec. 5,"), or
// in title case when a dash closes the date or the outlet after it, or the
// date ends the line ("Pyongyang, October 12 (KCNA) --", "Seoul, Jan. 14,
// 2022 --", "Seoul, June 3, 2024" on a line of its own).
func agencyDateline(toks []token, lo, s, e, hi int) bool {
	if e > hi {
		return false
	}
	if s-lo >= 5 && isDash(toks[s-1]) && toks[s-2].low == ")" {
		return outletFirst(toks, lo, s, e, hi)
	}
	// Capitalised place words, then a comma, then the date — on this line:
	// a date may run across a line break ("Dec.\n28").
	if s-lo < 2 || toks[s-1].low != "," {
		return false
	}
	caps, words := true, 0
	for k := lo; k < s-1; k++ {
		t := toks[k]
		if t.kind == tWord {
			if !t.cap {
				return false
			}
			caps = caps && isUpperWord(t.low, t)
			words++
			continue
		}
		if t.low != "," && t.low != "." && !isDash(t) {
			return false
		}
	}
	if caps {
		return e < hi && (toks[e].low == "(" || isDash(toks[e]) || toks[e].low == ",")
	}
	if words > 4 {
		return false
	}
	k := e
	if k < hi && toks[k].low == "(" {
		for k < hi && k-e <= 8 && toks[k].low != ")" {
			k++
		}
		if k >= hi || toks[k].low != ")" {
			return false
		}
		k++
	}
	return k == hi || isDash(toks[k]) // "Seoul, June 3, 2024" alone on its line, or closed by a dash
}

// outletFirst reports whether the line is "Place (Outlet) – <date>", the
// outlet in parentheses between the place and the date ("Seoul (AFP) –
// April 16, 2024"): up to four capitalized place words, an outlet of up to
// four words, a dash (toks[s-1]), and the date closing the line.
func outletFirst(toks []token, lo, s, e, hi int) bool {
	if e != hi {
		return false
	}
	open := s - 3
	for open > lo && s-2-open <= 3 && toks[open].low != "(" {
		open--
	}
	if toks[open].low != "(" || open == lo || open-lo > 2 {
		return false // a place of one or two words ("Seoul", "Hong Kong")
	}
	for k := lo; k < open; k++ {
		if t := toks[k]; t.kind != tWord || !t.cap {
			return false
		}
	}
	// The outlet: one or two words, the first an agency's name or in
	// capitals ("AFP", "AP", "Reuters"), not a photo credit's person.
	if n := s - 2 - (open + 1); n < 1 || n > 2 || !(allCaps(toks[open+1]) || isAgencyName(toks[open+1].low)) {
		return false
	}
	return true
}

// isAgencyName reports wire agencies written in title case.
func isAgencyName(w string) bool {
	switch w {
	case "reuters", "yonhap", "xinhua", "kyodo", "bloomberg", "tass", "interfax", "bernama", "efe":
		return true
	}
	return false
}

// isUpperWord reports whether a word token was written in capitals (SEOUL).
func isUpperWord(low string, t token) bool {
	return t.cap && len(low) >= 2 && t.end-t.start >= 2 && allCaps(t)
}

func allCaps(t token) bool { return t.cap && t.low != "" && t.start < t.end && t.allUpper }

// inference holds what infer found besides the date it returns, for a
// dateline without a year (datelineYear).
type inference struct {
	latestFull     date      // the latest full date the text reports
	latestFullText string    // its text
	anniv          date      // the latest anniversary the text marks
	annivText      string    // the evidence for it
	ahead          *annivHit // an anniversary the year after the telling falls in
	aheadText      string    // the evidence for it
	upper          date      // the latest the text can be: an era cue's end (eras.tsv) or a year it sets targets for, zero if open
	upperText      string    // the era cue or the target year
	outOfOffice    [][2]date // spans inside the terms the text names as held that their holders were out of office
	targetFloor    date      // with a target year as upper: the year before it, the earliest the text can be
	assumed        bool      // the returned date's year is the one an era cue makes likely
	// recent is the latest month, part of a year or day the text reports
	// with its year (forward and awaited dates excluded), when no era cue
	// or bare year bounds the text later than it: the text is likely near
	// it.
	recent     date
	recentText string
}

// infer reasons the document date from explicit dates, era cues and anniversaries.
func (a *analysis) infer(ct *cueTables) (pipeline.DocDate, inference) {
	toks := a.p.t
	var latestFull date
	latestFullText := ""
	var lower date // lower bound from explicit months and years
	lowerText := ""
	note := func(d date, text string) {
		if lower.Before(d) {
			lower, lowerText = d, text
		}
	}
	// The latest month, part of a year or day the text reports as past —
	// no cue of a plan, not in a clause about a person ("a defector who
	// fled in March 2016"): see inference.recent.
	var recent date
	recentText := ""
	// The earliest year the text sets targets for beside "this year" or
	// "next year", and the latest year it names otherwise: plans are set
	// for a year not yet over, this one or the next.
	target, targetText, latestYear := 0, "", 0
	for i := range a.exprs {
		e := &a.exprs[i]
		ends := []*expr{e}
		if e.form == fRange {
			ends = []*expr{e.first, e.second}
		}
		cue := a.forwardCue(e.s, e.e)
		if isForward(cue) || cue == cuePastPlan || a.anticipates(e.s) {
			continue // "the deadline of Dec. 31, 2025", "ahead of the vote on March 9, 2024", "agreed to hold talks in March 2025" do not date the text
		}
		reported := cue == cueNone && !a.whoClause(e.s)
		for _, x := range ends {
			text := a.p.text[toks[e.s].start:toks[e.e-1].end]
			var start date
			switch {
			case x.form == fFiscal && x.yGiven && x.y >= 1000 && x.half > 0:
				start = date{Year: x.y, Month: time.Month(1 + 6*(x.half-1)), Day: 1} // "in the first half of 2023"
			case x.form == fFiscal && x.yGiven && x.y >= 1000 && x.q > 0:
				start = date{Year: x.y, Month: time.Month(1 + 3*(x.q-1)), Day: 1}
			case x.form == fCal && x.yGiven && x.y >= 1000 && x.m != 0:
				start = date{Year: x.y, Month: x.m, Day: max(x.d, 1)}
			}
			if !start.IsZero() && reported && recent.Before(start) {
				recent, recentText = start, text
			}
			if x.form == fFiscal && !start.IsZero() {
				note(start, text) // a part of a year is a lower bound like its month
				continue
			}
			if x.form != fCal || !x.yGiven || x.y < 1000 {
				continue
			}
			if tasks := a.tasksFor(e); x.d == 0 && (tasks || a.targetYear(e)) {
				if (target == 0 || x.y < target) && (tasks || a.yearOfTelling(e.s)) {
					target, targetText = x.y, text
				}
				continue // "set targets for three launches in 2024", "the 2024 satellite plans"
			}
			if latestYear < x.y {
				latestYear = x.y
			}
			switch {
			case x.m != 0 && x.d != 0:
				d := date{Year: x.y, Month: x.m, Day: x.d}
				if latestFull.Before(d) {
					latestFull, latestFullText = d, text
				}
			case x.m != 0:
				note(date{Year: x.y, Month: x.m, Day: 1}, text)
			default:
				note(date{Year: x.y, Month: 1, Day: 1}, text)
			}
		}
	}
	words := wordIndex(toks)
	var eraLower date
	var eraText, eraFact string
	likely := 0
	likelyText := ""
	eraHits := ct.findEras(a.p.text, toks, words)
	for _, h := range eraHits {
		if eraLower.Before(h.era.earliest) {
			eraLower, eraText, eraFact = h.era.earliest, h.era.text, h.era.fact
		}
		if h.era.likely > likely && !retrospective(toks, h.tok) {
			likely, likelyText = h.era.likely, h.era.text
		}
	}
	// The earliest end of a term the text names as held: every mention
	// must name the office as held now, for one "former President Moon"
	// says the text may be later than the term.
	past := map[*era]bool{}
	for _, h := range eraHits {
		if !h.era.latest.IsZero() && (retrospective(toks, h.tok) || pastOffice(toks, h.tok) || otherHolder(toks, h.end)) {
			past[h.era] = true
		}
	}
	var upper date
	upperText := ""
	var outOfOffice [][2]date
	for _, h := range eraHits {
		if h.era.latest.IsZero() || past[h.era] {
			continue
		}
		if !h.era.out[0].IsZero() {
			outOfOffice = append(outOfOffice, h.era.out)
		}
		if upper.IsZero() || h.era.latest.Before(upper) {
			upper, upperText = h.era.latest, fmt.Sprintf("era cue %q (%s)", h.era.text, h.era.fact)
		}
	}
	var targetFloor date
	if target != 0 && target >= latestYear && (upper.IsZero() || target < upper.Year) {
		// "after reviewing this year's work and setting policy goals for
		// 2024": the text is of 2024 at the latest. Not when it names a
		// later year: then the targets may be looked back on.
		upper, upperText = date{Year: target, Month: 12, Day: 31}, fmt.Sprintf("targets set for %q", targetText)
		targetFloor = date{Year: target - 1, Month: 1, Day: 1}
	}
	var anniv *annivHit
	hits := ct.findAnniversaries(&a.p, words, a.seg.sent)
	var ahead *annivHit
	for i := range hits {
		if hits[i].yearAhead != "" {
			ahead = &hits[i]
			continue
		}
		if anniv == nil || anniv.date.Before(hits[i].date) {
			anniv = &hits[i]
		}
	}

	facts := inference{latestFull: latestFull, latestFullText: latestFullText, upper: upper, upperText: upperText, targetFloor: targetFloor, outOfOffice: outOfOffice}
	if !recent.Before(eraLower) && !recent.Before(lower) && !recent.Before(latestFull) {
		facts.recent, facts.recentText = recent, recentText // (else a later year, date or era cue: the text may be well after it)
	}
	if ahead != nil {
		ann := a.p.text[toks[ahead.start].start:toks[ahead.tok].end]
		facts.ahead = ahead
		facts.aheadText = fmt.Sprintf("the %s year marks the %q of the %s (%s) in %d", ahead.yearAhead, ann, ahead.occ.desc, ahead.occ.founded, ahead.date.Year)
	}
	if anniv != nil {
		ann := a.p.text[toks[anniv.start].start:toks[anniv.tok].end]
		facts.anniv = anniv.date
		facts.annivText = fmt.Sprintf("%q of the %s (%s) ⇒ %s", ann, anniv.occ.desc, anniv.occ.founded, anniv.date)
	}
	firm := lower // the firm lower bound
	if firm.Before(eraLower) {
		firm = eraLower
	}
	if firm.Before(latestFull) {
		firm = latestFull
	}
	var base date
	evidence := ""
	switch {
	case anniv != nil && !anniv.date.Before(firm):
		base = anniv.date
		ann := a.p.text[toks[anniv.start].start:toks[anniv.tok].end]
		evidence = fmt.Sprintf("%q of the %s (%s) ⇒ %s", ann, anniv.occ.desc, anniv.occ.founded, anniv.date)
		if anniv.weekday {
			evidence += fmt.Sprintf(", a %s as the text says", anniv.date.Time().Weekday())
		}
		if anniv.monthCue {
			evidence += ", month named in the text"
		}
		firm = anniv.date
	case !latestFull.IsZero() && !latestFull.Before(eraLower) && !latestFull.Before(lower):
		base = latestFull
		evidence = fmt.Sprintf("latest explicit date %q", latestFullText)
	case likely != 0 && likely >= firm.Year:
		base = date{Year: likely, Month: 1, Day: 1}
		if base.Before(firm) {
			base = firm
		}
		evidence = fmt.Sprintf("era cue %q (%s); year %d assumed", likelyText, eraFact, likely)
		facts.assumed = true
		if lowerText != "" && lower.Year < likely {
			evidence += fmt.Sprintf(", after %q", lowerText)
		}
	default:
		ev := ""
		switch {
		case !eraLower.IsZero() && !eraLower.Before(lower):
			ev = fmt.Sprintf("not before %s: era cue %q (%s)", eraLower, eraText, eraFact)
		case !lower.IsZero():
			ev = fmt.Sprintf("not before %s: %q", lower, lowerText)
		}
		if anniv != nil {
			ev += fmt.Sprintf("; anniversary arithmetic gives %s, earlier than that", anniv.date)
		}
		return pipeline.DocDate{Earliest: firm, Basis: pipeline.BasisNone, Evidence: ev}, facts
	}
	// Move the date to the latest month and day the text mentions without a
	// year, read in the same year (the text is at least that recent).
	bumped := ""
	for i := range a.exprs {
		e := &a.exprs[i]
		if e.form != fCal || e.yGiven || e.m == 0 || e.d == 0 || e.n != 0 || isForward(a.forwardCue(e.s, e.e)) || a.anticipates(e.s) {
			continue // a planned or awaited day is not a reported one
		}
		if (e.hasRel && e.relYear != 0) || e.ofYear != 0 {
			continue // "October 24 last year", "May 3 of that year": not a day of the text's year
		}
		if a.namesDay(e) {
			continue // "the Sept. 19 military agreement", "the June 12 Singapore summit": of any year
		}
		if !validDay(base.Year, e.m, e.d) {
			continue
		}
		d := date{Year: base.Year, Month: e.m, Day: e.d}
		if base.Before(d) {
			base = d
			bumped = a.p.text[toks[e.s].start:toks[e.e-1].end]
		}
	}
	if bumped != "" {
		evidence += fmt.Sprintf("; latest day mentioned %q", bumped)
	} else if base.Month == 1 && base.Day == 1 && likely != 0 && base.Year == likely {
		// Only a year: take the latest month the text mentions without a year.
		for i := range a.exprs {
			e := &a.exprs[i]
			if e.form != fCal || e.yGiven || e.m == 0 || e.d != 0 || e.n != 0 || isForward(a.forwardCue(e.s, e.e)) || a.anticipates(e.s) {
				continue
			}
			end := date{Year: base.Year, Month: e.m, Day: 1}.EndOfMonth()
			if base.Before(end) {
				base = end
				bumped = a.p.text[toks[e.s].start:toks[e.e-1].end]
			}
		}
		if bumped == "" {
			// Nothing to place within the year: the year alone cannot anchor relative dates.
			return pipeline.DocDate{Earliest: firm, Basis: pipeline.BasisNone,
				Evidence: evidence + "; no month or day to place the text within the year"}, facts
		}
		evidence += fmt.Sprintf("; latest month mentioned %q", bumped)
	}
	return pipeline.DocDate{Date: base, Earliest: firm, Basis: pipeline.BasisInferred, Evidence: evidence}, facts
}

// isForward reports whether a cue moves a month and day off the past reading.
func isForward(cue int) bool { return cue == cueWeak || isStrong(cue) }

// isNamedOccasion reports nouns that a day before them names rather than
// dates: "the Sept. 19 military agreement", "the June 12 Singapore summit",
// "the Oct. 4 joint declaration".
func isNamedOccasion(w string) bool {
	switch w {
	case "agreement", "agreements", "accord", "accords", "declaration", "summit", "statement", "communique",
		"pact", "deal", "treaty", "talks", "resolution", "armistice", "uprising", "movement", "incident",
		"attack", "attacks", "massacre", "coup", "war", "protests", "revolution":
		return true
	}
	return false
}

// maxNameWords is how many words may stand between a day and the noun it
// names ("the June 12 Singapore summit", "the Sept. 19 inter-Korean
// military agreement").
const maxNameWords = 4

// namesDay reports whether the month and day of e, after "the", qualify a
// noun that it names — "the Sept. 19 military agreement", "the June 12
// Singapore summit" — rather than date something: such a name refers to a
// day of any year, so it cannot move the inferred document date.
func (a *analysis) namesDay(e *expr) bool {
	_, ok := a.namedNoun(e)
	return ok
}

// namedNoun returns the token of the noun that the day e names (see
// namesDay).
func (a *analysis) namedNoun(e *expr) (int, bool) {
	toks := a.p.t
	if e.s == 0 || e.e >= len(toks) || toks[e.s-1].low != "the" || a.seg.sent[e.s-1] != a.seg.sent[e.s] {
		return 0, false
	}
	s := a.seg.sent[e.s]
	words := 0
	for k := e.e; k < len(toks) && a.seg.sent[k] == s; k++ {
		t := toks[k]
		if isDash(t) && !t.space {
			continue // "inter-Korean"
		}
		if t.kind != tWord || words >= maxNameWords || isClauseWord(t.low) {
			return 0, false
		}
		if isNamedOccasion(t.low) {
			return k, true
		}
		words++
	}
	return 0, false
}

// nameYears gives a named day without a year the year its name states
// after "of": "the Sept. 19 military agreement of 2018" is 2018-09-19, not
// a September day near the anchor.
func (a *analysis) nameYears() {
	for i := 0; i+1 < len(a.exprs); i++ {
		e := &a.exprs[i]
		if e.form != fCal || e.yGiven || e.m == 0 || e.d == 0 || e.n != 0 || e.hasRel {
			continue
		}
		k, ok := a.namedNoun(e)
		if !ok || k+2 >= len(a.p.t) || a.p.t[k+1].low != "of" {
			continue
		}
		y := &a.exprs[i+1]
		if y.s != k+2 || y.form != fCal || !y.yGiven || y.m != 0 || y.y < 1000 || !validDay(y.y, e.m, e.d) {
			continue
		}
		e.y, e.yGiven = y.y, true
	}
}

// isPlanNoun reports nouns and verbs of a goal or plan after which a year
// is a target, not a report: "set targets for three launches in 2024",
// "the 2024 satellite plans", "vowed to finish the line in 2025".
func isPlanNoun(w string) bool {
	switch w {
	case "target", "targets", "goal", "goals", "aim", "aims", "plan", "plans", "blueprint", "quota", "quotas",
		"pledge", "pledged", "vow", "vowed", "promise", "promised", "budget", "forecast", "forecasts", "projection":
		return true
	}
	return false
}

// yearOfTelling reports "this year" or "next year" in the sentence of
// token k: a target year beside it is this year's or the next.
func (a *analysis) yearOfTelling(k int) bool {
	toks := a.p.t
	s := a.seg.sent[k]
	lo, hi := k, k
	for lo > 0 && a.seg.sent[lo-1] == s {
		lo--
	}
	for hi+1 < len(toks) && a.seg.sent[hi+1] == s {
		hi++
	}
	for j := lo; j < hi; j++ {
		if (toks[j].low == "this" || toks[j].low == "next") && toks[j+1].low == "year" {
			return true
		}
	}
	return false
}

// targetYear reports whether the year (or month and year) e is a target:
// a plan noun follows it within three words ("the 2024 satellite plans",
// "its 2025 output target"), or a plan word stands earlier in its clause
// ("set targets for the launch of three more satellites in 2024"). A year
// in a plan may lie after the report, so it bounds nothing.
func (a *analysis) targetYear(e *expr) bool {
	toks := a.p.t
	s := a.seg.sent[e.s]
	for k := e.e; k < len(toks) && k < e.e+3 && a.seg.sent[k] == s && toks[k].kind == tWord; k++ {
		if isPlanNoun(toks[k].low) {
			return true
		}
	}
	for k := e.s - 1; k >= 0 && k >= e.s-12 && a.seg.sent[k] == s; k-- {
		t := toks[k]
		if t.low == ";" || t.low == ":" || t.kind == tWord && opensClause(t.low) {
			return false
		}
		if t.kind == tWord && isPlanNoun(t.low) {
			return true
		}
	}
	return false
}

// tasksFor reports a year right after "tasks for" or "task for" ("the
// plenum discussed the tasks for 2024"): the year a meeting sets its tasks
// for, this one or the next, as a target beside "this year" is. Not the
// tasks "of 2023" or those "completed in 2022", nor a task force.
func (a *analysis) tasksFor(e *expr) bool {
	toks := a.p.t
	if e.s < 2 || toks[e.s-1].low != "for" {
		return false
	}
	w := toks[e.s-2].low
	return w == "tasks" || w == "task"
}

// pastOffice reports a title at token k told as held no longer or as
// looked back on ("former President Moon Jae-in", "the late Prime
// Minister Shinzo Abe", "then-President Park Geun-hye", "under President
// Lee Myung-bak"): the text may be later than the term.
func pastOffice(toks []token, k int) bool { return wordBefore(toks, k, pastOfficeWords) }

var pastOfficeWords = map[string]bool{
	"former": true, "ex": true, "then": true, "late": true, "impeached": true, "ousted": true,
	"deposed": true, "jailed": true, "disgraced": true, "under": true,
}

// otherOfficeWords before an era cue's title name another office than
// the cue's ("Deputy Secretary of State Antony Blinken", in 2015-2017):
// the cue bounds nothing (findEras).
var otherOfficeWords = map[string]bool{"deputy": true, "vice": true, "assistant": true}

// otherHolder reports an era cue whose holder's possessive names another
// person ("Secretary-General Ban Ki-moon's successor"): it says nothing of
// whether the office is held now. end is the token after the phrase.
func otherHolder(toks []token, end int) bool {
	if end+2 >= len(toks) || !(toks[end].low == "'" || toks[end].low == "\u2019") || toks[end+1].low != "s" {
		return false
	}
	switch toks[end+2].low {
	case "successor", "predecessor", "deputy", "deputies", "aide", "aides", "widow", "son", "daughter":
		return true
	}
	return false
}

// retrospective reports an era cue at token k told as past ("the first
// tour group admitted since the COVID-19 pandemic", "before the coronavirus
// outbreak"): it bounds the text's date from below but says nothing of the
// year it was written in.
func retrospective(toks []token, k int) bool { return wordBefore(toks, k, retrospectiveWords) }

var retrospectiveWords = map[string]bool{
	"since": true, "before": true, "during": true, "throughout": true, "pre": true, "post": true,
}

// wordBefore reports a word of set among the three words before token k,
// across dashes but no other punctuation.
func wordBefore(toks []token, k int, set map[string]bool) bool {
	for j, words := k-1, 0; j >= 0 && words < 3; j-- {
		t := toks[j]
		if t.kind != tWord {
			// (across dashes and an abbreviation's points: "former U.S.
			// Secretary of State John Kerry")
			if isDash(t) || t.low == "." && j > 0 && toks[j-1].kind == tWord && len(toks[j-1].low) == 1 {
				continue
			}
			return false
		}
		if set[t.low] {
			return true
		}
		words++
	}
	return false
}
