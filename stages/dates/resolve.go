package dates

import (
	"fmt"
	"time"

	"geotimeline/pipeline"
)

type date = pipeline.Date

// anchorRef is what an expression is resolved against.
type anchorRef struct {
	d        date            // zero: nothing to anchor on
	kind     pipeline.Anchor // dct or narrative
	inferred bool            // the document date was inferred: its year may be off
}

// resolved is the outcome of resolving one expression.
type resolved struct {
	at      date // the anchor date used, if any
	kind    pipeline.DateKind
	value   string
	iv      pipeline.Interval
	anchor  pipeline.Anchor
	amb     bool
	alts    []string
	forward bool
}

// needsAnchor reports whether e is resolved against an anchor date.
func (e *expr) needsAnchor() bool {
	switch e.form {
	case fCal:
		return !e.yGiven
	case fSeason, fQuarter:
		return !e.yGiven
	case fRel, fWeekday, fAgo, fAnaphor:
		return true
	case fRef:
		return e.ref == "PRESENT_REF"
	case fRange:
		return e.first.needsAnchor() && e.second.needsAnchor()
	case fFiscal:
		return !e.yGiven || e.yearAgo
	case fHoliday:
		return !e.yGiven
	}
	return false
}

// relativeToAnchor reports whether e counts from its anchor (and so may take
// a narrative anchor), as opposed to only borrowing a year from the DCT.
func (e *expr) relativeToAnchor() bool {
	switch e.form {
	case fRel, fWeekday, fAgo, fAnaphor:
		return true
	case fRef:
		return e.ref == "PRESENT_REF"
	case fCal:
		return e.isMonthDay() || e.narrMonth() || e.ofYear != 0
	case fSeason:
		return e.ofYear != 0
	}
	return false
}

// deictic reports an expression counted from the report's own time ("now",
// "today", "last month", "two years ago", "July last year"), not from a
// date the text told.
func (e *expr) deictic() bool {
	switch e.form {
	case fRel:
		return !e.narr
	case fAgo:
		return true
	case fRef:
		return e.ref == "PRESENT_REF"
	case fCal:
		return e.hasRel
	}
	return false
}

// narrMonth reports "the following January", "the previous March": a month
// counted from the latest date told before it.
func (e *expr) narrMonth() bool { return e.form == fCal && e.narr && e.m != 0 && e.d == 0 && e.n != 0 }

// isMonthDay reports a day of the month written without its month ("on
// the 5th"): it takes the month of the passage, or of its anchor.
func (e *expr) isMonthDay() bool { return e.form == fCal && e.m == 0 && e.d > 0 && !e.yGiven }

// inMonth returns a copy of the day-of-month expression e (or of a range
// of them) placed in year y and month m; false when the month lacks the day
// or e counts its own month ("the 5th of last month").
func inMonth(e *expr, y int, m time.Month) (expr, bool) {
	c := *e
	switch {
	case c.isMonthDay() && !c.hasRel && validDay(y, m, c.d):
		c.y, c.m, c.yGiven = y, m, true
		return c, true
	case c.form == fRange && c.first.isMonthDay():
		f, ok := inMonth(c.first, y, m)
		if !ok {
			return c, false
		}
		s := *c.second
		if s.isMonthDay() {
			if s, ok = inMonth(c.second, y, m); !ok {
				return c, false
			}
		}
		c.first, c.second = &f, &s
		return c, true
	}
	return c, false
}

func dayIv(d date) pipeline.Interval {
	return pipeline.Interval{Start: d, End: d, Precision: pipeline.PrecisionDay}
}

func monthIv(y int, m time.Month) pipeline.Interval {
	s := date{Year: y, Month: m, Day: 1}
	return pipeline.Interval{Start: s, End: s.EndOfMonth(), Precision: pipeline.PrecisionMonth}
}

func yearIv(y int) pipeline.Interval {
	return pipeline.Interval{Start: date{Year: y, Month: 1, Day: 1}, End: date{Year: y, Month: 12, Day: 31}, Precision: pipeline.PrecisionYear}
}

func span(s, e date, p pipeline.Precision) pipeline.Interval {
	return pipeline.Interval{Start: s, End: e, Precision: p}
}

func fmtDay(d date) string { return calValue(d.Year, d.Month, d.Day) }

func fmtMonth(y int, m time.Month) string {
	b := make([]byte, 0, 7)
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	return string(appendPadded(b, int(m), 2))
}

func fmtYear(y int) string { return string(appendPadded(make([]byte, 0, 4), y, 4)) }

// appendPadded appends n in decimal, zero-padded to width digits.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for n > 0 || i == len(d) {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	for k := len(d) - i; k < width; k++ {
		b = append(b, '0')
	}
	return append(b, d[i:]...)
}

// isoWeek returns the ISO week value and Monday..Sunday interval containing d.
func isoWeek(d date) (string, pipeline.Interval) {
	t := d.Time()
	y, w := t.ISOWeek()
	off := (int(t.Weekday()) + 6) % 7 // days since Monday
	mon := d.AddDays(-off)
	b := appendPadded(make([]byte, 0, 8), y, 4)
	b = append(b, '-', 'W')
	return string(appendPadded(b, w, 2)), span(mon, mon.AddDays(6), pipeline.PrecisionWeek)
}

