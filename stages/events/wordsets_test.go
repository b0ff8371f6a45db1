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
