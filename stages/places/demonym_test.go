package places

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"geotimeline/gazetteer"
	"geotimeline/pipeline"
)

func TestDemonymFinder(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "text=ISO"
	}{
		{"two-word form", "North Korean authorities searched the market.", []string{"North Korean=KP"}},
		{"plural and possessive", "North Koreans' rations fell; a Chinese trader's truck waited.", []string{"North Koreans=KP", "Chinese=CN"}},
		{"longest form wins", "South Korean dramas and South Koreans.", []string{"South Korean=KR", "South Koreans=KR"}},
		{"upper case as in a headline", "NORTH KOREAN SOLDIERS CROSS RIVER", []string{"NORTH KOREAN=KP"}},
		{"lower case is no name", "the chinese cabbage and north korean rice", nil},
		{"second word in lower case", "a North korean boat", nil},
		{"a place word follows", "Canadian River and the Chinese Province of Taiwan", nil},
		{"a place word in lower case", "the North Korean city of Hyesan", []string{"North Korean=KP"}},
		{"hyphenated compound", "Russian-made trucks", []string{"Russian=RU"}},
		{"no demonym", "Smugglers crossed near Hyesan.", nil},
		{"hyphen or spaces between the words", "North-Korean and North  Koreans", []string{"North-Korean=KP", "North  Koreans=KP"}},
		{"not a whole word", "Chinese2 Chinése XChinese Koreans Sri-Lankan", []string{"Sri-Lankan=LK"}},
		{"a form's first word alone", "North Korea and South Africa, New Zealand", nil},
		{"no-break space and a sentence end", "North Korean. Russian", []string{"North Korean=KP", "Russian=RU"}},
	}
	f, err := NewDemonymFinder()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range f.Find(nil, tc.text, nil) {
				got = append(got, tc.text[d.Start:d.End]+"="+d.Country)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestDemonymOnlySentences checks that Find skips text outside the
// sentences it is given, as the places stage does.
func TestDemonymOnlySentences(t *testing.T) {
	text := "Chinese menu | North Korean guards patrol."
	s := strings.Index(text, "North")
	f, err := NewDemonymFinder()
	if err != nil {
		t.Fatal(err)
	}
	got := f.Find(nil, text, []pipeline.Sentence{{Span: pipeline.Span{Start: s, End: len(text)}}, {Span: pipeline.Span{Start: 5, End: 99}}})
	if len(got) != 1 || got[0].Country != "KP" || text[got[0].Start:got[0].End] != "North Korean" {
		t.Errorf("Find = %+v, want only North Korean", got)
	}
}

// TestDemonymCountries checks every ISO code of demonyms.tsv against the
// embedded gazetteer's country entry of the name beside it.
func TestDemonymCountries(t *testing.T) {
	g, err := gazetteer.Embedded()
	if err != nil || g.Len() < 1000 {
		t.Skipf("embedded gazetteer not available: %v", err)
	}
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(tb.demonymISO))
	for name := range tb.demonymISO {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		got := ""
		for _, e := range g.Lookup(name) {
			if strings.HasPrefix(e.Code, "PCL") {
				got = e.Country
				break
			}
		}
		if got != tb.demonymISO[name] {
			t.Errorf("demonyms.tsv: %s is %q; the gazetteer's country entry says %q", name, tb.demonymISO[name], got)
		}
	}
}

// TestDemonymMentionsAgree checks that the mentions Options.Demonyms makes
// are the demonyms Find reports (the geocoder counts the latter in either
// mode).
func TestDemonymMentionsAgree(t *testing.T) {
	g, err := gazetteer.Embedded()
	if err != nil || g.Len() < 1000 {
		t.Skipf("embedded gazetteer not available: %v", err)
	}
	text := "North Korean guards and Chinese traders met Russians near Hyesan. South Korean dramas are banned.\nCanadian River."
	it := &pipeline.Item{Doc: pipeline.Document{Text: text}}
	if err := New(Options{Gazetteer: g, Demonyms: true}).Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, m := range it.Places {
		if m.Role == "demonym" {
			got = append(got, fmt.Sprintf("%s=%s", m.Text, m.Candidates[0].Place.Country))
		}
	}
	f, err := NewDemonymFinder()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Find(nil, text, nil) {
		want = append(want, fmt.Sprintf("%s=%s", text[d.Start:d.End], d.Country))
	}
	if !slices.Equal(got, want) || len(want) != 4 {
		t.Errorf("demonym mentions %q, Find %q; want the same four", got, want)
	}
}

