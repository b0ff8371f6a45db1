package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
	"geotimeline/stages/dates"
	"geotimeline/stages/events"
	"geotimeline/stages/geocode"
	"geotimeline/stages/ingest"
	"geotimeline/stages/places"
)

// loadGazetteer returns the embedded gazetteer, extended with a GeoNames
// table when extra is set.
func loadGazetteer(extra string) (*gazetteer.Gazetteer, error) { return openGazetteer(extra, "") }

// openGazetteer returns the embedded gazetteer, extended with a GeoNames
// table when extra is set, and with an analyst's overrides file when
// overrides is set.
func openGazetteer(extra, overrides string) (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Embedded()
	if err != nil {
		return nil, fmt.Errorf("embedded gazetteer: %w", err)
	}
	if extra != "" {
		f, err := os.Open(extra)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		defer f.Close()
		if g, err = g.WithGeoNames(f, extra); err != nil {
			return nil, err
		}
	}
	if overrides != "" {
		f, err := os.Open(overrides)
		if err != nil {
			return nil, fmt.Errorf("overrides: %w", err)
		}
		defer f.Close()
		o, err := gazetteer.ReadOverrides(f, overrides)
		if err != nil {
			return nil, err
		}
		if g, err = g.WithOverrides(o); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// gazetteerFlags are the -gazetteer, -overrides and -focus options a command
// takes. The zero value means the embedded gazetteer alone and no focus.
type gazetteerFlags struct {
	extra, overrides string
	focus            []string // ISO 3166-1 alpha-2 codes the geocoder favours in every document
}

func addGazetteerFlags(fs *flag.FlagSet) *gazetteerFlags {
	f := &gazetteerFlags{}
	fs.StringVar(&f.extra, "gazetteer", "", "extra GeoNames-format table (19 tab-separated columns, e.g. cities500.txt) added to the embedded gazetteer")
	fs.StringVar(&f.overrides, "overrides", "", "analyst overrides: a TSV of name<TAB>place_id, or name<TAB>lat<TAB>lon<TAB>country<TAB>admin1<TAB>feature_code for a new place")
	return f
}

// addFocus adds -focus, for the commands that resolve places.
func (f *gazetteerFlags) addFocus(fs *flag.FlagSet) {
	fs.Func("focus", "favour places in these countries in every document: comma-separated ISO 3166-1 alpha-2 codes, e.g. `KP` or KP,CN (default: each document's own focus)", func(v string) error {
		f.focus = nil
		for _, c := range strings.Split(v, ",") {
			c = strings.ToUpper(strings.TrimSpace(c))
			if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
				return fmt.Errorf("%q is not a two-letter country code", c)
			}
			f.focus = append(f.focus, c)
		}
		return nil
	})
}

func (f gazetteerFlags) open() (*gazetteer.Gazetteer, error) {
	return openGazetteer(f.extra, f.overrides)
}

// stageSet names how far a command takes a document.
type stageSet int

const (
	upToDates stageSet = iota
	upToPlaces
	upToEvents
)

// buildStages returns the per-document stages in order, up to last; focus
// lists the countries the geocoder favours in every document (nil: none).
func buildStages(g *gazetteer.Gazetteer, focus []string, last stageSet, log *slog.Logger) ([]pipeline.Stage, error) {
	st := []pipeline.Stage{
		ingest.NewSegmenter(ingest.Options{Logger: log}),
		dates.New(dates.Options{Logger: log}),
	}
	if last == upToDates {
		return st, nil
	}
	st = append(st,
		places.New(places.Options{Gazetteer: g, Logger: log}),
		geocode.New(geocode.Options{Gazetteer: g, Focus: focus, Logger: log}),
	)
	if last == upToPlaces {
		return st, nil
	}
	seats := map[string]pipeline.Place{}
	for _, c := range events.SeatCities {
		if p, ok := geocode.PlaceNamed(g, c.Name, c.Country); ok {
			seats[c.Name] = p
		}
	}
	x, err := events.New(events.Options{Logger: log, Capitals: geocode.Capitals(g), Seats: seats})
	if err != nil {
		return nil, err
	}
	return append(st, x), nil
}

// programSum is the SHA-256 of the running executable: it changes whenever
// any stage's code or embedded data (lexicons, gazetteer table) does, which
// makes it the part of the cache version that keeps stale entries unread.
var programSum = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("locating the program: %w", err)
	}
	sum, err := fileSHA256(exe)
	if err != nil {
		return "", fmt.Errorf("reading the program: %w", err)
	}
	return sum, nil
})

// cacheVersion names everything besides a document that decides what the
// stages produce for it (internal/cache keys entries on it): the program's
// bytes, version and build information, the gazetteer (entry count and the
// bytes of the -gazetteer and -overrides files), the -focus countries and the
// stage list. It fails
// when the program cannot be read, in which case nothing may be cached.
func cacheVersion(g *gazetteer.Gazetteer, gaz gazetteerFlags, stages []pipeline.Stage) (string, error) {
	exe, err := programSum()
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "geotimeline %s\nprogram sha256 %s\n", version, exe)
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Fprintf(&sb, "go %s\nmodule %s %s\n", bi.GoVersion, bi.Main.Path, bi.Main.Version)
		for _, s := range bi.Settings {
			if strings.HasPrefix(s.Key, "vcs.") {
				fmt.Fprintf(&sb, "%s %s\n", s.Key, s.Value)
			}
		}
	}
	fmt.Fprintf(&sb, "gazetteer entries %d\n", g.Len())
	for _, f := range []struct{ flag, path string }{{"gazetteer", gaz.extra}, {"overrides", gaz.overrides}} {
		if f.path == "" {
			continue
		}
		sum, err := fileSHA256(f.path)
		if err != nil {
			return "", fmt.Errorf("-%s: %w", f.flag, err)
		}
		fmt.Fprintf(&sb, "%s sha256 %s\n", f.flag, sum)
	}
	if len(gaz.focus) > 0 {
		fmt.Fprintf(&sb, "focus %s\n", strings.Join(gaz.focus, ","))
	}
	for _, s := range stages {
		fmt.Fprintf(&sb, "stage %s\n", s.Name())
	}
	return sb.String(), nil
}
