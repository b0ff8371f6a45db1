package cache

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"geotimeline/pipeline"
)

// populate fills every field of v with values drawn from r, so that the
// round-trip tests cover fields added to the pipeline types later.
func populate(v reflect.Value, r *rand.Rand, depth int) {
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		bits := v.Type().Bits()
		v.SetInt(r.Int64() >> (64 - bits))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(r.Uint64() >> (64 - v.Type().Bits()))
	case reflect.Float32, reflect.Float64:
		specials := []float64{0, math.Copysign(0, -1), math.Inf(1), math.SmallestNonzeroFloat64, 1.0 / 3}
		if r.IntN(3) == 0 {
			v.SetFloat(specials[r.IntN(len(specials))])
		} else {
			v.SetFloat(r.NormFloat64() * 1e6)
		}
	case reflect.String:
		const alphabet = "abc é\x00\n한국"
		var sb strings.Builder
		for range r.IntN(12) {
			sb.WriteString(string([]rune(alphabet)[r.IntN(len([]rune(alphabet)))]))
		}
		v.SetString(sb.String())
	case reflect.Slice:
		switch n := r.IntN(4); {
		case n == 0 || depth > 4:
			v.SetZero() // nil
		case n == 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0)) // empty, not nil
		default:
			s := reflect.MakeSlice(v.Type(), n, n)
			for i := range n {
				populate(s.Index(i), r, depth+1)
			}
			v.Set(s)
		}
	case reflect.Array:
		for i := range v.Len() {
			populate(v.Index(i), r, depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			populate(v.Field(i), r, depth+1)
		}
	}
}

func mustCodecs(t testing.TB) *codecs {
	t.Helper()
	cs, err := loadCodecs()
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestCodecRoundTrip(t *testing.T) {
	cs := mustCodecs(t)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		var e entry
		populate(reflect.ValueOf(&e).Elem(), r, 0)
		b := cs.entry.Append(nil, reflect.ValueOf(e))
		var got entry
		if err := cs.entry.Decode(b, reflect.ValueOf(&got).Elem()); err != nil {
			t.Fatalf("case %d: decode: %v", i, err)
		}
		if !reflect.DeepEqual(got, e) {
			t.Fatalf("case %d: round trip changed the entry:\n got %+v\nwant %+v", i, got, e)
		}
	}
}

func TestCodecKeepsNaNBits(t *testing.T) {
	cs := mustCodecs(t)
	nan := math.Float64frombits(0x7ff8_0000_dead_beef)
	e := entry{Places: []pipeline.PlaceMention{{Place: pipeline.Place{Lat: nan}}}}
	var got entry
	if err := cs.entry.Decode(cs.entry.Append(nil, reflect.ValueOf(e)), reflect.ValueOf(&got).Elem()); err != nil {
		t.Fatal(err)
	}
	if b := math.Float64bits(got.Places[0].Place.Lat); b != 0x7ff8_0000_dead_beef {
		t.Errorf("NaN came back as %#x", b)
	}
}

// fill is a stand-in for the real stages: it fills every stage-owned field
// from the text, keeps a copy of the document (text included) in each
// event, and counts its calls.
type fill struct {
	calls atomic.Int64
}

func (f *fill) Name() string { return "fill" }

func (f *fill) Process(_ context.Context, it *pipeline.Item) error {
	f.calls.Add(1)
	text := it.Doc.Text
	it.Paragraphs = []pipeline.Span{{Start: 0, End: len(text)}}
	it.DocDate = pipeline.DocDate{Date: it.Doc.Published, Basis: pipeline.BasisPublished, Evidence: "metadata"}
	start := 0
	for i, part := range strings.SplitAfter(text, ".") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		sp := pipeline.Span{Start: start, End: start + len(part)}
		start += len(part)
		it.Sentences = append(it.Sentences, pipeline.Sentence{Span: sp})
		it.Places = append(it.Places, pipeline.PlaceMention{Span: sp, Text: part, Resolved: true,
			Candidates: []pipeline.Candidate{{Place: pipeline.Place{Name: part, Lat: 41.0 + float64(i)/7, Lon: 128.1}, Score: 1.0 / 3}}})
		it.Events = append(it.Events, pipeline.Event{ID: fmt.Sprintf("%s-%d", it.Doc.ID, i), Doc: it.Doc, Sentence: part,
			Mentions: []pipeline.Mention{{DocID: it.Doc.ID, Sentence: i, Span: sp}}})
	}
	if len(it.Sentences) == 0 {
		it.Warnf("fill", "no sentences")
	}
	return nil
}

