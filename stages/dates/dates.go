package dates

import (
	"context"
	"io"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"geotimeline/pipeline"
)

// Options configures a Tagger. The zero value is useful.
type Options struct {
	// Logger receives debug messages; nil discards them.
	Logger *slog.Logger
}

// A Tagger finds and resolves date expressions. It is safe for concurrent use.
type Tagger struct {
	log *slog.Logger
	// scratch recycles the arrays of finished documents (*scratch,
	// cleared): a document's tokens take about ten bytes per byte of text,
	// its segments two more, its expressions and their resolutions a
	// few.
	scratch sync.Pool
}

// scratch is one document's reusable arrays: its tokens, the sentence and
// paragraph of each token, its expressions and their resolutions. Past
// their length the token arrays hold zeros.
type scratch struct {
	toks  []token
	seg   []int32
	exprs []expr
	res   []resolved
}

// maxPooledTokens bounds the token arrays kept for reuse (a few megabytes):
// the array of an exceptionally long document is left to the collector.
const maxPooledTokens = 1 << 16

// maxPooledExprs bounds the expression and resolution arrays kept for
// reuse (about a megabyte each).
const maxPooledExprs = 1 << 12

// New returns a Tagger.
func New(opts Options) *Tagger {
	l := opts.Logger
	if l == nil {
		l = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Tagger{log: l}
}

// Name returns "dates".
func (t *Tagger) Name() string { return "dates" }

// Process sets it.DocDate (from it.Doc.Published when set, else
// DocumentDate) and it.Dates. It returns an error only when ctx is done or
// the embedded tables are corrupt.
func (t *Tagger) Process(ctx context.Context, it *pipeline.Item) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ct, err := loadCues()
	if err != nil {
		return err
	}
	if _, err := loadHolidays(); err != nil {
		return err
	}
	sc := t.getScratch()
	a := analyzeScratch(it.Doc.Text, it.Sentences, sc)
	defer t.putScratch(sc, a)
	if !it.Doc.Published.IsZero() {
		it.DocDate = pipeline.DocDate{Date: it.Doc.Published, Basis: pipeline.BasisPublished, Evidence: "metadata"}
		a.findSections(&it.DocDate, maxSectionMeta)
	} else {
		it.DocDate = a.docDate(ct)
	}
	it.Dates = a.mentions(it.DocDate)
	if it.DocDate.Basis == pipeline.BasisNone {
		it.Diags = append(it.Diags, pipeline.Diag{Severity: pipeline.Info, Stage: t.Name(), Path: it.Doc.Path,
			Msg: "no document date: dates without a year are left unresolved"})
	}
	t.log.Debug("dates", "doc", it.Doc.ID, "docdate", it.DocDate.Date.String(), "basis", it.DocDate.Basis, "mentions", len(it.Dates))
	return nil
}

// Tag returns the date expressions of text, sorted by Start, resolved
// against ref (relative dates stay unresolved when ref.Date is zero).
// sentences may be nil.
func (t *Tagger) Tag(text string, sentences []pipeline.Sentence, ref pipeline.DocDate) []pipeline.DateMention {
	sc := t.getScratch()
	a := analyzeScratch(text, sentences, sc)
	ms := a.mentions(ref)
	t.putScratch(sc, a)
	return ms
}

// getScratch returns arrays for one document from the pool, or empty ones.
func (t *Tagger) getScratch() *scratch {
	if sc, ok := t.scratch.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
}

// putScratch gives sc back to the pool with the arrays a used, once a is no
// longer needed, unless they are too large to keep.
func (t *Tagger) putScratch(sc *scratch, a *analysis) {
	if cap(a.p.t) > maxPooledTokens {
		return
	}
	// Drop the references to the text and to the values (the tokens past
	// len(a.p.t) were never written since the array was made or last
	// cleared).
	clear(a.p.t)
	sc.toks = a.p.t[:0]
	if seg := a.seg.buf; cap(seg) <= 2*maxPooledTokens {
		sc.seg = seg[:0]
	} else {
		sc.seg = nil
	}
	sc.exprs, sc.res = nil, nil
	if cap(a.exprs) <= maxPooledExprs {
		clear(a.exprs)
		sc.exprs = a.exprs[:0]
	}
	if cap(a.res) <= maxPooledExprs {
		clear(a.res)
		sc.res = a.res[:0]
	}
	t.scratch.Put(sc)
}

// analysis is one text, tokenized, scanned and segmented.
type analysis struct {
	p     parser
	exprs []expr
	seg   segments
	res   []resolved // mentions: the resolution of each expression
	// secs are the datelines of a digest's items (see findSections),
	// found once secsDone.
	secs     []section
	secsDone bool
}

func analyze(text string, sentences []pipeline.Sentence) *analysis {
	return analyzeScratch(text, sentences, &scratch{})
}

// analyzeScratch is analyze reusing the arrays of sc (from their start)
// when they are large enough; the analysis keeps them.
func analyzeScratch(text string, sentences []pipeline.Sentence, sc *scratch) *analysis {
	hol, _ := loadHolidays() // Process reports a corrupt table; Tag goes on without holidays
	buf := sc.toks
	if want := len(text)/4 + 8; cap(buf) < want {
		buf = make([]token, 0, want)
	}
	a := &analysis{p: parser{text: text, t: tokenize(text, buf), hol: hol}}
	a.exprs = a.p.scan(sc.exprs)
	a.seg = segmentBuf(a.p.t, sentences, sc.seg)
	a.res = sc.res[:0]
	a.nameYears()
	return a
}

// scan returns the expressions of the text, left to right, longest first,
// in buf (from its start) when it is large enough.
func (p *parser) scan(buf []expr) []expr {
	out := buf[:0]
	if want := len(p.t)/64 + 4; cap(out) < want {
		out = make([]expr, 0, want)
	}
	for i := 0; i < len(p.t); {
		if !p.mayStart(i) {
			i++ // most tokens: skip without building an expression
			continue
		}
		e, ok := p.parseFrom(i)
		if !ok || e.e <= i {
			i++
			continue
		}
		out = appendExpr(out, e)
		i = e.e
		// "Aug. 12 and 14", "March 3, 5 and 9": the later days of a list
		// share the month of the first and are separate mentions.
		first := len(out) - 1
		for {
			d, ok := p.listDay(out[len(out)-1])
			if !ok {
				break
			}
			if d.yGiven && !out[first].yGiven {
				// "March 3, 5 and 9, 2020": the year closes the list.
				for k := first; k < len(out); k++ {
					out[k].y, out[k].yGiven = d.y, true
				}
			}
			out = appendExpr(out, d)
			i = d.e
		}
	}
	return out
}

// listDay returns the bare day that continues a list after the month and
// day prev ("Aug. 12 and 14": the 14), with prev's month and year. The day
// must close its phrase: "On Aug. 12, 14 people died" is a count; after a
// comma alone only "and", "or" or punctuation may follow it.
func (p *parser) listDay(prev expr) (expr, bool) {
	if prev.form != fCal || prev.m == 0 || prev.d == 0 || prev.mod != modNone || prev.hasRel {
		return expr{}, false
	}
	j := prev.e
	if p.punct(j, ",") {
		j++
	}
	joined := p.is(j, "and") || p.is(j, "or")
	if joined {
		j++
	}
	if j == prev.e || j >= len(p.t) || p.t[j].kind != tNum || !(p.t[j].low == "" || isOrdinalSuffix(p.t[j].low)) {
		return expr{}, false
	}
	// After a comma alone the list must go on or end: "March 3, 5 and 9",
	// not "On Oct. 10, 15 in the unit were arrested" (a count).
	if k := j + 1; !joined && k < len(p.t) && p.t[k].kind == tWord && !p.is(k, "and") && !p.is(k, "or") {
		return expr{}, false
	}
	d, ok := p.dayNum(j)
	if !ok || d == prev.d || !validDay(yearOr(prev.y), prev.m, d) {
		return expr{}, false
	}
	if k := j + 1; k < len(p.t) && (p.t[k].kind == tWord && !isClauseWord(p.word(k)) && !p.is(k, "in") && !p.is(k, "at") && !p.is(k, "or") ||
		p.t[k].kind == tPunct && (p.t[k].low == "%" || p.t[k].low == ":" || isDash(p.t[k]))) {
		return expr{}, false
	}
	e := expr{s: j, e: j + 1, form: fCal, y: prev.y, yGiven: prev.yGiven, m: prev.m, d: d}
	if p.punct(j+1, ",") && !prev.yGiven {
		if y, good := p.year(j + 2); good && validDay(y, prev.m, d) {
			e.y, e.yGiven, e.e = y, true, j+3
		}
	}
	return e, true
}

// pastVerbBefore reports a past-tense verb, not one of reporting, in the
// sentence of token i before it.
func (a *analysis) pastVerbBefore(i int) bool {
	s := a.seg.sent[i]
	for k := i - 1; k >= 0 && a.seg.sent[k] == s; k-- {
		if a.pastVerb(k) && !isReportVerb(a.p.t[k].low) {
			return true
		}
	}
	return false
}

// closedRange reports whether tokens [i, j) hold a range's connector
// ("May through October", "May 3 to 9", "May–June").
func (a *analysis) closedRange(i, j int) bool {
	for k := i; k < j && k < len(a.p.t); k++ {
		switch a.p.t[k].low {
		case "through", "thru", "to", "until", "till", "-", "–", "—":
			return true
		}
	}
	return false
}

