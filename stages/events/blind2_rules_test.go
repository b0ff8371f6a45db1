package events

import (
	"fmt"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

var blind2Opts = itemOpts{docDate: pipeline.MakeDate(2024, 3, 5), basis: pipeline.BasisPublished}

func dumpEvents(evs []pipeline.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "  %s %s %q %s %q\n", e.Type, e.Modality, e.DateText, e.Date.Start, e.PlaceName)
	}
	return b.String()
}

// Rules drawn from the failure causes of a second blind test set; every
// sentence here is written for the test.

func TestBlind2Triggers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a sweep of homes", "Security agents began a sweep of homes in {{Hyesan|city|KP|Ryanggang}} on [[Oct. 7|2021-10-07]].", []string{"crackdown"}},
		{"a military exercise began", "The two armies began a joint exercise near {{Paju|city|KR|Gyeonggi}} on [[Monday|2024-03-04]].", []string{"other"}},
		{"drills", "The navy held live-fire drills off {{Nampo|city|KP|South Pyongan}} on [[Monday|2024-03-04]].", []string{"other"}},
		{"a price rose", "In {{Hyesan|city|KP|Ryanggang}}, the price of a kilogram of corn rose to 3,000 won [[last week|2022-08-15]].", []string{"other"}},
		{"prices soared", "Food prices in {{Chongjin|city|KP|North Hamgyong}} soared in [[May 2022|2022-05]].", []string{"other"}},
		{"a crossing of the sea border", "Five fishermen crossed the eastern sea border in a small boat near {{Sokcho|city|KR|Gangwon}} in [[May 2023|2023-05]].", []string{"defection"}},
		{"a crossing of the demarcation line", "A soldier crossed the military demarcation line near {{Paju|city|KR|Gyeonggi}} on [[Monday|2023-08-14]].", []string{"defection"}},
		{"custody after a crossing", "A soldier crossed the military demarcation line near {{Paju|city|KR|Gyeonggi}} on [[Monday|2023-08-14]] and was taken into custody by troops.", []string{"defection"}},
		{"custody alone is an arrest", "A trader was taken into custody in {{Hyesan|city|KP|Ryanggang}} on [[Monday|2023-08-14]].", []string{"arrest"}},
		{"families moved out of a town", "Nine families were put on buses and moved out of {{Hoeryong|city|KP|North Hamgyong}} on [[Nov. 3|2022-11-03]].", []string{"sentence"}},
		{"a walk across the border", "A farmer walked across the heavily guarded border into {{South Korea|country|KR}} on [[Sunday|2023-08-13]].", []string{"defection"}},
		{"a launch from a county", "Radar detected a launch from {{Sukchon|admin2|KP|South Pyongan}} on [[Tuesday|2024-03-05]].", []string{"other"}},
		// spurious statements
		{"a habit", "Police in {{Hyesan|city|KP|Ryanggang}} regularly launch campaigns against phones.", []string{}},
		{"a present passive is how things go", "Officials in {{Hyesan|city|KP|Ryanggang}} are punished, but nothing changes.", []string{}},
		{"the agent of a present passive", "Crossings are rare near {{Musan|city|KP|North Hamgyong}} because the river is guarded by thousands of troops.", []string{}},
		{"a stated goal", "The plan serves the stated goal of deploying more submarines at {{Sinpo|city|KP|South Hamgyong}}.", []string{}},
		{"a tally since long ago", "More than 30,000 people have fled to {{South Korea|country|KR}} since the end of the war in [[1953|1953]].", []string{}},
		{"a recent since is a happening", "Police have arrested dozens of traders in {{Hyesan|city|KP|Ryanggang}} since [[March 2021|2021-03]].", []string{"arrest"}},
		{"contact line", "Police arrested a trader in {{Hyesan|city|KP|Ryanggang}} on [[Monday|2024-03-04]].\n\nPlease direct any comments about this article to editor@example.org.", []string{"arrest"}},
		{"mobilize forces when told to is an order", "Kim Jong Un visited a dam in {{Sariwon|city|KP|North Hwanghae}} on [[Friday|2023-04-14]]. He instructed the provincial committee to mobilize all available forces for the project.", []string{"other", "order"}},
		{"a seizure with an arrest is one act", "Police seized a boat carrying smuggled goods in {{Dandong|city|CN|Liaoning}} on [[May 25|2023-05-25]] and detained its crew.", []string{"arrest"}},
		{"a seizure alone is about contraband", "Customs officers seized two tonnes of seafood hidden in a boat in {{Dandong|city|CN|Liaoning}} on [[May 25|2023-05-25]].", []string{"smuggling"}},
		{"a fence topped with wire is how it is", "Guards built a fence near {{Musan|city|KP|North Hamgyong}} in [[January|2023-01]].\n\nThe fence is topped with barbed wire.", []string{"deployment"}},
		{"hearsay about what is to come", "People say the smugglers will be sent to a labor camp near {{Musan|city|KP|North Hamgyong}}.", []string{}},
		{"a plan reported is a plan", "Officials say the smugglers will be sent to a labor camp near {{Musan|city|KP|North Hamgyong}}.", []string{"sentence"}},
		{"illustrative photo", "Photo: A flooded field in {{Kangwon Province|admin1|KP|Kangwon}} (illustrative image)", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind2Opts, tt.want)
		})
	}
}

