package events

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New(Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return x
}

func extract(t testing.TB, marked string, o itemOpts) (*pipeline.Item, []pipeline.Event) {
	t.Helper()
	it := buildItem(t, "test.txt", marked, o)
	if err := newTestExtractor(t).Process(context.Background(), it); err != nil {
		t.Fatalf("Process: %v", err)
	}
	return it, it.Events
}

func types(evs []pipeline.Event) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, e.Type)
	}
	return out
}

// checkTypes extracts text with o and compares its events' types, in
// order, with want.
// checkEvents runs the stage on text and compares the events, in order,
// with want (type, modality, date, place, mentions).
func checkEvents(t *testing.T, text string, o itemOpts, want []wantEvent) {
	t.Helper()
	_, evs := extract(t, text, o)
	if got := gotEvents(evs); !reflect.DeepEqual(got, want) {
		t.Errorf("Process(%q)\n got  %v\n want %v", text, got, want)
	}
}

func checkTypes(t *testing.T, text string, o itemOpts, want []string) {
	t.Helper()
	_, evs := extract(t, text, o)
	if got := types(evs); !slices.Equal(got, want) {
		t.Errorf("types = %v, want %v\n%s", got, want, dumpEvents(evs))
	}
}

func TestTriggers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"simple", "Police arrested five traders in {{Hyesan|city|KP|Ryanggang}} on [[March 3, 2021|2021-03-03]].", []string{"arrest"}},
		{"inflection", "Guards are patrolling the riverbank near {{Musan|city|KP|North Hamgyong}}.", []string{"crackdown"}},
		{"most specific wins", "Two brokers caught in {{Musan|city|KP|North Hamgyong}} were sentenced to hard labor.", []string{"sentence"}},
		{"lockdown beats smuggling", "Officials sealed off {{Hyesan|city|KP|Ryanggang}} over gold smuggling.", []string{"lockdown"}},
		{"phrase with gap", "Officials closed the long mountain border with {{China|country|CN}} in [[January 2021|2021-01]].", []string{"border_closure"}},
		{"hyphenated phrase", "Police began a crack-down in {{Wonsan|city|KP|Kangwon}}.", []string{"crackdown"}},
		{"two clauses, two events", "Police raised the alert level in {{Hoeryong|city|KP|North Hamgyong}} in [[May 2021|2021-05]], and publicly executed a broker.", []string{"execution"}},
		{"clauses of different types", "Security agents sealed off the market in {{Hoeryong|city|KP|North Hamgyong}} after three traders were detained.", []string{"lockdown", "arrest"}},
		{"banishment is a punishment", "Officials banished the families of two defectors from {{Hyesan|city|KP|Ryanggang}} to a mountain village.", []string{"sentence"}},
		{"relocation of families", "The relocation of defectors' families from {{Onsong|city|KP|North Hamgyong}} began in [[2015|2015]].", []string{"sentence"}},
		// (a move completed on a date of its own is a happening, session 22)
		{"a relocation of an office is not a punishment", "The relocation of the party office in {{Hamhung|city|KP|South Hamgyong}} was completed in [[May 2021|2021-05]].", []string{"other"}},
		{"close to the market", "Police arrested a woman who sold phones close to the market in {{Hyesan|city|KP|Ryanggang}} on [[Monday|2021-06-07]].", []string{"arrest"}},
		{"the close of the market", "The rice price at the close of the market in {{Chongjin|city|KP|North Hamgyong}} was 5,000 won on [[Wednesday|2021-06-09]].", []string{}},
		{"shut out of the market", "Traders in {{Hyesan|city|KP|Ryanggang}} were shut out of the market on [[Thursday|2021-06-10]].", []string{}},
		{"searching for homes", "Flood victims in {{Hamhung|city|KP|South Hamgyong}} were still searching for new homes in [[May 2021|2021-05]].", []string{"other"}}, // the flood, not a search
		{"a bridge crossed is not a defection (traffic since session 16)", "Chinese trucks crossed the Friendship Bridge into {{Sinuiju|city|KP|North Pyongan}} on [[Monday|2021-06-07]].", []string{"other"}},
		{"a typhoon crossed", "A typhoon crossed into {{North Hamgyong Province|admin1|KP|North Hamgyong}} on [[Monday|2021-06-07]].", []string{"other"}}, // the typhoon, not a defection
		{"fencing the sport", "Fencing was among the sports shown in {{Pyongyang|capital|KP|Pyongyang}} on [[Monday|2021-06-07]].", []string{}},
		{"a market closed", "Authorities shut the largest market in {{Chongjin|city|KP|North Hamgyong}} on [[May 14, 2022|2022-05-14]].", []string{"lockdown"}},
		{"sent back", "{{China|country|CN}} sent back more than 500 North Koreans in [[October 2023|2023-10]].", []string{"defection"}},
		{"new fencing", "Imagery shows new fencing along the river north of {{Hoeryong|city|KP|North Hamgyong}}.", []string{"deployment"}},
		{"a line of fencing", "Guards added a second line of fencing north of {{Hoeryong|city|KP|North Hamgyong}}.", []string{"deployment"}},
		{"a crossing into another country", "A soldier crossed the Tumen River into {{China|country|CN}} on [[Feb. 25|2022-02-25]].", []string{"defection"}},
		{"a brigade sent", "Authorities sent an additional army brigade to {{Onsong|city|KP|North Hamgyong}}.", []string{"deployment"}},
		{"households checked", "Officials in {{Hyesan|city|KP|Ryanggang}} began checking every household for mobile phones on [[Oct. 28|2019-10-28]].", []string{"crackdown"}},
		{"homes searched", "Inspectors searched dozens of homes in {{Musan|city|KP|North Hamgyong}} on [[July 1|2021-07-01]].", []string{"crackdown"}},
		{"a deserted post", "Two soldiers deserted their post near {{Samsu|city|KP|Ryanggang}} on [[Nov. 1|2019-11-01]].", []string{"other"}},
		{"a deserted street is not an event", "The streets of {{Samsu|city|KP|Ryanggang}} were deserted on [[Nov. 1|2019-11-01]].", []string{}},
		{"a lockdown lifted is not a lockdown", "Authorities lifted the lockdown of {{Hyesan|city|KP|Ryanggang}} on [[Aug. 22|2022-08-22]].", []string{"other"}},
		{"a border reopened is not a closure", "Officials reopened the border with {{China|country|CN}} on [[Aug. 22|2022-08-22]].", []string{"other"}},
		{"taken in for questioning", "Their supervisor was taken in for questioning in {{Chongjin|city|KP|North Hamgyong}}.", []string{"arrest"}},
		{"a desertion, not a deployment", "Two soldiers from a unit stationed in {{Samsu|city|KP|Ryanggang}} deserted their post on [[Nov. 1|2019-11-01]].", []string{"other"}},
		{"nothing", "The weather in {{Hyesan|city|KP|Ryanggang}} was pleasant.", []string{}},
		{"weak trigger needs support", "Smuggling is a way of life for many.", []string{}},
		{"weak trigger with a place", "Smuggling surged in {{Sinuiju|city|KP|North Pyongan}} this winter.", []string{"smuggling"}},
		{"weak trigger as object", "Officials launched a campaign against smuggling in {{Hyesan|city|KP|Ryanggang}}.", []string{"crackdown"}},
		{"trigger inside an actor", "A border patrol unit in {{Hyesan|city|KP|Ridgeway}} received new radios.", []string{}},
		{"headline skipped", "Border Town Locked Down Again\n\nNothing else happened.", []string{}},
		{"caption without date or place", "Soldiers guard a checkpoint. / Photo: archive", []string{}},
		{"case-insensitive", "POLICE ARRESTED A TRADER IN {{Hyesan|city|KP|Ryanggang}}.", []string{"arrest"}},
		{"hypothetical without a date", "Traders can be arrested in {{Hyesan|city|KP|Ryanggang}} for selling phones.", []string{}},
		{"hypothetical with a date", "Officials said in [[May 2021|2021-05]] that traders could be arrested in {{Hyesan|city|KP|Ryanggang}}.", []string{"arrest"}},
		{"no match inside a word", "The arrestor tool failed in {{Hyesan|city|KP|Ryanggang}}.", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, evs := extract(t, tc.text, itemOpts{})
			if got := types(evs); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Process(%q) types = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestDateLinking(t *testing.T) {
	pub := itemOpts{docDate: pipeline.MakeDate(2021, 6, 10), basis: pipeline.BasisPublished}
	tests := []struct {
		name, text string
		o          itemOpts
		wantStart  string
		wantEnd    string
		wantText   string
		wantBasis  pipeline.DateBasis
	}{
		{"trigger clause beats attribution date",
			"“On [[Feb. 2|2021-02-02|dct]] the ministry issued an order to all units,” a source told Daily NK on [[Feb. 5|2021-02-05|dct]].",
			pub, "2021-02-02", "2021-02-02", "Feb. 2", pipeline.BasisPublished},
		{"attribution date as last resort",
			"On [[Feb. 5|2021-02-05]], a source told Daily NK that police have launched a crackdown in {{Hyesan|city|KP|Ryanggang}}.",
			itemOpts{}, "2021-02-05", "2021-02-05", "Feb. 5", pipeline.BasisExplicit},
		{"told X date is attribution",
			"Police detained two brokers in [[March|2021-03|dct]], a resident told RFA on [[April 2|2021-04-02|dct]].",
			itemOpts{docDate: pipeline.MakeDate(2021, 4, 9), basis: pipeline.BasisInferred}, "2021-03-01", "2021-03-31", "March", pipeline.BasisInferred},
		{"present perfect takes the report date over another clause's",
			"Officials have sealed off {{Musan|city|KP|North Hamgyong}} after a trader who fled in [[2017|2017]] came back, state media reported [[Sunday|2021-03-07|dct]].",
			pub, "2021-03-07", "2021-03-07", "Sunday", pipeline.BasisPublished},
		{"a dateline is the last report date",
			"SEOUL, [[March 3, 2021|2021-03-03]] — Authorities have locked down {{Musan|city|KP|North Hamgyong}}, a source told Daily NK on [[Tuesday|2021-03-02|dct]].",
			pub, "2021-03-02", "2021-03-02", "Tuesday", pipeline.BasisPublished},
		{"end point of a span is not the date",
			"In [[May|2021-05|dct]], the government extended the curfew until [[the end of the year|2021-12|dct]].",
			pub, "2021-05-01", "2021-05-31", "May", pipeline.BasisPublished},
		{"the term of an order does not date the order",
			"Traders in {{Hyesan|city|KP|Ryanggang}} were ordered to register their phones until [[the end of the month|2021-06|dct]].",
			itemOpts{}, "", "", "", pipeline.BasisNone},
		{"an end point dates what happened by then",
			"By [[the end of May|2021-05|dct]], more than 300 people had been arrested in {{Ryanggang Province|admin1|KP|Ryanggang}}.",
			pub, "2021-05-01", "2021-05-31", "the end of May", pipeline.BasisPublished},
		{"the end of a span dates what is planned",
			"Officials will shut the market in {{Hyesan|city|KP|Ryanggang}} until [[the end of the month|2021-06|dct]].",
			pub, "2021-06-01", "2021-06-30", "the end of the month", pipeline.BasisPublished},
		{"duration never dates",
			"Traders were detained in {{Hyesan|city|KP|Ryanggang}} for [[three weeks|P3W]].",
			pub, "", "", "", pipeline.BasisNone},
		{"month without a year keeps its text",
			"In [[April|XXXX-04]], the leader declared a new campaign in {{Hyesan|city|KP|Ryanggang}}.",
			itemOpts{}, "", "", "April", pipeline.BasisNone},
		{"nearest date in the clause",
			"After talks in [[2018|2018]], guards arrested a broker in [[June 2019|2019-06]].",
			itemOpts{}, "2019-06-01", "2019-06-30", "June 2019", pipeline.BasisExplicit},
		{"date from the paragraph",
			"Police raided markets in {{Chongjin|city|KP|North Hamgyong}}. This was in [[2019|2019]].",
			itemOpts{}, "2019-01-01", "2019-12-31", "2019", pipeline.BasisExplicit},
		{"a following sentence about something else does not date",
			"Guards built a new fence near {{Hoeryong|city|KP|North Hamgyong}}. Similar construction was seen near {{Musan|city|KP|North Hamgyong}} in [[2019|2019]].",
			itemOpts{}, "", "", "", pipeline.BasisNone},
		{"a following sentence opening with The tells its own story",
			"Border guards strung new barbed wire near {{Sinuiju|city|KP|North Pyongan}}, a source said. The source, who spoke on condition of anonymity, fled the country in [[2019|2019]].",
			itemOpts{}, "", "", "", pipeline.BasisNone},
		{"ongoing event dated by the document",
			"Officials are holding lecture sessions in {{Hyesan|city|KP|Ryanggang}}.",
			pub, "2021-06-10", "2021-06-10", "", pipeline.BasisPublished},
		{"undated",
			"Police arrested a trader in {{Hyesan|city|KP|Ryanggang}}.",
			pub, "", "", "", pipeline.BasisNone},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, evs := extract(t, tc.text, tc.o)
			if len(evs) == 0 {
				t.Fatalf("Process(%q): no event", tc.text)
			}
			e := evs[0]
			if e.Date.Start.String() != tc.wantStart || e.Date.End.String() != tc.wantEnd || e.DateText != tc.wantText || e.DateBasis != tc.wantBasis {
				t.Errorf("Process(%q) date = %s..%s %q %s, want %s..%s %q %s", tc.text,
					e.Date.Start, e.Date.End, e.DateText, e.DateBasis, tc.wantStart, tc.wantEnd, tc.wantText, tc.wantBasis)
			}
		})
	}
}