// forwardCue returns the strongest forward cue for the expression at
// tokens [i, j) in its sentence: cueStrong, cueWeak, cueWeakPast,
// cuePastPlan or cueNone. Strong cues (will, next, scheduled, is to, to be)
// count anywhere in the 12 tokens before; after "was", "had been",
// "previously" they are a past plan. Deadline words right before the date
// (by, until, effective, payable, expires) or right after it ("the Nov. 1
// deadline") are weak cues. Other weak cues (would, hope) count only when no
// past-tense verb other than a reporting verb is near: "They hoped trade
// would restart after Feb. 15" reports a past hope, "said the summit would
// be held on April 24" a future. A future verb (will, scheduled) with no
// past verb or clause break between it and the date gives cueWill, also
// from up to 24 tokens back or, for a date opening its sentence, as the
// main verb after it; a past decision with "to" ("decided to admit") or a
// past verb right after the date ("planned for Saturday was canceled")
// gives cuePastPlan.
func (a *analysis) forwardCue(i, j int) int {
	s := a.seg.sent[i]
	// "…, the minister said on Monday": the day of a past telling, whatever
	// the told clause looks ahead to ("any provocation would be met with
	// force").
	if k := i - 1; k >= 0 && a.seg.sent[k] == s {
		if a.p.t[k].low == "on" {
			k--
		}
		if k >= 1 && a.seg.sent[k] == s && pastTelling(a.p.t[k].low) && a.p.t[k-1].kind == tWord && !isModal(a.p.t[k-1].low) {
			return cueNone
		}
	}
	weak, intrinsic, past, plan, from := false, false, false, false, false
	// A deadline word right before the date ("respond by Oct. 31", "until
	// Jan. 14") points forward even in a past-tense sentence: the date takes
	// the reading closest to the anchor.
	if k := i - 1; k >= 0 && a.seg.sent[k] == s && isDeadlineWord(a.p.t[k].low) {
		intrinsic = true
		if c := a.postponedTo(k, s); c != cueNone {
			return c
		}
	}
	broken := false // a clause break between the date and the word at k
	for k := i - 1; k >= 0 && k >= i-12 && a.seg.sent[k] == s; k-- {
		t := a.p.t[k]
		if t.kind != tWord {
			broken = broken || t.low == ";" || t.low == ":"
			continue
		}
		broken = broken || opensClause(t.low)
		switch {
		case isForwardCue(t.low):
			if needsTo(t.low) && k > 0 && (isDash(a.p.t[k-1]) || a.p.t[k-1].low == "than") {
				continue // "lower-than-expected earnings" looks nowhere
			}
			if t.low == "next" && k+1 < len(a.p.t) && a.p.t[k+1].low == "to" {
				continue // "a building next to the embassy": a place, not a time
			}
			if i-k > 4 && k > 0 && isDeterminer(a.p.t[k-1].low) && t.low != "next" {
				// "inspected the site of a planned greenhouse farm on the
				// outskirts of Hamhung on Wednesday": an attributive cue
				// qualifies its noun, and dates only a date right after
				// that noun ("the planned rally on Sunday").
				continue
			}
			if (t.low == "plan" || t.low == "plans") && k+1 < i && a.pastVerb(k+1) {
				// "the development plan laid out at the party congress in
				// January": a plan the date's clause tells was made
				continue
			}
			if k > 0 && isPastPlan(a.p.t[k-1].low) {
				// "had been scheduled to expire at midnight Friday": a plan
				// reported in the past may lie on either side of the DCT.
				plan = true
				continue
			}
			if a.pastRightAfter(j, s) {
				// "a rally planned for Saturday was canceled": the plan
				// is reported in the past.
				return cuePastPlan
			}
			if isFutureVerb(t.low) && !past && !broken {
				return cueWill
			}
			return cueStrong
		case (t.low == "is" || t.low == "are" || t.low == "set") && k+1 < i && a.p.t[k+1].low == "to",
			t.low == "to" && k+1 < i && a.p.t[k+1].low == "be" && !judgedThing(a.p.t, k),
			t.low == "as" && k+2 < i && (a.p.t[k+1].low == "soon" || a.p.t[k+1].low == "early") && a.p.t[k+2].low == "as":
			return cueStrong // is to resume; set to resume; to be completed; as early as
		case t.low == "record" && !(k > 0 && a.p.t[k-1].low == "of") && !(k+1 < i && a.p.t[k+1].low == "date"):
			// "its record high set on Aug. 6" is a past record; only
			// "holders of record Nov. 1" and "the record date" look ahead.
		case isIntrinsicForward(t.low) && i-k <= 4:
			if t.low == "effect" && k > 0 && tookEffect(a.p.t[k-1].low, a.p.t[max(k-2, 0)].low) {
				past = true // "the rule took effect on Oct. 3", "came into effect": a past start
				continue
			}
			if isPostponement(t.low) && k+1 < i && a.p.t[i-1].low == "on" {
				// "extended the lockdown on Monday": the day it was
				// extended, not the day it runs to
				continue
			}
			intrinsic = true
		case t.low == "to" && k > 0 && isIntention(a.p.t[k-1].low) && k+1 < i && a.p.t[k+1].kind == tWord:
			// "decided to admit them in early March", "agreed to buy the
			// unit in February": a decision reported in the past about a
			// date that may lie on either side of the DCT.
			plan = true
		case t.low == "from" && k == i-1 && !(a.closedRange(i, j) && a.pastVerbBefore(i)) && !(k > 0 && isRecordNoun(a.p.t[k-1].low)):
			// "the third flight leaves each Thursday from August 6": an
			// open start counts forward unless a past verb is near (also
			// after it: "From late February, the border was sealed"). A
			// range with its end after a past verb of its sentence
			// ("warned off boats from May through October") is no open
			// start; "the exhibition runs from March to May" still is.
			// Nor is a record's day: "Imagery from March 3 shows".
			from = true
		case isWeakForwardCue(t.low) && (i-k <= 4 || !isDeadlineWord(t.low)) &&
			!(isDeadlineWord(t.low) && k < i-1 && a.p.t[i-1].low == "on"):
			// "by Sunday", "until the end of May"; not "carried by KCNA on
			// Sunday", "sent through Dandong on Monday": an agent or a way
			weak = true
		case a.pastVerb(k) && !isReportVerb(t.low) && !a.reducedRelative(k):
			// "said the summit would be held on April 24" reports a future;
			// "hoped trade would restart after Feb. 15" a past hope.
			past = true
		}
	}
	if !past && !plan {
		// "will be named commander of the shuttle for a mission in
		// December": a future verb governs its clause past the 12 tokens,
		// up to a clause break.
		for k := i - 1; k >= 0 && k >= i-24 && a.seg.sent[k] == s; k-- {
			t := a.p.t[k]
			if t.kind == tPunct && (t.low == "," || t.low == ";" || t.low == ":" || t.low == "(" || t.low == ")" || t.low == "\"") || opensClause(t.low) {
				break
			}
			if k >= i-12 {
				continue
			}
			if t.low == "will" || t.low == "shall" || t.low == "ll" {
				return cueWill
			}
			if t.low == "to" && k > 0 && isIntention(a.p.t[k-1].low) {
				return cuePastPlan
			}
		}
	}
	if c := a.openingFuture(i, j, s); c != cueNone {
		return c
	}
	for k := j; k < len(a.p.t) && k < j+3 && a.seg.sent[k] == s; k++ {
		if w := a.p.t[k].low; w == "deadline" || w == "expiration" {
			intrinsic = true
		}
	}
	if a.anticipates(i) {
		// "tightened patrols in the lead-up to the holiday on Oct. 10": the
		// awaited date may lie on either side of the anchor, past verb or
		// not; it takes the reading closest to it.
		intrinsic = true
	}
	if from && !weak && (past || !a.pastClause(i, j)) {
		weak = true
	}
	switch {
	case intrinsic || weak && !past:
		return cueWeak
	case plan:
		return cuePastPlan
	case weak:
		return cueWeakPast
	}
	return cueNone
}

// cueFor is forwardCue for e, refined to cueOpen for a month (and day) or
// a holiday without a year whose clause has no past tense.
func (a *analysis) cueFor(e *expr) int {
	switch e.form {
	case fCal:
		if e.yGiven && e.wdDir != 9 {
			return cueNone // "Dec. 19, 2020" fixes itself
		}
	case fRange, fQuarter, fWeekday, fHoliday:
	case fSeason:
		if e.yGiven || e.n != 0 {
			return cueNone // "the winter of 2020", "last summer"
		}
	default:
		return cueNone // durations, sets, relative and fiscal forms resolve without a cue
	}
	c := a.forwardCue(e.s, e.e)
	if c != cueNone {
		return c
	}
	if e.form == fWeekday && e.wdDir == 0 && a.scheduledBefore(e.s) {
		return cueStrong // "Netanyahu and Arafat meet separately Monday"
	}
	cal := e
	if e.form == fRange && e.first != nil {
		cal = e.first
	}
	if (cal.form == fCal && (cal.m != 0 || cal.d != 0) && !cal.hasRel || cal.form == fHoliday) && !cal.yGiven && cal.n == 0 && !a.pastClause(e.s, e.e) {
		return cueOpen
	}
	return cueNone
}

// scheduleVerbs in the present tense before a weekday tell a schedule:
// "the two leaders meet Monday", "the session opens Tuesday", "the
// deadline expires Friday" (news tells the past in the past tense).
var scheduleVerbs = map[string]bool{
	"meet": true, "meets": true, "begin": true, "begins": true, "start": true, "starts": true,
	"open": true, "opens": true, "resume": true, "resumes": true, "reopen": true, "reopens": true,
	"arrive": true, "arrives": true, "leave": true, "leaves": true, "depart": true, "departs": true,
	"convene": true, "convenes": true, "vote": true, "votes": true, "expire": true, "expires": true,
	"travel": true, "travels": true, "visit": true, "visits": true,
	"end": true, "ends": true, "conclude": true, "concludes": true, "close": true, "closes": true,
}

// scheduledBefore reports a present-tense schedule verb right before token
// k, a weekday ("meet Monday", "meet separately on Monday", "opens
// Tuesday", the second of "meet Monday and Tuesday").
func (a *analysis) scheduledBefore(k int) bool {
	j := k - 1
	if j >= 0 && a.p.t[j].low == "on" {
		j--
	}
	if j >= 1 && (a.p.t[j].low == "and" || a.p.t[j].low == "or" || a.p.t[j].low == "through") && isWeekday(a.p.t[j-1].low) {
		j -= 2 // "meet Monday and Tuesday"
		if j >= 0 && a.p.t[j].low == "on" {
			j--
		}
	}
	if j >= 1 && strings.HasSuffix(a.p.t[j].low, "ly") {
		j-- // "meet separately Monday"
	}
	return j >= 0 && scheduleVerbs[a.p.t[j].low] && a.seg.sent[j] == a.seg.sent[k]
}

// storyYear returns the year of the story a month without a year (e)
// continues in a first-person account: "In March 2019 two agents arrested
// me. … In May they told me I would serve six months" is May 2019, not
// the May before the report date. The story month is the latest month
// (or year) the text told with its year (a testimony may take several
// paragraphs over one month; a date with its year told later starts a new
// story or ends it, and so does a return to the report's time: "Now I
// live in Seoul", "last month"), in a year before the DCT's,
// no later in its year than e's month; e's clause must be past with no
// forward cue, and its sentence told in the first person. News keeps the
// DCT's reading: "… between 1986 and 1988. The council condemned the
// invasion on Aug. 2" is this August (TBAQ has four such).
func (a *analysis) storyYear(e *expr, story date, dct anchorRef) (int, bool) {
	if story.IsZero() || e.form != fCal || e.yGiven || e.m == 0 || e.hasRel || e.n != 0 || e.m < story.Month {
		return 0, false
	}
	if dct.d.IsZero() || story.Year >= dct.d.Year || a.cueFor(e) != cueNone || !a.pastClause(e.s, e.e) || !a.firstPerson(e.s) {
		return 0, false
	}
	return story.Year, true
}

