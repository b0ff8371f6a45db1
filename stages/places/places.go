package places

import (
	"cmp"
	"context"
	"fmt"
	"geotimeline/internal/swar"
	"log/slog"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
)

// Options configures a Recognizer. The zero value is useful.
type Options struct {
	// Gazetteer holds the place names to look for; nil means
	// gazetteer.Embedded().
	Gazetteer *gazetteer.Gazetteer
	// Demonyms makes adjectives and nouns of nationality ("Russian",
	// "Sri Lankans") mentions of their country, with Role "demonym", as
	// geoparsing corpora such as LGL annotate them. False (the default)
	// leaves them out: "Chinese traders in Hyesan" happened in Hyesan.
	Demonyms bool
	// Logger receives debug messages; nil discards them.
	Logger *slog.Logger
}

// Recognizer is the places stage. It is safe for concurrent use.
type Recognizer struct {
	gaz      *gazetteer.Gazetteer
	demonyms bool
	logger   *slog.Logger
	scratch  sync.Pool // of *scratch
}

// New returns a Recognizer. Loading the embedded gazetteer and data is
// deferred to the first Process call, which reports any error.
func New(opts Options) *Recognizer {
	l := opts.Logger
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	return &Recognizer{gaz: opts.Gazetteer, demonyms: opts.Demonyms, logger: l}
}

// Name returns the stage name, "places".
func (r *Recognizer) Name() string { return "places" }

// Thresholds of prominence.
const (
	// minorPopulation: populated places below it (and not admin seats)
	// need a context cue.
	minorPopulation = 15000
	// majorPopulation: places at or above it are taken even when a
	// capitalized word precedes them.
	majorPopulation = 1000000
	// cityPopulation: a place this big may speak for its people
	// ("Gainesville says no"); its name stays a place elsewhere.
	cityPopulation = 100000
)

// mention is a mention under construction.
type mention struct {
	pipeline.Span
	entries []gazetteer.Entry // gazetteer readings, in Lookup order
	region  *region           // set for a region mention
	// weak: a single capitalized word at a sentence start or in a headline;
	// kept only if one of its readings lies in a country the document is about.
	weak    bool
	key     string // the gazetteer key matched
	major   bool   // a reading is a country, first-level unit, capital or big city
	demonym bool   // an adjective or noun of nationality ("Russian")
	// variant: matched through alternate names only, of towns in
	// countries whose names are romanized (see romanized); kept only if
	// one of its readings lies in a country the document is about or
	// within variantKM of its prominent places, or nothing says what
	// country that is, and not itself counted as saying it.
	variant bool
}

// Process fills it.Places; see the package documentation.
func (r *Recognizer) Process(ctx context.Context, it *pipeline.Item) error {
	t, err := loadTables()
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	g := r.gaz
	if g == nil {
		if g, err = gazetteer.Embedded(); err != nil {
			return fmt.Errorf("places: embedded gazetteer: %w", err)
		}
	}
	text := it.Doc.Text
	sents := make([]pipeline.Span, 0, len(it.Sentences))
	for _, s := range it.Sentences {
		if s.Start >= 0 && s.Start < s.End && s.End <= len(text) {
			sents = append(sents, s.Span)
		}
	}
	if len(it.Sentences) == 0 && text != "" {
		sents = append(sents, pipeline.Span{Start: 0, End: len(text)})
	}

	d := &doc{text: text, t: t, g: g, focus: map[string]bool{}, persons: map[string]bool{}}
	sc, _ := r.scratch.Get().(*scratch)
	if sc == nil || sc.g != g {
		sc = &scratch{g: g, matcher: g.NewMatcher(gazetteer.MatchOptions{Capitalized: true})}
	}
	d.scratch = *sc
	d.readings = d.readings[:0]
	defer func() {
		*sc = d.scratch
		r.scratch.Put(sc)
	}()
	var phraseHits []phraseHit
	var hasRegion []bool // by sentence: holds a region stem (nil: none does)
	for k, s := range sents {
		if k%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		d.sentence(s)
		d.abbreviations(s)
		if r.demonyms {
			d.demonymMentions(s)
		}
		d.capitalMentions(s)
		st := text[s.Start:s.End]
		win, ok := d.phraseWindow(st, regionStems, anchorRegion)
		if !ok {
			continue
		}
		if hasRegion == nil {
			hasRegion = make([]bool, len(sents))
		}
		hasRegion[k] = true
		for _, m := range d.phraseMatches(st, win) {
			phraseHits = append(phraseHits, phraseHit{sent: s, m: m})
		}
	}
	d.retryPending()
	// Cues ("North Korean") matter only for focus phrases of a country the
	// mentions have not shown yet; look for them only then.
	needCues := false
	for _, h := range phraseHits {
		for _, id := range h.m.IDs {
			if r, ok := t.regions[strings.TrimPrefix(id, "?")]; ok && strings.HasPrefix(id, "?") && r.Focus != "" {
				needCues = true
			}
		}
	}
	// Country focus: countries of prominent mentions, and cues.
	for _, m := range d.out {
		if m.variant {
			continue
		}
		for _, e := range m.entries {
			if prominent(e) {
				d.focus[e.Country] = true
			}
		}
	}
	if needCues {
		for k, s := range sents {
			if hasRegion != nil && hasRegion[k] {
				continue // already matched
			}
			st := text[s.Start:s.End]
			win, ok := d.phraseWindow(st, cueStems, anchorCue)
			if !ok {
				continue // no cue
			}
			for _, m := range d.phraseMatches(st, win) {
				phraseHits = append(phraseHits, phraseHit{sent: s, m: m})
			}
		}
	}
	for _, h := range phraseHits {
		for _, id := range h.m.IDs {
			if rg := t.regions[id]; rg.Kind == "cue" {
				d.focus[rg.Country] = true
			}
		}
	}
	d.out = slices.DeleteFunc(d.out, func(m mention) bool {
		if d.persons[m.key] && !m.major && m.Len() == len(m.key) {
			return true // a surname the document uses for a person elsewhere
		}
		if !m.weak && !m.variant || len(d.focus) == 0 {
			return false
		}
		for _, e := range m.entries {
			if d.focus[e.Country] {
				return false
			}
		}
		// A variant spelling of a town near the places the document is
		// about: a Chinese border town in a report on North Korea.
		return !m.variant || !d.nearProminent(m.entries)
	})
	regs := d.regionMentions(phraseHits)
	ms := mergeMentions(d.out, regs)

	places := make([]pipeline.PlaceMention, 0, len(ms))
	srcCue := map[int]bool{} // sentence start → it names a source at all
	// Every mention owns its candidates; one array holds them all.
	nCands := 0
	for _, m := range ms {
		if m.region != nil {
			nCands++
		} else {
			nCands += len(m.entries)
		}
	}
	cands := make([]pipeline.Candidate, nCands)
	for _, m := range ms {
		pm := pipeline.PlaceMention{Span: m.Span, Text: text[m.Start:m.End]}
		if m.region != nil {
			pm.Candidates, cands = cands[:1:1], cands[1:]
			pm.Candidates[0] = pipeline.Candidate{Place: m.region.Place}
		} else {
			n := len(m.entries)
			pm.Candidates, cands = cands[:n:n], cands[n:]
			for i, e := range m.entries {
				pm.Candidates[i] = pipeline.Candidate{Place: ToPlace(e)}
			}
		}
		if m.demonym {
			pm.Role = "demonym"
		} else if s := d.sentenceOf(sents, m.Start); sourceCue(srcCue, text, s) && sourceRole(text, s, m.Span) {
			pm.Role = "source"
		}
		places = append(places, pm)
	}
	it.Places = places
	if r.logger.Enabled(ctx, slog.LevelDebug) {
		r.logger.Debug("places", "doc", it.Doc.Path, "mentions", len(places))
	}
	return nil
}

// phraseMatches matches the region and cue phrases in st[win.start:win.end]
// (see phraseWindow), with IDs and spans relative to st.
func (d *doc) phraseMatches(st string, win word) []gazetteer.Match {
	if d.phraser == nil {
		d.phraser = d.t.phrases.NewMatcher(gazetteer.MatchOptions{})
	}
	ms := d.phraser.Match(st[win.start:win.end], nil)
	for i := range ms {
		ms[i].Start += win.start
		ms[i].End += win.start
		for _, e := range d.t.phrases.AppendEntries(nil, ms[i]) {
			ms[i].IDs = append(ms[i].IDs, e.ID)
		}
	}
	return ms
}

// phraseWindow reports whether sentence st may hold a phrase of the kind
// want (anchorRegion or anchorCue) and returns the part of st that holds
// every phrase it may hold, of any kind. Every phrase has an anchor word
// ("border", "sea", "korean"), so in plain ASCII text a phrase lies within
// maxBefore words before the first anchor word and maxAfter words after
// the last. A sentence with other letters (diacritics, Hangul) that holds
// one of the stems is searched whole.
func (d *doc) phraseWindow(st string, stems *stemSet, want anchorKind) (word, bool) {
	if !mayHavePhrase(st, stems) {
		return word{}, false // a quick scan for parts of the anchor words
	}
	a := &d.t.anchors
	runs := d.runStarts[:0]
	first, last := -1, -1
	found := false
	for i := 0; i < len(st); {
		c := st[i]
		if !isRunByte(c) {
			if c < utf8.RuneSelf {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(st[i:])
			if !gazetteer.IsApostrophe(r) {
				if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) {
					d.runStarts = runs
					return word{0, len(st)}, true
				}
				i += n
				continue
			}
		}
		// A run of letters, digits and apostrophes: one or more tokens.
		j := i
		plain := true // letters and digits only
		for j < len(st) {
			if c := st[j]; isRunByte(c) {
				plain = plain && c != '\'' && c != '`'
				j++
				continue
			}
			if st[j] >= utf8.RuneSelf {
				if r, n := utf8.DecodeRuneInString(st[j:]); gazetteer.IsApostrophe(r) {
					plain = false
					j += n
					continue
				}
			}
			break
		}
		var k anchorKind
		if plain {
			k = a.kindPlain(st[i:j])
		} else {
			k = a.kind(st[i:j])
		}
		if k != 0 {
			if first < 0 {
				first = len(runs)
			}
			last = len(runs)
			found = found || k&want != 0
		}
		runs = append(runs, i, j)
		i = j
	}
	d.runStarts = runs
	if !found {
		return word{}, false
	}
	// runs holds start, end pairs; first and last index pairs.
	lo := max(first-2*a.maxBefore, 0)
	hi := min(last+2*a.maxAfter, len(runs)-2)
	return word{runs[lo], runs[hi+1]}, true
}

