package ingest

import (
	_ "embed"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// boilerplateTxt holds the boilerplate line patterns (about 6 KB); its header
// says how they match. Written for this project, no outside source.
//
//go:embed boilerplate.txt
var boilerplateTxt string

// maxBoilerplateRunes is the longest line a boilerplate pattern can match.
const maxBoilerplateRunes = 300

// maxBlockFollowers and maxFollowerRunes bound what a "block:" pattern drops
// after its own line.
const (
	maxBlockFollowers = 3
	maxFollowerRunes  = 120
)

// rules is the compiled boilerplate table. Each pattern is compiled on its
// own, with the instructions that can match its first rune, so that most
// patterns are skipped after one rune comparison: the table is tried on
// every short line of every document.
type rules struct {
	pats []pattern
}

type pattern struct {
	re    *regexp.Regexp
	block bool          // a "block:" pattern
	first []syntax.Inst // what can match the first rune; nil: anything may
	need  string        // a lower-case literal every match contains ("" if none)
	anyOf string        // runes of which every match contains one ("" if none)
}

// mayMatch reports whether the cheap tests let the pattern match s, whose
// first rune is r and lower-case form lower.
func (p *pattern) mayMatch(r rune, lower string) bool {
	return p.mayStartWith(r) && (p.need == "" || strings.Contains(lower, p.need)) &&
		(p.anyOf == "" || strings.ContainsAny(lower, p.anyOf))
}

// mayStartWith reports whether the pattern can match a line starting with r.
func (p *pattern) mayStartWith(r rune) bool {
	if p.first == nil {
		return true
	}
	for i := range p.first {
		if p.first[i].MatchRune(r) {
			return true
		}
	}
	return false
}

// loadRules compiles the embedded table once.
var loadRules = sync.OnceValues(func() (*rules, error) { return parseRules(boilerplateTxt) })

// parseRules compiles a boilerplate table in the format of boilerplate.txt.
func parseRules(src string) (*rules, error) {
	r := &rules{}
	for i, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		isBlock := false
		if rest, ok := strings.CutPrefix(l, "block:"); ok {
			isBlock, l = true, strings.TrimSpace(rest)
		}
		expr := "(?i)^(?:" + l + ")$"
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("boilerplate.txt:%d: %w", i+1, err)
		}
		p := pattern{re: re, block: isBlock, first: firstInsts(expr)}
		p.need, p.anyOf = requiredText(expr)
		r.pats = append(r.pats, p)
	}
	return r, nil
}

// firstInsts returns the instructions of expr's program that can consume its
// first rune, or nil when that cannot be told (an empty match, a \b).
func firstInsts(expr string) []syntax.Inst {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	var out []syntax.Inst
	seen := make([]bool, len(prog.Inst))
	var visit func(pc uint32) bool
	visit = func(pc uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		in := prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return visit(in.Out) && visit(in.Arg)
		case syntax.InstCapture, syntax.InstNop:
			return visit(in.Out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^(syntax.EmptyBeginLine|syntax.EmptyBeginText) != 0 {
				return false
			}
			return visit(in.Out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			out = append(out, in)
			return true
		}
		return false // InstMatch, InstFail
	}
	if !visit(uint32(prog.Start)) {
		return nil
	}
	return out
}

// requiredText returns the longest literal (at least three runes, lower
// case) that every match of expr contains, and the runes of a small class
// that every match contains one of; either may be "". Only the top-level
// sequence of the pattern is looked at.
func requiredText(expr string) (need, anyOf string) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return "", ""
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture || (re.Op == syntax.OpConcat && len(re.Sub) == 1) {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		return "", ""
	}
	subs := re.Sub
	// Unwrap one non-capturing group holding the whole pattern: ^(?:…)$.
	for _, sub := range subs {
		if sub.Op == syntax.OpConcat {
			subs = append(slices.Clone(subs), sub.Sub...)
		}
	}
	for _, sub := range subs {
		switch sub.Op {
		case syntax.OpLiteral:
			if lit := strings.ToLower(string(sub.Rune)); utf8.RuneCountInString(lit) >= 3 && len(lit) > len(need) {
				need = lit
			}
		case syntax.OpCharClass:
			var rs []rune
			for i := 0; i+1 < len(sub.Rune); i += 2 {
				if sub.Rune[i] != sub.Rune[i+1] {
					rs = nil
					break
				}
				rs = append(rs, unicode.ToLower(sub.Rune[i]))
			}
			if anyOf == "" && len(rs) > 0 && len(rs) <= 4 && !slices.Contains(rs, ' ') {
				anyOf = string(rs)
			}
		}
	}
	return need, anyOf
}

// match reports whether line is boilerplate, and whether the pattern that
// matched is a block pattern, which also drops the short lines after it.
// Block patterns win over plain ones.
func (r *rules) match(line string) (isBoilerplate, isBlock bool) {
	if len(line) > 4*maxBoilerplateRunes || utf8.RuneCountInString(line) > maxBoilerplateRunes {
		return false, false
	}
	s := normalizeLine(line)
	if s == "" {
		return false, false
	}
	first, _ := utf8.DecodeRuneInString(s)
	lower := strings.ToLower(s)
	found := false
	for i := range r.pats {
		p := &r.pats[i]
		if (p.block || !found) && p.mayMatch(first, lower) && p.re.MatchString(s) {
			if p.block {
				return true, true
			}
			found = true
		}
	}
	return found, false
}

// normalizeLine prepares a line for boilerplate matching: trimmed, whitespace
// runs collapsed to one space, curly quotes straightened, and a leading list
// or footnote marker removed.
func normalizeLine(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	space := false
	for _, r := range line {
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			space = true
			continue
		case r == '\u2018' || r == '\u2019' || r == '\u02bc':
			r = '\''
		case r == '\u201c' || r == '\u201d':
			r = '"'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	s := b.String()
	for {
		t := strings.TrimLeft(s, "*•-|")
		t = strings.TrimLeft(t, " ")
		if t == s {
			return s
		}
		s = t
	}
}
