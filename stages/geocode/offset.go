package geocode

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"geotimeline/pipeline"
)

// offsetPrefix matches the distance and bearing that the places stage joins
// to a mention: "20 km north of Hyesan", "30 kilometers to the south-west of".
var offsetPrefix = regexp.MustCompile(`(?i)^(\d+(?:[.,]\d+)?)\s*-?\s*(km|kms|kilometers?|kilometres?|miles?|mi|li)\s+(?:to\s+the\s+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+(?:city|town|county|village)\s+of\s+)?`)

// An offset is a parsed distance and bearing.
type offset struct {
	ok      bool
	km      float64
	bearing float64 // degrees clockwise from north
	dir     string  // "north", "south-west", …
}

// splitOffset splits a mention text into its offset and the name.
func splitOffset(text string) (offset, string) {
	loc := offsetPrefix.FindStringSubmatchIndex(text)
	if loc == nil {
		return offset{}, text
	}
	num := strings.ReplaceAll(text[loc[2]:loc[3]], ",", ".")
	d, err := strconv.ParseFloat(num, 64)
	if err != nil || d <= 0 || d > 2000 {
		return offset{}, text
	}
	switch unit := strings.ToLower(text[loc[4]:loc[5]]); {
	case strings.HasPrefix(unit, "mi"):
		d *= 1.609344
	case unit == "li":
		d *= 0.5 // the Chinese li
	}
	dir := strings.ToLower(strings.ReplaceAll(text[loc[6]:loc[7]], "-", ""))
	bearing := map[string]float64{"north": 0, "northeast": 45, "east": 90, "southeast": 135,
		"south": 180, "southwest": 225, "west": 270, "northwest": 315}[dir]
	if len(dir) > 5 {
		dir = dir[:5] + "-" + dir[5:]
	}
	return offset{ok: true, km: d, bearing: bearing, dir: dir}, text[loc[1]:]
}

// earthRadiusKM is the mean Earth radius.
const earthRadiusKM = 6371.0088

// apply moves p by the offset on a sphere; the result has precision region
// and an uncertainty of half the distance, at least p's own.
func (o offset) apply(p pipeline.Place) pipeline.Place {
	lat1 := p.Lat * math.Pi / 180
	lon1 := p.Lon * math.Pi / 180
	th := o.bearing * math.Pi / 180
	dr := o.km / earthRadiusKM
	lat2 := math.Asin(math.Sin(lat1)*math.Cos(dr) + math.Cos(lat1)*math.Sin(dr)*math.Cos(th))
	lon2 := lon1 + math.Atan2(math.Sin(th)*math.Sin(dr)*math.Cos(lat1), math.Cos(dr)-math.Sin(lat1)*math.Sin(lat2))
	q := p
	q.Lat = lat2 * 180 / math.Pi
	q.Lon = math.Remainder(lon2*180/math.Pi, 360)
	q.Name = fmt.Sprintf("%s km %s of %s", strconv.FormatFloat(o.km, 'f', -1, 64), o.dir, p.Name)
	q.Precision = pipeline.GeoRegion
	q.UncertaintyKM = roundKM(max(o.km/2, p.UncertaintyKM))
	return q
}

// describe is the reason suffix for an offset mention.
func (o offset) describe(base string) string {
	return fmt.Sprintf("moved %s km %s of %s; uncertainty half the distance",
		strconv.FormatFloat(math.Round(o.km*10)/10, 'f', -1, 64), o.dir, base)
}

// distKM is the great-circle distance between two points, in km.
func distKM(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	dlat, dlon := (lat2-lat1)*r, (lon2-lon1)*r
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*r)*math.Cos(lat2*r)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * earthRadiusKM * math.Asin(math.Sqrt(a))
}