// ToPlace converts a gazetteer entry into the pipeline's Place (Precision
// and UncertaintyKM are left for the geocoder).
func ToPlace(e gazetteer.Entry) pipeline.Place {
	return pipeline.Place{ID: e.ID, Name: e.Name, Lat: e.Lat, Lon: e.Lon, FeatureCode: e.Code,
		Admin1: e.Admin1, Country: e.Country, Population: e.Population}
}

type phraseHit struct {
	sent pipeline.Span
	m    gazetteer.Match
}

// doc is the per-document state of Process.
type doc struct {
	text  string
	t     *tables
	g     *gazetteer.Gazetteer
	out   []mention
	focus map[string]bool // countries the document is about
	// persons are single-word keys the document uses as a person's name
	// ("Jane Porter", "Mr. Clinton").
	persons map[string]bool
	scratch
	// runs holds every maximal run of word runes of text, made on first use
	// by usesLowercase (nil: not yet).
	runs map[string]bool
	// cued are the keys of minor places taken on a cue ("at the Tumangang
	// border crossing"); pending, the matches of minor places turned down
	// for want of one, taken after all when their key is cued elsewhere
	// ("Tumangang, in the Rason zone, …"), with vouched set.
	cued    map[string]bool
	pending []pendingMatch
	vouched bool
}

// retryPending takes the pending matches whose key the document names on
// a cue elsewhere, keeping d.out in text order.
func (d *doc) retryPending() {
	if len(d.cued) == 0 || len(d.pending) == 0 {
		return
	}
	d.vouched = true
	n := len(d.out)
	for _, p := range d.pending {
		if !d.cued[p.m.Key] {
			continue
		}
		st := d.text[p.sent.Start:p.sent.End]
		if w, ok := nextWord(st, p.m.End); ok && w.start == p.m.End+1 && st[p.m.End] == ' ' && capitalized(st[w.start:w.end]) {
			continue // part of a longer name: "Darby Street", "Rivers Avenue"
		}
		sc := &sentCtx{st: st, span: p.sent, first: sentenceStart(st), surnames: d.t.surnames}
		if mm, ok := d.accept(sc, p.m); ok {
			mm.Start += p.sent.Start
			mm.End += p.sent.Start
			if !slices.ContainsFunc(d.out[:n], func(o mention) bool { return o.Overlaps(mm.Span) }) {
				d.out = append(d.out, mm)
			}
		}
	}
	if len(d.out) > n {
		slices.SortStableFunc(d.out, func(a, b mention) int { return cmp.Compare(a.Start, b.Start) })
	}
}

// A pendingMatch is a match turned down for want of a cue, in its sentence.
type pendingMatch struct {
	sent pipeline.Span
	m    gazetteer.Match
}

// scratch holds the buffers Process reuses from one document to the next
// (Recognizer.scratch); nothing in a result points into them.
type scratch struct {
	g           *gazetteer.Gazetteer // that the matchers match
	matcher     *gazetteer.Matcher   // capitalized names only
	phraser     *gazetteer.Matcher   // region and cue phrases, made on first use
	matches     []gazetteer.Match    // scratch for matcher
	prefix      []gazetteer.Match    // scratch for capitalizedPart
	runStarts   []int                // scratch for phraseWindow
	entries     []gazetteer.Entry    // scratch for accept
	readings    []gazetteer.Entry    // the readings of the document's mentions (mention.entries)
	words       []word               // scratch for sentCtx.words
	demonymHits []Demonym            // scratch for demonymMentions
}

// usesLowercase is usesLowercase(d.text, w) in time independent of the
// length of the text once the text's word runs are indexed.
func (d *doc) usesLowercase(w string) bool {
	lw := strings.ToLower(w)
	if lw == w {
		return true
	}
	for _, r := range lw {
		if !isWordRune(r) {
			return usesLowercase(d.text, w)
		}
	}
	if d.runs == nil {
		if !utf8.ValidString(d.text) {
			return usesLowercase(d.text, w)
		}
		d.runs = wordRuns(d.text)
	}
	// A whole-word occurrence of lw, all word runes, is a maximal run.
	return d.runs[lw]
}

func (d *doc) sentenceOf(sents []pipeline.Span, off int) pipeline.Span {
	if i := pipeline.Holding(sents, off); i >= 0 {
		return sents[i]
	}
	return pipeline.Span{Start: 0, End: len(d.text)}
}

// notable reports whether e is prominent enough to be taken without a
// context cue: an admin unit or seat down to the second level, a place of
// minorPopulation or more, or a natural feature (the gazetteer holds only
// the major rivers and peaks).
func notable(e gazetteer.Entry) bool {
	return gazetteer.FeatureRank(e.Code) <= 5 || e.Population >= minorPopulation || e.Class == "H" || e.Class == "T"
}

// prominent reports whether e shows what country a document is about.
func prominent(e gazetteer.Entry) bool {
	return e.Country != "" && (gazetteer.FeatureRank(e.Code) <= 5 || e.Population >= minorPopulation)
}

// alternateOnly reports whether entries are all towns of known population
// below cityPopulation none of which has key (a normalized name) as its
// own name: the match came through alternate names only.
func alternateOnly(entries []gazetteer.Entry, key string) bool {
	for _, e := range entries {
		if e.Population >= cityPopulation || e.Population <= 0 || gazetteer.Normalize(e.Name) == key {
			return false
		}
	}
	return len(entries) > 0
}

// variantKM is the distance from the document's prominent places within
// which a variant spelling of a town in another country is kept: about the
// reach of a border region (Dalian to Sinuiju is 250 km, Hunchun to Hyesan
// 300).
const variantKM = 500.0

// nearProminent reports whether one of es lies within variantKM of a
// prominent reading of the document's mentions other than variant ones.
func (d *doc) nearProminent(es []gazetteer.Entry) bool {
	for _, o := range d.out {
		if o.variant {
			continue
		}
		for _, p := range o.entries {
			if !prominent(p) {
				continue
			}
			for _, e := range es {
				if distKM(p.Lat, p.Lon, e.Lat, e.Lon) < variantKM {
					return true
				}
			}
		}
	}
	return false
}

