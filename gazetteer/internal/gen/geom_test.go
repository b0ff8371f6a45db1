package main

import (
	"math"
	"testing"
)

func TestLargestCentroid(t *testing.T) {
	square := func(lon0, lat0, lon1, lat1 float64) [][]pt {
		return [][]pt{{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}}}
	}
	tests := []struct {
		name     string
		polys    [][][]pt
		lat, lon float64 // want within 0.05°
	}{
		{"small square at the equator: the middle", [][][]pt{square(10, -1, 12, 1)}, 0, 11},
		{"clockwise ring alike", [][][]pt{{{{10, -1}, {10, 1}, {12, 1}, {12, -1}, {10, -1}}}}, 0, 11},
		// ∫φ cos φ / ∫cos φ over 0..80°: (80°·sin 80° + cos 80° − 1) / sin 80°, in degrees.
		{"tall square: the middle of its area, south of the middle of its latitudes",
			[][][]pt{square(0, 0, 10, 80)}, (80*math.Sin(80*math.Pi/180) + (math.Cos(80*math.Pi/180)-1)*180/math.Pi) / math.Sin(80*math.Pi/180), 5},
		{"the largest polygon wins", [][][]pt{square(0, 0, 1, 1), square(20, 10, 30, 20)}, 15, 25},
	}
	for _, tc := range tests {
		c, ok := largestCentroid(tc.polys)
		if !ok || math.Abs(c[1]-tc.lat) > 0.05 || math.Abs(c[0]-tc.lon) > 0.05 {
			t.Errorf("%s: largestCentroid = %v (lon, lat), %v; want lat %.3f lon %.3f", tc.name, c, ok, tc.lat, tc.lon)
		}
	}
	if _, ok := largestCentroid([][][]pt{{{{0, 0}, {1, 1}}}}); ok {
		t.Errorf("largestCentroid of a degenerate ring reports a point")
	}
}
