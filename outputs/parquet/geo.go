package parquet

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/paulmach/orb"
)

// A point is a rounded lon/lat position and its WKB; the zero point stands
// for a row without a location.
type point struct {
	pt    orb.Point
	valid bool
	enc   [wkbPointLen]byte
}

// wkbPointLen is the length of a 2D WKB Point: byte order, type, x, y.
const wkbPointLen = 1 + 4 + 8 + 8

func (p *point) ok() bool { return p.valid }

// wkb returns the point's WKB, or nil for no location. The bytes live in p.
func (p *point) wkb() []byte {
	if !p.valid {
		return nil
	}
	return p.enc[:]
}

// bbox returns the point's bbox covering, and whether there is one.
func (p *point) bbox() (bbox, bool) { return bbox{p.pt[0], p.pt[1], p.pt[0], p.pt[1]}, p.valid }

// makePoint rounds lon/lat to 6 decimals (as orb.Round does) and encodes it
// as little-endian WKB (as orb's wkb.Marshal does, without its four
// allocations). It reports false when the position is not a valid WGS 84
// one.
func makePoint(lon, lat float64) (point, bool) {
	if !finite(lat) || !finite(lon) {
		return point{}, false
	}
	p := point{pt: orb.Point{math.Round(lon*roundFactor) / roundFactor, math.Round(lat*roundFactor) / roundFactor}, valid: true}
	if math.Abs(p.pt[0]) > 180 || math.Abs(p.pt[1]) > 90 {
		return point{}, false
	}
	p.enc[0] = 1 // little endian
	binary.LittleEndian.PutUint32(p.enc[1:], 1)
	binary.LittleEndian.PutUint64(p.enc[5:], math.Float64bits(p.pt[0]))
	binary.LittleEndian.PutUint64(p.enc[13:], math.Float64bits(p.pt[1]))
	return p, true
}

// An extent accumulates the bounds of the points written, for the "geo"
// metadata.
type extent struct {
	bound orb.Bound
	n     int
}

func (x *extent) add(p *point) {
	if !p.ok() {
		return
	}
	if x.n == 0 {
		x.bound = p.pt.Bound()
	} else {
		x.bound = x.bound.Extend(p.pt)
	}
	x.n++
}

// kv returns the file key-value metadata of a GeoParquet file of points.
func (x *extent) kv() ([][2]string, error) {
	geo, err := geoMetadata(x.bound, x.n > 0)
	if err != nil {
		return nil, err
	}
	return [][2]string{{"geo", geo}}, nil
}

// invalid returns an error wrapping ErrInvalidEvent.
func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidEvent, fmt.Sprintf(format, args...))
}
