// Package testevents holds the events the output packages' tests share, so
// that GeoJSON, Parquet and the plots are checked against the same input.
// It is imported by tests only.
package testevents

import (
	"fmt"
	"math/rand/v2"
	"time"

	"geotimeline/pipeline"
)

// Fixture returns a handful of events written for these tests: a day-dated
// event reported twice, a month-precision one, a year-precision one at a
// place written in Hangul, one without a place, one without a date, and one
// whose coordinates carry more than 6 decimals.
func Fixture() []pipeline.Event {
	docA := pipeline.Document{ID: "a.txt", Title: "Border patrols tightened", Source: "Test Wire", Published: pipeline.MakeDate(2020, time.November, 9)}
	docB := pipeline.Document{ID: "b.txt", Title: "Traders detained", Source: "Example Daily", Published: pipeline.MakeDate(2020, time.November, 10)}
	docC := pipeline.Document{ID: "c.txt", Title: "Quarantine extended", Source: "Test Wire"}
	mention := func(doc string, start, end int) pipeline.Mention {
		return pipeline.Mention{DocID: doc, CharStart: start, CharEnd: end}
	}
	sinuiju := pipeline.Place{ID: "geonames:2039335", Name: "Sinuiju", Lat: 40.100556, Lon: 124.398056, FeatureCode: "PPLA", Admin1: "North Pyongan", Country: "KP", Precision: pipeline.GeoCity, UncertaintyKM: 10}
	kaesong := pipeline.Place{ID: "geonames:1877449", Name: "Kaesong", Lat: 37.970833, Lon: 126.554444, FeatureCode: "PPLA", Admin1: "North Hwanghae", Country: "KP", Precision: pipeline.GeoCity, UncertaintyKM: 8}
	hyesan := pipeline.Place{ID: "geonames:2044757", Name: "Hyesan", Lat: 41.401667, Lon: 128.1775, FeatureCode: "PPLA", Admin1: "Ryanggang", Country: "KP", Precision: pipeline.GeoCity, UncertaintyKM: 7.5}
	ryanggang := pipeline.Place{ID: "geonames:2039332", Name: "Ryanggang", Lat: 41.123456789, Lon: 128.0000004, FeatureCode: "ADM1", Admin1: "Ryanggang", Country: "KP", Precision: pipeline.GeoAdmin1, UncertaintyKM: 80}
	nk := pipeline.Place{ID: "geonames:1873107", Name: "North Korea", Lat: 40, Lon: 127, FeatureCode: "PCLI", Country: "KP", Precision: pipeline.GeoCountry, UncertaintyKM: 300}
	return []pipeline.Event{
		{
			ID: "a.txt#120-188#arrest", Type: "arrest", Summary: "police arrested traders in Sinuiju",
			Actors: []string{"police", "traders"}, Modality: pipeline.Occurred,
			Date:     pipeline.Interval{Start: pipeline.MakeDate(2020, time.November, 5), End: pipeline.MakeDate(2020, time.November, 5), Precision: pipeline.PrecisionDay},
			DateText: "Nov. 5", DateBasis: pipeline.BasisExplicit,
			HasPlace: true, PlaceName: "Sinuiju", Place: sinuiju, Doc: docA,
			Sentence:  "Police arrested four traders in Sinuiju on Nov. 5, a source said.",
			CharStart: 120, CharEnd: 186, Confidence: 0.9, ReportedBy: "a source", ReportedOn: pipeline.MakeDate(2020, time.November, 8),
			Mentions:  []pipeline.Mention{mention("a.txt", 120, 186), mention("b.txt", 40, 97), mention("a.txt", 300, 350)},
			MergeNote: "same type, place and day in b.txt",
		},
		{
			ID: "c.txt#10-70#lockdown", Type: "lockdown", Summary: "Kaesong locked down in August",
			Modality: pipeline.Ongoing,
			Date:     pipeline.Interval{Start: pipeline.MakeDate(2020, time.August, 1), End: pipeline.MakeDate(2020, time.August, 31), Precision: pipeline.PrecisionMonth},
			DateText: "in August", DateBasis: pipeline.BasisInferred,
			HasPlace: true, PlaceName: "Kaesong", Place: kaesong, Doc: docC,
			Sentence:  "The city of Kaesong stayed under lockdown in August.",
			CharStart: 10, CharEnd: 62, Confidence: 0.75,
			Mentions: []pipeline.Mention{mention("c.txt", 10, 62)},
		},
		{
			ID: "b.txt#200-260#execution", Type: "execution", Summary: "a man executed in 혜산",
			Actors: []string{"security ministry"}, Modality: pipeline.Occurred,
			Date:     pipeline.Interval{Start: pipeline.MakeDate(2021, time.January, 1), End: pipeline.MakeDate(2021, time.December, 31), Precision: pipeline.PrecisionYear},
			DateText: "last year", DateBasis: pipeline.BasisInferred,
			HasPlace: true, PlaceName: "혜산", Place: hyesan, Doc: docB,
			Sentence:  "Last year a man was executed in 혜산 for smuggling.",
			CharStart: 200, CharEnd: 249, Confidence: 0.6, ReportedBy: "a resident",
			Mentions: []pipeline.Mention{mention("b.txt", 200, 249)},
		},
		{
			ID: "a.txt#400-450#order", Type: "order", Summary: "ministry ordered inspections",
			Actors: []string{"Ministry of State Security"}, Modality: pipeline.Ordered,
			Date:     pipeline.Interval{Start: pipeline.MakeDate(2020, time.November, 2), End: pipeline.MakeDate(2020, time.November, 2), Precision: pipeline.PrecisionDay},
			DateText: "Monday", DateBasis: pipeline.BasisPublished,
			Doc:       docA,
			Sentence:  "On Monday the ministry ordered new inspections.",
			CharStart: 400, CharEnd: 447, Confidence: 0.5,
			Mentions: []pipeline.Mention{mention("a.txt", 400, 447)},
		},
		{
			ID: "b.txt#500-560#crackdown", Type: "crackdown", Summary: "crackdown on phones",
			Modality:  pipeline.Ongoing,
			DateBasis: pipeline.BasisNone,
			HasPlace:  true, PlaceName: "North Korea", Place: nk, Doc: docB,
			Sentence:  "North Korea has intensified a crackdown on foreign phones.",
			CharStart: 500, CharEnd: 558, Confidence: 0.4,
			Mentions: []pipeline.Mention{mention("b.txt", 500, 558)},
		},
		{
			ID: "c.txt#90-150#border_closure", Type: "border_closure", Summary: "border closed for a week",
			Modality: pipeline.Occurred,
			Date:     pipeline.Interval{Start: pipeline.MakeDate(2020, time.September, 7), End: pipeline.MakeDate(2020, time.September, 13), Precision: pipeline.PrecisionWeek},
			DateText: "the following week", DateBasis: pipeline.BasisInferred,
			HasPlace: true, PlaceName: "Ryanggang Province", Place: ryanggang, Doc: docC,
			Sentence:  "The border in Ryanggang Province was closed the following week.",
			CharStart: 90, CharEnd: 153, Confidence: 0.7,
			Mentions: []pipeline.Mention{mention("c.txt", 90, 153)},
		},
	}
}

