package places

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
)

// testGazetteer is a small table with the ambiguities the filters must handle.
func testGazetteer() *gazetteer.Gazetteer {
	e := []gazetteer.Entry{
		{ID: "t:kp", Name: "North Korea", Lat: 40.3, Lon: 127.4, Class: "A", Code: "PCLI", Country: "KP", Population: 25000000},
		{ID: "t:kr", Name: "South Korea", Lat: 36.5, Lon: 127.9, Class: "A", Code: "PCLI", Country: "KR", Population: 51000000},
		{ID: "t:cn", Name: "China", Lat: 35, Lon: 105, Class: "A", Code: "PCLI", Country: "CN", Population: 1400000000},
		{ID: "t:hyesan", Name: "Hyesan", Lat: 41.4017, Lon: 128.1775, Class: "P", Code: "PPLA", Country: "KP", Admin1: "Ryanggang", Admin1Code: "KP.10", Population: 200000},
		{ID: "t:ryanggang", Name: "Ryanggang", Lat: 41.25, Lon: 127.75, Class: "A", Code: "ADM1", Country: "KP", Admin1: "Ryanggang", Admin1Code: "KP.10"},
		{ID: "t:npyongan", Name: "North Pyongan", Lat: 40.05, Lon: 124.95, Class: "A", Code: "ADM1", Country: "KP", Admin1: "North Pyongan", Admin1Code: "KP.11"},
		{ID: "t:sinuiju", Name: "Sinuiju", Lat: 40.1006, Lon: 124.3981, Class: "P", Code: "PPLA", Country: "KP", Admin1: "North Pyongan", Admin1Code: "KP.11", Population: 359000},
		{ID: "t:dandong", Name: "Dandong", Lat: 40.1292, Lon: 124.3947, Class: "P", Code: "PPLA2", Country: "CN", Admin1: "Liaoning", Admin1Code: "CN.19", Population: 780000},
		{ID: "t:liaoning", Name: "Liaoning", Lat: 41.3, Lon: 122.6, Class: "A", Code: "ADM1", Country: "CN", Admin1: "Liaoning", Admin1Code: "CN.19"},
		{ID: "t:kim-village", Name: "Kim", Lat: 39, Lon: 126, Class: "P", Code: "PPL", Country: "KP"},
		{ID: "t:jong-village", Name: "Jong", Lat: 39.1, Lon: 126.1, Class: "P", Code: "PPL", Country: "KP"},
		{ID: "t:un-village", Name: "Un", Lat: 39.2, Lon: 126.2, Class: "P", Code: "PPL", Country: "KP"},
		{ID: "t:tongam", Name: "Tongam", Lat: 39.3, Lon: 126.3, Class: "P", Code: "PPL", Country: "KP"},
		{ID: "t:march", Name: "March", Lat: 52.5, Lon: 0.1, Class: "P", Code: "PPL", Country: "GB", Population: 22000},
		{ID: "t:beaver", Name: "Beaver", Lat: 40.7, Lon: -80.3, Class: "P", Code: "PPL", Country: "US", Population: 4000},
		{ID: "t:mobile", Name: "Mobile", Lat: 30.7, Lon: -88.0, Class: "P", Code: "PPLA2", Country: "US", Population: 190000},
		{ID: "t:tumen-city", Name: "Tumen", Lat: 42.97, Lon: 129.84, Class: "P", Code: "PPLA3", Country: "CN", Population: 100000},
		{ID: "t:tumen-river", Name: "Tumen", Lat: 42.4, Lon: 130.6, Class: "H", Code: "STM"},
		{ID: "t:hwasong", Name: "Hwasong", Lat: 41.3, Lon: 129.2, Class: "A", Code: "ADM2", Country: "KP"},
		{ID: "t:pyongyang", Name: "Pyongyang", Lat: 39.0339, Lon: 125.7543, Class: "P", Code: "PPLC", Country: "KP", Population: 3222000},
		{ID: "t:kimchaek", Name: "Kimchaek", Lat: 40.67, Lon: 129.2, Class: "P", Code: "PPLA", Country: "KP", Population: 180000},
		{ID: "t:dublin-ie", Name: "Dublin", Lat: 53.33, Lon: -6.25, Class: "P", Code: "PPLC", Country: "IE", Population: 1024000},
		{ID: "t:dublin-oh", Name: "Dublin", Lat: 40.1, Lon: -83.11, Class: "P", Code: "PPL", Country: "US", Admin1: "Ohio", Population: 45000},
		{ID: "t:iowa-city", Name: "Iowa City", Lat: 41.66, Lon: -91.53, Class: "P", Code: "PPLA2", Country: "US", Admin1: "Iowa", Population: 75000},
		{ID: "t:guernsey", Name: "Guernsey", Lat: 49.45, Lon: -2.58, Class: "A", Code: "PCLI", Country: "GG", Population: 65000},
		{ID: "t:guernsey-wy", Name: "Guernsey", Lat: 42.27, Lon: -104.74, Class: "P", Code: "PPL", Country: "US", Admin1: "Wyoming", Population: 1100},
		{ID: "t:douglas-im", Name: "Douglas", Lat: 54.15, Lon: -4.48, Class: "P", Code: "PPLC", Country: "IM", Population: 26000},
		{ID: "t:douglas-im-unit", Name: "Douglas", Lat: 54.15, Lon: -4.5, Class: "A", Code: "ADM1", Country: "IM"},
		{ID: "t:warren-oh", Name: "Warren", Lat: 41.24, Lon: -80.82, Class: "P", Code: "PPLA2", Country: "US", Admin1: "Ohio", Population: 40000},
		{ID: "t:ohio", Name: "Ohio", Lat: 40.25, Lon: -82.75, Class: "A", Code: "ADM1", Country: "US", Admin1: "Ohio"},
		{ID: "t:valley-al", Name: "Valley", Lat: 32.82, Lon: -85.18, Class: "P", Code: "PPL", Country: "US", Admin1: "Alabama", Population: 9464},
		{ID: "t:lewis-ks", Name: "Lewis", Lat: 37.94, Lon: -99.25, Class: "P", Code: "PPLA2", Country: "US", Admin1: "Kansas", Population: 450},
		{ID: "t:bell-ca", Name: "Bell", Lat: 33.98, Lon: -118.19, Class: "P", Code: "PPL", Country: "US", Admin1: "California", Population: 36000},
		{ID: "t:jackson-ms", Name: "Jackson", Lat: 32.3, Lon: -90.18, Class: "P", Code: "PPLA", Country: "US", Admin1: "Mississippi", Population: 153000},
		{ID: "t:musan", Name: "Musan", Lat: 42.23, Lon: 129.2, Class: "P", Code: "PPLA2", Country: "KP", Population: 21739},
		{ID: "t:onsong", Name: "Onsong", Lat: 42.96, Lon: 129.99, Class: "P", Code: "PPLA2", Country: "KP", Population: 19806},
		{ID: "t:iowa-la", Name: "Iowa", Lat: 30.24, Lon: -93.01, Class: "P", Code: "PPL", Country: "US", Admin1: "Louisiana", Population: 3000},
	}
	a := []gazetteer.Alias{{Name: "Dublin City", ID: "t:dublin-ie"}, {Name: "Kim Chaek", ID: "t:kimchaek"}, {Name: "Ryanggang Province", ID: "t:ryanggang"}, {Name: "DPRK", ID: "t:kp"}, {Name: "Korea", ID: "t:kp"}, {Name: "Korea", ID: "t:kr"}}
	return gazetteer.New(e, a)
}