// distKM is the great-circle distance between two points, in km.
func distKM(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// romanized reports whether the place names of country (an ISO 3166 code)
// are written in a script other than the Latin one, so that the Latin
// alternate names GeoNames lists for its towns are the romanizations the
// press uses: McCune–Reischauer, Revised Romanization and their hybrids
// for Korea ("Kilchu", "Kilju"; "Kyongwon", "Gyeongwon"), Wade–Giles,
// pinyin and postal spellings for China and Taiwan ("Lushunkou"), Hepburn
// and Kunrei for Japan, the many transliterations of Cyrillic, Arabic,
// Persian, Hebrew, Greek, Georgian, Armenian, Ethiopic and the Indic and
// Southeast Asian scripts. Countries that changed to the Latin script
// (Azerbaijan, Uzbekistan, Turkmenistan, Turkey, Vietnam) are not listed.
func romanized(country string) bool {
	switch country {
	case "KP", "KR", "CN", "TW", "HK", "MO", "JP", "MN", // East Asia
		"RU", "BY", "UA", "BG", "MK", "RS", "KZ", "KG", "TJ", // Cyrillic
		"GR", "CY", "GE", "AM", "IL", "PS", // Greek, Georgian, Armenian, Hebrew
		"IR", "AF", "PK", "IQ", "SY", "LB", "JO", "SA", "YE", "OM", "AE", "QA", "BH", "KW", // Arabic script
		"EG", "LY", "SD", "TN", "DZ", "MA", "MR", "EH",
		"IN", "BD", "NP", "LK", "BT", "MV", // Indic scripts
		"MM", "TH", "LA", "KH", "ET", "ER": // Southeast Asian scripts, Ethiopic
		return true
	}
	return false
}

// bigPlace reports whether e is a country or a city of cityPopulation or
// more: a name no forename turns into a surname.
func bigPlace(e gazetteer.Entry) bool {
	return gazetteer.FeatureRank(e.Code) == 0 || e.Population >= cityPopulation
}

// placeBefore reports whether the word right before byte off of st is the
// name of a prominent place (an admin seat or a town of 15,000) in the
// country of a first-level unit among entries: "Jackson Mississippi" in a
// headline is the city and the state; "Robert Douglas" is a man (Douglas
// is also the Isle of Man's first-level unit, and Le Robert a town of
// Martinique).
func placeBefore(g *gazetteer.Gazetteer, st string, off int, entries []gazetteer.Entry) bool {
	var units []string
	for _, e := range entries {
		if gazetteer.FeatureRank(e.Code) == 2 && e.Country != "" {
			units = append(units, e.Country)
		}
	}
	if len(units) == 0 {
		return false
	}
	w, ok := prevWord(st, off)
	return ok && slices.ContainsFunc(g.Lookup(st[w.start:w.end]), func(e gazetteer.Entry) bool {
		return prominent(e) && slices.Contains(units, e.Country)
	})
}

// hyphenPlace reports whether w, the word before a name, is a place name
// joined to it by a hyphen ("Logan-" in "Logan-Rogersville").
func hyphenPlace(g *gazetteer.Gazetteer, w string) bool {
	p, ok := strings.CutSuffix(w, "-")
	return ok && len(g.Lookup(p)) > 0
}

// surnameSlot reports whether the name starting at byte off of st stands
// where a surname does: right after a forename ("Gary Lewis"), or after a
// capitalized word and a middle initial ("Tyrise M. Bell"). A forename
// that is also an English adjective or verb (forenames[w] true: "Rich",
// "Mark") does not count at the start of the sentence (first is the
// offset of its first word) or in a headline (title): "Rich Musan
// families bribe guards" names Musan.
func surnameSlot(st string, off, first int, title bool, forenames map[string]bool) bool {
	if w, ok := prevWord(st, off); ok {
		word, known := forenames[st[w.start:w.end]]
		if !known || w.end >= off || strings.TrimLeft(st[w.end:off], " ") != "" {
			return false
		}
		return !word || !title && w.start != first
	}
	s := strings.TrimRight(st[:off], " ")
	if len(s) == len(st[:off]) || len(s) < 4 || s[len(s)-1] != '.' {
		return false
	}
	c := s[len(s)-2]
	if c < 'A' || c > 'Z' || s[len(s)-3] != ' ' {
		return false
	}
	w, ok := prevWord(st, len(s)-2)
	if !ok || w.end != len(s)-3 || w.end-w.start < 2 {
		return false
	}
	x := st[w.start:w.end]
	last, _ := utf8.DecodeLastRuneInString(x)
	return capitalized(x) && !placePrefix(x) && !unicode.IsUpper(last) // "Tyrise M.", not "US M."
}

// major reports whether e is a country, first-level unit, capital or big city.
func major(e gazetteer.Entry) bool {
	return gazetteer.FeatureRank(e.Code) <= 2 || e.Population >= majorPopulation
}

// The kinds of place word that may follow or precede a name.
type kind int

const (
	kindNone kind = iota
	kindAdmin1
	kindAdmin2
	kindCity
	kindRiver
	kindMountain
	kindIsland
	kindRegion
	kindCape // a headland: never a town
)

// placeWord returns the kind a word following a name stands for, and
// whether it joins the mention.
func placeWord(w string) (k kind, join bool) {
	switch w {
	case "Province", "province", "Provinces", "PROVINCE", "Oblast", "Krai", "Krai's":
		return kindAdmin1, true
	case "Provincial", "provincial":
		return kindAdmin1, false
	case "County", "county", "COUNTY", "District", "district", "Prefecture", "prefecture", "Gun", "Kun":
		return kindAdmin2, true
	case "City", "city", "CITY", "Town", "town", "Village", "village", "Township", "township":
		return kindCity, true
	case "River", "river", "RIVER", "Stream", "stream", "Gang":
		return kindRiver, true
	case "Mountain", "Mountains", "mountain", "mountains", "Peak", "Range":
		return kindMountain, true
	case "Island", "Islands", "island", "islands":
		return kindIsland, true
	case "Cape", "cape":
		return kindCape, true
	case "Region", "region", "Area", "area":
		return kindRegion, false
	}
	return kindNone, false
}

// fits reports whether e is of kind k.
func fits(e gazetteer.Entry, k kind) bool {
	switch k {
	case kindAdmin1:
		return e.Code == "ADM1" || e.Code == "ADM1H"
	case kindAdmin2:
		return strings.HasPrefix(e.Code, "ADM2") || strings.HasPrefix(e.Code, "ADM3") || e.Code == "PPLA2" || e.Code == "PPLA3"
	case kindCity:
		return e.Class == "P"
	case kindRiver:
		return e.Class == "H"
	case kindMountain, kindIsland, kindCape:
		return e.Class == "T"
	case kindRegion:
		return e.Class == "A" || e.Class == "L"
	}
	return true
}

// cuePreps are words before a name that make a minor place plausible.
func cuePrep(w string) bool {
	switch strings.ToLower(w) {
	case "in", "near", "from", "at", "to", "outside", "around", "into", "toward", "towards", "via",
		"through", "across", "between", "inside", "of",
		"visited", "visiting", "reached", "entered": // "the minister visited Paju"
		return true
	}
	return false
}

// placePrep reports whether w before a name says that a place follows.
func placePrep(w string) bool {
	switch strings.ToLower(w) {
	case "in", "near", "outside", "around", "into", "through", "across", "toward", "towards", "inside":
		return true
	}
	return false
}

// placePrefix words may stand capitalized right before a place name without
// making it part of a person's or organisation's name.
func placePrefix(w string) bool {
	switch w {
	case "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
		"Upper", "Lower", "Greater", "New", "Old", "Mount", "Mt", "Lake", "Port", "Fort", "Saint", "St",
		"San", "Santa", "Downtown", "Metropolitan", "Inner", "Outer", "NORTH", "SOUTH", "IN", "AND", "OF",
		"In", "At", "From", "Near", "To", "And", "Of", "The", "THE", "Across", "Along", "Outside", "Around",
		"Into", "Via", "Between", "Both", "Neighboring", "Neighbouring", "Rural", "Urban", "Coastal",
		"Northeastern", "Northwestern", "Southeastern", "Southwestern", "Northeast", "Northwest",
		"Southeast", "Southwest", "Korean", "Chinese", "Russian", "Japanese",
		// an article capitalized after a colon or a quote: "\"I left
		// again\": A Musan woman's long road"
		"A", "An":
		return true
	}
	return false
}

// orgBefore words in "<Org> of X" make X part of an organisation's name.
func orgBefore(w string) bool {
	switch w {
	case "Party", "Bank", "University", "Institute", "Academy", "Federation", "Association", "Union",
		"Church", "Museum", "Council", "Committee", "League", "Society", "College", "School", "Ministry",
		"Embassy", "Consulate", "Department", "Bureau", "Office", "Agency", "Army", "Navy", "Corps",
		"Congress", "Assembly", "Front", "Fund", "Foundation", "Center", "Centre", "Friends", "Voice":
		return true
	}
	return false
}

// openingWord reports a capitalized word that opens a sentence rather than
// a name ("A Pyongyang Court sentenced", "Under Seoul Prosecutors' orders").
func openingWord(w string) bool {
	switch w {
	case "A", "An", "The", "Under", "In", "At", "On", "For", "By", "From", "To", "With", "Of", "After", "Before":
		return true
	}
	return false
}

// courtWord reports the head of a court's or a prosecution's name.
func courtWord(w string) bool {
	switch w {
	case "Court", "Prosecutors", "Prosecutor", "Prosecution", "Prosecutors'":
		return true
	}
	return false
}

// orgAfter words in "X <Org>" make X part of an organisation's or a
// publication's name.
func orgAfter(w string) bool {
	switch w {
	case "Times", "Herald", "Daily", "News", "Post", "Journal", "Radio", "Television", "TV", "Broadcasting",
		"Broadcast", "University", "College", "Institute", "Bank", "Airlines", "Airways", "Air", "Agency",
		"Group", "Corporation", "Corp", "Company", "Inc", "Ltd", "Club", "FC", "United", "Declaration",
		"Agreement", "Accord", "Accords", "Treaty", "Convention", "Protocol", "Statement", "Olympics",
		"Games", "Sinmun", "Ilbo", "Tribune", "Gazette", "Telegraph", "Review", "Observer", "Standard",
		"Chronicle", "Mail", "Hotel", "Stadium", "Process", "Talks", "Summit", "Initiative", "Doctrine",
		"Syndrome", "Symphony", "Orchestra", "Philharmonic", "Film", "Films", "Festival":
		return true
	}
	return false
}

// offsetRe matches a distance and bearing right before a name: "20 km
// north of ", "30 kilometers to the southwest of ".
var offsetRe = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*-?\s*(km|kms|kilometers?|kilometres?|miles?|mi|li)\s+(?:to\s+the\s+)?(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+(?:city|town|county|village)\s+of\s+)?$`)

// sentence recognizes the gazetteer mentions of one sentence.
func (d *doc) sentence(s pipeline.Span) {
	st := d.text[s.Start:s.End]
	d.matches = d.matcher.Match(st, d.matches[:0])
	matches := d.matches
	if len(matches) == 0 {
		return
	}
	sc := &sentCtx{st: st, span: s, first: sentenceStart(st), surnames: d.t.surnames, scratch: d.words[:0]}
	for _, m := range matches {
		if !nameCapitalized(st[m.Start:m.End]) {
			m = d.capitalizedPart(st, m)
		}
		if mm, ok := d.accept(sc, m); ok {
			mm.Start += s.Start
			mm.End += s.Start
			d.out = append(d.out, mm)
		}
	}
	if sc.wdone {
		d.words = sc.ws[:0] // the next sentence reuses the array
	}
}

// capitalizedPart returns the longest name at the start of match m whose
// words are capitalized, when the gazetteer holds one: "the former Kaesong
// industrial zone" matches the gazetteer's "Kaesong Industrial Zone" as
// written in lower case, which is no name, but "Kaesong" is. Else m.
func (d *doc) capitalizedPart(st string, m gazetteer.Match) gazetteer.Match {
	var buf [8]word // a name has few words: no allocation
	ws := appendWords(buf[:0], st[m.Start:m.End])
	for n := len(ws) - 1; n >= 1; n-- {
		end := m.Start + ws[n-1].end
		if !nameCapitalized(st[m.Start:end]) {
			continue
		}
		d.prefix = d.matcher.Match(st[m.Start:end], d.prefix[:0])
		for _, p := range d.prefix {
			if p.Start == 0 && m.Start+p.End == end {
				p.Start, p.End = m.Start, end
				return p
			}
		}
	}
	return m
}

// accept applies the filters and context rules to one match of sentence st
// and returns the mention with a span relative to st.
func (d *doc) accept(sc *sentCtx, m gazetteer.Match) (mention, bool) {
	st, first := sc.st, sc.first
	raw := st[m.Start:m.End]
	if _, ok := d.g.Override(m.Key); ok && capitalized(raw) {
		// The analyst fixed this name: no filter second-guesses it.
		return mention{Span: pipeline.Span{Start: m.Start, End: m.End}, entries: d.g.AppendEntries(nil, m), key: m.Key, major: true}, true
	}
	if !nameCapitalized(raw) {
		return mention{}, false
	}
	// A word with a mis-decoded apostrophe: "It’s" read as Windows-1252
	// becomes "Itâ€™s", and with the symbols lost "Itâ s" — not Itá,
	// Paraguay. No name ends in "â" before a space or punctuation.
	if strings.HasSuffix(raw, "â") && (m.End == len(st) || !isWordRune(firstRune(st[m.End:]))) {
		return mention{}, false
	}
	// A letter of an initialism: "The D" of "The D.P.R.K." is no Detroit,
	// the "U" of "U.S." no place.
	// (checked on the bytes first: it runs for every match)
	if n := len(raw); n >= 1 && 'A' <= raw[n-1] && raw[n-1] <= 'Z' && (n == 1 || raw[n-2] == ' ') &&
		len(st) > m.End+1 && st[m.End] == '.' && isWordRune(firstRune(st[m.End+1:])) {
		return mention{}, false
	}
	// A product or model name: Hwasong-15, Tumen-1.
	if strings.HasPrefix(st[m.End:], "-") && len(st) > m.End+1 && st[m.End+1] >= '0' && st[m.End+1] <= '9' {
		return mention{}, false
	}
	// "The City", "the Village": a nickname some gazetteer rows carry
	// (Thompsonville, Connecticut is also "The City"), but in prose the
	// article and a place word name whatever place the text is about.
	if first, rest, ok := strings.Cut(raw, " "); ok && strings.EqualFold(first, "the") {
		if k, _ := placeWord(rest); k != kindNone {
			return mention{}, false
		}
	}
	// "North America", "Latin America": a continent or a region of
	// countries, not the United States the alias "America" names.
	if m.Key == "america" {
		if w, ok := prevWord(st, m.Start); ok {
			switch st[w.start:w.end] {
			case "North", "South", "Central", "Latin":
				return mention{}, false
			}
		}
	}
	// A menu or footer line ("Subscribe | Log in | Newsletters",
	// "Asia-Pacific | Security"): a name is a place only where it fills a
	// whole item, not as a word of one ("Log" is not Łódź).
	if menuLine(st) && !wholeMenuItem(st, m.Start, m.End) {
		return mention{}, false
	}
	// The readings go into a scratch buffer: most matches are turned down
	// below, and only an accepted mention keeps a copy.
	entries := d.g.AppendEntries(d.entries[:0], m)
	d.entries = entries[:0]
	if len(entries) == 0 {
		return mention{}, false
	}

	mm := mention{Span: pipeline.Span{Start: m.Start, End: m.End}}

	// A place word after the name: join it and narrow the readings.
	k := kindNone
	cue := false
	county := false      // the place word is "County"
	district := false    // "the X district": the area of a town, not only a unit
	regionNoFit := false // "region" follows, and every reading is a town
	if i := lastSpace(raw); i > 0 {
		// The gazetteer may index the place word itself: "Ryanggang Province".
		if k, _ = placeWord(strings.TrimSpace(raw[i:])); k != kindNone {
			cue = true
			county = strings.EqualFold(strings.TrimSpace(raw[i:]), "county")
			// "Dublin City Council" in an Ohio paper: the gazetteer's
			// "Dublin City" is Ireland's (an alternate name), but the city
			// named Dublin may be any town of that name. A name that is
			// its place's own ("Iowa City") stays as it is.
			if k == kindCity && !slices.ContainsFunc(entries, func(e gazetteer.Entry) bool { return gazetteer.Normalize(e.Name) == m.Key }) {
				entries = d.addBase(entries, raw[:i], k)
			}
		}
	}
	if w, ok := nextWord(st, m.End); ok && k == kindNone {
		var join bool
		k, join = placeWord(st[w.start:w.end])
		if k != kindNone {
			cue = true
			county = strings.EqualFold(st[w.start:w.end], "county")
			if pw, ok := prevWord(st, m.Start); ok && strings.EqualFold(st[pw.start:pw.end], "the") {
				district = strings.EqualFold(st[w.start:w.end], "district")
			}
			if join {
				mm.End = w.end
			}
		}
	}
	if k == kindNone {
		if w, ok := prevWord(st, m.Start); ok {
			switch st[w.start:w.end] {
			case "Mount", "Mt", "Lake":
				k, cue = kindMountain, true
				if st[w.start:w.end] == "Lake" {
					k = kindRiver
				}
				mm.Start = w.start
			}
		}
	}
	if k != kindNone {
		var fit []gazetteer.Entry
		for _, e := range entries {
			if fits(e, k) {
				fit = append(fit, e)
			}
		}
		switch {
		case len(fit) > 0 && k == kindAdmin2 && !county && (possessiveBefore(st, mm.Start) || ofNameAfter(st, mm.End) || district || districtComma(st, mm)):
			// "Pyongyang's Hwasong district", "the city's Sunam district",
			// "the Pohang district of Chongjin", "Hwasong District,
			// Pyongyang": a part of a city, which
			// may be any of the readings (the geocoder takes the one in
			// that city), not only a county; and "the Lancaster
			// district" is the area of the English town, which no
			// county seat of that name in Pennsylvania should displace.
		case len(fit) > 0:
			entries = fit
		case k == kindRiver, k == kindCape:
			if w, ok := nextWord(st, mm.End); ok && allDigits(st[w.start:w.end]) && !unitAfter(st, w.end) {
				// "the tanker Ryong Gang 3 loaded coal": a ship's name
				// (not "the Taedong River 2 km north", a distance)
				return mention{}, false
			}
			entries = nil // "Tumen River" is not the city of Tumen, "Jangsan Cape" no town
		case k == kindRegion:
			regionNoFit = !slices.ContainsFunc(entries, func(e gazetteer.Entry) bool { return e.Class != "P" })
		case county:
			// "Guernsey County" is no island state, "Texas County" no
			// state: a county may be named after a town, never is a
			// country or a first-level unit. (A "prefecture" or
			// "district" may be a first-level unit: Japan's.)
			entries = slices.DeleteFunc(entries, func(e gazetteer.Entry) bool {
				return strings.HasPrefix(e.Code, "PCL") || e.Code == "TERR" || e.Code == "ADM1" || e.Code == "ADM1H"
			})
		}
	}
	// "N. Korea", "S. Korea": the press abbreviation of the two countries.
	if m.Key == "korea" && mm.Start >= 3 {
		var want string
		switch st[mm.Start-3 : mm.Start] {
		case "N. ":
			want = "KP"
		case "S. ":
			want = "KR"
		}
		if want != "" {
			if fit := slices.DeleteFunc(slices.Clone(entries), func(e gazetteer.Entry) bool { return e.Country != want }); len(fit) > 0 {
				entries = fit
				mm.Start -= 3
				k = kindRegion // a cue that vouches for the name
			}
		}
	}
	if k == kindNone && d.t.notAlone[m.Key] { // a stop word or a demonym
		return mention{}, false
	}
	if k == kindNone && bylineName(st, m.Start, m.End) {
		return mention{}, false // "ISHIKAWA Ryo | 2020.09.04": the writer
	}
	title := sc.titleCase()
	for _, p := range sc.persons() {
		if p.start < m.End && m.Start < p.end {
			if m.Start == p.start && !slices.ContainsFunc(entries, bigPlace) {
				d.persons[m.Key] = true // "Chung Eui-yong": a later "Chung" is the same man
			}
			return mention{}, false
		}
	}

	// Organisation names around the match.
	pw, hasPrev := prevWord(st, m.Start)
	if hasPrev {
		if pw2, ok := prevWord(st, pw.start); ok && st[pw.start:pw.end] == "of" && orgBefore(st[pw2.start:pw2.end]) {
			return mention{}, false
		}
	}
	if w, ok := nextWord(st, m.End); ok && k == kindNone && orgAfter(st[w.start:w.end]) {
		return mention{}, false
	}
	// "the Seoul Central District Court", "the Seoul Central District
	// Prosecutors' Office": a name inside a court's or a prosecution's name
	// after a capitalized word is the court's, not a place (the city
	// before it stays one).
	if w, ok := nextWord(st, m.End); ok && hasPrev && courtWord(st[w.start:w.end]) && !openingWord(st[pw.start:pw.end]) {
		if r, _ := utf8.DecodeRuneInString(st[pw.start:]); unicode.IsUpper(r) {
			return mention{}, false
		}
	}

	// A spelling the curated alias table gives a place ("Punggye-ri",
	// "Sohae") needs no cue, whatever the place's size.
	curated := d.g.Curated(m)
	isProminent, isMajor := curated > 0, false
	for _, e := range entries {
		isProminent = isProminent || notable(e)
		isMajor = isMajor || major(e)
	}
	if len(entries) == 0 {
		isProminent = true // a place word vouches for it
	}
	single := !strings.Contains(m.Key, " ")

	// An acronym in capitals ("NIS", "KGB", "UN") in a sentence in mixed
	// case names an organisation, not a town that the capitals happen to
	// spell (Niš, Serbia): the gazetteer keeps no codes of four capitals
	// or fewer, so such a match came through an ordinary name. Countries,
	// first-level units, capitals and cities of a million ("ROME"), the
	// curated spellings and a dateline at the start of the sentence
	// ("SEOUL, March 3") stay.
	// A town in capitals after "in", "at", "near", "from" or "to" ("arrested
	// 20 people in ANJU") is a place.
	if single && !isMajor && curated == 0 && k == kindNone && acronym(raw) && !datelineAt(st, m.Start, m.End, first) && !shouting(st) &&
		!afterLocative(st, m.Start) {
		return mention{}, false
	}

	// A single word that is no reading's own name, only an alternate name
	// of towns below 100,000 with a population figure, is an ordinary
	// word that GeoNames lists as a variant ("From" for Frome, "Due" for
	// Douai, "IRS" for Eruh, "Creek" for Baytown), unless the curated
	// alias table gives it. Big cities ("Bombay") and villages without a
	// population figure keep their alternate names, and so do the towns
	// of countries whose names are romanized from another script, where
	// the alternates are the press's spellings ("Aoji" for Aoji-ri, a
	// North Korean town of 34,000; "Kilju", "Kyongwon", "Lushunkou"), but
	// only in a document about one of their countries, or about none, or
	// within variantKM of its places: "Livni" in a report from Jerusalem
	// is no Russian town, and "Gale" in a Texas report is not Galle, Sri
	// Lanka; "Lushunkou" in a report from Sinuiju is the Chinese port.
	if single && k == kindNone && !isMajor && curated == 0 && alternateOnly(entries, m.Key) {
		if !slices.ContainsFunc(entries, func(e gazetteer.Entry) bool { return romanized(e.Country) }) {
			return mention{}, false
		}
		mm.variant = true
	}
	// A romanized alternate name of a city below a million is a variant
	// too: "Khasan", the Russian border settlement, is also a spelling
	// GeoNames lists for Hassan, India (155,000); in a report on the
	// Korean–Russian border that reading is dropped (see variant).
	if single && k == kindNone && !isMajor && curated == 0 && romanizedAlternate(entries, m.Key) {
		mm.variant = true
	}
	// "the Amur region" with only towns of that name: the region word says
	// the name is a region the gazetteer may lack; a town of that name
	// counts only where a variant would (in a country the document is
	// about, or near its places).
	if regionNoFit && !isMajor && curated == 0 {
		mm.variant = true
	}
	// A forename right before the name ("Gary Lewis", "Robert Douglas",
	// "Mitch Lewis" at a sentence start) or a name with a middle initial
	// ("Tyrise M. Bell") makes it a surname, even of a small capital
	// (Douglas, Isle of Man), unless it names a country or a city of
	// 100,000, or a first-level unit right after a prominent place of the
	// unit's country ("Warren Ohio" in a headline).
	if single && k == kindNone && !slices.ContainsFunc(entries, bigPlace) && surnameSlot(st, m.Start, first, title, d.t.forenames) &&
		!placeBefore(d.g, st, m.Start, entries) {
		d.persons[m.Key] = true // a later "Lewis" is the same man
		return mention{}, false
	}
	// A capitalized word right before the name makes it part of another
	// name ("Jane Porter", "President Lincoln").
	if hasPrev && !title && pw.start > first && !isMajor && k == kindNone {
		w := st[pw.start:pw.end]
		// (Two places joined by a hyphen name both: "Logan-Rogersville
		// schools", "Dallas-Fort Worth".)
		if capitalized(w) && !placePrefix(w) && !hyphenPlace(d.g, w) {
			if single {
				d.persons[m.Key] = true // "Hillary Clinton": a later "Clinton" is her too
			}
			return mention{}, false
		}
	}
	// A common given name ("Scott", "Linda"): a person, unless a
	// preposition of place comes before it.
	if single && !isMajor && k == kindNone && d.t.given[raw] {
		next, hasNext := nextWord(st, m.End)
		if hasNext && capitalized(st[next.start:next.end]) {
			d.persons[m.Key] = true
			return mention{}, false
		}
		if !hasPrev || !placePrep(st[pw.start:pw.end]) {
			return mention{}, false
		}
	}
	// A name that speaks ("Lewis said", "Turner told reporters") is a
	// person's, unless a preposition says it is a place ("a student from
	// Brampton said"). A capital or a country may speak for its
	// government ("Pyongyang said"), a town seldom does; its other
	// mentions are left to the other rules ("Gainesville says no" once).
	if single && !isMajor && k == kindNone && (!hasPrev || !cuePrep(st[pw.start:pw.end]) && !listWord(st[pw.start:pw.end])) {
		if next, ok := nextWord(st, m.End); ok && speechVerb(st[next.start:next.end]) {
			if !slices.ContainsFunc(entries, func(e gazetteer.Entry) bool { return e.Population >= cityPopulation }) {
				d.persons[m.Key] = true // a later "Lewis" is the same man
			}
			return mention{}, false
		}
	}
	if !isMajor && k == kindNone && honorificBefore(st[:m.Start]) {
		if single {
			d.persons[m.Key] = true
		}
		return mention{}, false
	}
	// A sentence-initial (or headline) ordinary word.
	initial := m.Start == first || clauseInitial(st, m.Start)
	if (initial || title) && single && !isMajor && k == kindNone && d.usesLowercase(raw) {
		return mention{}, false
	}
	mm.weak = (initial || title) && single && !isMajor && k == kindNone
	if title && !isProminent {
		return mention{}, false
	}
	if !isProminent {
		if !cue && hasPrev && cuePrep(st[pw.start:pw.end]) {
			cue = true
		}
		// "the Tumangang border crossing", "Namyang customs": a crossing
		// point is named after its place.
		if w, ok := nextWord(st, mm.End); !cue && ok && crossingWord(st[w.start:w.end]) {
			cue = true
		}
		if !cue && d.vouched && d.cued[m.Key] {
			cue = true // the document names the place on a cue elsewhere
		}
		if !cue || utf8.RuneCountInString(strings.ReplaceAll(m.Key, " ", "")) < 4 {
			if !d.vouched && utf8.RuneCountInString(strings.ReplaceAll(m.Key, " ", "")) >= 4 {
				d.pending = append(d.pending, pendingMatch{sent: sc.span, m: m})
			}
			return mention{}, false
		}
		if d.cued == nil {
			d.cued = map[string]bool{}
		}
		d.cued[m.Key] = true
	}

	// A distance and bearing before the name.
	if pre := strings.TrimRight(st[:mm.Start], " "); strings.HasSuffix(pre, "of") {
		lo := max(0, mm.Start-64)
		for lo > 0 && !utf8.RuneStart(st[lo]) {
			lo--
		}
		// offsetRe's distance is ASCII digits (\d): without one the
		// search, which tries every start in the window, is left unmade.
		if w := st[lo:mm.Start]; strings.ContainsAny(w, "0123456789") {
			if loc := offsetRe.FindStringIndex(w); loc != nil {
				mm.Start = lo + loc[0]
			}
		}
	}
	// The readings of accepted mentions share one array per document
	// (read only from here on).
	n := len(d.readings)
	d.readings = append(d.readings, entries...)
	mm.entries = d.readings[n:len(d.readings):len(d.readings)]
	mm.key = m.Key
	mm.major = isMajor
	return mm, true
}

// firstRune returns the first rune of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// speechVerb reports whether w is a verb of saying that follows its
// subject: "said", "says", "told", "added".
func speechVerb(w string) bool {
	switch w {
	case "said", "says", "told", "added", "explained", "noted", "stated", "testified", "recalled", "admitted", "asked", "replied":
		return true
	}
	return false
}

// honorificBefore reports whether before ends in a title that introduces a
// person's name: "Mr. ", "President ", "Gen. ".
func honorificBefore(before string) bool {
	before = strings.TrimRight(before, " \u00a0")
	i := strings.LastIndexAny(before, " \u00a0(\"“")
	w := strings.TrimSuffix(before[i+1:], ".")
	switch w {
	case "Mr", "Mrs", "Ms", "Miss", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof",
		"Rev", "President", "Senator", "Governor", "Judge", "Mayor", "Premier", "Chairman", "Minister",
		"Secretary", "Marshal", "General", "Comrade", "Mister", "Madam":
		return true
	}
	return false
}

// sentCtx holds what accept needs to know about one sentence, computed
// on first use.
type sentCtx struct {
	st       string
	span     pipeline.Span // of st in the document
	first    int
	surnames *wordSet
	title    int8 // 0 unknown, 1 no, 2 yes
	pdone    bool
	pspans   []word
	wdone    bool
	ws       []word // words(st), once wdone
	scratch  []word // an array words may fill
}

// words returns words(sc.st), computed once.
func (sc *sentCtx) words() []word {
	if !sc.wdone {
		sc.wdone = true
		sc.ws = appendWords(sc.scratch[:0], sc.st)
	}
	return sc.ws
}

func (sc *sentCtx) titleCase() bool {
	if sc.title == 0 {
		sc.title = 1
		if titleCaseWords(sc.st, sc.words()) {
			sc.title = 2
		}
	}
	return sc.title == 2
}

func (sc *sentCtx) persons() []word {
	if !sc.pdone {
		sc.pdone = true
		sc.pspans = personSpansWords(sc.st, sc.words(), sc.surnames)
	}
	return sc.pspans
}

// regionStems and cueStems are substrings one of which every region phrase,
// and every cue phrase, contains; sentences without any skip phrase
// matching (a prefilter: phrase matching tokenizes the sentence again).
var (
	regionStems = newStemSet("order", "ORDER", "rontier", "RONTIER", "DMZ", "dmz", "Dmz", "emilitar", "EMILITAR",
		"emarcation", "EMARCATION", "Sea", "sea", "SEA", "iver", "IVER")
	cueStems = newStemSet("orea", "OREA", "ino", "INO", "hinese", "HINESE", "ussian", "USSIAN",
		"DPRK", "dprk", "Dprk", "egime", "EGIME", "overnment", "OVERNMENT")
)

// An anchorKind says which kind of phrase an anchor word belongs to.
type anchorKind uint8

const (
	anchorRegion anchorKind = 1 << iota // a word of region phrases: "border", "sea"
	anchorCue                           // a word of cue phrases: "korean", "dprk"
)

// Anchor words: every region phrase holds one of regionAnchors, every cue
// phrase one of cueAnchors (loadTables checks).
var (
	regionAnchors = []string{"border", "frontier", "dmz", "demilitarized", "demilitarised", "demarcation", "sea", "river"}
	cueAnchors    = []string{"korean", "koreans", "dprk", "regime", "chinese", "sino", "government", "russian", "russians"}
)

// An anchorSet holds the anchor words and how many words a phrase may have
// before its first anchor word and after its last.
type anchorSet struct {
	words               map[string]anchorKind
	minLen              int             // of the words
	first               [128]anchorKind // the kinds of the words by their first letter
	byLen               [16][]string    // the words by length
	maxBefore, maxAfter int
}

// kind returns the anchor kinds of a run of ASCII letters, digits and
// apostrophes as the gazetteer normalizes it: lower case, apostrophes
// dropped, and a final possessive ’s left out.
func (a *anchorSet) kind(run string) anchorKind {
	if len(run) < a.minLen {
		return 0
	}
	if c := run[0]; c < utf8.RuneSelf && c != '\'' && c != '`' && a.first[c|0x20] == 0 {
		return 0 // no anchor word starts with that letter
	}
	var buf [16]byte
	n := 0
	apos := false // the last character was an apostrophe
	possessive := false
	for i := 0; i < len(run); {
		c := run[i]
		if c >= utf8.RuneSelf || c == '\'' || c == '`' {
			_, sz := utf8.DecodeRuneInString(run[i:])
			i += sz
			apos = true
			continue
		}
		if n == len(buf) {
			return 0 // longer than any anchor
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		possessive = apos && (c == 's') && i == len(run)-1
		apos = false
		buf[n] = c
		n++
		i++
	}
	if k := a.words[string(buf[:n])]; k != 0 {
		return k
	}
	if possessive {
		return a.words[string(buf[:n-1])]
	}
	return 0
}

