package plot

import (
	"math"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"geotimeline/pipeline"
)

func TestMonthlySpread(t *testing.T) {
	events := []pipeline.Event{
		ev("a", "arrest", ymd(2020, time.March, 3), ymd(2020, time.March, 3), pipeline.PrecisionDay),
		ev("b", "arrest", ymd(2020, time.January, 1), ymd(2020, time.December, 31), pipeline.PrecisionYear),
		ev("c", "lockdown", ymd(2020, time.February, 20), ymd(2020, time.March, 10), pipeline.PrecisionWeek),
		{ID: "d", Type: "order"}, // undated
	}
	c := monthly(events)
	if len(c.months) != 12 || c.months[0].month != ymd(2020, time.January, 1) || c.months[11].month != ymd(2020, time.December, 1) {
		t.Fatalf("months = %d from %v, want the 12 months of 2020", len(c.months), c.months[0].month)
	}
	arrest, lockdown := c.colorIdx["arrest"], c.colorIdx["lockdown"]
	total := 0.0
	for _, m := range c.months {
		for _, v := range m.byType {
			total += v
		}
	}
	if math.Abs(total-3) > 1e-9 {
		t.Errorf("the months hold %v events, want the 3 dated ones", total)
	}
	if got, want := c.months[0].byType[arrest], 31.0/366; math.Abs(got-want) > 1e-9 {
		t.Errorf("January arrests = %v, want %v (the year event's share)", got, want)
	}
	if got, want := c.months[2].byType[arrest], 1+31.0/366; math.Abs(got-want) > 1e-9 {
		t.Errorf("March arrests = %v, want %v", got, want)
	}
	if got, want := c.months[1].byType[lockdown], 10.0/20; math.Abs(got-want) > 1e-9 {
		t.Errorf("February lockdowns = %v, want %v (10 of the 20 days)", got, want)
	}
	if c.nUndated != 1 || c.spread != 2 {
		t.Errorf("undated %d, spread %d; want 1 and 2", c.nUndated, c.spread)
	}
	if len(monthly(nil).months) != 0 {
		t.Error("no events: want no months")
	}
}

func TestAutoFrame(t *testing.T) {
	at := func(lon, lat float64, p pipeline.GeoPrecision) pipeline.Event {
		return pipeline.Event{HasPlace: true, Place: pipeline.Place{Name: "x", Lon: lon, Lat: lat, Precision: p}}
	}
	spotsOf := func(events []pipeline.Event) []spot {
		s := make([]spot, len(events))
		for i, e := range events {
			framing := e.Place.Precision != pipeline.GeoCountry && e.Place.Precision != pipeline.GeoRegion
			s[i] = spot{pt: orb.Point{e.Place.Lon, e.Place.Lat}, framing: framing, index: i}
		}
		return s
	}
	tests := []struct {
		name    string
		events  []pipeline.Event
		def     bool
		contain orb.Point
	}{
		{"none", nil, true, orb.Point{}},
		{"inside", []pipeline.Event{at(128.18, 41.4, pipeline.GeoCity), at(124.4, 40.1, pipeline.GeoCity)}, true, orb.Point{}},
		{"a country centroid far away does not count", []pipeline.Event{at(128.18, 41.4, pipeline.GeoCity), at(103, 35, pipeline.GeoCountry)}, true, orb.Point{}},
		{"a city outside", []pipeline.Event{at(128.18, 41.4, pipeline.GeoCity), at(116.4, 39.9, pipeline.GeoCity)}, false, orb.Point{116.4, 39.9}},
	}
	for _, tc := range tests {
		f := autoFrame(spotsOf(tc.events))
		if (f == DefaultFrame()) != tc.def {
			t.Errorf("%s: frame %v, default %v", tc.name, f, tc.def)
		}
		if !tc.def && (!f.Contains(tc.contain) || !f.Contains(orb.Point{128.18, 41.4})) {
			t.Errorf("%s: frame %v does not hold the events", tc.name, f)
		}
	}
}
