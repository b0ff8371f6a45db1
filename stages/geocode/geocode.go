package geocode

import (
	"bufio"
	"cmp"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
	"geotimeline/stages/places"
)

// Options configures a Geocoder. The zero value is useful.
type Options struct {
	// Gazetteer, when set, supplies each candidate's feature class from its
	// ID; nil means the class is inferred from the feature code.
	Gazetteer *gazetteer.Gazetteer
	// Focus lists ISO 3166-1 alpha-2 countries to favour in every document
	// (a bias the user knows in advance, such as ["KP"]); nil means none.
	Focus []string
	// Logger receives debug messages; nil discards them.
	Logger *slog.Logger
}

// Geocoder is the geocode stage. It is safe for concurrent use.
type Geocoder struct {
	gaz    *gazetteer.Gazetteer
	focus  []string
	logger *slog.Logger
	finder func() (*places.DemonymFinder, error)
	work   sync.Pool // of *work
}

// work holds the buffers Process reuses from one document to the next
// (Geocoder.work); nothing in a result points into them.
type work struct {
	groups []group  // storage of the document's groups
	cands  []cand   // storage of the groups' candidates
	gOf    []*group // by mention
	ptrs   []*group // the groups in order of first mention
	nz     normalizer
	near   nearScratch
}

// New returns a Geocoder.
func New(opts Options) *Geocoder {
	l := opts.Logger
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	var focus []string
	for _, c := range opts.Focus {
		if c = strings.ToUpper(strings.TrimSpace(c)); c != "" {
			focus = append(focus, c)
		}
	}
	return &Geocoder{gaz: opts.Gazetteer, focus: focus, logger: l, finder: sync.OnceValues(places.NewDemonymFinder)}
}

// Name returns the stage name, "geocode".
func (g *Geocoder) Name() string { return "geocode" }

// ErrData is wrapped by errors about the malformed embedded country table.
var ErrData = errors.New("geocode: malformed data")

// countries.tsv: area and number of first-level units per country, about 3 kB.
//
//go:embed countries.tsv
var countriesTSV string

type countryInfo struct {
	areaKM2 float64
	admin1  int
}

var loadCountries = sync.OnceValues(func() (map[string]countryInfo, error) {
	m := map[string]countryInfo{}
	sc := bufio.NewScanner(strings.NewReader(countriesTSV))
	n := 0
	for sc.Scan() {
		n++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("countries.tsv:%d: %w: %d columns, want 3", n, ErrData, len(f))
		}
		area, err1 := strconv.ParseFloat(f[1], 64)
		units, err2 := strconv.Atoi(f[2])
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("countries.tsv:%d: %w: %w", n, ErrData, err)
		}
		m[f[0]] = countryInfo{area, units}
	}
	return m, nil
})

// Score weights.
const (
	wFocus       = 3.0 // times the country's share of the document's focus
	wAdmin1      = 2.0 // inside a first-level unit the document names
	wParent1     = 4.0 // inside the admin1 written right after the name
	wParentC     = 3.0 // inside the country written right after the name
	wArticle     = 1.5 // "the" before a river, mountain or region
	wPop         = 0.35
	wAway        = 3.0    // inside the country a sentence moves something into from the place
	wSoft        = 0.25   // focus weight of a name read in several countries, for its best reading
	wDemonym     = 2.0    // focus weight of a country's demonyms ("North Korean"), as a first-level unit named
	minFocusUnit = 1.0    // votes from other names that make a first-level unit the document's
	wTwin        = 0.5    // another reading of the name lies within twinKM
	twinKM       = 25.0   // km
	twinLon      = 1.5    // degrees of longitude beyond which readings are more than twinKM apart below 80° latitude
	wName        = 1.5    // the text is the reading's own name ("Jerusalem" is not Courtland, Virginia, once called Jerusalem)
	wCurated     = 0.5    // and more when the curated alias table gives the text to the reading ("Kalma" is the resort, not a North Hamgyong village)
	minorPop     = 15000  // below it a populated place is "small"
	adm1Pop      = 1e4    // population assumed for a first-level unit without one
	strongFoc    = 3.0    // focus weight from which a document is clearly about a country
	wNear        = 2.0    // per unit of support from nearby readings of other names
	maxNear      = 3.0    // support counted at most
	nearKM       = 150.0  // km at which a reading of another name stops supporting
	minNearP     = 0.02   // readings less likely than this give no support
	bigKM        = 1500.0 // km within which capitals and cities of a million support each other
	bigCityPop   = 1e6    // from this population a city supports others within bigKM
	strayKM      = 500.0  // a small town this far from the document's unit is a stray namesake
	minStrayUnit = 2.0    // votes that make a first-level unit the document's for strays
	bigPop       = 1e5    // a city this big anywhere is what its name means, not a stray
	wCity        = 4.0    // a reading near the city "the city's" before the name refers to ("the city's Sunam district")
	cityKM       = 25.0   // km from that city within which a reading is in it
	wSeat        = 0.6    // a big city that is the seat of the first-level unit named like it, over the unit
	maxListLen   = 8      // names in a list of counties at most
	minA1Norm    = 2.0    // unit votes that earn the full admin1 bonus at the least (a unit named once)
	outsideKM    = 250.0  // a town this far from the unit written after it is not in it
)

// cand is one candidate under scoring.
type cand struct {
	place   pipeline.Place
	class   string
	a1      string // normalized first-level unit name
	prior   float64
	name    float64 // the mention's text is the reading's own name, not an alternate one
	focus   float64
	admin1  float64
	parent  float64
	article float64
	twin    float64 // another reading of the name lies beside it: a city and its county
	near    float64 // readings of the document's other names lie close by
	local   bool    // a reading of another name lies within nearKM (set with near)
	away    float64 // inside a country the sentence moves something into from this place
	parentN string  // the parent that matched
	city    float64 // within cityKM of the city "the city's" refers to
	cityN   string  // that city's name as written
	lent    bool    // its prior has a seat's rank lent by rankByPeers
}

func (c *cand) score() float64 {
	return c.prior + c.name + c.focus + c.admin1 + c.parent + c.article + c.twin + c.away + c.near + c.city
}

// group is every mention of the document with the same text.
type group struct {
	key      string
	base     string // key without a trailing place word ("douglas" for "douglas county")
	mentions []int
	cands    []cand
	parents  []int // indexes of parent mentions
	article  bool
	crossed  bool                // a mention is what is crossed or followed ("crossed the Tumen", "along the frozen Tumen")
	inTown   bool                // a mention follows "in " ("police in Tumen")
	county   bool                // a mention stands in a list of counties ("Clay and Becker counties")
	away     []string            // countries a mention of the name is moved out to ("from Anju into China")
	override *gazetteer.Override // the analyst's fixed reading, if any
	ofCity   int                 // the mention of the city "the city's" before a mention refers to, or -1
	curated  []string            // g.curated(key)
	tieNear  string              // the name whose reading broke a tie of the best readings (breakTiesByNearness)
}

// curated returns the IDs of the places the curated alias table (or an
// override) gives the normalized name key.
func (g *Geocoder) curated(key string) []string {
	if g.gaz == nil {
		return nil
	}
	return g.gaz.CuratedIDs(key)
}

