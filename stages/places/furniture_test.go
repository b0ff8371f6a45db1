package places

import (
	"slices"
	"strings"
	"testing"
)

// furnitureRows are GeoNames-style rows of towns whose names or alternates
// are also page furniture, organisations or romanizations of places near
// the Korean border: a Polish city that "Log" folds to, Niš (the capitals
// of a spy agency), a Philippine town named Asia, Hassan and Āmūr in India
// (alternates "Khasan"; a name "Amur" without its macrons), Yangsan in
// South Korea (alternate "Jangsan"), a North Korean workers' district,
// Vladivostok, Kaesong with its industrial zone as an alternate, and the
// United States, also called America, and a town whose nickname is "The
// City".
const furnitureRows = "3093133\tLóg\tLog\t\t51.77\t19.47\tP\tPPLA\tPL\t\t74\t\t\t\t768755\t\t\tEurope/Warsaw\t2020-01-01\n" +
	"787657\tNiš\tNis\t\t43.32\t21.9\tP\tPPLA2\tRS\t\t00\t\t\t\t250000\t\t\tEurope/Belgrade\t2020-01-01\n" +
	"1730097\tAsia\tAsia\t\t9.55\t122.52\tP\tPPL\tPH\t\t06\t\t\t\t23546\t\t\tAsia/Manila\t2020-01-01\n" +
	"1270239\tHassan\tHassan\tGasan,Khasan\t13.01\t76.1\tP\tPPL\tIN\t\t19\t\t\t\t155006\t\t\tAsia/Kolkata\t2020-01-01\n" +
	"1278697\tĀmūr\tAmur\t\t18.79\t78.28\tP\tPPL\tIN\t\t40\t\t\t\t64023\t\t\tAsia/Kolkata\t2020-01-01\n" +
	"1832828\tYangsan\tYangsan\tJangsan,Jansan\t35.34\t129.03\tP\tPPLA2\tKR\t\t20\t\t\t\t358074\t\t\tAsia/Seoul\t2020-01-01\n" +
	"2050518\tTumangang-nodongjagu\tTumangang-nodongjagu\t\t42.42\t130.61\tP\tPPL\tKP\t\t18\t\t\t\t0\t\t\tAsia/Pyongyang\t2020-01-01\n" +
	"2013348\tVladivostok\tVladivostok\t\t43.11\t131.87\tP\tPPLA\tRU\t\t59\t\t\t\t604901\t\t\tAsia/Vladivostok\t2020-01-01\n" +
	"1876819\tHwasong-dong\tHwasong-dong\t\t39.10312\t125.78606\tP\tPPL\tKP\t\t12\t\t\t\t0\t\t\tAsia/Pyongyang\t2020-01-01\n" +
	"1277333\tBengaluru\tBengaluru\tBangalore\t12.97\t77.59\tP\tPPLA\tIN\t\t19\t\t\t\t8443675\t\t\tAsia/Kolkata\t2020-01-01\n" +
	"1876373\tKaesong\tKaesong\tKaesong Industrial Zone\t37.97\t126.55\tP\tPPLA\tKP\t\t17\t\t\t\t338155\t\t\tAsia/Pyongyang\t2020-01-01\n" +
	"6252001\tUnited States\tUnited States\tAmerica\t39.76\t-98.5\tA\tPCLI\tUS\t\t00\t\t\t\t327167434\t\t\t\t2020-01-01\n" +
	"9000101\tMillbrook\tMillbrook\tThe City\t41.9\t-72.6\tP\tPPL\tUS\t\tCT\t\t\t\t8000\t\t\t\t2020-01-01\n"