// kindPlain is kind for a run of ASCII letters and digits.
func (a *anchorSet) kindPlain(run string) anchorKind {
	if len(run) >= len(a.byLen) || len(run) < a.minLen || a.first[run[0]|0x20] == 0 {
		return 0 // (the words are in lower case: |0x20 lower-cases a letter and keeps a digit)
	}
	for _, w := range a.byLen[len(run)] {
		if strings.EqualFold(run, w) {
			return a.words[w]
		}
	}
	return 0
}

// isRunByte reports whether ASCII byte c continues a run of phraseWindow.
func isRunByte(c byte) bool { return runBytes[c] }

var runBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c == '`'
	}
	return t
}()

// A stemSet finds any of a few short substrings in one pass over the text:
// a bitmap of the stems' first two bytes says where to look them up. It is
// immutable once built.
type stemSet struct {
	pairs [1 << 16 / 64]uint64 // bit b0<<8|b1 set: some stem starts with b0 b1
	// mid has bit b1<<8|b2 set when some stem of three bytes or more has b1
	// b2 as its second and third bytes; short has bit b0<<8|b1 set when a
	// stem is the two bytes b0 b1 (mid cannot rule those out).
	mid, short [1 << 16 / 64]uint64
	// either is pairs|mid: when every stem has three bytes or more (long),
	// every occurrence of one covers a pair in either at an even offset of
	// the text, so the search looks at every other pair only.
	either [1 << 16 / 64]uint64
	// eitherLE is either with the two bytes of each pair swapped: bit
	// b1<<8|b0 for the pair b0 b1, as a little-endian load reads it.
	eitherLE [1 << 16 / 64]uint64
	long     bool
	one      [256]bool           // one-byte stems
	anyOne   bool                // there are one-byte stems
	byTwo    map[uint16][]string // first two bytes → stems of two bytes or more
}