// Process resolves it.Places; see the package documentation.
func (g *Geocoder) Process(ctx context.Context, it *pipeline.Item) error {
	countries, err := loadCountries()
	if err != nil {
		return err
	}
	if _, err := gazetteer.USCounties(""); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	text := it.Doc.Text
	ms := it.Places
	wk, _ := g.work.Get().(*work)
	if wk == nil {
		wk = &work{}
	}
	defer g.work.Put(wk)
	// Names and units recur from reading to reading (and the same ones
	// from document to document).
	if wk.nz == nil || len(wk.nz) > 1<<14 {
		wk.nz = normalizer{}
	}
	nz := wk.nz

	// Group the mentions by their text (without a distance prefix). The
	// groups and their candidates live in wk's arrays, sized up front so
	// that the pointers into them stay valid.
	if cap(wk.groups) < len(ms) {
		wk.groups = make([]group, 0, len(ms))
	}
	store := wk.groups[:0]
	nCands := 0
	for i := range ms {
		nCands += len(ms[i].Candidates)
	}
	if cap(wk.cands) < nCands {
		wk.cands = make([]cand, 0, nCands)
	}
	candStore := wk.cands[:0]
	groups := wk.ptrs[:0]
	gOf := slices.Grow(wk.gOf[:0], len(ms))[:len(ms)]
	clear(gOf)
	byKey := map[string]*group{}
	for i := range ms {
		_, rest := splitOffset(ms[i].Text)
		key := nz.normalize(rest)
		// A name that is a river and a town is read once for the mentions
		// crossed ("crossed the Tumen") and once for the others ("a
		// detention center in Tumen"): two readings in one document.
		mk := key
		crossed := crossedBefore(text, ms[i].Start)
		if crossed && riverAndTown(ms[i].Candidates) {
			mk = key + "\x00crossed"
		}
		gr := byKey[mk]
		if gr == nil {
			store = store[:len(store)+1]
			gr = &store[len(store)-1]
			// Keep the arrays of the group that had this slot before.
			*gr = group{key: key, base: baseKey(key), ofCity: -1,
				mentions: gr.mentions[:0], parents: gr.parents[:0], away: gr.away[:0]}
			byKey[mk] = gr
			groups = append(groups, gr)
			n := len(ms[i].Candidates)
			candStore = candStore[:len(candStore)+n]
			gr.cands = candStore[len(candStore)-n : len(candStore)-n : len(candStore)]
			curated := g.curated(key)
			gr.curated = curated
			for _, c := range ms[i].Candidates {
				nc := g.newCand(nz, c.Place)
				switch {
				case slices.Contains(curated, c.Place.ID):
					nc.name = wName + wCurated // the press's spelling of this place
				case c.Place.Name == rest:
					nc.name = wName // its normal form is key
				default:
					if n := nz.normalize(c.Place.Name); n == key || n == gr.base {
						nc.name = wName
					}
				}
				gr.cands = append(gr.cands, nc)
			}
			if g.gaz != nil {
				if ov, ok := g.gaz.Override(rest); ok {
					gr.override = &ov
					if !slices.ContainsFunc(gr.cands, func(c cand) bool { return c.place.ID == ov.PlaceID }) {
						if e, ok := g.gaz.Get(ov.PlaceID); ok {
							gr.cands = append(gr.cands, g.newCand(nz, pipeline.Place{ID: e.ID, Name: e.Name, Lat: e.Lat, Lon: e.Lon,
								FeatureCode: e.Code, Admin1: e.Admin1, Country: e.Country, Population: e.Population}))
						}
					}
				}
			}
		}
		if len(gr.mentions) == 0 {
			markTwins(gr.cands)
			seatOverUnit(gr.cands)
			rankByPeers(gr.cands)
		}
		gr.mentions = append(gr.mentions, i)
		gOf[i] = gr
		if articleBefore(text, ms[i].Start) {
			gr.article = true
		}
		if crossed {
			gr.crossed = true
		}
		if strings.HasSuffix(text[:ms[i].Start], "in ") {
			gr.inTown = true // "police in Tumen": the name is also a town here
		}
	}
	for i := range ms {
		gOf[i].parents = append(gOf[i].parents, parentsOf(text, ms, i)...)
		if gOf[i].ofCity < 0 && cityPossessive(text, ms[i].Start) {
			gOf[i].ofCity = lastCity(ms, gOf, i)
		} else if gOf[i].ofCity < 0 && i > 0 && namePossessive(text, ms[i-1].End, ms[i].Start) && gOf[i-1] != gOf[i] &&
			slices.ContainsFunc(gOf[i-1].cands, func(c cand) bool { return c.class == "P" }) {
			gOf[i].ofCity = i - 1 // "Pyongyang's Hwasong district"
		} else if gOf[i].ofCity < 0 && i+1 < len(ms) && gOf[i+1] != gOf[i] && ms[i].Role != "demonym" && ms[i+1].Role != "demonym" &&
			partOf(text, ms[i].Text, ms[i].End, ms[i+1].Start) {
			gOf[i].ofCity = i + 1 // "Sunam Market in Chongjin", "the Pohang district of Chongjin"
		} else if gOf[i].ofCity < 0 && theDistrict(text, ms[i]) {
			gOf[i].ofCity = lastCityNear(ms, gOf, i, it.Sentences) // "Chongjin … in the Pohang district"
		}
		if !gOf[i].county && inCountyList(text, ms, i) {
			gOf[i].county = true
		}
	}
	for _, dm := range destinations(text, it.Sentences, ms) {
		gr := gOf[dm.from]
		if !slices.Contains(gr.away, dm.country) {
			gr.away = append(gr.away, dm.country)
		}
	}

	// Document focus.
	weight := map[string]float64{}
	for _, c := range g.focus {
		weight[c] += strongFoc
	}
	// A name is no evidence for itself: each name's own share of its
	// country's weight, by base name, so that "Douglas County" and
	// "Douglas" do not vouch for each other.
	own := map[string][]vote{}
	ambiguousCountry := map[*group]bool{}
	for _, gr := range groups {
		if ms[gr.mentions[0]].Role == "demonym" {
			continue // counted below with the rest of the document's demonyms
		}
		if c, w := mentionCountry(ms[gr.mentions[0]].Candidates); c != "" {
			w *= repeatWeight(len(gr.mentions))
			weight[c] += w
			own[gr.base] = append(own[gr.base], vote{c, w})
		} else {
			ambiguousCountry[gr] = true
		}
	}
	// Places named (and Options.Focus) decide whether the document is
	// clearly about other countries than a small place's (see below).
	// Demonyms vote by what they modify (demonymVotes): the country's
	// state, people or ground ("North Korean security agents") even when
	// nothing else votes; goods, money and foreigners ("South Korean
	// cosmetics", "a Chinese trader") never; anything else only where
	// places named already vote, since alone it may be either. None adds
	// to an analyst's Options.Focus, which says what the documents are
	// about better than a text can ("South Korean officials said …" in a
	// report from the North).
	maxPlaceW := 0.0
	for _, w := range weight {
		maxPlaceW = max(maxPlaceW, w)
	}
	dem, err := g.demonymVotes(text, it.Sentences, ms)
	if err != nil {
		return err
	}
	for _, d := range dem {
		n := d.place
		if maxPlaceW > 0 {
			n += d.other
		}
		if n > 0 && len(g.focus) == 0 {
			weight[d.country] += wDemonym * repeatWeight(n)
		}
	}
	maxW := 0.0
	for _, w := range weight {
		maxW = max(maxW, w)
	}

	// Pass 1 without co-mentioned admin1 units; pass 2 with the admin1
	// units of pass 1's readings (see admin1Votes).
	var a1w map[string]float64  // country|admin1 → votes
	var a1own map[string][]vote // each base name's own votes
	maxA1 := 0.0
	for pass := range 2 {
		for _, gr := range groups {
			caps := capitals(gr.cands)
			for k := range gr.cands {
				c := &gr.cands[k]
				c.focus, c.admin1, c.parent, c.article, c.away, c.parentN, c.city, c.cityN = 0, 0, 0, 0, 0, "", 0, ""
				if slices.Contains(gr.away, c.place.Country) && !isCountry(c.place.FeatureCode) {
					c.away = -wAway
				}
				if maxW > 0 {
					w := weight[c.place.Country] - ownVotes(own[gr.base], c.place.Country)
					c.focus = wFocus * w / maxW
				}
				if pass == 1 && c.a1 != "" && !isCountry(c.place.FeatureCode) {
					key := c.place.Country + "|" + c.a1
					w := a1w[key] - ownVotes(a1own[gr.base], key)
					hasCap := slices.Contains(caps, c.place.Country)
					if isADM1(c.place.FeatureCode) && !hasCap {
						// Other units of its country named in the document
						// make a unit's name read as the unit ("Oregon"
						// beside "Illinois" is the state, not the town
						// in Illinois) unless the name is also the
						// country's capital ("Washington").
						w = max(w, unitVotes(a1w, c.place.Country, a1own[gr.base]))
					}
					// A namesake of its country's capital gains nothing
					// from the units the document names: "Washington" in
					// a report naming Georgia is the capital, not the
					// Georgia town (on LGL dev, 2621 → 2623 within
					// 161 km; held-out unchanged). A parent written
					// after it ("Washington, Texas") still counts, and so
					// does the unit when another name of the document
					// lies within nearKM of the namesake: "Washington"
					// beside Pittsburgh is Washington, Pennsylvania (LGL
					// dev −1: a Northeast Georgia story whose Washington
					// is the capital; held-out unchanged).
					if w > 0 && (c.place.FeatureCode == "PPLC" || isADM1(c.place.FeatureCode) || !hasCap || c.local) {
						// Relative to the best-voted unit, but a lone
						// ambiguous name's half vote is no named unit.
						c.admin1 = wAdmin1 * min(1, w/max(maxA1, minA1Norm))
					}
				}
				for _, p := range gr.parents {
					if b, name := parentBonus(c, ms[p]); b > c.parent {
						c.parent, c.parentN = b, name
					}
				}
				if gr.ofCity >= 0 {
					if t := gOf[gr.ofCity]; len(t.cands) > 0 && t.cands[0].class == "P" {
						tp := t.cands[0].place
						if d := distKM(c.place.Lat, c.place.Lon, tp.Lat, tp.Lon); d <= cityKM && c.place.ID != tp.ID {
							c.city, c.cityN = wCity*(1-d/(2*cityKM)), ms[gr.ofCity].Text
						}
					}
				}
				if gr.article {
					switch c.class {
					case "H", "T", "L":
						c.article = wArticle
					case "P":
						c.article = -wArticle / 3
					}
				}
				if gr.crossed && !gr.inTown && c.class == "H" {
					c.article += 3 * wArticle // what one crosses or walks along is a river, unless the document also has the name "in" it as a town
				}
			}
			if pass == 1 {
				shareUnitBonus(gr.cands)
			}
			sortCands(gr)
		}
		if pass == 0 {
			// Names read in more than one country vote, more weakly, for
			// the country of their best reading: "Athens" beside "Tyler"
			// and "Dallas" adds to the document's US focus.
			for _, gr := range groups {
				if len(gr.cands) == 0 || !ambiguousCountry[gr] {
					continue
				}
				c := gr.cands[0].place.Country
				if c == "" {
					continue
				}
				w := wSoft * repeatWeight(len(gr.mentions))
				weight[c] += w
				own[gr.base] = append(own[gr.base], vote{c, w})
				maxW = max(maxW, weight[c])
			}
			nearSupport(groups, &wk.near)
			for _, gr := range groups {
				if slices.ContainsFunc(gr.cands, func(c cand) bool { return c.near > 0 }) {
					sortCands(gr)
				}
			}
			a1w, a1own = admin1Votes(groups)
			for _, w := range a1w {
				maxA1 = max(maxA1, w)
			}
		}
	}

	// A county the gazetteer lacks ("Douglas County" where only towns
	// named Douglas are known) is placed at the first-level unit the rest
	// of the document points at, with that unit's precision, rather than
	// at a namesake town in another state — nor at a namesake town in
	// that unit, which is seldom the county's seat and would claim a
	// town's precision for a county ("Newton County, Ga." is not Newton,
	// Georgia, 250 km away in another county). On LGL this took dev
	// acc@161 2689 → 2694 of 3184 and test 572 → 573 of 717, at the cost
	// of a few km for counties named like their seat (dev median error
	// 18.2 → 19.8 km).
	county := map[*group]pipeline.Place{}
	seat := map[*group]bool{}        // counties placed at the town they are named after (seatNamed)
	censusWhy := map[*group]string{} // why a county of the Census table was taken
	for _, gr := range groups {
		if !countyWithoutUnit(gr) || len(gr.curated) > 0 {
			continue // (the curated alias table knows the county by that name)
		}
		if seatNamed(gr) {
			seat[gr] = true
			continue
		}
		// A unit written right after it says which ("Goseong County,
		// Gangwon Province" is in Gangwon, whatever else the report
		// names).
		if u, ok := writtenUnit(gr, gOf); ok {
			if c, ok := usCounty(nz, gr, u.place.Country, u.a1); ok {
				county[gr], censusWhy[gr] = c, "the state written after it"
			} else {
				county[gr] = localCentre(groups, gr, u.place, u.a1)
			}
			continue
		}
		focus := topCountry(weight)
		if focus == "" {
			focus = gr.cands[0].place.Country
		}
		p, a1, inUnit := g.focusUnit(groups, gr, focus, a1w, a1own[gr.base])
		if c, ok := usCounty(nz, gr, p.Country, a1); ok && inUnit {
			county[gr], censusWhy[gr] = c, "the state the document points at"
		} else if c, ok := votedCounty(nz, gr, focus, a1w, a1own[gr.base]); ok {
			county[gr], censusWhy[gr] = c, "the only state with one, or the one the document's names vote for most among them"
		} else if inUnit {
			county[gr] = localCentre(groups, gr, p, a1)
		}
	}
	// A town written with a first-level unit after it that none of its
	// readings lies in ("Greenwood, W. Va." where the gazetteer knows only
	// the Greenwoods of other states) is a place of that unit the
	// gazetteer lacks: placed like a county the gazetteer lacks, at the
	// unit, rather than at a namesake the text rules out. A reading
	// within outsideKM of the unit is kept: the unit's boundary may have
	// moved since the gazetteer's codes (Kaesong, a special city now,
	// written "Kaesong, North Hwanghae").
	elsewhere := map[*group]bool{}
	for _, gr := range groups {
		if len(gr.cands) == 0 || county[gr] != (pipeline.Place{}) || gr.override != nil || gr.cands[0].class != "P" {
			continue
		}
		u, ok := writtenUnit(gr, gOf)
		if !ok || slices.ContainsFunc(gr.cands, func(c cand) bool {
			return c.place.Country == u.place.Country && c.a1 == u.a1 || isCountry(c.place.FeatureCode) || isADM1(c.place.FeatureCode) ||
				distKM(c.place.Lat, c.place.Lon, u.place.Lat, u.place.Lon) < outsideKM
		}) {
			continue
		}
		county[gr] = localCentre(groups, gr, u.place, u.a1)
		elsewhere[gr] = true
	}
	// A river, lake or county the gazetteer has no entry of that kind for
	// ("Kanawha River") lies in the first-level unit the document points
	// at: placed there, with the unit's precision.
	unknown := map[*group]bool{}
	for _, gr := range groups {
		if len(gr.cands) > 0 || len(gr.mentions) == 0 || !strings.Contains(gr.key, " ") {
			continue
		}
		focus := topCountry(weight)
		if focus == "" {
			continue
		}
		if p, a1, ok := g.focusUnit(groups, gr, focus, a1w, a1own[gr.base]); ok {
			county[gr] = localCentre(groups, gr, p, a1)
			unknown[gr] = true
		}
	}
	// A small town whose every reading lies far from the first-level unit
	// the document is about, with nothing else in the document near it or
	// in its unit, is more likely a place of that unit the gazetteer
	// lacks than a namesake 1,000 km away: it is placed like a county the
	// gazetteer lacks. A lesser namesake of 15,000 elsewhere in the
	// country does not make the name one that means that town ("Weston"
	// in a Connecticut report is neither the West Virginia village nor
	// the Florida city). A best reading of 15,000 or more stays: the
	// North Korean towns the gazetteer lists lie up to 700 km apart, and
	// "Onsong" in a report naming North Pyongan is still Onsong.
	stray := map[*group]bool{}
	for _, gr := range groups {
		if len(gr.cands) == 0 || county[gr] != (pipeline.Place{}) || gr.override != nil {
			continue
		}
		top := gr.cands[0]
		// (A town of 15,000 that leads only by the seat's rank it was lent
		// is still a small-town name: the Florida city does not keep
		// "Weston" from the Connecticut report's unit because it
		// outnumbers the West Virginia seat.)
		if top.class != "P" || top.place.Population >= minorPop && !top.lent || top.place.Population <= 0 || top.parent > 0 || isCountry(top.place.FeatureCode) ||
			top.admin1 > 0 || top.near > 0 {
			continue
		}
		focus := topCountry(weight)
		if focus == "" || top.place.Country != focus || slices.ContainsFunc(gr.cands, func(c cand) bool {
			return isCountry(c.place.FeatureCode) || isADM1(c.place.FeatureCode) || c.place.FeatureCode == "PPLC" || c.place.Population >= bigPop
		}) {
			continue // a name known for more than small towns
		}
		p, a1, ok := g.focusUnit(groups, gr, focus, a1w, a1own[gr.base])
		if !ok || a1w[focus+"|"+a1]-ownVotes(a1own[gr.base], focus+"|"+a1) < minStrayUnit ||
			slices.ContainsFunc(gr.cands, func(c cand) bool { return c.place.Country == p.Country && c.a1 == a1 }) {
			continue // no unit the document is about, or a reading in it
		}
		u := localCentre(groups, gr, p, a1)
		if distKM(top.place.Lat, top.place.Lon, u.Lat, u.Lon) < strayKM {
			continue
		}
		county[gr] = u
		stray[gr] = true
	}

	// A part of a North Korean town written with it ("Songyo District,
	// Pyongyang", "the city's Osan-dok neighborhood") that has no reading
	// near that town is placed at the town, not at a namesake village 140
	// km away: the gazetteer lists few of the North's urban districts.
	// (Elsewhere a far reading may be right: on LGL, US towns, the rule
	// lost 2 of 3,918 within 161 km.)
	partOfTown := map[*group]string{}
	for _, gr := range groups {
		if gr.ofCity < 0 || len(gr.cands) == 0 || county[gr] != (pipeline.Place{}) || gr.override != nil {
			continue
		}
		// (a part by its word or a possessive: not "Gyodong Island in
		// Incheon", an island of the metropolitan city 40 km out)
		m0 := gr.mentions[0]
		if !cityPartWord(lastWord(ms[m0].Text)) && !cityPossessive(text, ms[m0].Start) &&
			!(m0 > 0 && namePossessive(text, ms[m0-1].End, ms[m0].Start)) {
			continue
		}
		t := gOf[gr.ofCity]
		if t == gr || len(t.cands) == 0 || t.cands[0].class != "P" {
			continue
		}
		tp := t.cands[0].place
		if tp.Country != "KP" || slices.ContainsFunc(gr.cands, func(c cand) bool { return distKM(c.place.Lat, c.place.Lon, tp.Lat, tp.Lon) <= cityKM }) {
			continue
		}
		county[gr] = tp
		partOfTown[gr] = ms[gr.ofCity].Text
	}

	breakTiesByNearness(groups)

	// Write back. Every mention owns its candidates; one array holds
	// them all.
	nOut := 0
	for _, gr := range groups {
		nOut += len(gr.cands) * len(gr.mentions)
	}
	out := make([]pipeline.Candidate, nOut)
	take := func(n int) []pipeline.Candidate {
		s := out[:n:n]
		out = out[n:]
		return s
	}
	for _, gr := range groups {
		cs := take(len(gr.cands))
		for k := range gr.cands {
			c := &gr.cands[k]
			cs[k] = pipeline.Candidate{Place: c.place, Score: math.Round(c.score()*1000) / 1000}
		}
		resolved, reason := true, ""
		if u, ok := county[gr]; ok && unknown[gr] {
			reason = fmt.Sprintf("no gazetteer entry for this name: the first-level unit the document points at, %s, %s", u.Name, u.Country)
		} else if len(gr.cands) == 0 {
			resolved, reason = false, "no gazetteer entry for this name"
			if len(gr.mentions) > 0 {
				if w := lastWord(ms[gr.mentions[0]].Text); w != "" && w != ms[gr.mentions[0]].Text {
					reason = fmt.Sprintf("no gazetteer entry of the kind %q for this name", w)
				}
			}
		} else if u, ok := county[gr]; ok && elsewhere[gr] {
			reason = fmt.Sprintf("no reading in %s, %s, the first-level unit written after it; the best, %s, %s, lies outside it",
				u.Name, u.Country, gr.cands[0].place.Name, orDash(gr.cands[0].place.Admin1))
		} else if town, ok := partOfTown[gr]; ok {
			reason = fmt.Sprintf("a part of %s with no reading within %.0f km of it (the best, %s, %s, lies %.0f km away): placed at %s",
				town, cityKM, gr.cands[0].place.Name, orDash(gr.cands[0].place.Admin1),
				distKM(gr.cands[0].place.Lat, gr.cands[0].place.Lon, county[gr].Lat, county[gr].Lon), county[gr].Name)
		} else if u, ok := county[gr]; ok && stray[gr] {
			reason = fmt.Sprintf("no reading in %s, %s, the first-level unit the document points at; the best, %s, %s, is %.0f km away",
				u.Name, u.Country, gr.cands[0].place.Name, orDash(gr.cands[0].place.Admin1),
				distKM(gr.cands[0].place.Lat, gr.cands[0].place.Lon, u.Lat, u.Lon))
		} else if u, ok := county[gr]; ok && censusWhy[gr] != "" {
			reason = fmt.Sprintf("no %s in the gazetteer: %s, %s, %s (U.S. Census counties), in %s",
				ms[gr.mentions[0]].Text, u.Name, u.Admin1, u.Country, censusWhy[gr])
		} else if u, ok := county[gr]; ok {
			which := "the first-level unit the document points at"
			if w, ok := writtenUnit(gr, gOf); ok && w.place.ID == u.ID {
				which = "the first-level unit written after it"
			}
			reason = fmt.Sprintf("no %s in the gazetteer: %s, %s, %s", ms[gr.mentions[0]].Text, which, u.Name, u.Country)
		} else if gr.override != nil && gr.cands[0].place.ID == gr.override.PlaceID {
			reason = fmt.Sprintf("analyst override (%s)", gr.override.Source)
		} else if top := gr.cands[0]; othersFocus(weight, own[gr.base]) >= strongFoc && weight[top.place.Country]-ownVotes(own[gr.base], top.place.Country) <= 0 && top.class == "P" && top.place.Population < minorPop &&
			!slices.Contains(gr.curated, top.place.ID) {
			resolved = false
			reason = fmt.Sprintf("only readings are small places outside the document's focus (%s): best %s, %s, population %d",
				focusList(weight), top.place.Name, top.place.Country, top.place.Population)
		} else {
			reason = explain(gr, weight, maxW)
		}
		for k, i := range gr.mentions {
			m := &ms[i]
			m.Candidates = cs
			if k > 0 {
				m.Candidates = take(len(cs)) // each mention owns its slice
				copy(m.Candidates, cs)
			}
			m.Resolved = resolved
			m.Reason = reason
			m.Place = pipeline.Place{}
			if !resolved {
				continue
			}
			var p pipeline.Place
			var class string
			if u, ok := county[gr]; ok {
				p, class = u, "A"
			} else {
				p, class = gr.cands[0].place, gr.cands[0].class
			}
			p.Precision, p.UncertaintyKM = precisionOf(p, class, countries)
			if seat[gr] && class == "P" {
				// the county named after the town, at its seat: a county's
				// precision, not the town's
				p.Precision, p.UncertaintyKM = pipeline.GeoAdmin2, max(p.UncertaintyKM, 20)
			}
			m.Place = p
			if off, _ := splitOffset(m.Text); off.ok {
				m.Place = off.apply(p)
				m.Reason = reason + "; " + off.describe(p.Name)
			}
		}
	}
	if g.logger.Enabled(ctx, slog.LevelDebug) {
		g.logger.Debug("geocode", "doc", it.Doc.Path, "mentions", len(ms), "names", len(groups))
	}
	// Keep the grown arrays for the next document.
	wk.groups, wk.cands, wk.ptrs, wk.gOf = store[:0], candStore[:0], groups[:0], gOf[:0]
	return nil
}

