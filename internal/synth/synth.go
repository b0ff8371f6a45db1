// Package synth writes realistic synthetic news dispatches about North Korea
// with the events they report, for scale tests and for measuring accuracy at
// scale. Each Article comes with its ground truth in the gold format read by
// internal/gold, so `geotimeline eval` can score a run over a generated corpus.
//
// The text is assembled from sentence templates written for this package;
// places and their coordinates come from the gazetteer, so the ground truth
// agrees with the data the pipeline resolves against. Output depends only on
// the seed: the same seed gives the same corpus, byte for byte.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"geotimeline/gazetteer"
	"geotimeline/internal/gold"
	"geotimeline/pipeline"
)

// Options configures a Generator.
type Options struct {
	// Seed selects the corpus; the same seed gives the same articles.
	Seed uint64
	// Gazetteer supplies places and coordinates; nil means the embedded one.
	Gazetteer *gazetteer.Gazetteer
	// TargetBytes is the approximate length of an article's text; filler
	// paragraphs that report no event make up the difference. 0 means 4000.
	TargetBytes int
}

// An Article is one generated dispatch, in the JSON Lines input format.
type Article struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Text      string `json:"text"`
}

// A Generator produces articles one at a time. It is not safe for
// concurrent use.
type Generator struct {
	rng    *rand.Rand
	target int
	cities []place
	provs  []place
	n      int
}

type place struct {
	name, admin1 string
	lat, lon     float64
}

// cityNames and provinceNames are the places dispatches are set in: North
// Korean cities and provinces as the press writes them.
var (
	cityNames = []string{"Hyesan", "Sinuiju", "Hoeryong", "Musan", "Chongjin", "Manpo", "Kanggye",
		"Hamhung", "Wonsan", "Nampo", "Kaesong", "Sariwon", "Haeju", "Anju", "Kimchaek", "Tanchon", "Onsong"}
	provinceNames = []string{"North Pyongan", "South Pyongan", "North Hamgyong", "South Hamgyong",
		"Ryanggang", "Chagang", "North Hwanghae", "South Hwanghae", "Kangwon"}
)

// New returns a Generator. It fails only if the gazetteer lacks the places
// the templates use.
func New(opts Options) (*Generator, error) {
	gz := opts.Gazetteer
	if gz == nil {
		var err error
		if gz, err = gazetteer.Embedded(); err != nil {
			return nil, err
		}
	}
	g := &Generator{rng: rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)), target: opts.TargetBytes}
	if g.target <= 0 {
		g.target = 4000
	}
	var err error
	if g.cities, err = lookup(gz, cityNames, func(e gazetteer.Entry) bool { return e.Class == "P" }); err != nil {
		return nil, err
	}
	if g.provs, err = lookup(gz, provinceNames, func(e gazetteer.Entry) bool { return e.Code == "ADM1" }); err != nil {
		return nil, err
	}
	return g, nil
}

func lookup(gz *gazetteer.Gazetteer, names []string, ok func(gazetteer.Entry) bool) ([]place, error) {
	var out []place
	for _, n := range names {
		var best *gazetteer.Entry
		for _, e := range gz.Lookup(n) {
			if e.Country == "KP" && ok(e) && (best == nil || gazetteer.FeatureRank(e.Code) < gazetteer.FeatureRank(best.Code)) {
				best = &e
			}
		}
		if best != nil {
			out = append(out, place{n, best.Admin1, best.Lat, best.Lon})
		}
		if best == nil {
			return nil, fmt.Errorf("synth: gazetteer has no North Korean %q", n)
		}
	}
	return out, nil
}

// template is one way of reporting an event: %[1]s is the date phrase,
// %[2]s the place phrase.
type template struct {
	eventType string
	text      string
}

var templates = []template{
	{"arrest", "Security officials arrested several people %[1]s %[2]s on suspicion of carrying copper across the river into China."},
	{"arrest", "Police detained a group of traders %[1]s %[2]s after finding foreign currency in their homes."},
	{"execution", "Authorities publicly executed a man accused of selling South Korean films %[1]s %[2]s, according to witnesses."},
	{"lockdown", "Officials sealed off neighborhoods %[2]s %[1]s after several residents developed fevers."},
	{"order", "The Ministry of State Security ordered border units %[1]s to fire on anyone approaching the riverbank %[2]s."},
	{"crackdown", "Police launched a crackdown on unregistered mobile phones %[1]s %[2]s."},
	{"deployment", "The army deployed extra guard units along the river %[1]s %[2]s."},
	{"meeting", "The provincial party committee held an emergency meeting %[1]s %[2]s to discuss food supplies."},
	{"defection", "Two soldiers fled across the border %[1]s %[2]s, a source said."},
	{"sentence", "A court %[2]s sentenced three brokers to ten years of hard labor %[1]s."},
}

// leads open an article; fillers report no event and pad articles to a
// realistic length. No filler is used twice in one article.
var (
	leads = []string{
		"Reports from inside North Korea describe tighter controls across the country this season.",
		"North Korean authorities have stepped up their watch over markets and border towns, sources say.",
		"Residents of several North Korean provinces describe a tense few weeks.",
		"News from North Korea's northern provinces arrives in fragments, through phone calls and traders.",
	}
	fillers = []string{
		"Rice prices in the local markets have risen steadily, residents said.",
		"The source asked not to be named for safety reasons.",
		"Many households now depend on small plots and on relatives abroad for cash.",
		"Trains between the provincial capitals run irregularly because of power shortages.",
		"Residents describe a mood of fatigue rather than open anger.",
		"Foreign visitors are rare in the region, and reports reach the outside slowly.",
		"State media made no mention of the matter.",
		"Corn has replaced rice on many family tables, according to people in the area.",
		"Some families have sold furniture to pay for medicine.",
		"The exchange rate of the North Korean won against the dollar has swung widely.",
		"Electricity reaches most apartments for only a few hours each evening.",
		"Neighbourhood watch units keep lists of who comes and goes.",
		"Mobile phone coverage near the frontier is patchy and closely monitored.",
		"Street vendors, mostly women, have returned to the edges of the markets.",
		"Factories that once exported goods have cut shifts or stopped work.",
		"Local officials are said to be under pressure to show results to Pyongyang.",
		"The weather has been unusually dry, and farmers worry about the harvest.",
		"Bus fares between towns have doubled, one resident said.",
		"Few people are willing to talk about politics, even with relatives.",
		"Smuggled goods from China remain on sale, though at much higher prices.",
	}
)