// Many returns n synthetic events spread over 2019–2021 across eight types
// and a dozen places with a mix of precisions, from a fixed seed, so the chart is crowded the
// way a real corpus makes it.
func Many(n int) []pipeline.Event {
	rng := rand.New(rand.NewPCG(1, 2))
	types := []string{"arrest", "border_closure", "crackdown", "execution", "lockdown", "order", "sentence", "smuggling"}
	places := []string{"Hyesan", "Sinuiju", "Pyongyang", "Chongjin", "Kaesong", "Hoeryong", "Musan", "North Pyongan", "South Hamgyong", "Ryanggang Province", "Dandong"}
	start := pipeline.MakeDate(2019, time.January, 1)
	events := make([]pipeline.Event, n)
	for i := range events {
		e := &events[i]
		e.ID = fmt.Sprintf("doc%03d#%d", i/4, i)
		e.Type = types[rng.IntN(len(types))]
		d := start.AddDays(rng.IntN(3 * 365))
		switch r := rng.IntN(20); {
		case r < 11:
			e.Date = pipeline.Interval{Start: d, End: d, Precision: pipeline.PrecisionDay}
		case r < 13:
			e.Date = pipeline.Interval{Start: d, End: d.AddDays(6), Precision: pipeline.PrecisionWeek}
		case r < 16:
			e.Date = pipeline.Interval{Start: pipeline.MakeDate(d.Year, d.Month, 1), End: d.EndOfMonth(), Precision: pipeline.PrecisionMonth}
		case r < 17:
			e.Date = pipeline.Interval{Start: pipeline.MakeDate(d.Year, 1, 1), End: pipeline.MakeDate(d.Year, 12, 31), Precision: pipeline.PrecisionYear}
		case r < 18:
			e.Date = pipeline.Interval{Start: pipeline.MakeDate(d.Year, 6, 1), End: pipeline.MakeDate(d.Year, 8, 31), Precision: pipeline.PrecisionSeason}
		}
		// r >= 18: undated
		if k := rng.IntN(len(places) + 2); k < len(places) { // some have no place
			e.HasPlace, e.PlaceName = true, places[k]
			e.Place = pipeline.Place{ID: fmt.Sprintf("test:%d", k), Name: places[k]}
		}
	}
	return events
}