func newStemSet(stems ...string) *stemSet {
	ss := &stemSet{byTwo: map[uint16][]string{}, long: true}
	for _, st := range stems {
		ss.long = ss.long && len(st) >= 3
		switch len(st) {
		case 0:
		case 1:
			ss.one[st[0]], ss.anyOne = true, true
		default:
			k := uint16(st[0])<<8 | uint16(st[1])
			ss.pairs[k/64] |= 1 << (k % 64)
			ss.byTwo[k] = append(ss.byTwo[k], st)
			if len(st) == 2 {
				ss.short[k/64] |= 1 << (k % 64)
			} else {
				m := uint16(st[1])<<8 | uint16(st[2])
				ss.mid[m/64] |= 1 << (m % 64)
			}
		}
	}
	for i := range ss.either {
		ss.either[i] = ss.pairs[i] | ss.mid[i]
	}
	for k := range 1 << 16 {
		if has(&ss.either, uint16(k)) {
			le := uint16(k)>>8 | uint16(k)<<8
			ss.eitherLE[le/64] |= 1 << (le % 64)
		}
	}
	return ss
}

// has reports whether bit k of the bitmap set is set.
func has(set *[1 << 16 / 64]uint64, k uint16) bool { return set[k/64]&(1<<(k%64)) != 0 }