// TestPageFurnitureAndVariants checks menu lines, acronyms, continents,
// far romanized readings, headlands and border crossings.
func TestPageFurnitureAndVariants(t *testing.T) {
	g, err := testGazetteer().WithGeoNames(strings.NewReader(furnitureRows), "rows")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a word of a menu item is no place", "Home | Subscribe | Log in | Newsletters", nil},
		{"a whole menu item stays a place", "World | Hyesan | Sinuiju | Sport", []string{"Hyesan=t:hyesan", "Sinuiju=t:sinuiju"}},
		{"a hyphenated menu item", "Asia-Pacific | Flashpoints | Security", nil},
		{"a headline with its site after a bar is no menu", "Two smugglers executed in Hyesan | Daily Report", []string{"Hyesan=t:hyesan"}},
		{"a caption with two credits is no menu", "Security agents searched homes in Hyesan | Photo: Daily Report | March 2024", []string{"Hyesan=t:hyesan"}},
		{"the same word in prose", "Police told traders in Hyesan to log in to the state network.", []string{"Hyesan=t:hyesan"}},
		{"an agency's acronym", "Lawmakers briefed by the NIS said two soldiers crossed near Hyesan.", []string{"Hyesan=t:hyesan"}},
		{"a town in capitals after a preposition stays", "Police detained two traders from NIS on Monday.", []string{"NIS=geonames:787657"}},
		{"a dateline in capitals stays", "NIS, Serbia — Police arrested two smugglers on Monday.", []string{"NIS=geonames:787657"}},
		{"a headline in capitals stays", "FLOODS CUT ROADS AROUND NIS", []string{"NIS=geonames:787657"}},
		{"the town written as its name", "Police in Niš arrested two smugglers.", []string{"Niš=geonames:787657"}},
		{"a broadcaster named after a continent", "Radio Free Asia said guards in Hyesan were punished.", []string{"Hyesan=t:hyesan"}},
		{"a continent", "The mine near Musan is one of Asia's largest.", []string{"Musan=t:musan"}},
		{"America is the United States", "Kim wants talks with America.", []string{"America=geonames:6252001"}},
		{"the article and a place word are no town's nickname", "The City agreed to pave roads near Hyesan. The city said so.", []string{"Hyesan=t:hyesan"}},
		{"the town by its name", "Officials in Millbrook agreed to pave roads.", []string{"Millbrook=geonames:9000101"}},
		{"two places joined by a hyphen name both", "After the merger, Hyesan-Millbrook schools opened in Millbrook.", []string{"Hyesan=t:hyesan", "Millbrook=geonames:9000101", "Millbrook=geonames:9000101"}},
		{"a double-barrelled surname stays a person", "After the vote, Jane Smith-Millbrook spoke in Hyesan.", []string{"Hyesan=t:hyesan"}},
		{"North America is no country", "Ore from Musan reached North America and Latin America.", []string{"Musan=t:musan"}},
		{"a far romanization of a city in a border report",
			"Workers fled Vladivostok and crossed the river near Khasan into North Korea.",
			[]string{"Vladivostok=geonames:2013348", "North Korea=t:kp"}},
		{"the same spelling in a report on its own country",
			"Farmers marched from Bangalore to Khasan on Sunday.",
			[]string{"Bangalore=geonames:1277333", "Khasan=geonames:1270239"}},
		{"a region word over a far town of the name",
			"Kim met officials from Vladivostok and the Amur region.",
			[]string{"Vladivostok=geonames:2013348"}},
		{"a region word over a near town of the name",
			"Police sealed off Sinuiju and the Hyesan region.",
			[]string{"Sinuiju=t:sinuiju", "Hyesan=t:hyesan"}},
		{"a headland is no town", "Shells were fired from Jangsan Cape on Friday.", []string{"Jangsan Cape="}},
		{"a border crossing names its place", "Two workers were handed over at the Tumangang border crossing.",
			[]string{"Tumangang=geonames:2050518"}},
		{"a district of a county's name", "Guards in Hwasong district were replaced.", []string{"Hwasong district=t:hwasong"}},
		{"a district of the city named before it keeps every reading", "Kim toured Pyongyang's Hwasong district.",
			[]string{"Pyongyang=t:pyongyang", "Hwasong district=t:hwasong,geonames:1876819"}},
		{"the district of a town keeps every reading", "Guards in the Hwasong district were replaced.",
			[]string{"Hwasong district=t:hwasong,geonames:1876819"}},
		{"a district of the city named after it keeps every reading", "Kim toured the Hwasong district of Pyongyang.",
			[]string{"Hwasong district=t:hwasong,geonames:1876819", "Pyongyang=t:pyongyang"}},
		{"a site's name in lower case keeps its town", "Trucks left the former Kaesong industrial zone on Tuesday.",
			[]string{"Kaesong=geonames:1876373"}},
		{"a site's name as written", "Trucks left the Kaesong Industrial Zone on Tuesday.",
			[]string{"Kaesong Industrial Zone=geonames:1876373"}},
		{"a minor village without a cue", "Officials praised the Tumangang workers.", nil},
		{"a minor village named on a cue elsewhere in the document",
			"Tumangang, a village on the river, has a rail yard.\nTwo workers were handed over at the Tumangang border crossing.",
			[]string{"Tumangang=geonames:2050518", "Tumangang=geonames:2050518"}},
		{"but not as a word of a longer name",
			"Police sealed Tumangang Street.\nTwo workers were handed over at the Tumangang border crossing.",
			[]string{"Tumangang=geonames:2050518"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := run(t, g, tc.text)
			checkMentions(t, tc.text, ms)
			if got := summary(ms); !slices.Equal(got, tc.want) {
				t.Errorf("Process(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestAcronymHelpers(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{{"NIS", true}, {"UN", true}, {"NATO", true}, {"SEOUL", false}, {"Nis", false}, {"N", false}, {"U.S.", false}} {
		if got := acronym(tc.w); got != tc.want {
			t.Errorf("acronym(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	for _, tc := range []struct {
		st   string
		want bool
	}{{"FLOODS HIT NIS", true}, {"Floods hit Nis", false}, {"", false}, {"NK PRO | Log in", false}} {
		if got := shouting(tc.st); got != tc.want {
			t.Errorf("shouting(%q) = %v, want %v", tc.st, got, tc.want)
		}
	}
	for _, tc := range []struct {
		st         string
		start, end int
		want       bool
	}{{"Subscribe | Log in", 12, 15, false}, {"News | Hyesan | Sport", 7, 13, true}, {"Hyesan | Sport", 0, 6, true}, {"a | b Hyesan", 6, 12, false}} {
		if got := wholeMenuItem(tc.st, tc.start, tc.end); got != tc.want {
			t.Errorf("wholeMenuItem(%q, %d, %d) = %v, want %v", tc.st, tc.start, tc.end, got, tc.want)
		}
	}
}
