package gazetteer

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"geotimeline/gazetteer/internal/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pyongyang", "pyongyang"},
		{"P'yŏngyang", "pyongyang"},
		{"P’yŏngyang", "pyongyang"},
		{"P‘yŏngyang", "pyongyang"},
		{"Pʼyŏngyang", "pyongyang"},
		{"P`yongyang", "pyongyang"},
		{"PYONGYANG", "pyongyang"},
		{"P'yŏngan-bukto", "pyongan bukto"},
		{"Pyongan Bukto", "pyongan bukto"},
		{"Pyonganbukto", "pyonganbukto"},
		{"Sinŭiju-si", "sinuiju si"},
		{"Rajin–Sonbong", "rajin sonbong"},
		{"  Hoeryong  ", "hoeryong"},
		{"Hamhŭng", "hamhung"},
		{"Ch'ŏngjin", "chongjin"},
		{"Séoul", "seoul"},
		{"São Paulo", "sao paulo"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Korea's", "korea"},
		{"North Korea’s", "north korea"},
		{"Democratic People's Republic of Korea", "democratic people republic of korea"},
		{"St. Petersburg", "st petersburg"},
		{"혜산시", "혜산시"},
		{"Hyesan 혜산", "hyesan 혜산"},
		{"Hyesan혜산", "hyesan 혜산"},
		{"丹东市", "丹东市"},
		{"ＨＹＥＳＡＮ", "hyesan"},
		{"'Hyesan'", "hyesan"},
		{"", ""},
		{"--", ""},
	}
	for _, tc := range tests {
		got := Normalize(tc.in)
		if got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if again := Normalize(got); again != got {
			t.Errorf("Normalize(Normalize(%q)) = %q, want %q (idempotence)", tc.in, again, got)
		}
	}
}

func TestKeys(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Sinŭiju-si", []string{"sinuiju si", "sinuiju", "sinuijusi"}},
		{"Rajin-Sonbong", []string{"rajin sonbong", "rajinsonbong"}},
		{"Kapsan-gun", []string{"kapsan gun", "kapsan", "kapsangun"}},
		{"Hyesan-dong", []string{"hyesan dong", "hyesan", "hyesandong"}},
		{"Samho-rodongjagu", []string{"samho rodongjagu", "samho", "samhorodongjagu"}},
		{"Rajin-Sonbong-si", []string{"rajin sonbong si", "rajin sonbong", "rajinsonbongsi", "rajinsonbong"}},
		{"P'yŏngan-bukto", []string{"pyongan bukto", "pyonganbukto"}}, // never "pyongan"
		{"Kangwŏn-do", []string{"kangwon do", "kangwon", "kangwondo"}},
		{"Yonan-ŭp", []string{"yonan up", "yonan", "yonanup"}},
		{"Sil-li", []string{"sil li", "silli"}},
		{"Do", []string{"do"}},
		{"Si", []string{"si"}},
		{"A-ri", []string{"a ri", "ari"}}, // stripping would leave one letter
		{"On-dong", []string{"on dong", "ondong"}},
		{"Ha-ri", []string{"ha ri", "hari"}},
		{"Ong-ri", []string{"ong ri", "ong", "ongri"}},
		{"X", nil},
		{"7", nil},
		{"12", nil},
		{"혜산시", []string{"혜산시", "혜산"}},
		{"평안북도", []string{"평안북도"}},
		{"동", nil},
		{"North Pyongan", []string{"north pyongan"}},
	}
	for _, tc := range tests {
		got := norm.Keys(tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("Keys(%q) = %q, want %q", tc.in, got, tc.want)
		}
		var ix indexer
		var fast []string
		for _, k := range ix.keys(tc.in) {
			fast = append(fast, string(k))
		}
		if !slices.Equal(fast, tc.want) {
			t.Errorf("indexer.keys(%q) = %q, want %q", tc.in, fast, tc.want)
		}
	}
}

func tiny() *Gazetteer {
	entries := []Entry{
		{ID: "t:1", Name: "Hyesan", Lat: 41.4, Lon: 128.18, Class: "P", Code: "PPLA", Country: "KP", Population: 192680},
		{ID: "t:2", Name: "North Pyongan", Lat: 40, Lon: 125, Class: "A", Code: "ADM1", Country: "KP"},
		{ID: "t:3", Name: "Pyongyang", Lat: 39.03, Lon: 125.75, Class: "P", Code: "PPLC", Country: "KP", Population: 3222000},
		{ID: "t:4", Name: "Pyongyang", Lat: 39, Lon: 125.9, Class: "A", Code: "ADM1", Country: "KP"},
		{ID: "t:5", Name: "Rason", Lat: 42.3, Lon: 130.4, Class: "A", Code: "ADM1", Country: "KP"},
		{ID: "t:6", Name: "Yalu River", Lat: 41.8, Lon: 126.9, Class: "H", Code: "STM"},
		{ID: "t:7", Name: "North Korea", Lat: 40.2, Lon: 127.2, Class: "A", Code: "PCLI", Country: "KP", Population: 25549819},
		{ID: "t:8", Name: "Korea Bay", Lat: 39, Lon: 124, Class: "H", Code: "BAY"},
		{ID: "t:9", Name: "Sinuiju", Lat: 40.1, Lon: 124.4, Class: "P", Code: "PPLA", Country: "KP", Population: 288112},
		{ID: "t:10", Name: "Pyongyang", Lat: 37.77, Lon: 125.6, Class: "P", Code: "PPL", Country: "KP"},
	}
	aliases := []Alias{
		{"Rajin-Sonbong", "t:5"},
		{"혜산시", "t:1"},
		{"Yalu", "t:6"},
		{"P'yŏngan-bukto", "t:2"},
		{"North Pyongan Province", "t:2"},
		{"Sinŭiju-si", "t:9"},
		{"Nowhere", "t:404"}, // unknown ID: ignored
	}
	return New(entries, aliases)
}

