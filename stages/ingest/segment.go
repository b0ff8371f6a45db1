package ingest

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"geotimeline/internal/swar"
	"geotimeline/pipeline"
)

// Segment splits text into paragraphs and sentences, leaving out boilerplate
// lines; the package comment gives the rules. Spans are byte offsets into
// text, in order, never overlapping and never beginning or ending with
// whitespace; each Sentence's Paragraph indexes the returned paragraphs.
// Segment is safe for concurrent use.
func Segment(text string) (paragraphs []pipeline.Span, sentences []pipeline.Sentence) {
	r, err := loadRules()
	if err != nil {
		// The embedded table is a constant of the build; TestRulesCompile
		// keeps it valid.
		panic(fmt.Sprintf("ingest: embedded %v", err))
	}
	return segment(text, r, nil)
}

// lineKind classifies one line of a text.
type lineKind uint8

const (
	lineBlank   lineKind = iota // only whitespace
	lineRule                    // no letter or digit: "* * *", "-----"
	lineBoiler                  // matches a boilerplate pattern
	lineContent                 // article text
)

// A textLine is one line of a text: [start, end) without its terminator,
// and [lo, hi) without surrounding whitespace.
type textLine struct {
	start, end int
	lo, hi     int
	runes      int // runes in [start, hi): the line's width as laid out
	kind       lineKind
}

// segment is Segment with an explicit rule table; the lines are made in
// *buf when buf is not nil (and left there, to be reused).
func segment(text string, r *rules, buf *[]textLine) ([]pipeline.Span, []pipeline.Sentence) {
	var lines []textLine
	if buf != nil {
		lines = appendLines((*buf)[:0], text)
		*buf = lines
	} else {
		lines = appendLines(nil, text)
	}
	classify(text, lines, r)
	lay := detectWrap(text, lines)

	var paras []pipeline.Span
	// Room for every sentence the text's final punctuation could end (up
	// to a bound), so that the slice rarely grows.
	sents := make([]pipeline.Sentence, 0, min(terminators(text)+1, maxSentencesPresized))
	open := -1 // index of the first line of the open paragraph
	closePara := func(last int) {
		if open < 0 {
			return
		}
		p := pipeline.Span{Start: lines[open].lo, End: lines[last].hi}
		open = -1
		idx := len(paras)
		paras = append(paras, p)
		sents = splitSentences(text, p, idx, sents)
	}
	for i := range lines {
		if lines[i].kind != lineContent {
			closePara(i - 1)
			continue
		}
		if open >= 0 && !lay.continues(text, lines[i-1], lines[i]) {
			closePara(i - 1)
		}
		if open < 0 {
			open = i
		}
	}
	closePara(len(lines) - 1)
	if len(sents) == 0 {
		sents = nil
	}
	return paras, sents
}

// maxSentencesPresized bounds the sentences segment makes room for at once.
const maxSentencesPresized = 4096

// terminators counts the ASCII sentence terminators of text: a size hint
// for its sentences (most end at one; some texts end others otherwise).
func terminators(text string) int {
	return strings.Count(text, ".") + strings.Count(text, "!") + strings.Count(text, "?")
}

// splitLines cuts text at "\r\n", "\n" and lone "\r".
func splitLines(text string) []textLine { return appendLines(nil, text) }

