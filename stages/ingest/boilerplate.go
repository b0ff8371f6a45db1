package ingest

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"geotimeline/internal/swar"
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
	// byASCII lists, for each ASCII first rune, the indices of the patterns
	// whose first instructions accept it, in table order; lines starting
	// with another rune try every pattern.
	byASCII [utf8.RuneSelf][]int
	// byHead narrows byASCII for a line that starts with maxHeadLen ASCII
	// bytes: for the lower-case form of its first two bytes (c0<<8 | c1),
	// the patterns of byASCII[c0] that have no heads or a head starting with
	// those bytes, in table order; noHead[c0] when the pair is not a key.
	// The patterns left out would fail hasHeadKey on such a line.
	byHead map[uint16][]int
	noHead [utf8.RuneSelf][]int
	// maxPrefix is the longest prefix of the patterns with asciiPrefixes:
	// an ASCII line's first maxPrefix bytes in lower case are all their
	// tests read.
	maxPrefix int
}

type pattern struct {
	re    *regexp.Regexp
	block bool          // a "block:" pattern
	first []syntax.Inst // what can match the first rune; nil: anything may
	need  string        // a lower-case literal every match contains ("" if none)
	needB []byte        // need as bytes
	rare  int           // index of the byte of need searched for first (see containsRare)
	anyOf string        // runes of which every match contains one ("" if none)
	// anyOfCaseless: anyOf holds no ASCII letter, so an ASCII line holds
	// one of its runes exactly when its lower-case form does.
	anyOfCaseless bool
	// prefixes holds literals one of which every match starts with, up to
	// simple case folding (nil if that cannot be told).
	prefixes []string
	// asciiPrefixes: every prefix is ASCII (and in lower case).
	asciiPrefixes bool
	// byFirst files the prefixes by the ASCII byte a line may start with.
	byFirst prefixIndex
	// heads, when set, holds the first headLen bytes, lower-cased, of the
	// prefixes: a line starting with headLen ASCII bytes whose lower-case
	// form is not in it cannot match (an ASCII line start matches a prefix
	// only by ASCII case folding). Nil when a prefix is shorter than two
	// bytes or starts with bytes outside ASCII.
	heads   map[string]bool
	headLen int
	// headKeys holds the heads packed as lineHead packs a line's first
	// bytes, to compare with one integer comparison each.
	headKeys []uint64
	// maxRunes is the most runes a match can have, or -1 when unbounded.
	maxRunes int
	// ascii is the set of ASCII runes (bit c of ascii[c>>6]) that some
	// instruction of the pattern can consume: a line holding an ASCII rune
	// outside it cannot match, as every rune of a line matched whole is
	// consumed by an instruction.
	ascii asciiSet
}

// An asciiSet is a set of ASCII bytes, bit c&63 of word c>>6.
type asciiSet [2]uint64

// add puts c, an ASCII byte, in the set.
func (a *asciiSet) add(c byte) { a[c>>6] |= 1 << (c & 63) }

// subset reports whether every byte of a is in b.
func (a asciiSet) subset(b asciiSet) bool { return a[0]&^b[0] == 0 && a[1]&^b[1] == 0 }

// asciiOf returns the set of the ASCII bytes of s.
func asciiOf(s string) asciiSet {
	var a asciiSet
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			a.add(c)
		}
	}
	return a
}

// maxHeadLen bounds pattern.headLen.
const maxHeadLen = 8

// prefixHeads returns the heads and headLen of prefixes, or nil.
func prefixHeads(prefixes []string) (map[string]bool, int) {
	if len(prefixes) == 0 {
		return nil, 0
	}
	n := maxHeadLen
	for _, p := range prefixes {
		n = min(n, len(p))
	}
	if n < 2 {
		return nil, 0
	}
	heads := map[string]bool{}
	for _, p := range prefixes {
		h := []byte(p[:n])
		for i, c := range h {
			if c >= utf8.RuneSelf {
				return nil, 0
			}
			h[i] = lowerASCII(c)
		}
		heads[string(h)] = true
	}
	return heads, n
}

