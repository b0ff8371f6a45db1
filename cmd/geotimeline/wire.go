package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"

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

// gazetteerFlags are the -gazetteer and -overrides options a command takes.
// The zero value means the embedded gazetteer alone.
type gazetteerFlags struct {
	extra, overrides string
}

func addGazetteerFlags(fs *flag.FlagSet) *gazetteerFlags {
	f := &gazetteerFlags{}
	fs.StringVar(&f.extra, "gazetteer", "", "extra GeoNames-format table (19 tab-separated columns, e.g. cities500.txt) added to the embedded gazetteer")
	fs.StringVar(&f.overrides, "overrides", "", "analyst overrides: a TSV of name<TAB>place_id, or name<TAB>lat<TAB>lon<TAB>country<TAB>admin1<TAB>feature_code for a new place")
	return f
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

// buildStages returns the per-document stages in order, up to last.
func buildStages(g *gazetteer.Gazetteer, last stageSet, log *slog.Logger) ([]pipeline.Stage, error) {
	st := []pipeline.Stage{
		ingest.NewSegmenter(ingest.Options{Logger: log}),
		dates.New(dates.Options{Logger: log}),
	}
	if last == upToDates {
		return st, nil
	}
	st = append(st,
		places.New(places.Options{Gazetteer: g, Logger: log}),
		geocode.New(geocode.Options{Gazetteer: g, Logger: log}),
	)
	if last == upToPlaces {
		return st, nil
	}
	x, err := events.New(events.Options{Logger: log})
	if err != nil {
		return nil, err
	}
	return append(st, x), nil
}
