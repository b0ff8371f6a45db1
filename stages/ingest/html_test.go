package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestExtractHTML(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantText  string
		wantTitle string
	}{
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo.", ""},
		{"script, style and friends dropped", `<html><head><title>T</title><style>p{color:red}</style><script>alert("x")</script></head>` +
			`<body><noscript>Enable JS</noscript><template><p>tmpl</p></template><nav>Home News</nav><p>Visible text.</p><script>var a;</script></body></html>`,
			"Visible text.", "T"},
		{"headings and lists", "<h1>Headline</h1><ul><li>First item</li><li>Second item</li></ul>", "Headline\n\nFirst item\n\nSecond item", ""},
		{"br is a line break", "<p>Line one<br>Line two</p>", "Line one\nLine two", ""},
		{"inline elements keep words together", "<p>The <b>bold</b> and <a href=x>linked</a> words.</p>", "The bold and linked words.", ""},
		{"whitespace collapses", "<p>  Spread\n   over\tlines  </p>", "Spread over lines", ""},
		{"entities", "<p>Kim &amp; Lee &ldquo;met&rdquo; at&nbsp;noon &#8212; &lt;ok&gt;</p>", "Kim & Lee “met” at\u00a0noon — <ok>", ""},
		{"figcaption and blockquote", "<figure><img src=a><figcaption>Soldiers at the river. / Image: Agency</figcaption></figure><blockquote>Quoted.</blockquote>",
			"Soldiers at the river. / Image: Agency\n\nQuoted.", ""},
		{"table rows and cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc", ""},
		{"hidden elements", `<p hidden>Hidden.</p><div style="display: none">Gone.</div><span aria-hidden="true">icon</span><p>Shown.</p>`, "Shown.", ""},
		{"pre keeps layout", "<pre>line 1\n  line 2</pre><p>After.</p>", "line 1\n  line 2\n\nAfter.", ""},
		{"title whitespace", "<title>\n  A   Title \n</title><p>x</p>", "x", "A Title"},
		{"svg title is not the page title", "<body><svg><title>icon</title></svg><p>x</p></body>", "x", ""},
		{"hangul", "<p>북한 당국이 국경을 봉쇄했다.</p>", "북한 당국이 국경을 봉쇄했다.", ""},
		{"empty", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, title, err := extractHTML(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if text != tc.wantText || title != tc.wantTitle {
				t.Errorf("extractHTML(%q) = %q, %q; want %q, %q", tc.in, text, title, tc.wantText, tc.wantTitle)
			}
		})
	}
}

func FuzzExtractHTML(f *testing.F) {
	for _, s := range []string{
		"<p>One.</p><p>Two.</p>", "<title>x</title><script>y</script>", "<pre>a\n b</pre>", "<table><td>a<td>b",
		"<<>>&amp;&#0;", "<div><p>unclosed", "\xff<p>\xfe</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		text, title, err := extractHTML(in)
		if err != nil {
			return
		}
		if utf8.ValidString(in) && (!utf8.ValidString(text) || !utf8.ValidString(title)) {
			t.Fatalf("extractHTML(%q) = %q: invalid UTF-8", in, text)
		}
		if strings.Contains(text, "\n\n\n") {
			t.Fatalf("extractHTML(%q) = %q: more than one blank line in a row", in, text)
		}
		if text != strings.TrimLeft(text, " \t\r\n") {
			t.Fatalf("extractHTML(%q) = %q: leading whitespace", in, text)
		}
		if strings.ContainsAny(title, "\n\t") || title != strings.TrimSpace(title) {
			t.Fatalf("title %q not collapsed", title)
		}
		again, _, _ := extractHTML(in)
		if again != text {
			t.Fatalf("extractHTML(%q) not deterministic", in)
		}
	})
}