// appendLines appends the lines of text, as splitLines cuts them, to lines.
func appendLines(lines []textLine, text string) []textLine {
	// One line per terminator ("\r\n" is one), and one after the last.
	n := strings.Count(text, "\n") + 1
	cr := strings.Count(text, "\r")
	if cr > 0 {
		n += cr - strings.Count(text, "\r\n")
	}
	lines = slices.Grow(lines, n)
	start := 0
	if cr == 0 { // only "\n": one vectorized search per line
		for {
			i := strings.IndexByte(text[start:], '\n')
			if i < 0 {
				break
			}
			lines = append(lines, textLine{start: start, end: start + i})
			start += i + 1
		}
		if start < len(text) {
			lines = append(lines, textLine{start: start, end: len(text)})
		}
		return lines
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '\n' && c != '\r' {
			continue
		}
		lines = append(lines, textLine{start: start, end: i})
		if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(text) {
		lines = append(lines, textLine{start: start, end: len(text)})
	}
	return lines
}

// classify fills in each line's trimmed bounds, width and kind.
func classify(text string, lines []textLine, r *rules) {
	for i := range lines {
		l := &lines[i]
		l.lo, l.hi = trimSpan(text, l.start, l.end)
		l.lo = skipHeadingMarker(text, l.lo, l.hi)
		if l.lo == l.hi {
			l.kind = lineBlank
			continue
		}
		if !hasAlnum(text[l.lo:l.hi]) {
			l.kind = lineRule
			continue
		}
		l.kind = lineContent
		l.runes = runeCount(text[l.start:l.hi])
	}
	for i := 0; i < len(lines); i++ {
		if lines[i].kind != lineContent {
			continue
		}
		l := &lines[i]
		// l.runes counts from l.start, a rune boundary before l.lo.
		bp, block := r.matchRunes(text[l.lo:l.hi], l.runes-utf8.RuneCountInString(text[l.start:l.lo]))
		if !bp {
			continue
		}
		lines[i].kind = lineBoiler
		if !block {
			continue
		}
		for n, j := 0, i+1; n < maxBlockFollowers && j < len(lines); n, j = n+1, j+1 {
			l := &lines[j]
			if l.kind == lineBlank || l.kind == lineRule || l.runes > maxFollowerRunes {
				break
			}
			l.kind = lineBoiler
			i = j
		}
	}
}

// skipHeadingMarker returns the offset past a Markdown heading marker ("#"
// to "######" and a space) at lo, or lo when there is none.
func skipHeadingMarker(text string, lo, hi int) int {
	i := lo
	for i < hi && i-lo < 6 && text[i] == '#' {
		i++
	}
	if i == lo || i >= hi || (text[i] != ' ' && text[i] != '\t') {
		return lo
	}
	s, _ := trimSpan(text, i, hi)
	return s
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// Hard-wrap detection limits: a wrapped text has lines of at most
// maxWrapWidth runes, at least minWrapWidth wide.
const (
	maxWrapWidth = 100
	minWrapWidth = 40
	// minWrapLines is how many lines followed by another must say so: a
	// headline over its byline and a "Related" heading over its links
	// are two, and no wrap.
	minWrapLines = 3
)

// layout is what detectWrap learned: whether the text is hard-wrapped, and at
// what width.
type layout struct {
	wrapped bool
	width   int
}

// detectWrap decides whether lines are hard-wrapped. It looks at the content
// lines followed directly by another content line (the only places a
// decision is needed; list items are lines of their own): the text is
// wrapped when there are at least minWrapLines, at least half of them end
// without final punctuation (wrapping cuts sentences;
// one-paragraph-per-line text ends its lines with them), at most
// one in ten is longer than maxWrapWidth, and at least half of them reach
// 70% of the widest one that fits.
func detectWrap(text string, lines []textLine) layout {
	var cands []int
	open := 0 // candidates ending without final punctuation: cut mid-sentence
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].kind == lineContent && lines[i+1].kind == lineContent &&
			!isListItem(text[lines[i].lo:lines[i].hi]) && !isListItem(text[lines[i+1].lo:lines[i+1].hi]) &&
			!isBylineLine(text[lines[i+1].lo:lines[i+1].hi]) {
			cands = append(cands, lines[i].runes)
			if !endsTerminal(text[lines[i].lo:lines[i].hi]) {
				open++
			}
		}
	}
	if len(cands) < minWrapLines || open*2 < len(cands) {
		return layout{}
	}
	long, w := 0, 0
	for _, n := range cands {
		if n > maxWrapWidth {
			long++
		} else if n > w {
			w = n
		}
	}
	if long*10 > len(cands) || w < minWrapWidth {
		return layout{}
	}
	near := 0
	for _, n := range cands {
		if n*10 >= w*7 {
			near++
		}
	}
	if near*2 < len(cands) {
		return layout{}
	}
	return layout{wrapped: true, width: w}
}

