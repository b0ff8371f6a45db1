package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// binarySniffLen is how much of a file is searched for NUL bytes.
const binarySniffLen = 8 << 10

// encoding says how decodeText read its input.
type encoding uint8

const (
	encUTF8   encoding = iota // valid UTF-8 (a leading BOM removed)
	encUTF16                  // UTF-16 with a byte-order mark
	encCP1252                 // not UTF-8: read as Windows-1252
	encBinary                 // NUL bytes: not text
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText returns b as UTF-8 text and how it was read. A UTF-8 BOM is
// removed; UTF-16 with a BOM is converted; otherwise bytes with a NUL in the
// first 8 KB are binary (no text), and invalid UTF-8 is decoded as
// Windows-1252. Line ends are left as they are.
func decodeText(b []byte) (string, encoding) {
	if bytes.HasPrefix(b, bomUTF16LE) || bytes.HasPrefix(b, bomUTF16BE) {
		// A fresh decoder per call: x/text transformers hold state.
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err == nil {
			return strings.TrimPrefix(string(out), "\ufeff"), encUTF16
		}
	}
	b = bytes.TrimPrefix(b, bomUTF8)
	if bytes.IndexByte(b[:min(len(b), binarySniffLen)], 0) >= 0 {
		return "", encBinary
	}
	if utf8.Valid(b) {
		return string(b), encUTF8
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		// Windows-1252 decodes every byte; keep a lossy reading regardless.
		return strings.ToValidUTF8(string(b), "\ufffd"), encCP1252
	}
	return string(out), encCP1252
}

// isBlank reports whether s holds nothing but whitespace.
func isBlank(s string) bool {
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}