// storyStart reports whether a month with its year (e) opens a
// first-person story: its sentence is told in the first person, and it is
// no "since" of a state that runs up to now ("Since January 2023 I have
// been living in Seoul").
func (a *analysis) storyStart(e *expr) bool {
	if !a.firstPerson(e.s) && !a.firstPersonNext(e.s) || e.s > 0 && a.p.t[e.s-1].low == "since" {
		return false
	}
	s := a.seg.sent[e.s]
	for k := e.s - 1; k >= 0 && a.seg.sent[k] == s; k-- {
		if w := a.p.t[k].low; w == "have" || w == "has" || w == "ve" {
			return false
		}
	}
	for k := e.e; k < len(a.p.t) && a.seg.sent[k] == s; k++ {
		if w := a.p.t[k].low; w == "have" || w == "has" || w == "ve" {
			return false
		}
	}
	return true
}

// firstPerson reports whether the sentence of token i is told in the first
// person singular ("I", "me", "my") outside quotation marks — the
// narrator's own story, not a telling to the narrator ("a source told me",
// "I was told", "I learned").
func (a *analysis) firstPerson(i int) bool {
	s := a.seg.sent[i]
	lo := i
	for lo > 0 && a.seg.sent[lo-1] == s {
		lo--
	}
	quoted := false
	for k := lo; k < len(a.p.t) && a.seg.sent[k] == s; k++ {
		t := a.p.t[k]
		switch {
		case t.low == "\"" || t.low == "“" || t.low == "”":
			quoted = !quoted
		case quoted:
		case t.low == "me" && k > lo && tellsTo(a.p.t[k-1].low):
		case t.low == "i" && t.cap && t.end-t.start == 1 && k+1 < len(a.p.t) && learns(a.p.t[k+1].low, a.p.t[min(k+2, len(a.p.t)-1)].low):
		case t.low == "me" || t.low == "my" || t.low == "i" && t.cap && t.end-t.start == 1:
			return true
		}
	}
	return false
}

// firstPersonNext reports whether the sentence after that of token i, in
// the same paragraph, tells of the narrator as the one acted on: "On 3
// March 2018, police came into the restaurant. They led me out in
// handcuffs" opens the narrator's story as much as "… arrested me" would,
// and so does the narrator acting in the past ("I never learned who").
// "In February 2020 the government sealed the border. My family suffered"
// or "I think it was the harshest" is a comment on news, not a story.
func (a *analysis) firstPersonNext(i int) bool {
	s := a.seg.sent[i]
	k := i
	for k < len(a.p.t) && a.seg.sent[k] == s {
		k++
	}
	if k >= len(a.p.t) || a.seg.para[k] != a.seg.para[i] || !a.firstPerson(k) {
		return false
	}
	for j := k; j < len(a.p.t) && a.seg.sent[j] == a.seg.sent[k]; j++ {
		t := a.p.t[j]
		if t.low == "me" && j > k && !tellsTo(a.p.t[j-1].low) {
			return true
		}
		// "I never learned who": the narrator acting in the past
		if t.low == "i" && t.cap && t.end-t.start == 1 && (j+1 < len(a.p.t) && a.pastVerb(j+1) || j+2 < len(a.p.t) && a.pastVerb(j+2)) {
			return true
		}
	}
	return false
}

// tellsTo reports a verb whose object "me" is told something ("told me",
// "informed me", "asked me", "wrote to me").
func tellsTo(w string) bool {
	switch w {
	case "told", "tells", "informed", "asked", "to", "showed", "sent", "called":
		return true
	}
	return false
}

// learns reports "I learned", "I heard", "I was told", "I read".
func learns(w, next string) bool {
	switch w {
	case "learned", "learnt", "heard", "read", "understand", "understood":
		return true
	case "was", "am":
		return next == "told" || next == "informed"
	}
	return false
}

// reducedRelative reports a past participle at token k that describes the
// noun before it, a preposition after it ("the trucks stuck in Dandong
// would cross in April", "the rails laid between Tumen and Namyang"): no
// finite verb of the past.
func (a *analysis) reducedRelative(k int) bool {
	if k < 1 || k+1 >= len(a.p.t) || a.p.t[k-1].kind != tWord || a.p.t[k+1].kind != tWord {
		return false
	}
	switch a.p.t[k-1].low {
	case "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "had", "has", "have", "was", "were",
		"also", "then", "later", "recently", "reportedly", "allegedly", "and", "but":
		return false
	}
	if w := a.p.t[k].low; !strings.HasSuffix(w, "ed") && !pastParticiples[w] {
		return false // "Trade went on until …": a past tense, no participle
	}
	switch a.p.t[k+1].low {
	case "in", "on", "at", "along", "between", "near", "from", "into", "across", "inside", "outside":
		return true
	}
	return false
}

// pastParticiples are irregular past participles that may describe a noun
// ("trucks stuck in Dandong", "lines hung along the fence").
var pastParticiples = map[string]bool{
	"stuck": true, "hung": true, "laid": true, "held": true, "caught": true, "built": true, "sent": true,
	"kept": true, "brought": true, "found": true, "paid": true, "sold": true, "bought": true, "made": true,
	"left": true, "dug": true, "shut": true, "cut": true, "spread": true, "put": true, "set": true, "shot": true,
}

// afterClause reports whether token i stands in a clause that "after"
// opens: the words back to it, within its sentence, hold no comma,
// semicolon or colon.
func (a *analysis) afterClause(i int) bool {
	s := a.seg.sent[i]
	for k := i - 1; k >= 0 && a.seg.sent[k] == s; k-- {
		switch t := a.p.t[k]; {
		case t.kind == tPunct && (t.low == "," || t.low == ";" || t.low == ":"):
			return false
		case t.low == "after":
			return true
		}
	}
	return false
}

// pastClause reports whether the clause around the expression at tokens
// [i, j) says it lies in the past: a past-tense verb ("was", "arrested",
// "began"), a perfect ("has", "have"), or a past adverb ("since", "ago",
// "earlier") between the clause start and the date or in the words after it.
// A reporting verb ends the clause ("said it is calling for the redemption
// on Dec. 7" looks only at "it is calling …"), unless the date follows it at
// once ("said on Dec. 7", "told Daily NK Dec. 5"): an attribution date is past.
// After the date, a reporting verb past a comma is a trailing attribution
// ("reopen on Feb. 15, a source said") and ends the clause, unless the date
// opens the sentence ("On Feb. 15, a source said").
func (a *analysis) pastClause(i, j int) bool {
	s := a.seg.sent[i]
	for k := i - 1; k >= 0 && k >= i-12 && a.seg.sent[k] == s; k-- {
		t := a.p.t[k]
		if t.kind == tPunct {
			if t.low == ";" || t.low == ":" {
				break
			}
			continue
		}
		if isReportVerb(t.low) {
			return i-k <= 4
		}
		if t.kind == tWord && a.pastWord(k) {
			return true
		}
		if isModal(t.low) {
			// "may finally be resolved in a hearing the week of March 6":
			// the modal is the clause's verb, and it is not past.
			return false
		}
		if t.low == "that" || t.low == "which" || t.low == "who" || t.low == "because" {
			break
		}
	}
	// A date that opens its sentence ("On Mar. 27, a source said …") is
	// dated by the main verb, reporting verbs included.
	opens := true
	for k := i - 1; k >= 0 && a.seg.sent[k] == s; k-- {
		if t := a.p.t[k]; t.kind != tPunct && t.low != "on" && t.low != "in" && t.low != "since" && t.low != "by" {
			opens = false
			break
		}
	}
	comma := false
	// rel: 0 outside a relative clause; 1 inside one opened by who/which
	// after a sentence-opening date, before its verb; 2 after its verb
	// ("On the 22nd, a woman who ran a stall was taken away": "ran" is
	// the relative clause's, "was" the main verb's).
	rel, afterAux := 0, false
	for k, words := j, 0; k < len(a.p.t) && words < 24 && a.seg.sent[k] == s; k++ {
		t := a.p.t[k]
		if t.kind == tPunct {
			if t.low == "(" {
				// A short gloss ("every neighborhood unit (inminban) in
				// Onsong held") is read past; anything longer ends the look.
				if c := a.glossEnd(k, s); c > k {
					k = c
					continue
				}
			}
			if t.low == ";" || t.low == ":" || t.low == "(" {
				break
			}
			comma = comma || t.low == ","
			continue
		}
		if t.low == "that" || t.low == "which" || t.low == "who" || t.low == "because" || t.low == "but" {
			if opens && rel == 0 && (t.low == "who" || t.low == "which") {
				rel = 1
				continue
			}
			break
		}
		if comma && !opens && isReportVerb(t.low) {
			break // "Markets reopen on Feb. 15, a source said": the attribution's tense
		}
		if rel > 0 && (isModal(t.low) || t.low == "will" || t.low == "shall" || t.low == "is" || t.low == "are") {
			return false // "officials who arrived from Pyongyang will inspect"
		}
		if t.kind == tWord && a.pastWord(k) {
			switch {
			case rel == 1:
				rel, afterAux = 2, isAux(t.low) // the relative clause's verb
				continue
			case rel == 2 && afterAux && !isAux(t.low):
				afterAux = false // "which residents were ordered to attend"
				continue
			}
			return true
		}
		afterAux = false
		words++
	}
	return false
}

// glossEnd returns the index of the ")" closing the parenthesis opened at
// k when it holds at most three words of sentence s, or -1.
func (a *analysis) glossEnd(k int, s int32) int {
	for c, words := k+1, 0; c < len(a.p.t) && a.seg.sent[c] == s; c++ {
		switch t := a.p.t[c]; {
		case t.low == ")":
			if words == 0 {
				return -1
			}
			return c
		case t.kind == tWord:
			if words++; words > 3 {
				return -1
			}
		case t.low != "-" && t.low != "'":
			return -1
		}
	}
	return -1
}

// isAux reports a past auxiliary ("was", "were", "had").
func isAux(w string) bool { return w == "was" || w == "were" || w == "had" }