// lineHead packs the lower-case forms of the first bytes of s, up to
// maxHeadLen and up to its first non-ASCII byte, into an integer, the i-th
// byte at bits 8i to 8i+7, and returns it with the number of bytes packed.
func lineHead(s string) (key uint64, n int) {
	for n < len(s) && n < maxHeadLen && s[n] < utf8.RuneSelf {
		key |= uint64(lowerASCII(s[n])) << (8 * n)
		n++
	}
	return key, n
}

// hasHeadKey is hasHead(s) for a line s of length size whose lineHead is
// key, n.
func (p *pattern) hasHeadKey(key uint64, n, size int) bool {
	if p.heads == nil || size < p.headLen || n < p.headLen {
		return true // n < p.headLen: folding may reach outside ASCII
	}
	key &= uint64(1)<<(8*p.headLen) - 1 // all ones for 8 bytes: the shift gives 0
	return slices.Contains(p.headKeys, key)
}

// hasHead reports whether s may start with one of p's prefixes by its
// first p.headLen bytes.
func (p *pattern) hasHead(s string) bool {
	if p.heads == nil || len(s) < p.headLen {
		return true
	}
	var buf [maxHeadLen]byte
	for i := range p.headLen {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true // folding may reach outside ASCII: let the full test decide
		}
		buf[i] = lowerASCII(c)
	}
	return p.heads[string(buf[:p.headLen])]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
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
		p := pattern{re: re, block: isBlock, first: firstInsts(expr), prefixes: literalPrefixes(expr)}
		p.maxRunes, p.ascii = matchBounds(expr)
		p.heads, p.headLen = prefixHeads(p.prefixes)
		p.byFirst = newPrefixIndex(p.prefixes)
		p.asciiPrefixes = !slices.ContainsFunc(p.prefixes, func(x string) bool { return !isASCII(x) || x != strings.ToLower(x) })
		for h := range p.heads {
			k, _ := lineHead(h)
			p.headKeys = append(p.headKeys, k)
		}
		slices.Sort(p.headKeys) // an order independent of the map's
		p.need, p.anyOf = requiredText(expr)
		p.needB = []byte(p.need)
		p.rare = rarestByte(p.need)
		p.anyOfCaseless = !strings.ContainsFunc(p.anyOf, func(c rune) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' })
		if p.asciiPrefixes {
			for _, x := range p.prefixes {
				r.maxPrefix = max(r.maxPrefix, len(x))
			}
		}
		r.pats = append(r.pats, p)
	}
	for c := range rune(utf8.RuneSelf) {
		for i := range r.pats {
			if r.pats[i].mayStartWith(c) {
				r.byASCII[c] = append(r.byASCII[c], i)
			}
		}
	}
	r.indexHeads()
	return r, nil
}

// indexHeads fills byHead and noHead from byASCII.
func (r *rules) indexHeads() {
	keys := map[uint16]bool{}
	for _, p := range r.pats {
		for h := range p.heads {
			keys[uint16(h[0])<<8|uint16(h[1])] = true
		}
	}
	r.byHead = map[uint16][]int{}
	for c := range byte(utf8.RuneSelf) {
		for _, i := range r.byASCII[c] {
			if r.pats[i].heads == nil {
				r.noHead[c] = append(r.noHead[c], i)
			}
		}
	}
	for k := range keys {
		c0, c1 := byte(k>>8), byte(k)
		firsts := []byte{c0, upperASCII(c0)}
		if firsts[1] == c0 {
			firsts = firsts[:1]
		}
		for _, c := range firsts {
			for _, i := range r.byASCII[c] {
				if r.pats[i].heads == nil || r.pats[i].hasHeadPair(c0, c1) {
					r.byHead[uint16(c)<<8|uint16(c1)] = append(r.byHead[uint16(c)<<8|uint16(c1)], i)
				}
			}
		}
	}
}