// A demonymCount counts a country's demonyms in a document by what they
// modify (headKind).
type demonymCount struct {
	country      string
	place, other int // demPlace and demOther demonyms; demThing ones are not counted
}

// demonymVotes counts the document's demonyms ("North Korean authorities",
// "a Chinese trader") per country, in order of first appearance, whether or
// not the places stage made mentions of them (places.Options.Demonyms). A
// demonym inside another mention ("American Fork") is no demonym.
//
// Process weighs a country's counted demonyms as a first-level unit named
// (wDemonym, 2) times repeatWeight of their number: a demonym tells the
// country and nothing of where in it, and less than the country named as
// a place (3). What the demonym modifies (demonymheads.tsv) decides
// whether it counts. The country's state, people or ground ("North Korean
// security agents", "the North Korean city of", "the North Korean side of
// the border") say where the story is, and count even when nothing else
// gives a focus: "North Korean security agents in Chongju arrested …" is
// the North Korean Chongju, not the larger Chongju (Jeonju) in the South.
// Goods, money, media and foreigners ("South Korean cosmetics",
// "Chinese-made", "a Chinese trader in Anju", "a South Korean defector
// group") travel and never count. Demonyms that modify neither count only
// beside places named, as all demonyms did before the kinds: alone they
// may be either ("a North Korean who fled"). With Options.Focus set none
// counts: the analyst's focus says what the documents are about, and the
// press about one country quotes another's officials ("South Korean
// officials said"). (On LGL, demonyms off, all demonyms with weights 1, 1.5,
// 2 and 3 gave dev acc@161 .818, .820, .820, .819 against .814 without;
// held out .768, .768, .770, .770.)
func (g *Geocoder) demonymVotes(text string, sents []pipeline.Sentence, ms []pipeline.PlaceMention) ([]demonymCount, error) {
	if len(ms) == 0 {
		return nil, nil // nothing to resolve
	}
	f, err := g.finder()
	if err != nil {
		return nil, fmt.Errorf("geocode: %w", err)
	}
	heads, err := demonymHeads()
	if err != nil {
		return nil, fmt.Errorf("geocode: %w", err)
	}
	hits := f.Find(nil, text, sents)
	var counts []demonymCount
	j := 0
	for _, h := range hits {
		for j < len(ms) && ms[j].End <= h.Start {
			j++
		}
		if j < len(ms) && ms[j].Start < h.End && ms[j].Role != "demonym" {
			continue // part of a place's name
		}
		if h.Country == "" {
			continue
		}
		kind := headKind(heads, text, h.End)
		if kind == demThing {
			continue
		}
		k := slices.IndexFunc(counts, func(c demonymCount) bool { return c.country == h.Country })
		if k < 0 {
			counts = append(counts, demonymCount{country: h.Country})
			k = len(counts) - 1
		}
		if kind == demPlace {
			counts[k].place++
		} else {
			counts[k].other++
		}
	}
	return counts, nil
}