func doc(id, text string) pipeline.Document {
	return pipeline.Document{ID: id, Path: id + ".txt", Title: "T " + id, Source: "Wire", URL: "https://example.org/" + id,
		Published: pipeline.Date{Year: 2020, Month: time.March, Day: 4}, Text: text}
}

func newCache(t testing.TB, dir, version string) *Cache {
	t.Helper()
	c, err := Open(dir, Options{Version: version})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// process runs st over a fresh item for d, with one diagnostic from the
// source already on it.
func process(t testing.TB, st pipeline.Stage, d pipeline.Document) *pipeline.Item {
	t.Helper()
	it := &pipeline.Item{Doc: d, Diags: []pipeline.Diag{{Severity: pipeline.Warning, Stage: "ingest", Path: d.Path, Msg: "from the source"}}}
	if err := st.Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	return it
}

func TestHitRestoresWhatTheStagesMade(t *testing.T) {
	dir := t.TempDir()
	docs := []pipeline.Document{
		doc("a", "Police sealed Hyesan. Trade stopped."),
		doc("b", "Nothing here"),
		doc("empty", ""),
	}
	var want []*pipeline.Item
	plain := &fill{}
	for _, d := range docs {
		want = append(want, process(t, plain, d))
	}

	f := &fill{}
	st := newCache(t, dir, "v1").Wrap([]pipeline.Stage{f})
	for i, d := range docs { // misses
		if got := process(t, st, d); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("miss on %s: item %+v, want %+v", d.ID, got, want[i])
		}
	}
	c := newCache(t, dir, "v1") // a new process, same program
	st = c.Wrap([]pipeline.Stage{f})
	for i, d := range docs { // hits
		if got := process(t, st, d); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("hit on %s: item %+v, want %+v", d.ID, got, want[i])
		}
	}
	if n := f.calls.Load(); n != int64(len(docs)) {
		t.Errorf("stages ran %d times over %d documents processed twice, want %d", n, len(docs), len(docs))
	}
	if s := c.Stats(); s != (Stats{Hits: int64(len(docs))}) {
		t.Errorf("second pass Stats = %+v, want %d hits only", s, len(docs))
	}
}

func TestKeyCoversVersionAndEveryDocumentField(t *testing.T) {
	dir := t.TempDir()
	base := doc("a", "Police sealed Hyesan.")
	tests := []struct {
		name    string
		version string
		edit    func(*pipeline.Document)
		hit     bool
	}{
		{"same", "v1", func(*pipeline.Document) {}, true},
		{"version", "v2", func(*pipeline.Document) {}, false},
		{"id", "v1", func(d *pipeline.Document) { d.ID = "b" }, false},
		{"path", "v1", func(d *pipeline.Document) { d.Path = "x.txt" }, false},
		{"title", "v1", func(d *pipeline.Document) { d.Title = "" }, false},
		{"source", "v1", func(d *pipeline.Document) { d.Source = "Other" }, false},
		{"url", "v1", func(d *pipeline.Document) { d.URL = "" }, false},
		{"published", "v1", func(d *pipeline.Document) { d.Published.Day++ }, false},
		{"text", "v1", func(d *pipeline.Document) { d.Text += " " }, false},
		// Field boundaries are encoded: moving a byte from one field to the next changes the key.
		{"boundary", "v1", func(d *pipeline.Document) { d.Title, d.Source = "T", " aWire" }, false},
	}
	process(t, newCache(t, dir, "v1").Wrap([]pipeline.Stage{&fill{}}), base)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := base
			tc.edit(&d)
			c := newCache(t, dir, tc.version)
			process(t, c.Wrap([]pipeline.Stage{&fill{}}), d)
			if got := c.Stats().Hits == 1; got != tc.hit {
				t.Errorf("after changing %s: hit = %v, want %v", tc.name, got, tc.hit)
			}
		})
	}
}

