package pipeline

import (
	"fmt"
	"time"
)

// A Date is a calendar day in the proleptic Gregorian calendar. The zero
// value means "unknown".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// MakeDate returns the normalized date for year, month and day; out-of-range
// values roll over as in time.Date (day 0 is the last day of the month before).
func MakeDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// ParseDate parses YYYY-MM-DD, or an RFC 3339 timestamp of which it keeps the
// calendar day as written.
func ParseDate(s string) (Date, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return DateOf(t), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return DateOf(t), nil
	}
	return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
}

// IsZero reports whether d is the unknown date.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return MakeDate(d.Year, d.Month, d.Day+n) }

// Before reports whether d is strictly earlier than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// DaysUntil returns the number of days from d to e (negative if e is earlier).
// Dates out of their fields' usual ranges count as time.Date normalizes
// them. It counts days by calendar arithmetic, without two time.Time
// values (called for every candidate pair of the merge, that was most of
// its cost); far-off dates, whose difference time.Duration cannot hold,
// take the time.Time way, which saturates.
func (d Date) DaysUntil(e Date) int {
	if a, ok := d.dayNumber(); ok {
		if b, ok := e.dayNumber(); ok && b-a < maxDurationDays && a-b < maxDurationDays {
			return b - a
		}
	}
	return int(e.Time().Sub(d.Time()).Hours() / 24)
}

// maxDurationDays bounds the differences in days DaysUntil computes by
// calendar arithmetic: a time.Duration holds 106,751 days and a fraction.
const maxDurationDays = 106751

// dayNumber returns the days from 1970-01-01 to d, normalized as time.Date
// does (a day or month beyond its range carries over), and false for
// fields so far out that it leaves the computation to time.Date.
func (d Date) dayNumber() (int, bool) {
	y, m := d.Year, int(d.Month)-1
	if uint(y) > 1<<20 || uint(m) > 11 || uint(d.Day) > 1<<20 {
		// Before year 0, or a month or day out of its usual range:
		// normalize the month and year as time.Date carries them.
		const lim = 1 << 20
		if y < -lim || y > lim || m < -lim || m > lim || d.Day < -lim<<4 || d.Day > lim<<4 {
			return 0, false
		}
		y += m / 12
		m %= 12
		if m < 0 {
			m += 12
			y--
		}
	}
	// Days from civil (H. Hinnant), on a year that starts in March, with
	// eras of 400 years counted from year 0 so that the divisions are of
	// a non-negative number.
	if m < 2 {
		y--
	}
	y += 400 << 12 // a multiple of 400 past any year allowed above
	era := uint(y) / 400
	yoe := uint(y) - era*400                    // [0, 399]
	doy := (153*(uint(m+10)%12) + 2) / 5        // the month's first day in the March year
	doe := int(yoe*365 + yoe/4 - yoe/100 + doy) // [0, 146096]
	return (int(era)-400<<12/400)*146097 + doe - 719468 + d.Day - 1, true
}

// String formats d as YYYY-MM-DD, or "" when d is unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Year, int(d.Month), d.Day
	if y < 0 || y > 9999 || m < 0 || m > 99 || dd < 0 || dd > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
	}
	// fmt.Sprintf("%04d-%02d-%02d") without fmt: dates are formatted for
	// every mention and every output row.
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + dd/10), byte('0' + dd%10)}
	return string(b[:])
}

// MarshalText implements encoding.TextMarshaler (unknown dates marshal as "").
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler: "" is the unknown
// date, anything else is parsed by ParseDate.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// EndOfMonth returns the last day of d's month.
func (d Date) EndOfMonth() Date { return MakeDate(d.Year, d.Month+1, 0) }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Precision is how finely a date interval is known. Its values follow UCDP's
// date_prec in spirit; docs/dates.md maps them.
type Precision string

// The precisions, finest first.
const (
	PrecisionDay     Precision = "day"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionSeason  Precision = "season"
	PrecisionYear    Precision = "year"
	PrecisionDecade  Precision = "decade"
	PrecisionUnknown Precision = "unknown"
)

// Interval is a closed range of calendar days with its precision: Start and
// End are the first and last day the thing may fall on. A zero Start means
// the interval is unknown.
type Interval struct {
	Start, End Date
	Precision  Precision
}

// Known reports whether the interval fixes any day at all.
func (iv Interval) Known() bool { return !iv.Start.IsZero() }

// Days returns the number of days the interval spans (0 when unknown).
func (iv Interval) Days() int {
	if !iv.Known() {
		return 0
	}
	return iv.Start.DaysUntil(iv.End) + 1
}

// Overlaps reports whether two known intervals share at least one day.
func (iv Interval) Overlaps(o Interval) bool {
	if !iv.Known() || !o.Known() {
		return false
	}
	return !iv.End.Before(o.Start) && !o.End.Before(iv.Start)
}