// hasHeadPair reports whether one of p's heads starts with c0, c1.
func (p *pattern) hasHeadPair(c0, c1 byte) bool {
	for h := range p.heads {
		if h[0] == c0 && h[1] == c1 {
			return true
		}
	}
	return false
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// candidates returns the patterns to try, in table order, on a line s
// whose first rune is the ASCII c and whose lineHead is n bytes long.
func (r *rules) candidates(s string, c byte, n int) []int {
	if n < maxHeadLen {
		return r.byASCII[c]
	}
	if l, ok := r.byHead[uint16(c)<<8|uint16(lowerASCII(s[1]))]; ok {
		return l
	}
	return r.noHead[c]
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

// matchBounds returns the most runes a match of expr can have (-1 when
// unbounded or unknown) and the ASCII runes its instructions can consume
// (all of them when unknown).
func matchBounds(expr string) (maxRunes int, ascii asciiSet) {
	all := asciiSet{^uint64(0), ^uint64(0)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return -1, all
	}
	re = re.Simplify()
	prog, err := syntax.Compile(re)
	if err != nil {
		return -1, all
	}
	for i := range prog.Inst {
		in := &prog.Inst[i]
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			for c := range byte(utf8.RuneSelf) {
				if in.MatchRune(rune(c)) {
					ascii.add(c)
				}
			}
		}
	}
	return maxRunesOf(re), ascii
}

// maxRunesOf returns the most runes a match of re can have, or -1 when
// there is no bound.
func maxRunesOf(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		return len(re.Rune) // a folded rune is still one rune
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return 1
	case syntax.OpCapture, syntax.OpQuest:
		return maxRunesOf(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		n := maxRunesOf(re.Sub[0])
		switch {
		case n == 0:
			return 0
		case n < 0 || re.Op != syntax.OpRepeat || re.Max < 0:
			return -1
		}
		return n * re.Max
	case syntax.OpConcat:
		sum := 0
		for _, sub := range re.Sub {
			n := maxRunesOf(sub)
			if n < 0 {
				return -1
			}
			sum += n
		}
		return sum
	case syntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			n := maxRunesOf(sub)
			if n < 0 {
				return -1
			}
			most = max(most, n)
		}
		return most
	}
	return -1
}

// maxPrefixes bounds the literal prefixes kept for one pattern.
const maxPrefixes = 64