// openingFuture returns cueWill for a date that opens its sentence and
// whose main verb, within 12 tokens after it, is a future form: "On
// Tuesday, the league plans to hold a news conference", "In March, the
// court will rule". A past or reporting verb first ends the look.
func (a *analysis) openingFuture(i, j int, s int32) int {
	for k := i - 1; k >= 0 && a.seg.sent[k] == s; k-- {
		if t := a.p.t[k]; t.kind != tPunct && t.low != "on" && t.low != "in" && t.low != "by" && t.low != "early" && t.low != "late" {
			return cueNone
		}
	}
	for k := j; k < len(a.p.t) && k < j+12 && a.seg.sent[k] == s; k++ {
		t := a.p.t[k]
		if t.kind != tWord {
			continue
		}
		if isReportVerb(t.low) || a.pastVerb(k) || opensClause(t.low) {
			return cueNone
		}
		switch t.low {
		case "will", "shall", "ll", "plans", "plan", "intends", "intend", "scheduled", "slated":
			return cueWill
		}
	}
	return cueNone
}

// pastRightAfter reports a past-tense verb among the two words right after
// the date at j in sentence s ("for Saturday was canceled").
func (a *analysis) pastRightAfter(j int, s int32) bool {
	for k, n := j, 0; k < len(a.p.t) && n < 2 && a.seg.sent[k] == s; k++ {
		if a.p.t[k].kind != tWord {
			return false
		}
		if a.pastVerb(k) {
			return true
		}
		n++
	}
	return false
}

// isIntention reports past verbs of decision that, before "to" and a verb,
// report a plan: "decided to", "agreed to", "voted to".
func isIntention(w string) bool {
	switch w {
	case "decided", "agreed", "voted", "promised", "pledged", "vowed", "offered", "threatened", "resolved", "undertook":
		return true
	}
	return false
}

// opensClause reports words that open a new clause.
func opensClause(w string) bool {
	return w == "that" || w == "which" || w == "who" || w == "because" || w == "but" || w == "while" || w == "when"
}

// pastCurrent reports whether e is the current week, month or year
// ("this month", "this year") told in a past-tense clause with no forward
// cue, resolved to r around the anchor ad: the event lies between the
// period's start and the anchor, as "earlier this month" says outright.
func (a *analysis) pastCurrent(e *expr, ad date, r *resolved) bool {
	if a.p.t[e.s].low != "this" || e.form != fRel || e.n != 0 || e.mod != modNone || (e.u != uWeek && e.u != uMonth && e.u != uYear) ||
		r.kind != pipeline.KindDate || !r.iv.Known() || ad.IsZero() || !ad.Before(r.iv.End) || ad.Before(r.iv.Start) {
		return false
	}
	if !a.pastClause(e.s, e.e) || isForward(a.cueFor(e)) || a.anticipates(e.s) {
		return false
	}
	// "set it as a task to raise output this year": a goal in an
	// infinitive may lie anywhere in the period ("sent to Nampho this
	// month" and "to the border" are no infinitives).
	s := a.seg.sent[e.s]
	for k := e.s - 1; k >= 1 && k >= e.s-12 && a.seg.sent[k] == s; k-- {
		if t := a.p.t[k]; t.low == ";" || t.low == ":" || t.kind == tWord && opensClause(t.low) {
			break
		}
		if a.p.t[k-1].low == "to" && a.p.t[k].kind == tWord && !a.p.t[k].cap && !isDeterminer(a.p.t[k].low) {
			return false
		}
	}
	return true
}

// maxAnticipation is how many tokens before a date an anticipating phrase
// ("in the lead-up to", "ahead of") may stand.
const maxAnticipation = 10

// anticipates reports whether the date at token i is the goal of an
// anticipating phrase of its sentence — "ahead of", "in the lead-up to",
// "in the run-up to", "in preparation for", "in time for", "the countdown
// to" — with no clause break between: the events told happen before it, so
// it may lie after the report even in a past-tense sentence ("tightened
// patrols in the lead-up to Party Foundation Day on Oct. 10").
func (a *analysis) anticipates(i int) bool {
	if i <= 0 || i >= len(a.p.t) {
		return false
	}
	s := a.seg.sent[i]
	for k := i - 1; k >= 1 && k >= i-maxAnticipation && a.seg.sent[k] == s; k-- {
		t := a.p.t[k]
		if t.low == ";" || t.low == ":" || t.kind == tWord && opensClause(t.low) {
			return false
		}
		prev := a.p.t[k-1].low
		switch t.low {
		case "of":
			if prev == "ahead" {
				return true
			}
		case "to":
			if prev == "leadup" || prev == "runup" || prev == "countdown" ||
				prev == "up" && k >= 3 && isDash(a.p.t[k-2]) && (a.p.t[k-3].low == "lead" || a.p.t[k-3].low == "run") {
				return true
			}
		case "for":
			if prev == "preparation" || prev == "preparations" || prev == "time" && k >= 2 && a.p.t[k-2].low == "in" {
				return true
			}
		}
	}
	return false
}

// isPastPlan reports words that, before a forward cue, put the plan in the
// past: "was scheduled", "had been expected", "previously planned".
func isPastPlan(w string) bool {
	return w == "was" || w == "were" || w == "been" || w == "had" || w == "previously" || w == "originally"
}

// isModal reports present-tense modals, which make the verb of their clause
// non-past.
func isModal(w string) bool {
	return w == "may" || w == "might" || w == "can" || w == "must" || w == "should"
}

// pastWord reports whether token k is a past-tense verb or a past marker in
// its clause (has, since, ago). A word in -ed after an article, a form of
// "be" or "to" is an adjective or a passive ("an unspecified date", "is
// expected", "to be paid"), not a past tense.
func (a *analysis) pastWord(k int) bool {
	switch a.p.t[k].low {
	case "has", "have", "since", "ago", "earlier", "previously", "former", "formerly", "already":
		return true
	}
	return a.pastVerb(k)
}

// pastVerb reports whether token k is a past-tense verb: isPastMarker
// without the adjectives and passives in -ed (see pastWord).
func (a *analysis) pastVerb(k int) bool {
	w := a.p.t[k].low
	if !isPastMarker(w) {
		return false
	}
	if k > 0 && (a.p.t[k-1].low == "be" || a.p.t[k-1].low == "being") {
		return false // "would still be held", "is being sent": a passive
	}
	if k > 0 && w != "was" && w != "were" && w != "had" && w != "did" {
		// participles too: "the case is heard in May", "its paid staff"
		switch a.p.t[k-1].low {
		case "a", "an", "the", "still", "be", "is", "are", "being", "to", "will", "would", "its",
			"their", "his", "her", "this", "these", "newly", "not", "yet":
			return false
		}
	}
	if invariantPast(w) {
		// "shut", "hit" are the present too: not after a modal, an
		// auxiliary, a habit adverb or a verb of staying ("may burst",
		// "usually hit", "stays shut"), one word skipped
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if presentCues[a.p.t[j].low] {
				return false
			}
		}
	}
	return true
}

// presentCues before an invariant past form ("shut", "hit") make it the
// present or an infinitive.
var presentCues = map[string]bool{
	"can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "shall": true,
	"will": true, "would": true, "do": true, "does": true, "don": true, "doesn": true, "often": true,
	"usually": true, "typically": true, "always": true, "never": true, "sometimes": true, "normally": true,
	"generally": true, "regularly": true, "stay": true, "stays": true, "remain": true, "remains": true,
	"keep": true, "keeps": true, "kept": true, "to": true, "if": true, "that": true,
}

// needsTo reports forward cues that are also comparative adjectives ("than expected").
func needsTo(w string) bool {
	switch w {
	case "expected", "expects", "expect", "plans", "plan", "planned", "planning", "intends", "intend":
		return true
	}
	return false
}

// isDeadlineWord reports prepositions that are forward cues only right before the date.
// pastTelling reports a reporting verb in the past tense ("said", "told
// reporters" aside: the verb itself).
func pastTelling(w string) bool {
	switch w {
	case "said", "told", "reported", "stated", "added", "announced", "noted", "claimed", "confirmed", "wrote":
		return true
	}
	return false
}

func isDeadlineWord(w string) bool {
	return w == "by" || w == "until" || w == "till" || w == "through"
}

// postponedTo reports a postponement to the date after the deadline word
// at k: a verb of putting off (postponed, delayed, extended, …) at most six
// words before it in its clause ("postponed until Tuesday morning any
// action", "delayed the vote until Friday") names a day still ahead, the
// first on or after the anchor (cueStrong) — unless the postponement is
// itself told in the past perfect or passive past ("had been postponed
// until Tuesday", "was delayed until Friday": cuePastPlan, the nearer
// reading). Without such a verb the deadline word stays a weak cue.
func (a *analysis) postponedTo(k int, s int32) int {
	if a.p.t[k].low == "through" {
		return cueNone
	}
	for v := k - 1; v >= 0 && v >= k-6 && a.seg.sent[v] == s; v-- {
		t := a.p.t[v]
		if t.kind == tPunct || opensClause(t.low) {
			return cueNone
		}
		if !isPostponement(t.low) {
			continue
		}
		if v > 0 && isPastPlan(a.p.t[v-1].low) {
			return cuePastPlan
		}
		return cueStrong
	}
	return cueNone
}

// tookEffect reports the past forms before "effect" (w1 right before it,
// w2 before that): "took effect", "came into effect", "went into effect".
func tookEffect(w1, w2 string) bool {
	return w1 == "took" || w1 == "into" && (w2 == "came" || w2 == "went" || w2 == "put")
}

// isPostponement reports verbs that move a date later.
func isPostponement(w string) bool {
	switch w {
	case "postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred", "defer", "adjourned",
		"adjourn", "extended", "extend", "extends", "rescheduled", "reschedule":
		return true
	}
	return false
}

// framing reports whether the expression at e frames its passage: it opens
// its sentence ("On Mar. 27, …") or dates an attribution ("told X on Feb. 17").
func (a *analysis) framing(e *expr) bool { return a.frameKind(e) != frameNone }

// Kinds of frame (see framing).
const (
	frameNone   = iota
	frameOpens  // the date opens its sentence: "On Mar. 27, …"
	frameReport // the date of an attribution: "told Daily NK on Feb. 17"
)

