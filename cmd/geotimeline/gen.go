package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"geotimeline/internal/atomicfile"
	"geotimeline/internal/synth"
	"path/filepath"
)

func cmdGen(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "gen")
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same corpus")
	out := fs.String("out", "", "output FILE.jsonl.gz (or .jsonl); the ground truth goes beside it as FILE.truth.jsonl (required)")
	size := fs.Int("size", 4000, "approximate bytes of text per article")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || *n < 1 || fs.NArg() > 0 {
		return usageErr(e, fs, "want -out FILE.jsonl[.gz] and -n ≥ 1")
	}
	base, gz := strings.CutSuffix(*out, ".gz")
	base, ok := strings.CutSuffix(base, ".jsonl")
	if !ok {
		return usageErr(e, fs, "-out must end in .jsonl or .jsonl.gz")
	}
	g, err := synth.New(synth.Options{Seed: *seed, TargetBytes: *size})
	if err != nil {
		return err
	}
	set, err := atomicfile.New(filepath.Dir(*out))
	if err != nil {
		return err
	}
	var truthBuf []byte // the truth is small next to the text; it is written second
	err = set.Write(filepath.Base(*out), func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<20)
		var dst io.Writer = bw
		var zw *gzip.Writer
		if gz {
			zw, _ = gzip.NewWriterLevel(bw, gzip.BestSpeed) // no name or mtime: reproducible bytes
			dst = zw
		}
		articles, truth := json.NewEncoder(dst), &jsonBuffer{}
		articles.SetEscapeHTML(false)
		for i := 0; i < *n; i++ {
			if i%1024 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			a, evs := g.Next()
			if err := articles.Encode(a); err != nil {
				return err
			}
			for _, ev := range evs {
				truth.encode(ev)
			}
		}
		truthBuf = truth.b
		if zw != nil {
			if err := zw.Close(); err != nil {
				return err
			}
		}
		return bw.Flush()
	})
	if err == nil {
		err = set.Write(filepath.Base(base)+".truth.jsonl", func(w io.Writer) error { _, err := w.Write(truthBuf); return err })
	}
	if err != nil {
		set.Abort()
		return err
	}
	if err := set.Commit(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "geotimeline gen: %d articles → %s, ground truth → %s.truth.jsonl\n", *n, *out, base)
	return nil
}

// jsonBuffer accumulates JSON lines.
type jsonBuffer struct{ b []byte }

func (j *jsonBuffer) encode(v any) {
	line, _ := json.Marshal(v) // gold.Event has only plain fields: cannot fail
	j.b = append(append(j.b, line...), '\n')
}
