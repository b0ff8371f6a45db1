package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"geotimeline/internal/gold"
)

// cmdEval runs the pipeline over a corpus and scores its events against a
// gold file (the format of shared/seeds/gold.jsonl); docs/events.md gives
// the matching rule.
func cmdEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval")
	goldPath := fs.String("gold", "", "gold events, JSON lines in the format of shared/seeds/gold.jsonl (required)")
	in := fs.String("in", "", "the corpus the gold events were read from: a directory or a .jsonl file (required)")
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "number of documents processed at once")
	gaz := addGazetteerFlags(fs)
	gaz.addFocus(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case *goldPath == "" || *in == "":
		return usageErr(e, fs, "-gold and -in are required")
	case fs.NArg() > 0:
		return usageErr(e, fs, "unexpected arguments: %v", fs.Args())
	case *workers < 1:
		return usageErr(e, fs, "-workers must be at least 1")
	}
	g, err := gold.Load(*goldPath)
	if err != nil {
		return err
	}
	res, err := runCorpus(ctx, e, corpusOptions{in: *in, gaz: *gaz, workers: *workers})
	if err != nil {
		return err
	}
	rep := gold.Evaluate(g, res.events, res.sentence)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(rep)
	}
	return writeEvalText(e, rep)
}

// writeEvalText prints the report for a person.
func writeEvalText(e *env, r gold.Report) error {
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "gold events\t%d\n", r.Gold)
	fmt.Fprintf(w, "found (same doc, date and place)\t%d\trecall %.2f\n", r.Found, r.Recall)
	fmt.Fprintf(w, "aligned (found, or by the quote's sentence)\t%d\n", r.Aligned)
	fmt.Fprintf(w, "  date accuracy\t%d/%d\t%.2f\n", r.DateOK, r.Aligned, r.DateAcc)
	fmt.Fprintf(w, "  place accuracy\t%d/%d\t%.2f\n", r.PlaceOK, r.Aligned, r.PlaceAcc)
	fmt.Fprintf(w, "  type accuracy\t%d/%d\t%.2f\n", r.TypeOK, r.Aligned, r.TypeAcc)
	fmt.Fprintf(w, "predicted events in gold documents\t%d\tmatching gold %d, precision %.2f (a lower bound: gold lists only the events an analyst wanted)\n", r.Predicted, r.Correct, r.Precision)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "type\tgold\tfound\ttype ok\tpredicted\tcorrect")
	for _, t := range r.ByType {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\n", t.Type, t.Gold, t.Found, t.TypeOK, t.Predicted, t.Correct)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "gold event\tverdict\tpredicted type\tdate\tplace")
	for _, ev := range r.Events {
		verdict := "missed"
		switch {
		case ev.Found:
			verdict = "found"
		case ev.By == "evidence":
			verdict = "aligned, not found"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", ev.ID, verdict, ev.PredType, mark(ev.PredDate, ev.DateOK, ev.By), mark(ev.PredPlace, ev.PlaceOK, ev.By))
	}
	if len(r.Unmatched) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "predicted, matching no gold event	modality	date	place	sentence")
		for _, u := range r.Unmatched {
			fmt.Fprintf(w, "%s %s\t%s\t%s\t%s\t%s\n", u.Doc, u.Type, u.Modality, u.Date, u.Place, clip(u.Sentence, 100))
		}
	}
	return w.Flush()
}

// clip shortens s to at most n runes on one line, marking a cut with "…".
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

// mark prints a predicted value with ✗ when it does not satisfy the gold event.
func mark(v string, ok bool, by string) string {
	if by == "" {
		return ""
	}
	if v == "" {
		v = "(none)"
	}
	if !ok {
		return v + " ✗"
	}
	return v
}