// frameKind says whether and how e frames its passage (see framing).
func (a *analysis) frameKind(e *expr) int {
	s := a.seg.sent[e.s]
	opens := true
	for k := e.s - 1; k >= 0 && a.seg.sent[k] == s; k-- {
		t := a.p.t[k]
		if t.kind == tPunct || (t.kind == tWord && t.low == "on") {
			continue
		}
		opens = false
		break
	}
	if opens {
		return frameOpens
	}
	// Attribution: told Daily NK on Feb. 17 / told RFA's Korean Service Dec. 5 / said Monday:
	// a reporting verb shortly before, no new clause between, and the date closes the clause.
	for k := e.s - 1; k >= 0 && k >= e.s-8 && a.seg.sent[k] == s; k-- {
		t := a.p.t[k]
		if t.kind == tWord && isReportVerb(t.low) {
			break
		}
		switch t.low {
		case "that", "which", "who", "when", "if", "whether", "and", "but", ",", ";", ":":
			return frameNone
		}
	}
	found := false
	for k := e.s - 1; k >= 0 && k >= e.s-8 && a.seg.sent[k] == s; k-- {
		if t := a.p.t[k]; t.kind == tWord && isReportVerb(t.low) {
			found = true
			break
		}
	}
	if !found {
		return frameNone
	}
	// The date closes the clause.
	if e.e >= len(a.p.t) || a.seg.sent[e.e] != s {
		return frameReport
	}
	n := a.p.t[e.e]
	if n.kind == tPunct && (n.low == "." || n.low == "," || n.low == ";" || n.low == ")") || n.low == "that" {
		return frameReport
	}
	return frameNone
}