// geoNamesRows are GeoNames main-table rows whose alternate names include
// ordinary words, as GeoNames lists them: "From" for Frome, "Shinuiju"
// for Sinuiju, and "Samsoo" for a village without a population; and
// populated towns of North Korea and China whose alternates are the
// press's romanizations ("Aoji", "Kilchu", "Seonbong", "Lushunkou").
const geoNamesRows = "2649024\tFrome\tFrome\tFrom,Frume\t51.2279\t-2.32\tP\tPPL\tGB\t\tENG\t\t\t\t26203\t\t\tEurope/London\t2020-01-01\n" +
	"9000001\tSinuiju\tSinuiju\tShinuiju\t40.1006\t124.3981\tP\tPPLA\tKP\t\t11\t\t\t\t359341\t\t\tAsia/Pyongyang\t2020-01-01\n" +
	"9000002\tSamsu\tSamsu\tSamsoo\t41.28\t128.48\tP\tPPL\tKP\t\t10\t\t\t\t0\t\t\tAsia/Pyongyang\t2020-01-01\n" +
	"9000003\tLinden\tLinden\tSpruce\t40.5\t-80.1\tP\tPPL\tUS\t\tPA\t\t\t\t3000\t\t\tAmerica/New_York\t2020-01-01\n" +
	"9000004\tAoji-ri\tAoji-ri\tAoji,Agochi\t42.52\t130.39\tP\tPPL\tKP\t\t17\t\t\t\t34248\t\t\tAsia/Pyongyang\t2020-01-01\n" +
	"2043484\tKilju\tKilju\tKilchu,Kilchu-up\t40.96\t129.33\tP\tPPL\tKP\t\t17\t\t\t\t63652\t\t\tAsia/Pyongyang\t2020-01-01\n" +
	"2040674\tSŏnbong\tSonbong\tSeonbong,Unggi\t42.34\t130.4\tP\tPPL\tKP\t\t17\t\t\t\t27331\t\t\tAsia/Pyongyang\t2020-01-01\n" +
	"1801722\tLüshun\tLueshun\tLushunkou,Port Arthur\t38.81\t121.26\tP\tPPL\tCN\t\t19\t\t\t\t82345\t\t\tAsia/Shanghai\t2020-01-01\n" +
	"534701\tLivny\tLivny\tLivni\t52.42\t37.61\tP\tPPLA2\tRU\t\t56\t\t\t\t49000\t\t\tEurope/Moscow\t2020-01-01\n"

