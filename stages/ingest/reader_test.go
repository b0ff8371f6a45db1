package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"geotimeline/pipeline"
)

// writeTree creates files (slash paths → contents) under a new temp dir.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// readAll opens path and drains it.
func readAll(t *testing.T, path string, opts Options) ([]*pipeline.Item, []pipeline.Diag) {
	t.Helper()
	r, err := Open(path, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	defer r.Close()
	var items []*pipeline.Item
	for {
		it, err := r.Next(context.Background())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		items = append(items, it)
	}
	return items, r.Diags()
}

func ids(items []*pipeline.Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Doc.ID)
	}
	return out
}

func diagStrings(ds []pipeline.Diag) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Path+": "+d.Msg)
	}
	return out
}

// hasDiag reports whether some diagnostic has the path and a message
// containing msg.
func hasDiag(ds []pipeline.Diag, path, msg string) bool {
	return slices.ContainsFunc(ds, func(d pipeline.Diag) bool {
		return d.Path == path && strings.Contains(d.Msg, msg) && d.Stage == "ingest" && d.Severity == pipeline.Warning
	})
}

func TestOpenDirectory(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"b.txt":            "Second file. It has text.\n",
		"a.txt":            "First file.\n",
		"sub/c.md":         "In a subdirectory.\n",
		"sub/d.htm":        "<html><head><title> Page  Title </title></head><body><p>Body text.</p></body></html>",
		"e.HTML":           "<title>Own title</title><p>Upper-case extension.</p>",
		"a.txt.meta.json":  "{\n  \"title\": \"Meta title\",\n  \"source\": \"Meta source\"\n}\n",
		"sub/c.meta.json":  `{"published": "2021-03-04T10:00:00+09:00", "url": "https://example.org/c"}`,
		"notes.csv":        "not,a,document\n",
		"image.png":        "\x89PNG",
		".hidden/x.txt":    "Hidden.\n",
		".y.txt":           "Hidden too.\n",
		"orphan.meta.json": `{"title": "nobody"}`,
		"manifest.csv": "file,published,title,source,url,extra\n" +
			"a.txt,2020-12-19,Manifest title,Manifest source,https://example.org/a,x\n" +
			"b.txt,19 Dec 2020,B title,,,\n" +
			"missing.txt,2020-01-01,,,,\n" +
			"notes.csv,,,,,\n" +
			"./sub/c.md,2020-01-02,C title,,,\n" +
			"a.txt,2020-01-01,again,,,\n" +
			",2020-01-01,,,,\n",
	})
	items, diags := readAll(t, dir, Options{})
	if got, want := ids(items), []string{"a.txt", "b.txt", "e.HTML", "sub/c.md", "sub/d.htm"}; !slices.Equal(got, want) {
		t.Fatalf("ids = %q, want %q", got, want)
	}
	byID := map[string]*pipeline.Item{}
	for _, it := range items {
		byID[it.Doc.ID] = it
		if it.Doc.Path != it.Doc.ID {
			t.Errorf("%s: Path = %q, want the id", it.Doc.ID, it.Doc.Path)
		}
	}
	a := byID["a.txt"].Doc
	if a.Title != "Meta title" || a.Source != "Meta source" || a.URL != "https://example.org/a" || a.Published.String() != "2020-12-19" {
		t.Errorf("a.txt metadata = %+v; want meta.json title and source over the manifest's, manifest url and date", a)
	}
	b := byID["b.txt"]
	if !b.Doc.Published.IsZero() || b.Doc.Title != "B title" {
		t.Errorf("b.txt: Published = %v, Title = %q; want empty date (bad) and the manifest title", b.Doc.Published, b.Doc.Title)
	}
	if !hasDiag(b.Diags, "manifest.csv:3", "published") {
		t.Errorf("b.txt diags = %q, want a bad-date warning at manifest.csv:3", diagStrings(b.Diags))
	}
	c := byID["sub/c.md"].Doc
	if c.Published.String() != "2021-03-04" || c.Title != "C title" || c.URL != "https://example.org/c" {
		t.Errorf("sub/c.md metadata = %+v; want the meta.json date (RFC 3339 day as written), manifest title", c)
	}
	if d := byID["sub/d.htm"].Doc; d.Title != "Page Title" || d.Text != "Body text." {
		t.Errorf("sub/d.htm: Title %q Text %q; want the <title> and the body text", d.Title, d.Text)
	}
	if e := byID["e.HTML"].Doc; e.Title != "Own title" || e.Text != "Upper-case extension." {
		t.Errorf("e.HTML: Title %q Text %q", e.Title, e.Text)
	}
	for _, w := range []struct{ path, msg string }{
		{"manifest.csv:1", `unknown column "extra"`},
		{"manifest.csv:4", `missing file "missing.txt"`},
		{"manifest.csv:5", `not a document`},
		{"manifest.csv:7", `already described at line 2`},
		{"manifest.csv:8", `no file name`},
		{"orphan.meta.json", "without a document"},
	} {
		if !hasDiag(diags, w.path, w.msg) {
			t.Errorf("Diags() = %q\nwant %s: %s", diagStrings(diags), w.path, w.msg)
		}
	}
	if !slices.IsSortedFunc(diags, compareDiags) {
		t.Errorf("Diags() not sorted: %q", diagStrings(diags))
	}
}