// continues reports whether content line b continues the paragraph of the
// content line a just before it.
func (lay layout) continues(text string, a, b textLine) bool {
	if !lay.wrapped {
		return false
	}
	if isListItem(text[b.lo:b.hi]) || (b.lo > b.start && a.lo == a.start) || isTitleLike(text[a.lo:a.hi]) || isBylineLine(text[b.lo:b.hi]) {
		return false
	}
	if a.runes+1+firstWordRunes(text[b.lo:b.hi]) > lay.width {
		return true // the next word would not have fitted: a wrap
	}
	first, _ := utf8.DecodeRuneInString(text[b.lo:b.hi])
	return unicode.IsLower(first) && !endsTerminal(text[a.lo:a.hi])
}

func firstWordRunes(s string) int {
	n := 0
	for _, r := range s {
		if isSpace(r) {
			break
		}
		n++
	}
	return n
}

// isListItem reports whether s starts with a bullet or "1." / "2)" marker.
func isListItem(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '*', '•', '·', '–', '—', '▪', '◦', '‣':
		next, _ := utf8.DecodeRuneInString(s[size:])
		return isSpace(next)
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && (s[i+1] == ' ' || s[i+1] == '\t')
}

// isBylineLine reports whether s is a byline or a date line: a label
// ("By", "Published", "Updated", "Posted", "Report by", "Written by") and
// then only names, dates and times ("By Ji Da-gyum", "Published : Aug. 21,
// 2024 - 10:48 Updated : Aug. 21, 2024", "By KIM SOO-AH | Updated 4:15 AM
// EDT, July 10, 2024") — page furniture under a headline, never the
// wrapped rest of a sentence ("By the 6th, notices told residents …").
func isBylineLine(s string) bool {
	w, rest, _ := strings.Cut(s, " ")
	w = strings.TrimRight(w, ":")
	digits := strings.ContainsAny(rest, "0123456789")
	switch w {
	case "By", "BY":
	case "Published", "PUBLISHED", "Updated", "UPDATED", "Posted", "POSTED":
		if !digits {
			return false // "Published notices told residents …"
		}
	case "Report", "Reported", "Written", "Story":
		var ok bool
		if rest, ok = strings.CutPrefix(rest, "by "); !ok {
			return false
		}
	default:
		return false
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	for _, f := range words {
		f = strings.Trim(f, ",.:;|·•/-–—()[]")
		if f == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r):
		case bylineSmallWords[strings.ToLower(f)]:
		default:
			return false
		}
	}
	return true
}

// bylineSmallWords are the lower-case words a byline or date line may hold.
var bylineSmallWords = map[string]bool{"and": true, "by": true, "on": true, "at": true, "of": true,
	"am": true, "pm": true, "a.m": true, "p.m": true, "in": true}

// isTitleStopWord reports whether w is a word that a headline in title case
// leaves in lower case.
func isTitleStopWord(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to",
		"for", "by", "with", "from", "as", "into", "vs", "vs.", "via":
		return true
	}
	return false
}

