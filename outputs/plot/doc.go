// Package plot draws geotimeline events as charts (PNG or SVG) with
// gonum.org/v1/plot: the timeline (Write), the events per month stacked by
// type with imprecise dates spread over their months (WriteCounts), and a
// map of the events over province and country boundaries given by the
// caller (WriteMap). Colours follow TypeColors — the event types in
// alphabetical order over Tableau 10 — on every chart, as in the QGIS style.
//
// Streaming. A run too large to hold its events feeds them, one at a time
// and in their final order, to a Summary (NewSummary, Summary.Add) and
// draws from it: WriteSummary, WriteCountsSummary, WriteMapSummary. The
// Summary's memory is bounded by SummaryOptions.MaxMarks events plus the
// distinct months × types and places, whatever the number of events. The
// counts chart and the map are exact over every event (the map merges
// coinciding dots past MaxMarks placed events and says so); the timeline
// draws the MaxMarks events SelectionRule names and says how many dated
// events it leaves out, in its note and in each lane's label
// ("arrest (120 of 4000)"). Summary.Marks gives those events to a report's
// table and Summary.Types the types to a QGIS style. Write, WriteCounts and
// WriteMap take a slice and draw every event: they are the same functions
// over a Summary that keeps everything, so below MaxMarks events a
// streaming run draws the same bytes.
//
// Timeline. In: events (a slice, or a Summary's kept events). Out: a chart
// with one horizontal lane per event type (or per place, Options.LaneBy;
// alphabetical, labelled with the type and its count), each dated event
// drawn as the interval of days it may fall on and coloured by type:
// a day-precise event is a tall narrow tick, a week or month a medium bar
// across its days, a season, year or decade a long thin bar. Overlapping
// intervals in a lane are stacked into sub-rows (up to a cap, past which
// marks overlap translucently), so several hundred events stay legible.
// Each mark gets a short label in 7 pt type — under ByType the place
// ("Hyesan", "N. Pyongan"), under ByPlace the type, plus the day for a
// single-day event ("Hyesan · Feb 15") — beside it (right, else left) inside
// its lane. Labels are placed greedily in order of start day, event id and
// input position, with text widths from the font metrics gonum draws with;
// a label that would overlap another label or any mark, or leave its lane,
// is omitted, and the note under the axis counts the omissions. The
// x axis carries calendar ticks on day, month or year boundaries ("Jan 2020")
// chosen for the span. Undated events are not placed; they are counted, by
// type, in a note under the axis. Input with no dated event gives a valid
// chart that says "no dated events".
//
// Guarantees: the chart depends only on the events and Options (lanes and
// marks are ordered by a total order; no clock, no map iteration); SVG output
// is byte-identical for the same input (fonts are not embedded, so viewers
// substitute Liberation Sans if it is missing). Nothing here mutates gonum's
// package-level defaults. Summary.Add must not run concurrently with
// anything else on the same Summary; once the events are added, the
// Write*Summary functions only read it and may run concurrently.
package plot