func TestBlind2Dates(t *testing.T) {
	tests := []struct {
		name, text string
		wantType   string
		wantDate   string // date text of the event of wantType
	}{
		{"the same public trial", "Two men were executed at a public trial in {{Hyesan|city|KP|Ryanggang}} on [[May 27|2021-05-27]]. A third man had been arrested in [[March|2021-03]]. Two others were sentenced at the same public trial to ten years.", "sentence", "May 27"},
		{"he goes on telling the occasion", "Kim Jong Un inspected a farm in {{Sariwon|city|KP|North Hwanghae}} on [[Friday|2023-04-14]].\n\nHe instructed officials to mobilize all available forces for the dam project.", "order", "Friday"},
		{"a neighbouring paragraph dates the lede", "Officials in {{Hoeryong|city|KP|North Hamgyong}} have forcibly relocated nine families of defectors.\n\nA source said on [[Friday|2022-11-18]] that the families were loaded onto trucks and moved out of {{Hoeryong|city|KP|North Hamgyong}} on [[Nov. 10|2022-11-10]].", "sentence", "Nov. 10"},
		{"the main clause's date beats a side clause's", "A soldier walked across the border into {{South Korea|country|KR}} on [[Sunday|2023-08-13]], the military said, the latest in a series of defections [[this year|2023]].", "defection", "Sunday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, evs := extract(t, tt.text, blind2Opts)
			for _, e := range evs {
				if e.Type == tt.wantType {
					if e.DateText != tt.wantDate {
						t.Errorf("date = %q, want %q\n%s", e.DateText, tt.wantDate, dumpEvents(evs))
					}
					return
				}
			}
			t.Errorf("no %s event\n%s", tt.wantType, dumpEvents(evs))
		})
	}
}

func TestBlind2Places(t *testing.T) {
	tests := []struct {
		name, text   string
		wantType     string
		wantPlace    string // "" for no place
		wantMentions int
	}{
		{"the next report refines the lede's country", "{{North Korea|country|KP}} fired a ballistic missile into the sea on [[Tuesday|2024-03-05]], the military said.\n\nRadar detected the launch from the {{Sukchon|admin2|KP|South Pyongan}} area.", "other", "Sukchon", 2},
		{"an undated crossing refines the lede", "A soldier walked across the border into {{South Korea|country|KR}} on [[Sunday|2023-08-13]].\n\nThe military said the soldier crossed the demarcation line near {{Cheorwon|city|KR|Gangwon}} and was taken into custody.", "defection", "Cheorwon", 2},
		{"a definite re-mention dated by an aside", "Police executed a man in {{Chongjin|city|KP|North Hamgyong}} on [[May 27|2021-05-27]].\n\nThe execution was part of a campaign, which has grown harsher since the law took effect [[last December|2020-12]].", "execution", "Chongjin", 2},
		{"a launch from a county of a province", "Radar detected the launch from the {{Sukchon|admin2|KP|South Pyongan}} area of {{South Pyongan Province|admin1|KP|South Pyongan}} on [[Tuesday|2024-03-05]].", "other", "Sukchon", 1},
		{"relatives abroad are not the place", "A source in {{Sunchon|city|KP|South Pyongan}} said an order issued on [[Nov. 2|2022-11-02]] told every county to list households with relatives in {{South Korea|country|KR}}.", "order", "Sunchon", 1},
		{"partners are not the place", "The navy has stepped up patrols and is sharing information with the {{U.S.|country|US}} and {{Japan|country|JP}}, a source in {{Sokcho|city|KR|Gangwon}} said on [[Monday|2024-03-04]].", "crackdown", "Sokcho", 1},
		{"the border with a country is a place", "Officials closed the border with {{China|country|CN}} on [[Jan. 22|2020-01-22]].", "border_closure", "China", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, evs := extract(t, tt.text, blind2Opts)
			for _, e := range evs {
				if e.Type != tt.wantType {
					continue
				}
				if e.PlaceName != tt.wantPlace || len(e.Mentions) != tt.wantMentions {
					t.Errorf("place %q with %d mentions, want %q with %d\n%s", e.PlaceName, len(e.Mentions), tt.wantPlace, tt.wantMentions, dumpEvents(evs))
				}
				return
			}
			t.Errorf("no %s event\n%s", tt.wantType, dumpEvents(evs))
		})
	}
}

func TestWideGap(t *testing.T) {
	m := newMatcher()
	if !m.add("price ..6 =rose", 0, true) {
		t.Fatal("add rejected a ..6 gap")
	}
	for _, bad := range []string{"..6 rose", "price ..6"} {
		if newMatcher().add(bad, 0, true) {
			t.Errorf("add(%q) accepted a phrase opening or ending with a gap", bad)
		}
	}
	// A gap wider than nine words is written with two digits; a gap out of
	// range or not a number is an error, not the word "..13" or "13".
	if !newMatcher().add("imagery ..12 =shows", 0, true) {
		t.Error("add rejected a ..12 gap")
	}
	for _, bad := range []string{"imagery ..13 =shows", "imagery ..0 =shows", "imagery ..x =shows", "imagery .. =shows", "imagery .... =shows"} {
		if newMatcher().add(bad, 0, true) {
			t.Errorf("add(%q) accepted a malformed gap", bad)
		}
	}
	tests := []struct {
		text string
		want bool
	}{
		{"the price of a kilogram of rice rose", true},         // five words between
		{"the price of one kilogram of white rice rose", true}, // six
		{"the price of one big kilogram of white rice rose", false},
		{"the price, they said, rose", false}, // a gap never runs across a comma
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0, len(tt.text))
		var sc findScratch
		got := len(m.appendFind(nil, toks, &sc)) > 0
		if got != tt.want {
			t.Errorf("%q: match = %v, want %v", tt.text, got, tt.want)
		}
	}
	if !hasWideGap("price ..6 =rose") || hasWideGap("close ... border") {
		t.Error("hasWideGap misreads a phrase")
	}
}
