package main

import (
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
func loadGazetteer(extra string) (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Embedded()
	if err != nil {
		return nil, fmt.Errorf("embedded gazetteer: %w", err)
	}
	if extra == "" {
		return g, nil
	}
	f, err := os.Open(extra)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	return g.WithGeoNames(f, extra)
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
