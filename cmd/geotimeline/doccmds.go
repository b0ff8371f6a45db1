package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
	"geotimeline/stages/ingest"
)

// readOne reads FILE, or standard input for "-", as one document.
func readOne(e *env, name string) (*pipeline.Item, error) {
	if name == "-" {
		data, err := io.ReadAll(e.stdin)
		if err != nil {
			return nil, fmt.Errorf("standard input: %w", err)
		}
		doc, diags := ingest.Decode("-", data)
		return &pipeline.Item{Doc: doc, Diags: diags}, nil
	}
	src, err := ingest.Open(name, ingest.Options{Logger: e.log})
	if err != nil {
		return nil, err
	}
	defer src.Close()
	it, err := src.Next(context.Background())
	if err == io.EOF {
		err = fmt.Errorf("no document read")
		for _, d := range src.Diags() {
			err = fmt.Errorf("%s", d)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return it, nil
}

// process reads one document and runs the stages up to last over it.
func process(ctx context.Context, e *env, name string, published pipeline.Date, gaz gazetteerFlags, last stageSet) (*pipeline.Item, error) {
	it, err := readOne(e, name)
	if err != nil {
		return nil, err
	}
	if !published.IsZero() {
		it.Doc.Published = published
	}
	var g *gazetteer.Gazetteer
	if last != upToDates {
		if g, err = gaz.open(); err != nil {
			return nil, err
		}
	}
	stages, err := buildStages(g, gaz.focus, last, e.log)
	if err != nil {
		return nil, err
	}
	for _, s := range stages {
		if err := s.Process(ctx, it); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", s.Name(), it.Doc.Path, err)
		}
	}
	for _, d := range it.Diags {
		fmt.Fprintf(e.stderr, "%s: %s\n", d.Severity, d)
	}
	return it, nil
}

// dateFlag parses an optional YYYY-MM-DD flag value.
func dateFlag(e *env, fsName, flagName, v string) (pipeline.Date, error) {
	if v == "" {
		return pipeline.Date{}, nil
	}
	d, err := pipeline.ParseDate(v)
	if err != nil {
		fmt.Fprintf(e.stderr, "geotimeline %s: -%s: %v\n", fsName, flagName, err)
		return d, errUsage
	}
	return d, nil
}

func jsonLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// dateRecord is one line of `geotimeline dates`.
type dateRecord struct {
	Text         string   `json:"text"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Kind         string   `json:"kind"`
	Value        string   `json:"value"`
	DateStart    *string  `json:"date_start"`
	DateEnd      *string  `json:"date_end"`
	Precision    string   `json:"precision"`
	Anchor       string   `json:"anchor"`
	Ambiguous    bool     `json:"ambiguous"`
	Alternatives []string `json:"alternatives,omitempty"`
}

func cmdDates(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "dates")
	ref := fs.String("ref", "", "document date YYYY-MM-DD that relative expressions anchor on (default: found in the text: dateline, else inferred)")
	if err := parse(fs, args); err != nil {
		return err
	}
	refDate, err := dateFlag(e, "dates", "ref", *ref)
	if err != nil {
		return err
	}
	name, err := oneInput(e, fs)
	if err != nil {
		return err
	}
	it, err := process(ctx, e, name, refDate, gazetteerFlags{}, upToDates)
	if err != nil {
		return err
	}
	off := pipeline.NewOffsets(it.Doc.Text)
	enc := jsonLines(e.stdout)
	for _, d := range it.Dates {
		rec := dateRecord{Text: d.Text, Start: off.CodePoint(d.Span.Start), End: off.CodePoint(d.Span.End), Kind: string(d.Kind),
			Value: d.Value, Precision: string(d.Precision), Anchor: string(d.Anchor), Ambiguous: d.Ambiguous, Alternatives: d.Alternatives}
		if d.Known() {
			s, t := d.Interval.Start.String(), d.Interval.End.String()
			rec.DateStart, rec.DateEnd = &s, &t
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

// placeRecord is one line of `geotimeline places`.
type placeRecord struct {
	Text          string      `json:"text"`
	Start         int         `json:"start"`
	End           int         `json:"end"`
	Place         *string     `json:"place"`
	PlaceID       *string     `json:"place_id"`
	Lat           *float64    `json:"lat"`
	Lon           *float64    `json:"lon"`
	Admin1        *string     `json:"admin1"`
	Country       *string     `json:"country"`
	GeoPrecision  *string     `json:"geo_precision"`
	UncertaintyKM *float64    `json:"uncertainty_km"`
	FeatureCode   *string     `json:"feature_code"`
	Role          string      `json:"role,omitempty"`
	Reason        string      `json:"reason"`
	Candidates    []candidate `json:"candidates"`
}

type candidate struct {
	PlaceID string  `json:"place_id"`
	Place   string  `json:"place"`
	Country string  `json:"country"`
	Admin1  string  `json:"admin1"`
	Code    string  `json:"feature_code"`
	Score   float64 `json:"score"`
}

// maxCandidates bounds the candidates printed per toponym.
const maxCandidates = 5

func cmdPlaces(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "places")
	gaz := addGazetteerFlags(fs)
	gaz.addFocus(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	name, err := oneInput(e, fs)
	if err != nil {
		return err
	}
	it, err := process(ctx, e, name, pipeline.Date{}, *gaz, upToPlaces)
	if err != nil {
		return err
	}
	off := pipeline.NewOffsets(it.Doc.Text)
	enc := jsonLines(e.stdout)
	for _, p := range it.Places {
		rec := placeRecord{Text: p.Text, Start: off.CodePoint(p.Start), End: off.CodePoint(p.End), Role: p.Role, Reason: p.Reason, Candidates: []candidate{}}
		if p.Resolved {
			pl := p.Place
			prec := string(pl.Precision)
			rec.Place, rec.PlaceID, rec.Lat, rec.Lon = &pl.Name, &pl.ID, &pl.Lat, &pl.Lon
			rec.Admin1, rec.Country, rec.GeoPrecision, rec.UncertaintyKM, rec.FeatureCode = &pl.Admin1, &pl.Country, &prec, &pl.UncertaintyKM, &pl.FeatureCode
		}
		for i, c := range p.Candidates {
			if i == maxCandidates {
				break
			}
			rec.Candidates = append(rec.Candidates, candidate{c.Place.ID, c.Place.Name, c.Place.Country, c.Place.Admin1, c.Place.FeatureCode, c.Score})
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

func cmdGazetteer(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "gazetteer")
	if len(args) == 0 || args[0] != "lookup" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			fs.Usage()
			return nil
		}
		return usageErr(e, fs, "want the subcommand lookup")
	}
	gaz := addGazetteerFlags(fs)
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr(e, fs, "want one NAME")
	}
	g, err := gaz.open()
	if err != nil {
		return err
	}
	enc := jsonLines(e.stdout)
	for _, en := range g.Lookup(fs.Arg(0)) {
		rec := entryRecord{en.ID, en.Name, en.Lat, en.Lon, en.Class, en.Code, en.Country, en.Admin1, en.Population}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

// entryRecord is one line of `geotimeline gazetteer lookup`.
type entryRecord struct {
	PlaceID      string  `json:"place_id"`
	Name         string  `json:"name"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	FeatureClass string  `json:"feature_class"`
	FeatureCode  string  `json:"feature_code"`
	Country      string  `json:"country"`
	Admin1       string  `json:"admin1"`
	Population   int64   `json:"population"`
}