// mayHavePhrase reports whether s contains one of the stems.
func mayHavePhrase(s string, stems *stemSet) bool {
	if stems.long {
		return hasLongStem(s, stems)
	}
	if stems.anyOne {
		for i := 0; i < len(s); i++ {
			if stems.one[s[i]] {
				return true
			}
		}
	}
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if stems.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		if stems.short[k/64]&(1<<(k%64)) == 0 {
			// Only stems of three bytes or more start with these two.
			if i+2 == len(s) {
				continue
			}
			if m := uint16(s[i+1])<<8 | uint16(s[i+2]); stems.mid[m/64]&(1<<(m%64)) == 0 {
				continue
			}
		}
		for _, st := range stems.byTwo[k] {
			if strings.HasPrefix(s[i:], st) {
				return true
			}
		}
	}
	return false
}

// hasLongStem is mayHavePhrase for a set of stems of three bytes or more.
// A stem at an even offset i covers the pair at i, one at an odd offset
// i-1 the pair at i as its second and third bytes: the pairs at even
// offsets that are in neither place of any stem rule out both. The pairs
// are read four at a time from eight bytes of the text, each tested in
// stems.eitherLE, where a pair's first byte is its low one.
func hasLongStem(s string, stems *stemSet) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := swar.Load(s, i)
		e := &stems.eitherLE
		if !has(e, uint16(x)) && !has(e, uint16(x>>16)) && !has(e, uint16(x>>32)) && !has(e, uint16(x>>48)) {
			continue
		}
		for j := i; j < i+8; j += 2 {
			if has(e, uint16(s[j])|uint16(s[j+1])<<8) && stems.stemNear(s, j) {
				return true
			}
		}
	}
	for ; i+1 < len(s); i += 2 {
		if has(&stems.eitherLE, uint16(s[i])|uint16(s[i+1])<<8) && stems.stemNear(s, i) {
			return true
		}
	}
	return false
}

// stemNear reports whether a stem of three bytes or more starts at byte i
// of s, or at i-1 with s[i:i+2] as its second and third bytes.
func (stems *stemSet) stemNear(s string, i int) bool {
	k := uint16(s[i])<<8 | uint16(s[i+1])
	// A stem at i: its first two bytes and, when the text goes on, its
	// second and third.
	if has(&stems.pairs, k) && i+2 < len(s) && has(&stems.mid, uint16(s[i+1])<<8|uint16(s[i+2])) {
		for _, st := range stems.byTwo[k] {
			if strings.HasPrefix(s[i:], st) {
				return true
			}
		}
	}
	// A stem at i-1, with k as its second and third bytes.
	if i > 0 && has(&stems.mid, k) {
		if k0 := uint16(s[i-1])<<8 | uint16(s[i]); has(&stems.pairs, k0) {
			for _, st := range stems.byTwo[k0] {
				if strings.HasPrefix(s[i-1:], st) {
					return true
				}
			}
		}
	}
	return false
}

// personSpans returns the spans of st that read as Korean or Chinese
// personal names: a surname followed by given-name syllables.
func personSpans(st string, surnames *wordSet) []word {
	return personSpansWords(st, words(st), surnames)
}

// personSpansWords is personSpans given ws = words(st).
func personSpansWords(st string, ws []word, surnames *wordSet) []word {
	var out []word
	for i := 0; i < len(ws); i++ {
		w := st[ws[i].start:ws[i].end]
		if !surnames.has(w) {
			continue
		}
		ambiguous := englishSurname(w)
		var given []word
		hyphenated, placeAfter := false, false
		for j := i + 1; j < len(ws) && j <= i+3; j++ {
			gap := st[ws[j-1].end:ws[j].start]
			if gap != " " {
				break
			}
			g := st[ws[j].start:ws[j].end]
			if k, _ := placeWord(g); k != kindNone || facilityWord(g) {
				placeAfter = true // Kim Chaek City, Kim Il Sung Square
				break
			}
			if len(given) == 2 || !givenName(g) {
				break
			}
			given = append(given, ws[j])
			if strings.ContainsRune(g, '-') {
				hyphenated = true
				break
			}
		}
		if len(given) == 0 {
			continue
		}
		// Surnames that are also English words ("So", "No", "Song")
		// need a name that cannot be anything else.
		if ambiguous && !hyphenated && len(given) < 2 {
			continue
		}
		if placeAfter {
			continue
		}
		last := given[len(given)-1]
		out = append(out, word{ws[i].start, last.end})
		i += len(given)
	}
	return out
}

// facilityWord reports whether w after a name makes the name a place's
// ("Kim Il Sung Square").
func facilityWord(w string) bool {
	switch w {
	case "Square", "Street", "Bridge", "Station", "Airport", "Stadium", "University", "Avenue", "Park", "Road":
		return true
	}
	return false
}

// englishSurname reports whether the surname w is also a common English
// word or a place-name syllable, so that "So Hyesan …" or "Song River"
// must not read as a name.
func englishSurname(w string) bool {
	switch strings.ToLower(w) {
	case "so", "no", "an", "o", "u", "go", "ho", "im", "ha", "na", "um", "oh", "son", "min", "jo", "ko",
		"yu", "ro", "ji", "cha", "sung", "joo", "bae", "woo", "sin", "song", "moon", "park", "han", "nam",
		"yang", "chang", "hong", "ju", "li", "jin", "chung", "bak", "gim", "yi", "lim", "rim":
		return true
	}
	return false
}

// givenName reports whether w looks like a romanized given-name part:
// capitalized letters only, short, or two such parts joined by a hyphen.
func givenName(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) > 2 {
		return false
	}
	for k, p := range parts {
		if p == "" || len(p) > 7 {
			return false
		}
		for i, r := range p {
			if r >= utf8.RuneSelf {
				return false
			}
			upper := r >= 'A' && r <= 'Z'
			lower := r >= 'a' && r <= 'z'
			switch {
			case i == 0 && k == 0 && !upper:
				return false
			case i > 0 && !lower && !upper:
				return false
			case i == 0 && k > 0 && !upper && !lower:
				return false
			}
		}
	}
	return true
}

// regionMentions turns region phrase hits into mentions, honouring focus.
// A generic phrase ("the border", "along the border") means the border
// of the document's country that the document names outright, when it
// names one and only one other than the phrase's default: in a report on
// the military demarcation line, "landmines along the border" lie in the
// DMZ, not on the North Korea–China border.
func (d *doc) regionMentions(hits []phraseHit) []mention {
	named := map[string]string{} // country → the one region of it named outright ("" for several)
	for _, h := range hits {
		for _, id := range h.m.IDs {
			if r, ok := d.t.regions[id]; ok && r.Kind == "region" && r.Country != "" {
				if prev, seen := named[r.Country]; seen && prev != id {
					named[r.Country] = ""
				} else {
					named[r.Country] = id
				}
			}
		}
	}
	var out []mention
	for _, h := range hits {
		var rg *region
		for _, id := range h.m.IDs {
			needFocus := strings.HasPrefix(id, "?")
			r, ok := d.t.regions[strings.TrimPrefix(id, "?")]
			if !ok || r.Kind != "region" {
				continue
			}
			if needFocus && r.Focus != "" && !d.focus[r.Focus] {
				continue
			}
			if needFocus && genericBorder(d.text[h.sent.Start+h.m.Start:h.sent.Start+h.m.End]) {
				if other, ok := d.t.regions[named[r.Country]]; ok && other.ID != r.ID {
					r = other
				}
			}
			rg = &r
			break
		}
		if rg == nil {
			continue
		}
		st := d.text[h.sent.Start:h.sent.End]
		start, end := h.m.Start, h.m.End
		// Leave a leading preposition out of the span.
		if w, ok := nextWord(st, start); ok && w.start == start && w.end < end {
			switch strings.ToLower(st[w.start:w.end]) {
			case "along", "at", "across", "near", "on", "in":
				if n, ok := nextWord(st, w.end); ok {
					start = n.start
				}
			}
		}
		// Keep a preceding article: "the border area" reads as written.
		if w, ok := prevWord(st, start); ok && strings.EqualFold(st[w.start:w.end], "the") {
			start = w.start
		}
		out = append(out, mention{Span: pipeline.Span{Start: h.sent.Start + start, End: h.sent.Start + end}, region: rg})
	}
	return out
}

// borderWords are the words of a border phrase that names no side of it.
var borderWords = map[string]bool{
	"the": true, "along": true, "at": true, "across": true, "near": true, "on": true, "in": true,
	"border": true, "borders": true, "frontier": true, "area": true, "areas": true, "region": true, "regions": true,
	"zone": true, "zones": true, "city": true, "cities": true, "town": true, "towns": true, "county": true, "counties": true,
	"river": true,
}

