package events

import (
	"slices"
	"strings"

	"geotimeline/pipeline"
)

// An occasion is a day a sentence fixes for an occasion the report may
// first date loosely: "executed a man … at a public trial last week", then
// "the trial was held on the 12th at the county stadium".
type occasion struct {
	types []string // the event types the occasion is told as (lapseNouns)
	link  dateLink // its day
}

// occasionVerbs say that an occasion happened ("the trial was held on the
// 12th", "the rally was staged on Monday").
var occasionVerbs = map[string]bool{"held": true, "staged": true, "conducted": true, "carried": true, "opened": true}

// occasionDays lists, once a document, the days its sentences fix for
// occasions: a definite occasion noun opening its clause ("The trial", "…
// told Daily NK that the public trial"; not "A lecture about the trial
// was held …")
// followed by "was held", "was staged", "was conducted", "was carried out",
// "took place", "began" or "started", and a day of the sentence after the
// verb.
func (d *docCtx) occasionDays() []occasion {
	if d.occDaysDone {
		return d.occDays
	}
	d.occDaysDone = true
	for _, s := range d.sents {
		if len(s.dates) == 0 {
			continue // no day to fix
		}
		t := s.toks
		for k := 1; k+2 < len(t); k++ {
			switch t[k+1].low {
			case "took", "was", "were", "began", "started":
			default:
				continue
			}
			types, ok := lapseNouns[t[k].low]
			if !ok {
				continue
			}
			det := k - 1
			if t[det].low != "the" {
				det--
			}
			if det < 0 || t[det].low != "the" || !opensClause(s, det) {
				continue // the occasion opens its clause: not "A lecture about the trial was held"
			}
			verb := t[k+1].low == "took" && t[k+2].low == "place" ||
				(t[k+1].low == "was" || t[k+1].low == "were") && occasionVerbs[t[k+2].low] ||
				t[k+1].low == "began" || t[k+1].low == "started"
			if !verb {
				continue
			}
			verbEnd := t[k+2].end // "took place", "was held"
			if t[k+1].low == "began" || t[k+1].low == "started" {
				verbEnd = t[k+1].end // "began Tuesday"
			}
			for _, di := range s.dates {
				m := &d.dates[di]
				if m.Span.Start < verbEnd || s.attr[di] || d.dateClass(s, di) != classGood ||
					m.Interval.Precision != pipeline.PrecisionDay || m.Interval.Start != m.Interval.End {
					continue
				}
				l := d.dateFrom(di, dateSentence)
				l.at = -1
				d.occDays = append(d.occDays, occasion{types: types, link: l})
				break
			}
			break
		}
	}
	return d.occDays
}

// occasionFor returns the day an occasion sentence fixes inside dl, a
// looser date of an event of type typ ("last week" for an execution whose
// trial "was held on the 12th").
func (d *docCtx) occasionFor(typ string, dl dateLink) (dateLink, bool) {
	if !dl.iv.Known() || dl.iv.Start == dl.iv.End {
		return dateLink{}, false
	}
	for _, o := range d.occasionDays() {
		day := o.link.iv.Start
		if slices.Contains(o.types, typ) && !day.Before(dl.iv.Start) && !dl.iv.End.Before(day) {
			l := o.link
			l.level = dl.level
			return l, true
		}
	}
	return dateLink{}, false
}

// opensClause reports whether token k opens its sentence, follows "that"
// ("told Daily NK that the trial was held on the 12th") or a comma or
// semicolon.
func opensClause(s *sent, k int) bool {
	if k == 0 || s.toks[k-1].low == "that" {
		return true
	}
	between := s.doc[s.toks[k-1].end:s.toks[k].start]
	return strings.ContainsAny(between, ",;")
}