// applyMod narrows a month, year or decade interval to its early/mid/late part.
func applyMod(iv pipeline.Interval, mod modifier, unitKind unit) pipeline.Interval {
	if mod == modNone || !iv.Known() {
		return iv
	}
	s := iv.Start
	switch unitKind {
	case uMonth:
		last := iv.End.Day
		switch mod {
		case modEarly:
			return span(s, date{Year: s.Year, Month: s.Month, Day: 10}, pipeline.PrecisionWeek)
		case modMid:
			return span(date{Year: s.Year, Month: s.Month, Day: 11}, date{Year: s.Year, Month: s.Month, Day: 20}, pipeline.PrecisionWeek)
		case modLate, modEnd:
			return span(date{Year: s.Year, Month: s.Month, Day: 21}, date{Year: s.Year, Month: s.Month, Day: last}, pipeline.PrecisionWeek)
		}
	case uYear:
		y := s.Year
		switch mod {
		case modEarly:
			return span(date{Year: y, Month: 1, Day: 1}, date{Year: y, Month: 4, Day: 30}, pipeline.PrecisionMonth)
		case modMid:
			return span(date{Year: y, Month: 5, Day: 1}, date{Year: y, Month: 8, Day: 31}, pipeline.PrecisionMonth)
		case modLate:
			return span(date{Year: y, Month: 9, Day: 1}, date{Year: y, Month: 12, Day: 31}, pipeline.PrecisionMonth)
		case modEnd:
			return span(date{Year: y, Month: 12, Day: 1}, date{Year: y, Month: 12, Day: 31}, pipeline.PrecisionMonth)
		}
	case uDecade:
		y := s.Year
		switch mod {
		case modEarly:
			return span(date{Year: y, Month: 1, Day: 1}, date{Year: y + 3, Month: 12, Day: 31}, pipeline.PrecisionDecade)
		case modMid:
			return span(date{Year: y + 4, Month: 1, Day: 1}, date{Year: y + 6, Month: 12, Day: 31}, pipeline.PrecisionDecade)
		case modLate, modEnd:
			return span(date{Year: y + 7, Month: 1, Day: 1}, date{Year: y + 9, Month: 12, Day: 31}, pipeline.PrecisionDecade)
		}
	}
	return iv
}

// pickYear chooses the year for month m (day d, 0 for the whole month) given
// anchor a: the latest on or before a, or with forward the closest to a.
func pickYear(m time.Month, d int, a date, forward bool) int {
	valid := func(y int) bool { return d == 0 || validDay(y, m, d) }
	cand := func(y int) (date, date) { // first and last day the reading covers
		if d == 0 {
			s := date{Year: y, Month: m, Day: 1}
			return s, s.EndOfMonth()
		}
		x := date{Year: y, Month: m, Day: d}
		return x, x
	}
	if forward {
		best, bestDist := 0, 1<<30
		for y := a.Year - 1; y <= a.Year+1; y++ {
			if !valid(y) {
				continue
			}
			s, e := cand(y)
			dist := 0
			switch {
			case a.Before(s):
				dist = a.DaysUntil(s)
			case e.Before(a):
				dist = e.DaysUntil(a) + 1 // ties go to the future
			}
			if dist < bestDist {
				best, bestDist = y, dist
			}
		}
		if best != 0 {
			return best
		}
	}
	for y := a.Year; y > a.Year-9; y-- {
		if !valid(y) {
			continue
		}
		if s, _ := cand(y); !a.Before(s) {
			return y
		}
	}
	return a.Year
}

// pickAhead chooses the year for month m (day d, 0 for the whole month)
// after a strong forward cue ("will", "scheduled"): the first reading that
// ends no more than two weeks before anchor a. The two weeks keep "will …
// after Feb. 15" written on Feb. 17 on this year's Feb. 15.
func pickAhead(m time.Month, d int, a date) int {
	limit := a.AddDays(-14)
	for y := a.Year - 1; y <= a.Year+1; y++ {
		if d > 0 && !validDay(y, m, d) {
			continue
		}
		end := date{Year: y, Month: m, Day: d}
		if d == 0 {
			end = date{Year: y, Month: m, Day: 1}.EndOfMonth()
		}
		if !end.Before(limit) {
			return y
		}
	}
	return pickYear(m, d, a, true)
}

// pickOpen chooses the year for month m (day d, 0 for the whole month) when
// nothing in the clause says past or future: the latest reading on or
// before anchor a, unless a later reading within the next three months is
// closer ("the redemption on Dec. 7" written on Oct. 30, "a closing expected
// in January" written in November). A month named without its year is, in
// news style, this year's or a near one; the past reading stays an
// alternative.
func pickOpen(m time.Month, d int, a date) int {
	past := pickYear(m, d, a, false)
	for y := a.Year; y <= a.Year+1; y++ {
		months := (y-a.Year)*12 + int(m) - int(a.Month)
		if months < 0 || months > 3 || y <= past {
			continue
		}
		if d > 0 && !validDay(y, m, d) {
			continue
		}
		start, end := date{Year: y, Month: m, Day: 1}, date{Year: past, Month: m, Day: 1}.EndOfMonth()
		if d > 0 {
			start, end = date{Year: y, Month: m, Day: d}, date{Year: past, Month: m, Day: d}
		}
		if !start.Before(a) && a.DaysUntil(start) < end.DaysUntil(a) {
			return y
		}
	}
	return past
}

// calValue formats a calendar expression whose year may be unknown.
func calValue(y int, m time.Month, d int) string {
	b := make([]byte, 0, 10)
	if y != 0 {
		b = appendPadded(b, y, 4)
	} else {
		b = append(b, "XXXX"...)
	}
	if m != 0 {
		b = appendPadded(append(b, '-'), int(m), 2)
	} else if d != 0 {
		b = append(b, "-XX"...)
	}
	if d != 0 {
		b = appendPadded(append(b, '-'), d, 2)
	}
	return string(b)
}