// genericBorder reports whether phrase is made of border words only ("along
// the border", "the border areas"), naming no side ("the Chinese border",
// "the northern border").
func genericBorder(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if !borderWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// mergeMentions combines the gazetteer and region mentions: where they
// overlap the longer wins (the gazetteer one on a tie), and the result is
// sorted by Start.
func mergeMentions(gaz, regs []mention) []mention {
	out := slices.Clone(gaz)
	kept := 0 // regions appended to out
	for _, r := range regs {
		keep := true
		for _, g := range gaz {
			if g.Overlaps(r.Span) && g.Len() >= r.Len() {
				keep = false
				break
			}
		}
		if !keep {
			continue
		}
		out = slices.DeleteFunc(out, func(g mention) bool { return g.region == nil && g.Overlaps(r.Span) })
		out = append(out, r)
		kept++
	}
	bySpan := func(a, b pipeline.Span) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	}
	// out is the gazetteer mentions left, then the kept regions. When
	// both runs are strictly increasing and no two mentions tie, merging
	// them gives the only sorted order; else sort as before, so that tied
	// mentions keep the order slices.SortFunc gives them.
	if m, ok := mergeSorted(out[:len(out)-kept], out[len(out)-kept:], bySpan); ok {
		return m
	}
	slices.SortFunc(out, func(a, b mention) int { return bySpan(a.Span, b.Span) })
	return out
}

// mergeSorted merges two strictly increasing runs into a new slice, and
// reports false when a run is not strictly increasing or the runs share a
// key.
func mergeSorted(a, b []mention, cmp func(a, b pipeline.Span) int) ([]mention, bool) {
	if !strictlySorted(a, cmp) || !strictlySorted(b, cmp) {
		return nil, false
	}
	out := make([]mention, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		switch c := cmp(a[0].Span, b[0].Span); {
		case c < 0:
			out, a = append(out, a[0]), a[1:]
		case c > 0:
			out, b = append(out, b[0]), b[1:]
		default:
			return nil, false
		}
	}
	out = append(out, a...)
	return append(out, b...), true
}

// sourceBeforeAt matches, at the start of the text, the words before a
// mention that make it where a reporting source sits: "a source in ",
// "sources based in the ", "a resident of ". It is tried only at the word
// starts that may begin a match (see matchSourceBefore), which gives the
// answer an unanchored search would without trying every byte.
var sourceBeforeAt = regexp.MustCompile(`(?i)^(sources?|informants?|contacts?|insiders?|correspondents?|residents?)\b(?:\s+(?:who\s+(?:lives|live|is|are)\s+|currently\s+)?(?:based|living|located|residing|stationed|working|staying))?\s+(?:in|from|of|near|at|inside)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+)??$`)

// matchSourceBefore returns the leftmost match of the source words before
// a mention in s, with submatches, or nil: the leftmost match starts at a word boundary with one of the first letters of the
// source words (or a letter outside ASCII, which case folding may map to
// one).
func matchSourceBefore(s string) []string {
	for p := 0; p < len(s); p++ {
		if p > 0 && isRegexpWordByte(s[p-1]) {
			continue
		}
		switch s[p] | 0x20 {
		case 's', 'i', 'c', 'r':
		default:
			if s[p] < utf8.RuneSelf {
				continue
			}
		}
		if m := sourceBeforeAt.FindStringSubmatch(s[p:]); m != nil {
			return m
		}
	}
	return nil
}

// prepNearEnd reports whether one of the last three words of s (split at
// spaces) is a preposition sourceBeforeAt ends with: a necessary condition
// for a sourceBeforeAt match, cheap to test.
func prepNearEnd(s string) bool {
	for k := 0; k < 3; k++ {
		s = strings.TrimRight(s, " \t\n\f\r")
		i := strings.LastIndexAny(s, " \t\n\f\r")
		w := s[i+1:]
		switch len(w) {
		case 2, 4, 6:
			if strings.EqualFold(w, "in") || strings.EqualFold(w, "of") || strings.EqualFold(w, "at") ||
				strings.EqualFold(w, "from") || strings.EqualFold(w, "near") || strings.EqualFold(w, "inside") {
				return true
			}
		}
		if i < 0 {
			return false
		}
		s = s[:i]
	}
	return false
}

// sourceAfter matches the words after a mention that make it where a
// reporting source sits: "-based source", " resident told".
var sourceAfter = regexp.MustCompile(`(?i)^(?:\s+province|\s+county|\s+city)?(?:-based|\s+based)?\s+(sources?|informants?|contacts?|residents?)\b`)