func TestOpenDecoding(t *testing.T) {
	cp1252 := "Caf\xe9 owners said \x93no\x94 to the order.\n" // é and curly quotes in Windows-1252
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Hi." {
		utf16 = append(utf16, byte(r), 0)
	}
	dir := writeTree(t, map[string]string{
		"bom.txt":    "\ufeffA text after a byte-order mark.",
		"crlf.txt":   "Head\r\n\r\nA line. Another.\r\n",
		"cp1252.txt": cp1252,
		"binary.txt": "PK\x03\x04\x00\x00binary",
		"empty.txt":  "",
		"blank.txt":  " \r\n\t\n",
		"utf16.txt":  string(utf16),
		"empty.html": "<html><head><script>var x = 1;</script></head><body> </body></html>",
	})
	items, diags := readAll(t, dir, Options{})
	if got, want := ids(items), []string{"bom.txt", "cp1252.txt", "crlf.txt", "utf16.txt"}; !slices.Equal(got, want) {
		t.Fatalf("ids = %q, want %q", got, want)
	}
	byID := map[string]*pipeline.Item{}
	for _, it := range items {
		byID[it.Doc.ID] = it
	}
	if got := byID["bom.txt"].Doc.Text; got != "A text after a byte-order mark." {
		t.Errorf("bom.txt Text = %q, want the BOM removed", got)
	}
	crlf := byID["crlf.txt"]
	if crlf.Doc.Text != "Head\r\n\r\nA line. Another.\r\n" {
		t.Errorf("crlf.txt Text = %q, want CRLF kept", crlf.Doc.Text)
	}
	_, sents := Segment(crlf.Doc.Text)
	if got := sentenceTexts(crlf.Doc.Text, sents); !slices.Equal(got, []string{"Head", "A line.", "Another."}) {
		t.Errorf("crlf.txt sentences = %q", got)
	}
	cp := byID["cp1252.txt"]
	if cp.Doc.Text != "Café owners said “no” to the order.\n" {
		t.Errorf("cp1252.txt Text = %q", cp.Doc.Text)
	}
	if !hasDiag(cp.Diags, "cp1252.txt", "Windows-1252") {
		t.Errorf("cp1252.txt diags = %q, want a Windows-1252 warning", diagStrings(cp.Diags))
	}
	if got := byID["utf16.txt"].Doc.Text; got != "Hi." {
		t.Errorf("utf16.txt Text = %q, want %q", got, "Hi.")
	}
	for _, w := range []struct{ path, msg string }{
		{"binary.txt", "binary"},
		{"empty.txt", "no text"},
		{"blank.txt", "no text"},
		{"empty.html", "no text"},
	} {
		if !hasDiag(diags, w.path, w.msg) {
			t.Errorf("Diags() = %q\nwant %s: %s", diagStrings(diags), w.path, w.msg)
		}
	}
}