// entries returns the entry files under dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.gtc"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestCorruptEntryIsAMiss(t *testing.T) {
	d := doc("a", "Police sealed Hyesan. Trade stopped.")
	other := doc("b", "Another text.")
	tests := []struct {
		name    string
		corrupt func(t *testing.T, path string, b []byte) []byte
	}{
		{"empty", func(*testing.T, string, []byte) []byte { return nil }},
		{"truncated", func(_ *testing.T, _ string, b []byte) []byte { return b[:len(b)-3] }},
		{"header only", func(_ *testing.T, _ string, b []byte) []byte { return b[:headerLen] }},
		{"flipped payload byte", func(_ *testing.T, _ string, b []byte) []byte { b[len(b)/2+headerLen/2] ^= 0x40; return b }},
		{"bad magic", func(_ *testing.T, _ string, b []byte) []byte { b[0] = 'X'; return b }},
		{"trailing bytes", func(_ *testing.T, _ string, b []byte) []byte { return append(b, 0) }},
		{"garbage", func(_ *testing.T, _ string, b []byte) []byte { return bytes.Repeat([]byte{0xff}, len(b)) }},
		{"another key's entry", func(t *testing.T, _ string, _ []byte) []byte {
			dir := t.TempDir()
			process(t, newCache(t, dir, "v1").Wrap([]pipeline.Stage{&fill{}}), other)
			b, err := os.ReadFile(entries(t, dir)[0])
			if err != nil {
				t.Fatal(err)
			}
			return b
		}},
	}
	want := process(t, &fill{}, d)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			process(t, newCache(t, dir, "v1").Wrap([]pipeline.Stage{&fill{}}), d)
			files := entries(t, dir)
			if len(files) != 1 {
				t.Fatalf("%d entries, want 1", len(files))
			}
			b, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(files[0], tc.corrupt(t, files[0], b), 0o644); err != nil {
				t.Fatal(err)
			}
			var logged bytes.Buffer
			c, err := Open(dir, Options{Version: "v1", Logger: slogTo(&logged)})
			if err != nil {
				t.Fatal(err)
			}
			if got := process(t, c.Wrap([]pipeline.Stage{&fill{}}), d); !reflect.DeepEqual(got, want) {
				t.Errorf("item after a corrupt entry = %+v, want %+v", got, want)
			}
			if s := c.Stats(); s != (Stats{Misses: 1, Bad: 1}) {
				t.Errorf("Stats = %+v, want one miss, one bad entry", s)
			}
			if !strings.Contains(logged.String(), "unreadable entry") {
				t.Errorf("log = %q, want a warning about the unreadable entry", logged.String())
			}
			c = newCache(t, dir, "v1") // the entry was rewritten
			process(t, c.Wrap([]pipeline.Stage{&fill{}}), d)
			if s := c.Stats(); s != (Stats{Hits: 1}) {
				t.Errorf("after rewriting: Stats = %+v, want one hit", s)
			}
		})
	}
}