func TestLookupTiny(t *testing.T) {
	g := tiny()
	if g.Len() != 10 {
		t.Fatalf("Len() = %d, want 10", g.Len())
	}
	tests := []struct {
		name string
		want []string
	}{
		{"Pyongyang", []string{"t:3", "t:4", "t:10"}}, // population, then rank (ADM1 before PPL), then ID
		{"P'yŏngyang", []string{"t:3", "t:4", "t:10"}},
		{"pyongan-bukto", []string{"t:2"}},
		{"Pyongan Bukto", []string{"t:2"}},
		{"Pyonganbukto", []string{"t:2"}},
		{"Pyongan", nil},
		{"Rajin Sonbong", []string{"t:5"}},
		{"Rajinsonbong", []string{"t:5"}},
		{"Sinuiju", []string{"t:9"}},
		{"Sinuiju-si", []string{"t:9"}},
		{"Hyesan-si", []string{"t:1"}}, // suffix stripped from the query
		{"혜산", []string{"t:1"}},
		{"혜산시", []string{"t:1"}},
		{"Nowhere", nil},
		{"", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range g.Lookup(tc.name) {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Lookup(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	if e, ok := g.Get("t:6"); !ok || e.Name != "Yalu River" {
		t.Errorf("Get(t:6) = %v, %v", e, ok)
	}
	if _, ok := g.Get("t:404"); ok {
		t.Errorf("Get(t:404) found an entry")
	}
}

func TestKeepNames(t *testing.T) {
	got := KeepNames("Wenshan City", []string{"Wenshan", "wonsan si", "원산 시", "文山市", "Вэньшань", "WNH", "Wénshān", "Wenshan", "Wenshan 2", "Wen-shan"})
	want := []string{"Wenshan", "文山市", "Wen-shan"}
	if !slices.Equal(got, want) {
		t.Errorf("KeepNames = %q, want %q", got, want)
	}
}

func TestNewPreferred(t *testing.T) {
	entries := []Entry{
		{ID: "city", Name: "Zhalantun", Population: 100000, Code: "PPLA3"},
		{ID: "river", Name: "Yalu River", Code: "STM"},
	}
	aliases := []Alias{{Name: "Ya-lu", ID: "city"}}
	plain := New(entries, append(aliases, Alias{Name: "Yalu", ID: "river"}))
	pref := NewPreferred(entries, aliases, []Alias{{Name: "Yalu", ID: "river"}})
	ids := func(es []Entry) (out []string) {
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	if got := ids(plain.Lookup("Yalu")); !slices.Equal(got, []string{"city", "river"}) {
		t.Errorf("New: Lookup(Yalu) = %v, want population order", got)
	}
	if got := ids(pref.Lookup("Yalu")); !slices.Equal(got, []string{"river", "city"}) {
		t.Errorf("NewPreferred: Lookup(Yalu) = %v, want the preferred river first", got)
	}
	if got := pref.Match("the Yalu"); len(got) != 1 || !slices.Equal(got[0].IDs, []string{"river", "city"}) {
		t.Errorf("NewPreferred: Match(the Yalu) = %v", got)
	}
	// WithGeoNames keeps the preference.
	g2, err := pref.WithGeoNames(strings.NewReader(""), "empty")
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(g2.Lookup("Yalu")); !slices.Equal(got, []string{"river", "city"}) {
		t.Errorf("after WithGeoNames: Lookup(Yalu) = %v", got)
	}
}

func TestNewDuplicateID(t *testing.T) {
	g := New([]Entry{{ID: "a", Name: "First"}, {ID: "a", Name: "Second"}, {ID: "", Name: "NoID"}}, nil)
	if g.Len() != 1 {
		t.Fatalf("Len() = %d, want 1", g.Len())
	}
	if e, _ := g.Get("a"); e.Name != "First" {
		t.Errorf("Get(a).Name = %q, want First (first wins)", e.Name)
	}
}

func TestMatchTiny(t *testing.T) {
	g := tiny()
	type m struct{ text, key, first string }
	tests := []struct {
		text string
		want []m
	}{
		{"Smugglers in Hyesan crossed the Yalu River into China.", []m{{"Hyesan", "hyesan", "t:1"}, {"Yalu River", "yalu river", "t:6"}}},
		{"Officials of North Pyongan Province said", []m{{"North Pyongan Province", "north pyongan province", "t:2"}}},
		{"in North Pyongan, near Sinŭiju-si.", []m{{"North Pyongan", "north pyongan", "t:2"}, {"Sinŭiju-si", "sinuiju si", "t:9"}}},
		{"North Korea’s border with the Yalu", []m{{"North Korea", "north korea", "t:7"}, {"Yalu", "yalu", "t:6"}}},
		{"P’yŏngyang’s markets", []m{{"P’yŏngyang", "pyongyang", "t:3"}}},
		{"the Rajin-Sonbong zone and Rajinsonbong", []m{{"Rajin-Sonbong", "rajin sonbong", "t:5"}, {"Rajinsonbong", "rajinsonbong", "t:5"}}},
		{"혜산시에서 단속", []m{{"혜산시", "혜산시", "t:1"}}},
		{"양강도 혜산에서", []m{{"혜산", "혜산", "t:1"}}},
		{"North Korea Bay", []m{{"North Korea", "north korea", "t:7"}}}, // leftmost wins over the later "Korea Bay"
		{"North Pyongyang", []m{{"Pyongyang", "pyongyang", "t:3"}}},     // "North" alone is no key
		{"HYESAN and hyesan", []m{{"HYESAN", "hyesan", "t:1"}, {"hyesan", "hyesan", "t:1"}}},
		{"Hyesanese", nil},
		{"", nil},
	}
	for _, tc := range tests {
		got := g.Match(tc.text)
		var gm []m
		for _, x := range got {
			gm = append(gm, m{tc.text[x.Start:x.End], x.Key, x.IDs[0]})
		}
		if !slices.Equal(gm, tc.want) {
			t.Errorf("Match(%q) = %v, want %v", tc.text, gm, tc.want)
		}
	}
}

func TestMatchHangulExactKeyLength(t *testing.T) {
	// The longest key is exactly the prefix that must be found.
	g := New([]Entry{{ID: "h", Name: "혜산"}}, nil)
	for _, text := range []string{"혜산에서", "혜산", "혜산가가가가가가가가가가"} {
		if ms := g.Match(text); len(ms) != 1 || ms[0].End != len("혜산") {
			t.Errorf("Match(%q) = %v, want 혜산", text, ms)
		}
	}
}

func TestMatchLinear(t *testing.T) {
	g := tiny()
	text := strings.Repeat("Hyesan ", 100000)
	start := time.Now()
	ms := g.Match(text)
	if len(ms) != 100000 {
		t.Fatalf("Match(100000 × Hyesan) found %d", len(ms))
	}
	// A sentence of 1 MB without punctuation whose every token continues a
	// key prefix ("north") but never completes one.
	long := strings.Repeat("north ", 1<<20/6)
	if ms := g.Match(long); len(ms) != 0 {
		t.Fatalf("Match(north north ...) found %d", len(ms))
	}
	// One Hangul run of 1 MB: a key may end inside it, but only near its start.
	hangul := "혜산" + strings.Repeat("가", 1<<20/3)
	if ms := g.Match(hangul); len(ms) != 1 || ms[0].End != len("혜산") {
		t.Fatalf("Match(혜산가가가...) = %v", ms)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Match took %v on 1.7 MB; want linear time", d)
	}
}

func TestWithGeoNames(t *testing.T) {
	g := tiny()
	rows := strings.Join([]string{
		"100\tTestville\tTestville\tTesterburg,Тест,테스트빌,TVL\t10.5\t20.5\tP\tPPL\tKP\t\t13\t\t\t\t1234\t\t5\tAsia/Pyongyang\t2020-01-01",
		"",
		"101\tOtherplace\tOtherplace\t\t-1\t-2\tP\tPPLA\tXX\t\t01\t\t\t\t\t\t\t\t2020-01-01",
	}, "\n") + "\n"
	g2, err := g.WithGeoNames(strings.NewReader(rows), "test.txt")
	if err != nil {
		t.Fatal(err)
	}
	if g2.Len() != g.Len()+2 || g.Len() != 10 {
		t.Fatalf("Len = %d (old %d), want old+2", g2.Len(), g.Len())
	}
	e, ok := g2.Get("geonames:100")
	if !ok || e.Lat != 10.5 || e.Lon != 20.5 || e.Population != 1234 || e.Admin1Code != "KP.13" || e.Code != "PPL" {
		t.Fatalf("Get(geonames:100) = %+v", e)
	}
	for _, n := range []string{"Testerburg", "테스트빌", "Testville"} {
		if got := g2.Lookup(n); len(got) != 1 || got[0].ID != "geonames:100" {
			t.Errorf("Lookup(%q) = %v, want geonames:100", n, got)
		}
	}
	for _, n := range []string{"Тест", "TVL"} { // Cyrillic and codes are not kept
		if got := g2.Lookup(n); len(got) != 0 {
			t.Errorf("Lookup(%q) = %v, want none", n, got)
		}
	}
	if got := g2.Lookup("Hyesan"); len(got) != 1 {
		t.Errorf("Lookup(Hyesan) in the new gazetteer = %v", got)
	}
	if got := g.Lookup("Testville"); len(got) != 0 {
		t.Errorf("the old gazetteer changed: Lookup(Testville) = %v", got)
	}

	// A row for an ID already present adds names, not an entry.
	g3, err := g2.WithGeoNames(strings.NewReader("100\tTestville\tTestville\tNewname\t0\t0\tP\tPPL\tKP\t\t\t\t\t\t0\t\t\t\t\n"), "again.txt")
	if err != nil {
		t.Fatal(err)
	}
	if g3.Len() != g2.Len() {
		t.Errorf("Len after duplicate ID = %d, want %d", g3.Len(), g2.Len())
	}
	if got := g3.Lookup("Newname"); len(got) != 1 || got[0].Lat != 10.5 {
		t.Errorf("Lookup(Newname) = %v, want the first geonames:100", got)
	}

	// Errors name the input and line.
	bad := []struct{ rows, want string }{
		{"1\ta\n", "bad.txt:1: "},
		{rows + "x\tA\tA\t\t1\t2\tP\tPPL\tKP\t\t\t\t\t\t\t\t\t\t\n", "bad.txt:4: "},
		{"5\tA\tA\t\tnorth\t2\tP\tPPL\tKP\t\t\t\t\t\t\t\t\t\t\n", "bad.txt:1: "},
		{"5\tA\tA\t\t1\t2\tP\tPPL\tKP\t\t\t\t\t\tmany\t\t\t\t\n", "bad.txt:1: "},
		{"5\tA\tA\t\tNaN\t2\tP\tPPL\tKP\t\t\t\t\t\t\t\t\t\t\n", "bad.txt:1: "},
		{"5\tA\tA\t\t91\t2\tP\tPPL\tKP\t\t\t\t\t\t\t\t\t\t\n", "bad.txt:1: "},
	}
	for _, tc := range bad {
		_, err := g.WithGeoNames(strings.NewReader(tc.rows), "bad.txt")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) || !errors.Is(err, ErrFormat) {
			t.Errorf("WithGeoNames(%.30q) error = %v, want prefix %q wrapping ErrFormat", tc.rows, err, tc.want)
		}
	}
}

func TestReadTableErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "t.tsv: "},
		{"#other\n", "t.tsv:1: "},
		{TableHeader + "\nid\tname\n", "t.tsv:2: "},
		{TableHeader + "\n\nid\tname\tx\t1\tP\tPPL\tKP\t\t\t0\t\n", "t.tsv:3: "},
		{TableHeader + "\nb\tB\t1\t1\tP\tPPL\tKP\t\t\t0\t\na\tA\t1\t1\tP\tPPL\tKP\t\t\t0\t\n", "t.tsv:3: "}, // not sorted
	}
	for _, tc := range tests {
		_, _, err := readTable(strings.NewReader(tc.in), "t.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) || !errors.Is(err, ErrFormat) {
			t.Errorf("ReadTable(%q) error = %v, want prefix %q", tc.in, err, tc.want)
		}
	}
	if _, err := ReadAliases(strings.NewReader("# c\n\nok\tid\nbad line\n"), "a.tsv"); err == nil || !strings.HasPrefix(err.Error(), "a.tsv:4: ") {
		t.Errorf("ReadAliases error = %v, want a.tsv:4", err)
	}
}

func distKm(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	dlat, dlon := (lat2-lat1)*r, (lon2-lon1)*r
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*r)*math.Cos(lat2*r)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Min(1, math.Sqrt(h)))
}

