package ingest

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"geotimeline/pipeline"
)

// manifestName is the metadata table read from a directory's root.
const manifestName = "manifest.csv"

// metaSuffix ends a per-document metadata file.
const metaSuffix = ".meta.json"

// isDocName reports whether a file name is a document by its extension.
func isDocName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md", ".html", ".htm":
		return true
	}
	return false
}

func isHTMLName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// meta is a document's metadata; empty fields are unset.
type meta struct {
	Published     pipeline.Date
	Title, Source string
	URL           string
}

// override sets m's fields from the ones o sets.
func (m *meta) override(o meta) {
	if !o.Published.IsZero() {
		m.Published = o.Published
	}
	if o.Title != "" {
		m.Title = o.Title
	}
	if o.Source != "" {
		m.Source = o.Source
	}
	if o.URL != "" {
		m.URL = o.URL
	}
}

// set sets one field by its key; it reports false for an unknown key, and
// returns a problem for a bad value (which leaves the field unset).
func (m *meta) set(key, val string) (known bool, problem string) {
	val = strings.TrimSpace(val)
	switch key {
	case "published":
		if val == "" {
			return true, ""
		}
		d, err := pipeline.ParseDate(val)
		if err != nil {
			return true, "published: " + err.Error()
		}
		m.Published = d
	case "title":
		m.Title = val
	case "source":
		m.Source = val
	case "url":
		m.URL = val
	default:
		return false, ""
	}
	return true, ""
}

// dirSource reads the documents under a root directory.
type dirSource struct {
	root     string                 // OS path of the root
	files    []string               // root-relative slash paths, sorted
	i        int                    // next file
	manifest map[string]manifestRow // by file
}

// openDir walks root and reads its manifest.
func openDir(r *Reader, root string) (*dirSource, error) {
	// WalkDir does not descend into a root that is a symbolic link.
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	d := &dirSource{root: root}
	var metas []string
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		rel, relErr := filepath.Rel(root, p)
		if relErr != nil {
			return relErr
		}
		rel = filepath.ToSlash(rel)
		if err != nil {
			if rel == "." {
				return err
			}
			r.report(nil, warnf(rel, 0, "skipped: %v", err))
			return nil
		}
		if rel != "." && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case e.IsDir():
		case strings.HasSuffix(strings.ToLower(rel), metaSuffix):
			metas = append(metas, rel)
		case isDocName(rel) && (e.Type().IsRegular() || e.Type()&fs.ModeSymlink != 0):
			d.files = append(d.files, rel)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ingest: walk %s: %w", root, err)
	}
	slices.Sort(d.files)

	f, err := os.Open(filepath.Join(root, manifestName))
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("ingest: %w", err)
	default:
		rows, diags := parseManifest(f, manifestName)
		f.Close()
		r.report(nil, diags...)
		d.manifest = indexManifest(r, rows, d.files, root)
	}

	slices.Sort(metas)
	for _, m := range metas {
		if !d.hasDocFor(m) {
			r.report(nil, warnf(m, 0, "metadata file without a document (want it beside a.txt as a.txt%s or a%s)", metaSuffix, metaSuffix))
		}
	}
	r.prog.total.Store(int64(len(d.files)))
	return d, nil
}

// openFile reads one document file as a directory holding only it; a
// manifest.csv beside it is not consulted, its meta.json is.
func openFile(p string) (*dirSource, error) {
	return &dirSource{root: filepath.Dir(p), files: []string{filepath.Base(p)}}, nil
}

// hasDocFor reports whether the metadata file m belongs to a document.
func (d *dirSource) hasDocFor(m string) bool {
	base := m[:len(m)-len(metaSuffix)]
	if _, ok := slices.BinarySearch(d.files, base); ok {
		return true
	}
	for _, ext := range []string{".txt", ".md", ".html", ".htm"} {
		if _, ok := slices.BinarySearch(d.files, base+ext); ok {
			return true
		}
	}
	return false
}