func TestOpenSingleFile(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"one.txt":           "Only this.",
		"one.txt.meta.json": `{"published": "2020-05-06"}`,
		"other.txt":         "Not this.",
		"manifest.csv":      "file\nnowhere.txt\n",
	})
	items, diags := readAll(t, filepath.Join(dir, "one.txt"), Options{})
	if len(items) != 1 || items[0].Doc.ID != "one.txt" || items[0].Doc.Published.String() != "2020-05-06" {
		t.Fatalf("items = %+v", items)
	}
	if len(diags) != 0 {
		t.Errorf("Diags() = %q, want none (the manifest is not read for one file)", diagStrings(diags))
	}
}

func TestOpenSymlinkedRoot(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "A.", "sub/b.txt": "B."})
	link := filepath.Join(t.TempDir(), "corpus")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink(filepath.Join(dir, "sub"), filepath.Join(dir, "c.txt")); err != nil {
		t.Skip(err)
	}
	items, diags := readAll(t, link, Options{})
	if got, want := ids(items), []string{"a.txt", "sub/b.txt"}; !slices.Equal(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
	if !hasDiag(diags, "c.txt", "skipped") {
		t.Errorf("Diags() = %q, want c.txt (a link to a directory) skipped", diagStrings(diags))
	}
}

func TestOpenErrors(t *testing.T) {
	dir := writeTree(t, map[string]string{"data.csv": "a,b\n", "bad.jsonl.gz": "not gzip"})
	for _, tc := range []struct {
		path string
		want error
	}{
		{filepath.Join(dir, "nope"), os.ErrNotExist},
		{filepath.Join(dir, "data.csv"), ErrUnsupported},
		{filepath.Join(dir, "bad.jsonl.gz"), nil},
	} {
		_, err := Open(tc.path, Options{})
		if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
			t.Errorf("Open(%s) error = %v, want %v", tc.path, err, tc.want)
		}
	}
}

func TestManifestMetaJSONDates(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a.txt":           "Text.",
		"a.txt.meta.json": "{\n\"title\": \"T\",\n\"published\": \"yesterday\",\n\"author\": \"X\",\n\"source\": 5\n}",
		"manifest.csv":    "file,published\na.txt,2020-02-03\n",
	})
	items, _ := readAll(t, dir, Options{})
	if len(items) != 1 {
		t.Fatalf("got %d items", len(items))
	}
	it := items[0]
	if it.Doc.Published.String() != "2020-02-03" || it.Doc.Title != "T" {
		t.Errorf("Doc = %+v; a bad meta.json date must not override the manifest's", it.Doc)
	}
	for _, w := range []struct{ path, msg string }{
		{"a.txt.meta.json:3", "published"},
		{"a.txt.meta.json:4", `unknown key "author"`},
		{"a.txt.meta.json:5", "want a string"},
	} {
		if !hasDiag(it.Diags, w.path, w.msg) {
			t.Errorf("diags = %q\nwant %s: %s", diagStrings(it.Diags), w.path, w.msg)
		}
	}
}