// FuzzDemonymFinder checks Find's spans, and that on texts of words and
// separators it finds what the gazetteer matcher it replaced found over
// the forms of demonyms.tsv (kept here as the reference).
func FuzzDemonymFinder(f *testing.F) {
	gapOK := regexp.MustCompile(`^[A-Za-z]+(?:(?: +|-)[A-Za-z]+)?$`)
	for _, s := range []string{"North Korean guards", "NORTH KOREANS", "Chinese-made", "\xffRussian", "North\u00a0Korean", "Sri  Lankan"} {
		f.Add(s)
	}
	df, err := NewDemonymFinder()
	if err != nil {
		f.Fatal(err)
	}
	tb, err := loadTables()
	if err != nil {
		f.Fatal(err)
	}
	var entries []gazetteer.Entry
	for form, name := range tb.demonymForm {
		entries = append(entries, gazetteer.Entry{ID: name + "|" + form, Name: form})
	}
	ref := gazetteer.New(entries, nil)
	reference := func(text string) []string {
		var out []string
		for _, m := range ref.NewMatcher(gazetteer.MatchOptions{Capitalized: true}).Match(text, nil) {
			if !nameCapitalized(text[m.Start:m.End]) || !gapOK.MatchString(text[m.Start:m.End]) {
				continue // the matcher also joins words across punctuation
			}
			if w, ok := nextWord(text, m.End); ok {
				if k, _ := placeWord(text[w.start:w.end]); k != kindNone {
					continue
				}
			}
			out = append(out, fmt.Sprint(m.Start, m.End))
		}
		return out
	}
	vocab := []string{"North", "north", "NORTH", "Korean", "korean", "Koreans", "South", "African", "Chinese", "Sri", "Lankan",
		"New", "Zealander", "River", "Province", "of", "Russian", "Canadian"}
	seps := []string{" ", "  ", ", ", ". ", "-", "\n", "'s "}
	f.Fuzz(func(t *testing.T, text string) {
		// Texts of words and separators only: both must agree.
		var b strings.Builder
		for i := 0; i+1 < len(text) && i < 40; i += 2 {
			b.WriteString(vocab[int(text[i])%len(vocab)])
			b.WriteString(seps[int(text[i+1])%len(seps)])
		}
		words := b.String()
		var got []string
		for _, d := range df.Find(nil, words, nil) {
			got = append(got, fmt.Sprint(d.Start, d.End))
		}
		if want := reference(words); !slices.Equal(got, want) {
			t.Fatalf("Find(%q) = %v, the matcher found %v", words, got, want)
		}
		prev := 0
		for _, d := range df.Find(nil, text, nil) {
			if d.Start < prev || d.End <= d.Start || d.End > len(text) {
				t.Fatalf("span %v out of order or range (previous end %d, len %d)", d.Span, prev, len(text))
			}
			if len(d.Country) != 2 {
				t.Fatalf("%q: country %q", text[d.Start:d.End], d.Country)
			}
			prev = d.End
		}
	})
}

func ExampleDemonymFinder_Find() {
	f, err := NewDemonymFinder()
	if err != nil {
		panic(err)
	}
	text := "North Korean police questioned a Chinese trader near the Canadian River."
	for _, d := range f.Find(nil, text, nil) {
		fmt.Println(text[d.Start:d.End], d.Country)
	}
	// Output:
	// North Korean KP
	// Chinese CN
}

func FuzzHasUpper8(f *testing.F) {
	f.Add(uint64(0x4142434445464748))
	f.Add(uint64(0x6162636465666768))
	f.Add(uint64(0xc0dbdadb40405b5b))
	f.Fuzz(func(t *testing.T, x uint64) {
		want := false
		for k := range 8 {
			if c := byte(x >> (8 * k)); 'A' <= c && c <= 'Z' {
				want = true
			}
		}
		if got := hasUpper8(x); got != want {
			t.Fatalf("hasUpper8(%#x) = %v, want %v", x, got, want)
		}
	})
}

// BenchmarkDemonymFinder measures Find over the seed articles, the cost
// the geocoder adds per document.
func BenchmarkDemonymFinder(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		b.Skip("no seed articles in ../shared/seeds")
	}
	var texts []string
	total := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		total += len(data)
	}
	f, err := NewDemonymFinder()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var dst []Demonym
	for b.Loop() {
		for _, text := range texts {
			dst = f.Find(dst[:0], text, nil)
		}
	}
}

// TestCapitalMentions checks that every row of the capitals table is found
// by its country's adjective in the embedded gazetteer (a name it lacks
// would leave the row dead), and that a capitalist is no capital.
func TestCapitalMentions(t *testing.T) {
	g, err := gazetteer.Embedded()
	if err != nil || g.Len() < 1000 {
		t.Skipf("embedded gazetteer not available: %v", err)
	}
	f, err := NewDemonymFinder()
	if err != nil {
		t.Fatal(err)
	}
	const adjectives = "North Korean, South Korean, Chinese, Russian, Japanese, American, Mongolian, Vietnamese, Thai, Singaporean, Malaysian, British, French, German, Ukrainian, Belarusian, Iranian, Syrian, Cambodian"
	seen := map[string]bool{}
	for _, d := range f.Find(nil, adjectives, nil) {
		seen[d.Country] = true
		text := "Talks were held in the " + adjectives[d.Start:d.End] + " capital on Monday."
		it := &pipeline.Item{Doc: pipeline.Document{Text: text}}
		if err := New(Options{Gazetteer: g}).Process(context.Background(), it); err != nil {
			t.Fatal(err)
		}
		if len(it.Places) != 1 || len(it.Places[0].Candidates) != 1 {
			t.Errorf("%q: places %+v, want the capital alone", text, it.Places)
			continue
		}
		if p := it.Places[0].Candidates[0].Place; p.FeatureCode != "PPLC" || p.Country != d.Country {
			t.Errorf("%q: %s (%s, %s), want the capital of %s", text, p.Name, p.FeatureCode, p.Country, d.Country)
		}
	}
	for cc := range capitals {
		if !seen[cc] {
			t.Errorf("capitals[%s]: no adjective of the test names that country", cc)
		}
	}
	it := &pipeline.Item{Doc: pipeline.Document{Text: "South Korean capitalists met."}}
	if err := New(Options{Gazetteer: g}).Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	if len(it.Places) != 0 {
		t.Errorf("a capitalist read as a capital: %+v", it.Places)
	}
}