func mustEmbedded(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestLookupPress checks spellings the press uses for North Korean and
// border places against coordinates known independently of the data.
func TestLookupPress(t *testing.T) {
	g := mustEmbedded(t)
	type place struct {
		lat, lon, km float64
		code         string // wanted feature code prefix ("" any)
	}
	var (
		hyesan      = place{41.40, 128.18, 30, "PPL"}
		sinuiju     = place{40.10, 124.40, 30, "PPL"}
		sunchon     = place{39.43, 125.93, 30, "PPL"}
		hamhung     = place{39.92, 127.54, 30, "PPL"}
		dandong     = place{40.13, 124.39, 30, "PPL"}
		chongjin    = place{41.79, 129.78, 30, "PPL"}
		hoeryong    = place{42.44, 129.75, 30, "PPL"}
		pyongyang   = place{39.03, 125.75, 30, "PPL"}
		kaesong     = place{37.97, 126.55, 30, "PPL"}
		nampo       = place{38.74, 125.41, 30, "PPL"}
		wonsan      = place{39.15, 127.44, 30, "PPL"}
		musan       = place{42.23, 129.21, 30, "PPL"}
		onsong      = place{42.96, 129.99, 30, "PPL"}
		kimchaek    = place{40.67, 129.19, 30, "PPL"}
		manpo       = place{41.15, 126.29, 30, "PPL"}
		yanji       = place{42.89, 129.50, 30, "PPL"}
		changbai    = place{41.42, 128.20, 30, "PPL"}
		hunchun     = place{42.87, 130.36, 30, "PPL"}
		tumenCity   = place{42.97, 129.84, 30, "PPL"}
		seoul       = place{37.57, 126.98, 30, "PPL"}
		rajin       = place{42.25, 130.28, 30, "PPL"}
		kanggye     = place{40.97, 126.59, 30, "PPL"}
		haeju       = place{38.04, 125.71, 30, "PPL"}
		sariwon     = place{38.51, 125.76, 30, "PPL"}
		hungnam     = place{39.83, 127.62, 30, "PPL"}
		uiju        = place{40.20, 124.53, 30, "PPL"}
		yongbyon    = place{39.81, 125.80, 30, "PPL"}
		samjiyon    = place{41.81, 128.31, 30, "PPL"}
		sohae       = place{39.66, 124.71, 20, "PPL"} // the launch station itself
		punggye     = place{41.28, 129.08, 25, "PPL"} // the test site itself
		kalma       = place{39.17, 127.48, 10, "PPL"}
		shenyang    = place{41.80, 123.43, 30, "PPL"}
		jian        = place{41.12, 126.18, 30, "PPL"}
		ryanggang   = place{41.1, 128.0, 120, "ADM1"}
		chagang     = place{40.7, 126.5, 120, "ADM1"}
		npyongan    = place{40.0, 125.0, 120, "ADM1"}
		spyongan    = place{39.4, 126.2, 120, "ADM1"}
		nhamgyong   = place{41.8, 129.5, 120, "ADM1"}
		shamgyong   = place{40.2, 127.9, 120, "ADM1"}
		nhwanghae   = place{38.5, 126.4, 120, "ADM1"}
		shwanghae   = place{38.2, 125.5, 120, "ADM1"}
		rason       = place{42.3, 130.4, 60, "ADM1"}
		paektu      = place{42.00, 128.06, 30, "MT"}
		yalu        = place{40.9, 126.2, 200, "STM"} // a point somewhere along the river
		tumenRiv    = place{42.5, 129.8, 120, "STM"}
		nkorea      = place{40.3, 127.4, 120, "PCL"}
		skorea      = place{36.5, 127.9, 120, "PCL"}
		china       = place{35.0, 103.0, 600, "PCL"}
		yanbian     = place{43.0, 129.3, 80, "ADM2"}
		jilinProv   = place{43.5, 126.5, 200, "ADM1"}
		liaoning    = place{41.3, 122.6, 200, "ADM1"}
		yeonpyeong  = place{37.66, 125.70, 5, "PPL"} // curated.tsv
		baengnyeong = place{37.97, 124.70, 5, "PPL"}
		goseongKR   = place{38.38, 128.47, 10, "PPL"} // Gangwon; GeoNames "Kosong", RR from its Hangul name
	)
	tests := []struct {
		name string
		want place
		top  bool // the first result must be the place
	}{
		{"Hyesan", hyesan, true}, {"HYESAN", hyesan, true}, {"Hyesan-si", hyesan, true}, {"Hyesan City", hyesan, true},
		{"혜산시", hyesan, true}, {"혜산", hyesan, true},
		{"Sinuiju", sinuiju, true}, {"Sinŭiju", sinuiju, true}, {"Sinuiju-si", sinuiju, true}, {"Sineuiju", sinuiju, true},
		{"Shinuiju", sinuiju, true}, {"Sinujiu", sinuiju, true}, {"신의주", sinuiju, true},
		{"Sunchon", sunchon, true}, {"Sunch'ŏn", sunchon, true}, {"Sunch’on", sunchon, true},
		{"Hamhung", hamhung, true}, {"Hamhŭng", hamhung, true}, {"Hamheung", hamhung, true}, {"함흥", hamhung, true},
		{"Dandong", dandong, true}, {"Tantung", dandong, true}, {"Antung", dandong, true}, {"단둥", dandong, true},
		{"Chongjin", chongjin, true}, {"Ch'ŏngjin", chongjin, true}, {"Chungjin", chongjin, true}, {"Cheongjin", chongjin, true}, {"청진", chongjin, true},
		{"Hoeryong", hoeryong, true}, {"Hoeryŏng", hoeryong, true}, {"Hoiryeong", hoeryong, true}, {"Hoeryeong", hoeryong, true},
		{"Hoeryong-si", hoeryong, true}, {"회령", hoeryong, true},
		{"Pyongyang", pyongyang, true}, {"P'yŏngyang", pyongyang, true}, {"Pyeongyang", pyongyang, true}, {"Phyongyang", pyongyang, true}, {"평양", pyongyang, true},
		{"Kaesong", kaesong, true}, {"Gaeseong", kaesong, true}, {"Kaesŏng", kaesong, true}, {"개성", kaesong, true},
		{"Nampo", nampo, true}, {"Namp'o", nampo, true}, {"Nampho", nampo, true},
		{"Wonsan", wonsan, true}, {"Wŏnsan", wonsan, true}, {"원산", wonsan, true},
		{"Musan", musan, true}, {"Onsong", onsong, true}, {"Onsŏng", onsong, true}, {"Onseong", onsong, true},
		{"Kimchaek", kimchaek, true}, {"Kimch'aek", kimchaek, true}, {"Kimchek", kimchaek, true}, {"Songjin", kimchaek, true},
		{"Manpo", manpo, true}, {"Manp'o", manpo, true}, {"Manpho", manpo, true},
		{"Yanji", yanji, true}, {"Yenki", yanji, false}, {"연길", yanji, true},
		{"Changbai", changbai, true}, {"Changbai County", changbai, true},
		{"Hunchun", hunchun, true}, {"훈춘", hunchun, true},
		{"Tumen", tumenCity, false}, {"Tumen City", tumenCity, true},
		{"Seoul", seoul, true}, {"서울", seoul, true},
		{"Rajin", rajin, true}, {"Najin", rajin, true},
		{"Kanggye", kanggye, true}, {"Haeju", haeju, true}, {"Sariwon", sariwon, true}, {"Sariwŏn", sariwon, true},
		{"Hungnam", hungnam, true}, {"Heungnam", hungnam, true}, {"Uiju", uiju, true}, {"Ŭiju", uiju, true},
		{"Yongbyon", yongbyon, true}, {"Yŏngbyŏn", yongbyon, true}, {"Nyongbyon", yongbyon, true},
		{"Samjiyon", samjiyon, true}, {"Shenyang", shenyang, true}, {"Ji'an", jian, false},
		{"Ryanggang", ryanggang, true}, {"Yanggang", ryanggang, true}, {"Ryang-gang", ryanggang, true},
		{"Ryanggang Province", ryanggang, true}, {"Yanggang-do", ryanggang, true}, {"양강도", ryanggang, true},
		{"Jagang", chagang, true}, {"Chagang", chagang, true}, {"Chagang Province", chagang, true},
		{"North Pyongan", npyongan, true}, {"P'yŏngan-bukto", npyongan, true}, {"Pyonganbuk-do", npyongan, true},
		{"North Pyeongan", npyongan, true}, {"평안북도", npyongan, true}, {"North Pyongan Province", npyongan, true},
		{"South Pyongan", spyongan, true}, {"P'yŏngan-namdo", spyongan, true},
		{"North Hamgyong", nhamgyong, true}, {"Hamgyŏng-bukto", nhamgyong, true}, {"North Hamkyung", nhamgyong, true},
		{"South Hamgyong", shamgyong, true}, {"Hamgyongnam-do", shamgyong, true},
		{"North Hwanghae", nhwanghae, true}, {"Hwanghae-bukto", nhwanghae, true},
		{"South Hwanghae", shwanghae, true}, {"Hwanghae-namdo", shwanghae, true},
		{"Rason", rason, true}, {"Rajin-Sonbong", rason, true}, {"Rajinsonbong", rason, true}, {"Rasŏn", rason, true},
		{"Paektu-san", paektu, true}, {"Mount Paektu", paektu, true}, {"Mt. Paektu", paektu, true}, {"Baekdusan", paektu, true},
		{"Changbai Shan", paektu, true}, {"백두산", paektu, true},
		{"Yalu", yalu, true}, {"Yalu River", yalu, true}, {"Amnok", yalu, true}, {"Amnok River", yalu, true}, {"압록강", yalu, true},
		{"Tumen River", tumenRiv, true}, {"Tuman River", tumenRiv, true}, {"두만강", tumenRiv, true}, {"Tumen", tumenRiv, false},
		{"Yeonpyeong Island", yeonpyeong, true}, {"Yeonpyeongdo", yeonpyeong, true}, {"연평도", yeonpyeong, true},
		{"Baengnyeong Island", baengnyeong, true}, {"Paengnyong Island", baengnyeong, true},
		{"North Korea", nkorea, true}, {"DPRK", nkorea, true}, {"D.P.R.K.", nkorea, true},
		{"Democratic People's Republic of Korea", nkorea, true}, {"북한", nkorea, true},
		{"South Korea", skorea, true}, {"ROK", skorea, true}, {"Republic of Korea", skorea, true},
		{"China", china, true}, {"PRC", china, true}, {"People's Republic of China", china, true},
		{"Yanbian", yanbian, true}, {"Yanbian Korean Autonomous Prefecture", yanbian, true}, {"연변", yanbian, true},
		{"Jilin Province", jilinProv, true}, {"Liaoning Province", liaoning, true}, {"Liaoning", liaoning, true},
		{"Pyongbuk", npyongan, true}, {"Hwangnam", shwanghae, true},
		{"Sohae", sohae, true}, {"Sohae Satellite Launching Station", sohae, true}, {"Punggye-ri", punggye, true},
		{"Kaesong Industrial Complex", kaesong, true}, {"Yongbyon Nuclear Scientific Research Center", yongbyon, true},
		{"Kalma", kalma, true}, {"Wonsan-Kalma", kalma, true},
		{"Goseong", goseongKR, false},
	}
	if len(tests) < 80 {
		t.Fatalf("only %d spellings", len(tests))
	}
	for _, tc := range tests {
		got := g.Lookup(tc.name)
		if len(got) == 0 {
			t.Errorf("Lookup(%q) found nothing", tc.name)
			continue
		}
		ok := func(e Entry) bool {
			return distKm(e.Lat, e.Lon, tc.want.lat, tc.want.lon) <= tc.want.km && strings.HasPrefix(e.Code, tc.want.code)
		}
		if tc.top {
			if !ok(got[0]) {
				t.Errorf("Lookup(%q)[0] = %s %s %s (%.2f, %.2f), %.0f km from (%.2f, %.2f), want a %s within %.0f km",
					tc.name, got[0].ID, got[0].Name, got[0].Code, got[0].Lat, got[0].Lon,
					distKm(got[0].Lat, got[0].Lon, tc.want.lat, tc.want.lon), tc.want.lat, tc.want.lon, tc.want.code, tc.want.km)
			}
			continue
		}
		if !slices.ContainsFunc(got, ok) {
			t.Errorf("Lookup(%q) = %d entries, none a %s within %.0f km of (%.2f, %.2f)", tc.name, len(got), tc.want.code, tc.want.km, tc.want.lat, tc.want.lon)
		}
	}
}

func TestEmbeddedAdmin1Names(t *testing.T) {
	g := mustEmbedded(t)
	tests := []struct{ name, admin1 string }{
		{"Hyesan", "Ryanggang"}, {"Sinuiju", "North Pyongan"}, {"Chongjin", "North Hamgyong"},
		{"Hamhung", "South Hamgyong"}, {"Kanggye", "Chagang"}, {"Haeju", "South Hwanghae"},
		{"Sariwon", "North Hwanghae"}, {"Wonsan", "Kangwon"}, {"Rajin", "Rason"}, {"Nampo", "Nampo"},
		{"Kaesong", "Kaesong"}, {"Pyongyang", "Pyongyang"}, {"Sunchon", "South Pyongan"},
		{"Dandong", "Liaoning"}, {"Yanji", "Jilin"},
	}
	for _, tc := range tests {
		got := g.Lookup(tc.name)
		if len(got) == 0 || got[0].Admin1 != tc.admin1 || got[0].Admin1Code == "" {
			t.Errorf("Lookup(%q)[0].Admin1 = %v, want %q", tc.name, got, tc.admin1)
		}
	}
	// Every entry has coordinates in range and an ID with a known scheme.
	for _, e := range g.entries.all() {
		if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 || (e.Lat == 0 && e.Lon == 0) {
			t.Errorf("%s: coordinates (%v, %v)", e.ID, e.Lat, e.Lon)
		}
		if !strings.HasPrefix(e.ID, "geonames:") && !strings.HasPrefix(e.ID, "wof:") && !strings.HasPrefix(e.ID, "ne:") &&
			!strings.HasPrefix(e.ID, "geonames-adm2:") && !strings.HasPrefix(e.ID, "curated:") {
			t.Errorf("%s: unknown id scheme", e.ID)
		}
	}
	if g.Len() < 60000 {
		t.Errorf("Len() = %d, want the full table", g.Len())
	}
}

func TestMatchEmbedded(t *testing.T) {
	g := mustEmbedded(t)
	text := "Security officials in Hyesan, Ryanggang Province, and in Sinŭiju near the Amnok River " +
		"tightened patrols, while traders in Dandong said North Pyongan Province had closed the bridge."
	got := g.Match(text)
	want := map[string]string{ // text → an ID its IDs must contain
		"Hyesan":                 "geonames:2043837",
		"Ryanggang Province":     "geonames:2039332",
		"Sinŭiju":                "geonames:2040893",
		"Amnok River":            "ne:river:yalu",
		"Dandong":                "geonames:2037886",
		"North Pyongan Province": "geonames:1871954",
	}
	found := map[string]bool{}
	for _, m := range got {
		s := text[m.Start:m.End]
		if id, ok := want[s]; ok {
			if !slices.Contains(m.IDs, id) {
				t.Errorf("Match %q: IDs %v lack %s", s, m.IDs, id)
			}
			found[s] = true
		}
	}
	for s := range want {
		if !found[s] {
			t.Errorf("Match did not find %q; got %v", s, got)
		}
	}
}

// TestConcurrent runs Lookup and Match from several goroutines (go test -race).
func TestConcurrent(t *testing.T) {
	g := mustEmbedded(t)
	const text = "Hyesan and Sinuiju"
	want := g.Match(text)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if got := g.Lookup("Hyesan"); len(got) == 0 {
					t.Errorf("goroutine %d: Lookup(Hyesan) empty", i)
					return
				}
				if got := g.Match(text); !reflect.DeepEqual(got, want) {
					t.Errorf("goroutine %d: Match = %v", i, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	boundary := map[int]bool{len(text): true}
	for i := range text { // rune starts, each invalid byte counting as one
		boundary[i] = true
	}
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("Match(%q): bad span [%d,%d) after %d", text, m.Start, m.End, prev)
		}
		if !boundary[m.Start] || !boundary[m.End] {
			t.Fatalf("Match(%q): span [%d,%d) not on rune boundaries", text, m.Start, m.End)
		}
		if len(m.IDs) == 0 {
			t.Fatalf("Match(%q): no IDs", text)
		}
		if k := Normalize(text[m.Start:m.End]); k != m.Key {
			t.Fatalf("Match(%q): Normalize(%q) = %q, key %q", text, text[m.Start:m.End], k, m.Key)
		}
		prev = m.End
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"P'yŏngyang", "Sinŭiju-si", "혜산시에서", "Korea's", "ＨＹＥＳＡＮ", "a\u0301'b", "ǅ", "½", "İ", "ß", "x'\u0301s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent on %q: %q → %q", s, n, Normalize(n))
		}
		for _, k := range norm.Keys(s) {
			if !norm.Indexable(k) {
				t.Fatalf("Keys(%q) has unindexable %q", s, k)
			}
		}
		var ix indexer
		var fast []string
		for _, k := range ix.keys(s) {
			fast = append(fast, string(k))
		}
		if want := norm.Keys(s); !slices.Equal(fast, want) {
			t.Fatalf("indexer.keys(%q) = %q, norm.Keys = %q", s, fast, want)
		}
	})
}