// hasReportVerb reports whether st holds, as a whole word in any case, a
// verb that shows a resident in the sentence speaks as a source ("told",
// "said", "according"). Words are runs of ASCII letters, digits and "_",
// as regexp's \b sees them.
func hasReportVerb(st string) bool {
	var buf [10]byte
	for i := 0; i < len(st); {
		if !isRegexpWordByte(st[i]) {
			i++
			continue
		}
		j := i
		for j < len(st) && isRegexpWordByte(st[j]) {
			j++
		}
		if n := j - i; n >= 4 && n <= len(buf) {
			for k := range n {
				c := st[i+k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			switch string(buf[:n]) {
			case "told", "tells", "said", "says", "reported", "reports", "informed", "explained", "added",
				"according", "confirmed", "noted", "stated":
				return true
			}
		}
		i = j
	}
	return false
}

func isRegexpWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// sourceStems are parts of the words sourceBeforeAt and sourceAfter look for.
var sourceStems = newStemSet("ource", "esident", "nformant", "ontact", "nsider", "orrespondent", "OURCE", "ESIDENT")

// sourceCue reports, caching the answer in seen, whether sentence s
// contains any of the words that sourceRole looks for.
func sourceCue(seen map[int]bool, text string, s pipeline.Span) bool {
	v, ok := seen[s.Start]
	if !ok {
		v = mayHavePhrase(text[s.Start:s.End], sourceStems)
		seen[s.Start] = v
	}
	return v
}

// sourceRole reports whether mention m of sentence s says where a reporting
// source sits.
func sourceRole(text string, s, m pipeline.Span) bool {
	if !mayHavePhrase(text[max(s.Start, m.Start-80):min(s.End, m.End+40)], sourceStems) {
		return false
	}
	lo := max(s.Start, m.Start-80)
	before := text[lo:m.Start]
	for lo < m.Start && !utf8.RuneStart(text[lo]) {
		lo++
		before = text[lo:m.Start]
	}
	if !prepNearEnd(before) {
		// sourceBeforeAt ends in one of its prepositions, then at most "the"
		// and one word: without one among the last three words it cannot
		// match, and the regular expression is slow to find that out.
	} else if loc := matchSourceBefore(before); loc != nil {
		if !strings.HasPrefix(strings.ToLower(loc[1]), "resident") {
			return true
		}
		return hasReportVerb(text[s.Start:s.End])
	}
	hi := min(s.End, m.End+40)
	for hi > m.End && hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	if loc := sourceAfter.FindStringSubmatch(text[m.End:hi]); loc != nil {
		if !strings.HasPrefix(strings.ToLower(loc[1]), "resident") {
			return true
		}
		return hasReportVerb(text[s.Start:s.End])
	}
	return false
}

// nextUpper returns the index of the first upper-case ASCII letter of s at
// or after i, or len(s). An abbreviation starts with one, and most of a
// sentence holds none: eight bytes are passed over at a time.
func nextUpper(s string, i int) int {
	for i+8 <= len(s) && !hasUpper8(swar.Load(s, i)) {
		i += 8
	}
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	return i
}

// abbreviations adds the mentions of abbrevs.tsv in sentence s ("Alexandria,
// La.", "N.C.", "the U.S."), replacing gazetteer mentions they overlap.
func (d *doc) abbreviations(s pipeline.Span) {
	st := d.text[s.Start:s.End]
	for i := 0; i < len(st); i++ {
		if i = nextUpper(st, i); i == len(st) {
			break
		}
		party := partyBefore(st, i) // "D-W. Va.", "R-Pa."
		if i > 0 && !party {
			if r, _ := utf8.DecodeLastRuneInString(st[:i]); isWordRune(r) || r == '.' || r == '-' || r == '\'' || r == '’' {
				continue
			}
		}
		j := i
		for j < len(st) && (st[j] == '.' || st[j] >= 'A' && st[j] <= 'Z' || st[j] >= 'a' && st[j] <= 'z') {
			j++
		}
		run := st[i:j]
		// "W. Va.": one space inside.
		if strings.HasSuffix(run, ".") && j+1 < len(st) && st[j] == ' ' {
			k := j + 1
			for k < len(st) && (st[k] == '.' || st[k] >= 'A' && st[k] <= 'Z' || st[k] >= 'a' && st[k] <= 'z') {
				k++
			}
			if _, ok := d.t.abbrev(st[i:k]); ok {
				run, j = st[i:k], k
			}
		}
		if j < len(st) {
			if r, _ := utf8.DecodeRuneInString(st[j:]); isWordRune(r) {
				i = j
				continue
			}
		}
		a, ok := d.t.abbrev(run)
		if !ok && strings.HasSuffix(run, ".") {
			// "the US." at a sentence end
			run = run[:len(run)-1]
			j--
			a, ok = d.t.abbrev(run)
		}
		if !ok {
			i = j
			continue
		}
		if a.Comma && !afterCommaName(st, i) && !party {
			i = j
			continue
		}
		var entries []gazetteer.Entry
		for _, e := range d.g.Lookup(a.Name) {
			if e.Country == a.Country && (e.Code == "ADM1" || strings.HasPrefix(e.Code, "PCL")) {
				entries = append(entries, e)
			}
		}
		if len(entries) > 0 {
			mm := mention{Span: pipeline.Span{Start: s.Start + i, End: s.Start + j}, entries: entries,
				key: gazetteer.Normalize(run), major: true}
			d.replace(mm)
		}
		i = j
	}
}

// partyBefore reports whether a party letter and a hyphen, the press's
// party-and-state tag ("Sen. Bob Casey, D-Pa."), come right before byte i
// of st.
func partyBefore(st string, i int) bool {
	if i < 2 || st[i-1] != '-' {
		return false
	}
	switch st[i-2] {
	case 'D', 'R', 'I':
	default:
		return false
	}
	if i == 2 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(st[:i-2])
	return !isWordRune(r) && r != '-' && r != '.'
}

// afterCommaName reports whether ", " and a capitalized word come right
// before byte i of st ("Bloomington, " before "Ind.").
func afterCommaName(st string, i int) bool {
	pre := strings.TrimRight(st[:i], " \u00a0")
	if len(pre) == len(st[:i]) || !strings.HasSuffix(pre, ",") {
		return false
	}
	w, ok := prevWord(pre, len(pre)-1)
	return ok && capitalized(pre[w.start:w.end])
}

// replace adds mm to d.out in place of the mentions it overlaps that are no
// longer than it.
func (d *doc) replace(mm mention) {
	overlaps := false
	for _, o := range d.out {
		if o.Overlaps(mm.Span) {
			if o.Len() > mm.Len() {
				return
			}
			overlaps = true
		}
	}
	if overlaps {
		d.out = slices.DeleteFunc(d.out, func(o mention) bool { return o.Overlaps(mm.Span) })
	}
	d.out = insertSorted(d.out, mm, func(a, b pipeline.Span) int { return cmp.Compare(a.Start, b.Start) })
}

// insertSorted returns ms with m added and sorted by cmp, as appending m
// and calling slices.SortFunc does. When ms is in strictly increasing
// order and m compares equal to none of it, that order is the only
// sorted one, whatever the algorithm: m goes in by binary search, and
// the mentions after it move once. Otherwise (ties) it sorts as before,
// so that tied mentions keep the order slices.SortFunc gives them.
func insertSorted(ms []mention, m mention, cmp func(a, b pipeline.Span) int) []mention {
	if strictlySorted(ms, cmp) {
		i, found := slices.BinarySearchFunc(ms, m.Span, func(a mention, b pipeline.Span) int { return cmp(a.Span, b) })
		if !found {
			return slices.Insert(ms, i, m)
		}
	}
	ms = append(ms, m)
	slices.SortFunc(ms, func(a, b mention) int { return cmp(a.Span, b.Span) })
	return ms
}

// strictlySorted reports whether every mention of ms compares below the next.
func strictlySorted(ms []mention, cmp func(a, b pipeline.Span) int) bool {
	for i := 1; i < len(ms); i++ {
		if cmp(ms[i-1].Span, ms[i].Span) >= 0 {
			return false
		}
	}
	return true
}

// demonymMentions adds the demonyms of sentence s as mentions of their
// country (Options.Demonyms).
func (d *doc) demonymMentions(s pipeline.Span) {
	f := DemonymFinder{t: d.t}
	d.demonymHits = f.appendSpan(d.demonymHits[:0], d.text, s.Start, s.End)
	for _, h := range d.demonymHits {
		var entries []gazetteer.Entry
		for _, e := range d.g.Lookup(h.name) {
			if strings.HasPrefix(e.Code, "PCL") {
				entries = append(entries, e)
			}
		}
		if len(entries) == 0 {
			continue
		}
		d.replace(mention{Span: h.Span, entries: entries[:1], key: gazetteer.Normalize(d.text[h.Start:h.End]), major: true, demonym: true})
	}
}

// capitalMentions adds a country's capital named by the country's
// adjective ("a guesthouse in the North Korean capital", "talks in the
// Chinese capital"): the one PPLC entry of that country under its name in
// capitals.
func (d *doc) capitalMentions(s pipeline.Span) {
	if !strings.Contains(d.text[s.Start:s.End], " capital") {
		return
	}
	f := DemonymFinder{t: d.t}
	d.demonymHits = f.appendSpan(d.demonymHits[:0], d.text, s.Start, s.End)
	for _, h := range d.demonymHits {
		rest, ok := strings.CutPrefix(d.text[h.End:s.End], " capital")
		if !ok || rest != "" && ('a' <= rest[0] && rest[0] <= 'z') {
			continue
		}
		name, ok := capitals[h.Country]
		if !ok {
			continue
		}
		var capital []gazetteer.Entry
		for _, e := range d.g.Lookup(name) {
			if e.Code == "PPLC" && e.Country == h.Country {
				capital = append(capital, e)
			}
		}
		if len(capital) != 1 {
			continue
		}
		sp := pipeline.Span{Start: h.Start, End: h.End + len(" capital")}
		d.replace(mention{Span: sp, entries: capital, key: gazetteer.Normalize(name), major: true})
	}
}

// capitals names the capitals of the countries the press most often names
// by their adjective.
var capitals = map[string]string{
	"KP": "Pyongyang", "KR": "Seoul", "CN": "Beijing", "RU": "Moscow", "JP": "Tokyo",
	"US": "Washington", "MN": "Ulaanbaatar", "VN": "Hanoi", "TH": "Bangkok",
	"SG": "Singapore", "MY": "Kuala Lumpur", "GB": "London", "FR": "Paris", "DE": "Berlin",
	"UA": "Kyiv", "BY": "Minsk", "IR": "Tehran", "SY": "Damascus", "KH": "Phnom Penh",
}

// addBase appends to entries the readings of name (a match without its
// trailing place word) that are of kind k and not in entries yet.
func (d *doc) addBase(entries []gazetteer.Entry, name string, k kind) []gazetteer.Entry {
	for _, e := range d.g.Lookup(name) {
		if fits(e, k) && !slices.ContainsFunc(entries, func(x gazetteer.Entry) bool { return x.ID == e.ID }) {
			entries = append(entries, e)
		}
	}
	return entries
}

func listWord(w string) bool { return w == "and" || w == "or" || w == "&" }

// menuLine reports whether st is a line of three or more short menu items
// or links separated by "|" ("Subscribe | Log in | Newsletters"); a
// headline with its site's name after one bar ("Two executed in Hyesan |
// Daily NK") is not, nor a caption with its credits ("Agents searched
// homes in Hyesan | Photo: Daily NK | March 2024").
func menuLine(st string) bool {
	if strings.Count(st, "|") < 2 {
		return false // fewer than three items
	}
	for rest := st; ; {
		it, after, more := strings.Cut(rest, "|")
		if len(strings.TrimSpace(it)) > maxMenuItem {
			return false
		}
		if !more {
			return true
		}
		rest = after
	}
}

// maxMenuItem is the longest item, in bytes, of a menu line.
const maxMenuItem = 30

// wholeMenuItem reports whether st[start:end] fills a whole item of a menu
// line: nothing but spaces between it and the separators or line ends
// around it.
func wholeMenuItem(st string, start, end int) bool {
	lo := strings.LastIndexByte(st[:start], '|') + 1
	hi := strings.IndexByte(st[end:], '|')
	if hi < 0 {
		hi = len(st)
	} else {
		hi += end
	}
	return strings.TrimSpace(st[lo:start]) == "" && strings.TrimSpace(st[end:hi]) == ""
}

// bylineName reports whether st is a byline without "By" — a name of two
// to four capitalized words, a bar, slash or dash, and a date opening with
// a digit or a capital ("ISHIKAWA Ryo | 2020.09.04", "Anna Berg / Aug 2,
// 2021") — and st[start:end] is one word of that name, not all of it: the
// writer's surname, not a town of the same name. A one-word name before
// the date ("HYESAN - March 3") is a dateline's place.
func bylineName(st string, start, end int) bool {
	i := indexBylineSep(st) // strings.IndexAny(st, "|/–—-")
	if i < 0 || end > i || len(st)-i > 40 {
		return false
	}
	if st[i] == '-' && (i == 0 || st[i-1] != ' ') {
		return false // a hyphenated name
	}
	date := strings.TrimLeft(st[i:], "|/–—- ")
	if date == "" || !(date[0] >= '0' && date[0] <= '9' || date[0] >= 'A' && date[0] <= 'Z') || !strings.ContainsAny(date, "0123456789") {
		return false
	}
	name := strings.Fields(st[:i])
	if len(name) < 2 || len(name) > 4 || strings.TrimSpace(st[start:end]) == strings.TrimSpace(st[:i]) {
		return false
	}
	for _, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ",.:;()") {
			return false
		}
	}
	return true
}

// afterLocative reports whether the word before byte off of st is "in",
// "at", "near", "from" or "to".
func afterLocative(st string, off int) bool {
	w, ok := prevWord(st, off)
	if !ok {
		return false
	}
	switch strings.ToLower(st[w.start:w.end]) {
	case "in", "at", "near", "from", "to":
		return true
	}
	return false
}

// acronym reports whether w is two to four ASCII capitals ("NIS", "KGB").
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// datelineAt reports whether st[start:end] opens the sentence (first is
// its first word's offset) as a dateline: "GAZA, May 2", "ERIE (AP) —".
func datelineAt(st string, start, end, first int) bool {
	if start != first {
		return false
	}
	rest := st[end:]
	for _, p := range [...]string{",", " (", " —", " –", " -", ":"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// shouting reports whether st is written in capitals (fewer than one
// letter in five in lower case): a headline or a wire slug, where capitals
// say nothing of acronyms.
func shouting(st string) bool {
	upper, lower := 0, 0
	for _, r := range st {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper > 0 && lower*5 < upper+lower
}

// romanizedAlternate reports whether entries are all places of countries
// whose names are romanized (see romanized), below majorPopulation, none
// of which has key as its own name, and one of them a city of
// cityPopulation or more (smaller ones are alternateOnly's): the match
// came through a romanization of a city's name.
func romanizedAlternate(entries []gazetteer.Entry, key string) bool {
	city := false
	for _, e := range entries {
		if !romanized(e.Country) || e.Population >= majorPopulation || gazetteer.FeatureRank(e.Code) <= 2 || gazetteer.Normalize(e.Name) == key {
			return false
		}
		city = city || e.Population >= cityPopulation
	}
	return city
}

// crossingWord reports whether w after a name makes it the name of a
// border crossing or port, and so of a place.
func crossingWord(w string) bool {
	switch w {
	case "border", "crossing", "checkpoint", "customs", "bridge", "port", "Crossing", "Checkpoint", "Customs", "Port":
		return true
	}
	return false
}

// possessiveBefore reports whether a possessive ("Pyongyang's", "the
// city's") ends right before byte off of st.
func possessiveBefore(st string, off int) bool {
	pre := strings.TrimRight(st[:off], " \u00a0")
	return len(pre) < off && (strings.HasSuffix(pre, "'s") || strings.HasSuffix(pre, "’s"))
}

// districtComma reports a district written with its town after a comma:
// "Hwasong District, Pyongyang".
func districtComma(st string, mm mention) bool {
	name := st[mm.Start:mm.End]
	if len(name) < len(" district") || !strings.EqualFold(name[len(name)-len(" district"):], " district") || !strings.HasPrefix(st[mm.End:], ", ") {
		return false
	}
	n, ok := nextWord(st, mm.End+1)
	return ok && unicode.IsUpper(firstRune(st[n.start:n.end]))
}

// ofNameAfter reports whether " of " or " in " and a capitalized word follow
// byte off of st: "the Pohang district of Chongjin" names the city the
// district is part of.
func ofNameAfter(st string, off int) bool {
	w, ok := nextWord(st, off)
	if !ok || (st[w.start:w.end] != "of" && st[w.start:w.end] != "in") {
		return false
	}
	n, ok := nextWord(st, w.end)
	return ok && unicode.IsUpper(firstRune(st[n.start:n.end]))
}
