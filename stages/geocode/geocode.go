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

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
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
	return &Geocoder{gaz: opts.Gazetteer, focus: focus, logger: l}
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
	wFocus    = 3.0 // times the country's share of the document's focus
	wAdmin1   = 2.0 // inside a first-level unit the document names
	wParent1  = 4.0 // inside the admin1 written right after the name
	wParentC  = 3.0 // inside the country written right after the name
	wArticle  = 1.5 // "the" before a river, mountain or region
	wPop      = 0.35
	wName     = 1.5   // the text is the reading's own name ("Jerusalem" is not Courtland, Virginia, once called Jerusalem)
	minorPop  = 15000 // below it a populated place is "small"
	strongFoc = 3.0   // focus weight from which a document is clearly about a country
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
	parentN string // the parent that matched
}

func (c *cand) score() float64 { return c.prior + c.name + c.focus + c.admin1 + c.parent + c.article }

// group is every mention of the document with the same text.
type group struct {
	key      string
	mentions []int
	cands    []cand
	parents  []int // indexes of parent mentions
	article  bool
	override *gazetteer.Override // the analyst's fixed reading, if any
}

// Process resolves it.Places; see the package documentation.
func (g *Geocoder) Process(ctx context.Context, it *pipeline.Item) error {
	countries, err := loadCountries()
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	text := it.Doc.Text
	ms := it.Places

	// Group the mentions by their text (without a distance prefix).
	var groups []*group
	byKey := map[string]*group{}
	gOf := make([]*group, len(ms))
	for i := range ms {
		_, rest := splitOffset(ms[i].Text)
		key := gazetteer.Normalize(rest)
		gr := byKey[key]
		if gr == nil {
			gr = &group{key: key}
			byKey[key] = gr
			groups = append(groups, gr)
			base := baseKey(key)
			for _, c := range ms[i].Candidates {
				nc := g.newCand(c.Place)
				if n := gazetteer.Normalize(c.Place.Name); n == key || n == base {
					nc.name = wName
				}
				gr.cands = append(gr.cands, nc)
			}
			if g.gaz != nil {
				if ov, ok := g.gaz.Override(rest); ok {
					gr.override = &ov
					if !slices.ContainsFunc(gr.cands, func(c cand) bool { return c.place.ID == ov.PlaceID }) {
						if e, ok := g.gaz.Get(ov.PlaceID); ok {
							gr.cands = append(gr.cands, g.newCand(pipeline.Place{ID: e.ID, Name: e.Name, Lat: e.Lat, Lon: e.Lon,
								FeatureCode: e.Code, Admin1: e.Admin1, Country: e.Country, Population: e.Population}))
						}
					}
				}
			}
		}
		gr.mentions = append(gr.mentions, i)
		gOf[i] = gr
		if articleBefore(text, ms[i].Start) {
			gr.article = true
		}
	}
	for i := range ms {
		gOf[i].parents = append(gOf[i].parents, parentsOf(text, ms, i)...)
	}

	// Document focus.
	weight := map[string]float64{}
	for _, c := range g.focus {
		weight[c] += strongFoc
	}
	own := map[*group]float64{} // each group's own share of its country's weight
	ownC := map[*group]string{} // and that country
	for i := range ms {
		if c, w := mentionCountry(ms[i].Candidates); c != "" {
			weight[c] += w
			own[gOf[i]] += w
			ownC[gOf[i]] = c
		}
	}
	maxW := 0.0
	for _, w := range weight {
		maxW = max(maxW, w)
	}

	// Pass 1 without co-mentioned admin1 units; pass 2 with the admin1
	// units of pass 1's readings (see admin1Votes).
	var a1w map[string]float64  // country|admin1 → votes
	var a1own map[*group]a1Vote // each group's own vote
	maxA1 := 0.0
	for pass := range 2 {
		for _, gr := range groups {
			for k := range gr.cands {
				c := &gr.cands[k]
				c.focus, c.admin1, c.parent, c.article, c.parentN = 0, 0, 0, 0, ""
				if maxW > 0 {
					w := weight[c.place.Country]
					if ownC[gr] == c.place.Country {
						w -= own[gr] // a name is no evidence for itself
					}
					c.focus = wFocus * w / maxW
				}
				if pass == 1 && c.a1 != "" && !isCountry(c.place.FeatureCode) {
					key := c.place.Country + "|" + c.a1
					w := a1w[key]
					if v := a1own[gr]; v.key == key {
						w -= v.w
					}
					if w > 0 {
						c.admin1 = wAdmin1 * min(1, w/maxA1+0.25)
					}
				}
				for _, p := range gr.parents {
					if b, name := parentBonus(c, ms[p]); b > c.parent {
						c.parent, c.parentN = b, name
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
			}
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
		if pass == 0 {
			a1w, a1own = admin1Votes(groups)
			for _, w := range a1w {
				maxA1 = max(maxA1, w)
			}
		}
	}

	// Write back.
	for _, gr := range groups {
		cs := make([]pipeline.Candidate, len(gr.cands))
		for k, c := range gr.cands {
			cs[k] = pipeline.Candidate{Place: c.place, Score: math.Round(c.score()*1000) / 1000}
		}
		resolved, reason := true, ""
		if len(gr.cands) == 0 {
			resolved, reason = false, "no gazetteer entry for this name"
			if len(gr.mentions) > 0 {
				if w := lastWord(ms[gr.mentions[0]].Text); w != "" && w != ms[gr.mentions[0]].Text {
					reason = fmt.Sprintf("no gazetteer entry of the kind %q for this name", w)
				}
			}
		} else if gr.override != nil && gr.cands[0].place.ID == gr.override.PlaceID {
			reason = fmt.Sprintf("analyst override (%s)", gr.override.Source)
		} else if top := gr.cands[0]; maxW >= strongFoc && weight[top.place.Country]-own[gr] <= 0 && top.class == "P" && top.place.Population < minorPop {
			resolved = false
			reason = fmt.Sprintf("only readings are small places outside the document's focus (%s): best %s, %s, population %d",
				focusList(weight), top.place.Name, top.place.Country, top.place.Population)
		} else {
			reason = explain(gr, weight, maxW)
		}
		for _, i := range gr.mentions {
			m := &ms[i]
			m.Candidates = slices.Clone(cs)
			m.Resolved = resolved
			m.Reason = reason
			m.Place = pipeline.Place{}
			if !resolved {
				continue
			}
			p := gr.cands[0].place
			p.Precision, p.UncertaintyKM = precisionOf(p, gr.cands[0].class, countries)
			m.Place = p
			if off, _ := splitOffset(m.Text); off.ok {
				m.Place = off.apply(p)
				m.Reason = reason + "; " + off.describe(p.Name)
			}
		}
	}
	g.logger.Debug("geocode", "doc", it.Doc.Path, "mentions", len(ms), "names", len(groups))
	return nil
}

// An a1Vote is one name's vote for the first-level unit of its reading.
type a1Vote struct {
	key string // country|normalized admin1
	w   float64
}

// admin1Votes counts, after a first pass, how strongly the document's names
// point at each first-level unit: a name read as the unit itself votes 2, a
// name whose readings all lie in one unit 1.5, any other name 1 for the unit
// of its best reading when that reading leads clearly (by 1 or more), else
// 0.5. Countries and readings without a unit do not vote.
func admin1Votes(groups []*group) (map[string]float64, map[*group]a1Vote) {
	votes := map[string]float64{}
	own := map[*group]a1Vote{}
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
		for _, c := range gr.cands[1:] {
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
		v := a1Vote{key: top.place.Country + "|" + top.a1, w: w * float64(min(len(gr.mentions), 2))}
		votes[v.key] += v.w
		own[gr] = v
	}
	return votes, own
}

// newCand prepares a candidate: its class (from the gazetteer when known) and
// normalized admin1.
func (g *Geocoder) newCand(p pipeline.Place) cand {
	c := cand{place: p, class: classOf(p.FeatureCode)}
	if g.gaz != nil {
		if e, ok := g.gaz.Get(p.ID); ok && e.Class != "" {
			c.class = e.Class
		}
	}
	a1 := p.Admin1
	if a1 == "" && isADM1(p.FeatureCode) {
		a1 = p.Name
	}
	c.a1 = gazetteer.Normalize(a1)
	c.prior = rankScore(p.FeatureCode, c.class) + wPop*math.Log10(float64(max(p.Population, 0))+1)
	return c
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
	var parts []string
	desc := fmt.Sprintf("%s (%s, %s", top.place.Name, top.place.FeatureCode, orDash(top.place.Country))
	if top.place.Population > 0 {
		desc += fmt.Sprintf(", pop %d", top.place.Population)
	}
	desc += ")"
	if len(gr.cands) == 1 {
		parts = append(parts, "only reading "+desc)
	} else {
		perC := map[string]int{}
		for _, c := range gr.cands {
			perC[orDash(c.place.Country)]++
		}
		keys := make([]string, 0, len(perC))
		for k := range perC {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var cc []string
		for _, k := range keys {
			cc = append(cc, fmt.Sprintf("%s %d", k, perC[k]))
		}
		parts = append(parts, fmt.Sprintf("%s best of %d readings (%s)", desc, len(gr.cands), strings.Join(cc, ", ")))
	}
	var second *cand
	if len(gr.cands) > 1 {
		second = &gr.cands[1]
	}
	if second != nil && top.name > second.name {
		parts = append(parts, "the name as written is its own, the other's an alternate")
	}
	if top.parent > 0 && (second == nil || top.parent > second.parent) {
		parts = append(parts, fmt.Sprintf("inside %q written after it", top.parentN))
	}
	if top.admin1 > 0 && (second == nil || top.admin1 > second.admin1) {
		parts = append(parts, "co-mentioned admin1 "+top.place.Admin1)
	}
	minFocus := top.focus
	for _, c := range gr.cands {
		minFocus = min(minFocus, c.focus)
	}
	if maxW > 0 && top.focus > 0 && (len(gr.cands) == 1 || top.focus > minFocus) {
		parts = append(parts, "document focus "+top.place.Country)
	}
	if top.article > 0 && (second == nil || top.article > second.article) {
		parts = append(parts, "\"the\" before the name favours a natural feature or region")
	}
	if second != nil {
		tr := gazetteer.FeatureRank(top.place.FeatureCode)
		sr := gazetteer.FeatureRank(second.place.FeatureCode)
		switch {
		case tr < sr:
			parts = append(parts, fmt.Sprintf("feature %s outranks %s", top.place.FeatureCode, second.place.FeatureCode))
		case top.place.Population > second.place.Population:
			n := 0
			for _, c := range gr.cands {
				if c.place.Country == top.place.Country {
					n++
				}
			}
			if n > 1 {
				parts = append(parts, fmt.Sprintf("highest population among %d %s readings", n, orDash(top.place.Country)))
			} else {
				parts = append(parts, "higher population")
			}
		case top.score() == second.score():
			parts = append(parts, "tie broken by ID")
		}
	}
	return strings.Join(parts, "; ")
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
