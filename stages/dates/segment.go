package dates

import (
	"cmp"
	"slices"
	"sort"

	"geotimeline/pipeline"
)

// segments maps each token to its sentence and paragraph.
type segments struct {
	sent []int32 // per token
	para []int32 // per token
	buf  []int32 // the array holding sent and para, for reuse
}

// segment assigns tokens to the given sentences, or, when sentences is nil,
// to sentences and paragraphs found by a simple rule (a blank line ends a
// paragraph; . ! ? before a capital, a quote or a digit, or a line break
// after a line without end punctuation, ends a sentence).
func segment(toks []token, sentences []pipeline.Sentence) segments {
	return segmentBuf(toks, sentences, nil)
}

// segmentBuf is segment storing the segments in buf (reused from its start)
// when it is large enough.
func segmentBuf(toks []token, sentences []pipeline.Sentence, buf []int32) segments {
	n := len(toks)
	if cap(buf) < 2*n {
		buf = make([]int32, 2*n)
	} else {
		buf = buf[:2*n]
		clear(buf) // tokens after the last sentence keep sentence and paragraph 0
	}
	sg := segments{sent: buf[:n:n], para: buf[n:], buf: buf}
	if sentences != nil {
		if len(sentences) > 0 && slices.IsSortedFunc(sentences, func(a, b pipeline.Sentence) int { return cmp.Compare(a.End, b.End) }) {
			// A token belongs to the first sentence that ends after its
			// start (a token between sentences attaches to the next one),
			// or to the last. Ends do not decrease and token starts
			// increase: each sentence takes the run of tokens that start
			// before its end, in one pass over the tokens.
			i := 0
			for k := range sentences[:len(sentences)-1] {
				end, sk, pk := sentences[k].End, int32(k), int32(sentences[k].Paragraph)
				for ; i < n && int(toks[i].start) < end; i++ {
					sg.sent[i], sg.para[i] = sk, pk
				}
			}
			sk, pk := int32(len(sentences)-1), int32(sentences[len(sentences)-1].Paragraph)
			for ; i < n; i++ {
				sg.sent[i], sg.para[i] = sk, pk
			}
			return sg
		}
		for i := range toks {
			start := int(toks[i].start)
			k := sort.Search(len(sentences), func(j int) bool { return sentences[j].End > start })
			if k < len(sentences) && sentences[k].Start <= start {
				sg.sent[i], sg.para[i] = int32(k), int32(sentences[k].Paragraph)
				continue
			}
			// Between sentences: attach to the next one (or the last).
			if k := min(k, len(sentences)-1); k >= 0 {
				sg.sent[i], sg.para[i] = int32(k), int32(sentences[k].Paragraph)
			}
		}
		return sg
	}
	s, p := int32(0), int32(0)
	for i, t := range toks {
		if i > 0 {
			switch {
			case t.nl >= 2:
				p++
				s++
			case t.nl == 1 && !endsSentence(toks, i-1):
				s++ // a headline or a line of its own
			case t.nl == 1 || t.space:
				if endsSentence(toks, i-1) && (t.cap || t.kind == tNum || isOpenQuote(t)) && !abbrevBefore(toks, i-1) {
					s++
				}
			}
		}
		sg.sent[i], sg.para[i] = s, p
	}
	return sg
}

func endsSentence(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tPunct {
		return false
	}
	switch t.low {
	case ".", "!", "?":
		return true
	case "\"", "\u201d", "'", "\u2019", ")":
		return i > 0 && endsSentence(toks, i-1)
	}
	return false
}

func isOpenQuote(t token) bool {
	return t.kind == tPunct && (t.low == "\"" || t.low == "\u201c" || t.low == "'" || t.low == "\u2018" || t.low == "(" || t.low == "[")
}

// abbrevBefore reports whether the period at i ends an abbreviation (Dec., Mr., U.S.).
func abbrevBefore(toks []token, i int) bool {
	if toks[i].low != "." || i == 0 {
		return false
	}
	w := toks[i-1]
	if w.kind != tWord || w.end != toks[i].start {
		return false
	}
	if _, abbr, ok := monthOf(w.low); ok && abbr {
		return true
	}
	switch w.low {
	case "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "prof", "inc", "co", "corp", "vs", "etc", "u", "s", "n":
		return true
	}
	return len(w.low) == 1
}
