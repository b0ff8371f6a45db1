package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractHTML returns the visible text of an HTML document and its <title>
// (whitespace collapsed). Block elements become blank lines, br a line
// break; hidden and non-content elements are dropped (see the package
// comment). The text has no leading or trailing whitespace and never more
// than one blank line in a row.
func extractHTML(src string) (text, title string, err error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", "", err
	}
	var x extractor
	x.walk(doc)
	// Preformatted text keeps its own line breaks, which may meet a block
	// boundary's; no more than one blank line stands in a row either way.
	return collapseBlankLines(x.b.String()), findTitle(doc), nil
}

// extractor accumulates visible text with pending separators, so that runs
// of whitespace and of block boundaries collapse.
type extractor struct {
	b      strings.Builder
	breaks int  // pending line breaks (1: new line, 2: blank line)
	space  bool // pending space
	pre    int  // depth inside <pre>
}

func (x *extractor) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		x.text(n.Data)
		return
	case html.ElementNode:
		if isDropped(n) {
			return
		}
	case html.DocumentNode:
	default:
		return // comments, doctype
	}
	block := n.Type == html.ElementNode && isBlockElement(n.DataAtom)
	switch {
	case n.DataAtom == atom.Br:
		x.brk(1)
	case block:
		x.brk(2)
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		x.space = true
	}
	if n.DataAtom == atom.Pre {
		x.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c)
	}
	if n.DataAtom == atom.Pre {
		x.pre--
	}
	switch {
	case block:
		x.brk(2)
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		x.space = true
	}
}

// brk asks for n line breaks before the next text.
func (x *extractor) brk(n int) { x.breaks = max(x.breaks, n) }

// text writes a text node's content.
func (x *extractor) text(s string) {
	if x.pre > 0 {
		if x.b.Len() == 0 {
			s = strings.TrimLeft(s, " \t\r\n\f")
		}
		body := strings.TrimRight(s, " \t\r\n\f")
		if body == "" {
			x.space = x.space || s != ""
			return
		}
		x.flush()
		x.b.WriteString(body)
		x.space = body != s
		return
	}
	for _, r := range s {
		if isHTMLSpace(r) {
			x.space = true
			continue
		}
		x.flush()
		x.b.WriteRune(r)
	}
}

// collapseBlankLines keeps preformatted text's line breaks but lets no more
// than one blank line stand in a row, as everywhere else in the extracted
// text (a blank line ends a paragraph; several say nothing more).
func collapseBlankLines(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	out := lines[:1]
	blank := false
	for _, l := range lines[1:] {
		isBlank := strings.TrimRight(l, " \t\r\f") == ""
		if isBlank && blank {
			continue
		}
		blank = isBlank
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// flush writes the pending separator before visible text.
func (x *extractor) flush() {
	if x.b.Len() > 0 {
		switch {
		case x.breaks >= 2:
			x.b.WriteString("\n\n")
		case x.breaks == 1:
			x.b.WriteString("\n")
		case x.space:
			x.b.WriteByte(' ')
		}
	}
	x.breaks, x.space = 0, false
}

// isHTMLSpace reports HTML's inter-element whitespace (no-break space is
// visible text and is kept).
func isHTMLSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}

// findTitle returns the text of the document's first <title> outside svg
// and math, whitespace collapsed.
func findTitle(n *html.Node) string {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			return strings.Join(strings.Fields(nodeText(n)), " ")
		case atom.Svg, atom.Math, atom.Template:
			return ""
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := findTitle(c); t != "" {
			return t
		}
	}
	return ""
}

// nodeText returns all text below n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// isDropped reports whether an element and everything below it is invisible
// or not article text.
func isDropped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title, atom.Nav,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Audio, atom.Video,
		atom.Button, atom.Select, atom.Textarea, atom.Input, atom.Option, atom.Datalist, atom.Dialog:
		return true
	}
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			v := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// isBlockElement reports whether an element starts and ends a paragraph.
func isBlockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Dl, atom.Dt, atom.Dd, atom.Tr, atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Caption,
		atom.Article, atom.Section, atom.Aside, atom.Header, atom.Footer, atom.Main, atom.Blockquote,
		atom.Figure, atom.Figcaption, atom.Pre, atom.Hr, atom.Address, atom.Fieldset, atom.Legend,
		atom.Details, atom.Summary, atom.Form, atom.Center, atom.Body, atom.Html, atom.Hgroup, atom.Menu:
		return true
	}
	return false
}