// literalPrefixes returns strings one of which every match of expr starts
// with (compared with simple case folding), or nil when that cannot be told
// or some match may start with any text.
func literalPrefixes(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	set, _ := prefixSet(re.Simplify())
	if len(set) == 0 || slices.Contains(set, "") {
		return nil
	}
	for i := range set {
		set[i] = strings.ToLower(set[i]) // the parser keeps folded literals in upper case
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// prefixSet returns literals one of which every match of re starts with, and
// whether each is a whole match (so that what follows re may extend it). A
// nil set means nothing is known.
func prefixSet(re *syntax.Regexp) (set []string, whole bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEndLine, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true // zero width
	case syntax.OpLiteral:
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= 10 || len(out) >= 16 { // up to a range of digits
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return prefixSet(re.Sub[0])
	case syntax.OpQuest:
		sub, w := prefixSet(re.Sub[0])
		if sub == nil {
			return []string{""}, false
		}
		return append(sub, ""), w
	case syntax.OpPlus:
		sub, _ := prefixSet(re.Sub[0])
		return sub, false
	case syntax.OpRepeat:
		if re.Min == 0 {
			return []string{""}, false
		}
		sub, w := prefixSet(re.Sub[0])
		return sub, w && re.Min == 1 && re.Max == 1
	case syntax.OpAlternate:
		var out []string
		whole := true
		for _, s := range re.Sub {
			set, w := prefixSet(s)
			if set == nil {
				return nil, false
			}
			out = append(out, set...)
			whole = whole && w
		}
		if len(out) > maxPrefixes {
			return nil, false
		}
		return out, whole
	case syntax.OpConcat:
		out, whole := []string{""}, true
		for _, s := range re.Sub {
			set, w := prefixSet(s)
			if set == nil {
				return out, false
			}
			if len(out)*len(set) > maxPrefixes {
				return out, false
			}
			next := make([]string, 0, len(out)*len(set))
			for _, a := range out {
				for _, b := range set {
					next = append(next, a+b)
				}
			}
			out = next
			if !w {
				return out, false
			}
		}
		return out, whole
	}
	return []string{""}, false // any text may start a match
}

// A prefixIndex files a pattern's prefixes by the ASCII bytes a line may
// start with to begin with each under simple case folding: a line that
// starts with an ASCII byte need be compared only with those filed under
// it, a handful of a pattern's dozens. It is immutable once built.
type prefixIndex struct {
	all  []string                  // the prefixes filed under byte c are all[ends[c]:ends[c+1]], in pattern order
	ends [utf8.RuneSelf + 1]uint16 // see all
}

// newPrefixIndex files prefixes under every ASCII byte their first rune
// folds to (foldPrefix), and an empty prefix under every byte.
func newPrefixIndex(prefixes []string) prefixIndex {
	var x prefixIndex
	for c := range rune(utf8.RuneSelf) {
		x.ends[c] = uint16(len(x.all))
		for _, p := range prefixes {
			if first, _ := utf8.DecodeRuneInString(p); p == "" || foldPrefix(string(c), string(first)) {
				x.all = append(x.all, p)
			}
		}
	}
	x.ends[utf8.RuneSelf] = uint16(len(x.all))
	return x
}

// of returns the prefixes a line starting with the ASCII byte c may begin
// with.
func (x *prefixIndex) of(c byte) []string { return x.all[x.ends[c]:x.ends[c+1]] }

// forLine returns the prefixes of all, the prefixes x was built from, that
// the line s may begin with: those filed under its first byte when that is
// ASCII, else all.
func (x *prefixIndex) forLine(s string, all []string) []string {
	if s != "" && s[0] < utf8.RuneSelf {
		return x.of(s[0])
	}
	return all
}

// hasFoldPrefix reports whether s starts with one of the prefixes under
// simple case folding, as a (?i) pattern compares.
func hasFoldPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if foldPrefix(s, p) {
			return true
		}
	}
	return false
}

func foldPrefix(s, p string) bool {
	for _, pr := range p {
		if s == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		if r == pr {
			continue
		}
		if r < utf8.RuneSelf && pr < utf8.RuneSelf {
			if r|0x20 != pr|0x20 || r|0x20 < 'a' || r|0x20 > 'z' {
				return false
			}
			continue
		}
		f := unicode.SimpleFold(pr)
		for f != pr && f != r {
			f = unicode.SimpleFold(f)
		}
		if f != r {
			return false
		}
	}
	return true
}