// mentions resolves the scanned expressions against ref.
func (a *analysis) mentions(ref pipeline.DocDate) []pipeline.DateMention {
	base := anchorRef{d: ref.Date, kind: pipeline.AnchorDCT, inferred: ref.Basis == pipeline.BasisInferred}
	if ref.Date.IsZero() {
		base = anchorRef{kind: pipeline.AnchorNone}
	}
	// A digest of wire items, each under its own dateline, anchors each
	// item on its dateline's day (found with the document date, or here
	// for a date given by the caller).
	if !a.secsDone {
		a.secs, a.secsDone = a.sectionDatelines(ref.Date, maxSectionMeta), true
	}
	secs := a.secs
	dct := base
	res := a.res[:0]
	if n := len(a.exprs); cap(res) >= n {
		res = res[:n]
		clear(res)
	} else {
		res = make([]resolved, n)
	}
	a.res = res
	done := make([]bool, len(a.exprs))
	// waits marks a month or day left to pass 2 because the month it may
	// follow ("in August that year") is resolved there (see followsDay).
	waits := make([]bool, len(a.exprs))
	type frame struct {
		idx  int
		day  date
		sent int32
		para int32
		// report: the date of an attribution ("told Daily NK on Feb. 17"),
		// not one opening its sentence.
		report bool
		// weekdays: a weekday of attribution ("KCNA reported Thursday")
		// moves only the weekdays of its sentence; news counts "today",
		// "tomorrow" and "last week" from the DCT even after "said Sunday".
		weekdays bool
	}
	var frames []frame
	// story: the latest month (with its year) the text has told; see
	// storyYear.
	var story date
	// Pass 1: expressions that only borrow a year from the DCT, or none.
	for i := range a.exprs {
		e := &a.exprs[i]
		dct = sectionAnchor(base, secs, e.s)
		if e.form == fWeekday && e.tod == "" && e.clock == "" && !dct.d.IsZero() && a.frameKind(e) == frameReport {
			// "…, KCNA reported Thursday": the report's day, counted from
			// the DCT, frames its sentence like "told Daily NK on Feb. 17"
			// (so "visited the site on Wednesday, KCNA reported Thursday"
			// is the Wednesday before that Thursday).
			res[i] = a.onDCT(e, dct)
			done[i] = true
			if res[i].iv.Known() && res[i].iv.Precision == pipeline.PrecisionDay && res[i].iv.Start.Before(dct.d) {
				frames = append(frames, frame{idx: i, day: res[i].iv.Start, sent: a.seg.sent[e.s], para: a.seg.para[e.s], report: true, weekdays: true})
			}
			continue
		}
		if a.deictic(e) {
			// "Now I live in Seoul", "Last month I visited Dandong": the
			// text is back at the report's time; the story has ended ("two
			// weeks later" goes on with it).
			story = date{}
		}
		if e.relativeToAnchor() || e.form == fFiscal || e.form == fRange && (e.first.relativeToAnchor() || e.second.relativeToAnchor()) {
			continue // pass 2
		}
		if e.form == fCal && e.yGiven && !isForward(a.forwardCue(e.s, e.e)) {
			// (a year alone starts a story of that year: "I reached Seoul
			// in 2022. In May I found a job")
			story = date{}
			if a.storyStart(e) {
				story = date{Year: e.y, Month: max(e.m, 1), Day: 1}
			}
		}
		if a.sentenceAnaphor(i) >= 0 {
			continue // pass 2, after the year "that spring" points at
		}
		if y, ok := a.storyYear(e, story, dct); ok {
			res[i] = inYear(e, y)
			done[i] = true
			continue
		}
		if y, ok := a.sentenceYear(i, dct); ok {
			// "In 2019, the police arrested him in March", "Last year,
			// China sent back 50 people in July", "In January 2017 they
			// reached Thailand, and in March …": a month (and day)
			// without its year, after a year its sentence opens with, is
			// in that year.
			res[i] = inYear(e, y)
		} else if y, ok := a.followsDay(i, res, done, dct); ok {
			// "On April 5, 2009, the North launched a rocket. … Pyongyang
			// announced on April 14 that it was leaving the talks": a day
			// a few weeks after the date told just before it, in an
			// earlier year, is in that year.
			res[i] = inYear(e, y)
		} else if a.followsPending(i, done, waits) {
			waits[i] = true
			continue // pass 2, after the month it may follow
		} else {
			res[i] = a.onDCT(e, dct)
		}
		done[i] = true
		if e.form == fCal && res[i].iv.Known() && res[i].iv.Precision == pipeline.PrecisionDay && (dct.d.IsZero() || res[i].iv.Start.Before(dct.d)) {
			if fk := a.frameKind(e); fk != frameNone {
				frames = append(frames, frame{idx: i, day: res[i].iv.Start, sent: a.seg.sent[e.s], para: a.seg.para[e.s], report: fk == frameReport})
			}
		}
	}
	// Pass 2: relative expressions, with narrative anchors.
	var lastDay, lastAny, lastAnyEnd, lastMonth date
	lastDayPara, lastMonthPara := int32(-9), int32(-9)
	lastDaySent := int32(-1)
	// lastAnyMonth: the latest date told was one month, told after the
	// latest day ("last October when he was shot … that same day").
	lastAnyMonth := false
	// The latest month, season or year told after the latest day ("He
	// defected in 2019 and arrived a year later"), for "N years later".
	var lastCoarse date
	lastCoarsePrec := pipeline.PrecisionUnknown
	lastQuarter, lastQuarterPara := "", int32(-9)
	fp := 0
	for i := range a.exprs {
		e := &a.exprs[i]
		if e.lapseOnly == 1 {
			continue // pass 3: "a day after it launched" needs its sentence's day
		}
		dct = sectionAnchor(base, secs, e.s)
		if waits[i] {
			// "in August that year … at the end of October": the month is
			// told now; as in pass 1 otherwise.
			if y, ok := a.followsDay(i, res, done, dct); ok {
				res[i] = inYear(e, y)
			} else {
				res[i] = a.onDCT(e, dct)
			}
			done[i] = true
		}
		if y, ok := a.lapseApposition(i, res); ok {
			// "Two weeks later, on 28 August, I arrived": the date the
			// lapse names again, in the year it counted to.
			res[i] = inYear(e, y)
			done[i] = true
		}
		if x := a.sentenceAnaphor(i); x >= 0 && !done[i] {
			// "when COVID-19 broke out in Dandong that spring, the city was
			// locked down from April 25": the month and day are in the
			// year the anaphor points at, as "on April 25 that year" is;
			// with nothing told before it, in the report's.
			if iv := res[x].iv; iv.Known() {
				y := iv.Start.Year
				if iv.End.Year != y && e.m < iv.Start.Month {
					y = iv.End.Year // "that winter … on Jan. 5"
				}
				res[i] = inYear(e, y)
				res[i].at = iv.Start
			} else {
				res[i] = a.onDCT(e, dct)
			}
			done[i] = true
		}
		if !done[i] && e.form == fFiscal {
			// Reporting periods count from the DCT and the quarter the text reports on.
			res[i] = resolveFiscal(e, dct, lastQuarter)
			res[i].at = dct.d
			done[i] = true
		}
		if !done[i] {
			anc := dct
			s, p := a.seg.sent[e.s], a.seg.para[e.s]
			// Frames are in text order: fp is the first frame after expression i.
			for fp < len(frames) && frames[fp].idx < i {
				fp++
			}
			best := -1
			switch {
			case fp > 0 && frames[fp-1].sent == s:
				best = fp - 1 // same sentence, nearest before
			case fp < len(frames) && frames[fp].sent == s:
				best = fp // same sentence, after ("…," a resident told RFA Dec. 5)
			case fp > 0 && (frames[fp-1].para == p || frames[fp-1].para == p-1) && e.form != fWeekday && !frames[fp-1].weekdays:
				// Weekdays name days near the DCT; only a frame in their own sentence moves them.
				best = fp - 1
			}
			if best >= 0 && frames[best].weekdays && e.form != fWeekday {
				best = -1
			}
			if best >= 0 && !frames[best].report && (e.isMonthDay() || e.form == fRange && e.first.isMonthDay()) {
				// "On the 1st, a meeting was held. On the 2nd, …": an event
				// date frames relative words, but a day of the month names
				// its day by itself (the month comes from the passage or the
				// DCT); only a report date bounds it ("told … on Feb. 17").
				best = -1
			}
			if best >= 0 {
				anc = anchorRef{d: frames[best].day, kind: pipeline.AnchorNarrative}
			}
			if e.form == fAgo && (e.n < 0 || e.nHi < 0) && (best < 0 || frames[best].sent != s && !lastCoarse.IsZero()) {
				// "three days later" counts from the event told before it, never
				// from the DCT: from the latest day mentioned, else it is only
				// a length of time (TimeML annotates it as a duration).
				from := lastDay
				if !lastCoarse.IsZero() {
					// "in 2019 … a year later", "in March … two months later";
					// but "In March 2013 … Eleven days later" names no day
					// (the day told before it, a byline's, is not the one meant).
					from = date{}
					if laterFrom(e.u, lastCoarsePrec) {
						from = lastCoarse
					}
				}
				if from.IsZero() {
					res[i] = resolved{kind: pipeline.KindDuration, value: e.dur, anchor: pipeline.AnchorNone}
					done[i] = true
					continue
				}
				anc = anchorRef{d: from, kind: pipeline.AnchorNarrative}
			}
			if e.narr && !lastDay.IsZero() && (e.clock == "" || p-lastDayPara <= 1) {
				// "the previous Friday" (before the latest day mentioned, like
				// "the day before"), "earlier in the day" (on it); "at 10
				// p.m." (on it, when that day was told in this paragraph or
				// the one before).
				anc = anchorRef{d: lastDay, kind: pipeline.AnchorNarrative}
			}
			if e.ofYear != 0 {
				// "In August of that year": the year of the latest date told
				// (the next or the one before), else unknown.
				y := 0
				if !lastAny.IsZero() {
					y = lastAny.Year + [...]int{0, 0, 1, -1}[e.ofYear]
				}
				r := ofYearDate(e, y, lastAny)
				res[i], done[i] = r, true
			}
			if e.narrMonth() && !lastAny.IsZero() {
				// "In October 2019 he was arrested. The following January,
				// he was sentenced": January 2020.
				y := lastAnyEnd.Year
				if e.n > 0 && e.m <= lastAnyEnd.Month {
					y++
				}
				if e.n < 0 {
					y = lastAny.Year
					if e.m >= lastAny.Month {
						y--
					}
				}
				res[i] = resolved{kind: pipeline.KindDate, value: fmtMonth(y, e.m), iv: monthIv(y, e.m), anchor: pipeline.AnchorNarrative, at: lastAny}
				done[i] = true
			}
			ld := date{}
			if e.form == fAnaphor {
				ld = lastDay
				if e.u != uDay && !lastAny.IsZero() {
					// "that year", "the following month" point at any earlier date.
					ld = lastAny
				}
			}
			// A report date in the named month decides by itself ("told Daily
			// NK on Feb. 17 that guards were punished on the 20th": a past 20th
			// reported on Feb. 17 is Jan. 20, not three days after the telling).
			frameInMonth := best >= 0 && frames[best].report && anc.d.Year == lastMonth.Year && anc.d.Month == lastMonth.Month
			if (e.isMonthDay() || e.form == fRange && e.first.isMonthDay()) && !lastMonth.IsZero() && p == lastMonthPara && !frameInMonth &&
				(dct.d.IsZero() || lastMonth.Year != dct.d.Year || lastMonth.Month != dct.d.Month) && (dct.d.IsZero() || lastMonth.Before(dct.d) || !a.pastClause(e.s, e.e)) {
				// "In March, … Traders were fined on the 23rd": the day is
				// in the month the passage has just named — or, before the
				// part of it named, in the month after ("in late February …
				// On the 2nd" goes on into March).
				day := e.d
				if e.form == fRange {
					day = e.first.d
				}
				y, m := lastMonth.Year, lastMonth.Month
				if day < lastMonth.Day {
					next := pipeline.MakeDate(y, m+1, 1)
					y, m = next.Year, next.Month
				}
				if c, ok := inMonth(e, y, m); ok && !isStrong(a.cueFor(e)) && (dct.d.IsZero() || !dct.d.Before(date{Year: y, Month: m, Day: day})) {
					// (a day of the month named, on or before the report's
					// day, points past nothing: "In July 2020, Kaesong was
					// locked down on the 26th" is no time ahead of July 1)
					r := resolve(&c, anc, date{}, cueNone)
					r.anchor, r.at, r.forward = pipeline.AnchorNarrative, date{}, false
					res[i], done[i] = r, true
				}
			}
			if !done[i] && e.form == fAnaphor && e.u == uDay && e.wdDir == 1 && e.n == 0 && lastAnyMonth {
				// "that day" after a month: a day of that month, unknown
				// which ("… was shot last October. His name was crossed
				// out that same day." is 1998-10-XX), not an older day.
				res[i] = resolved{kind: pipeline.KindDate, value: fmtMonth(lastAny.Year, lastAny.Month) + "-XX",
					iv: monthIv(lastAny.Year, lastAny.Month), anchor: pipeline.AnchorNarrative, at: lastAny}
				done[i] = true
			}
			if !done[i] {
				res[i] = resolve(e, anc, ld, a.cueFor(e))
				res[i].at = anc.d
				done[i] = true
				if a.pastCurrent(e, anc.d, &res[i]) {
					// "dispatched a team to Nampho this month": a past event
					// cannot lie after its anchor; the value stays the month.
					res[i].iv.End = anc.d
				}
			}
			if e.isMonthDay() && res[i].iv.Known() && res[i].iv.Precision == pipeline.PrecisionDay &&
				(dct.d.IsZero() || res[i].iv.Start.Before(dct.d)) && a.framing(e) {
				// "On the 5th, a source said …" frames its passage like
				// "On Mar. 27": insert it in text order (frames[fp] is the
				// first frame after expression i).
				fk := a.frameKind(e)
				frames = append(frames, frame{})
				copy(frames[fp+1:], frames[fp:])
				frames[fp] = frame{idx: i, day: res[i].iv.Start, sent: s, para: p, report: fk == frameReport}
			}
			// "a year earlier" next to quarterly figures means that quarter a year before (TimeML).
			if e.form == fAgo && e.u == uYear && e.n == 1 && (e.nHi == 0 || e.nHi == 1) && lastQuarter != "" && p-lastQuarterPara <= 1 {
				if y, q, ok := parseQuarter(lastQuarter); ok {
					res[i].value = fmtYear(y-1) + "-Q" + itoa(q)
					res[i].iv = quarterIv(y-1, q)
				}
			}
		}
		// The quarter the text reports on: the latest one named that had ended
		// by the DCT ("the third quarter", "this year's third quarter"), not a
		// forecast ("the third quarter of 1990") nor a comparison ("the 1988 period").
		if (e.form == fQuarter || e.form == fFiscal && !e.yearAgo && !e.yGiven && e.half == 0) && res[i].iv.Known() &&
			res[i].iv.Precision == pipeline.PrecisionSeason && (dct.d.IsZero() || res[i].iv.End.Before(dct.d)) {
			lastQuarter, lastQuarterPara = res[i].value, a.seg.para[e.s]
		}
		// ("told Daily NK on Wednesday" dates the telling, not the story:
		// "Two days later" counts from the event told before it)
		telling := e.form == fWeekday && res[i].iv.Precision == pipeline.PrecisionDay && !lastDay.IsZero() && a.frameKind(e) == frameReport
		// (nor does a clock time alone that sits on the report's day by
		// default: "fired at 7:10 a.m. Two days later, …")
		if res[i].kind == pipeline.KindDate && res[i].iv.Known() && !telling && !clockOnDCT(e, res[i]) {
			if res[i].iv.Precision == pipeline.PrecisionDay && !strings.HasSuffix(res[i].value, "_REF") {
				// ("now" in a quote names no day the story is at: "the
				// following day" after it counts from the day told before)
				// (an earlier day its sentence goes back to after "after"
				// does not move the story: "locked down Kaesong on July 24,
				// after a man … returned on July 19. … the following day")
				// (nor does a day looked ahead to: "said on Oct. 12 that
				// it would hold talks on Oct. 30. The next day, …")
				if !(a.seg.sent[e.s] == lastDaySent && res[i].iv.Start.Before(lastDay) && a.afterClause(e.s)) {
					if cue := a.cueFor(e); !isStrong(cue) && cue != cuePastPlan {
						lastDay, lastDayPara, lastDaySent = res[i].iv.Start, a.seg.para[e.s], a.seg.sent[e.s]
					}
				}
				lastCoarse, lastCoarsePrec = date{}, pipeline.PrecisionUnknown
			} else if e.form != fRef && e.form != fRange && precRank(res[i].iv.Precision) <= precRank(pipeline.PrecisionYear) &&
				res[i].iv.Start.Year == res[i].iv.End.Year {
				lastCoarse, lastCoarsePrec = res[i].iv.Start, res[i].iv.Precision
			}
			if e.form != fRef {
				lastAny, lastAnyEnd = res[i].iv.Start, res[i].iv.End
				iv := res[i].iv
				lastAnyMonth = iv.Precision == pipeline.PrecisionMonth && iv.Start.Year == iv.End.Year && iv.Start.Month == iv.End.Month &&
					iv.Start.Day == 1 && iv.End == iv.Start.EndOfMonth()
			}
			if e.form != fRef && e.form != fAnaphor && !e.isMonthDay() && !(e.form == fRange && e.first.isMonthDay()) && precRank(res[i].iv.Precision) <= precRank(pipeline.PrecisionMonth) &&
				res[i].iv.Start.Year == res[i].iv.End.Year && res[i].iv.Start.Month == res[i].iv.End.Month {
				// The month the passage is in, for "on the 5th".
				lastMonth, lastMonthPara = res[i].iv.Start, a.seg.para[e.s]
			}
		}
	}
	// Pass 3: "…, a day after it launched …" dates the event after the
	// phrase from a day of its sentence; it moves no narrative anchor.
	for i := range a.exprs {
		if a.exprs[i].lapseOnly == 0 {
			continue
		}
		if d, ok := a.lapseAnchor(i, res, done); ok {
			d = d.AddDays(int(a.exprs[i].lapseBy))
			res[i] = resolved{kind: pipeline.KindDate, value: fmtDay(d), iv: dayIv(d), anchor: pipeline.AnchorNarrative}
			done[i] = true
		} else if dur := a.exprs[i].first; a.exprs[i].lapseOnly == 1 && dur != nil {
			// No day to count from: the count alone, a length of time (the
			// expression, this text's own, becomes that reading).
			a.exprs[i] = *dur
			res[i] = resolve(&a.exprs[i], sectionAnchor(base, secs, a.exprs[i].s), date{}, cueNone)
			done[i] = true
		}
	}
	out := make([]pipeline.DateMention, 0, len(a.exprs))
	for i := range a.exprs {
		e := &a.exprs[i]
		if !done[i] {
			continue // a lapse whose sentence names no day
		}
		r := res[i]
		if r.iv.Known() && (r.anchor == pipeline.AnchorDCT || r.anchor == pipeline.AnchorNarrative) && !r.at.IsZero() {
			// Forward: the expression points past its anchor.
			r.forward = r.at.Before(r.iv.Start)
		}
		s, en := int(a.p.t[e.s].start), int(a.p.t[e.e-1].end)
		m := pipeline.DateMention{
			Span:      pipeline.Span{Start: s, End: en},
			Text:      a.p.text[s:en],
			Kind:      r.kind,
			Value:     r.value,
			Interval:  r.iv,
			Anchor:    r.anchor,
			Ambiguous: r.amb,
			Forward:   r.forward,
		}
		if r.amb {
			m.Alternatives = r.alts
		}
		if m.Kind != pipeline.KindDate {
			m.Interval, m.Anchor = pipeline.Interval{}, pipeline.AnchorNone
		} else if !m.Interval.Known() {
			m.Interval = pipeline.Interval{Precision: pipeline.PrecisionUnknown}
		}
		out = append(out, m)
	}
	// The scanner emits expressions left to right without overlap, so out is
	// already sorted by Start; the check keeps that a guarantee.
	if !sort.SliceIsSorted(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start }) {
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Span.Start != out[j].Span.Start {
				return out[i].Span.Start < out[j].Span.Start
			}
			return out[i].Span.End < out[j].Span.End
		})
	}
	return out
}