// calInterval returns the interval of a calendar expression with a known year.
func calInterval(y int, m time.Month, d int, mod modifier) pipeline.Interval {
	switch {
	case m != 0 && d != 0:
		return dayIv(date{Year: y, Month: m, Day: d})
	case m != 0:
		return applyMod(monthIv(y, m), mod, uMonth)
	}
	return applyMod(yearIv(y), mod, uYear)
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

func seasonIv(y, s int) pipeline.Interval {
	switch s {
	case 1:
		return span(date{Year: y, Month: 3, Day: 1}, date{Year: y, Month: 5, Day: 31}, pipeline.PrecisionSeason)
	case 2:
		return span(date{Year: y, Month: 6, Day: 1}, date{Year: y, Month: 8, Day: 31}, pipeline.PrecisionSeason)
	case 3:
		return span(date{Year: y, Month: 9, Day: 1}, date{Year: y, Month: 11, Day: 30}, pipeline.PrecisionSeason)
	}
	// Day 0 of March is the last day of February.
	return span(date{Year: y, Month: 12, Day: 1}, pipeline.MakeDate(y+1, 3, 0), pipeline.PrecisionSeason)
}

// seasonMod narrows a season to its first, middle or last month.
func seasonMod(iv pipeline.Interval, mod modifier) pipeline.Interval {
	k := -1
	switch mod {
	case modEarly:
		k = 0
	case modMid:
		k = 1
	case modLate, modEnd:
		k = 2
	}
	if k < 0 {
		return iv
	}
	m := pipeline.MakeDate(iv.Start.Year, iv.Start.Month+time.Month(k), 1)
	return monthIv(m.Year, m.Month)
}

func quarterIv(y, q int) pipeline.Interval {
	s := date{Year: y, Month: time.Month(3*q - 2), Day: 1}
	e := date{Year: y, Month: time.Month(3 * q), Day: 1}.EndOfMonth()
	return span(s, e, pipeline.PrecisionSeason)
}

// Forward cue strengths in an expression's sentence.
const (
	cueNone   = 0
	cueWeak   = 1 // would, by, until: a month and day takes the reading closest to the anchor
	cueStrong = 2 // will, next, scheduled: weekdays also resolve forward
	// cueWeakPast is a weak cue with a past-tense verb near ("said he would
	// leave Thursday"): reported speech. Weekdays take the nearer reading;
	// months and days stay in the past.
	cueWeakPast = 3
	// cueOpen is no cue and no past tense in the clause ("the redemption on
	// Dec. 7", "a mission in December"): a month and day takes the reading
	// closest to the anchor, and the past reading stays an alternative.
	cueOpen = 4
	// cuePastPlan is a plan reported in the past ("was scheduled to expire
	// Friday", "was planned for early March"): the planned date may lie on
	// either side of the anchor, so weekdays and months take the nearer
	// reading, and the other stays an alternative.
	cuePastPlan = 5
	// cueWill is a strong cue that is a future verb form (will, shall, 'll,
	// scheduled, slated), not a noun that may name a past plan ("announced
	// the plan Aug. 21"): a month and day takes the first reading that is
	// not well behind the anchor ("will … in December" written in March).
	cueWill = 6
)

// isStrong reports the strong cues, cueWill included.
func isStrong(cue int) bool { return cue == cueStrong || cue == cueWill }

// resolve turns e into a value and interval against anchor a. lastDay is the
// latest day-precision date resolved before e in the text (for "the day
// before"); forward reports a forward cue in e's sentence.
func resolve(e *expr, a anchorRef, lastDay date, cue int) resolved {
	r := resolveDay(e, a, lastDay, cue)
	if e.shift != 0 && r.iv.Known() && r.iv.Precision == pipeline.PrecisionDay && r.iv.Start == r.iv.End {
		d := r.iv.Start.AddDays(int(e.shift))
		r.value, r.iv = fmtDay(d), dayIv(d)
		for k, alt := range r.alts {
			if t, err := time.Parse("2006-01-02", alt); err == nil {
				r.alts[k] = fmtDay(date{Year: t.Year(), Month: t.Month(), Day: t.Day()}.AddDays(int(e.shift)))
			}
		}
	}
	if e.weekOf && r.iv.Known() {
		r.value, r.iv = isoWeek(r.iv.Start)
	}
	if e.wom > 0 && e.wom <= 5 && r.iv.Known() && r.iv.Precision == pipeline.PrecisionYear {
		// A week of a year: counted from its first (last) day like a week of a month.
		r.value, r.iv = weekOfSpan(r.iv, int(e.wom))
		r.alts, r.amb = nil, false
	}
	if e.wom > 0 && r.iv.Known() && r.iv.Precision == pipeline.PrecisionMonth {
		r.value, r.iv = weekOfMonth(r.iv.Start, int(e.wom))
		if !e.yGiven && e.form == fCal && (cue == cueNone || cue == cueWeakPast) && !a.d.IsZero() && a.d.Before(r.iv.Start) && len(r.alts) == 0 {
			// "were held in the last week of December" written on Dec. 20: last year's
			r.value, r.iv = weekOfMonth(date{Year: r.iv.Start.Year - 1, Month: r.iv.Start.Month, Day: 1}, int(e.wom))
		}
		for k, alt := range r.alts {
			// "2020-04" → "2020-04-01/2020-04-07"
			if y, m, ok := parseMonth(alt); ok {
				r.alts[k], _ = weekOfMonth(date{Year: y, Month: m, Day: 1}, int(e.wom))
			}
		}
	}
	if e.clock != "" && r.kind == pipeline.KindDate && len(r.value) == 10 {
		r.value += "T" + e.clock
	} else if e.tod != "" && e.form == fCal && r.kind == pipeline.KindDate && len(r.value) == 10 {
		r.value += "T" + e.tod // "the night of the 3rd"
	}
	return r
}

func resolveDay(e *expr, a anchorRef, lastDay date, cue int) resolved {
	r := resolved{kind: pipeline.KindDate, anchor: pipeline.AnchorNone}
	switch e.form {
	case fDuration:
		r.kind, r.value = pipeline.KindDuration, e.dur
		return r
	case fSet:
		r.kind, r.value = pipeline.KindSet, e.dur
		return r
	case fRange:
		return resolveRange(e, a, lastDay, cue)
	}
	if !e.needsAnchor() {
		r.anchor = pipeline.AnchorExplicit
	}
	switch e.form {
	case fCal:
		return resolveCal(e, a, cue)
	case fHoliday:
		return resolveHoliday(e, a, cue)
	case fFiscal:
		return resolveFiscal(e, a, "")
	case fDecade:
		r.value = decadeValue(e.decade)
		r.iv = applyMod(span(date{Year: e.decade, Month: 1, Day: 1}, date{Year: e.decade + 9, Month: 12, Day: 31}, pipeline.PrecisionDecade), e.mod, uDecade)
		return r
	case fCentury:
		r.value = fmt.Sprintf("%02d", e.decade/100)
		r.iv = span(date{Year: e.decade, Month: 1, Day: 1}, date{Year: e.decade + 99, Month: 12, Day: 31}, pipeline.PrecisionDecade)
		return r
	case fRef:
		r.value, r.anchor = e.ref, pipeline.AnchorNone
		if e.ref == "PRESENT_REF" && !a.d.IsZero() {
			r.iv, r.anchor = dayIv(a.d), a.kind
		}
		r.forward = e.ref == "FUTURE_REF"
		return r
	}
	if e.yGiven {
		switch e.form {
		case fSeason:
			r.value = fmtYear(e.y) + "-" + seasonCode[e.season]
			r.iv = seasonMod(seasonIv(e.y, e.season), e.mod)
		case fQuarter:
			r.value = fmt.Sprintf("%04d-Q%d", e.y, e.q)
			r.iv = quarterIv(e.y, e.q)
		}
		return r
	}
	if a.d.IsZero() {
		r.value = unresolvedValue(e)
		r.forward = e.n > 0 && e.form == fRel || e.form == fAgo && e.n < 0
		return r
	}
	r.anchor = a.kind
	ad := a.d
	switch e.form {
	case fSeason:
		y := ad.Year
		switch e.n {
		case -1:
			for y = ad.Year; !seasonIv(y, e.season).End.Before(ad); y-- {
			}
		case 1:
			for y = ad.Year - 1; !ad.Before(seasonIv(y, e.season).Start); y++ {
			}
			r.forward = true
		case 2:
			if e.season == 4 && ad.Month <= 2 {
				y--
			}
		default:
			for y = ad.Year; ad.Before(seasonIv(y, e.season).Start); y-- {
			}
			if isStrong(cue) || cue == cueWeak {
				// "farmers will be mobilized in the spring": the season
				// under way or the next one, not the last one.
				for seasonIv(y, e.season).End.Before(ad) {
					y++
				}
				r.forward = true
			}
		}
		r.value = fmtYear(y) + "-" + seasonCode[e.season]
		r.iv = seasonMod(seasonIv(y, e.season), e.mod)
	case fQuarter:
		curQ := (int(ad.Month)-1)/3 + 1
		y, q := ad.Year, e.q
		if e.wdDir == 2 { // the (latest) quarter: the last one completed
			idx := ad.Year*4 + curQ - 2
			y, q = idx/4, idx%4+1
		} else if e.wdDir == 1 { // this/last/next quarter
			idx := ad.Year*4 + curQ - 1 + e.n
			y, q = idx/4, idx%4+1
			r.forward = e.n > 0
		} else if q > curQ && cue != cueWeak && !isStrong(cue) {
			y--
		}
		r.value = fmt.Sprintf("%04d-Q%d", y, q)
		r.iv = quarterIv(y, q)
	case fRel:
		resolveRel(e, ad, &r)
	case fWeekday:
		d := ad
		want := e.wd
		switch e.wdDir {
		case -1:
			d = d.AddDays(-1)
			for d.Time().Weekday() != want {
				d = d.AddDays(-1)
			}
		case 1:
			d = d.AddDays(1)
			for d.Time().Weekday() != want {
				d = d.AddDays(1)
			}
			r.forward = true
		case 2:
			off := (int(ad.Time().Weekday()) + 6) % 7
			mon := ad.AddDays(7*e.n - off)
			d = mon.AddDays((int(want) + 6) % 7)
			r.forward = ad.Before(d)
		default:
			back, fwd := d, d
			for back.Time().Weekday() != want {
				back = back.AddDays(-1)
			}
			for fwd.Time().Weekday() != want {
				fwd = fwd.AddDays(1)
			}
			switch {
			case isStrong(cue):
				d = fwd
			case (cue == cueWeak || cue == cueWeakPast || cue == cuePastPlan) && back.DaysUntil(ad) > ad.DaysUntil(fwd):
				d = fwd
			default:
				d = back
			}
		}
		r.value = fmtDay(d) + todSuffix(e.tod)
		r.iv = dayIv(d)
	case fAgo:
		resolveAgo(e, ad, &r)
	case fAnaphor:
		base := ad
		if !lastDay.IsZero() {
			base = lastDay
			r.anchor = pipeline.AnchorNarrative
		} else if e.wdDir == 1 {
			// "that year" with nothing before it to point at.
			r.value, r.anchor = unresolvedValue(e), pipeline.AnchorNone
			return r
		}
		switch e.u {
		case uDay:
			d := base.AddDays(e.n)
			r.value, r.iv = fmtDay(d)+todSuffix(e.tod), dayIv(d)
		case uWeek:
			r.value, r.iv = isoWeek(base.AddDays(7 * e.n))
		case uMonth:
			m := date{Year: base.Year, Month: base.Month + time.Month(e.n), Day: 1}
			m = pipeline.MakeDate(m.Year, m.Month, 1)
			r.value, r.iv = fmtMonth(m.Year, m.Month), monthIv(m.Year, m.Month)
		case uYear:
			r.value, r.iv = fmtYear(base.Year+e.n), yearIv(base.Year+e.n)
		}
		switch {
		case e.mod == modLater && !lastDay.IsZero() && r.iv.Start.Before(lastDay):
			r.iv.Start = lastDay
			r.iv.Precision = finer(r.iv)
		case e.mod == modEarlier && !lastDay.IsZero() && lastDay.Before(r.iv.End):
			r.iv.End = lastDay
			r.iv.Precision = finer(r.iv)
		}
		r.forward = e.n > 0
	}
	return r
}

func todSuffix(tod string) string {
	if tod == "" {
		return ""
	}
	return "T" + tod
}

// resolveRel handles today/yesterday and this/last/next + unit.
func resolveRel(e *expr, ad date, r *resolved) {
	r.forward = e.n > 0 || e.mod == modLater
	switch e.u {
	case uDay:
		d := ad.AddDays(e.n)
		r.value, r.iv = fmtDay(d)+todSuffix(e.tod), dayIv(d)
	case uWeek:
		r.value, r.iv = isoWeek(ad.AddDays(7 * e.n))
	case uWeekend:
		v, iv := isoWeek(ad.AddDays(7 * e.n))
		sat := iv.Start.AddDays(5)
		if e.wdDir == 3 && ad.Before(sat) { // the weekend: the latest on or before the anchor
			v, iv = isoWeek(ad.AddDays(-7))
			sat = iv.Start.AddDays(5)
		}
		if e.n < 0 && ad.Time().Weekday() == time.Sunday {
			v, iv = isoWeek(ad.AddDays(-7))
			sat = iv.Start.AddDays(5)
		}
		r.value, r.iv = v+"-WE", span(sat, sat.AddDays(1), pipeline.PrecisionDay)
	case uMonth:
		m := pipeline.MakeDate(ad.Year, ad.Month+time.Month(e.n), 1)
		r.value, r.iv = fmtMonth(m.Year, m.Month), applyMod(monthIv(m.Year, m.Month), e.mod, uMonth)
	case uQuarter:
		idx := ad.Year*4 + (int(ad.Month)-1)/3 + e.n
		y, q := idx/4, idx%4+1
		r.value, r.iv = fmt.Sprintf("%04d-Q%d", y, q), quarterIv(y, q)
	case uYear:
		y := ad.Year + e.n
		if e.wdDir == 4 && ad.Month >= time.July {
			y++ // "the new year" written in the second half of a year is the next one
			r.forward = true
		}
		r.value, r.iv = fmtYear(y), applyMod(yearIv(y), e.mod, uYear)
	case uDecade:
		y := ad.Year/10*10 + 10*e.n
		r.value = decadeValue(y)
		r.iv = span(date{Year: y, Month: 1, Day: 1}, date{Year: y + 9, Month: 12, Day: 31}, pipeline.PrecisionDecade)
	case uCentury:
		y := ad.Year/100*100 + 100*e.n
		r.value = fmt.Sprintf("%02d", y/100)
		r.iv = span(date{Year: y, Month: 1, Day: 1}, date{Year: y + 99, Month: 12, Day: 31}, pipeline.PrecisionDecade)
	default:
		r.value = unresolvedValue(e)
		r.anchor = pipeline.AnchorNone
		return
	}
	switch e.mod {
	case modTrail:
		// The value names the previous calendar unit (TimeML); the interval is
		// the stretch that ends on the anchor.
		start := ad.AddDays(1)
		switch e.u {
		case uWeek:
			start = ad.AddDays(-6)
		case uMonth:
			start = pipeline.MakeDate(ad.Year, ad.Month-1, ad.Day+1)
		case uYear:
			start = pipeline.MakeDate(ad.Year-1, ad.Month, ad.Day+1)
		case uDecade:
			start = pipeline.MakeDate(ad.Year-10, ad.Month, ad.Day+1)
		}
		r.iv.Start, r.iv.End = start, ad
	case modEarlier:
		if ad.Before(r.iv.End) {
			r.iv.End = ad
		}
		r.iv.Precision = finer(r.iv)
	case modLater:
		if r.iv.Start.Before(ad) {
			r.iv.Start = ad
		}
		r.iv.Precision = finer(r.iv)
	}
}

// finer picks a precision matching an interval's length.
func finer(iv pipeline.Interval) pipeline.Precision {
	switch n := iv.Days(); {
	case n <= 1:
		return pipeline.PrecisionDay
	case n <= 14:
		return pipeline.PrecisionWeek
	case n <= 62:
		return pipeline.PrecisionMonth
	case n <= 366:
		return pipeline.PrecisionYear
	}
	return pipeline.PrecisionDecade
}

// resolveAgo handles "N units ago" (e.n > 0) and "N units later" (e.n < 0).
func resolveAgo(e *expr, ad date, r *resolved) {
	lo, hi := e.n, e.nHi
	if hi == 0 {
		hi = lo
	}
	sign := -1
	if lo < 0 {
		lo, hi, sign = -lo, -hi, 1
		r.forward = true
	}
	vague := lo != hi
	order := func(a, b date) (date, date) {
		if b.Before(a) {
			return b, a
		}
		return a, b
	}
	switch e.u {
	case uDay:
		if !vague {
			d := ad.AddDays(sign * lo)
			r.value, r.iv = fmtDay(d), dayIv(d)
			return
		}
		s, en := order(ad.AddDays(sign*lo), ad.AddDays(sign*hi))
		r.iv = span(s, en, pipeline.PrecisionWeek)
	case uWeek, uWeekend:
		if !vague {
			r.value, r.iv = isoWeek(ad.AddDays(sign * 7 * lo))
			return
		}
		s, en := order(ad.AddDays(sign*7*lo), ad.AddDays(sign*7*hi))
		r.iv = span(s, en, pipeline.PrecisionWeek)
	case uMonth, uQuarter:
		mult := 1
		if e.u == uQuarter {
			mult = 3
		}
		m1 := pipeline.MakeDate(ad.Year, ad.Month+time.Month(sign*lo*mult), 1)
		m2 := pipeline.MakeDate(ad.Year, ad.Month+time.Month(sign*hi*mult), 1)
		if !vague && mult == 1 {
			r.value, r.iv = fmtMonth(m1.Year, m1.Month), monthIv(m1.Year, m1.Month)
			return
		}
		s, en := order(m1, m2)
		r.iv = span(s, en.EndOfMonth(), pipeline.PrecisionMonth)
	case uYear, uDecade, uCentury:
		mult := 1
		switch e.u {
		case uDecade:
			mult = 10
		case uCentury:
			mult = 100
		}
		y1, y2 := ad.Year+sign*lo*mult, ad.Year+sign*hi*mult
		if !vague {
			r.value, r.iv = fmtYear(y1), yearIv(y1)
			return
		}
		if y2 < y1 {
			y1, y2 = y2, y1
		}
		r.iv = span(date{Year: y1, Month: 1, Day: 1}, date{Year: y2, Month: 12, Day: 31}, pipeline.PrecisionYear)
	default:
		r.value, r.anchor = unresolvedValue(e), pipeline.AnchorNone
		return
	}
	r.value = vagueValue(r.iv, e.u)
}

// vagueValue gives a TIMEX3 value for an interval of several units: the
// shared year or month, with X for what is not known.
func vagueValue(iv pipeline.Interval, u unit) string {
	s, e := iv.Start, iv.End
	if s.Year != e.Year {
		if s.Year/10 == e.Year/10 {
			return decadeValue(s.Year)
		}
		return "PAST_REF"
	}
	switch u {
	case uDay, uWeek, uWeekend:
		if s.Month == e.Month {
			return fmtMonth(s.Year, s.Month)
		}
		return fmtYear(s.Year) + "-WXX"
	case uMonth, uQuarter:
		return fmtYear(s.Year) + "-XX"
	}
	return fmtYear(s.Year)
}

// resolveFiscal resolves the reporting periods of financial news: "the
// year-ago quarter" is the quarter a year before the one the text reports on
// (ctx, the latest quarter mentioned before, such as "1989-Q3"; else the
// last completed quarter); "this year's third quarter" and "the 1988 period"
// take their quarter from the expression or ctx; "the first half of 1989" is
// 1989-H1.
func resolveFiscal(e *expr, a anchorRef, ctx string) resolved {
	r := resolved{kind: pipeline.KindDate, anchor: pipeline.AnchorExplicit}
	if e.needsAnchor() {
		if a.d.IsZero() {
			r.anchor, r.value = pipeline.AnchorNone, "XXXX"
			if e.u == uQuarter {
				r.value = "XXXX-QX"
			}
			return r
		}
		r.anchor = a.kind
	}
	ad := a.d
	cy, cq, hasCtx := parseQuarter(ctx)
	if e.half > 0 {
		y := e.y
		if !e.yGiven {
			y = ad.Year + e.n
			r.forward = e.n > 0
		}
		r.value = fmtYear(y) + "-H" + itoa(e.half)
		m := time.Month(6*e.half - 5)
		r.iv = span(date{Year: y, Month: m, Day: 1}, date{Year: y, Month: m + 5, Day: 1}.EndOfMonth(), pipeline.PrecisionSeason)
		return r
	}
	var y, q int
	switch {
	case e.yearAgo:
		curQ := (int(ad.Month)-1)/3 + 1
		switch {
		case e.q > 0:
			y, q = ad.Year, e.q
			if e.q > curQ {
				y--
			}
			if hasCtx && cq == e.q {
				y = cy
			}
			y--
		case hasCtx:
			y, q = cy-1, cq
		case e.u == uQuarter:
			idx := ad.Year*4 + curQ - 2 // the last completed quarter
			y, q = idx/4-1, idx%4+1
		default:
			y = ad.Year - 1
		}
	case e.yGiven:
		y, q = e.y, e.q
		if q == 0 && hasCtx {
			q = cq
		}
	default:
		y, q = ad.Year+e.n, e.q
		r.forward = e.n > 0
		if q == 0 {
			if hasCtx {
				q = cq
			} else {
				idx := ad.Year*4 + (int(ad.Month)-1)/3 - 1 // the last completed quarter
				q = idx%4 + 1
			}
		}
	}
	if q == 0 {
		r.value, r.iv = fmtYear(y), yearIv(y)
		return r
	}
	r.value, r.iv = fmtYear(y)+"-Q"+itoa(q), quarterIv(y, q)
	return r
}

// unresolvedValue is the value of a relative expression with no anchor.
func unresolvedValue(e *expr) string {
	switch e.form {
	case fCal:
		return calValue(0, e.m, e.d)
	case fSeason:
		return "XXXX-" + seasonCode[e.season]
	case fQuarter:
		if e.q > 0 {
			return fmt.Sprintf("XXXX-Q%d", e.q)
		}
		return "XXXX-QX"
	case fWeekday:
		return "XXXX-WXX-" + itoa(isoWeekday(e.wd))
	}
	switch e.u {
	case uDay:
		return "XXXX-XX-XX"
	case uWeek, uWeekend:
		return "XXXX-WXX"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uYear:
		return "XXXX"
	}
	return "XXXX"
}

// resolveCal resolves a calendar expression, picking a missing year.
func resolveCal(e *expr, a anchorRef, cue int) resolved {
	forward := cue == cueWeak || isStrong(cue) || cue == cuePastPlan
	r := resolved{kind: pipeline.KindDate, anchor: pipeline.AnchorExplicit}
	if e.yGiven {
		r.value = calValue(e.y, e.m, e.d)
		if e.altUS {
			r.amb = true
			r.alts = []string{calValue(e.y, time.Month(e.d), int(e.m))}
		}
		r.iv = calInterval(e.y, e.m, e.d, e.mod)
		return r
	}
	if a.d.IsZero() {
		r.anchor = pipeline.AnchorNone
		r.value = calValue(0, e.m, e.d)
		r.forward = forward || e.n == 1
		return r
	}
	ad := a.d
	r.anchor = a.kind
	if e.m == 0 { // on the 5th
		return resolveMonthDay(e, ad, cue, r)
	}
	if e.hasRel { // July last year
		y := ad.Year + e.relYear
		if e.d > 0 && !validDay(y, e.m, e.d) {
			r.value, r.anchor = calValue(0, e.m, e.d), pipeline.AnchorNone
			return r
		}
		r.value, r.iv = calValue(y, e.m, e.d), calInterval(y, e.m, e.d, e.mod)
		r.forward = ad.Before(r.iv.Start)
		if a.inferred {
			r.amb, r.alts = true, []string{calValue(y+1, e.m, e.d)}
		}
		return r
	}
	var y int
	sel := e.n
	if e.wdDir == 9 {
		sel = 9
	}
	switch sel {
	case -1: // last April: strictly before the anchor's month
		y = ad.Year
		if e.m >= ad.Month {
			y--
		}
	case 1: // next April
		y = ad.Year
		if e.m <= ad.Month {
			y++
		}
		r.forward = true
	case 2: // this April
		y = ad.Year
		r.forward = ad.Month < e.m
	case 9: // Monday, Oct. 26: the year in which the date falls on that weekday
		y = pickYear(e.m, e.d, ad, forward)
		if !validDay(y, e.m, e.d) || (date{Year: y, Month: e.m, Day: e.d}).Time().Weekday() != e.wd {
			for _, dy := range []int{0, 1, -1, 2, -2} {
				c := ad.Year + dy
				if validDay(c, e.m, e.d) && (date{Year: c, Month: e.m, Day: e.d}).Time().Weekday() == e.wd {
					y = c
					break
				}
			}
		}
	default:
		y = pickYear(e.m, e.d, ad, forward)
		if cue == cueOpen {
			y = pickOpen(e.m, e.d, ad)
		}
		if cue == cueWill {
			// "will … in December" written in March: the coming December,
			// even when last December is nearer; the closer past reading
			// stays an alternative.
			if fy := pickAhead(e.m, e.d, ad); fy != y {
				r.amb, r.alts = true, []string{calValue(y, e.m, e.d)}
				y = fy
			}
		}
		if cue == cueWeak || cue == cueOpen || cue == cuePastPlan {
			if py := pickYear(e.m, e.d, ad, false); py != y {
				// "would … after Feb. 15": the past reading stays possible.
				r.amb = true
				r.alts = []string{calValue(py, e.m, e.d)}
			}
		}
	}
	if sel == 0 && e.d == 0 && e.mod != modNone && !forward && cue != cueOpen && cue != cueWill &&
		ad.Before(calInterval(y, e.m, 0, e.mod).Start) && y == pickYear(e.m, 0, ad, false) {
		// "late February" in a past clause written on Feb. 10: the part of
		// the month must lie on or before the anchor too.
		y--
	}
	r.value = calValue(y, e.m, e.d)
	r.iv = calInterval(y, e.m, e.d, e.mod)
	if a.inferred && (sel == 0 || sel == 9) && !r.amb {
		// The document date is a lower bound: the same text a year later reads the same.
		r.amb = true
		r.alts = []string{calValue(y+1, e.m, e.d)}
	}
	return r
}

// resolveMonthDay resolves a day of the month written without its month
// ("on the 5th") against anchor day ad: in the anchor's month when that day
// is not after the anchor, else in the month before — unless a forward cue
// or a clause without past tense keeps it in the anchor's month, and a
// strong future cue ("will … on the 5th" written on the 10th) moves it to
// the first such day after the anchor. "the 5th of last month" counts the
// months from the anchor's.
func resolveMonthDay(e *expr, ad date, cue int, r resolved) resolved {
	mon := pipeline.MakeDate(ad.Year, ad.Month, 1)
	switch {
	case e.hasRel:
		mon = pipeline.MakeDate(ad.Year, ad.Month+time.Month(e.relYear), 1)
	case ad.Day < e.d && (cue == cueNone || cue == cueWeakPast):
		mon = pipeline.MakeDate(ad.Year, ad.Month-1, 1)
	case ad.Day > e.d && isStrong(cue):
		mon = pipeline.MakeDate(ad.Year, ad.Month+1, 1)
	}
	if !validDay(mon.Year, mon.Month, e.d) {
		r.value, r.anchor = calValue(0, 0, e.d), pipeline.AnchorNone
		return r
	}
	d := date{Year: mon.Year, Month: mon.Month, Day: e.d}
	r.value, r.iv = fmtDay(d), dayIv(d)
	r.forward = ad.Before(d)
	if cue == cueOpen && !e.hasRel && ad.Day < e.d {
		// "an execution on the 25th" written on the 10th, no tense: last month's 25th stays possible
		pm := pipeline.MakeDate(ad.Year, ad.Month-1, 1)
		if validDay(pm.Year, pm.Month, e.d) {
			r.amb, r.alts = true, []string{calValue(pm.Year, pm.Month, e.d)}
		}
	}
	return r
}

// resolveRange resolves both ends of a range and joins them.
func resolveRange(e *expr, a anchorRef, lastDay date, cue int) resolved {
	f, s := *e.first, *e.second
	if s.form == fCal && f.form == fCal {
		if s.m == 0 && s.d > 0 {
			s.m = f.m
		}
		if !f.yGiven && s.yGiven {
			f.y, f.yGiven = s.y, true
			if f.m > s.m && s.m != 0 {
				f.y--
			}
		}
		if f.yGiven && !s.yGiven && s.m != 0 {
			s.y, s.yGiven = f.y, true
			if s.m < f.m {
				s.y++
			}
		}
		if s.hasRel && s.m != 0 && !f.yGiven && !f.hasRel && f.m != 0 {
			// "between January and August last year": both months of last
			// year ("from December to March next year": the December before)
			f.hasRel, f.relYear = true, s.relYear
			if f.m > s.m {
				f.relYear--
			}
		}
	}
	r1 := resolve(&f, a, lastDay, cue)
	if !f.yGiven && !s.yGiven && !s.hasRel && r1.iv.Known() && s.form == fCal {
		// Second end takes the first's year, rolling over a year end.
		s.y, s.yGiven = r1.iv.Start.Year, true
		if s.m == 0 && s.d > 0 {
			s.m = r1.iv.Start.Month // on the 5th and 6th
		}
		if s.m < f.m {
			s.y++
		}
		if !validDay(s.y, s.m, s.d) && s.d > 0 {
			s.yGiven, s.y = false, 0
		}
	}
	r2 := resolve(&s, a, lastDay, cue)
	r := r1
	r.value = r1.value + "/" + r2.value
	if r1.iv.Known() && r2.iv.Known() && !r2.iv.End.Before(r1.iv.Start) {
		r.iv = span(r1.iv.Start, r2.iv.End, coarser(r1.iv.Precision, r2.iv.Precision))
	} else {
		r.iv = pipeline.Interval{}
		if r.anchor != pipeline.AnchorExplicit {
			r.anchor = pipeline.AnchorNone
		}
	}
	if r1.anchor == pipeline.AnchorExplicit && r2.anchor != pipeline.AnchorExplicit {
		r.anchor = r2.anchor
	}
	if r.amb && len(r1.alts) > 0 && len(r2.alts) > 0 {
		r.alts = []string{r1.alts[0] + "/" + r2.alts[0]}
	}
	return r
}

func precRank(p pipeline.Precision) int {
	switch p {
	case pipeline.PrecisionDay:
		return 0
	case pipeline.PrecisionWeek:
		return 1
	case pipeline.PrecisionMonth:
		return 2
	case pipeline.PrecisionSeason:
		return 3
	case pipeline.PrecisionYear:
		return 4
	case pipeline.PrecisionDecade:
		return 5
	}
	return 6
}

func coarser(a, b pipeline.Precision) pipeline.Precision {
	if precRank(b) > precRank(a) {
		return b
	}
	return a
}

// decadeValue is the TIMEX3 value of the decade starting in year y: its
// first three digits, as TimeML 1.2 writes it ("199" for the 1990s).
func decadeValue(y int) string { return string(appendPadded(make([]byte, 0, 3), y/10, 3)) }

// weekOfMonth returns the value and interval of week n (1-4; 5 the last
// seven days; 6 and 7 the first and second half) of the month starting on
// first: days 1-7, 8-14, 15-21, 22-28, the month's last seven days, days
// 1-15 or 16 to the end, precision week, with an ISO 8601 interval value
// ("2021-04-01/2021-04-07").
func weekOfMonth(first date, n int) (string, pipeline.Interval) {
	s := first.AddDays(7 * (n - 1))
	e := s.AddDays(6)
	switch n {
	case 5:
		s = first.EndOfMonth().AddDays(-6)
		e = s.AddDays(6)
	case 6: // the first half: days 1-15
		s, e = first, first.AddDays(14)
	case 7: // the second half: day 16 to the end
		s, e = first.AddDays(15), first.EndOfMonth()
	case 8, 9, 10: // the first, middle and last ten days: 1-10, 11-20, 21 to the end
		s, e = first.AddDays(10*(n-8)), first.AddDays(10*(n-8)+9)
		if n == 10 {
			e = first.EndOfMonth()
		}
	}
	return fmtDay(s) + "/" + fmtDay(e), span(s, e, pipeline.PrecisionWeek)
}

// weekOfSpan returns week n (1-4; 5 the last seven days) of the interval
// iv, counted from its first day (the last seven days for n = 5), with an
// ISO 8601 interval value, precision week.
func weekOfSpan(iv pipeline.Interval, n int) (string, pipeline.Interval) {
	s := iv.Start.AddDays(7 * (n - 1))
	if n == 5 {
		s = iv.End.AddDays(-6)
	}
	e := s.AddDays(6)
	return fmtDay(s) + "/" + fmtDay(e), span(s, e, pipeline.PrecisionWeek)
}

// parseMonth reads "2020-04".
func parseMonth(v string) (int, time.Month, bool) {
	if len(v) != 7 || v[4] != '-' {
		return 0, 0, false
	}
	n := 0
	for k, c := range []byte(v) {
		if k == 4 {
			continue
		}
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	y, m := n/100, time.Month(n%100)
	if m < 1 || m > 12 {
		return 0, 0, false
	}
	return y, m, true
}