func FuzzMatch(f *testing.F) {
	for _, s := range []string{"in Hyesan, Ryanggang", "North Pyongan Province", "혜산시에서", "Rajin-Sonbong", "P’yŏngyang’s", "north north north"} {
		f.Add(s)
	}
	g := tiny()
	f.Fuzz(func(t *testing.T, s string) {
		checkMatches(t, s, g.Match(s))
	})
}

func FuzzWithGeoNames(f *testing.F) {
	f.Add("100\tTestville\tTestville\tTesterburg,테스트빌\t10.5\t20.5\tP\tPPL\tKP\t\t13\t\t\t\t1234\t\t5\tAsia/Pyongyang\t2020-01-01\n")
	f.Add("1\ta\n")
	f.Add("5\tA\tA\t\tNaN\t2\tP\tPPL\tKP\t\t\t\t\t\t\t\t\t\t\n")
	g := tiny()
	f.Fuzz(func(t *testing.T, rows string) {
		g2, err := g.WithGeoNames(strings.NewReader(rows), "f.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt:") {
				t.Fatalf("error %q does not name the input", err)
			}
			return
		}
		if g2.Len() < g.Len() {
			t.Fatalf("Len %d < %d", g2.Len(), g.Len())
		}
	})
}

func FuzzReadTable(f *testing.F) {
	f.Add(TableHeader + "\na\tA\t1\t2\tP\tPPL\tKP\tKP.13\tRyanggang\t5\tB|C\n")
	f.Add(TableHeader + "\n")
	f.Fuzz(func(t *testing.T, s string) {
		es, refs, err := readTable(strings.NewReader(s), "t")
		if err != nil {
			return
		}
		for _, r := range refs {
			if r.e < 0 || int(r.e) >= len(es) {
				t.Fatalf("ref %v out of range", r)
			}
		}
		_ = build(es, refs).Match(s)
	})
}