func TestOpenJSONL(t *testing.T) {
	lines := []string{
		`{"id": "doc-1", "text": "First document.", "published": "2020-12-19", "title": "One", "source": "S", "url": "u"}`,
		`{"id": "doc-2", "text": "Second.", "published": "Dec 19"}`,
		`{"id": "doc-3", "text": "broken`,
		``,
		`{"text": "No id."}`,
		`{"id": "doc-1", "text": "Repeated id."}`,
		`{"id": 42, "text": "Numeric id.", "title": ["not", "a", "string"], "extra": true}` + "\r",
		`{"id": "doc-5", "text": "   "}`,
		`{"id": "doc-6"}`,
		"{\"id\": \"doc-7\", \"text\": \"Caf\xe9.\"}",
		`[1, 2]`,
		`{"id": "doc-8", "text": "Last line without a newline."}`,
	}
	dir := writeTree(t, map[string]string{"corpus.jsonl": "\ufeff" + strings.Join(lines, "\n")})
	items, diags := readAll(t, filepath.Join(dir, "corpus.jsonl"), Options{})
	if got, want := ids(items), []string{"doc-1", "doc-2", "42", "doc-7", "doc-8"}; !slices.Equal(got, want) {
		t.Fatalf("ids = %q, want %q", got, want)
	}
	d1 := items[0].Doc
	if d1.Path != "corpus.jsonl:1" || d1.Title != "One" || d1.Source != "S" || d1.URL != "u" || d1.Published.String() != "2020-12-19" || d1.Text != "First document." {
		t.Errorf("doc-1 = %+v", d1)
	}
	if !items[1].Doc.Published.IsZero() || !hasDiag(items[1].Diags, "corpus.jsonl:2", "published") {
		t.Errorf("doc-2: Published %v, diags %q; want empty and a warning at line 2", items[1].Doc.Published, diagStrings(items[1].Diags))
	}
	if !hasDiag(items[2].Diags, "corpus.jsonl:7", `"title": want a string`) || items[2].Doc.Path != "corpus.jsonl:7" {
		t.Errorf("42: diags %q path %q", diagStrings(items[2].Diags), items[2].Doc.Path)
	}
	if items[3].Doc.Text != "Café." || !hasDiag(items[3].Diags, "corpus.jsonl:10", "Windows-1252") {
		t.Errorf("doc-7: Text %q diags %q", items[3].Doc.Text, diagStrings(items[3].Diags))
	}
	for _, w := range []struct{ path, msg string }{
		{"corpus.jsonl:3", "invalid JSON"},
		{"corpus.jsonl:5", `no "id"`},
		{"corpus.jsonl:6", "already used at line 1"},
		{"corpus.jsonl:8", `empty "text"`},
		{"corpus.jsonl:9", `no "text"`},
		{"corpus.jsonl:11", "invalid JSON"},
	} {
		if !hasDiag(diags, w.path, w.msg) {
			t.Errorf("Diags() = %q\nwant %s: %s", diagStrings(diags), w.path, w.msg)
		}
	}
	if len(diags) != 6 {
		t.Errorf("Diags() = %q, want 6", diagStrings(diags))
	}
}

