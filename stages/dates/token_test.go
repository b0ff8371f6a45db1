package dates

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// tokenTexts are inputs for the tokenizer and segmenter properties.
var tokenTexts = []string{
	"",
	"plain lower case words only",
	"SEOUL, Dec. 5 -- The Security Ministry said on MONDAY that Ryanggang's traders fled.",
	"Ünïcode Wörds, CAFÉ and Ñandú: 19th, 1990’s, 200,000 people.\n\nA new paragraph.",
	"Mixed ÉTÉ ete Été x\r\nline\rCR end",
	strings.Repeat("North Korea tightened the Border in April. ", 10),
}

// FuzzTokenize checks that every word token's low is its text with ASCII
// letters lower-cased (the tokenizer builds them in one buffer) and that
// tokens do not overlap.
func FuzzTokenize(f *testing.F) {
	for _, s := range tokenTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokenize(text, nil)
		prev := int32(0)
		for i, tk := range toks {
			if tk.start < prev || tk.end <= tk.start || int(tk.end) > len(text) {
				t.Fatalf("tokenize(%q): token %d spans [%d,%d) after %d", text, i, tk.start, tk.end, prev)
			}
			prev = tk.end
			if tk.kind != tWord {
				continue
			}
			if want := lowerASCII(text[tk.start:tk.end]); tk.low != want || tk.val != 0 {
				t.Errorf("tokenize(%q): word %d low %q val %d, want %q val 0", text, i, tk.low, tk.val, want)
			}
		}
	})
}

// searchSegment is segment's assignment to given sentences by a binary
// search per token, the reference for its single walk.
func searchSegment(toks []token, sentences []pipeline.Sentence) segments {
	sg := segments{sent: make([]int32, len(toks)), para: make([]int32, len(toks))}
	for i, t := range toks {
		k := sort.Search(len(sentences), func(j int) bool { return sentences[j].End > int(t.start) })
		if k < len(sentences) && sentences[k].Start <= int(t.start) {
			sg.sent[i], sg.para[i] = int32(k), int32(sentences[k].Paragraph)
			continue
		}
		if k >= len(sentences) {
			k = len(sentences) - 1
		}
		if k >= 0 {
			sg.sent[i], sg.para[i] = int32(k), int32(sentences[k].Paragraph)
		}
	}
	return sg
}

func TestSegmentGivenSentences(t *testing.T) {
	text := "One sentence here. Another one, with words.\n\nA third in a new paragraph. And a fourth."
	toks := tokenize(text, nil)
	sent := func(start, end, para int) pipeline.Sentence {
		return pipeline.Sentence{Span: pipeline.Span{Start: start, End: end}, Paragraph: para}
	}
	tests := []struct {
		name  string
		sents []pipeline.Sentence
	}{
		{"none", []pipeline.Sentence{}},
		{"whole", []pipeline.Sentence{sent(0, len(text), 0)}},
		{"sentences", []pipeline.Sentence{sent(0, 18, 0), sent(19, 43, 0), sent(45, 72, 1), sent(73, len(text), 1)}},
		{"gaps", []pipeline.Sentence{sent(4, 12, 0), sent(30, 40, 0), sent(60, 65, 1)}},
		{"tokens after the last", []pipeline.Sentence{sent(0, 18, 0), sent(19, 43, 0)}},
		{"empty spans", []pipeline.Sentence{sent(0, 0, 0), sent(5, 5, 0), sent(19, 43, 0), sent(50, 50, 2)}},
		{"ends out of order", []pipeline.Sentence{sent(19, 43, 0), sent(0, 18, 0), sent(45, 72, 1), sent(73, len(text), 1)}},
		{"overlapping", []pipeline.Sentence{sent(0, 50, 0), sent(10, 30, 1), sent(45, len(text), 2)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, want := segment(toks, tc.sents), searchSegment(toks, tc.sents)
			for i := range toks {
				if got.sent[i] != want.sent[i] || got.para[i] != want.para[i] {
					t.Errorf("segment: token %d (%q) in sentence %d, paragraph %d; want %d, %d",
						i, text[toks[i].start:toks[i].end], got.sent[i], got.para[i], want.sent[i], want.para[i])
				}
			}
			// A reused buffer holding another document's segments gives the same.
			dirty := make([]int32, 2*len(toks)+5)
			for i := range dirty {
				dirty[i] = 99
			}
			reused := segmentBuf(toks, tc.sents, dirty)
			if !slices.Equal(reused.sent, got.sent) || !slices.Equal(reused.para, got.para) {
				t.Errorf("segmentBuf with a used buffer: %v %v; want %v %v", reused.sent, reused.para, got.sent, got.para)
			}
		})
	}
	// The rule-based split (no sentences given) also overwrites a used buffer.
	dirty := make([]int32, 2*len(toks))
	for i := range dirty {
		dirty[i] = 99
	}
	got, want := segmentBuf(toks, nil, dirty), segment(toks, nil)
	if !slices.Equal(got.sent, want.sent) || !slices.Equal(got.para, want.para) {
		t.Errorf("segmentBuf(nil sentences) with a used buffer: %v %v; want %v %v", got.sent, got.para, want.sent, want.para)
	}
}

// refWriteLowerASCII is writeLowerASCII's first writing: the runs between
// capitals written one by one.
func refWriteLowerASCII(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[start:i])
			b.WriteByte(c + 'a' - 'A')
			start = i + 1
		}
	}
	b.WriteString(s[start:])
}

// FuzzWriteLowerASCIISame compares writeLowerASCII with its first writing,
// after a prefix already in the builder.
func FuzzWriteLowerASCIISame(f *testing.F) {
	for _, s := range []string{"", "North", "KOREA", "mIxEd-Case 19th", "é Ü", strings.Repeat("AbC", 11), strings.Repeat("x", 32), strings.Repeat("Y", 33)} {
		f.Add("pre", s)
	}
	f.Fuzz(func(t *testing.T, pre, s string) {
		var got, want strings.Builder
		got.WriteString(pre)
		want.WriteString(pre)
		writeLowerASCII(&got, s)
		refWriteLowerASCII(&want, s)
		if got.String() != want.String() {
			t.Fatalf("writeLowerASCII(%q) = %q, want %q", s, got.String(), want.String())
		}
	})
}

// refLetterRun is letterRun's definition: the byte loop tokenize had.
func refLetterRun(text string, i int) (int, bool) {
	j, and := i, byte(0xff)
	for j < len(text) && isASCIILetter(text[j]) {
		and &= text[j]
		j++
	}
	return j, and&0x20 == 0
}

// FuzzLetterRun checks letterRun against the byte loop from every offset
// of any text.
func FuzzLetterRun(f *testing.F) {
	for _, s := range []string{"", "a", "Pyongyang", "SEOUL, Dec. 19", "northKorea’s", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
		"@[`{\x7f\x80\xc1\xe1\xfa abcdefgH", "wordswithoutanyuppercaseletterhere!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range len(s) + 1 {
			gotEnd, gotUpper := letterRun(s, i)
			wantEnd, wantUpper := refLetterRun(s, i)
			if gotEnd != wantEnd || gotUpper != wantUpper {
				t.Fatalf("letterRun(%q, %d) = %d, %v, want %d, %v", s, i, gotEnd, gotUpper, wantEnd, wantUpper)
			}
		}
	})
}