// deictic is expr.deictic for an expression of the text: "two weeks
// ago" counts from the report, "two weeks later" (fAgo too) from the
// story.
func (a *analysis) deictic(e *expr) bool {
	return e.deictic() && (e.form != fAgo || a.p.t[e.e-1].low == "ago")
}

// lapseApposition reports a month or a day without its year (expression
// i) that names again the time a narrative lapse just before it counted to
// ("Two weeks later, on 28 August, …", "A month later, in September"), and
// returns the year that puts it nearest that time: the DCT's year, a past
// or a coming one, says nothing there.
func (a *analysis) lapseApposition(i int, res []resolved) (int, bool) {
	if i == 0 {
		return 0, false
	}
	e, l := &a.exprs[i], &a.exprs[i-1]
	if e.form != fCal || e.yGiven || e.m == 0 || e.hasRel || l.form != fAgo || a.deictic(l) ||
		res[i-1].anchor != pipeline.AnchorNarrative || !res[i-1].iv.Known() {
		return 0, false
	}
	k := l.e
	if !a.p.punct(k, ",") {
		return 0, false
	}
	if a.p.is(k+1, "on") || a.p.is(k+1, "in") {
		k++
	}
	if k+1 != e.s {
		return 0, false
	}
	iv := res[i-1].iv
	later := l.n < 0 // "later" counts forward, "earlier" back
	best, bestGap := 0, 0
	for y := iv.Start.Year - 1; y <= iv.End.Year+1; y++ {
		c := *e
		c.y, c.yGiven = y, true
		r := resolve(&c, anchorRef{d: iv.Start, kind: pipeline.AnchorNarrative}, date{}, cueNone)
		if !r.iv.Known() {
			return 0, false
		}
		if later && r.iv.End.Before(iv.Start) || !later && iv.End.Before(r.iv.Start) {
			continue // "A month later, in September" is no September before
		}
		gap := 0
		switch {
		case r.iv.End.Before(iv.Start):
			gap = r.iv.End.DaysUntil(iv.Start)
		case iv.End.Before(r.iv.Start):
			gap = iv.End.DaysUntil(r.iv.Start)
		}
		if best == 0 || gap < bestGap {
			best, bestGap = y, gap
		}
	}
	return best, best != 0
}

// lapseAnchor returns the day that lapse expression i counts from: after a
// comma ("fired on Thursday, a day after it launched"), the nearest day
// told before it in the sentence; right after a day ("fired Thursday a day
// after"), that day; opening the sentence ("A day after the launch, it
// fired again on Thursday"), the first day after a comma that follows it.
// Only adverbs ("just", "only") may stand between. Days from other lapses
// do not count.
func (a *analysis) lapseAnchor(i int, res []resolved, done []bool) (date, bool) {
	e := &a.exprs[i]
	s := a.seg.sent[e.s]
	dayOf := func(j int) (date, bool) {
		x, r := &a.exprs[j], &res[j]
		if !done[j] || x.lapseOnly != 0 || r.kind != pipeline.KindDate || !r.iv.Known() ||
			r.iv.Precision != pipeline.PrecisionDay || r.iv.Start != r.iv.End {
			return date{}, false
		}
		if clockOnDCT(x, *r) {
			return date{}, false // "at 6 a.m. ten days before the shooting"
		}
		return r.iv.Start, true
	}
	k := e.s - 1
	for k >= 0 && a.seg.sent[k] == s && isLapseAdverb(a.p.t[k].low) {
		k--
	}
	switch {
	case k >= 0 && a.seg.sent[k] == s && a.p.t[k].low == ",":
		for j := i - 1; j >= 0 && a.seg.sent[a.exprs[j].s] == s; j-- {
			if d, ok := dayOf(j); ok {
				return d, true
			}
		}
	case k >= 0 && a.seg.sent[k] == s:
		if i > 0 && a.exprs[i-1].e-1 == k {
			return dayOf(i - 1)
		}
	default:
		comma := false
		from := e.e
		for j := i + 1; j < len(a.exprs) && a.seg.sent[a.exprs[j].s] == s; j++ {
			for t := from; t < a.exprs[j].s; t++ {
				comma = comma || a.p.t[t].low == ","
			}
			from = a.exprs[j].e
			if d, ok := dayOf(j); ok && comma {
				return d, true
			}
		}
	}
	return date{}, false
}

// sentenceYear returns the year a month without its year (expression i)
// takes from its sentence: that of the nearest date before it, when that
// date is a year alone opening the sentence ("In 2019, …", "Last year, …")
// and i is told in the past with no forward cue (other months without a
// year may stand between: "… in March and executed in May"); false when
// another date stands between or the sentence names none.
func (a *analysis) sentenceYear(i int, dct anchorRef) (int, bool) {
	e := &a.exprs[i]
	if e.form != fCal || e.yGiven || e.m == 0 || e.hasRel || e.n != 0 || a.cueFor(e) != cueNone || !a.pastClause(e.s, e.e) {
		return 0, false
	}
	s := a.seg.sent[e.s]
	if a.forwardAfter(e) {
		return 0, false // "in March he will be tried"
	}
	for j := i - 1; j >= 0 && a.seg.sent[a.exprs[j].s] == s; j-- {
		x := &a.exprs[j]
		switch {
		case x.form == fDuration || x.form == fSet:
			continue
		case x.form == fCal && !x.yGiven && x.m != 0 && !x.hasRel:
			continue // "In 2015 he was repatriated in March and executed in May"
		case !a.opensSentence(x.s) && !(x.form == fCal && x.yGiven && x.m == 0 && a.inWhenClause(a.whenAfter(x.e), e.s)):
			// "One of the brokers arrested last year was sentenced in
			// January": a year inside the sentence may date only its
			// own phrase, and the clause "when" opens after it ("in 2020
			// as well, when … closed the markets for most of September")
			return 0, false
		case x.form == fCal && x.yGiven && x.m == 0 && x.d == 0 && x.mod == modNone && !isForward(a.forwardCue(x.s, x.e)):
			return x.y, true
		case x.form == fCal && x.yGiven && x.m != 0 && x.mod == modNone && !isForward(a.forwardCue(x.s, x.e)) &&
			(e.m > x.m || e.m == x.m && e.d >= x.d):
			// "In January 2017 they reached Thailand, and in March she
			// landed in Seoul": a later month of the year its sentence
			// opened with (an earlier one is left to the report's date)
			return x.y, true
		case x.form == fRel && x.u == uYear && x.n == -1 && x.wdDir == 0 && x.mod == modNone && !dct.d.IsZero():
			return dct.d.Year - 1, true
		}
		return 0, false
	}
	return 0, false
}

// onDCT resolves e on the DCT with the cue its sentence gives it, as
// expressions no narrative takes in are.
func (a *analysis) onDCT(e *expr, dct anchorRef) resolved {
	r := resolve(e, dct, date{}, a.cueFor(e))
	r.at = dct.d
	return r
}

// inYear resolves e, a month or day without its year, in year y (anchor
// narrative): the year a story, a sentence or an anaphor puts it in.
func inYear(e *expr, y int) resolved {
	anc := anchorRef{d: date{Year: y, Month: 12, Day: 31}, kind: pipeline.AnchorNarrative}
	r := resolve(e, anc, date{}, cueNone)
	r.at = anc.d
	return r
}

// followsDay returns the year of the date told right before expression i
// in an earlier sentence of its paragraph when i is a past month, or month
// and day, without a year or a cue of its own that falls, in that year,
// within datelineWindow days after that day, and that year is before the
// DCT's: a passage that recounts an earlier year goes on in it ("On April
// 5, 2009, … Pyongyang announced on April 14"). After a month the passage
// is told in ("in September 2023, when … . He met Putin on September 13";
// "in August that year … at the end of October") the window is a season
// (seasonWindow). A date further on, or after a month that names a thing
// ("the August 1988 cease-fire … Iraq's invasion of Kuwait on Aug. 2" in a
// report of August 1990), is left to the DCT.
func (a *analysis) followsDay(i int, res []resolved, done []bool, dct anchorRef) (int, bool) {
	e := &a.exprs[i]
	if dct.d.IsZero() || e.form != fCal || e.yGiven || e.m == 0 || e.hasRel || e.n != 0 || e.ofYear != 0 ||
		a.cueFor(e) != cueNone || !a.pastClause(e.s, e.e) {
		return 0, false
	}
	for j := i - 1; j >= 0 && a.seg.para[a.exprs[j].s] == a.seg.para[e.s]; j-- {
		x := &a.exprs[j]
		if x.form == fDuration || x.form == fSet {
			continue
		}
		r := res[j]
		if !done[j] || r.kind != pipeline.KindDate || !r.iv.Known() || a.seg.sent[x.s] == a.seg.sent[e.s] { // (a list's days are its own: "Aug. 12 and 14")
			return 0, false
		}
		window := datelineWindow
		if r.iv.Precision != pipeline.PrecisionDay {
			// A month (or part of one) the passage is told in ("in
			// August that year", "at the end of October"), not one that
			// names a thing ("the August 1988 cease-fire") nor one
			// counted from the report's date ("in late January last
			// year, when …. In late February"): the story goes on for a
			// season after it.
			if !x.yGiven && r.anchor != pipeline.AnchorNarrative || r.iv.Start.Year != r.iv.End.Year || r.iv.Start.Month != r.iv.End.Month || !a.timePreposition(x.s) || a.deicticIn(a.seg.sent[e.s]) {
				return 0, false
			}
			window = seasonWindow
			if a.forwardAfter(e) {
				return 0, false // "In June, he is expected to visit Moscow"
			}
		}
		y := r.iv.Start.Year
		if y >= dct.d.Year || !validDay(y, e.m, max(e.d, 1)) {
			return 0, false
		}
		d := inYear(e, y).iv.Start
		if d.Before(r.iv.Start) || daysBetween(r.iv.End, d) > window {
			return 0, false
		}
		return y, true
	}
	return 0, false
}

