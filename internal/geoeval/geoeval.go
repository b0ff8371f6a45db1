package geoeval

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"slices"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
	"geotimeline/stages/geocode"
	"geotimeline/stages/ingest"
	"geotimeline/stages/places"
)

// ErrFormat is wrapped by errors about malformed corpus lines.
var ErrFormat = errors.New("geoeval: malformed corpus line")

// MaxErrorKM is the largest possible great-circle error, half the Earth's
// circumference; an unresolved mention counts as this far off.
const MaxErrorKM = 20039.0

// A Toponym is one gold toponym.
type Toponym struct {
	pipeline.Span         // byte offsets into Doc.Text
	Text          string  // as written
	GeonameID     string  // "" when the annotators found no gazetteer entry
	HasCoord      bool    // Lat and Lon are given
	Lat, Lon      float64 // the gold point
	FCode         string  // GeoNames feature code of the gold entry
	Name          string  // the gold entry's name
	Country       string  // the gold entry's country name
	Admin1        string  // the gold entry's first-level unit, when given
}

// A Doc is one article with its gold toponyms, sorted by Start.
type Doc struct {
	ID    string
	Title string
	Text  string
	Gold  []Toponym
}

type jsonToponym struct {
	Start, End int
	Text       string
	GeonameID  *string  `json:"geonameid"`
	Lat, Lon   *float64 // null when there is no entry
	FCode      string   `json:"fcode"`
	Name       string   `json:"name"`
	Country    string   `json:"country"`
	Admin1     string   `json:"admin1"`
}

type jsonDoc struct {
	Doc      string
	Title    string
	Text     string
	Toponyms []jsonToponym
}