// gzipLines compresses n JSON lines.
func gzipLines(t *testing.T, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for i := 1; i <= n; i++ {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%03d", i), "text": fmt.Sprintf("Document number %d has some text. %s", i, strings.Repeat("Filler words to make it longer. ", 20))})
		zw.Write(append(rec, '\n'))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestJSONLGzip(t *testing.T) {
	full := gzipLines(t, 200)
	t.Run("whole", func(t *testing.T) {
		dir := writeTree(t, map[string]string{"c.jsonl.gz": string(full)})
		items, diags := readAll(t, filepath.Join(dir, "c.jsonl.gz"), Options{})
		if len(items) != 200 || len(diags) != 0 {
			t.Errorf("got %d items, diags %q; want 200 and none", len(items), diagStrings(diags))
		}
	})
	for _, cut := range []int{len(full) / 2, len(full) - 4} {
		t.Run(fmt.Sprintf("truncated at %d of %d", cut, len(full)), func(t *testing.T) {
			dir := writeTree(t, map[string]string{"c.jsonl.gz": string(full[:cut])})
			items, diags := readAll(t, filepath.Join(dir, "c.jsonl.gz"), Options{})
			if len(items) == 0 || len(items) > 200 {
				t.Fatalf("got %d items; want the documents before the damage", len(items))
			}
			for i, it := range items {
				if want := fmt.Sprintf("d%03d", i+1); it.Doc.ID != want {
					t.Fatalf("item %d id %q, want %q", i, it.Doc.ID, want)
				}
			}
			last := len(items)
			if len(diags) != 1 || !hasDiag(diags, fmt.Sprintf("c.jsonl.gz:%d", last), fmt.Sprintf("truncated or corrupt after line %d", last)) {
				t.Errorf("Diags() = %q, want one naming c.jsonl.gz and line %d", diagStrings(diags), last)
			}
		})
	}
}

func TestJSONLLongLine(t *testing.T) {
	size := 50 << 20 // the size the reader must cope with
	if testing.Short() || raceEnabled {
		size = 4 << 20
	}
	text := strings.Repeat("Word and word again. ", size/21)
	rec, err := json.Marshal(map[string]string{"id": "big", "text": text})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	if err := os.WriteFile(p, append(rec, []byte("\n{\"id\":\"small\",\"text\":\"After it.\"}\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	items, diags := readAll(t, p, Options{})
	if len(items) != 2 || items[0].Doc.Text != text || items[1].Doc.ID != "small" || len(diags) != 0 {
		t.Fatalf("got %d items, diags %q; want the %d-byte line read whole, then the next", len(items), diagStrings(diags), len(rec))
	}
}

func TestStrict(t *testing.T) {
	t.Run("manifest", func(t *testing.T) {
		dir := writeTree(t, map[string]string{"a.txt": "A.", "manifest.csv": "file\nmissing.txt\n"})
		_, err := Open(dir, Options{Strict: true})
		if !errors.Is(err, ErrStrict) || !strings.Contains(err.Error(), "manifest.csv:2") {
			t.Errorf("Open strict = %v, want ErrStrict naming manifest.csv:2", err)
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		dir := writeTree(t, map[string]string{"c.jsonl": "{\"id\":\"a\",\"text\":\"A.\"}\nnot json\n{\"id\":\"b\",\"text\":\"B.\"}\n"})
		r, err := Open(filepath.Join(dir, "c.jsonl"), Options{Strict: true})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		if it, err := r.Next(context.Background()); err != nil || it.Doc.ID != "a" {
			t.Fatalf("first Next = %v, %v", it, err)
		}
		_, err = r.Next(context.Background())
		if !errors.Is(err, ErrStrict) || !strings.Contains(err.Error(), "c.jsonl:2") {
			t.Errorf("second Next = %v, want ErrStrict naming c.jsonl:2", err)
		}
		if _, err2 := r.Next(context.Background()); !errors.Is(err2, ErrStrict) {
			t.Errorf("Next after the error = %v, want the same error", err2)
		}
	})
	t.Run("item warning", func(t *testing.T) {
		dir := writeTree(t, map[string]string{"a.txt": "Caf\xe9."})
		r, err := Open(dir, Options{Strict: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.Next(context.Background()); !errors.Is(err, ErrStrict) {
			t.Errorf("Next = %v, want ErrStrict", err)
		}
	})
}

func TestNextCancelled(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "A."})
	r, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := r.Next(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Next(cancelled) = %v, want context.Canceled", err)
	}
	if err := r.Close(); err != nil {
		t.Error(err)
	}
	if err := r.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}
}

func TestDiagsOrder(t *testing.T) {
	var rows strings.Builder
	rows.WriteString("file\n")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&rows, "missing%02d.txt\n", i)
	}
	dir := writeTree(t, map[string]string{"a.txt": "A.", "manifest.csv": rows.String()})
	_, diags := readAll(t, dir, Options{})
	if len(diags) != 12 {
		t.Fatalf("got %d diags", len(diags))
	}
	for i, d := range diags {
		if want := fmt.Sprintf("manifest.csv:%d", i+2); d.Path != want {
			t.Errorf("diag %d path %q, want %q (numeric line order)", i, d.Path, want)
		}
	}
}

func TestParseManifest(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		files     []string
		wantDiags []string
	}{
		{"any column order and case", "\ufeffTitle, FILE ,published\nT,a.txt,2020-01-02\n", []string{"a.txt"}, nil},
		{"no file column", "name,title\na,b\n", nil, []string{`m.csv:1: unknown column "name"`, `m.csv:1: no "file" column`}},
		{"empty", "", nil, []string{"m.csv: empty manifest"}},
		{"quoted fields and commas", "file,title\n\"a b.txt\",\"Hello, world\"\n", []string{"a b.txt"}, nil},
		{"bad quote", "file,title\na.txt,\"unterminated\n", nil, []string{"m.csv:2:"}},
		{"extra fields", "file\na.txt,x\n", []string{"a.txt"}, []string{"m.csv:2: 2 fields, header has 1"}},
		{"repeated column", "file,title,title\na.txt,x,y\n", []string{"a.txt"}, []string{`m.csv:1: column "title" repeated`}},
		{"bad date rides on the row", "file,published\na.txt,2020-13-40\n", []string{"a.txt"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, diags := parseManifest(strings.NewReader(tc.in), "m.csv")
			var files []string
			for _, r := range rows {
				files = append(files, r.file)
			}
			if !slices.Equal(files, tc.files) {
				t.Errorf("files = %q, want %q", files, tc.files)
			}
			got := diagStrings(diags)
			if len(got) != len(tc.wantDiags) {
				t.Fatalf("diags = %q, want %q", got, tc.wantDiags)
			}
			for i, w := range tc.wantDiags {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("diag %d = %q, want prefix %q", i, got[i], w)
				}
			}
		})
	}
	rows, _ := parseManifest(strings.NewReader("file,published,title\na.txt,2020-13-40,T\n"), "m.csv")
	if len(rows) != 1 || len(rows[0].diags) != 1 || rows[0].diags[0].Path != "m.csv:2" || rows[0].meta.Title != "T" {
		t.Errorf("bad date row = %+v, want one warning at m.csv:2 and the title kept", rows)
	}
}

func FuzzParseManifest(f *testing.F) {
	for _, s := range []string{
		"file,published,title,source,url\na.txt,2020-01-02,T,S,U\n",
		"title,file\n\"x,y\",b.txt\n\n,\n", "file\n\"", "\ufefffile\r\na\r\n", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		rows, diags := parseManifest(strings.NewReader(in), "m.csv")
		for _, r := range rows {
			if r.line < 2 || r.file == "" {
				t.Fatalf("row %+v: want line >= 2 and a file", r)
			}
			for _, d := range r.diags {
				if _, line := splitPath(d.Path); line != r.line {
					t.Fatalf("row diag %q not at the row's line %d", d.Path, r.line)
				}
			}
		}
		for _, d := range diags {
			if f, _ := splitPath(d.Path); f != "m.csv" || d.Severity != pipeline.Warning {
				t.Fatalf("diag %+v", d)
			}
		}
	})
}