// localCentre returns unit u (normalized name a1) moved to the mean point
// of the document's towns, other than gr, whose best readings lie in it;
// u itself when there are none.
func localCentre(groups []*group, gr *group, u pipeline.Place, a1 string) pipeline.Place {
	var lat, lon float64
	n := 0
	for _, o := range groups {
		if o == gr || o.base == gr.base || len(o.cands) == 0 {
			continue
		}
		t := o.cands[0]
		if t.class != "P" || t.place.Country != u.Country || t.a1 != a1 {
			continue
		}
		lat += t.place.Lat
		lon += t.place.Lon
		n++
	}
	if n > 0 {
		u.Lat, u.Lon = lat/float64(n), lon/float64(n)
	}
	return u
}

// usCounty returns the county of the United States that gr names ("Licking
// County"; "Licking" in "Licking and Knox counties") in the first-level unit
// a1 of country, when there is one: the county's own point, not the mean of
// the document's towns in its state, which may lie 300 km from it.
func usCounty(nz normalizer, gr *group, country, a1 string) (pipeline.Place, bool) {
	if country != "US" {
		return pipeline.Place{}, false
	}
	for _, e := range usCounties(gr) {
		if nz.normalize(e.Admin1) == a1 {
			return pipeline.Place{ID: e.ID, Name: e.Name, Lat: e.Lat, Lon: e.Lon, FeatureCode: e.Code,
				Admin1: e.Admin1, Country: e.Country}, true
		}
	}
	return pipeline.Place{}, false
}

// usCounties returns the counties of the United States that gr names
// ("Licking County"; "Licking" in "Licking and Knox counties").
func usCounties(gr *group) []gazetteer.Entry {
	key := gr.key
	if gr.county && gr.key == gr.base {
		key += " county"
	}
	es, _ := gazetteer.USCounties(key) // (Process returns the error of a corrupt table)
	if len(es) == 0 && gr.county && gr.key == gr.base {
		es, _ = gazetteer.USCounties(gr.key + " parish")
	}
	return es
}

// usCountyStates returns the states that have a county gr names, in FIPS
// order (a state once).
func usCountyStates(gr *group) []string {
	var out []string
	for _, e := range usCounties(gr) {
		if !slices.Contains(out, e.Admin1) {
			out = append(out, e.Admin1)
		}
	}
	return out
}

// votedCounty returns the county of the United States that gr names in
// the state the document's other names vote for most among the states that
// have a county of that name, or the only county of that name when no such
// state has a vote ("Licking County" is in Ohio whatever else the report
// names).
func votedCounty(nz normalizer, gr *group, focus string, votes map[string]float64, self []vote) (pipeline.Place, bool) {
	if focus != "US" {
		return pipeline.Place{}, false
	}
	states := usCountyStates(gr)
	best, bestW := "", 0.0
	for _, a1 := range states {
		k := "US|" + nz.normalize(a1)
		if w := votes[k] - ownVotes(self, k); w > bestW {
			best, bestW = nz.normalize(a1), w
		}
	}
	if best == "" && len(states) == 1 {
		best = nz.normalize(states[0])
	}
	if best == "" {
		return pipeline.Place{}, false
	}
	return usCounty(nz, gr, "US", best)
}

// topCountry returns the country with the most focus weight ("" for none;
// ties go to the first in order).
func topCountry(weight map[string]float64) string {
	best, bestW := "", 0.0
	for c, w := range weight {
		if w > bestW || (w == bestW && c < best) {
			best, bestW = c, w
		}
	}
	return best
}

// countyWithoutUnit reports whether gr is a county ("X County", "X Parish")
// none of whose readings is a second- or third-level unit.
// seatNamed reports a county of the Koreas or China whose best reading is
// a town: such counties are named after their seats, so that "Kuandian
// County", which the gazetteer lacks, is the town of Kuandian, not the
// province around it.
func seatNamed(gr *group) bool {
	switch top := gr.cands[0]; top.place.Country {
	case "KP", "KR", "CN":
		return top.class == "P"
	}
	return false
}

func countyWithoutUnit(gr *group) bool {
	if len(gr.cands) == 0 {
		return false
	}
	if !gr.county {
		if gr.base == gr.key {
			return false
		}
		switch gr.key[len(gr.base)+1:] {
		case "county", "parish":
		default:
			return false
		}
	}
	for ci := range gr.cands {
		c := &gr.cands[ci]
		if strings.HasPrefix(c.place.FeatureCode, "ADM2") || strings.HasPrefix(c.place.FeatureCode, "ADM3") ||
			gr.county && (isADM1(c.place.FeatureCode) || isCountry(c.place.FeatureCode)) {
			return false
		}
	}
	return true
}

// focusUnit returns the first-level unit of country focus that the
// document's names vote for most, not counting the votes in self, when
// they give it at least minFocusUnit: the unit's own reading when a name
// of the document has it, else the gazetteer's entry; and the unit's
// normalized name.
func (g *Geocoder) focusUnit(groups []*group, gr *group, focus string, votes map[string]float64, self []vote) (pipeline.Place, string, bool) {
	best, bestW := "", 0.0
	for k, w := range votes {
		if c, _, _ := strings.Cut(k, "|"); c != focus {
			continue // a unit of a country the document is not about
		}
		w -= ownVotes(self, k)
		if w > bestW || (w == bestW && k < best) {
			best, bestW = k, w
		}
	}
	if bestW < minFocusUnit {
		return pipeline.Place{}, "", false
	}
	country, a1, _ := strings.Cut(best, "|")
	name := ""
	for _, gr := range groups {
		for ci := range gr.cands {
			c := &gr.cands[ci]
			if c.place.Country != country || c.a1 != a1 {
				continue
			}
			if isADM1(c.place.FeatureCode) {
				return c.place, a1, true
			}
			if name == "" && c.place.Admin1 != "" {
				name = c.place.Admin1
			}
		}
	}
	if g.gaz == nil || name == "" {
		return pipeline.Place{}, "", false
	}
	for _, e := range g.gaz.Lookup(name) {
		if e.Country == country && isADM1(e.Code) {
			return pipeline.Place{ID: e.ID, Name: e.Name, Lat: e.Lat, Lon: e.Lon, FeatureCode: e.Code,
				Admin1: e.Admin1, Country: e.Country, Population: e.Population}, a1, true
		}
	}
	return pipeline.Place{}, "", false
}

// writtenUnit returns the best reading of the first parent written after
// a mention of gr ("Gangwon Province" in "Goseong County, Gangwon
// Province") when that reading is a first-level unit.
func writtenUnit(gr *group, gOf []*group) (cand, bool) {
	for _, p := range gr.parents {
		if pg := gOf[p]; pg != nil && len(pg.cands) > 0 && isADM1(pg.cands[0].place.FeatureCode) {
			return pg.cands[0], true
		}
	}
	return cand{}, false
}

// capitals returns the countries of which one of cs is the capital
// (usually none, seldom more than one).
func capitals(cs []cand) []string {
	var out []string
	for ci := range cs {
		c := &cs[ci]
		if c.place.FeatureCode == "PPLC" && !slices.Contains(out, c.place.Country) {
			out = append(out, c.place.Country)
		}
	}
	return out
}

// shareUnitBonus gives the readings that lie inside a first-level unit
// read from the same name at least that unit's co-mentioned-unit bonus: the
// bonus says the name is a place of that country's units, and the city
// "Pyongyang" is as much so as the unit "Pyongyang".
func shareUnitBonus(cs []cand) {
	for _, u := range cs {
		if !isADM1(u.place.FeatureCode) || u.admin1 == 0 {
			continue
		}
		for k := range cs {
			if c := &cs[k]; c.place.Country == u.place.Country && c.a1 == u.a1 {
				c.admin1 = max(c.admin1, u.admin1)
			}
		}
	}
}

// unitVotes returns the most votes one first-level unit of country has,
// not counting the votes in self.
func unitVotes(votes map[string]float64, country string, self []vote) float64 {
	best := 0.0
	for k, w := range votes {
		if c, _, _ := strings.Cut(k, "|"); c == country {
			best = max(best, w-ownVotes(self, k))
		}
	}
	return best
}

// A vote is one name's weight for a country or a first-level unit.
type vote struct {
	key string // country, or country|normalized admin1
	w   float64
}

// ownVotes sums the votes for key.
func ownVotes(vs []vote, key string) float64 {
	w := 0.0
	for _, v := range vs {
		if v.key == key {
			w += v.w
		}
	}
	return w
}

// repeatWeight is how much n mentions of one name count towards the
// document's focus, relative to one: 1 + log2(n)/2 (1, 1.5, 2 for 1, 2, 4
// mentions). A country named again and again as a trading partner or a
// destination ("goods from China", "into China") says less about where the
// document's towns are than as many different names in one country do.
func repeatWeight(n int) float64 {
	return 1 + math.Log2(float64(max(n, 1)))/2
}

