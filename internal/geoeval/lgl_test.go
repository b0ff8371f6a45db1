package geoeval

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
)

var (
	lglFlag = flag.Bool("lgl", false, "run the LGL benchmark (slow; also on with env GEOTIMELINE_LGL=1)")
	lglPath = flag.String("lgl.corpus", "../../../shared/eval/geoparsing/lgl.jsonl", "the LGL corpus")
	lglGaz  = flag.String("lgl.gazetteer", "../../../shared/data/geonames/cities500.txt", "GeoNames table added to the embedded gazetteer (\"\" for none)")
	lglDem  = flag.Bool("lgl.demonyms", true, "recognize demonyms as their country's toponyms, as LGL annotates them")
	lglDump = flag.String("lgl.dump", "", "write every pair (with the top readings of wrong ones), miss and false positive of the dev split to this file")
)

// TestLGL scores recognition and resolution on LGL. It is opt-in:
//
//	go test ./internal/geoeval -run TestLGL -lgl -v
func TestLGL(t *testing.T) {
	if !*lglFlag && os.Getenv("GEOTIMELINE_LGL") == "" {
		t.Skip("opt-in: -lgl or GEOTIMELINE_LGL=1")
	}
	f, err := os.Open(*lglPath)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	docs, err := Read(f, *lglPath)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if *lglGaz != "" {
		gf, err := os.Open(*lglGaz)
		if err != nil {
			t.Fatal(err)
		}
		g, err = g.WithGeoNames(gf, *lglGaz)
		gf.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	preds, err := Run(context.Background(), docs, Options{Gazetteer: g, Demonyms: *lglDem})
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	all := Score(docs, preds)
	var dev, test []Doc
	var pdev, ptest [][]pipeline.PlaceMention
	for i, d := range docs {
		if Split(d.ID) == "test" {
			test, ptest = append(test, d), append(ptest, preds[i])
		} else {
			dev, pdev = append(dev, d), append(pdev, preds[i])
		}
	}
	rd, rt := Score(dev, pdev), Score(test, ptest)
	t.Logf("all:  %v", all)
	t.Logf("dev:  %v", rd)
	t.Logf("test: %v", rt)
	t.Logf("time %v for %d docs", elapsed.Round(time.Millisecond), len(docs))
	if *lglDump != "" {
		if err := os.WriteFile(*lglDump, []byte(dump(rd)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Regression floors, below the measured figures (docs/benchmarks.md).
	// The floors hold for the measured configuration (cities500, demonyms
	// on); the variants (-lgl.demonyms=false, -lgl.gazetteer=) only report.
	standard := *lglDem && *lglGaz == flag.Lookup("lgl.gazetteer").DefValue
	if standard && (all.F1 < lglMinF1 || all.Acc161 < lglMinAcc) {
		t.Errorf("LGL F1 %.3f acc@161 %.3f below the floors %.2f, %.2f", all.F1, all.Acc161, lglMinF1, lglMinAcc)
	}
}

// The floors TestLGL enforces.
const (
	lglMinF1  = 0.79
	lglMinAcc = 0.84
)

// dump lists a result's details for error analysis, one line each, after
// a summary of the wrong resolutions (beyond 161 km) grouped by cause.
func dump(r Result) string {
	var b strings.Builder
	causes := map[string]int{}
	for _, p := range r.Pairs {
		if p.ErrorKM > 161 {
			causes[cause(p)]++
		}
	}
	keys := slices.Sorted(maps.Keys(causes))
	slices.SortStableFunc(keys, func(a, b string) int { return causes[b] - causes[a] })
	fmt.Fprintf(&b, "# %d wrong resolutions (beyond 161 km), %d missed toponyms, %d false positives\n",
		r.Scored-r.Within161, len(r.FalseNegatives), len(r.FalsePositives))
	for _, k := range keys {
		fmt.Fprintf(&b, "# %5d  %s\n", causes[k], k)
	}
	for _, p := range r.Pairs {
		mark := "ok "
		if p.ErrorKM > 161 {
			mark = "BAD"
		}
		if p.ErrorKM < 0 {
			mark = "nop"
		}
		fmt.Fprintf(&b, "%s %s %q gold=%s(%s,%s,%s) pred=%q %s %s %s %s err=%.0f | %s\n", mark, p.Doc, p.Gold.Text,
			p.Gold.Name, p.Gold.FCode, p.Gold.Admin1, p.Gold.Country, p.Pred.Text, p.Pred.Place.ID, p.Pred.Place.Name,
			p.Pred.Place.Admin1, p.Pred.Place.Country, p.ErrorKM, p.Pred.Reason)
		if mark == "BAD" {
			rank := 0 // of the first reading within 161 km of the gold point, 0 for none
			for k, c := range p.Pred.Candidates {
				if Haversine(c.Place.Lat, c.Place.Lon, p.Gold.Lat, p.Gold.Lon) <= 161 {
					rank = k + 1
					break
				}
			}
			fmt.Fprintf(&b, "      cause: %s; good reading at rank %d of %d\n", cause(p), rank, len(p.Pred.Candidates))
			for k, c := range p.Pred.Candidates[:min(len(p.Pred.Candidates), 4)] {
				fmt.Fprintf(&b, "      #%d %.3f %s %s %s %s pop %d %.0f km\n", k+1, c.Score, c.Place.FeatureCode, c.Place.Name,
					c.Place.Admin1, c.Place.Country, c.Place.Population, Haversine(c.Place.Lat, c.Place.Lon, p.Gold.Lat, p.Gold.Lon))
			}
		}
	}
	for _, m := range r.FalseNegatives {
		fmt.Fprintf(&b, "FN  %s %q %s %s\n", m.Doc, m.Gold.Text, m.Gold.FCode, m.Gold.Country)
	}
	for _, m := range r.FalsePositives {
		fmt.Fprintf(&b, "FP  %s %q %s %s %s %s\n", m.Doc, m.Pred.Text, m.Pred.Place.ID, m.Pred.Place.Name, m.Pred.Place.Admin1, m.Pred.Place.Country)
	}
	return b.String()
}

// cause names the likely cause of a wrong resolution, for grouping errors
// in dump.
func cause(p Pair) string {
	pred := p.Pred.Place
	if !p.Pred.Resolved {
		return "left unresolved"
	}
	if p.Gold.GeonameID != "" && pred.ID == "geonames:"+p.Gold.GeonameID {
		return "right place, the gazetteer's point differs from the gold point"
	}
	if p.Pred.Role == "demonym" {
		return "demonym read as the wrong country"
	}
	good := -1 // the first reading within 161 km of the gold point
	for k, c := range p.Pred.Candidates {
		if Haversine(c.Place.Lat, c.Place.Lon, p.Gold.Lat, p.Gold.Lon) <= 161 {
			good = k
			break
		}
	}
	country := func(code string) bool { return strings.HasPrefix(code, "PCL") }
	admin1 := func(code string) bool { return strings.HasPrefix(code, "ADM1") }
	switch {
	case good < 0:
		switch g := p.Gold.FCode; {
		case strings.HasPrefix(g, "ADM2"), strings.HasPrefix(g, "ADM3"), g == "ADMD":
			return "no reading near gold: a county or township the gazetteer lacks"
		case strings.HasPrefix(g, "PPL"):
			return "no reading near gold: a populated place the gazetteer lacks (or a span too short)"
		case country(g), admin1(g):
			return "no reading near gold: a country or state whose gold point lies far from ours"
		}
		return "no reading near gold: a natural feature, building or area"
	case country(p.Gold.FCode) != country(pred.FeatureCode):
		return "country vs homonym"
	case admin1(p.Gold.FCode) != admin1(pred.FeatureCode):
		return "state vs city"
	case p.Pred.Candidates[good].Place.Country != pred.Country:
		return "wrong country (a reading in the right one exists)"
	case pred.Country == "US":
		return "wrong sense within the US (wrong state or town)"
	}
	return "wrong sense within another country"
}