// isTitleLike reports whether s reads as a headline in title case: two or
// more words, every word but the small ones capitalized, and no final
// punctuation.
func isTitleLike(s string) bool {
	if endsTerminal(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘([«"))
		if unicode.IsLower(r) && !isTitleStopWord(w) {
			return false
		}
	}
	return true
}

// endsTerminal reports whether s ends with final punctuation, before any
// closing quotes or brackets.
func endsTerminal(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		switch {
		case isCloser(r):
			s = s[:len(s)-size]
		case isTerminator(r) || r == ':' || r == ';':
			return true
		default:
			return false
		}
	}
	return false
}

// splitSentences appends the sentences of paragraph p (index idx) to out.
func splitSentences(text string, p pipeline.Span, idx int, out []pipeline.Sentence) []pipeline.Sentence {
	emit := func(s, e int) {
		s, e = trimSpan(text, s, e)
		if s < e {
			out = append(out, pipeline.Sentence{Span: pipeline.Span{Start: s, End: e}, Paragraph: idx})
		}
	}
	start := p.Start
	for i := p.Start; i < p.End; {
		// The common case: ASCII bytes that end nothing.
		if i = skipPlain(text, i, p.End); i >= p.End {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		if !isTerminator(r) {
			i += size
			continue
		}
		// The run of terminators and closers that follows.
		j, terms, cjk := i+size, 1, isCJKTerminator(r)
		for j < p.End {
			r2, s2 := utf8.DecodeRuneInString(text[j:p.End])
			if isTerminator(r2) {
				terms++
				cjk = cjk || isCJKTerminator(r2)
			} else if !isCloser(r2) {
				break
			}
			j += s2
		}
		k := j
		for k < p.End {
			r2, s2 := utf8.DecodeRuneInString(text[k:p.End])
			if !isSpace(r2) {
				break
			}
			k += s2
		}
		if k >= p.End {
			break // the paragraph ends here anyway
		}
		next, _ := utf8.DecodeRuneInString(text[k:p.End])
		switch {
		case cjk:
			// CJK text puts no space between sentences.
		case k == j || !isStarter(next):
			i = j
			continue
		case r == '.' && terms == 1 && isAbbreviation(text[p.Start:i], next):
			i = j
			continue
		}
		emit(start, j)
		start, i = k, k
	}
	emit(start, p.End)
	return out
}

// runeCount is utf8.RuneCountInString(s), which decodes rune by rune,
// passing over a leading run of ASCII eight bytes at a time: classify
// counts the runes of every line.
func runeCount(s string) int {
	i := swar.SkipASCII(s, 0)
	// s[:i] is ASCII, a rune a byte, and s[i] begins a rune.
	return i + utf8.RuneCountInString(s[i:])
}

// skipPlain returns the first offset in [i, end) of text holding '.', '!',
// '?' or a byte of a multi-byte rune, or end when there is none. It tests
// eight bytes at a time.
func skipPlain(text string, i, end int) int {
	const ones, highs = swar.Ones, swar.Highs
	// hasZero reports whether a byte of v is zero (exactly: no false
	// answers either way about whether one is).
	hasZero := func(v uint64) bool { return (v-ones)&^v&highs != 0 }
	for ; i+8 <= end; i += 8 {
		w := swar.Load(text, i)
		if w&highs != 0 || hasZero(w^('.'*ones)) || hasZero(w^('!'*ones)) || hasZero(w^('?'*ones)) {
			break
		}
	}
	for ; i < end; i++ {
		if c := text[i]; c >= utf8.RuneSelf || c == '.' || c == '!' || c == '?' {
			return i
		}
	}
	return end
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '｡':
		return true
	}
	return false
}

func isCJKTerminator(r rune) bool { return r == '。' || r == '！' || r == '？' || r == '｡' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』', '）', '】', '〕', '〉', '》':
		return true
	}
	return false
}

// isStarter reports whether r can begin a sentence after final punctuation.
func isStarter(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '‘', '„', '‚', '«', '‹', '(', '[', '{', '「', '『', '（', '【', '¿', '¡', '—', '–':
		return true
	}
	return unicode.IsDigit(r) || (unicode.IsLetter(r) && !unicode.IsLower(r))
}