// admin1Votes counts, after a first pass, how strongly the document's names
// point at each first-level unit: a name read as the unit itself votes 2, a
// name whose readings all lie in one unit 1.5, any other name 1 for the unit
// of its best reading when that reading leads clearly (by 1 or more), else
// 0.5. Countries and readings without a unit do not vote.
func admin1Votes(groups []*group) (map[string]float64, map[string][]vote) {
	votes := map[string]float64{}
	own := map[string][]vote{}
	for _, gr := range groups {
		if len(gr.cands) == 0 {
			continue
		}
		top := gr.cands[0]
		if top.a1 == "" || isCountry(top.place.FeatureCode) || top.place.Country == "" {
			continue
		}
		w := 0.5
		single := true
		for ci := range gr.cands[1:] {
			c := &gr.cands[ci+1]
			if c.a1 != top.a1 || c.place.Country != top.place.Country {
				single = false
				break
			}
		}
		switch {
		case isADM1(top.place.FeatureCode):
			w = 2
		case single:
			w = 1.5
		case top.score()-gr.cands[1].score() >= 1:
			w = 1
		}
		v := vote{key: top.place.Country + "|" + top.a1, w: w * float64(min(len(gr.mentions), 2))}
		votes[v.key] += v.w
		own[gr.base] = append(own[gr.base], v)
	}
	return votes, own
}

// newCand prepares a candidate: its class (from the gazetteer when known) and
// normalized admin1.
func (g *Geocoder) newCand(nz normalizer, p pipeline.Place) cand {
	c := cand{place: p, class: classOf(p.FeatureCode)}
	if g.gaz != nil && !codeFixesClass(p.FeatureCode) {
		if e, ok := g.gaz.Get(p.ID); ok && e.Class != "" {
			c.class = e.Class
		}
	}
	a1 := p.Admin1
	if a1 == "" && isADM1(p.FeatureCode) {
		a1 = p.Name
	}
	c.a1 = nz.normalize(a1)
	pop := p.Population
	if pop <= 0 && isADM1(p.FeatureCode) {
		pop = adm1Pop // unknown: a first-level unit outnumbers most of its towns
	}
	c.prior = rankScore(p.FeatureCode, c.class) + wPop*math.Log10(float64(max(pop, 0))+1)
	return c
}

// A normalizer is gazetteer.Normalize with a memory, for one document.
type normalizer map[string]string

func (nz normalizer) normalize(s string) string {
	if s == "" {
		return ""
	}
	n, ok := nz[s]
	if !ok {
		n = gazetteer.Normalize(s)
		nz[s] = n
	}
	return n
}

// markTwins sets the twin bonus of every candidate that has another reading
// of the same name, in the same country and first-level unit, within
// twinKM: two records of one place, such as a city and the county named
// after it, which together say more than a lone namesake elsewhere.
func markTwins(cs []cand) {
	for i := range cs {
		a := &cs[i]
		if a.place.Country == "" || isCountry(a.place.FeatureCode) {
			continue
		}
		for j := range cs {
			b := &cs[j]
			if i == j || b.place.Country != a.place.Country || b.a1 != a.a1 || isCountry(b.place.FeatureCode) ||
				math.Abs(a.place.Lat-b.place.Lat) > twinKM/111 || math.Abs(a.place.Lon-b.place.Lon) > twinLon {
				continue
			}
			if distKM(a.place.Lat, a.place.Lon, b.place.Lat, b.place.Lon) <= twinKM {
				a.twin = wTwin
				break
			}
		}
	}
}

// othersFocus is the greatest focus weight of a country without the votes
// of one name itself (self): a name repeated often is no evidence that
// the document is clearly about some country, its own or another.
func othersFocus(weight map[string]float64, self []vote) float64 {
	m := 0.0
	for c, w := range weight {
		m = max(m, w-ownVotes(self, c))
	}
	return m
}

// cityPossessive reports whether "the city's" or "the town's" stands
// right before byte off of text: the name that follows is a part of the
// city last named.
func cityPossessive(text string, off int) bool {
	pre := trimSpaceRight(text[:off])
	for _, p := range [...]string{"the city's", "the city’s", "the town's", "the town’s", "the City's", "The city's", "The town's"} {
		if strings.HasSuffix(pre, p) {
			return true
		}
	}
	return false
}

// namePossessive reports whether text[end:start], between two mentions, is
// the possessive "'s " of the first: "Chongjin's Sunam district".
func namePossessive(text string, end, start int) bool {
	if end > start || start > len(text) {
		return false
	}
	between := strings.TrimRight(text[end:start], " \u00a0")
	return len(between) < start-end && (between == "'s" || between == "’s")
}

// partOf reports whether text[end:start], between a mention whose text is
// name and the next mention, puts the first inside the second: "Sunam in
// Chongjin", "Sunam Market in Chongjin", "the Pohang district of Chongjin",
// "Sunam district in the city of Chongjin", "Sunam District, Chongjin". Whether the second is a town,
// not a province or a country, is for the caller to check.
func partOf(text, name string, end, start int) bool {
	if end > start || start-end > 40 {
		return false
	}
	f := strings.Fields(text[end:start])
	if len(f) >= 3 && f[len(f)-3] == "the" && (f[len(f)-2] == "city" || f[len(f)-2] == "town") && f[len(f)-1] == "of" {
		f = f[:len(f)-3] // "in the city of"
	}
	switch len(f) {
	case 1:
		// "X in Y"; "X of Y" and "X, Y" only after a word for a part of a
		// town ("Hwasong District, Pyongyang").
		return f[0] == "in" || (f[0] == "of" || f[0] == ",") && cityPartWord(lastWord(name))
	case 2:
		return (f[1] == "in" || f[1] == "of") && cityPartWord(f[0])
	}
	return false
}

// theDistrict reports whether m is written "the X district": a part of the
// town the text is about, as "the city's X district" is.
func theDistrict(text string, m pipeline.PlaceMention) bool {
	return endsWithWord(m.Text, "district") && lastWordIs(text[:m.Start], "the")
}

// cityPartWord reports whether w names a part of a town or a place in one
// ("district", "Market").
func cityPartWord(w string) bool {
	switch strings.ToLower(w) {
	case "district", "ward", "quarter", "neighborhood", "neighbourhood", "section", "dong", "market", "station",
		"square", "street", "park", "bridge", "port", "harbor", "harbour":
		return true
	}
	return false
}

// lastCity returns the mention before i whose name has a populated place
// among its readings and stands closest before it, or -1: the city a
// possessive "the city's" refers to.
func lastCity(ms []pipeline.PlaceMention, gOf []*group, i int) int {
	for j := i - 1; j >= 0; j-- {
		if gOf[j] == gOf[i] || ms[j].Role == "demonym" {
			continue
		}
		if slices.ContainsFunc(gOf[j].cands, func(c cand) bool { return c.class == "P" }) {
			return j
		}
	}
	return -1
}

// lastCityNear is lastCity for "the X district" when X has readings of
// its own and lastCity's city stands in an earlier sentence: the closest
// city before i that one of them lies near (within cityKM of its first
// reading), so that "came down from Pyongyang. … raided homes in the
// Hungnam district" is the district by Hamhung, told before Pyongyang.
// A city of the district's own sentence is its city ("security agents in
// Pyongyang arrested 20 people in the Sosong district"). Without such a
// city, or readings, it is lastCity's.
func lastCityNear(ms []pipeline.PlaceMention, gOf []*group, i int, sents []pipeline.Sentence) int {
	last := lastCity(ms, gOf, i)
	if last < 0 || pipeline.Holding(sents, ms[last].Start) == pipeline.Holding(sents, ms[i].Start) {
		return last
	}
	for j := i - 1; j >= 0 && len(gOf[i].cands) > 0; j-- {
		t := gOf[j]
		if t == gOf[i] || ms[j].Role == "demonym" || len(t.cands) == 0 || t.cands[0].class != "P" {
			continue
		}
		tp := t.cands[0].place
		if slices.ContainsFunc(gOf[i].cands, func(c cand) bool { return distKM(c.place.Lat, c.place.Lon, tp.Lat, tp.Lon) <= cityKM }) {
			return j
		}
	}
	return last
}

// seatOverUnit raises the prior of a city of bigPop or more that is the
// seat of a first-level unit of its name among cs: "Khabarovsk" is the
// city of 600,000 before the krai, as "Pyongyang" is the capital before
// the municipality; "Khabarovsk Krai" (the places stage keeps only units
// then) is the unit.
func seatOverUnit(cs []cand) {
	for i := range cs {
		a := &cs[i]
		if (a.place.FeatureCode != "PPLA" && a.place.FeatureCode != "PPLC") || a.place.Population < bigPop || a.a1 == "" {
			continue
		}
		if slices.ContainsFunc(cs, func(u cand) bool {
			return isADM1(u.place.FeatureCode) && u.place.Country == a.place.Country && u.a1 == a.a1
		}) {
			a.prior += wSeat
		}
	}
}

// rankByPeers raises the feature rank of a populated place to that of
// the best-ranked seat of the same name in its country that it
// outnumbers: a town more populous than a county seat named like it is at
// least as prominent, and GeoNames leaves many big towns that are no seat
// at PPL. "Arlington" is the Texas city of 390,000 before Arlington,
// Virginia (207,000, a county seat); "Roswell" the Georgia city of 95,000
// before the New Mexico seat of 49,000. Seats abroad lend nothing (codes
// are uneven across countries: lending them moved LGL test .792 → .787),
// and capitals lend nothing: a capital is more than its size. A section
// of a city (PPLX: Chicago's Douglas neighbourhood) is no town and
// borrows nothing. On LGL this
// took dev acc@161 2675 → 2689 of 3186, test 568 → 572 of 717.
func rankByPeers(cs []cand) {
	for i := range cs {
		a := &cs[i]
		if a.class != "P" || a.place.Population <= 0 || isSeat(a.place.FeatureCode) || a.place.FeatureCode == "PPLC" || a.place.FeatureCode == "PPLX" {
			continue
		}
		own := rankScore(a.place.FeatureCode, a.class)
		best := own
		for _, b := range cs {
			if isSeat(b.place.FeatureCode) && b.place.Population < a.place.Population && b.place.Country == a.place.Country {
				best = max(best, rankScore(b.place.FeatureCode, b.class))
			}
		}
		if best > own {
			a.prior += best - own
			a.lent = true
		}
	}
}

// isSeat reports whether code is that of the seat of an administrative
// division below the national one (PPLA … PPLA4).
func isSeat(code string) bool {
	switch code {
	case "PPLA", "PPLA2", "PPLA3", "PPLA4":
		return true
	}
	return false
}

// codeFixesClass reports whether a feature code belongs to one class only
// (populated places, administrative units and countries), so that
// classOf needs no gazetteer lookup.
func codeFixesClass(code string) bool {
	return strings.HasPrefix(code, "PPL") || strings.HasPrefix(code, "ADM") || isCountry(code)
}