// indexManifest maps rows by file, warning about rows that name no document
// and about repeated rows (the first wins).
func indexManifest(r *Reader, rows []manifestRow, files []string, root string) map[string]manifestRow {
	m := make(map[string]manifestRow, len(rows))
	for _, row := range rows {
		if prev, dup := m[row.file]; dup {
			r.report(nil, warnf(manifestName, row.line, "file %q already described at line %d; row ignored", row.file, prev.line))
			continue
		}
		if _, ok := slices.BinarySearch(files, row.file); !ok {
			what := "missing file"
			if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(row.file))); err == nil {
				what = "not a document (want .txt, .md, .html or .htm)"
			}
			r.report(nil, warnf(manifestName, row.line, "%s %q", what, row.file))
			r.report(nil, row.diags...)
			continue
		}
		m[row.file] = row
	}
	return m
}

// A manifestRow is one data row of manifest.csv.
type manifestRow struct {
	file  string // root-relative slash path, cleaned
	line  int
	meta  meta
	diags []pipeline.Diag // problems with this row's values, for its document
}

// maxManifestErrors stops reading a manifest that is not CSV at all.
const maxManifestErrors = 20

// parseManifest reads a manifest: a header row naming the column "file" and
// any of published, title, source and url (any order, any case; unknown
// columns are warned about once), then one row per document. name is used
// in messages. Rows with problems are warned about and, where nothing is
// usable, skipped.
func parseManifest(rd io.Reader, name string) ([]manifestRow, []pipeline.Diag) {
	var diags []pipeline.Diag
	cr := csv.NewReader(rd)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, []pipeline.Diag{warnf(name, 0, "empty manifest")}
	}
	if err != nil {
		return nil, []pipeline.Diag{warnf(name, 1, "header: %v", csvErr(err))}
	}
	cols := make([]string, len(header)) // known key per column, "" to ignore
	fileCol := -1
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		switch h {
		case "file", "published", "title", "source", "url":
			if slices.Contains(cols, h) {
				diags = append(diags, warnf(name, 1, "column %q repeated; the first one is used", h))
				continue
			}
			cols[i] = h
			if h == "file" {
				fileCol = i
			}
		default:
			diags = append(diags, warnf(name, 1, "unknown column %q ignored (want file, published, title, source, url)", header[i]))
		}
	}
	if fileCol < 0 {
		return nil, append(diags, warnf(name, 1, "no \"file\" column; manifest ignored"))
	}
	var rows []manifestRow
	for errs := 0; errs < maxManifestErrors; {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs++
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			diags = append(diags, warnf(name, line, "%v; row skipped", csvErr(err)))
			if errs == maxManifestErrors {
				diags = append(diags, warnf(name, line, "too many errors; rest of manifest ignored"))
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line
		}
		if fileCol >= len(rec) || strings.TrimSpace(rec[fileCol]) == "" {
			diags = append(diags, warnf(name, line, "no file name; row skipped"))
			continue
		}
		if len(rec) > len(header) {
			diags = append(diags, warnf(name, line, "%d fields, header has %d; extra fields ignored", len(rec), len(header)))
		}
		row := manifestRow{file: cleanRel(rec[fileCol]), line: line}
		if row.file == "" {
			diags = append(diags, warnf(name, line, "file %q names no file; row skipped", rec[fileCol]))
			continue
		}
		for i, v := range rec {
			if i >= len(cols) || cols[i] == "" || cols[i] == "file" {
				continue
			}
			if _, problem := row.meta.set(cols[i], v); problem != "" {
				row.diags = append(row.diags, warnf(name, line, "%s (field left empty)", problem))
			}
		}
		rows = append(rows, row)
	}
	return rows, diags
}

// csvErr drops the line prefix from a csv.ParseError: messages carry the
// line in their path.
func csvErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// pathErr drops the path from an *fs.PathError: messages carry the path.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// cleanRel normalizes a root-relative path from a manifest.
func cleanRel(p string) string {
	p = path.Clean(strings.TrimSpace(p))
	return strings.TrimPrefix(p, "/")
}