// isSpace reports whether r is whitespace, zero-width space or BOM included.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// trimSpan shrinks [s, e) of text past whitespace at both ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// isListedAbbreviation reports whether tok, as written, is an abbreviation
// whose period never ends a sentence. "No"/"Nos" are abbreviations only
// before a digit; single capital initials and dotted initials ("U.S.",
// "a.m.", "e.g.") are handled by isAbbreviation.
func isListedAbbreviation(tok string) bool {
	switch tok {
	case "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Mt", "Ft",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
		"Gen", "Col", "Lt", "Sgt", "Capt", "Cpt", "Maj", "Cmdr", "Adm", "Brig", "Cpl", "Pvt",
		"Rep", "Reps", "Sen", "Sens", "Gov", "Pres", "Amb", "Atty", "Rev", "Hon", "Supt", "Insp",
		"Corp", "Inc", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Jr", "Sr", "Ave", "Blvd", "Rd",
		"Ste", "Sts", "Gens", "Govs", "Drs", "Mme", "Mlle", "Msgr", "Fr", "Sgts", "Lts",
		// U.S. state abbreviations in news style ("Charleston, W.Va.").
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
		"Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
		"Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
		"vs", "approx", "est", "al", "cf", "fig", "Fig", "vol", "Vol", "pp", "ca":
		return true
	}
	return false
}

// isAbbreviation reports whether the word ending before which a period
// stands is an abbreviation; before is the paragraph text up to the period,
// next the rune that would start the next sentence.
func isAbbreviation(before string, next rune) bool {
	// The token: the non-space run before the period, at most 32 bytes.
	i := len(before)
	for i > 0 && len(before)-i < 32 {
		if c := before[i-1]; c < utf8.RuneSelf { // ASCII: isSpace without decoding
			if c == ' ' || '\t' <= c && c <= '\r' {
				break
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if isSpace(r) {
			break
		}
		i -= size
	}
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(before[:i]); !isSpace(r) {
			return false // longer than any abbreviation
		}
	}
	tok := before[i:]
	if tok != "" && (tok[0] >= utf8.RuneSelf || strings.IndexByte("\"'`([{-/", tok[0]) >= 0) {
		tok = strings.TrimLeft(tok, "\"'`“‘([{«-–—/") // (else nothing to trim)
	}
	for j := len(tok) - 1; j >= 0; j-- {
		if tok[j] == '-' || tok[j] == '/' { // strings.LastIndexAny(tok, "-/")
			tok = tok[j+1:] // "D-Calif", "D-W"
			break
		}
	}
	if tok == "" {
		return false
	}
	if tok == "No" || tok == "Nos" || tok == "NO" || tok == "no" {
		return unicode.IsDigit(next)
	}
	if isInitials(tok) {
		return true
	}
	// "Calif", "W.Va": every dotted part an abbreviation or an initial.
	for part := range strings.SplitSeq(tok, ".") {
		if !isListedAbbreviation(part) && !isListedAbbreviation(titleCase(part)) && !isInitials(part) {
			return false
		}
	}
	return true
}

// titleCase turns an all-capital word into title case ("JAN" → "Jan"); other
// words are returned as they are.
func titleCase(w string) string {
	if len(w) < 2 || !isUpper(w) {
		return w
	}
	r, size := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[size:])
}

// isUpper reports whether strings.ToUpper(w) == w, without making the
// upper-case copy.
func isUpper(w string) bool {
	for _, r := range w {
		if r == utf8.RuneError || unicode.ToUpper(r) != r {
			return r == utf8.RuneError && strings.ToUpper(w) == w // a real U+FFFD, or a bad byte
		}
	}
	return true
}

// isInitials reports whether tok is a single capital letter ("J") or single
// letters joined by periods ("U.S", "a.m", "e.g", "D.C").
func isInitials(tok string) bool {
	single := strings.IndexByte(tok, '.') < 0
	for rest, more := tok, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, ".")
		r, size := utf8.DecodeRuneInString(p)
		if size != len(p) || !unicode.IsLetter(r) {
			return false
		}
		if single && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
