package main

import (
	"encoding/json"
	"fmt"
	"math"
)

// geometry is a GeoJSON geometry with its coordinates decoded into rings or
// lines of [lon, lat] points.
type geometry struct {
	Type        string          `json:"type"`
	Coordinates json.RawMessage `json:"coordinates"`
}

type pt = [2]float64

// polygons returns the polygons (outer ring first) of a Polygon or
// MultiPolygon.
func (g geometry) polygons() ([][][]pt, error) {
	switch g.Type {
	case "Polygon":
		var p [][]pt
		if err := json.Unmarshal(g.Coordinates, &p); err != nil {
			return nil, err
		}
		return [][][]pt{p}, nil
	case "MultiPolygon":
		var mp [][][]pt
		err := json.Unmarshal(g.Coordinates, &mp)
		return mp, err
	}
	return nil, fmt.Errorf("geometry %s is not a polygon", g.Type)
}

// lines returns the parts of a LineString or MultiLineString.
func (g geometry) lines() ([][]pt, error) {
	switch g.Type {
	case "LineString":
		var l []pt
		if err := json.Unmarshal(g.Coordinates, &l); err != nil {
			return nil, err
		}
		return [][]pt{l}, nil
	case "MultiLineString":
		var ml [][]pt
		err := json.Unmarshal(g.Coordinates, &ml)
		return ml, err
	}
	return nil, fmt.Errorf("geometry %s is not a line", g.Type)
}

// point returns a Point's coordinates.
func (g geometry) point() (pt, error) {
	var p pt
	if g.Type != "Point" {
		return p, fmt.Errorf("geometry %s is not a point", g.Type)
	}
	err := json.Unmarshal(g.Coordinates, &p)
	return p, err
}

// ringAreaCentroidSphere returns the area-weighted centroid of a closed
// ring in lon/lat and its area as the sphere measures it (in degree² times
// cos latitude, signed): a lon/lat degree square shrinks with the cosine of
// its latitude, so the planar centroid of a large northern country sits too
// far north (Russia's by about 1.5°). The integrals ∬cos φ, ∬λ cos φ and
// ∬φ cos φ over the ring are edge integrals by Green's theorem, each edge
// done by Simpson's rule on pieces of at most 1° of latitude.
func ringAreaCentroidSphere(r []pt) (float64, pt) {
	const rad = math.Pi / 180
	var a, mx, my float64
	for i := 0; i+1 < len(r); i++ {
		x0, y0, x1, y1 := r[i][0], r[i][1], r[i+1][0], r[i+1][1]
		dy := y1 - y0
		if dy == 0 {
			continue
		}
		// Simpson's rule on pieces of at most 1° of latitude.
		n := math.Ceil(math.Abs(dy))
		var sa, sx, sy float64
		for j := 0.0; j < n; j++ {
			for k, w := range [3]float64{1, 4, 1} {
				t := (j + float64(k)/2) / n
				x, y := x0+t*(x1-x0), y0+t*(y1-y0)
				c := math.Cos(y * rad)
				sa += w * x * c
				sx += w * x * x / 2 * c
				sy += w * x * y * c
			}
		}
		a += sa / (6 * n) * dy
		mx += sx / (6 * n) * dy
		my += sy / (6 * n) * dy
	}
	if a == 0 {
		return 0, r[0]
	}
	return a, pt{mx / a, my / a}
}

// largestCentroid returns the centroid (area-weighted on the sphere) of the
// outer ring of the largest polygon, so that overseas parts do not drag a
// country's point into the sea.
func largestCentroid(polys [][][]pt) (pt, bool) {
	best, found := -1.0, false
	var c pt
	for _, p := range polys {
		if len(p) == 0 || len(p[0]) < 4 {
			continue
		}
		a, pc := ringAreaCentroidSphere(p[0])
		if math.Abs(a) > best {
			best, c, found = math.Abs(a), pc, true
		}
	}
	return c, found
}

// inPolygons reports whether p lies inside any of the polygons (even-odd
// rule over all rings, so holes count).
func inPolygons(p pt, polys [][][]pt) bool {
	for _, poly := range polys {
		in := false
		for _, ring := range poly {
			for i, j := 0, len(ring)-1; i < len(ring); j, i = i, i+1 {
				a, b := ring[i], ring[j]
				if (a[1] > p[1]) != (b[1] > p[1]) &&
					p[0] < (b[0]-a[0])*(p[1]-a[1])/(b[1]-a[1])+a[0] {
					in = !in
				}
			}
		}
		if in {
			return true
		}
	}
	return false
}

// midpoint returns the point halfway along the line (by planar length).
func midpoint(l []pt) pt {
	var total float64
	for i := 1; i < len(l); i++ {
		total += math.Hypot(l[i][0]-l[i-1][0], l[i][1]-l[i-1][1])
	}
	half := total / 2
	for i := 1; i < len(l); i++ {
		d := math.Hypot(l[i][0]-l[i-1][0], l[i][1]-l[i-1][1])
		if d >= half && d > 0 {
			f := half / d
			return pt{l[i-1][0] + f*(l[i][0]-l[i-1][0]), l[i-1][1] + f*(l[i][1]-l[i-1][1])}
		}
		half -= d
	}
	return l[len(l)-1]
}

func lineLength(l []pt) float64 {
	var total float64
	for i := 1; i < len(l); i++ {
		total += math.Hypot(l[i][0]-l[i-1][0], l[i][1]-l[i-1][1])
	}
	return total
}

// weightedMean returns the weighted mean position of points on the sphere
// (through unit vectors, so it behaves across the antimeridian).
func weightedMean(ps []pt, w []float64) pt {
	var x, y, z float64
	for i, p := range ps {
		lat, lon := p[1]*math.Pi/180, p[0]*math.Pi/180
		x += w[i] * math.Cos(lat) * math.Cos(lon)
		y += w[i] * math.Cos(lat) * math.Sin(lon)
		z += w[i] * math.Sin(lat)
	}
	lon := math.Atan2(y, x) * 180 / math.Pi
	lat := math.Atan2(z, math.Hypot(x, y)) * 180 / math.Pi
	return pt{lon, lat}
}

// distKm is the great-circle distance between two [lon, lat] points.
func distKm(a, b pt) float64 {
	la1, la2 := a[1]*math.Pi/180, b[1]*math.Pi/180
	dl := (b[0] - a[0]) * math.Pi / 180
	dp := la2 - la1
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * 6371 * math.Asin(math.Min(1, math.Sqrt(h)))
}
