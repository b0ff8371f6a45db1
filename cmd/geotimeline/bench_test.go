//go:build unix

// The benchmarks read the process's CPU time (getrusage), hence unix only.

package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"geotimeline/pipeline"
	"geotimeline/stages/ingest"
)

// benchArticles is the size of the generated corpus the end-to-end
// benchmarks read: by default large enough that per-run setup (the embedded
// gazetteer, compiled tables) is a small share, small enough for `make
// bench`; docs/benchmarks.md gives the larger run.
var benchArticles = flag.Int("bench.articles", 1000, "number of generated articles the end-to-end benchmarks read")

// benchCorpus generates the benchmark corpus (fixed seed, so every run reads
// the same bytes) into a temporary directory and returns its path and its
// documents as the ingest reader decodes them.
func benchCorpus(b *testing.B) (path string, docs []pipeline.Document, textBytes int64) {
	b.Helper()
	path = filepath.Join(b.TempDir(), "bench.jsonl.gz")
	var out, errb bytes.Buffer
	args := []string{"gen", "-n", strconv.Itoa(*benchArticles), "-seed", "20261122", "-out", path}
	if code := run(context.Background(), args, strings.NewReader(""), &out, &errb); code != exitOK {
		b.Fatalf("geotimeline %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
	}
	src, err := ingest.Open(path, ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	for {
		it, err := src.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, it.Doc)
		textBytes += int64(len(it.Doc.Text))
	}
	return path, docs, textBytes
}

// cpuTime returns the user+system CPU time of the process so far. On a
// shared machine wall time counts other processes' work; CPU time does not
// (it still includes this process's garbage collector, a real cost).
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds MB of text per CPU second since c0, and CPU time per op.
func reportCPU(b *testing.B, c0 time.Duration, size int64) {
	cpu := cpuTime(b) - c0
	b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkRunCorpus runs every per-document stage and the merge over the
// generated corpus (streamCorpus and one pass over the merged events, as
// `geotimeline run` does, without writing outputs). MB/s is decoded article
// text per second of wall time.
func BenchmarkRunCorpus(b *testing.B) {
	path, docs, size := benchCorpus(b)
	for _, workers := range []int{1, 2} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			e := &env{stdout: io.Discard, stderr: io.Discard, log: discard()}
			b.SetBytes(size)
			b.ReportAllocs()
			c0 := cpuTime(b)
			for b.Loop() {
				st, err := streamCorpus(context.Background(), e, corpusOptions{in: path, workers: workers})
				if err != nil {
					b.Fatal(err)
				}
				if err := st.eachMerged(context.Background(), func(*pipeline.Event, sentenceFunc) error { return nil }); err != nil {
					b.Fatal(err)
				}
				st.close()
				if st.report.Counts.Documents != len(docs) {
					b.Fatalf("streamCorpus read %d documents, want %d", st.report.Counts.Documents, len(docs))
				}
			}
			b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
			reportCPU(b, c0, size)
		})
	}
}