func TestCurated(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want bool
	}{
		{"Punggye-ri", true},     // a curated alias of the North Hamgyong village
		{"Yanggang-do", true},    // a curated spelling of Ryanggang
		{"Hyesan", false},        // the place's own name
		{"Springfield", false},   // no alias at all
		{"no such place", false}, // not a key
	}
	for _, tc := range tests {
		m := Match{Key: Normalize(tc.name)}
		n := g.Curated(m)
		if (n > 0) != tc.want {
			t.Errorf("Curated(%q) = %d, want > 0: %v", tc.name, n, tc.want)
		}
		if n > 0 {
			es := g.AppendEntries(nil, m)
			if n > len(es) {
				t.Errorf("Curated(%q) = %d, more than its %d entries", tc.name, n, len(es))
			}
		}
	}
}

// TestKeyIndex checks the index's hash table against a map over every
// string of the embedded gazetteer's index, and for strings it lacks.
func TestKeyIndex(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ix := &g.index
	if ix.str(int32(g.numKeys-1)) == "" || len(ix.ends) < g.numKeys {
		t.Fatalf("index holds %d strings for %d keys", len(ix.ends), g.numKeys)
	}
	seen := map[string]bool{}
	for i := range len(ix.ends) {
		s := ix.str(int32(i))
		if seen[s] {
			t.Fatalf("string %q twice in the index", s)
		}
		seen[s] = true
		v, ok := ix.get(s)
		vb, okb := ix.getBytes([]byte(s))
		if !ok || !okb || v != ix.vals[i] || vb != v {
			t.Fatalf("get(%q) = %d, %v; getBytes = %d, %v; want %d", s, v, ok, vb, okb, ix.vals[i])
		}
		if i < g.numKeys && v>>1 != int32(i) {
			t.Fatalf("key %d %q has value %d, want key number %d", i, s, v, i)
		}
		if i >= g.numKeys && v != -1 {
			t.Fatalf("prefix %q has value %d, want -1", s, v)
		}
	}
	for _, s := range []string{"", "no such place", "hyesa", "hyesann", "north pyongan x"} {
		if _, ok := ix.get(s); ok != seen[s] {
			t.Errorf("get(%q) found = %v, want %v", s, ok, seen[s])
		}
	}
	var empty keyIndex
	if _, ok := empty.get("x"); ok {
		t.Error("empty index found a key")
	}
}

