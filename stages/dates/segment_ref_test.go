package dates

import (
	"cmp"
	"slices"
	"sort"
	"testing"

	"geotimeline/pipeline"
)

// refSegmentWalk is segmentBuf's assignment to given sentences as it was
// before the pass by sentences: one walk over the tokens that moves to the
// first sentence ending after each token's start.
func refSegmentWalk(toks []token, sentences []pipeline.Sentence) segments {
	n := len(toks)
	buf := make([]int32, 2*n)
	sg := segments{sent: buf[:n:n], para: buf[n:], buf: buf}
	sorted := slices.IsSortedFunc(sentences, func(a, b pipeline.Sentence) int { return cmp.Compare(a.End, b.End) })
	k := 0
	for i := range toks {
		start := int(toks[i].start)
		if sorted {
			for k < len(sentences) && sentences[k].End <= start {
				k++
			}
		} else {
			k = sort.Search(len(sentences), func(j int) bool { return sentences[j].End > start })
		}
		if k < len(sentences) && sentences[k].Start <= start {
			sg.sent[i], sg.para[i] = int32(k), int32(sentences[k].Paragraph)
			continue
		}
		if k := min(k, len(sentences)-1); k >= 0 {
			sg.sent[i], sg.para[i] = int32(k), int32(sentences[k].Paragraph)
		}
	}
	return sg
}

// FuzzSegmentSame checks segmentBuf, with a dirty buffer, against
// refSegmentWalk and searchSegment for sentences cut from the text by
// the fuzzer's bytes: in order, with gaps, empty, overlapping, or with
// ends out of order.
func FuzzSegmentSame(f *testing.F) {
	for _, s := range tokenTexts {
		f.Add(s, []byte{10, 0, 20, 1, 5, 0})
	}
	f.Add("One sentence here. Another one.", []byte{})
	f.Add("One sentence here. Another one.", []byte{0, 0, 0, 0})
	f.Add("a b c d e f g h", []byte{3, 0, 200, 7, 2, 1, 9, 255})
	f.Fuzz(func(t *testing.T, text string, cuts []byte) {
		toks := tokenize(text, nil)
		sents := []pipeline.Sentence{} // not nil: nil asks for the rule-based split
		pos := 0
		for j := 0; j+1 < len(cuts); j += 2 {
			// Each pair of bytes: a length, and a step back from the last
			// end (the low bits) with a paragraph number (the high bits).
			back := int(cuts[j+1] & 7)
			start := max(0, pos-back*3)
			end := start + int(cuts[j])
			sents = append(sents, pipeline.Sentence{Span: pipeline.Span{Start: start, End: end}, Paragraph: int(cuts[j+1] >> 3)})
			pos = end
		}
		dirty := make([]int32, 2*len(toks)+3)
		for i := range dirty {
			dirty[i] = -7
		}
		got, want := segmentBuf(toks, sents, dirty), refSegmentWalk(toks, sents)
		if !slices.Equal(got.sent, want.sent) || !slices.Equal(got.para, want.para) {
			t.Fatalf("segmentBuf(%q, %v) = %v %v; the walk gives %v %v", text, sents, got.sent, got.para, want.sent, want.para)
		}
		if s := searchSegment(toks, sents); !slices.Equal(got.sent, s.sent) || !slices.Equal(got.para, s.para) {
			t.Fatalf("segmentBuf(%q, %v) = %v %v; the search gives %v %v", text, sents, got.sent, got.para, s.sent, s.para)
		}
	})
}