func TestAlternateNameOnly(t *testing.T) {
	g, err := testGazetteer().WithGeoNames(strings.NewReader(geoNamesRows), "rows")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an ordinary word listed as a town's alternate", "Letters came From the council.", nil},
		{"the town's own name", "He lives in Frome now.", []string{"Frome=geonames:2649024"}},
		{"a big city's alternate", "Traders in Shinuiju said prices rose.", []string{"Shinuiju=geonames:9000001"}},
		{"a village without a population keeps its variants", "Police in Samsoo searched homes.", []string{"Samsoo=geonames:9000002"}},
		{"a small town's alternate even after a preposition", "He moved to Spruce last year.", nil},
		{"a populated North Korean town's romanization", "Police in Aoji arrested three smugglers.", []string{"Aoji=geonames:9000004"}},
		{"another romanization of a North Korean town", "Traders from Kilchu were fined.", []string{"Kilchu=geonames:2043484"}},
		{"a Revised Romanization spelling", "A market in Seonbong was closed.", []string{"Seonbong=geonames:2040674"}},
		{"a pinyin form of a Chinese town", "Ships left Lushunkou at dawn.", []string{"Lushunkou=geonames:1801722"}},
		{"a romanization in a report on its country", "Police in Aoji and Hyesan arrested three smugglers.", []string{"Aoji=geonames:9000004", "Hyesan=t:hyesan"}},
		{"a romanization in a report on another country", "Farmers in Dublin, Ohio, met Livni on Monday.", []string{"Dublin=t:dublin-ie,t:dublin-oh", "Ohio=t:ohio"}},
		{"a romanization in a report that names no country", "Farmers met Livni on Monday.", []string{"Livni=geonames:534701"}},
		{"a romanization of a town near the places of a report on another country", "Police in Sinuiju said the boat came from Lushunkou.",
			[]string{"Sinuiju=geonames:9000001,t:sinuiju", "Lushunkou=geonames:1801722"}},
		{"a romanization of a town far from the places of a report on another country", "Police in Sinuiju said the car came from Livni.",
			[]string{"Sinuiju=geonames:9000001,t:sinuiju"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := summary(run(t, g, tc.text)); !slices.Equal(got, tc.want) {
				t.Errorf("Process(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// run recognizes text as one sentence and returns the mentions.
func run(t testing.TB, g *gazetteer.Gazetteer, text string) []pipeline.PlaceMention {
	t.Helper()
	it := &pipeline.Item{Doc: pipeline.Document{Text: text}}
	if text != "" {
		it.Sentences = []pipeline.Sentence{{Span: pipeline.Span{Start: 0, End: len(text)}}}
	}
	if err := New(Options{Gazetteer: g}).Process(context.Background(), it); err != nil {
		t.Fatalf("Process(%q): %v", text, err)
	}
	return it.Places
}

// summary renders mentions as "Text=id1,id2[/source]" for comparison.
func summary(ms []pipeline.PlaceMention) []string {
	var out []string
	for _, m := range ms {
		ids := make([]string, len(m.Candidates))
		for i, c := range m.Candidates {
			ids[i] = c.Place.ID
		}
		s := m.Text + "=" + strings.Join(ids, ",")
		if m.Role != "" {
			s += "/" + m.Role
		}
		out = append(out, s)
	}
	return out
}

func TestRecognize(t *testing.T) {
	g := testGazetteer()
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain city", "Smugglers were arrested in Hyesan last week.", []string{"Hyesan=t:hyesan"}},
		{"lower case is not a name", "the hyesan market", nil},
		{"province joins the span", "Officials in North Pyongan Province said so.", []string{"North Pyongan Province=t:npyongan"}},
		{"lower-case province joins", "A lecture in Ryanggang province was held.", []string{"Ryanggang province=t:ryanggang"}},
		{"person name is not a place", "Kim Jong Un ordered a crackdown.", nil},
		{"person name mid sentence", "The order came from leader Kim Jong Un himself.", nil},
		{"hyphenated person", "A defector named Kim Kuk-song spoke to the BBC.", nil},
		{"possessive person", "Kim Jong-un’s sister spoke.", nil},
		{"place word after a surname", "He was born in Kim Chaek City in 1950.", []string{"Kim Chaek City=t:kimchaek"}},
		{"month is stop-listed", "On March 27 the order came.", nil},
		{"minor village needs a cue", "The Tongam road was closed.", nil},
		{"minor village with a cue", "He was arrested in Tongam last week.", []string{"Tongam=t:tongam"}},
		{"short village even with a cue", "He lives in Un now.", nil},
		{"capitalized word before a minor place", "Translated by Kathryn Beaver for the site.", nil},
		{"surname used for a person elsewhere", "Mobile was quiet. Jane Mobile arrived.", nil},
		{"honorific", "Talks with Mr. Mobile ended.", nil},
		{"sentence-initial ordinary word", "Mobile phones are banned; mobile networks too.", nil},
		{"model name", "It launched a Hwasong-15 missile.", nil},
		{"organisation after of", "The Workers' Party of North Korea met.", nil},
		{"country", "North Korea closed its border with China.", []string{"North Korea=t:kp", "border with China=region:kp-cn-border"}},
		{"country and city", "North Korea and China agreed; Dandong traders cheered.", []string{"North Korea=t:kp", "China=t:cn", "Dandong=t:dandong"}},
		{"river narrows readings", "They crossed the Tumen River at night.", []string{"Tumen River=t:tumen-river"}},
		{"a river's name before a number is a ship's", "The tanker Hyesan Gang 3 sailed on.", nil},
		{"review: a river before a distance stays a river", "A man swam across the Tumen River 2 km east of the bridge.", []string{"Tumen River=t:tumen-river"}},
		{"city narrows readings", "Traders in Tumen City complained.", []string{"Tumen City=t:tumen-city"}},
		{"X City that is an alternate name adds the towns named X", "The Dublin City Council met in Ohio.",
			[]string{"Dublin City=t:dublin-ie,t:dublin-oh", "Ohio=t:ohio"}},
		{"a county is never a country", "Deputies in Guernsey County said so.", []string{"Guernsey County=t:guernsey-wy"}},
		{"the country without a place word", "Ferries to Guernsey stopped.", []string{"Guernsey=t:guernsey,t:guernsey-wy"}},
		{"X City that is its place's own name stays", "Police in Iowa City said.", []string{"Iowa City=t:iowa-city"}},
		{"parenthetical parent", "Trade between Dandong (Liaoning Province, China) and Sinuiju stopped.",
			[]string{"Dandong=t:dandong", "Liaoning Province=t:liaoning", "China=t:cn", "Sinuiju=t:sinuiju"}},
		{"offset", "Troops gathered 20 km north of Hyesan on Monday.", []string{"20 km north of Hyesan=t:hyesan"}},
		{"source in province", "A source in North Pyongan Province told reporters on Mar. 27.", []string{"North Pyongan Province=t:npyongan/source"}},
		{"source based in", "A military source based in Ryanggang Province told us.", []string{"Ryanggang Province=t:ryanggang/source"}},
		{"resident of, speaking", "A resident of Ryanggang province told RFA on Monday.", []string{"Ryanggang province=t:ryanggang/source"}},
		{"residents of, not speaking", "Residents of Hyesan were ordered to stay home.", []string{"Hyesan=t:hyesan"}},
		{"based source after", "A Hyesan-based source said prices rose.", []string{"Hyesan=t:hyesan/source"}},
		{"region with focus", "North Korea punished smugglers in the border area.", []string{"North Korea=t:kp", "the border area=region:kp-cn-border"}},
		{"region without focus", "Farmers in the border area of Texas complained.", nil},
		{"region naming the countries", "Trade across the Sino-Korean border stopped.", []string{"the Sino-Korean border=region:kp-cn-border"}},
		{"region named by countries beats the countries", "Trade along the North Korea–China border slowed.", []string{"the North Korea–China border=region:kp-cn-border"}},
		{"demonym is a cue not a mention", "North Korean guards patrol along the border.", []string{"the border=region:kp-cn-border"}},
		{"a generic border phrase means the border the document names", "North Korea laid mines near the military demarcation line and along the border.",
			[]string{"North Korea=t:kp", "the military demarcation line=region:kp-kr-dmz", "the border=region:kp-kr-dmz"}},
		{"a phrase naming a side keeps it", "North Korea laid mines near the military demarcation line and along the Chinese border.",
			[]string{"North Korea=t:kp", "the military demarcation line=region:kp-kr-dmz", "the Chinese border=region:kp-cn-border"}},
		{"two borders named: a generic phrase keeps its default", "North Korea guards the DMZ and the Sino-Korean border; smugglers work along the border.",
			[]string{"North Korea=t:kp", "the DMZ=region:kp-kr-dmz", "the Sino-Korean border=region:kp-cn-border", "the border=region:kp-cn-border"}},
		{"sources in the border area", "Sources in the border area told RFA of executions in North Korea.", []string{"the border area=region:kp-cn-border/source", "North Korea=t:kp"}},
		{"title case sentence drops minor", "Smugglers Flee To Tongam After Crackdown", nil},
		{"title case keeps major", "Smugglers Flee Hyesan After Crackdown", []string{"Hyesan=t:hyesan"}},
		{"press abbreviation", "N. Korea uses military law on smugglers.", []string{"N. Korea=t:kp"}},
		{"hangul", "혜산시에서 단속이 있었다.", nil},
		{"a mis-decoded apostrophe", "In Hyesan, North Koreâ s markets rose.", []string{"Hyesan=t:hyesan"}},
		{"a name that speaks is a person's", "Beaver said the river rose. Floods reached homes in Beaver.", nil},
		{"a place after a preposition may speak", "A student from Hyesan said prices rose.", []string{"Hyesan=t:hyesan"}},
		{"a capital speaks for its government", "Pyongyang said the test had succeeded.", []string{"Pyongyang=t:pyongyang"}},
		{"a city that speaks stays a place elsewhere", "Hyesan says no to smuggling. Police in Hyesan agreed.", []string{"Hyesan=t:hyesan"}},
		{"the last place of a list is not a speaker", "Officials in Hyesan and Beaver told reporters so. Floods reached homes in Beaver.",
			[]string{"Hyesan=t:hyesan", "Beaver=t:beaver", "Beaver=t:beaver"}}, // the first, a small town without a cue word, on the later "in Beaver"
		{"a small town heading a sentence needs a cue", "Valley students trace their family history.", nil},
		{"a stop-listed ordinary word, even after a preposition", "Students from the valley came; in Valley, too.", nil},
		{"a forename makes a small capital a surname", "Police Chief Robert Douglas arrived.", nil},
		{"a forename at a sentence start", "Mitch Lewis and Sonny Hall were unaware. Lewis left.", nil},
		{"a middle initial", "The shooting of Tyrise M. Bell was ruled justified.", nil},
		{"no forename before the capital", "Ferries from Douglas stopped.", []string{"Douglas=t:douglas-im,t:douglas-im-unit"}},
		{"a forename that is a town of the unit's country", "Floods hit Warren Ohio on Monday.", []string{"Warren=t:warren-oh", "Ohio=t:ohio"}},
		{"a comma parts a forename from a place", "Officials said Robert, Bell and others agreed.", []string{"Bell=t:bell-ca"}},
		{"a forename before a city of 100,000", "Traders reached Scott Jackson on Monday.", []string{"Jackson=t:jackson-ms"}},
		{"no initial: a place prefix", "He went to St. Bell.", []string{"Bell=t:bell-ca"}},
		{"a forename that is an ordinary word, at a sentence start", "Rich Musan families bribe guards. Smugglers in Musan were caught.",
			[]string{"Musan=t:musan", "Musan=t:musan"}},
		{"a forename that is an ordinary word, after an opening quote", "\u201cMark Onsong on your map,\u201d the guide said.", []string{"Onsong=t:onsong"}},
		{"a forename that is an ordinary word, in a headline", "Guards Catch Rich Musan Smugglers Again", []string{"Musan=t:musan"}},
		{"a forename that is an ordinary word, inside a sentence", "Police chief Rich Lewis arrived.", nil},
		{"a forename that is no ordinary word, at a sentence start", "Gary Lewis arrived.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summary(run(t, g, tc.text))
			if !slices.Equal(got, tc.want) {
				t.Errorf("Process(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestOnlySentences(t *testing.T) {
	g := testGazetteer()
	text := "Hyesan boilerplate. Smugglers in Sinuiju were caught."
	it := &pipeline.Item{Doc: pipeline.Document{Text: text}}
	i := strings.Index(text, "Smugglers")
	it.Sentences = []pipeline.Sentence{{Span: pipeline.Span{Start: i, End: len(text)}}}
	if err := New(Options{Gazetteer: g}).Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	if got := summary(it.Places); !slices.Equal(got, []string{"Sinuiju=t:sinuiju"}) {
		t.Errorf("Places = %q, want only the mention inside the sentence", got)
	}
}

func TestEmbeddedData(t *testing.T) {
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"kim", "march", "may"} {
		if !tb.stop[w] {
			t.Errorf("stop-list lacks %q", w)
		}
	}
	// notAlone is the union of the stop-list and the demonym keys.
	for _, set := range []map[string]bool{tb.stop, tb.demonymKey} {
		for k := range set {
			if !tb.notAlone[k] {
				t.Errorf("notAlone lacks %q", k)
			}
		}
	}
	for k := range tb.notAlone {
		if !tb.stop[k] && !tb.demonymKey[k] {
			t.Errorf("notAlone holds %q, in neither the stop-list nor the demonyms", k)
		}
	}
	// Every phrase must pass the sentence prefilter in any case.
	for line := range lines(regionsTSV) {
		f := strings.Split(line, "\t")
		if len(f) != 11 || f[0] == "id" {
			continue
		}
		stems := regionStems
		if f[1] == "cue" {
			stems = cueStems
		}
		for _, col := range f[8:10] {
			for p := range strings.SplitSeq(col, "|") {
				if p == "" {
					continue
				}
				for _, v := range []string{p, strings.ToUpper(p), titled(p)} {
					if !mayHavePhrase(v, stems) {
						t.Errorf("phrase %q (as %q) fails the prefilter", p, v)
					}
				}
			}
		}
	}
	r, ok := tb.regions["region:kp-cn-border"]
	if !ok || r.Place.UncertaintyKM <= 0 || r.Place.Precision != pipeline.GeoRegion {
		t.Errorf("region:kp-cn-border = %+v", r)
	}
}

// checkMentions asserts the span properties every output must have.
func checkMentions(t testing.TB, text string, ms []pipeline.PlaceMention) {
	t.Helper()
	boundary := map[int]bool{len(text): true}
	for i := range text { // rune starts, a stray byte counting as one rune
		boundary[i] = true
	}
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %d span %v out of range (len %d)", i, m.Span, len(text))
		}
		if !boundary[m.Start] || !boundary[m.End] {
			t.Fatalf("mention %d span %v not on rune boundaries", i, m.Span)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("mention %d Text %q != text[span] %q", i, m.Text, text[m.Start:m.End])
		}
		if i > 0 && ms[i-1].End > m.Start {
			t.Fatalf("mentions %d and %d overlap or are unsorted: %v %v", i-1, i, ms[i-1].Span, m.Span)
		}
	}
}

func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Smugglers in Hyesan, Ryanggang Province, were caught.",
		"20 km north of Hyesan", "Kim Jong Un", "a source in the border area of North Korea",
		"Dandong (Liaoning Province, China)", "혜산시", "P'yŏngyang", "\xff\xfe Hyesan",
		"The shooting of Tyrise M. Bell", "Chief Robert Douglas said", "Mitch Lewis and", "ÉÉ M. Bell", "Floods hit Warren Ohio",
	} {
		f.Add(s)
	}
	g := testGazetteer()
	f.Fuzz(func(t *testing.T, text string) {
		ms := run(t, g, text)
		checkMentions(t, text, ms)
	})
}

// FuzzSurnameSlot checks that surnameSlot accepts any text and offset.
func FuzzSurnameSlot(f *testing.F) {
	for _, s := range []string{"Tyrise M. Bell", "Gary Lewis", " M. X", "É. Bell", "ÉÉ M. Bell", ". .", "M."} {
		f.Add(s)
	}
	names := map[string]bool{"Gary": false, "Rich": true}
	f.Fuzz(func(t *testing.T, st string) {
		first := sentenceStart(st)
		for off := 0; off <= len(st); off++ {
			surnameSlot(st, off, first, false, names)
			surnameSlot(st, off, first, true, names)
		}
	})
}

func ExampleRecognizer_Process() {
	g := gazetteer.New([]gazetteer.Entry{
		{ID: "x:hyesan", Name: "Hyesan", Lat: 41.4, Lon: 128.18, Class: "P", Code: "PPLA", Country: "KP", Population: 200000},
		{ID: "x:ryanggang", Name: "Ryanggang", Lat: 41.25, Lon: 127.75, Class: "A", Code: "ADM1", Country: "KP"},
	}, nil)
	text := "A source in Ryanggang Province said Kim Jong Un's order reached Hyesan."
	it := &pipeline.Item{Doc: pipeline.Document{Text: text},
		Sentences: []pipeline.Sentence{{Span: pipeline.Span{Start: 0, End: len(text)}}}}
	if err := New(Options{Gazetteer: g}).Process(context.Background(), it); err != nil {
		panic(err)
	}
	for _, m := range it.Places {
		fmt.Printf("%q %d-%d %s role=%q\n", m.Text, m.Start, m.End, m.Candidates[0].Place.ID, m.Role)
	}
	// Output:
	// "Ryanggang Province" 12-30 x:ryanggang role="source"
	// "Hyesan" 64-70 x:hyesan role=""
}

// titled upper-cases the first letter of every word of an ASCII phrase.
func titled(p string) string {
	b := []byte(p)
	for i := range b {
		if (i == 0 || b[i-1] == ' ') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// TestNameLists checks the embedded name lists: one capitalized word a
// line, no name listed twice (forenames.txt reads givennames.txt too), and
// no forename that is a Korean surname ("Jo Chol", "Jon Chol").
func TestNameLists(t *testing.T) {
	seen := map[string]string{}
	for _, f := range []struct{ name, text string }{{"givennames.txt", givenNamesTxt}, {"forenames.txt", forenamesTxt}} {
		for line := range lines(f.text) {
			line, _ = nameLine(line)
			if strings.ContainsAny(line, " \t*") || !capitalized(line) {
				t.Errorf("%s: %q is not one capitalized word", f.name, line)
			}
			if prev, ok := seen[line]; ok {
				t.Errorf("%s: %q already in %s", f.name, line, prev)
			}
			seen[line] = f.name
		}
	}
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	for line := range lines(surnamesTxt) {
		if _, ok := tb.forenames[line]; ok {
			t.Errorf("Korean surname %q is a forename", line)
		}
	}
}