// BenchmarkRun is the whole command, `geotimeline run -workers 2`, outputs
// included.
func BenchmarkRun(b *testing.B) {
	path, docs, size := benchCorpus(b)
	out := b.TempDir()
	b.SetBytes(size)
	b.ReportAllocs()
	c0 := cpuTime(b)
	for b.Loop() {
		var errb bytes.Buffer
		args := []string{"run", "-quiet", "-workers", "2", "-in", path, "-out", out}
		if code := run(context.Background(), args, strings.NewReader(""), io.Discard, &errb); code != exitOK {
			b.Fatalf("geotimeline %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, c0, size)
}

// BenchmarkReadCorpus is the floor under BenchmarkRunCorpus: reading,
// decompressing and decoding the same corpus with the ingest reader and
// nothing else.
func BenchmarkReadCorpus(b *testing.B) {
	path, docs, size := benchCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	c0 := cpuTime(b)
	for b.Loop() {
		src, err := ingest.Open(path, ingest.Options{})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			_, err := src.Next(context.Background())
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		src.Close()
		if n != len(docs) {
			b.Fatalf("read %d documents, want %d", n, len(docs))
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
	reportCPU(b, c0, size)
}

// BenchmarkStages runs growing prefixes of the stages over the decoded
// corpus held in memory (no reading, no merge, one goroutine): the
// difference between consecutive rows is what each stage costs.
func BenchmarkStages(b *testing.B) {
	_, docs, size := benchCorpus(b)
	g, err := loadGazetteer("")
	if err != nil {
		b.Fatal(err)
	}
	all, err := buildStages(g, nil, upToEvents, discard())
	if err != nil {
		b.Fatal(err)
	}
	for n := 1; n <= len(all); n++ {
		stages := all[:n]
		b.Run("to="+stages[n-1].Name(), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			c0 := cpuTime(b)
			for b.Loop() {
				for _, d := range docs {
					it := &pipeline.Item{Doc: d}
					for _, s := range stages {
						if err := s.Process(context.Background(), it); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
			reportCPU(b, c0, size)
		})
	}
}

// pathological returns the two pathological texts of issue 7: reps
// repetitions of a place name in one sentence, and kb KB of words without
// punctuation (one sentence). The sizes are 100,000 and 1,024.
func pathological(reps, kb int) map[string]string {
	const words = "officials said traders in the border town were arrested by the security ministry and sent away "
	return map[string]string{
		"place-name":     "Hyesan " + strings.Repeat("Hyesan ", reps) + "was sealed.",
		"no-punctuation": strings.Repeat(words, kb*1024/len(words)),
	}
}

// processCPU runs every stage over one document holding text and returns
// the least CPU time of runs tries.
func processCPU(tb testing.TB, stages []pipeline.Stage, text string, runs int) time.Duration {
	best := time.Duration(-1)
	for range runs {
		var ru0, ru1 syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru0); err != nil {
			tb.Fatal(err)
		}
		it := &pipeline.Item{Doc: pipeline.Document{ID: "p", Path: "p", Text: text}}
		for _, s := range stages {
			if err := s.Process(context.Background(), it); err != nil {
				tb.Fatal(err)
			}
		}
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru1); err != nil {
			tb.Fatal(err)
		}
		d := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
		if best < 0 || d < best {
			best = d
		}
	}
	return best
}

// TestPathologicalInputsStayLinear runs every stage over each pathological
// text at a quarter of the size and at the full size (100,000
// repetitions, 1 MB) and compares CPU times: linear work takes about 4
// times as long, quadratic work 16 times. The bound (10) leaves room for a
// loaded machine and for caches (smaller inputs fit them better: an eighth
// against a half gives 7 to 9.5). Under -race it takes about 20 seconds;
// -short skips it.
func TestPathologicalInputsStayLinear(t *testing.T) {
	// A timing test: kept out of make test, where the machine's load decides
	// too much; make linearity runs it (and make bench the benchmark pair).
	if os.Getenv("GEOTIMELINE_LINEARITY") == "" {
		t.Skip("set GEOTIMELINE_LINEARITY=1 (make linearity) to time the pathological inputs")
	}
	g, err := loadGazetteer("")
	if err != nil {
		t.Fatal(err)
	}
	stages, err := buildStages(g, nil, upToEvents, discard())
	if err != nil {
		t.Fatal(err)
	}
	small, large := pathological(25000, 256), pathological(100000, 1024)
	for _, name := range []string{"place-name", "no-punctuation"} {
		t.Run(name, func(t *testing.T) {
			processCPU(t, stages, small[name], 1) // warm up: tables, pools
			c1 := processCPU(t, stages, small[name], 3)
			c4 := processCPU(t, stages, large[name], 2)
			ratio := float64(c4) / float64(max(c1, time.Millisecond))
			t.Logf("%s: %d bytes %v, %d bytes %v CPU: ×%.1f", name, len(small[name]), c1, len(large[name]), c4, ratio)
			if ratio > 10 {
				t.Errorf("%s: 4 times the input took %.1f times the CPU (%v vs %v): superlinear", name, ratio, c4, c1)
			}
		})
	}
}

// BenchmarkPathological runs every stage over one document that repeats a
// place name, or that is one long sentence without punctuation, at the
// issue's size (×4: 100,000 repetitions, 1 MB) and a quarter of it (×1):
// the time per op must grow about fourfold.
func BenchmarkPathological(b *testing.B) {
	g, err := loadGazetteer("")
	if err != nil {
		b.Fatal(err)
	}
	stages, err := buildStages(g, nil, upToEvents, discard())
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"place-name", "no-punctuation"} {
		for _, k := range []int{1, 4} {
			text := pathological(25000*k, 256*k)[name]
			b.Run(name+"/x"+strconv.Itoa(k), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				c0 := cpuTime(b)
				for b.Loop() {
					it := &pipeline.Item{Doc: pipeline.Document{ID: "p", Path: "p", Text: text}}
					for _, s := range stages {
						if err := s.Process(context.Background(), it); err != nil {
							b.Fatal(err)
						}
					}
				}
				reportCPU(b, c0, int64(len(text)))
			})
		}
	}
}