var sources = []string{"Sample Wire", "Border Notes", "Peninsula Monitor"}

// dateForm renders an event date relative to the publication date pub and
// returns the phrase with the interval it denotes.
func (g *Generator) dateForm(pub time.Time) (string, time.Time, time.Time, string) {
	switch g.rng.IntN(4) {
	case 0: // a day in the last few weeks, month and day only
		d := pub.AddDate(0, 0, -(2 + g.rng.IntN(25)))
		return "on " + d.Format("January 2"), d, d, "day"
	case 1: // a full date
		d := pub.AddDate(0, 0, -(2 + g.rng.IntN(60)))
		return "on " + d.Format("January 2, 2006"), d, d, "day"
	case 2: // last month
		first := time.Date(pub.Year(), pub.Month()-1, 1, 0, 0, 0, 0, time.UTC)
		return "last month", first, first.AddDate(0, 1, -1), "month"
	default: // a named earlier month
		first := time.Date(pub.Year(), pub.Month()-time.Month(2+g.rng.IntN(3)), 1, 0, 0, 0, 0, time.UTC)
		return "in " + first.Format("January"), first, first.AddDate(0, 1, -1), "month"
	}
}

// placeForm renders a place phrase and the gold place it denotes.
func (g *Generator) placeForm() (string, gold.Place) {
	if g.rng.IntN(3) == 0 {
		p := g.provs[g.rng.IntN(len(g.provs))]
		return "in " + p.name + " Province", gold.Place{Place: p.name + " Province", Admin1: p.admin1, Country: "KP", Lat: p.lat, Lon: p.lon, GeoPrecision: "admin1"}
	}
	p := g.cities[g.rng.IntN(len(g.cities))]
	phrase := "in " + p.name
	if g.rng.IntN(2) == 0 {
		phrase = "in the city of " + p.name
	}
	return phrase, gold.Place{Place: p.name, Admin1: p.admin1, Country: "KP", Lat: p.lat, Lon: p.lon, GeoPrecision: "city"}
}

// Next returns the next article and the events it reports.
func (g *Generator) Next() (Article, []gold.Event) {
	g.n++
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	pub := start.AddDate(0, 0, g.rng.IntN(5*365))
	a := Article{
		ID:        fmt.Sprintf("synth-%07d", g.n),
		Published: pub.Format(time.DateOnly),
		Source:    sources[g.rng.IntN(len(sources))],
	}
	var (
		paras []string
		truth []gold.Event
	)
	order := g.rng.Perm(len(fillers))
	filler := func() string {
		if len(order) == 0 {
			order = g.rng.Perm(len(fillers))
		}
		f := fillers[order[0]]
		order = order[1:]
		return f
	}
	nEvents := 1 + g.rng.IntN(3)
	used := map[int]bool{}
	for range nEvents {
		ti := g.rng.IntN(len(templates))
		if used[ti] {
			continue // one report of a kind per article keeps the truth unambiguous
		}
		used[ti] = true
		t := templates[ti]
		datePhrase, from, to, prec := g.dateForm(pub)
		placePhrase, pl := g.placeForm()
		sentence := fmt.Sprintf(t.text, datePhrase, placePhrase)
		paras = append(paras, sentence+" "+filler())
		truth = append(truth, gold.Event{
			ID: fmt.Sprintf("%s-e%d", a.ID, len(truth)+1), Doc: a.ID, EventType: t.eventType, Quote: sentence,
			DateStart: pipeline.DateOf(from).String(), DateEnd: pipeline.DateOf(to).String(), DatePrecision: prec, Place: pl,
		})
	}
	a.Title = titleFor(truth[0].EventType, truth[0].Place.Place)
	size := len(a.Title)
	for _, p := range paras {
		size += len(p) + 2
	}
	for size < g.target && len(paras) < 40 {
		var b strings.Builder
		for i := 0; i < 3; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(filler())
		}
		p := b.String()
		at := g.rng.IntN(len(paras) + 1)
		paras = append(paras[:at], append([]string{p}, paras[at:]...)...)
		size += len(p) + 2
	}
	a.Text = a.Title + "\n\n" + leads[g.rng.IntN(len(leads))] + "\n\n" + strings.Join(paras, "\n\n") + "\n"
	return a, truth
}

func titleFor(eventType, where string) string {
	switch eventType {
	case "arrest":
		return "Arrests reported in " + where
	case "execution":
		return "Public execution reported in " + where
	case "lockdown":
		return "Parts of " + where + " sealed off"
	case "order":
		return "New border order reaches " + where
	case "crackdown":
		return "Phone crackdown in " + where
	case "deployment":
		return "More guards sent to " + where
	case "meeting":
		return "Emergency party meeting in " + where
	case "defection":
		return "Soldiers defect near " + where
	default:
		return "Court ruling in " + where
	}
}
