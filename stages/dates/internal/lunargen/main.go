// Command lunargen writes stages/dates/lunar.tsv: the Gregorian dates of
// Seollal (Korean Lunar New Year, the first day of the first lunar month) and
// Chuseok (the 15th day of the eighth lunar month) for 1990–2035, computed
// from astronomical new moons and solar terms in Korea Standard Time
// (UTC+9), the rule of the Korean lunisolar calendar:
//
//   - a lunar month starts on the day (KST) of a new moon;
//   - the month containing the winter solstice is month 11;
//   - when 13 months lie between two months 11, the first of them that
//     contains no principal solar term (a multiple of 30° of solar
//     longitude) is a leap month and repeats the previous month's number
//     (this settles the "2033 problem": leap 11th month in 2033).
//
// New moons follow Meeus, Astronomical Algorithms (2nd ed.), ch. 49 (error
// under a minute); the Sun's apparent longitude ch. 25 (about 0.01°, some 15
// minutes of time). A date can only come out wrong when a new moon or a
// solar term falls within minutes of midnight KST; the program lists the
// margin of every row so such rows can be checked by hand, and the package
// test checks the table against published holiday dates.
//
// Run from the repository root: go run ./stages/dates/internal/lunargen > stages/dates/lunar.tsv
package main

import (
	"fmt"
	"math"
	"os"
	"time"
)

const (
	firstYear = 1990
	lastYear  = 2035
	kst       = 9.0 / 24 // KST offset in days
	deltaT    = 66.0 / 86400
)

func rad(d float64) float64 { return d * math.Pi / 180 }

// newMoon returns the Julian Ephemeris Day of lunation k (k = 0: 2000-01-06).
func newMoon(k float64) float64 {
	T := k / 1236.85
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*T*T - 0.000000150*T*T*T + 0.00000000073*T*T*T*T
	E := 1 - 0.002516*T - 0.0000074*T*T
	M := rad(2.5534 + 29.10535670*k - 0.0000014*T*T - 0.00000011*T*T*T)
	Mp := rad(201.5643 + 385.81693528*k + 0.0107582*T*T + 0.00001238*T*T*T - 0.000000058*T*T*T*T)
	F := rad(160.7108 + 390.67050284*k - 0.0016118*T*T - 0.00000227*T*T*T + 0.000000011*T*T*T*T)
	O := rad(124.7746 - 1.56375588*k + 0.0020672*T*T + 0.00000215*T*T*T)
	s := math.Sin
	c := -0.40720*s(Mp) + 0.17241*E*s(M) + 0.01608*s(2*Mp) + 0.01039*s(2*F) +
		0.00739*E*s(Mp-M) - 0.00514*E*s(Mp+M) + 0.00208*E*E*s(2*M) - 0.00111*s(Mp-2*F) -
		0.00057*s(Mp+2*F) + 0.00056*E*s(2*Mp+M) - 0.00042*s(3*Mp) + 0.00042*E*s(M+2*F) +
		0.00038*E*s(M-2*F) - 0.00024*E*s(2*Mp-M) - 0.00017*s(O) - 0.00007*s(Mp+2*M) +
		0.00004*s(2*Mp-2*F) + 0.00004*s(3*M) + 0.00003*s(Mp+M-2*F) + 0.00003*s(2*Mp+2*F) -
		0.00003*s(Mp+M+2*F) + 0.00003*s(Mp-M+2*F) - 0.00002*s(Mp-M-2*F) - 0.00002*s(3*Mp+M) +
		0.00002*s(4*Mp)
	// Planetary arguments (Meeus table 49.B).
	A := []float64{299.77 + 0.107408*k - 0.009173*T*T, 251.88 + 0.016321*k, 251.83 + 26.651886*k,
		349.42 + 36.412478*k, 84.66 + 18.206239*k, 141.74 + 53.303771*k, 207.14 + 2.453732*k,
		154.84 + 7.306860*k, 34.52 + 27.261239*k, 207.19 + 0.121824*k, 291.34 + 1.844379*k,
		161.72 + 24.198154*k, 239.56 + 25.513099*k, 331.55 + 3.592518*k}
	W := []float64{325, 165, 164, 126, 110, 62, 60, 56, 47, 42, 40, 37, 35, 23}
	for i := range A {
		c += W[i] * 1e-6 * s(rad(A[i]))
	}
	return jde + c
}

// sunLongitude returns the Sun's apparent ecliptic longitude in degrees at JDE.
func sunLongitude(jde float64) float64 {
	T := (jde - 2451545.0) / 36525
	L0 := 280.46646 + 36000.76983*T + 0.0003032*T*T
	M := rad(357.52911 + 35999.05029*T - 0.0001537*T*T)
	C := (1.914602-0.004817*T-0.000014*T*T)*math.Sin(M) + (0.019993-0.000101*T)*math.Sin(2*M) + 0.000289*math.Sin(3*M)
	O := rad(125.04 - 1934.136*T)
	l := L0 + C - 0.00569 - 0.00478*math.Sin(O)
	return math.Mod(math.Mod(l, 360)+360, 360)
}