func FuzzParseMetaJSON(f *testing.F) {
	for _, s := range []string{`{"title":"T","published":"2020-01-02"}`, `{`, `[]`, `{"a":{"b":1}}`, "\ufeff{}", `{"url":null} x`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		_, diags := parseMetaJSON([]byte(in), "m.meta.json")
		for _, d := range diags {
			if f, line := splitPath(d.Path); f != "m.meta.json" || line < 0 || line > strings.Count(in, "\n")+1 {
				t.Fatalf("diag path %q out of range", d.Path)
			}
		}
	})
}

func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"plain", "\ufeffbom", "caf\xe9", "\xff\xfeH\x00i\x00", "nul\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, enc := decodeText(b)
		if enc != encBinary && !utf8.ValidString(text) {
			t.Fatalf("decodeText(%q) = %q, not UTF-8", b, text)
		}
		if enc == encUTF8 && strings.HasPrefix(text, "\ufeff") && bytes.HasPrefix(b, bomUTF8) && !bytes.HasPrefix(b[3:], bomUTF8) {
			t.Fatalf("decodeText(%q) kept the BOM", b)
		}
	})
}

// TestRunWorkers reads and segments a corpus through pipeline.Run with one
// and with several workers and requires identical results.
func TestRunWorkers(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 30; i++ {
		files[fmt.Sprintf("d%02d.txt", i)] = fmt.Sprintf("Headline Number %d\n\nOn Feb. %d the unit moved. It stopped.\n\nRead in Korean\n", i, i%28+1)
	}
	dir := writeTree(t, files)
	run := func(workers int) string {
		r, err := Open(dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var out strings.Builder
		err = pipeline.Run(context.Background(), r, []pipeline.Stage{NewSegmenter(Options{})}, func(it *pipeline.Item) error {
			fmt.Fprintf(&out, "%d %s %q\n", it.Seq, it.Doc.ID, sentenceTexts(it.Doc.Text, it.Sentences))
			return nil
		}, pipeline.RunOptions{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	one, four := run(1), run(4)
	if one != four {
		t.Errorf("1 worker:\n%s\n4 workers:\n%s", one, four)
	}
	if !strings.Contains(one, `29 d29.txt ["Headline Number 29" "On Feb. 2 the unit moved." "It stopped."]`) {
		t.Errorf("unexpected output:\n%s", one)
	}
}

func TestSegmenter(t *testing.T) {
	s := NewSegmenter(Options{})
	if s.Name() != "ingest" {
		t.Errorf("Name() = %q", s.Name())
	}
	it := &pipeline.Item{Doc: pipeline.Document{Path: "x.txt", Text: "One. Two."}}
	if err := s.Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	if len(it.Paragraphs) != 1 || len(it.Sentences) != 2 || len(it.Diags) != 0 {
		t.Errorf("Process: %d paragraphs, %d sentences, diags %v", len(it.Paragraphs), len(it.Sentences), it.Diags)
	}
	empty := &pipeline.Item{Doc: pipeline.Document{Path: "y.txt", Text: "Read in Korean\n"}}
	if err := s.Process(context.Background(), empty); err != nil {
		t.Fatal(err)
	}
	if !hasDiag(empty.Diags, "y.txt", "no sentences") {
		t.Errorf("diags = %q, want a no-sentences warning", diagStrings(empty.Diags))
	}
	if err := NewSegmenter(Options{Strict: true}).Process(context.Background(), empty); !errors.Is(err, ErrStrict) {
		t.Errorf("strict Process = %v, want ErrStrict", err)
	}
}

func TestProgress(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Police in Hyesan sealed the market."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var lines strings.Builder
	for i := range 200 {
		fmt.Fprintf(&lines, "{\"id\":\"d%d\",\"text\":\"Police in Hyesan sealed market number %d.\"}\n", i, i)
	}
	jsonl := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(jsonl, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path  string
		total int64
	}{{dir, 3}, {jsonl, int64(lines.Len())}} {
		r, err := Open(tc.path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if done, total := r.Progress(); done > total || total != tc.total {
			t.Errorf("%s: before reading Progress = %d of %d, want total %d", tc.path, done, total, tc.total)
		}
		var prev int64
		for {
			_, err := r.Next(context.Background())
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			done, _ := r.Progress()
			if done < prev {
				t.Fatalf("%s: progress went back from %d to %d", tc.path, prev, done)
			}
			prev = done
		}
		if done, total := r.Progress(); done != total {
			t.Errorf("%s: at the end Progress = %d of %d", tc.path, done, total)
		}
		r.Close()
	}
}