// requiredText returns the longest literal (at least three runes, lower
// case) that every match of expr contains, and the runes of a small class
// that every match contains one of; either may be "". It looks at what a
// match cannot skip: the parts of sequences, groups and repetitions of at
// least one, not alternatives or optional parts. A rune without case
// variants standing alone ("|", "©") counts as a class of one.
func requiredText(expr string) (need, anyOf string) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return "", ""
	}
	var walk func(re *syntax.Regexp)
	walk = func(re *syntax.Regexp) {
		switch re.Op {
		case syntax.OpCapture, syntax.OpPlus:
			walk(re.Sub[0])
		case syntax.OpRepeat:
			if re.Min >= 1 {
				walk(re.Sub[0])
			}
		case syntax.OpConcat:
			for _, sub := range re.Sub {
				walk(sub)
			}
		case syntax.OpLiteral:
			lit := strings.ToLower(string(re.Rune))
			if utf8.RuneCountInString(lit) >= 3 {
				if len(lit) > len(need) {
					need = lit
				}
				return
			}
			if r := re.Rune[0]; anyOf == "" && r != ' ' && unicode.SimpleFold(r) == r {
				anyOf = string(r)
			}
		case syntax.OpCharClass:
			var rs []rune
			for i := 0; i+1 < len(re.Rune); i += 2 {
				if re.Rune[i] != re.Rune[i+1] {
					rs = nil
					break
				}
				rs = append(rs, unicode.ToLower(re.Rune[i]))
			}
			if anyOf == "" && len(rs) > 0 && len(rs) <= 4 && !slices.Contains(rs, ' ') {
				anyOf = string(rs)
			}
		}
	}
	walk(re.Simplify())
	return need, anyOf
}

// match reports whether line is boilerplate, and whether the pattern that
// matched is a block pattern, which also drops the short lines after it.
// Block patterns win over plain ones.
func (r *rules) match(line string) (isBoilerplate, isBlock bool) {
	if len(line) > 4*maxBoilerplateRunes {
		return false, false
	}
	return r.matchRunes(line, utf8.RuneCountInString(line))
}

// matchRunes is match for a line of n runes.
func (r *rules) matchRunes(line string, n int) (isBoilerplate, isBlock bool) {
	if len(line) > 4*maxBoilerplateRunes || n > maxBoilerplateRunes {
		return false, false
	}
	s, ascii := line, true   // normalizeLine(line), and whether it is ASCII
	if !isNormalLine(line) { // (a normal line is ASCII)
		s = rewriteLine(line)
		ascii = isASCII(s)
	}
	if s == "" {
		return false, false
	}
	first, _ := utf8.DecodeRuneInString(s)
	head, headN := lineHead(s)
	runes := n // runes in s
	if s != line {
		runes = utf8.RuneCountInString(s)
	}
	// The line's ASCII bytes, gathered once and only if a pattern needs them.
	var lineASCII asciiSet
	haveASCII := false
	// The lower-case line, made once and only if a pattern needs it; an
	// ASCII line is lowered into a buffer on the stack. An ASCII line is
	// searched for the patterns' needs as it is (containsFoldRare), and
	// only its head is lowered for their prefixes.
	var lowBuf [4 * maxBoilerplateRunes]byte
	var lower, lowHead []byte
	lowerLine := func() []byte {
		if lower == nil {
			if ascii && len(s) <= len(lowBuf) {
				lowerASCIIInto(lowBuf[:len(s)], s) // strings.ToLower of ASCII
				lower = lowBuf[:len(s)]
			} else {
				lower = []byte(strings.ToLower(s))
			}
		}
		return lower
	}
	lowerHead := func() []byte { // lowerLine()[:min(len(s), r.maxPrefix)] for an ASCII line
		if lower != nil {
			return lower
		}
		if lowHead == nil {
			n := min(len(s), max(r.maxPrefix, 1), len(lowBuf)) // (a line is never empty here)
			lowerASCIIInto(lowBuf[:n], s[:n])
			lowHead = lowBuf[:n]
		}
		return lowHead
	}
	found := false
	try := func(i int) bool {
		p := &r.pats[i]
		if !p.block && found {
			return false
		}
		if !p.hasHeadKey(head, headN, len(s)) || (p.maxRunes >= 0 && runes > p.maxRunes) {
			return false
		}
		if p.prefixes != nil {
			// Between ASCII texts, simple case folding is ASCII case
			// folding, and the prefixes are in lower case.
			if ascii && p.asciiPrefixes {
				if low := lowerHead(); !hasAnyPrefix(low, p.byFirst.of(low[0])) {
					return false
				}
			} else if !hasFoldPrefix(s, p.byFirst.forLine(s, p.prefixes)) {
				return false
			}
		}
		if ascii && (p.anyOf == "" || p.anyOfCaseless) && len(s) <= len(lowBuf) {
			if (p.need != "" && !containsFoldRare(s, p.needB, p.rare)) || (p.anyOf != "" && !containsAnyRuneString(s, p.anyOf)) {
				return false
			}
		} else if p.need != "" || p.anyOf != "" {
			lower := lowerLine()
			if (p.need != "" && !containsRare(lower, p.needB, p.rare)) || (p.anyOf != "" && !containsAnyRune(lower, p.anyOf)) {
				return false
			}
		}
		if !haveASCII {
			lineASCII, haveASCII = asciiOf(s), true
		}
		if !lineASCII.subset(p.ascii) || !p.re.MatchString(s) {
			return false
		}
		if p.block {
			return true
		}
		found = true
		return false
	}
	if first < utf8.RuneSelf {
		for _, i := range r.candidates(s, byte(first), headN) {
			if try(i) {
				return true, true
			}
		}
		return found, false
	}
	for i := range r.pats {
		if r.pats[i].mayStartWith(first) && try(i) {
			return true, true
		}
	}
	return found, false
}

