// Package dedup merges the reports of one real-world event — by several
// documents, or twice by one — into a single event.
//
// Merge is not a per-document Stage: it is a function over the ordered
// stream of events that the pipeline produces. Its output depends only on
// the order of its input (which the caller fixes by document order), never on
// scheduling, so runs with one or many workers agree byte for byte.
//
// Two events merge when they have the same type; dates that overlap (both
// known, with widths no more than 40 times apart) or, for undated events, the
// same document; places that agree (the same gazetteer id, within 50 km, or
// one's admin1 or country containing the other); no conflicting specific
// actors; and compatible modalities (a denied event never merges with one
// that happened). docs/events.md gives the full rule.
//
// Candidates are found through an index by type and month, so Merge runs in
// about O(n·k) for k events per type and month, not O(n²).
package dedup

import (
	"fmt"
	"io"
	"log/slog"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// Options configures Merge. The zero value is useful.
type Options struct {
	// Logger receives a debug summary; nil discards it.
	Logger *slog.Logger
}

// Limits of the merge rule.
const (
	// MaxDistanceKM is how far apart two places may be and still be one.
	MaxDistanceKM = 50
	// MaxWidthRatio bounds how much wider one date interval may be than the
	// other: a day merges with a month, not with a year.
	MaxWidthRatio = 40
	// maxBuckets caps the months an interval is indexed under; wider
	// intervals go to a per-type list of wide clusters.
	maxBuckets = 36
)

// cluster is one merged event under construction.
type cluster struct {
	ev      pipeline.Event
	notes   []string
	members int
}

type bucketKey struct {
	typ   string
	month int // year*12 + month-1
}

type docKey struct {
	typ, doc string
}

// Merge returns events with the reports of one event merged, in order of
// first mention. Each merged event keeps the ID, document and sentence of its
// first mention, every Mention in input order, the intersection of the dates,
// the most precise place, and a MergeNote saying why and what disagreed.
// The input is not modified.
func Merge(events []pipeline.Event, opts Options) []pipeline.Event {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	var cs []*cluster
	byMonth := map[bucketKey][]int{}
	wide := map[string][]int{}
	undated := map[docKey][]int{}

	index := func(ci int) {
		ev := &cs[ci].ev
		if !ev.Date.Known() {
			k := docKey{ev.Type, ev.Doc.ID}
			undated[k] = append(undated[k], ci)
			return
		}
		lo, hi := monthOf(ev.Date.Start), monthOf(ev.Date.End)
		if hi-lo+1 > maxBuckets {
			wide[ev.Type] = append(wide[ev.Type], ci)
			return
		}
		for m := lo; m <= hi; m++ {
			k := bucketKey{ev.Type, m}
			if l := byMonth[k]; len(l) == 0 || l[len(l)-1] != ci {
				byMonth[k] = append(l, ci)
			}
		}
	}

	for _, e := range events {
		var cands []int
		if !e.Date.Known() {
			cands = undated[docKey{e.Type, e.Doc.ID}]
		} else {
			lo, hi := monthOf(e.Date.Start), monthOf(e.Date.End)
			if hi-lo+1 > maxBuckets {
				hi = lo + maxBuckets - 1
			}
			seen := map[int]bool{}
			for m := lo; m <= hi; m++ {
				for _, ci := range byMonth[bucketKey{e.Type, m}] {
					if !seen[ci] {
						seen[ci] = true
						cands = append(cands, ci)
					}
				}
			}
			for _, ci := range wide[e.Type] {
				if !seen[ci] {
					seen[ci] = true
					cands = append(cands, ci)
				}
			}
			sort.Ints(cands)
		}
		target := -1
		var why string
		for _, ci := range cands {
			if ok, w := compatible(&cs[ci].ev, &e); ok {
				target, why = ci, w
				break
			}
		}
		if target < 0 {
			c := &cluster{ev: e, members: 1}
			c.ev.Mentions = append([]pipeline.Mention(nil), e.Mentions...)
			c.ev.Actors = append([]string(nil), e.Actors...)
			cs = append(cs, c)
			index(len(cs) - 1)
			continue
		}
		// A merged interval only narrows, so the cluster stays findable
		// under the months it was indexed by.
		absorb(cs[target], &e, why)
	}
	out := make([]pipeline.Event, len(cs))
	merged := 0
	for i, c := range cs {
		out[i] = c.ev
		if c.members > 1 {
			merged++
			note := fmt.Sprintf("%d reports merged: %s", c.members, strings.Join(c.notes, "; "))
			if c.ev.MergeNote != "" {
				note = c.ev.MergeNote + "; " + note
			}
			out[i].MergeNote = note
		}
	}
	log.Debug("dedup", "in", len(events), "out", len(out), "merged", merged)
	return out
}

func monthOf(d pipeline.Date) int { return d.Year*12 + int(d.Month) - 1 }

// compatible reports whether e is another report of the event of c, and why.
func compatible(c, e *pipeline.Event) (bool, string) {
	if c.Type != e.Type {
		return false, ""
	}
	if (c.Modality == pipeline.Negated) != (e.Modality == pipeline.Negated) {
		return false, ""
	}
	var reasons []string
	switch {
	case c.Date.Known() && e.Date.Known():
		if !c.Date.Overlaps(e.Date) {
			return false, ""
		}
		a, b := c.Date.Days(), e.Date.Days()
		if a > b {
			a, b = b, a
		}
		if b > MaxWidthRatio*a {
			return false, ""
		}
		reasons = append(reasons, fmt.Sprintf("dates overlap (%s and %s)", ivString(c.Date), ivString(e.Date)))
	case !c.Date.Known() && !e.Date.Known():
		if c.Doc.ID != e.Doc.ID {
			return false, ""
		}
		reasons = append(reasons, "both undated in the same document")
	default:
		return false, ""
	}
	ok, why := placesAgree(c, e)
	if !ok {
		return false, ""
	}
	reasons = append(reasons, why)
	if actorsConflict(c.Actors, e.Actors) {
		return false, ""
	}
	return true, fmt.Sprintf("same type %s, %s", e.Type, strings.Join(reasons, ", "))
}

// placesAgree reports whether two events' places can be one place.
func placesAgree(c, e *pipeline.Event) (bool, string) {
	switch {
	case !c.HasPlace && !e.HasPlace:
		return true, "neither placed"
	case !c.HasPlace || !e.HasPlace:
		if c.Doc.ID == e.Doc.ID {
			return true, "one unplaced, same document"
		}
		return false, ""
	}
	p, q := c.Place, e.Place
	if p.ID != "" && p.ID == q.ID {
		return true, "same place " + p.Name
	}
	if contains(p, q) {
		return true, fmt.Sprintf("%s contains %s", p.Name, q.Name)
	}
	if contains(q, p) {
		return true, fmt.Sprintf("%s contains %s", q.Name, p.Name)
	}
	d := distanceKM(p, q)
	if d <= MaxDistanceKM {
		return true, fmt.Sprintf("%s and %s %.0f km apart", p.Name, q.Name, d)
	}
	// A vague area (a border, a river), which has no admin unit to contain
	// anything, holds what lies within its radius ("the border with China"
	// and Dandong).
	wide := p
	if rank(q.Precision) > rank(p.Precision) {
		wide = q
	}
	if wide.Precision == pipeline.GeoRegion && wide.UncertaintyKM > 0 && d <= wide.UncertaintyKM {
		return true, fmt.Sprintf("%s and %s %.0f km apart, within the %.0f km extent of %s", p.Name, q.Name, d, wide.UncertaintyKM, wide.Name)
	}
	return false, ""
}

// contains reports whether the area of p (a country or admin1) holds q.
func contains(p, q pipeline.Place) bool {
	if rank(p.Precision) <= rank(q.Precision) || p.Country == "" || p.Country != q.Country {
		return false
	}
	switch p.Precision {
	case pipeline.GeoCountry:
		return true
	case pipeline.GeoAdmin1:
		return p.Admin1 != "" && strings.EqualFold(p.Admin1, q.Admin1)
	}
	return false
}

// rank orders precisions, finest first.
func rank(p pipeline.GeoPrecision) int {
	switch p {
	case pipeline.GeoPoint:
		return 0
	case pipeline.GeoCity:
		return 1
	case pipeline.GeoAdmin2:
		return 2
	case pipeline.GeoAdmin1:
		return 3
	case pipeline.GeoCountry:
		return 4
	case pipeline.GeoRegion:
		return 5
	}
	return 6
}

// distanceKM is the great-circle distance between two places.
func distanceKM(p, q pipeline.Place) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	la1, la2 := p.Lat*rad, q.Lat*rad
	dla, dlo := (q.Lat-p.Lat)*rad, (q.Lon-p.Lon)*rad
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// actorsConflict reports whether two events name different specific actors.
// Names starting in lower case ("authorities", "judicial authorities") are
// generic and never conflict; an empty list never conflicts.
func actorsConflict(a, b []string) bool {
	sa, sb := specific(a), specific(b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	for _, x := range sa {
		for _, y := range sb {
			if x == y {
				return false
			}
		}
	}
	return true
}

func specific(names []string) []string {
	var out []string
	for _, n := range names {
		if r, _ := utf8.DecodeRuneInString(n); unicode.IsUpper(r) {
			out = append(out, n)
		}
	}
	return out
}

// absorb merges e into c.
func absorb(c *cluster, e *pipeline.Event, why string) {
	ev := &c.ev
	c.members++
	ev.Mentions = append(ev.Mentions, e.Mentions...)
	var notes []string
	notes = append(notes, why)
	if ev.Date.Known() && e.Date.Known() {
		iv := intersect(ev.Date, e.Date)
		if iv.Start != ev.Date.Start || iv.End != ev.Date.End {
			if e.Date.Days() < ev.Date.Days() {
				ev.DateText, ev.DateBasis = e.DateText, e.DateBasis
			}
			ev.Date = iv
		}
		if ev.Date.Days() < e.Date.Days() && e.Date.Precision != ev.Date.Precision {
			notes = append(notes, fmt.Sprintf("dates differ in precision (%s vs %s)", e.Date.Precision, ev.Date.Precision))
		}
	}
	if e.HasPlace && ev.HasPlace && e.Place.ID != ev.Place.ID {
		if d := distanceKM(e.Place, ev.Place); d > e.Place.UncertaintyKM+ev.Place.UncertaintyKM+MaxDistanceKM {
			notes = append(notes, fmt.Sprintf("conflict: places disagree beyond their precision (%s vs %s, %.0f km)", ev.Place.Name, e.Place.Name, d))
		}
	}
	if e.HasPlace && (!ev.HasPlace || finer(e.Place, ev.Place)) {
		ev.HasPlace, ev.PlaceName, ev.Place, ev.PlaceWhy = true, e.PlaceName, e.Place, e.PlaceWhy
	}
	for _, a := range e.Actors {
		if !hasString(ev.Actors, a) {
			ev.Actors = append(ev.Actors, a)
		}
	}
	if ev.ReportedBy == "" {
		ev.ReportedBy = e.ReportedBy
	}
	if ev.ReportedOn.IsZero() {
		ev.ReportedOn = e.ReportedOn
	}
	ev.Confidence = math.Round(math.Min(0.99, 1-(1-ev.Confidence)*(1-e.Confidence*0.5))*100) / 100
	if e.Modality != ev.Modality {
		notes = append(notes, fmt.Sprintf("conflict: modality %s vs %s", ev.Modality, e.Modality))
	}
	if e.MergeNote != "" {
		notes = append(notes, e.MergeNote)
	}
	c.notes = append(c.notes, fmt.Sprintf("%s (%s)", mentionRef(e), strings.Join(notes, "; ")))
}

// finer reports whether p pins a location more precisely than q.
func finer(p, q pipeline.Place) bool {
	if rank(p.Precision) != rank(q.Precision) {
		return rank(p.Precision) < rank(q.Precision)
	}
	return p.UncertaintyKM > 0 && p.UncertaintyKM < q.UncertaintyKM
}

func intersect(a, b pipeline.Interval) pipeline.Interval {
	iv := a
	if b.Start.Compare(iv.Start) > 0 {
		iv.Start = b.Start
	}
	if b.End.Compare(iv.End) < 0 {
		iv.End = b.End
	}
	if b.Days() < a.Days() {
		iv.Precision = b.Precision
	}
	return iv
}

func ivString(iv pipeline.Interval) string {
	if iv.Start == iv.End {
		return iv.Start.String()
	}
	return iv.Start.String() + ".." + iv.End.String()
}

func mentionRef(e *pipeline.Event) string {
	if len(e.Mentions) > 0 {
		return fmt.Sprintf("%s sentence %d", e.Mentions[0].DocID, e.Mentions[0].Sentence)
	}
	return fmt.Sprintf("%s sentence %d", e.Doc.ID, e.SentenceN)
}

func hasString(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