func TestUnwritableDirectoryDoesNotFail(t *testing.T) {
	dir := t.TempDir()
	c := newCache(t, dir, "v1")
	// A file where the shard directory should be makes every write fail.
	k := c.Key(doc("a", "Police sealed Hyesan."))
	if err := os.WriteFile(filepath.Join(dir, k.String()[:2]), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	want := process(t, &fill{}, doc("a", "Police sealed Hyesan."))
	if got := process(t, c.Wrap([]pipeline.Stage{&fill{}}), doc("a", "Police sealed Hyesan.")); !reflect.DeepEqual(got, want) {
		t.Errorf("item = %+v, want %+v", got, want)
	}
	if s := c.Stats(); s.WriteErrors != 1 || s.Misses != 1 {
		t.Errorf("Stats = %+v, want one miss and one write error", s)
	}
}

// docEditor changes the document, which makes its result depend on more
// than the key.
type docEditor struct{}

func (docEditor) Name() string { return "editor" }
func (docEditor) Process(_ context.Context, it *pipeline.Item) error {
	it.Doc.Title = strings.ToUpper(it.Doc.Title)
	return nil
}

func TestUncacheable(t *testing.T) {
	dir := t.TempDir()
	c := newCache(t, dir, "v1")
	st := c.Wrap([]pipeline.Stage{&fill{}, docEditor{}})
	process(t, st, doc("a", "Text."))
	// An item arriving with stage output already filled in.
	it := &pipeline.Item{Doc: doc("b", "Text."), Sentences: []pipeline.Sentence{{}}}
	if err := st.Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	if s := c.Stats(); s != (Stats{Misses: 2, Uncacheable: 2}) {
		t.Errorf("Stats = %+v, want two uncacheable misses", s)
	}
	if files := entries(t, dir); len(files) != 0 {
		t.Errorf("entries %v written for uncacheable items", files)
	}
}

var errBoom = errors.New("boom")

type failing struct{}

func (failing) Name() string                                  { return "failing" }
func (failing) Process(context.Context, *pipeline.Item) error { return errBoom }

func TestStageErrorIsReturnedAndNotStored(t *testing.T) {
	dir := t.TempDir()
	st := newCache(t, dir, "v1").Wrap([]pipeline.Stage{&fill{}, failing{}})
	err := st.Process(context.Background(), &pipeline.Item{Doc: doc("a", "Text.")})
	if !errors.Is(err, errBoom) || !strings.Contains(err.Error(), "failing") {
		t.Errorf("Process = %v, want errBoom named with its stage", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := st.Process(ctx, &pipeline.Item{Doc: doc("b", "Text.")}); !errors.Is(err, context.Canceled) {
		t.Errorf("Process with a cancelled context = %v, want context.Canceled", err)
	}
	if files := entries(t, dir); len(files) != 0 {
		t.Errorf("entries %v written for failed items", files)
	}
}

func TestOpenNeedsAVersion(t *testing.T) {
	if _, err := Open(t.TempDir(), Options{}); !errors.Is(err, ErrNoVersion) {
		t.Errorf("Open without a version = %v, want ErrNoVersion", err)
	}
	f := filepath.Join(t.TempDir(), "file")
	os.WriteFile(f, nil, 0o644)
	if _, err := Open(filepath.Join(f, "sub"), Options{Version: "v"}); err == nil {
		t.Error("Open under a regular file succeeded")
	}
}

// TestDuplicatesConcurrently processes the same document on many goroutines
// at once, against a cold and then a warm cache (run with -race).
func TestDuplicatesConcurrently(t *testing.T) {
	dir := t.TempDir()
	d := doc("dup", "Police sealed Hyesan. Trade stopped. Guards were replaced.")
	want := process(t, &fill{}, d)
	for _, pass := range []string{"cold", "warm"} {
		c := newCache(t, dir, "v1")
		st := c.Wrap([]pipeline.Stage{&fill{}})
		var wg sync.WaitGroup
		items := make([]*pipeline.Item, 16)
		for i := range items {
			wg.Go(func() {
				it := &pipeline.Item{Doc: d, Diags: []pipeline.Diag{{Severity: pipeline.Warning, Stage: "ingest", Path: d.Path, Msg: "from the source"}}}
				if err := st.Process(context.Background(), it); err != nil {
					t.Error(err)
				}
				items[i] = it
			})
		}
		wg.Wait()
		for i, it := range items {
			if !reflect.DeepEqual(it, want) {
				t.Errorf("%s pass, goroutine %d: item %+v, want %+v", pass, i, it, want)
			}
		}
		if s := c.Stats(); s.Bad != 0 || s.WriteErrors != 0 || s.Hits+s.Misses != 16 || (pass == "warm" && s.Hits != 16) {
			t.Errorf("%s pass: Stats = %+v", pass, s)
		}
	}
	if files := entries(t, dir); len(files) != 1 {
		t.Errorf("%d entry files, want 1", len(files))
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, "*", ".tmp-*")); len(tmp) != 0 {
		t.Errorf("temporary files left behind: %v", tmp)
	}
}
