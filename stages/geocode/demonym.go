package geocode

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// demonymHeadsTSV says what the words a demonym modifies tell of where a
// story is (see the file's header).
//
//go:embed demonymheads.tsv
var demonymHeadsTSV string

// A demonymKind is what a demonym modifies, read from demonymheads.tsv.
type demonymKind uint8

const (
	demOther demonymKind = iota // nothing listed follows: "North Korean People's Army", "a North Korean who fled"
	demPlace                    // the country's state, people or ground: "North Korean security agents"
	demThing                    // goods, money, media, foreigners: "South Korean cosmetics", "a Chinese trader"
	demStop                     // table only: a function word ends the search
)

// maxHeadWords is how many words after a demonym are read for its head
// ("North Korean state security agents", "Chinese mobile phones").
const maxHeadWords = 3

// demonymHeads parses demonymheads.tsv once.
var demonymHeads = sync.OnceValues(func() (map[string]demonymKind, error) {
	return parseDemonymHeads(demonymHeadsTSV)
})

// parseDemonymHeads parses a table of word<TAB>kind lines; # starts a
// comment line.
func parseDemonymHeads(src string) (map[string]demonymKind, error) {
	m := map[string]demonymKind{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		w, k, ok := strings.Cut(line, "\t")
		if !ok || w == "" || strings.ToLower(w) != w {
			return nil, fmt.Errorf("demonymheads.tsv:%d: want a lower-case word, a tab and a kind: %w", n+1, ErrData)
		}
		var kind demonymKind
		switch k {
		case "place":
			kind = demPlace
		case "thing":
			kind = demThing
		case "stop":
			kind = demStop
		default:
			return nil, fmt.Errorf("demonymheads.tsv:%d: unknown kind %q: %w", n+1, k, ErrData)
		}
		if _, dup := m[w]; dup {
			return nil, fmt.Errorf("demonymheads.tsv:%d: %q listed twice: %w", n+1, w, ErrData)
		}
		m[w] = kind
	}
	return m, nil
}

// headKind returns what the demonym ending at byte end of text modifies:
// the kind of the first listed word among the next maxHeadWords words,
// which are separated by spaces or one hyphen ("North Korean-made");
// demOther at punctuation, a stop word, or when none is listed.
func headKind(heads map[string]demonymKind, text string, end int) demonymKind {
	var buf [24]byte
	j := end
	for range maxHeadWords {
		k := j
		if k < len(text) && text[k] == '-' {
			k++
		} else {
			for k < len(text) && text[k] == ' ' {
				k++
			}
		}
		if k == j {
			return demOther // punctuation or the end: nothing modified
		}
		w := buf[:0]
		for k < len(text) && len(w) < len(buf) {
			c := text[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				break
			}
			w = append(w, c)
			k++
		}
		if len(w) == 0 {
			return demOther
		}
		switch kind := heads[string(w)]; kind {
		case demPlace:
			if speaks(text, k) {
				return demOther // "South Korean officials said": a source, not where the story is
			}
			return kind
		case demThing:
			return kind
		case demStop:
			return demOther
		}
		j = k
	}
	return demOther
}

// speechVerbs are the verbs that make the people a demonym names a source
// quoted rather than actors on the spot ("South Korean officials said").
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "reported": true, "reports": true,
	"announced": true, "claimed": true, "stated": true, "confirmed": true, "estimated": true,
}

// speaks reports whether one of the two words after byte k of text is a
// speech verb ("officials said", "officials in Seoul said" is not read:
// a place named there votes for itself).
func speaks(text string, k int) bool {
	for range 2 {
		for k < len(text) && text[k] == ' ' {
			k++
		}
		start := k
		for k < len(text) && text[k] >= 'a' && text[k] <= 'z' {
			k++
		}
		if k == start {
			return false
		}
		if speechVerbs[text[start:k]] {
			return true
		}
	}
	return false
}