// TestEntryTable checks that the compact entry table gives back every
// entry it was made of, finds each by ID and no other.
func TestEntryTable(t *testing.T) {
	es := []Entry{
		{ID: "a:1", Name: "Alpha", Lat: 1.5, Lon: -2.25, Class: "P", Code: "PPL", Country: "KP", Admin1: "Ryanggang", Admin1Code: "KP.13", Population: 7},
		{ID: "a:2", Name: "", Class: "A", Code: "ADM1", Country: "KP"},
		{ID: "b:10", Name: "Beta Gamma", Lat: -90, Lon: 180, Class: "P", Code: "PPL", Country: "CN", Admin1: "Jilin", Admin1Code: "CN.05"},
		{ID: "c", Name: "혜산", Class: "P", Code: "PPLA", Country: "KP", Admin1: "Ryanggang", Admin1Code: "KP.13", Population: 1 << 40},
	}
	tab := newEntryTable(es)
	if tab.len() != len(es) {
		t.Fatalf("len = %d, want %d", tab.len(), len(es))
	}
	if got := tab.all(); !slices.Equal(got, es) {
		t.Errorf("all() = %+v, want %+v", got, es)
	}
	for i, e := range es {
		if got := tab.at(int32(i)); got != e {
			t.Errorf("at(%d) = %+v, want %+v", i, got, e)
		}
		if got := tab.id(int32(i)); got != e.ID {
			t.Errorf("id(%d) = %q, want %q", i, got, e.ID)
		}
		if j, ok := tab.find(e.ID); !ok || j != int32(i) {
			t.Errorf("find(%q) = %d, %v, want %d", e.ID, j, ok, i)
		}
	}
	for _, id := range []string{"", "a", "a:0", "a:3", "b:1", "d"} {
		if _, ok := tab.find(id); ok {
			t.Errorf("find(%q) found an entry", id)
		}
	}
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	all := g.Entries()
	if !slices.IsSortedFunc(all, func(a, b Entry) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("Entries() not sorted by ID")
	}
	for i := 0; i < len(all); i += 97 {
		if got, ok := g.Get(all[i].ID); !ok || got != all[i] {
			t.Errorf("Get(%q) = %+v, %v, want %+v", all[i].ID, got, ok, all[i])
		}
	}
}
