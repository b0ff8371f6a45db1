package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"geotimeline/outputs/geojson"
	"geotimeline/pipeline"
)

func cmdExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract")
	published := fs.String("published", "", "the document's publication date, YYYY-MM-DD (default: found in the text: dateline, else inferred)")
	gaz := addGazetteerFlags(fs)
	gaz.addFocus(fs)
	why := fs.Bool("why", false, "add place_why to each line: the one-line reason the event was placed where it is")
	if err := parse(fs, args); err != nil {
		return err
	}
	pub, err := dateFlag(e, "extract", "published", *published)
	if err != nil {
		return err
	}
	name, err := oneInput(e, fs)
	if err != nil {
		return err
	}
	it, err := process(ctx, e, name, pub, *gaz, upToEvents)
	if err != nil {
		return err
	}
	return writeEventLines(e, it.Events, *why)
}

// writeEventLines prints one JSON object per event: the same fields, in the
// same order, as the properties of events.geojson; with why, a last field
// place_why gives the reason the event was placed where it is.
func writeEventLines(e *env, evs []pipeline.Event, why bool) error {
	var buf bytes.Buffer
	if err := geojson.Write(&buf, evs); err != nil {
		return err
	}
	var fc struct {
		Features []struct {
			Properties json.RawMessage `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		return fmt.Errorf("re-reading events: %w", err)
	}
	for i, f := range fc.Features {
		var line bytes.Buffer
		if err := json.Compact(&line, f.Properties); err != nil {
			return err
		}
		if why {
			reason, err := json.Marshal(evs[i].PlaceWhy)
			if err != nil {
				return err
			}
			line.Truncate(line.Len() - 1) // the closing brace
			line.WriteString(`,"place_why":`)
			line.Write(reason)
			line.WriteByte('}')
		}
		line.WriteByte('\n')
		if _, err := e.stdout.Write(line.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