// baseKey returns a normalized mention text without a trailing place word
// ("douglas county" → "douglas").
func baseKey(key string) string {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return key
	}
	switch key[i+1:] {
	case "county", "parish", "city", "town", "village", "township", "province", "district", "river",
		"prefecture", "oblast", "krai", "gun", "kun", "si", "do":
		return key[:i]
	}
	return key
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isADM1(code string) bool { return code == "ADM1" || code == "ADM1H" }

func isCountry(code string) bool {
	return strings.HasPrefix(code, "PCL") || code == "TERR"
}

// classOf infers the GeoNames feature class from a feature code.
func classOf(code string) string {
	switch {
	case isCountry(code), strings.HasPrefix(code, "ADM"):
		return "A"
	case strings.HasPrefix(code, "PPL"):
		return "P"
	case code == "RGN" || code == "AREA" || code == "RGNE":
		return "L"
	case strings.HasPrefix(code, "STM"), code == "LK", code == "SEA", code == "BAY", code == "GULF",
		code == "RSV", code == "CNL", code == "STRT", code == "LKS":
		return "H"
	case code == "":
		return ""
	}
	return "T"
}

// rankScore is the prior of a feature kind.
func rankScore(code, class string) float64 {
	switch {
	case isCountry(code):
		return 3.0
	case isADM1(code):
		return 2.4
	case code == "PPLC":
		return 2.2
	case code == "RGN":
		return 2.0
	case code == "PPLA":
		return 1.6
	case code == "PPLA2", strings.HasPrefix(code, "ADM2"):
		return 1.2
	case code == "PPLA3":
		return 0.8
	case code == "PPLA4", strings.HasPrefix(code, "ADM3"):
		return 0.6
	case class == "H" || class == "T":
		return 0.8
	case class == "P":
		return 0.4
	}
	return 0.2
}

// mentionCountry returns the single country of a mention's readings and
// the focus weight it carries (a country name counts most), or "".
func mentionCountry(cs []pipeline.Candidate) (string, float64) {
	c := ""
	w := 1.0
	for _, x := range cs {
		switch {
		case x.Place.Country == "":
			continue
		case c == "":
			c = x.Place.Country
		case c != x.Place.Country:
			return "", 0
		}
		switch {
		case isCountry(x.Place.FeatureCode):
			w = max(w, 3)
		case isADM1(x.Place.FeatureCode):
			w = max(w, 2)
		}
	}
	return c, w
}

// parentSep matches what may stand between a name and its written parent:
// ", ", " (", " in ", ", in the ", " [".
var parentSep = regexp.MustCompile(`^\s*(?:,|\(|\[|,?\s+in)\s*(?:the\s+)?$`)

// parentsOf returns the mentions written right after mention i as its
// parents: "Dandong (Liaoning Province, China)".
func parentsOf(text string, ms []pipeline.PlaceMention, i int) []int {
	var out []int
	end := ms[i].End
	for j := i + 1; j < len(ms) && len(out) < 3; j++ {
		if ms[j].Start < end || ms[j].Start-end > 12 || !parentSep.MatchString(text[end:ms[j].Start]) {
			break
		}
		admin := false
		for _, c := range ms[j].Candidates {
			if isCountry(c.Place.FeatureCode) || isADM1(c.Place.FeatureCode) {
				admin = true
				break
			}
		}
		if !admin {
			break
		}
		out = append(out, j)
		end = ms[j].End
	}
	return out
}

// parentBonus returns the bonus candidate c earns for lying inside one of
// parent mention p's admin readings.
func parentBonus(c *cand, p pipeline.PlaceMention) (float64, string) {
	best := 0.0
	for _, pc := range p.Candidates {
		pp := pc.Place
		if pp.Country == "" || pp.Country != c.place.Country || pp.ID == c.place.ID {
			continue
		}
		switch {
		case isADM1(pp.FeatureCode):
			a1 := pp.Admin1
			if a1 == "" {
				a1 = pp.Name
			}
			if gazetteer.Normalize(a1) == c.a1 && c.a1 != "" {
				best = max(best, wParent1)
			}
		case isCountry(pp.FeatureCode):
			best = max(best, wParentC)
		}
	}
	if best == 0 {
		return 0, ""
	}
	return best, p.Text
}

// A destination says that mention from is the origin of a movement into
// country ("Copper went from Anju into China", "arrested in Anju for
// carrying copper across the river into China", "fled to China from Anju"),
// so that it lies outside that country.
type destination struct {
	from    int
	country string
}

// destinations finds, sentence by sentence, the country mentions written
// after "into", "to", "toward" or "towards" (not "to China's"), and pairs
// each with the other names of its sentence that come before it, or after
// it right behind "from". Names of countries are never origins.
func destinations(text string, sents []pipeline.Sentence, ms []pipeline.PlaceMention) []destination {
	var out []destination
	for j := range ms {
		c, ok := countryOnly(ms[j].Candidates)
		if !ok || !movementBefore(text, ms[j].Start) || strings.HasPrefix(text[ms[j].End:], "'s") ||
			strings.HasPrefix(text[ms[j].End:], "’s") {
			continue
		}
		lo, hi := sentenceAround(sents, ms[j].Start, len(text))
		for i := range ms {
			if i == j || ms[i].Start < lo || ms[i].End > hi {
				continue
			}
			if _, isC := countryOnly(ms[i].Candidates); isC {
				continue
			}
			if ms[i].End <= ms[j].Start || lastWordIs(text[ms[j].End:ms[i].Start], "from") {
				out = append(out, destination{from: i, country: c})
			}
		}
	}
	return out
}

// countryOnly returns the country of a mention whose readings are all one
// country's entry.
func countryOnly(cs []pipeline.Candidate) (string, bool) {
	if len(cs) == 0 {
		return "", false
	}
	c := cs[0].Place.Country
	for _, x := range cs {
		if !isCountry(x.Place.FeatureCode) || x.Place.Country != c || c == "" {
			return "", false
		}
	}
	return c, true
}

// movementBefore reports whether the word before byte off is "into", "to",
// "toward" or "towards".
func movementBefore(text string, off int) bool {
	s := trimSpaceRight(text[:off])
	for _, w := range [...]string{"into", "to", "toward", "towards"} {
		if endsWithWord(s, w) {
			return true
		}
	}
	return false
}

// lastWordIs reports whether s ends in the word w (any case) and spaces.
func lastWordIs(s, w string) bool { return endsWithWord(trimSpaceRight(s), w) }

func trimSpaceRight(s string) string { return strings.TrimRight(s, " \u00a0\t\n") }

// endsWithWord reports whether s ends in the word w (any case).
func endsWithWord(s, w string) bool {
	if len(s) < len(w) || !strings.EqualFold(s[len(s)-len(w):], w) {
		return false
	}
	if k := len(s) - len(w); k > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:k])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return true
}

// sentenceAround returns the bounds of the sentence holding byte off, or of
// the whole text when no sentence does.
func sentenceAround(sents []pipeline.Sentence, off, n int) (int, int) {
	if i := pipeline.Holding(sents, off); i >= 0 {
		return sents[i].Start, sents[i].End
	}
	return 0, n
}

// crossedBefore reports a verb of crossing or a preposition of following
// before "the" (and at most one adjective) right before byte off: "crossed
// the Tumen", "across the frozen Tumen", "along the Amnok", "waded the
// Tumen" — what is named is a river, not a town of that name.
func crossedBefore(text string, off int) bool {
	// The last three words of the 40 bytes before off, last first, as
	// strings.Fields splits them; n: how many there are, up to three.
	var f [3]string
	n := lastFields(text[max(0, off-40):off], &f)
	var verb string
	if n >= 2 && strings.EqualFold(f[0], "the") {
		verb = f[1]
	} else if n >= 3 && strings.EqualFold(f[1], "the") && isLowerWord(f[0]) {
		verb = f[2] // "the frozen Tumen"
	} else {
		return false
	}
	switch strings.ToLower(verb) {
	case "cross", "crosses", "crossed", "crossing", "across", "along", "waded", "wading", "swam", "swimming", "forded":
		return true
	}
	return false
}

// riverAndTown reports candidates that hold both a river and a populated
// place (the Tumen and the town of Tumen, the Yalu and Yalu County).
func riverAndTown(cs []pipeline.Candidate) bool {
	river, town := false, false
	for _, c := range cs {
		code := c.Place.FeatureCode
		river = river || strings.HasPrefix(code, "STM")
		town = town || strings.HasPrefix(code, "PPL")
	}
	return river && town
}

