package events

import (
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// Embedded vocabulary (a few kilobytes in all; written by hand for this
// project, see docs/events.md).
var (
	//go:embed lexicon.tsv
	lexiconTSV string
	//go:embed actors.tsv
	actorsTSV string
	//go:embed outlets.tsv
	outletsTSV string
)

// ErrData reports a malformed vocabulary file.
var ErrData = errors.New("events: malformed vocabulary")

// A typeInfo is one declared event type.
type typeInfo struct {
	name     string
	priority int
	weak     bool
}

// A trigger is one lexicon entry.
type trigger struct {
	phrase   string
	typ      int // index into vocab.types
	priority int
	// clausal: the phrase spans a subject and its verb through a "..N" gap
	// ("price ..6 =rose"), so it is never a definite noun phrase.
	clausal bool
}

// An actor is one actors.tsv (or outlets.tsv) entry.
type actor struct {
	name    string
	kind    string // org, person, generic, outlet
	generic bool
}

// vocab holds the parsed vocabulary; it is immutable once built.
type vocab struct {
	types    []typeInfo
	typeIdx  map[string]int
	triggers []trigger
	trig     *matcher
	actors   []actor
	act      *matcher
	outlets  []actor
	out      *matcher
	words    wordTable // ids of the words the matchers and word sets know
	// directive is the trigger that "told/instructed X to VERB" stands
	// for: the first trigger of type order, or -1.
	directive int
	// statement is the trigger an official's dated "said" stands for (see
	// addStatement): the first trigger of type statement, or -1.
	statement int
	// lockdown is the trigger a named town "was shut" stands for (see
	// addPlaceShut): the first trigger of type lockdown, or -1.
	lockdown int
}

// typeNamed returns the index of the event type called name, or -1.
func (v *vocab) typeNamed(name string) int {
	for i, t := range v.types {
		if t.name == name {
			return i
		}
	}
	return -1
}

// loadVocab parses the embedded files once per process.
var loadVocab = sync.OnceValues(func() (*vocab, error) {
	return parseVocab(lexiconTSV, actorsTSV, outletsTSV)
})

func parseVocab(lex, actors, outlets string) (*vocab, error) {
	v := &vocab{typeIdx: map[string]int{}, trig: newMatcher(), act: newMatcher(), out: newMatcher()}
	v.trig.reject = rejectTrigger
	if err := v.parseLexicon(lex); err != nil {
		return nil, err
	}
	var err error
	if v.actors, err = parseNames("actors.tsv", actors, v.act, true); err != nil {
		return nil, err
	}
	if v.outlets, err = parseNames("outlets.tsv", outlets, v.out, false); err != nil {
		return nil, err
	}
	v.buildWords()
	return v, nil
}

func dataErr(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s: %w", file, line, fmt.Sprintf(format, args...), ErrData)
}

func (v *vocab) parseLexicon(src string) error {
	for n, line := range strings.Split(src, "\n") {
		ln := n + 1
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if f[0] == "%class" {
			if err := v.addClass(f); err != nil {
				return dataErr("lexicon.tsv", ln, "%v", err)
			}
			continue
		}
		if f[0] == "%type" {
			if len(f) < 3 || len(f) > 4 {
				return dataErr("lexicon.tsv", ln, "want %%type, name, priority [, weak]")
			}
			p, err := strconv.Atoi(f[2])
			if err != nil {
				return dataErr("lexicon.tsv", ln, "priority %q is not an integer", f[2])
			}
			if _, dup := v.typeIdx[f[1]]; dup {
				return dataErr("lexicon.tsv", ln, "type %q declared twice", f[1])
			}
			weak := len(f) == 4 && f[3] == "weak"
			if len(f) == 4 && !weak {
				return dataErr("lexicon.tsv", ln, "unknown flag %q", f[3])
			}
			v.typeIdx[f[1]] = len(v.types)
			v.types = append(v.types, typeInfo{name: f[1], priority: p, weak: weak})
			continue
		}
		if len(f) < 2 || len(f) > 3 {
			return dataErr("lexicon.tsv", ln, "want trigger, type [, priority]")
		}
		ti, ok := v.typeIdx[f[1]]
		if !ok {
			return dataErr("lexicon.tsv", ln, "undeclared type %q", f[1])
		}
		t := trigger{phrase: f[0], typ: ti, priority: v.types[ti].priority, clausal: hasWideGap(f[0])}
		if len(f) == 3 {
			p, err := strconv.Atoi(f[2])
			if err != nil {
				return dataErr("lexicon.tsv", ln, "priority %q is not an integer", f[2])
			}
			t.priority = p
		}
		if !v.trig.add(strings.ToLower(f[0]), len(v.triggers), true) {
			return dataErr("lexicon.tsv", ln, "empty or malformed trigger %q", f[0])
		}
		v.triggers = append(v.triggers, t)
	}
	if len(v.triggers) == 0 {
		return dataErr("lexicon.tsv", 0, "no triggers")
	}
	v.directive, v.statement, v.lockdown = firstOfType(v, "order"), firstOfType(v, "statement"), firstOfType(v, "lockdown")
	return nil
}

// addClass records a %class line (fields: "%class", name, words separated
// by spaces) for the triggers that follow to name as "@name".
func (v *vocab) addClass(f []string) error {
	if len(f) != 3 || f[1] == "" {
		return errors.New("want %class, name, words")
	}
	if v.trig.classes == nil {
		v.trig.classes = map[string][]string{}
	}
	if _, dup := v.trig.classes[f[1]]; dup {
		return fmt.Errorf("class %q declared twice", f[1])
	}
	words := strings.Fields(strings.ToLower(f[2]))
	for _, w := range words {
		if len(tokenize(w, 0, len(w))) != 1 {
			return fmt.Errorf("class %q: %q is not one word", f[1], w)
		}
	}
	if len(words) == 0 {
		return fmt.Errorf("class %q has no words", f[1])
	}
	v.trig.classes[f[1]] = words
	return nil
}

// firstOfType returns the index of the first trigger of type typ, or -1.
func firstOfType(v *vocab, typ string) int {
	ti, ok := v.typeIdx[typ]
	if !ok {
		return -1
	}
	for i, t := range v.triggers {
		if t.typ == ti {
			return i
		}
	}
	return -1
}

// parseNames reads actors.tsv (withKind) or outlets.tsv into m.
func parseNames(file, src string, m *matcher, withKind bool) ([]actor, error) {
	var out []actor
	for n, line := range strings.Split(src, "\n") {
		ln := n + 1
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		want := 2
		if withKind {
			want = 3
		}
		if len(f) != want || f[0] == "" {
			return nil, dataErr(file, ln, "want %d tab-separated fields", want)
		}
		a := actor{name: f[0], kind: "outlet"}
		aliases := f[1]
		if withKind {
			a.kind, aliases = f[1], f[2]
			switch a.kind {
			case "org", "person":
			case "generic":
				a.generic = true
			default:
				return nil, dataErr(file, ln, "unknown kind %q", a.kind)
			}
		}
		idx := len(out)
		out = append(out, a)
		if !m.add(a.name, idx, false) {
			return nil, dataErr(file, ln, "malformed name %q", a.name)
		}
		for _, al := range strings.Split(aliases, "|") {
			al = strings.TrimSpace(al)
			if al == "" {
				continue
			}
			if !m.add(al, idx, false) {
				return nil, dataErr(file, ln, "malformed alias %q", al)
			}
		}
	}
	return out, nil
}

// hasWideGap reports whether a lexicon phrase holds a "..N" gap.
func hasWideGap(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if len(w) == 3 && strings.HasPrefix(w, "..") && w[2] >= '1' && w[2] <= '9' {
			return true
		}
	}
	return false
}
