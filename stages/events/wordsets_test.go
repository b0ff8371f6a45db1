package events

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// checkWordSets tokenizes text as a document's sentences are and checks
// that v.is answers for every token and every word set as the set itself
// does: the rules that ask v.is instead of the map rely on it.
func checkWordSets(t *testing.T, v *vocab, text string) {
	t.Helper()
	z := tokenizer{words: &v.words}
	for _, tk := range z.appendTokens(nil, text, 0, len(text)) {
		if tk.wid == widNone {
			t.Fatalf("%q: token %q has no word id", text, tk.text)
		}
		for _, ws := range wordSets {
			if got, want := v.is(tk, ws.flag), ws.set[tk.low]; got != want {
				t.Fatalf("%q: is(%q, %b) = %v, the set says %v", text, tk.text, ws.flag, got, want)
			}
		}
	}
}

// TestWordSetsByFlag checks v.is on every word of every set, capitalized
// too, on their inflections and near misses, and on the dispatch text.
func TestWordSetsByFlag(t *testing.T) {
	v, err := loadVocab()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, ws := range wordSets {
		for w := range ws.set {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:], w+"s", w+"ed", strings.TrimSuffix(w, "s"))
		}
	}
	sort.Strings(words)
	checkWordSets(t, v, strings.Join(words, " "))
	if b, err := os.ReadFile("testdata/dispatch.txt"); err == nil {
		checkWordSets(t, v, string(b))
	}
}

// FuzzWordSetsByFlag is TestWordSetsByFlag on any text.
func FuzzWordSetsByFlag(f *testing.F) {
	v, err := loadVocab()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Officials denied that the planned trial is ongoing; several were not using phones.")
	f.Add("SEOUL, Jan. 2 (Yonhap) -- exactly two weeks after, rights groups say")
	f.Fuzz(func(t *testing.T, text string) {
		checkWordSets(t, v, text)
	})
}

// TestWordMarks checks wordMarks over successive sentences, across the
// wrap of its stamp and with a token without an id.
func TestWordMarks(t *testing.T) {
	var w wordMarks
	tok := func(ids ...int32) []token {
		ts := make([]token, len(ids))
		for i, id := range ids {
			ts[i].wid = id
		}
		return ts
	}
	w.set(tok(2, 5), 8)
	if !w.anyOf([]int32{3, 5}) || w.anyOf([]int32{3, 4}) {
		t.Fatal("first sentence")
	}
	w.stamp = ^uint32(0) - 1
	w.set(tok(4), 8) // stamp MaxUint32
	if !w.anyOf([]int32{4}) || w.anyOf([]int32{2, 5}) {
		t.Fatal("before the wrap")
	}
	w.set(tok(6), 8) // wraps: the old marks are cleared
	if !w.anyOf([]int32{6}) || w.anyOf([]int32{4}) || w.stamp != 1 {
		t.Fatalf("after the wrap (stamp %d)", w.stamp)
	}
	w.set(tok(2, widNone, 3), 8)
	if !w.anyOf([]int32{7}) {
		t.Fatal("a token without an id must let every pattern pass")
	}
	w.set(tok(3), 8)
	if w.anyOf([]int32{7}) || !w.anyOf([]int32{3}) {
		t.Fatal("after a sentence with a token without an id")
	}
}

// TestPicturesWords checks that rejectTrigger's picturesWords are the words
// of the lexicon's %class pictures, whose phrases it vets.
func TestPicturesWords(t *testing.T) {
	v, err := loadVocab()
	if err != nil {
		t.Fatal(err)
	}
	class := v.trig.classes["pictures"]
	if len(class) != len(picturesWords) {
		t.Fatalf("%%class pictures has %d words, picturesWords %d", len(class), len(picturesWords))
	}
	for _, w := range class {
		if !picturesWords[w] {
			t.Errorf("%%class pictures word %q is not in picturesWords", w)
		}
	}
}