func TestPlaceLinking(t *testing.T) {
	tests := []struct {
		name, text string
		wantPlace  string // "" for none
		wantWhy    string // substring of PlaceWhy
	}{
		{"same clause",
			"Police arrested a trader in {{Hyesan|city|KP|Ryanggang}}.", "Hyesan", "clause"},
		{"nearest in the clause",
			"Traders from {{Hamhung|city|KP|South Hamgyong}} were arrested in {{Chongjin|city|KP|North Hamgyong}}.", "Chongjin", "clause"},
		{"the city refers back",
			"Fever cases were found in {{Hyesan|city|KP|Ryanggang}}.\n\nOfficials then sealed off the entire city for a week.", "Hyesan", "refers back"},
		{"capital as subject stands for the country",
			"{{North Korea|country|KP}} is a closed country.\n\n{{Pyongyang|capital|KP|Pyongyang}} deployed new units along the coast.", "North Korea", "government"},
		{"capital after a preposition is a place",
			"Officials in {{Pyongyang|capital|KP|Pyongyang}} ordered a crackdown.", "Pyongyang", "clause"},
		{"first of a coordination",
			"Markets in {{Hamhung|city|KP|South Hamgyong}} and {{Chongjin|city|KP|North Hamgyong}} were locked down.", "Hamhung", "clause"},
		{"a county with its suffix, then its province",
			"Officials in {{Kimjongsuk|city|KP|Ryanggang}}-gun, {{Yanggang-do|admin1|KP|Ryanggang}}, began checking every household on [[Oct. 28|2019-10-28]].", "Kimjongsuk", "clause"},
		{"a town, the capital of its province",
			"Authorities in {{Pyongsong|city|KP|South Pyongan}}, the capital of {{South Pyongan Province|admin1|KP|South Pyongan}}, arrested a dozen vendors.", "Pyongsong", "clause"},
		{"a town, a mining town in its province",
			"Police in {{Musan|city|KP|North Hamgyong}}, a mining town in {{North Hamgyong Province|admin1|KP|North Hamgyong}}, arrested a dozen vendors.", "Musan", "clause"},
		{"parenthetical parent",
			"Traders in {{Dandong|city|CN|Liaoning}} ({{Liaoning Province|admin1|CN|Liaoning}}) were arrested.", "Dandong", "clause"},
		{"source in the same sentence",
			"Police arrested several brokers, a source in {{Ryanggang Province|admin1|KP|Ryanggang|source}} said.", "Ryanggang Province", "source"},
		{"source recognised by its words",
			"Police arrested several brokers, a resident of {{Ryanggang Province|admin1|KP|Ryanggang}} said.", "Ryanggang Province", "source"},
		{"ordinary place beats source",
			"Police arrested brokers in {{Hyesan|city|KP|Ryanggang}}, a source in {{North Pyongan Province|admin1|KP|North Pyongan|source}} said.", "Hyesan", "clause"},
		{"source carried forward",
			"A source in {{Chagang Province|admin1|KP|Chagang|source}} spoke to reporters.\n\nGuards later arrested three soldiers.", "Chagang Province", "source"},
		{"previous sentence of the paragraph",
			"Guards watch the river near {{Hyesan|city|KP|Ryanggang}}. Last week they arrested two women carrying copper.", "Hyesan", "earlier sentence"},
		{"previous sentence beats a destination",
			"Guards watch the river near {{Hyesan|city|KP|Ryanggang}}. Last week they arrested two women carrying copper into {{China|country|CN}}.", "Hyesan", "earlier sentence"},
		{"earlier source beats a destination",
			"A source in {{Chagang Province|admin1|KP|Chagang|source}} spoke.\n\nGuards arrested two women carrying copper into {{China|country|CN}}.", "Chagang Province", "source"},
		{"destination counts for a defection",
			"A former official fled to {{South Korea|country|KR}} in [[2014|2014]].", "South Korea", "clause"},
		{"country of the document",
			"{{North Korea|country|KP}} faces sanctions.\n\nIn [[May 2021|2021-05]] the guards were told to arrest anyone near the fence.", "North Korea", "main country"},
		{"an origin and a goal inside the country: not the origin",
			"{{North Korea|country|KP}} arrested traders from {{Hyesan|city|KP|Ryanggang}} to {{Musan|city|KP|North Hamgyong}} on [[Friday|2021-03-05|dct]].", "North Korea", "government"},
		{"a place in the subject country the act started from",
			"{{North Korea|country|KP}} executed three traders from {{Hoeryong|city|KP|North Hamgyong}} last week.", "Hoeryong", "started from"},
		{"a title-case wire dateline is where the report was filed",
			"{{Seoul|capital|KR|Seoul}}, [[Jan. 14, 2022|2022-01-14]] (Yonhap) -- Police arrested two smugglers in {{North Korea|country|KP}} on [[Thursday|2022-01-13|dct]], officials said.", "North Korea", "clause"},
		{"a place and date alone are a dateline",
			"{{Seoul|capital|KR|Seoul}}, [[June 3, 2024|2024-06-03]]\n\nA court in {{Wonsan|city|KP|Kangwon}} sentenced a teacher last month.\n\nHe had been arrested in [[March|2024-03|dct]].", "Wonsan", "the only place"},
		{"the only place of the story",
			"A court in {{Wonsan|city|KP|Kangwon}}, {{Kangwon Province|admin1|KP|Kangwon}}, sentenced a teacher last month.\n\nHe had been arrested in [[March|2024-03|dct]].", "Wonsan", "the only place"},
		{"a place outside the story's country is not the story's place",
			"A defector now living in {{Seoul|capital|KR|Seoul}} said her brother was arrested in [[March|2021-03|dct]] in {{North Korea|country|KP}}.\n\nHe was sent to a labor camp in [[May|2021-05|dct]], she said.", "", ""},
		{"a place named only later is not the story's place",
			"Police arrested two smugglers in [[March|2021-03|dct]].\n\nA train later left {{Sinuiju|city|KP|North Pyongan}} for {{Dandong|city|CN|Liaoning}}.", "", ""},
		{"two places: no story place",
			"A court in {{Wonsan|city|KP|Kangwon}} sentenced a teacher. Police in {{Hamhung|city|KP|South Hamgyong}} watched.\n\nHe had been arrested in [[March|2024-03|dct]].", "", ""},
		{"a dateline place when the document names no other",
			"{{Pyongyang|capital|KP|Pyongyang}}, [[July 3|2021-07-03]] (KCNA) -- Police arrested two officials on [[July 2, 2021|2021-07-02]].", "Pyongyang", "dateline"},
		{"a capitals dateline is where the report was filed",
			"{{SEOUL|capital|KR|Seoul}} — Police arrested two smugglers in {{Hyesan|city|KP|Ryanggang}}, officials said.", "Hyesan", "clause"},
		{"a title-case place with neither date nor outlet stays a place",
			"{{Hyesan|city|KP|Ryanggang}}, Ryanggang - Police arrested two smugglers on Monday.", "Hyesan", "clause"},
		{"no place at all",
			"Guards arrested a man.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, evs := extract(t, tc.text, itemOpts{})
			var e *pipeline.Event
			for i := range evs {
				if evs[i].Type != "other" && evs[i].Type != "statement" {
					e = &evs[i]
				}
			}
			if e == nil {
				t.Fatalf("Process(%q): no event (got %v)", tc.text, types(evs))
			}
			got := ""
			if e.HasPlace {
				got = e.PlaceName
			}
			if got != tc.wantPlace || !strings.Contains(e.PlaceWhy, tc.wantWhy) {
				t.Errorf("Process(%q) place = %q (%s), want %q (…%s…)", tc.text, got, e.PlaceWhy, tc.wantPlace, tc.wantWhy)
			}
		})
	}
}

func TestActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"name and acronym once", "The Ministry of State Security (MSS) arrested a trader in {{Hyesan|city|KP|Ryanggang}}; the MSS said so.", []string{"Ministry of State Security"}},
		{"aliases to canonical names", "Kim Jong-un and Kim Yo-jong ordered a lockdown in {{Hyesan|city|KP|Ryanggang}}.", []string{"Kim Jong Un", "Kim Yo Jong"}},
		{"honorific", "An order from the Highest Dignity closed the border with {{China|country|CN}}.", []string{"Kim Jong Un"}},
		{"old name of a ministry", "The State Security Department and the bowibu arrested traders in {{Hyesan|city|KP|Ryanggang}}.", []string{"Ministry of State Security"}},
		{"people's security is not state security", "The Ministry of People's Security arrested traders in {{Hyesan|city|KP|Ryanggang}}.", []string{"Ministry of Social Security"}},
		{"acronym needs capitals", "Some mss were arrested in {{Hyesan|city|KP|Ryanggang}}.", []string{}},
		{"fallback organisation name", "The Hyesan City People's Committee ordered a curfew in {{Hyesan|city|KP|Ryanggang}}.", []string{"Hyesan City People's Committee"}},
		{"outlet is not an actor", "Police arrested a trader in {{Hyesan|city|KP|Ryanggang}}, according to KCNA.", []string{"Ministry of Social Security"}},
		{"first-appearance order", "Border guards and the KPA detained a man, the MSS said, in {{Hyesan|city|KP|Ryanggang}}.", []string{"Border guards", "Korean People's Army", "Ministry of State Security"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, evs := extract(t, tc.text, itemOpts{})
			if len(evs) == 0 {
				t.Fatalf("Process(%q): no event", tc.text)
			}
			got := evs[0].Actors
			if got == nil {
				got = []string{}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Process(%q) actors = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestModality(t *testing.T) {
	tests := []struct {
		text string
		want pipeline.Modality
	}{
		{"Police arrested ten people in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Occurred},
		{"Police did not arrest anyone in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Negated},
		{"The ministry denied that it executed anyone in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Negated},
		{"Officials ordered guards to arrest smugglers in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Ordered},
		{"The ministry will impose a lockdown on {{Hyesan|city|KP|Ryanggang}}.", pipeline.Planned},
		{"Authorities threatened to execute smugglers in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Threatened},
		{"Police are currently arresting traders in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Ongoing},
		{"The ministry issued an order to all units in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Occurred},
		{"A public trial is planned in {{Hyesan|city|KP|Ryanggang}} for later this month.", pipeline.Planned},
		{"The meeting was scheduled in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Planned},
		{"The meeting was held in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Occurred},
		{"A lockdown was set in {{Hamhung|city|KP|South Hamgyong}} on [[May 12|2021-05-12]].", pipeline.Occurred},
		{"The smugglers arrested are expected to face trial in {{Hyesan|city|KP|Ryanggang}}.", pipeline.Occurred},
	}
	for _, tc := range tests {
		_, evs := extract(t, tc.text, itemOpts{})
		if len(evs) == 0 {
			t.Errorf("Process(%q): no event", tc.text)
			continue
		}
		if evs[0].Modality != tc.want {
			t.Errorf("Process(%q) modality = %s (type %s), want %s", tc.text, evs[0].Modality, evs[0].Type, tc.want)
		}
	}
}

func TestAttribution(t *testing.T) {
	pub := itemOpts{docDate: pipeline.MakeDate(2021, 12, 20), basis: pipeline.BasisPublished}
	tests := []struct {
		name, text string
		o          itemOpts
		wantBy     string
		wantOn     string
	}{
		{"told X on a date", "Police arrested a broker in {{Hyesan|city|KP|Ryanggang}}, a resident told RFA's Korean Service on [[Dec. 1|2021-12-01|dct]].", pub, "Radio Free Asia", "2021-12-01"},
		{"told X without on", "Police arrested a broker in {{Hyesan|city|KP|Ryanggang}}, a resident told Daily NK [[Dec. 3|2021-12-03|dct]].", pub, "Daily NK", "2021-12-03"},
		{"according to", "Police arrested a broker in {{Hyesan|city|KP|Ryanggang}}, according to KCNA.", pub, "KCNA", "2021-12-20"},
		{"has learned", "Police arrested a broker in {{Hyesan|city|KP|Ryanggang}}, Daily NK has learned.", itemOpts{}, "Daily NK", ""},
		{"unknown outlet after told", "Police arrested a broker in {{Hyesan|city|KP|Ryanggang}}, a defector told Kyunghyang Shinmun.", itemOpts{}, "Kyunghyang Shinmun", ""},
		{"document outlet for quotes", "Daily NK has learned of new arrests.\n\nPolice arrested a broker in {{Hyesan|city|KP|Ryanggang}}, the source said.", itemOpts{}, "Daily NK", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, evs := extract(t, tc.text, tc.o)
			if len(evs) == 0 {
				t.Fatalf("Process(%q): no event", tc.text)
			}
			e := evs[len(evs)-1]
			if e.ReportedBy != tc.wantBy || e.ReportedOn.String() != tc.wantOn {
				t.Errorf("Process(%q) reported by %q on %q, want %q on %q", tc.text, e.ReportedBy, e.ReportedOn, tc.wantBy, tc.wantOn)
			}
			if e.Date.Known() && e.Date.Start.String() == tc.wantOn && tc.wantOn != "" {
				t.Errorf("Process(%q): the report date %s became the event date", tc.text, tc.wantOn)
			}
		})
	}
}

func TestEventFields(t *testing.T) {
	text := "Intro about {{North Korea|country|KP}}.\n\nÜber-officials in {{Hyesan|city|KP|Ryanggang}} arrested three brokers on [[May 2, 2021|2021-05-02]], Daily NK has learned."
	it, evs := extract(t, text, itemOpts{})
	if len(evs) != 1 {
		t.Fatalf("got %d events (%v), want 1", len(evs), types(evs))
	}
	e := evs[0]
	if len(e.ID) != 16 || strings.Trim(e.ID, "0123456789abcdef") != "" {
		t.Errorf("ID = %q, want 16 hex digits", e.ID)
	}
	if e.Doc.Text != "" || e.Doc.ID != "test.txt" {
		t.Errorf("Doc = %+v, want the document without its text", e.Doc)
	}
	if got := it.Doc.Text[e.Trigger.Start:e.Trigger.End]; got != "arrested" {
		t.Errorf("trigger text = %q", got)
	}
	if e.Sentence != it.Doc.Text[e.SentSpan.Start:e.SentSpan.End] {
		t.Errorf("Sentence %q does not match its span", e.Sentence)
	}
	runes := []rune(it.Doc.Text)
	if string(runes[e.CharStart:e.CharEnd]) != e.Sentence {
		t.Errorf("code-point offsets [%d,%d) do not give the sentence", e.CharStart, e.CharEnd)
	}
	if len(e.Mentions) != 1 || e.Mentions[0].DocID != "test.txt" || e.Mentions[0].Span != e.SentSpan || e.Mentions[0].Trigger != "arrested" {
		t.Errorf("Mentions = %+v", e.Mentions)
	}
	if e.Confidence < 0.8 {
		t.Errorf("Confidence = %.2f for trigger, date and place in one clause, want ≥ 0.8", e.Confidence)
	}
	if e.Summary == "" || len([]rune(e.Summary)) > 121 {
		t.Errorf("Summary = %q", e.Summary)
	}
	// The same input gives the same IDs.
	_, again := extract(t, text, itemOpts{})
	if again[0].ID != e.ID {
		t.Errorf("ID not stable: %s then %s", e.ID, again[0].ID)
	}
}

func TestReMention(t *testing.T) {
	text := "Officials issued an order to all units in {{Hyesan|city|KP|Ryanggang}} on [[May 2, 2021|2021-05-02]].\n\n" +
		"Guards complained bitterly about the new order.\n\nA second order followed in {{Musan|city|KP|North Hamgyong}} in [[June 2021|2021-06]]."
	_, evs := extract(t, text, itemOpts{})
	if len(evs) != 2 {
		t.Fatalf("got %d events (%v), want 2: the re-mention joins the first order", len(evs), types(evs))
	}
	if len(evs[0].Mentions) != 2 || evs[0].Mentions[1].Trigger != "order" || !strings.Contains(evs[0].MergeNote, "re-mentioned") {
		t.Errorf("first order: mentions %+v, note %q", evs[0].Mentions, evs[0].MergeNote)
	}
	if len(evs[1].Mentions) != 1 {
		t.Errorf("second order (its own date and place) has %d mentions, want 1", len(evs[1].Mentions))
	}
}

func TestConfidenceOrder(t *testing.T) {
	_, close := extract(t, "Police arrested a trader in {{Hyesan|city|KP|Ryanggang}} in [[May 2021|2021-05]].", itemOpts{})
	_, far := extract(t, "{{North Korea|country|KP}} is closed.\n\nPolice arrested a trader in [[2021|2021]].", itemOpts{})
	if len(close) != 1 || len(far) != 1 || close[0].Confidence <= far[0].Confidence {
		t.Fatalf("confidence with date and place in the clause (%v) should exceed country fallback (%v)", close, far)
	}
}

func TestBadSpans(t *testing.T) {
	it := buildItem(t, "bad", "Police arrested a trader in {{Hyesan|city|KP|Ryanggang}}.", itemOpts{})
	it.Places = append(it.Places, pipeline.PlaceMention{Span: pipeline.Span{Start: 5, End: 500}, Resolved: true})
	it.Dates = append(it.Dates, pipeline.DateMention{Span: pipeline.Span{Start: -3, End: 2}, Kind: pipeline.KindDate})
	if err := newTestExtractor(t).Process(context.Background(), it); err != nil {
		t.Fatalf("Process: %v", err)
	}
	if len(it.Events) != 1 || len(it.Diags) != 1 {
		t.Errorf("got %d events and diags %v, want 1 event and 1 diagnostic", len(it.Events), it.Diags)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	it := buildItem(t, "c", "Police arrested a trader.", itemOpts{})
	if err := newTestExtractor(t).Process(ctx, it); !errors.Is(err, context.Canceled) {
		t.Errorf("Process on a cancelled context = %v, want context.Canceled", err)
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"order", []string{"orders", "ordered", "ordering"}},
		{"seize", []string{"seized", "seizes", "seizing"}},
		{"patrol", []string{"patrolled", "patrolling", "patrols"}},
		{"deny", []string{"denies", "denied"}},
		{"the", []string{"the"}},
	}
	for _, tc := range tests {
		got := inflect(tc.word)
		for _, w := range tc.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("inflect(%q) = %v, missing %q", tc.word, got, w)
			}
		}
	}
}

func TestVocabularyErrors(t *testing.T) {
	good := "%type\tarrest\t70\narrest\tarrest\n"
	tests := []struct{ name, lex, actors, outlets string }{
		{"undeclared type", "%type\tarrest\t70\nfoo\tbogus\n", "", ""},
		{"bad priority", "%type\tarrest\tmany\n", "", ""},
		{"bad trigger priority", "%type\tarrest\t70\nfoo\tarrest\tx\n", "", ""},
		{"gap at the end", "%type\tarrest\t70\nfoo ...\tarrest\n", "", ""},
		{"no triggers", "%type\tarrest\t70\n", "", ""},
		{"undeclared class", "%type\tarrest\t70\n@who arrested\tarrest\n", "", ""},
		{"class declared twice", "%class\twho\the\n%class\twho\tshe\n" + good, "", ""},
		{"class of two-token words", "%class\twho\tco-worker\n" + good, "", ""},
		{"empty class", "%class\twho\t \n" + good, "", ""},
		{"bad actor kind", good, "X\tthing\tY\n", ""},
		{"bad actor fields", good, "X\torg\n", ""},
		{"bad outlet fields", good, "", "X\n"},
	}
	for _, tc := range tests {
		if _, err := parseVocab(tc.lex, tc.actors, tc.outlets); !errors.Is(err, ErrData) {
			t.Errorf("%s: parseVocab = %v, want ErrData", tc.name, err)
		}
	}
	if _, err := parseVocab(good, "X\torg\tY|Z\n", "O\tP\n"); err != nil {
		t.Errorf("parseVocab(good) = %v", err)
	}
	if _, err := loadVocab(); err != nil {
		t.Errorf("embedded vocabulary: %v", err)
	}
}

func BenchmarkProcess(b *testing.B) {
	para := "Police arrested three brokers in {{Hyesan|city|KP|Ryanggang}} on [[May 2, 2021|2021-05-02]], a source in {{Ryanggang Province|admin1|KP|Ryanggang|source}} told Daily NK. " +
		"Officials sealed off the entire city after the arrests, and the ministry issued an order to all border guard units. " +
		"Residents said the crackdown on smuggling is continuing.\n\n"
	it := buildItem(b, "bench", strings.Repeat(para, 20), itemOpts{})
	x := newTestExtractor(b)
	b.SetBytes(int64(len(it.Doc.Text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if err := x.Process(context.Background(), it); err != nil {
			b.Fatal(err)
		}
		n += len(it.Events)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
}

func TestApposition(t *testing.T) {
	tests := []struct {
		sep  string
		want bool
	}{
		{", the capital of", true},
		{", a mining town in", true},
		{", the border city of", true},
		{", who came from", false},
		{"the capital of", false}, // no comma: "X the capital of Y" is not an apposition
		{", the", false},
		{",", false},
	}
	for _, tc := range tests {
		if got := apposition(tc.sep); got != tc.want {
			t.Errorf("apposition(%q) = %v, want %v", tc.sep, got, tc.want)
		}
	}
}

func TestOriginPlace(t *testing.T) {
	tests := []struct{ text, want string }{
		{"{{North Korea|country|KP}} fired a missile from {{South Pyongan Province|admin1|KP|South Pyongan}} toward {{Japan|country|JP}} on [[Friday|2022-01-14|dct]].", "South Pyongan Province"},
		{"{{North Korea|country|KP}} fired a missile from {{South Pyongan Province|admin1|KP|South Pyongan}} on [[Friday|2022-01-14|dct]].", "South Pyongan Province"},
		{"{{North Korea|country|KP}} sent troops from {{Wonsan|city|KP|Kangwon}} to {{Russia|country|RU}} on [[Friday|2022-01-14|dct]].", "North Korea"},
	}
	for _, tc := range tests {
		_, evs := extract(t, tc.text, itemOpts{})
		if len(evs) == 0 {
			t.Errorf("Process(%q): no event", tc.text)
			continue
		}
		if evs[0].PlaceName != tc.want {
			t.Errorf("Process(%q) place = %q (%s), want %q", tc.text, evs[0].PlaceName, evs[0].PlaceWhy, tc.want)
		}
	}
}

// TestParticipleReMention: "the arrested" names the people of an arrest told
// before; it joins that event rather than making a new one.
func TestParticipleReMention(t *testing.T) {
	text := "Police in {{Sinuiju|city|KP|North Pyongan}} arrested 30 people on [[March 20, 2021|2021-03-20]].\n\n" +
		"The arrested are being held at a detention center."
	_, evs := extract(t, text, itemOpts{})
	if len(evs) != 1 || len(evs[0].Mentions) != 2 {
		t.Fatalf("got %d events (%v), want 1 arrest with 2 mentions", len(evs), types(evs))
	}
}

func TestHasFoldASCII(t *testing.T) {
	tests := []struct {
		s, lower string
		want     bool
	}{
		{"Copyright 2024 RFA", "copyright", true},
		{"ALL RIGHTS RESERVED.", "all rights reserved", true},
		{"(Editing by Jane Doe)", "editing by ", true},
		{"The copyrights of the film", "copyright", true},
		{"Copyrigh", "copyright", false},
		{"a cop yright", "copyright", false},
		{"editor’s note: sources", "editor’s note", true},
		{"", "file photo", false},
		{"FILE PHOTO", "file photo", true},
	}
	for _, tc := range tests {
		if got := hasFoldASCII(tc.s, tc.lower, rarestLetter(tc.lower)); got != tc.want {
			t.Errorf("hasFoldASCII(%q, %q) = %v, want %v", tc.s, tc.lower, got, tc.want)
		}
	}
}

// TestPlaceOverlappingTrigger: a place span that overlaps the trigger (a
// name like "Port Said", or a stage's span that runs into the verb) is
// neither before nor after it, and must not make the linker slice the text
// backwards (found by FuzzProcess in CI).
func TestPlaceOverlappingTrigger(t *testing.T) {
	nyc := pipeline.Place{ID: "test:nyc", Name: "New York City", Country: "US", Precision: pipeline.GeoCity}
	x, err := New(Options{Seats: map[string]pipeline.Place{"New York City": nyc}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, verb string
		start, end int // the place's span, relative to the verb's start
	}{
		{"[[On May 5, 2021|2021-05-05]], an official in {{Seoul|city|KR|Seoul}} said the border was closed.", "said", -6, 2},
		{"An official in {{Seoul|city|KR|Seoul}} said [[on May 5, 2021|2021-05-05]] that the border was closed.", "said", -6, 2},
		{"The Security Council adopted a resolution in {{New York|city|US|New York}} [[on Dec. 22, 2017|2017-12-22]].", "adopted", 2, 12},
		{"The Security Council adopted a resolution in {{New York|city|US|New York}} [[on Dec. 22, 2017|2017-12-22]].", "adopted", -4, 3},
	} {
		it := buildItem(t, "overlap", c.text, itemOpts{})
		verb := strings.Index(it.Doc.Text, c.verb)
		for i := range it.Places {
			it.Places[i].Span = pipeline.Span{Start: verb + c.start, End: verb + c.end}
		}
		if err := x.Process(context.Background(), it); err != nil {
			t.Fatalf("%q: Process: %v", c.text, err)
		}
	}
}