// letterRank orders the lower-case letters from the most to the least
// frequent in English text.
const letterRank = "etaoinshrdlcumwfgypbvkjxqz"

// rarestByte returns the index in need of the byte least likely to occur
// in English text (the first on a tie): a space or a frequent letter
// makes a poor first search.
func rarestByte(need string) int {
	rank := func(c byte) int {
		if c == ' ' {
			return -1
		}
		if i := strings.IndexByte(letterRank, c); i >= 0 {
			return i
		}
		return len(letterRank) // digits, punctuation, non-ASCII bytes
	}
	best := 0
	for i := 1; i < len(need); i++ {
		if rank(need[i]) > rank(need[best]) {
			best = i
		}
	}
	return best
}

// containsRare is bytes.Contains(s, need) for a need with a byte at index
// rare: it looks for that byte, then compares need around it. When that
// byte is rare in s, most of s is passed over by one vectorized search.
func containsRare(s, need []byte, rare int) bool {
	if len(need) == 0 {
		return true
	}
	c := need[rare]
	lo, hi := rare, len(s)-len(need)+rare+1 // where c may stand in a match
	for lo < hi {
		j := bytes.IndexByte(s[lo:hi], c)
		if j < 0 {
			return false
		}
		at := lo + j - rare
		if bytes.Equal(s[at:at+len(need)], need) {
			return true
		}
		lo += j + 1
	}
	return false
}

// containsFoldRare is containsRare for the lower-case form of s, an ASCII
// text, without making it: the candidates are the bytes of s that lower to
// need[rare] (the letter in either case), each then compared with need
// byte by byte through lowerByte.
func containsFoldRare(s string, need []byte, rare int) bool {
	if len(need) == 0 {
		return true
	}
	c := need[rare]
	cases := [2]byte{c, c}
	if 'a' <= c && c <= 'z' {
		cases[1] = c - 'a' + 'A'
	}
	for n, cc := range cases {
		if n == 1 && cc == c {
			break
		}
		lo, hi := rare, len(s)-len(need)+rare+1 // where cc may stand in a match
		for lo < hi {
			j := strings.IndexByte(s[lo:hi], cc)
			if j < 0 {
				break
			}
			at := lo + j - rare
			if equalLowerASCII(s[at:at+len(need)], need) {
				return true
			}
			lo += j + 1
		}
	}
	return false
}

// equalLowerASCII reports whether the lower-case form of s (ASCII letters
// lowered) is lower.
func equalLowerASCII(s string, lower []byte) bool {
	for i := 0; i < len(s); i++ {
		if lowerByte[s[i]] != lower[i] {
			return false
		}
	}
	return true
}