// sentenceAnaphor returns the expression before i in its sentence that
// points at the year the story is in ("that spring", "that year", "the
// same year"), when i is a past month or day without a year and without a
// strong cue ahead ("when COVID-19 broke out in Dandong that spring, … from
// April 25"); else -1.
func (a *analysis) sentenceAnaphor(i int) int {
	e := &a.exprs[i]
	if e.form != fCal || e.yGiven || e.m == 0 || e.hasRel || e.n != 0 || e.ofYear != 0 || isStrong(a.cueFor(e)) || !a.pastClause(e.s, e.e) {
		return -1
	}
	if a.frameKind(e) == frameReport {
		return -1 // "…, activists said on March 5": the telling is the report's
	}
	s := a.seg.sent[e.s]
	for j := i - 1; j >= 0 && a.seg.sent[a.exprs[j].s] == s; j-- {
		x := &a.exprs[j]
		if !(x.ofYear == 1 && (x.form == fSeason || x.form == fCal && x.d == 0) || x.form == fAnaphor && x.u == uYear && x.n == 0) {
			continue
		}
		// Not the year of a relative clause about someone ("The defector,
		// who … left that same year, was arrested on March 5"), nor of a
		// possessive ("said that summer's floods were the worst, and on
		// Feb. 20 …"), nor a season the day lies outside ("that summer …
		// on Feb. 28").
		if a.relativeBefore(x.s) || a.p.possessiveAt(x.e) || x.form == fSeason && !inSeason(e.m, x.season) {
			return -1
		}
		return j
	}
	return -1
}

// relativeBefore reports "who", "whom", "whose" or "which" before token k
// in its sentence with no comma between: k stands in a relative clause.
func (a *analysis) relativeBefore(k int) bool {
	for j := k - 1; j >= 0 && a.seg.sent[j] == a.seg.sent[k]; j-- {
		switch a.p.t[j].low {
		case "who", "whom", "whose", "which":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// inSeason reports whether month m lies in season sz (1 spring … 4 winter,
// as the conventions of docs/dates.md bound them).
func inSeason(m time.Month, sz int) bool {
	switch sz {
	case 1:
		return m >= time.March && m <= time.May
	case 2:
		return m >= time.June && m <= time.August
	case 3:
		return m >= time.September && m <= time.November
	case 4:
		return m == time.December || m <= time.February
	}
	return false
}

// opensSentence reports whether token k opens its sentence, alone or after
// "in", "during" or "back in" ("In 2019, …", "Last year, …").
func (a *analysis) opensSentence(k int) bool {
	s := a.seg.sent[k]
	for j := k - 1; j >= 0 && a.seg.sent[j] == s; j-- {
		switch a.p.t[j].low {
		case "in", "during", "back":
			continue
		}
		return false
	}
	return true
}

// clockOnDCT reports a clock time alone ("at 6 a.m.") that no day told
// before it took in: it sits on the report's day only by default, so it is
// no day for a lapse or an anaphor to count from.
func clockOnDCT(e *expr, r resolved) bool {
	return e.narr && e.clock != "" && r.anchor == pipeline.AnchorDCT
}

// followsPending reports whether the date told right before expression i,
// in an earlier sentence of its paragraph, is a month of "that year" not
// resolved yet ("in August that year"), or a date waiting for one ("… at
// the end of October. … on Nov. 2"), which followsDay may take i's year
// from once it is.
func (a *analysis) followsPending(i int, done, waits []bool) bool {
	e := &a.exprs[i]
	if e.form != fCal || e.yGiven || e.m == 0 || e.hasRel || e.n != 0 || e.ofYear != 0 {
		return false
	}
	for j := i - 1; j >= 0 && a.seg.para[a.exprs[j].s] == a.seg.para[e.s]; j-- {
		x := &a.exprs[j]
		if x.form == fDuration || x.form == fSet {
			continue
		}
		return !done[j] && (waits[j] || x.form == fCal && x.ofYear == 1 && x.m != 0) && a.seg.sent[x.s] != a.seg.sent[e.s]
	}
	return false
}

// forwardAfter reports a cue that looks ahead after e in its sentence ("in
// March he will be tried", "In June, he is expected to visit").
func (a *analysis) forwardAfter(e *expr) bool {
	s := a.seg.sent[e.s]
	for k := e.e; k < len(a.p.t) && a.seg.sent[k] == s; k++ {
		if isForwardCue(a.p.t[k].low) || isWeakForwardCue(a.p.t[k].low) {
			return true
		}
	}
	return false
}

// deicticIn reports a date counted from the report's in sentence s ("this
// week", "on Monday", "two days ago"): the sentence is told from now ("In
// June, police arrested smugglers, a source told me this week").
func (a *analysis) deicticIn(s int32) bool {
	for i := range a.exprs {
		x := &a.exprs[i]
		if a.seg.sent[x.s] == s && (x.form == fRel || x.form == fWeekday || x.form == fAgo) {
			return true
		}
	}
	return false
}

// whenAfter returns the token of a "when" that opens a clause right after
// token k, save a comma and "as well" or "too" ("in 2020 as well, when"),
// else the end of the text.
func (a *analysis) whenAfter(k int) int {
	t := a.p.t
	for k < len(t) && (t[k].low == "as" || t[k].low == "well" || t[k].low == "too") {
		k++
	}
	if k+1 < len(t) && t[k].low == "," && t[k+1].low == "when" && a.seg.sent[k+1] == a.seg.sent[k] {
		return k + 1
	}
	return len(t)
}

// inWhenClause reports token k inside the clause "when" at w opens: no
// comma, semicolon or "but" between them ("since 2017, when it tested its
// sixth device, but imagery in January showed" leaves January out).
func (a *analysis) inWhenClause(w, k int) bool {
	if w >= k {
		return false
	}
	for j := w + 1; j < k; j++ {
		switch a.p.t[j].low {
		case ",", ";", "but":
			return false
		}
	}
	return true
}

// timePreposition reports a preposition before token k that makes the date
// there the time something is told at ("in August", "at the end of
// October"), not a modifier of a noun ("the August 1988 cease-fire").
func (a *analysis) timePreposition(k int) bool {
	if k == 0 {
		return false
	}
	switch a.p.t[k-1].low {
	case "in", "at", "during", "by":
		return true
	}
	return false
}

// isLapseAdverb reports adverbs that may stand before "a day after".
func isLapseAdverb(w string) bool {
	switch w {
	case "just", "only", "barely", "exactly", "nearly", "almost", "about", "some", "roughly", "merely":
		return true
	}
	return false
}

// laterFrom reports whether "N units later" can count from a date of
// precision prec: years from a year or finer, months from a month.
func laterFrom(u unit, prec pipeline.Precision) bool {
	switch u {
	case uYear, uDecade:
		return prec == pipeline.PrecisionYear || prec == pipeline.PrecisionSeason || prec == pipeline.PrecisionMonth
	case uMonth:
		return prec == pipeline.PrecisionMonth
	}
	return false
}

// parseQuarter reads "1989-Q3".
func parseQuarter(v string) (y, q int, ok bool) {
	if len(v) != 7 || v[4] != '-' || v[5] != 'Q' || v[6] < '1' || v[6] > '4' {
		return 0, 0, false
	}
	for k := 0; k < 4; k++ {
		if v[k] < '0' || v[k] > '9' {
			return 0, 0, false
		}
		y = y*10 + int(v[k]-'0')
	}
	return y, int(v[6] - '0'), true
}

func isOrdinalSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

// appendExpr appends e to out, doubling its capacity when full (append
// grows large slices by 1.25x, copying a 272-byte expr five times over in
// date-dense megabyte texts).
func appendExpr(out []expr, e expr) []expr {
	if len(out) == cap(out) {
		grown := make([]expr, len(out), 2*cap(out)+1)
		copy(grown, out)
		out = grown
	}
	return append(out, e)
}

// isWeekday reports a weekday's name, lower-cased.
func isWeekday(w string) bool {
	_, ok := weekdayOf(w)
	return ok
}

// isRecordNoun reports nouns of records a date after "from" dates ("imagery
// from March 3", "photos from Aug. 28"): when they were made, no open start.
func isRecordNoun(w string) bool {
	switch w {
	case "imagery", "image", "images", "photo", "photos", "photograph", "photographs", "pictures",
		"footage", "video", "videos", "data", "records", "recording", "recordings":
		return true
	}
	return false
}

// ofYearDate resolves a month or season of a year told before ("August of
// that year", "the summer of the following year") in year y, the latest
// date's (at) year moved as the phrase says; y 0 (no date told before)
// leaves the year unknown.
func ofYearDate(e *expr, y int, at date) resolved {
	if e.form == fSeason {
		if y == 0 {
			return resolved{kind: pipeline.KindDate, value: "XXXX-" + seasonCode[e.season], anchor: pipeline.AnchorNone}
		}
		return resolved{kind: pipeline.KindDate, value: fmtYear(y) + "-" + seasonCode[e.season], iv: seasonMod(seasonIv(y, e.season), e.mod), anchor: pipeline.AnchorNarrative, at: at}
	}
	if y == 0 || e.d > 0 && !validDay(y, e.m, e.d) {
		v := "XXXX" + fmtMonth(2000, e.m)[4:]
		if e.d > 0 {
			v = "XXXX" + calValue(2000, e.m, e.d)[4:]
		}
		return resolved{kind: pipeline.KindDate, value: v, anchor: pipeline.AnchorNone}
	}
	if e.d > 0 {
		// "on Feb. 10 that year"
		d := date{Year: y, Month: e.m, Day: e.d}
		return resolved{kind: pipeline.KindDate, value: fmtDay(d), iv: dayIv(d), anchor: pipeline.AnchorNarrative, at: at}
	}
	return resolved{kind: pipeline.KindDate, value: fmtMonth(y, e.m), iv: monthIv(y, e.m), anchor: pipeline.AnchorNarrative, at: at}
}