// lastFields stores in f the last len(f) words of s, last first, as
// strings.Fields splits s, and returns how many it stored. It walks back
// from the end of s instead of splitting all of it; the words it walks
// over decide alone while their bytes are ASCII.
func lastFields(s string, f *[3]string) int {
	n, j := 0, len(s)
	for n < len(f) {
		for j > 0 && s[j-1] < utf8.RuneSelf && asciiSpace(s[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		k := j
		for k > 0 && s[k-1] < utf8.RuneSelf && !asciiSpace(s[k-1]) {
			k--
		}
		if k > 0 && s[k-1] >= utf8.RuneSelf || j > 0 && s[j-1] >= utf8.RuneSelf {
			return lastFieldsUnicode(s, f) // spaces beyond ASCII
		}
		f[n], n, j = s[k:j], n+1, k
	}
	return n
}

// lastFieldsUnicode is lastFields by strings.Fields.
func lastFieldsUnicode(s string, f *[3]string) int {
	all := strings.Fields(s)
	n := 0
	for ; n < len(f) && n < len(all); n++ {
		f[n] = all[len(all)-1-n]
	}
	return n
}

// asciiSpace reports the ASCII bytes unicode.IsSpace accepts.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// isLowerWord reports a word of lower-case letters ("frozen").
func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// articleBefore reports whether "the " stands right before byte off.
func articleBefore(text string, off int) bool {
	return off >= 4 && strings.EqualFold(text[off-4:off], "the ")
}

func lastWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func focusList(weight map[string]float64) string {
	cs := make([]string, 0, len(weight))
	for c := range weight {
		cs = append(cs, c)
	}
	slices.SortFunc(cs, func(a, b string) int {
		if c := cmp.Compare(weight[b], weight[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	if len(cs) > 3 {
		cs = cs[:3]
	}
	return strings.Join(cs, ", ")
}

// explain writes the one-line reason for a group's winner.
func explain(gr *group, weight map[string]float64, maxW float64) string {
	top := gr.cands[0]
	b := make([]byte, 0, 160)
	part := func() {
		if len(b) > 0 {
			b = append(b, "; "...)
		}
	}
	if len(gr.cands) == 1 {
		b = append(b, "only reading "...)
	}
	b = append(b, top.place.Name...)
	b = append(b, " ("...)
	b = append(b, top.place.FeatureCode...)
	b = append(b, ", "...)
	b = append(b, orDash(top.place.Country)...)
	if top.place.Population > 0 {
		b = append(b, ", pop "...)
		b = strconv.AppendInt(b, top.place.Population, 10)
	}
	b = append(b, ')')
	if len(gr.cands) > 1 {
		type count struct {
			c string
			n int
		}
		var perC []count
		for ci := range gr.cands {
			c := &gr.cands[ci]
			k := orDash(c.place.Country)
			if i := slices.IndexFunc(perC, func(x count) bool { return x.c == k }); i >= 0 {
				perC[i].n++
			} else {
				perC = append(perC, count{k, 1})
			}
		}
		slices.SortFunc(perC, func(x, y count) int { return strings.Compare(x.c, y.c) })
		b = append(b, " best of "...)
		b = strconv.AppendInt(b, int64(len(gr.cands)), 10)
		b = append(b, " readings ("...)
		for i, x := range perC {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = append(b, x.c...)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(x.n), 10)
		}
		b = append(b, ')')
	}
	var second *cand
	if len(gr.cands) > 1 {
		second = &gr.cands[1]
	}
	switch {
	case second != nil && top.name > wName:
		part()
		b = append(b, "the curated spelling of this place"...)
	case second != nil && top.name > second.name:
		part()
		b = append(b, "the name as written is its own, the other's an alternate"...)
	}
	if top.parent > 0 && (second == nil || top.parent > second.parent) {
		part()
		b = append(b, "inside "...)
		b = strconv.AppendQuote(b, top.parentN)
		b = append(b, " written after it"...)
	}
	if top.city > 0 {
		part()
		b = append(b, "within "...)
		b = strconv.AppendFloat(b, cityKM, 'f', -1, 64)
		b = append(b, " km of "...)
		b = strconv.AppendQuote(b, top.cityN)
		b = append(b, ", the city it is written as a part of"...)
	}
	if second != nil && top.away > second.away {
		part()
		b = append(b, "not in "...)
		b = append(b, second.place.Country...)
		b = append(b, ", which the sentence moves something into from it"...)
	}
	if top.admin1 > 0 && (second == nil || top.admin1 > second.admin1) {
		part()
		b = append(b, "co-mentioned admin1 "...)
		b = append(b, top.place.Admin1...)
	}
	if top.near > 0 && (second == nil || top.near > second.near) {
		part()
		b = append(b, "near the document's other places"...)
	}
	minFocus := top.focus
	for ci := range gr.cands {
		c := &gr.cands[ci]
		minFocus = min(minFocus, c.focus)
	}
	if maxW > 0 && top.focus > 0 && (len(gr.cands) == 1 || top.focus > minFocus) {
		part()
		b = append(b, "document focus "...)
		b = append(b, top.place.Country...)
	}
	if top.article > 0 && (second == nil || top.article > second.article) {
		part()
		b = append(b, "\"the\" before the name favours a natural feature or region"...)
	}
	if second != nil {
		tr := gazetteer.FeatureRank(top.place.FeatureCode)
		sr := gazetteer.FeatureRank(second.place.FeatureCode)
		switch {
		case top.score() == second.score() && gr.tieNear != "":
			part()
			b = append(b, "tie broken by nearness to "...)
			b = append(b, gr.tieNear...)
		case tr < sr:
			part()
			b = append(b, "feature "...)
			b = append(b, top.place.FeatureCode...)
			b = append(b, " outranks "...)
			b = append(b, second.place.FeatureCode...)
		case top.place.Population > second.place.Population:
			n := 0
			for ci := range gr.cands {
				c := &gr.cands[ci]
				if c.place.Country == top.place.Country {
					n++
				}
			}
			part()
			if n > 1 {
				b = append(b, "highest population among "...)
				b = strconv.AppendInt(b, int64(n), 10)
				b = append(b, ' ')
				b = append(b, orDash(top.place.Country)...)
				b = append(b, " readings"...)
			} else {
				b = append(b, "higher population"...)
			}
		case top.score() == second.score():
			part()
			b = append(b, "tie broken by ID"...)
		}
	}
	return string(b)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// precisionOf returns the precision and uncertainty radius of a resolved
// place, from its feature kind.
func precisionOf(p pipeline.Place, class string, countries map[string]countryInfo) (pipeline.GeoPrecision, float64) {
	if p.Precision != "" && p.UncertaintyKM > 0 {
		return p.Precision, p.UncertaintyKM // region entries keep theirs
	}
	code := p.FeatureCode
	switch {
	case isCountry(code):
		if ci, ok := countries[p.Country]; ok && ci.areaKM2 > 0 {
			return pipeline.GeoCountry, roundKM(0.7 * math.Sqrt(ci.areaKM2))
		}
		return pipeline.GeoCountry, 250
	case isADM1(code):
		if ci, ok := countries[p.Country]; ok && ci.areaKM2 > 0 && ci.admin1 > 0 {
			return pipeline.GeoAdmin1, roundKM(min(max(0.7*math.Sqrt(ci.areaKM2/float64(ci.admin1)), 30), 600))
		}
		return pipeline.GeoAdmin1, 80
	case strings.HasPrefix(code, "ADM2"):
		return pipeline.GeoAdmin2, 20
	case strings.HasPrefix(code, "ADM"):
		return pipeline.GeoAdmin2, 10
	case class == "P":
		return pipeline.GeoCity, roundKM(min(max(math.Sqrt(float64(max(p.Population, 0)))/100, 2), 20))
	case strings.HasPrefix(code, "STM"):
		// The gazetteer's rivers are the region's major rivers, a few
		// hundred km long (Yalu about 800, Tumen about 520); their point is a
		// mid-course point, so the radius is about half a length.
		return pipeline.GeoRegion, 300
	case class == "H", class == "T":
		return pipeline.GeoRegion, 10
	case class == "L":
		return pipeline.GeoRegion, 100
	}
	return pipeline.GeoCity, 5
}

func roundKM(x float64) float64 { return math.Round(x*10) / 10 }

// nearSupport sets, after a first pass, the near bonus of every reading of
// a name read in more than one place: the sum, over the document's other
// names, of how likely and how close their closest reading is
// (likelihood from the first pass's scores, closeness falling linearly
// from 1 at 0 km to 0 at nearKM). Towns of one local report lie together:
// "Rochester", "Plainview" and "Elgin" are the Minnesota towns, not the
// New York ones that are each more populous. Countries and first-level
// units give none (their points say little about distance); readings of
// unknown population get none (villages without a population lie within
// reach of almost anything), and a first-level unit gets what the best of
// its towns read from the same name gets. Names with the same base ("Clay"
// and "Clay County") do not support each other. It also sets each
// reading's local flag: some other name has a reading within nearKM.
//
// A national capital or a city of a million (bigCity) is also supported
// by the other names' capitals and cities of a million within bigKM
// (1,500 km, a country and its neighbours): "Moscow" beside "Kiev" and
// "Minsk" is the Russian capital, not Moscow, Idaho. That support tells
// countries apart, not the readings of one country: every reading of the
// name in the big city's country gets the most any big reading there
// gets, so "Suzhou" beside "Beijing" is still the bigger Suzhou, in
// Jiangsu, not the one in Anhui for lying 400 km nearer to Beijing, and
// "Datun" near Dandong is still the Liaoning village of that name, not
// Datong, a city of two million that GeoNames also calls Datun. (On LGL
// dev the big-city support took 2623 → 2638 within 161 km, held-out
// unchanged; sharing it within a country changes neither.)
//
// ns holds the buffers it reuses from one call to the next.
func nearSupport(groups []*group, ns *nearScratch) {
	type pt = nearPt
	// Every name with the same base is one source of support.
	baseID := slices.Grow(ns.baseID[:0], len(groups))[:len(groups)]
	nBase := 0
	n := 0
	for _, gr := range groups {
		n += len(gr.cands)
	}
	pts := slices.Grow(ns.pts[:0], n)
	defer func() { ns.baseID, ns.pts = baseID[:0], pts[:0] }()
	for gi, gr := range groups {
		baseID[gi] = nBase
		for gj := range gi {
			if groups[gj].base == gr.base {
				baseID[gi] = baseID[gj]
				break
			}
		}
		if baseID[gi] == nBase {
			nBase++
		}
		if len(gr.cands) == 0 {
			continue
		}
		top := gr.cands[0].score()
		sum := 0.0
		for ci := range gr.cands {
			c := &gr.cands[ci]
			sum += math.Exp(c.score() - top)
		}
		for ci := range gr.cands {
			c := &gr.cands[ci]
			if isCountry(c.place.FeatureCode) || isADM1(c.place.FeatureCode) || c.class != "P" && c.class != "A" {
				continue
			}
			// A reading counts at least as much as under a uniform
			// choice: a first pass that prefers the populous namesake
			// must not silence the small town beside the document's
			// other places.
			if p := math.Exp(c.score()-top) / sum; p >= minNearP {
				pts = append(pts, pt{c.place.Lat, c.place.Lon, max(p, 1/float64(len(gr.cands))), gi, bigCity(c.place)})
			}
		}
	}
	if nBase < 2 || len(pts) < 2 {
		return
	}
	slices.SortFunc(pts, func(a, b pt) int {
		return cmp.Or(cmp.Compare(a.lat, b.lat), cmp.Compare(a.lon, b.lon), cmp.Compare(a.g, b.g), cmp.Compare(a.p, b.p))
	})
	nBig := 0
	for _, q := range pts {
		if q.big {
			nBig++
		}
	}
	bigPts := slices.Grow(ns.bigPts[:0], nBig) // the capitals and cities of a million, once
	for _, q := range pts {
		if q.big {
			bigPts = append(bigPts, q)
		}
	}
	best := scratch(ns.best, nBase) // per source: its best support of the reading at hand
	touched := slices.Grow(ns.touched[:0], nBase)
	var bigBest []float64 // the same, from capitals and cities of a million only
	var bigTouched []int
	if nBig > 0 {
		bigBest, bigTouched = scratch(ns.bigBest, nBase), slices.Grow(ns.bigTouched[:0], nBase)
	}
	total, bigOnly := ns.total, ns.bigOnly // per reading of the group at hand
	defer func() {
		ns.bigPts, ns.best, ns.touched, ns.total, ns.bigOnly = bigPts[:0], best, touched[:0], total, bigOnly
		if nBig > 0 {
			ns.bigBest, ns.bigTouched = bigBest, bigTouched[:0]
		}
	}()
	dLat := nearKM / 111.0
	for gi, gr := range groups {
		if len(gr.cands) < 2 {
			continue
		}
		total, bigOnly = scratch(total, len(gr.cands)), scratch(bigOnly, len(gr.cands))
		for k := range gr.cands {
			c := &gr.cands[k]
			c.near, c.local = 0, false
			if isCountry(c.place.FeatureCode) || isADM1(c.place.FeatureCode) || c.class != "P" && c.class != "A" ||
				c.place.Population <= 0 {
				continue
			}
			lo, _ := slices.BinarySearchFunc(pts, c.place.Lat-dLat, func(p pt, x float64) int { return cmp.Compare(p.lat, x) })
			cosLat := math.Cos(c.place.Lat * math.Pi / 180)
			for _, q := range pts[lo:] {
				if q.lat > c.place.Lat+dLat {
					break
				}
				b := baseID[q.g]
				if b == baseID[gi] || math.Abs(q.lon-c.place.Lon)*cosLat > dLat*1.1 {
					continue
				}
				touched = vouch(best, touched, b, q.p, distKM(c.place.Lat, c.place.Lon, q.lat, q.lon), nearKM)
			}
			c.local = len(touched) > 0
			// Capitals and cities of a million vouch for each other
			// across borders: "Moscow" beside "Kiev" and "Minsk" is the
			// Russian capital, not Moscow, Idaho.
			if bigCity(c.place) {
				for _, q := range bigPts {
					b := baseID[q.g]
					if b == baseID[gi] {
						continue
					}
					bigTouched = vouch(bigBest, bigTouched, b, q.p, distKM(c.place.Lat, c.place.Lon, q.lat, q.lon), bigKM)
				}
			}
			for _, b := range bigTouched {
				bigOnly[k] += bigBest[b]
				if best[b] == 0 {
					touched = append(touched, b)
				}
				best[b] = max(best[b], bigBest[b])
				bigBest[b] = 0
			}
			bigTouched = bigTouched[:0]
			for _, b := range touched {
				total[k] += best[b]
				best[b] = 0
			}
			touched = touched[:0]
		}
		// The support capitals and cities of a million get is the
		// country's: every reading of the name there gets the most any
		// of them gets.
		for k := range gr.cands {
			c := &gr.cands[k]
			sum := total[k]
			if !isCountry(c.place.FeatureCode) && !isADM1(c.place.FeatureCode) && (c.class == "P" || c.class == "A") {
				for j := range gr.cands {
					o := &gr.cands[j]
					if o.place.Country == c.place.Country {
						sum = max(sum, bigOnly[j]) // (zero unless o is big)
					}
				}
			}
			if sum > 0 {
				c.near = wNear * min(sum, maxNear)
			}
		}
		// A first-level unit named like a town in it ("Nampo", the city
		// and the special city) shares the town's support: closeness says
		// nothing about which of the two the name means.
		for k := range gr.cands {
			u := &gr.cands[k]
			if !isADM1(u.place.FeatureCode) {
				continue
			}
			for _, c := range gr.cands {
				if c.place.Country == u.place.Country && c.a1 == u.a1 {
					u.near = max(u.near, c.near)
				}
			}
		}
	}
}

// nearPt is a reading nearSupport weighs: where it lies, its share of
// its group, the group, and whether it is a big city.
type nearPt struct {
	lat, lon, p float64
	g           int
	big         bool
}

// nearScratch holds the buffers of nearSupport.
type nearScratch struct {
	baseID, touched, bigTouched []int
	pts, bigPts                 []nearPt
	best, bigBest               []float64
	total, bigOnly              []float64
}

// scratch returns s resized to n zeros, reusing its array when it can.
func scratch(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// vouch records in best the support share p of source b gives from d km
// away, falling to nothing at reach, and returns touched with b added the
// first time b gives any.
func vouch(best []float64, touched []int, b int, p, d, reach float64) []int {
	if d >= reach {
		return touched
	}
	if best[b] == 0 {
		touched = append(touched, b)
	}
	best[b] = max(best[b], p*(1-d/reach))
	return touched
}

// bigCity reports whether p is a national capital (PPLC) or a place of a
// million people or more (bigCityPop), which nearSupport lets support
// each other within bigKM.
func bigCity(p pipeline.Place) bool { return p.FeatureCode == "PPLC" || p.Population >= bigCityPop }

// tieKM is how near a town of the document must lie to a reading for
// breakTiesByNearness to prefer it.
const tieKM = 50.0

// breakTiesByNearness puts first, among a name's readings tied for the
// best score and of the same feature class, the one within tieKM of a town
// the document's other names are read as (the best reading of each):
// "Authorities in Chongjin … shut the Sunam market" is the Sunam 17 km
// from Chongjin, not one of its fourteen namesake villages elsewhere in
// the province that nearSupport, which leaves places of unknown
// population out, cannot tell apart. Equally near readings keep their
// order (by ID).
func breakTiesByNearness(groups []*group) {
	for _, gr := range groups {
		if len(gr.cands) < 2 || gr.override != nil || gr.cands[0].score() != gr.cands[1].score() {
			continue
		}
		best, bestD, by := 0, tieKM, ""
		for k := range gr.cands {
			c := gr.cands[k]
			if c.score() != gr.cands[0].score() {
				break
			}
			if c.class != gr.cands[0].class {
				continue // a town stays before a county of its name
			}
			for _, o := range groups {
				if o == gr || o.base == gr.base || len(o.cands) == 0 {
					continue
				}
				t := o.cands[0]
				if t.class != "P" {
					continue
				}
				if d := distKM(c.place.Lat, c.place.Lon, t.place.Lat, t.place.Lon); d < bestD {
					best, bestD, by = k, d, t.place.Name
				}
			}
		}
		if by == "" {
			continue
		}
		if best > 0 {
			c := gr.cands[best]
			copy(gr.cands[1:best+1], gr.cands[:best])
			gr.cands[0] = c
		}
		gr.tieNear = by
	}
}

// sortCands orders a group's readings: the analyst's override first, then
// by score, then by ID.
func sortCands(gr *group) {
	slices.SortStableFunc(gr.cands, func(a, b cand) int {
		if gr.override != nil {
			if c := cmp.Compare(boolInt(b.place.ID == gr.override.PlaceID), boolInt(a.place.ID == gr.override.PlaceID)); c != 0 {
				return c
			}
		}
		if c := cmp.Compare(b.score(), a.score()); c != 0 {
			return c
		}
		return strings.Compare(a.place.ID, b.place.ID)
	})
}

// inCountyList reports whether mention i is one of a list of two or more
// names that ends in the plural "counties" or "parishes": "Becker, Clay
// and Douglas counties" (not "Kentucky counties"). The list starts at the
// first name with no list separator before it. Names of the list that are
// no mention (counties the gazetteer knows under no name: "Hitchcock and
// Hayes counties", "Douglas, Sarpy and Lancaster counties") count too.
func inCountyList(text string, ms []pipeline.PlaceMention, i int) bool {
	if inWordList(text, ms[i].Start, ms[i].End) {
		return true
	}
	first := i
	for first > 0 && first > i-maxListLen && listSep(text, ms, first-1) {
		first--
	}
	for j := i; j < len(ms) && j < first+maxListLen; j++ {
		rest := text[ms[j].End:]
		for _, w := range [...]string{" counties", " Counties", " parishes", " Parishes"} {
			if strings.HasPrefix(rest, w) {
				return j > first
			}
		}
		if !listSep(text, ms, j) {
			return false
		}
	}
	return false
}

// countyItem matches one more item of a list of counties after a name:
// a separator and one or two capitalized words (", Sarpy", " and Otoe").
var countyItem = regexp.MustCompile(`^(?:, and |, or |, | and | or | & |/)\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)?`)

// countyHead matches a capitalized word and a separator right before a
// name: the item before it in a list ("Hitchcock and ").
var countyHead = regexp.MustCompile(`(?:^|[^\p{L}])\p{Lu}[\p{L}'.-]*(?:, and |, or |, | and | or | & |/)$`)

// inWordList reports whether the name at text[start:end] is one of a list
// of two or more capitalized names, mentions or not, that ends in
// "counties" or "parishes".
func inWordList(text string, start, end int) bool {
	n := 1 // items from the name to the plural
	rest := text[end:]
	for n <= maxListLen {
		for _, w := range [...]string{" counties", " Counties", " parishes", " Parishes"} {
			if strings.HasPrefix(rest, w) {
				return n > 1 || countyHead.MatchString(text[max(0, start-40):start])
			}
		}
		if !mayBeCountyItem(rest) {
			return false
		}
		loc := countyItem.FindStringIndex(rest)
		if loc == nil {
			return false
		}
		rest = rest[loc[1]:]
		n++
	}
	return false
}

// mayBeCountyItem reports whether countyItem can match at the start of
// rest: it needs one of its separators there, and after ", " an upper-case
// letter or the "and" or "or" of a longer separator. It rules out, without
// running the pattern, the text after most names (" said", ". The").
func mayBeCountyItem(rest string) bool {
	if len(rest) < 2 {
		return false
	}
	switch rest[0] {
	case '/':
		return true
	case ',':
		if rest[1] != ' ' || len(rest) < 3 {
			return false
		}
		c := rest[2]
		return 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf || c == 'a' || c == 'o'
	case ' ':
		return strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " or ") || strings.HasPrefix(rest, " & ")
	}
	return false
}

// listSep reports whether mentions j and j+1 stand next to each other in a
// list: "Clay, Becker", "Clay and Becker", "Clay/Becker".
func listSep(text string, ms []pipeline.PlaceMention, j int) bool {
	if j+1 >= len(ms) || ms[j+1].Start < ms[j].End || ms[j+1].Start-ms[j].End > 6 {
		return false
	}
	switch text[ms[j].End:ms[j+1].Start] {
	case ", ", " and ", ", and ", " or ", ", or ", " & ", "/":
		return true
	}
	return false
}

// PlaceNamed returns the most populous populated place (feature class P)
// of gaz called name in country cc, as a resolved place: where the events
// stage puts what a body with a fixed seat did (events.SeatCities).
func PlaceNamed(gaz *gazetteer.Gazetteer, name, cc string) (pipeline.Place, bool) {
	for _, e := range gaz.Lookup(name) {
		if e.Class == "P" && e.Country == cc {
			return entryPlace(e), true
		}
	}
	return pipeline.Place{}, false
}

// entryPlace returns gazetteer entry e as a resolved place with its
// precision.
func entryPlace(e gazetteer.Entry) pipeline.Place {
	p := pipeline.Place{ID: e.ID, Name: e.Name, Lat: e.Lat, Lon: e.Lon, FeatureCode: e.Code, Admin1: e.Admin1,
		Country: e.Country, Population: e.Population}
	p.Precision, p.UncertaintyKM = precisionOf(p, e.Class, nil)
	return p
}

// Capitals returns every country's capital in gaz (the most populous
// PPLC entry of each country code), as a resolved place: where the events
// stage puts a statement of a state's body when the text names neither
// the capital nor the state (events.Options.Capitals).
func Capitals(gaz *gazetteer.Gazetteer) map[string]pipeline.Place {
	out := map[string]pipeline.Place{}
	for _, e := range gaz.Entries() {
		if e.Code != "PPLC" || e.Country == "" {
			continue
		}
		if c, ok := out[e.Country]; ok && (c.Population > e.Population || c.Population == e.Population && c.ID < e.ID) {
			continue
		}
		out[e.Country] = entryPlace(e)
	}
	return out
}