// lowerASCIIInto writes s with its ASCII letters lower-cased to dst, which
// has len(s) bytes, eight bytes at a time: nearly every line is lowered
// for the patterns' needs, and a line is up to 4*maxBoilerplateRunes bytes.
func lowerASCIIInto(dst []byte, s string) {
	const ones, highs = swar.Ones, swar.Highs
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load(s, i)
		// The high bit of each byte from 'A' to 'Z'; the sums carry into
		// no other byte, as low has no high bits, and bytes of 0x80 and
		// above are left out.
		low := x & (ones * 0x7f)
		upper := (low + ones*(0x80-'A')) &^ (low + ones*(0x80-'Z'-1)) &^ x & highs
		binary.LittleEndian.PutUint64(dst[i:], x|upper>>2)
	}
	for ; i < len(s); i++ {
		dst[i] = lowerByte[s[i]]
	}
}

// lowerByte maps each byte to its ASCII lower case.
var lowerByte = func() (t [256]byte) {
	for i := range t {
		t[i] = lowerASCII(byte(i))
	}
	return t
}()

// hasAnyPrefix reports whether s starts with one of the prefixes.
func hasAnyPrefix(s []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && string(s[:len(p)]) == p {
			return true
		}
	}
	return false
}

// containsAnyRune is strings.ContainsAny for a short set of runes, one
// vectorized search per rune instead of a set lookup per rune of s.
// containsAnyRuneString reports whether s holds one of the runes of runes,
// searching s once per rune of runes: for runes that are not all ASCII,
// strings.ContainsAny decodes every rune of s and looks each up in runes,
// which cost more here (docs/benchmarks.md, session 17).
func containsAnyRuneString(s, runes string) bool {
	for _, r := range runes {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

func containsAnyRune(s []byte, runes string) bool {
	for _, r := range runes {
		if bytes.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// normalizeLine prepares a line for boilerplate matching: trimmed, whitespace
// runs collapsed to one space, curly quotes straightened, and a leading list
// or footnote marker removed.
func normalizeLine(line string) string {
	if isNormalLine(line) {
		return line
	}
	return rewriteLine(line)
}

// rewriteLine is normalizeLine for lines that need a change.
func rewriteLine(line string) string {
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

// isNormalLine reports whether normalizeLine would return line unchanged
// because it is ASCII without control whitespace, leading or trailing
// spaces, doubled spaces or a leading marker: most lines of most texts.
// It reads eight bytes at a time (it runs on every line of every text),
// doubled spaces included: strings.Contains(line, "  ") stopped at every
// space of the line.
func isNormalLine(line string) bool {
	if line == "" || line[0] == '*' || line[0] == '-' || line[0] == '|' || line[0] == ' ' || line[len(line)-1] == ' ' {
		return false
	}
	i := 0
	prev := uint64(0) // 0x80 when the byte before i is a space
	for ; i+8 <= len(line); i += 8 {
		x := swar.Load(line, i)
		if x&swar.Highs != 0 {
			return false // a byte ≥ utf8.RuneSelf
		}
		// A byte from '\t' (9) to '\r' (13) is one above 8 and below 14.
		if swar.HasBetween(x, 8, 14) {
			return false
		}
		// The spaces of x as the high bits of their bytes: x^' ' is zero
		// exactly there and below 0x80 elsewhere, so adding 0x7f sets the
		// high bit of every other byte and carries into none.
		sp := ^((x ^ swar.Ones*' ') + swar.Ones*0x7f) & swar.Highs
		if sp&(sp<<8|prev) != 0 {
			return false // two spaces in a row
		}
		prev = sp >> 56
	}
	for ; i < len(line); i++ {
		c := line[i]
		if c >= utf8.RuneSelf || c >= '\t' && c <= '\r' || c == ' ' && line[i-1] == ' ' {
			return false
		}
	}
	return true
}