// solarTerm returns the JDE at which the Sun reaches longitude deg, searching
// from about jde0.
func solarTerm(deg, jde0 float64) float64 {
	j := jde0
	for i := 0; i < 50; i++ {
		d := deg - sunLongitude(j)
		d = math.Mod(d+540, 360) - 180
		j += d * 365.2422 / 360
		if math.Abs(d) < 1e-7 {
			break
		}
	}
	return j
}

// kstDay returns the KST civil date of a JDE and the minutes to the nearest midnight.
func kstDay(jde float64) (time.Time, float64) {
	jd := jde - deltaT + kst + 0.5
	day := math.Floor(jd)
	frac := jd - day
	t := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(day-2451545))
	return t, math.Min(frac, 1-frac) * 1440
}

func jdOf(t time.Time) float64 {
	return 2451544.5 + float64(t.Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)).Hours())/24
}

// newMoonsBetween returns the KST dates of the new moons from the one on or
// before from up to and including the first after to, with the smallest
// midnight margin seen.
func newMoonsBetween(from, to time.Time) ([]time.Time, float64) {
	k := math.Floor((jdOf(from)-2451550.09766)/29.530588861) - 1
	var out []time.Time
	margin := 1440.0
	for ; ; k++ {
		d, m := kstDay(newMoon(k))
		if n, _ := kstDay(newMoon(k + 1)); !n.After(from) {
			continue
		}
		out = append(out, d)
		margin = math.Min(margin, m)
		if d.After(to) {
			return out, margin
		}
	}
}

// month11 returns the start of the lunar month containing the winter
// solstice of year y.
func month11(y int) (time.Time, float64) {
	ws, m := kstDay(solarTerm(270, jdOf(time.Date(y, 12, 21, 0, 0, 0, 0, time.UTC))))
	nms, m2 := newMoonsBetween(ws.AddDate(0, 0, -31), ws)
	for i := len(nms) - 1; i >= 0; i-- {
		if !nms[i].After(ws) {
			return nms[i], math.Min(m, m2)
		}
	}
	panic("no new moon before the solstice")
}

// lunarYear numbers the months of the suì from the month-11 of year y-1 to
// that of year y: 12 months, or 13 with the first month that contains no
// principal solar term (a multiple of 30° of solar longitude) as the leap
// month, which repeats the previous number. It returns the start of months
// 1 and 8 of year y and the smallest midnight margin involved.
func lunarYear(y int) (m1, m8 time.Time, margin float64) {
	a, ma := month11(y - 1)
	b, mb := month11(y)
	nms, mn := newMoonsBetween(a, b) // a … b and one after
	var starts []time.Time
	for _, d := range nms {
		if !d.Before(a) && d.Before(b) {
			starts = append(starts, d)
		}
	}
	margin = math.Min(ma, math.Min(mb, mn))
	// Principal terms in the suì.
	var terms []time.Time
	for deg := 270.0; deg < 270+360; deg += 30 {
		approx := jdOf(a) + (deg-270)/360*365.2422 + 10
		t, mt := kstDay(solarTerm(math.Mod(deg, 360), approx))
		terms = append(terms, t)
		margin = math.Min(margin, mt)
	}
	hasTerm := func(i int) bool {
		end := b
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		for _, t := range terms {
			if !t.Before(starts[i]) && t.Before(end) {
				return true
			}
		}
		return false
	}
	leap := len(starts) == 13
	num := 10 // the first month of the suì is 11
	for i := range starts {
		if leap && !hasTerm(i) {
			leap = false // this is the leap month: same number as the one before
		} else {
			num = num%12 + 1
		}
		switch num {
		case 1:
			if m1.IsZero() {
				m1 = starts[i]
			}
		case 8:
			if m8.IsZero() {
				m8 = starts[i]
			}
		}
	}
	return m1, m8, margin
}

func main() {
	w := os.Stdout
	fmt.Fprintln(w, "# Seollal (1st day of the 1st lunar month) and Chuseok (15th day of the 8th) in the Gregorian calendar, KST.")
	fmt.Fprintln(w, "# Generated by stages/dates/internal/lunargen (Meeus new moons and solar terms); do not edit.")
	fmt.Fprintln(w, "# margin: minutes between the nearest new moon or solar term involved and a KST midnight (small = check by hand).")
	fmt.Fprintln(w, "# year\tseollal\tchuseok\tmargin")
	for y := firstYear; y <= lastYear; y++ {
		m1, m8, margin := lunarYear(y)
		fmt.Fprintf(w, "%d\t%s\t%s\t%.0f\n", y, m1.Format("2006-01-02"), m8.AddDate(0, 0, 14).Format("2006-01-02"), margin)
	}
}
