package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"geotimeline/pipeline"
)

// jsonlSource reads documents from a JSON Lines file, plain or gzipped.
type jsonlSource struct {
	name string // base name, for messages
	f    *os.File
	gz   *gzip.Reader // nil for a plain file
	br   *bufio.Reader
	line int            // lines read so far
	seen map[string]int // id → line of its first record
	fast fastRecord     // the line being parsed, reused
	long []byte         // a line longer than br's buffer, reused
}

// openJSONL opens p; a gzip header that cannot be read is an error. m
// counts the bytes of the file read.
func openJSONL(p string, m *meter) (*jsonlSource, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	if fi, err := f.Stat(); err == nil {
		m.total.Store(fi.Size())
	}
	s := &jsonlSource{name: filepath.Base(p), f: f, seen: map[string]int{}}
	var rd io.Reader = countingReader{f, &m.done}
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		s.gz, err = gzip.NewReader(bufio.NewReader(rd))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("ingest: %s: %w", p, err)
		}
		rd = s.gz
	}
	// ReadBytes has no line-length limit, unlike bufio.Scanner.
	s.br = bufio.NewReaderSize(rd, 64<<10)
	return s, nil
}

func (s *jsonlSource) close() error {
	if s.gz != nil {
		s.gz.Close()
	}
	return s.f.Close()
}

// next reads one line. A damaged compressed stream ends the input with a
// warning naming the last good line.
func (s *jsonlSource) next(r *Reader) (*pipeline.Item, error) {
	raw, err := s.readLine()
	switch {
	case err == io.EOF && len(raw) == 0:
		return nil, io.EOF
	case err != nil && err != io.EOF:
		if s.gz != nil && isCorruptStream(err) {
			r.report(nil, warnf(s.name, s.line, "compressed stream truncated or corrupt after line %d (the last good line); the rest is lost: %v", s.line, err))
			return nil, io.EOF
		}
		return nil, fmt.Errorf("ingest: %s after line %d: %w", s.name, s.line, err)
	}
	s.line++
	it := s.parse(r, raw, s.line)
	if cap(s.long) > maxKeptLine {
		s.long = nil // do not hold on to the buffer of a very long line
	}
	return it, nil
}

// readLine reads up to and including the next "\n", as ReadBytes does,
// without copying a line that fits the read buffer. The line is valid until
// the next call; parse keeps nothing of it.
func (s *jsonlSource) readLine() ([]byte, error) {
	raw, err := s.br.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		return raw, err
	}
	s.long = append(s.long[:0], raw...)
	for err == bufio.ErrBufferFull {
		raw, err = s.br.ReadSlice('\n')
		s.long = append(s.long, raw...)
	}
	return s.long, err
}

// maxKeptLine is the largest buffer for long lines kept between lines.
const maxKeptLine = 1 << 20

// isCorruptStream reports whether err comes from a damaged gzip stream.
func isCorruptStream(err error) bool {
	var ce flate.CorruptInputError
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) ||
		errors.Is(err, gzip.ErrHeader) || errors.As(err, &ce)
}

// jsonRecord is one line. Optional fields stay raw so that a wrong type
// loses only that field.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published json.RawMessage `json:"published"`
	Title     json.RawMessage `json:"title"`
	Source    json.RawMessage `json:"source"`
	URL       json.RawMessage `json:"url"`
}

// parse turns one line into an item, or warns and returns nil.
func (s *jsonlSource) parse(r *Reader, raw []byte, line int) *pipeline.Item {
	raw = bytes.TrimSuffix(raw, []byte("\n"))
	raw = bytes.TrimSuffix(raw, []byte("\r"))
	if line == 1 {
		raw = bytes.TrimPrefix(raw, bomUTF8)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil // blank lines separate nothing
	}
	var pending []pipeline.Diag
	skip := func(format string, args ...any) *pipeline.Item {
		r.report(nil, append(pending, warnf(s.name, line, format, args...))...)
		return nil
	}
	valid := utf8.Valid(raw)
	if !valid {
		dec, err := charmap.Windows1252.NewDecoder().Bytes(raw)
		if err == nil {
			raw, valid = dec, true
		}
		pending = append(pending, warnf(s.name, line, "not valid UTF-8; decoded as Windows-1252"))
	}
	var (
		id, text string
		hasText  bool
		raws     [len(metaKeys)]json.RawMessage // the slow path's metadata
	)
	fast := valid && decodeFast(raw, &s.fast)
	if fast {
		id, text, hasText = s.fast.id, s.fast.text, true
	} else {
		var rec jsonRecord
		if err := json.Unmarshal(raw, &rec); err != nil {
			return skip("invalid JSON: %v; line skipped", err)
		}
		var ok bool
		if id, ok = jsonScalar(rec.ID); !ok {
			id = ""
		}
		if rec.Text != nil {
			text, hasText = *rec.Text, true
		}
		raws = [...]json.RawMessage{rec.Published, rec.Title, rec.Source, rec.URL}
	}
	if strings.TrimSpace(id) == "" {
		return skip("no \"id\" (want a string); line skipped")
	}
	if first, dup := s.seen[id]; dup {
		return skip("id %q already used at line %d; line skipped", id, first)
	}
	if !hasText {
		return skip("no \"text\"; line skipped")
	}
	if isBlank(text) {
		return skip("empty \"text\"; line skipped")
	}
	s.seen[id] = line

	var m meta
	for i, key := range metaKeys {
		var v string
		if fast {
			if !s.fast.hasMeta[i] {
				continue
			}
			v = s.fast.meta[i]
		} else {
			if len(raws[i]) == 0 || string(raws[i]) == "null" {
				continue
			}
			if err := json.Unmarshal(raws[i], &v); err != nil {
				pending = append(pending, warnf(s.name, line, "%q: want a string; ignored", key))
				continue
			}
		}
		if _, problem := m.set(key, v); problem != "" {
			pending = append(pending, warnf(s.name, line, "%s (field left empty)", problem))
		}
	}
	it := &pipeline.Item{Doc: pipeline.Document{
		ID: id, Path: s.name + ":" + strconv.Itoa(line),
		Title: m.Title, Source: m.Source, URL: m.URL, Published: m.Published, Text: text,
	}}
	r.report(it, pending...)
	return it
}

// jsonScalar returns a JSON string's value, or a number's literal.
func jsonScalar(raw json.RawMessage) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, true
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err == nil {
		return n.String(), true
	}
	return "", false
}