// Read parses a corpus in the JSON Lines format of
// ../shared/eval/geoparsing: one article a line with doc, title, text and
// toponyms whose start and end are code-point offsets. The offsets become
// byte offsets; a toponym whose text does not match its span is an error.
// Errors name name:line and wrap ErrFormat.
func Read(r io.Reader, name string) ([]Doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out []Doc
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(b) == 0 {
			continue
		}
		var jd jsonDoc
		if err := json.Unmarshal(b, &jd); err != nil {
			return nil, fmt.Errorf("%s:%d: %w: %w", name, line, ErrFormat, err)
		}
		d := Doc{ID: jd.Doc, Title: jd.Title, Text: jd.Text}
		byteOf := codePointIndex(jd.Text)
		for _, t := range jd.Toponyms {
			if t.Start < 0 || t.End <= t.Start || t.End >= len(byteOf) {
				return nil, fmt.Errorf("%s:%d: %w: toponym %q offsets %d-%d outside the text", name, line, ErrFormat, t.Text, t.Start, t.End)
			}
			g := Toponym{Span: pipeline.Span{Start: byteOf[t.Start], End: byteOf[t.End]}, Text: t.Text,
				FCode: t.FCode, Name: t.Name, Country: t.Country, Admin1: t.Admin1}
			if d.Text[g.Start:g.End] != t.Text {
				return nil, fmt.Errorf("%s:%d: %w: toponym %q does not match its text %q", name, line, ErrFormat, t.Text, d.Text[g.Start:g.End])
			}
			if t.GeonameID != nil {
				g.GeonameID = *t.GeonameID
			}
			if t.Lat != nil && t.Lon != nil {
				g.HasCoord, g.Lat, g.Lon = true, *t.Lat, *t.Lon
			}
			d.Gold = append(d.Gold, g)
		}
		slices.SortStableFunc(d.Gold, func(a, b Toponym) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return out, nil
}

// codePointIndex returns the byte offset of every code point of s, and
// len(s) for the offset one past the last.
func codePointIndex(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// Split returns "test" for about one document in five, chosen by a hash of
// its ID, and "dev" for the others.
func Split(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%5 == 0 {
		return "test"
	}
	return "dev"
}

// Options configures Run. The zero value is useful.
type Options struct {
	// Gazetteer is used by recognition and resolution; nil means
	// gazetteer.Embedded().
	Gazetteer *gazetteer.Gazetteer
	// Demonyms turns on places.Options.Demonyms: LGL annotates adjectives
	// and nouns of nationality ("Russian") as toponyms of their country.
	Demonyms bool
	// Stages, when set, replaces the default stages (ingest's segmenter,
	// places and geocode over Gazetteer).
	Stages []pipeline.Stage
}

// Run runs the stages over every document and returns the predicted
// mentions, one slice per document in corpus order.
func Run(ctx context.Context, docs []Doc, opts Options) ([][]pipeline.PlaceMention, error) {
	st := opts.Stages
	if st == nil {
		g := opts.Gazetteer
		if g == nil {
			var err error
			if g, err = gazetteer.Embedded(); err != nil {
				return nil, err
			}
		}
		st = []pipeline.Stage{
			ingest.NewSegmenter(ingest.Options{}),
			places.New(places.Options{Gazetteer: g, Demonyms: opts.Demonyms}),
			geocode.New(geocode.Options{Gazetteer: g}),
		}
	}
	out := make([][]pipeline.PlaceMention, len(docs))
	for i, d := range docs {
		it := &pipeline.Item{Seq: i, Doc: pipeline.Document{ID: d.ID, Path: d.ID, Title: d.Title, Text: d.Text}}
		for _, s := range st {
			if err := s.Process(ctx, it); err != nil {
				return nil, fmt.Errorf("document %s: %s: %w", d.ID, s.Name(), err)
			}
		}
		out[i] = it.Places
	}
	return out, nil
}

// A Pair is a matched gold toponym and predicted mention.
type Pair struct {
	Doc     string
	Gold    Toponym
	Pred    pipeline.PlaceMention
	ErrorKM float64 // great-circle error; MaxErrorKM when unresolved; -1 when the gold has no point
}

// A Miss is a gold toponym no prediction overlaps (Pred zero) or a
// prediction no gold toponym overlaps (Gold zero).
type Miss struct {
	Doc  string
	Gold Toponym
	Pred pipeline.PlaceMention
}

// Result holds the scores of one run.
type Result struct {
	Docs, Gold, Pred, Matched int
	Precision, Recall, F1     float64

	Scored     int // matched pairs whose gold has a point
	Unresolved int // of them, predictions left unresolved
	Within161  int // of them, resolved within 161 km of the gold point
	Acc161     float64
	MeanKM     float64
	MedianKM   float64
	AUC        float64

	Pairs          []Pair // every match, in corpus and text order
	FalseNegatives []Miss
	FalsePositives []Miss
}

// Score compares preds (one slice per document, as Run returns) with the
// gold toponyms of docs; see the package documentation for the rules.
func Score(docs []Doc, preds [][]pipeline.PlaceMention) Result {
	var r Result
	var errs []float64
	for i, d := range docs {
		var ps []pipeline.PlaceMention
		if i < len(preds) {
			ps = preds[i]
		}
		r.Docs++
		r.Gold += len(d.Gold)
		r.Pred += len(ps)
		used := make([]bool, len(ps))
		for _, g := range d.Gold {
			k := -1
			for j, p := range ps {
				if !used[j] && p.Overlaps(g.Span) {
					k = j
					break
				}
			}
			if k < 0 {
				r.FalseNegatives = append(r.FalseNegatives, Miss{Doc: d.ID, Gold: g})
				continue
			}
			used[k] = true
			r.Matched++
			p := Pair{Doc: d.ID, Gold: g, Pred: ps[k], ErrorKM: -1}
			if g.HasCoord {
				r.Scored++
				if ps[k].Resolved {
					p.ErrorKM = Haversine(g.Lat, g.Lon, ps[k].Place.Lat, ps[k].Place.Lon)
				} else {
					r.Unresolved++
					p.ErrorKM = MaxErrorKM
				}
				errs = append(errs, p.ErrorKM)
			}
			r.Pairs = append(r.Pairs, p)
		}
		for j, p := range ps {
			if !used[j] {
				r.FalsePositives = append(r.FalsePositives, Miss{Doc: d.ID, Pred: p})
			}
		}
	}
	r.Precision = ratio(r.Matched, r.Pred)
	r.Recall = ratio(r.Matched, r.Gold)
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	if len(errs) > 0 {
		slices.Sort(errs)
		n161, sum := 0, 0.0
		for _, e := range errs {
			if e <= 161 {
				n161++
			}
			sum += e
		}
		r.Within161 = n161
		r.Acc161 = ratio(n161, len(errs))
		r.MeanKM = sum / float64(len(errs))
		if n := len(errs); n%2 == 1 {
			r.MedianKM = errs[n/2]
		} else {
			r.MedianKM = (errs[n/2-1] + errs[n/2]) / 2
		}
		r.AUC = AUC(errs)
	}
	return r
}

// AUC returns the area under the curve of the sorted log(1+error) values
// (trapezoid rule, unit steps) divided by (n−1)·log(20039): 0 when every
// error is 0, 1 when every error is MaxErrorKM. One error gives its own
// log(1+e)/log(20039). errs need not be sorted.
func AUC(errs []float64) float64 {
	if len(errs) == 0 {
		return 0
	}
	l := make([]float64, len(errs))
	for i, e := range errs {
		l[i] = math.Log1p(max(e, 0))
	}
	slices.Sort(l)
	k := math.Log(MaxErrorKM)
	if len(l) == 1 {
		return l[0] / k
	}
	area := 0.0
	for i := 1; i < len(l); i++ {
		area += (l[i-1] + l[i]) / 2
	}
	return area / (float64(len(l)-1) * k)
}

// Haversine returns the great-circle distance in km between two points in
// degrees, on a sphere of radius 6371 km.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	dlat, dlon := (lat2-lat1)*r, (lon2-lon1)*r
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*r)*math.Cos(lat2*r)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(min(a, 1)))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// String formats the headline numbers on one line.
func (r Result) String() string {
	return fmt.Sprintf("docs %d gold %d pred %d matched %d  P %.3f R %.3f F1 %.3f  scored %d unresolved %d  acc@161 %.3f (%d)  mean %.0f km  median %.1f km  AUC %.3f",
		r.Docs, r.Gold, r.Pred, r.Matched, r.Precision, r.Recall, r.F1, r.Scored, r.Unresolved, r.Acc161, r.Within161, r.MeanKM, r.MedianKM, r.AUC)
}