// next reads the next document file.
func (d *dirSource) next(r *Reader) (*pipeline.Item, error) {
	if d.i >= len(d.files) {
		return nil, io.EOF
	}
	rel := d.files[d.i]
	d.i++
	r.prog.done.Add(1)

	var m meta
	var pending []pipeline.Diag
	if row, ok := d.manifest[rel]; ok {
		m = row.meta
		pending = append(pending, row.diags...)
	}
	if mj, name, diags, err := d.readMeta(rel); err != nil {
		return nil, err
	} else if name != "" {
		m.override(mj)
		pending = append(pending, diags...)
	}

	data, err := os.ReadFile(filepath.Join(d.root, filepath.FromSlash(rel)))
	if err != nil {
		// One unreadable file (gone, no permission, a link to a directory)
		// does not stop the corpus.
		r.report(nil, append(pending, warnf(rel, 0, "skipped: %v", pathErr(err)))...)
		return nil, nil
	}
	text, enc := decodeText(data)
	var notes []pipeline.Diag
	switch enc {
	case encBinary:
		r.report(nil, append(pending, warnf(rel, 0, "skipped: binary file (NUL bytes in the first 8 KB)"))...)
		return nil, nil
	case encCP1252:
		notes = append(notes, warnf(rel, 0, "not valid UTF-8; decoded as Windows-1252"))
	}
	if isHTMLName(rel) {
		body, title, err := extractHTML(text)
		if err != nil {
			r.report(nil, append(pending, warnf(rel, 0, "skipped: html: %v", err))...)
			return nil, nil
		}
		text = body
		if m.Title == "" {
			m.Title = title
		}
	}
	if isBlank(text) {
		r.report(nil, append(append(pending, notes...), warnf(rel, 0, "skipped: no text"))...)
		return nil, nil
	}
	it := &pipeline.Item{Doc: pipeline.Document{
		ID: rel, Path: rel, Title: m.Title, Source: m.Source, URL: m.URL, Published: m.Published, Text: text,
	}}
	r.report(it, append(pending, notes...)...)
	return it, nil
}

// readMeta reads the meta.json beside rel ("a.txt.meta.json", else
// "a.meta.json"). name is "" when there is none.
func (d *dirSource) readMeta(rel string) (m meta, name string, diags []pipeline.Diag, err error) {
	for _, cand := range []string{rel + metaSuffix, strings.TrimSuffix(rel, path.Ext(rel)) + metaSuffix} {
		data, err := os.ReadFile(filepath.Join(d.root, filepath.FromSlash(cand)))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return meta{}, cand, []pipeline.Diag{warnf(cand, 0, "ignored: %v", pathErr(err))}, nil
		}
		m, diags := parseMetaJSON(data, cand)
		return m, cand, diags, nil
	}
	return meta{}, "", nil, nil
}

// parseMetaJSON reads a metadata object {"published": …, "title": …,
// "source": …, "url": …}; name is used in messages, which carry the line of
// the offending key. Unknown keys and non-string values are warned about.
func parseMetaJSON(data []byte, name string) (meta, []pipeline.Diag) {
	var m meta
	var diags []pipeline.Diag
	data = []byte(strings.TrimPrefix(string(data), "\ufeff"))
	lineAt := func(off int64) int {
		return 1 + strings.Count(string(data[:min(int(off), len(data))]), "\n")
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	fail := func(err error) (meta, []pipeline.Diag) {
		line := lineAt(dec.InputOffset())
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line = lineAt(se.Offset)
		}
		return meta{}, append(diags, warnf(name, line, "ignored: invalid JSON: %v", err))
	}
	tok, err := dec.Token()
	if err != nil {
		return fail(err)
	}
	if tok != json.Delim('{') {
		return meta{}, []pipeline.Diag{warnf(name, 1, "ignored: want a JSON object")}
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := tok.(string)
		line := lineAt(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fail(err)
		}
		var val string
		if string(raw) != "null" {
			if err := json.Unmarshal(raw, &val); err != nil {
				diags = append(diags, warnf(name, line, "%q: want a string; ignored", key))
				continue
			}
		}
		known, problem := m.set(strings.ToLower(key), val)
		switch {
		case !known:
			diags = append(diags, warnf(name, line, "unknown key %q ignored (want published, title, source, url)", key))
		case problem != "":
			diags = append(diags, warnf(name, line, "%s (field left empty)", problem))
		}
	}
	if _, err := dec.Token(); err != nil {
		return fail(err)
	}
	return m, diags
}

// close does nothing: files are closed as soon as they are read.
func (d *dirSource) close() error { return nil }
