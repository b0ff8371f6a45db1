package events

import (
	"testing"

	"geotimeline/pipeline"
)

// TestBlind9Triggers covers wordings read in the ninth and tenth blind
// sets (session 6): crossings of the MDL and across estuaries, groups of
// people sent back, residents barred from leaving their homes or ordered to
// stay in them, warning shots, roads blown up, tourism suspended, trains
// resumed. Each row is our own sentence; the guards keep what the wording
// must not catch.
func TestBlind9Triggers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"crossed the MDL", "A soldier crossed the MDL in {{Goseong|city|KR|Gangwon}} at dawn on [[Tuesday|2024-08-20]].", []string{"defection"}},
		{"walked across a long-named demarcation line", "A man walked across the heavily fortified military demarcation line near {{Cheorwon|city|KR|Gangwon}} on [[Sunday|2023-09-03]].", []string{"defection"}},
		{"waded across an estuary", "A man waded across the river estuary at low tide and reached {{Gyodong|city|KR|Incheon}} on [[Aug. 1|2024-08-01]].", []string{"defection"}},
		{"groups sent back", "Smaller groups were sent back the same night over the bridge at {{Tumen|city|CN|Jilin}} on [[Oct. 9|2023-10-09]].", []string{"defection"}},
		{"women sent back", "About 60 women were sent back across the river at {{Hyesan|city|KP|Ryanggang}} in [[April|2024-04]].", []string{"defection"}},
		{"residents barred from leaving their homes", "Residents of two blocks in {{Hoeryong|city|KP|North Hamgyong}} were barred from leaving their homes on [[May 16|2022-05-16]].", []string{"lockdown"}},
		{"confined to their houses", "Families near the station in {{Hyesan|city|KP|Ryanggang}} were confined to their houses on [[Monday|2022-05-16]].", []string{"lockdown"}},
		{"fired warning shots", "The army fired warning shots south of the line in {{Paju|city|KR|Gyeonggi}} on [[Tuesday|2024-10-15]].", []string{"other"}},
		{"roads blown up", "Troops blew up parts of two roads near {{Kaesong|city|KP|Kaesong}} on [[Tuesday|2024-10-15]].", []string{"other"}},
		{"an explosion", "A second explosion tore up a stretch of road near {{Kosong|city|KP|Kangwon}} on [[Tuesday|2024-10-15]].", []string{"other"}},
		{"tourism suspended", "The state suspended tourism to {{Rason|admin1|KP|Rason}} on [[Wednesday|2025-03-05]].", []string{"border_closure"}},
		{"trains resumed after a long subject", "Freight trains between {{Sinuiju|city|KP|North Pyongan}} and the Chinese city of Dandong resumed in [[January|2022-01]].", []string{"other"}},
		{"a stay-home order is a lockdown", "Authorities in {{Sinuiju|city|KP|North Pyongan}} ordered residents to stay in their homes on [[Sunday|2022-05-15]].", []string{"lockdown"}},
		{"crossed a described border into South Korea", "A soldier crossed the heavily fortified land border into {{South Korea|country|KR}} on [[Wednesday|2024-07-10]].", []string{"defection"}},
		{"sprinted across", "A soldier sprinted across the Joint Security Area at {{Panmunjom|city|KP|North Hwanghae}} in [[November 2017|2017-11]].", []string{"defection"}},
		{"North Koreans sent back", "Chinese authorities sent around 500 North Koreans back across the border at {{Tumen|city|CN|Jilin}} on [[9 October|2023-10-09]].", []string{"defection"}},
		{"handed over to a North Korean vessel", "The six were handed over to a North Korean vessel at sea off {{Goseong|city|KR|Gangwon}} on [[Sunday|2025-03-09]].", []string{"defection"}},
		{"sent fishermen back to the North", "The ministry sent six fishermen back to the North from {{Goseong|city|KR|Gangwon}} on [[Sunday|2025-03-09]].", []string{"defection"}},
		{"guard: what was told is no directive", "In {{Sokcho|city|KR|Gangwon}} on [[Monday|2025-03-03]] the men told investigators they had drifted south and wanted to go home.", []string{}},
		{"guard: a repatriation plan", "{{Seoul|capital|KR|Seoul}} sent the repatriation plan to the command on [[Monday|2025-03-03]].", []string{}},
		{"a kilogram of rice sold for", "In {{Hyesan|city|KP|Ryanggang}}, a kilogram of white rice sold for 6,300 won at the main market on [[April 16|2024-04-16]].", []string{"other"}},
		{"the yuan traded for", "On [[the 18th|2024-04-18]], one Chinese yuan traded for 1,580 won in {{Hoeryong|city|KP|North Hamgyong}}.", []string{"other"}},
		{"prices have risen", "Rice prices in {{Hyesan|city|KP|Ryanggang}} have risen sharply since [[April 1|2024-04-01]].", []string{"other"}},
		{"guard: campaigns against the sale of a kilogram of drugs", "Police in {{Hyesan|city|KP|Ryanggang}} stepped up efforts against the sale of a kilogram of rice on [[Monday|2024-11-04]].", []string{"crackdown"}},
		{"drugs carried by the arrested are the arrest", "Police in {{Hoeryong|city|KP|North Hamgyong}} arrested two men in [[July|2024-07]] while carrying about 30 kilograms of methamphetamine.", []string{"arrest"}},
		{"a raid and its arrests are one act", "In [[March 2013|2013-03]], Chinese police raided the farm near {{Yanji|city|CN|Jilin}} and detained him with two other men.", []string{"arrest"}},
		{"guard: a blast furnace", "Workers lit the blast furnace at the steel works in {{Kimchaek|city|KP|North Hamgyong}} on [[Monday|2024-11-04]].", []string{}},
		{"a North Korean crossed the MDL (second review)", "A North Korean crossed the MDL near {{Cheorwon|city|KR|Gangwon}} on [[Monday|2024-11-04]].", []string{"defection"}},
		{"residents ordered to stay indoors, passive (second review)", "Residents in {{Hyesan|city|KP|Ryanggang}} were ordered to stay indoors on [[Monday|2024-11-04]].", []string{"lockdown"}},
		{"guard: a drone crossed the MDL (review)", "A North Korean drone crossed the MDL near {{Paju|city|KR|Gyeonggi}} on [[Monday|2024-11-04]].", []string{}},
		{"guard: wading across fields (review)", "Soldiers waded across muddy fields in {{Sinuiju|city|KP|North Pyongan}} on [[Monday|2024-11-04]] to reach farmers.", []string{}},
		{"guard: letters sent back (review)", "Families in {{Hyesan|city|KP|Ryanggang}} sent back letters to relatives on [[Monday|2024-11-04]].", []string{}},
		{"guard: a truck crossed into China (review)", "A Chinese truck crossed the border into China at {{Dandong|city|CN|Liaoning}} on [[Monday|2024-11-04]].", []string{"other"}},
		{"guard: children sprinted across a square (review)", "Children sprinted across the square in {{Pyongyang|capital|KP|Pyongyang}} on [[Monday|2024-11-04]].", []string{}},
		{"guard: a doctor's order to stay home (review)", "The doctor in {{Hyesan|city|KP|Ryanggang}} ordered him to stay home on [[Monday|2024-11-04]].", []string{"order"}},
		{"guard: a route suspended for repairs (review)", "The railway ministry suspended trains between {{Pyongyang|capital|KP|Pyongyang}} and Sinuiju for repairs on [[Monday|2024-11-04]].", []string{}},
		{"guard: tourists entered a museum (review)", "Tourists entered the museum in {{Pyongyang|capital|KP|Pyongyang}} on [[Monday|2024-11-04]].", []string{}},
		{"guard: blew up at officials (review)", "Kim Jong Un blew up at officials in {{Sinuiju|city|KP|North Pyongan}} on [[Monday|2024-11-04]].", []string{}},
		{"guard: a population explosion (review)", "A population explosion in {{Sinuiju|city|KP|North Pyongan}} was reported on [[Monday|2024-11-04]].", []string{}},
		{"guard: goods sent back", "The shipment was sent back to {{Dandong|city|CN|Liaoning}} on [[Monday|2024-11-04]].", []string{}},
		{"guard: barred from leaving the country", "The officials were barred from leaving the country in {{Pyongyang|capital|KP|Pyongyang}} on [[Monday|2024-11-04]].", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}

// TestDatelinePlacesUnplacedEvents checks rule 10c of linkPlace: an event
// the text places nowhere is at the document's dateline when that lies in
// the document's main country, and only then.
func TestDatelinePlacesUnplacedEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantEvent
	}{
		{"state media on a line of its own",
			"Plenary meeting concludes\n\n{{Pyongyang|capital|KP|Pyongyang}}, [[December 31|2023-12-31]] (KCNA) --\n\n" +
				"The plenary meeting of the Central Committee was held at the party's office building on [[December 30|2023-12-30]].\n\n" +
				"It reviewed the harvest of {{North Korea|country|KP}}.",
			[]wantEvent{{"meeting", pipeline.Occurred, "2023-12-30..2023-12-30", "Pyongyang", 1}}},
		{"guard: a Beijing dateline keeps the country (review)",
			"Defectors held\n\n{{BEIJING|capital|CN|Beijing}}, [[May 3|2023-05-03]] (Reuters) --\n\n" +
				"Police arrested 20 North Korean defectors on [[May 2, 2023|2023-05-02]], a rights group said. The arrests were the largest in {{China|country|CN}} this year, and {{China|country|CN}} denied them.",
			[]wantEvent{{"arrest", pipeline.Occurred, "2023-05-02..2023-05-02", "China", 2}}},
		{"guard: a dateline in another country",
			"Launch reported\n\n{{SEOUL|capital|KR|Seoul}}, [[Jan. 17|2022-01-17]] (Yonhap) --\n\n" +
				"{{North Korea|country|KP}} said it had test-fired a missile. The launch took place on [[Jan. 16|2022-01-16]], state media said, the third of the month for the {{North Korea|country|KP}} military.",
			[]wantEvent{{"other", pipeline.Occurred, "2022-01-16..2022-01-16", "North Korea", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, blind45Opts, tc.want)
		})
	}
}

// TestQuotedHeadlinePlace checks that a headline quoting a witness is
// still a headline: its place is the story's ("Testimony: \"They took me
// from the market in Hoeryong\"" over a byline recorded in Seoul).
func TestQuotedHeadlinePlace(t *testing.T) {
	text := "Testimony: \"They took me from the market in {{Hoeryong|city|KP|North Hamgyong}}\"\n\n" +
		"Interview recorded in {{Seoul|capital|KR|Seoul}} by the documentation team\n\n" +
		"Two men were shot there in front of us in [[July 2018|2018-07]]."
	checkEvents(t, text, blind45Opts, []wantEvent{{"execution", pipeline.Occurred, "2018-07-01..2018-07-31", "Hoeryong", 1}})
}

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Police arrested five traders.", true},
		{"He said, \"we left.\"", true},
		{"Testimony: \"They took me from the market\"", false},
		{"Five traders arrested (report)", true},
		{"(Reporting by Kim Ara and Lim Su; Editing by Tom Hale)", true},
		{"Five traders arrested", false},
		{"Who was there?", true},
	}
	for _, tc := range tests {
		if got := endsSentence(tc.in); got != tc.want {
			t.Errorf("endsSentence(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestCapitalPossessiveAndWishes checks that a capital's possessive before
// a body is the speaker, not the place ("Seoul's military said"), and that
// a wish to defect is no defection that happened.
func TestCapitalPossessiveAndWishes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantEvent
	}{
		{"a capital's military is the speaker",
			"A soldier crossed the land border into {{South Korea|country|KR}} on [[Wednesday|2024-07-10]], {{Seoul|capital|KR|Seoul}}'s military said.",
			[]wantEvent{{"defection", pipeline.Occurred, "2024-07-10..2024-07-10", "South Korea", 1}}},
		{"a wish in a relative clause plans nothing (review)",
			"Lee, who wanted to see his brother, was arrested in {{Hyesan|city|KP|Ryanggang}} on [[Tuesday|2024-11-05]].",
			[]wantEvent{{"arrest", pipeline.Occurred, "2024-11-05..2024-11-05", "Hyesan", 1}}},
		{"a closure applies where it shuts",
			"{{North Korea|country|KP}} has suspended tourism to the {{Rason|admin1|KP|Rason}} zone, operators said on [[Thursday|2024-11-07]].",
			[]wantEvent{{"border_closure", pipeline.Occurred, "2024-11-07..2024-11-07", "Rason", 1}}},
		{"a capital's police act there (review)",
			"{{Seoul|capital|KR|Seoul}}'s police arrested a North Korean spy on [[Tuesday|2024-11-05]].",
			[]wantEvent{{"arrest", pipeline.Occurred, "2024-11-05..2024-11-05", "Seoul", 1}}},
		{"a tour group arrives where it flew (review)",
			"The first tour group flew from {{Vladivostok|city|RU}} to {{Pyongyang|capital|KP|Pyongyang}} in [[February 2024|2024-02]].",
			[]wantEvent{{"other", pipeline.Occurred, "2024-02-01..2024-02-29", "Pyongyang", 1}}},
		{"a wish to defect is a plan",
			"He told officers in {{Paju|city|KR|Gyeonggi}} on [[Wednesday|2024-07-10]] that he had a wish to defect.",
			[]wantEvent{{"defection", pipeline.Planned, "", "Paju", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, blind45Opts, tc.want)
		})
	}
}

// TestInResponse checks that a sentence opening "In response" is dated by
// the event it answers.
func TestInResponse(t *testing.T) {
	text := "Troops blew up two roads near {{Kaesong|city|KP|Kaesong}} on [[Tuesday|2024-10-15]].\n\n" +
		"In response, the army fired warning shots south of the line in {{Paju|city|KR|Gyeonggi}}."
	checkEvents(t, text, blind45Opts, []wantEvent{
		{"other", pipeline.Occurred, "2024-10-15..2024-10-15", "Kaesong", 1},
		{"other", pipeline.Occurred, "2024-10-15..2024-10-15", "Paju", 1},
	})
}

// TestInResponseToWhatWasJustTold checks that "In response" does not reach
// past a dated sentence without an event to an older event (review).
func TestInResponseToWhatWasJustTold(t *testing.T) {
	text := "{{North Korea|country|KP}} sent trash balloons over {{Paju|city|KR|Gyeonggi}} on [[May 28|2024-05-28]]. " +
		"{{Seoul|capital|KR|Seoul}} suspended the military pact on [[June 4|2024-06-04]]. " +
		"In response, the North fired artillery near {{Yeonpyeong|city|KR|Incheon}}."
	_, evs := extract(t, text, blind45Opts)
	for _, e := range evs {
		if e.PlaceName == "Yeonpyeong" && e.Date.Start.String() == "2024-05-28" {
			t.Errorf("the artillery took the balloons' date\n%s", dumpEvents(evs))
		}
	}
}

// TestDecisionOnMeetingDay checks that "The meeting decided …" without a
// date of its own is dated by the meeting told as such, not by a date a
// re-mention of the meeting reported ("The meeting noted that a downpour on
// July 27 …").
func TestDecisionOnMeetingDay(t *testing.T) {
	text := "A meeting of the Political Bureau was held on [[July 31|2024-07-31]] in {{Sinuiju|city|KP|North Pyongan}}.\n\n" +
		"The meeting noted that a downpour on [[July 27|2024-07-27]] had flooded the city.\n\n" +
		"The meeting decided to dismiss the chief secretary of the provincial committee."
	_, evs := extract(t, text, blind45Opts)
	for _, e := range evs {
		if e.Type == "order" {
			if got := e.Date.Start.String(); got != "2024-07-31" {
				t.Errorf("decision dated %s, want 2024-07-31\n%s", got, dumpEvents(evs))
			}
			return
		}
	}
	t.Errorf("no order among\n%s", dumpEvents(evs))
}

// TestOfficialStatements covers dated statements of officials (statement.go):
// a statement when it is what the sentence reports, made in the speaker's
// country (at its capital when the document names it); no statement when
// "said" attributes another event, has no date, or a private person speaks.
func TestOfficialStatements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantEvent
	}{
		{"a general staff's dated statement",
			"{{North Korea|country|KP}}'s General Staff said on [[Oct. 9|2024-10-09]] that its army would cut off all roads leading south.",
			[]wantEvent{{"statement", pipeline.Occurred, "2024-10-09..2024-10-09", "North Korea", 1}}},
		{"a ministry speaks from its capital",
			"{{South Korea|country|KR}}'s unification ministry said on [[Wednesday|2023-10-11]] that it had conveyed its concern.\n\nActivists in {{Seoul|capital|KR|Seoul}} held a vigil.",
			[]wantEvent{{"statement", pipeline.Occurred, "2023-10-11..2023-10-11", "Seoul", 1}}},
		{"a statement in so many words",
			"The Unification Ministry of {{South Korea|country|KR}} said in a statement on [[Monday|2024-11-04]] that the men would be sent home.",
			[]wantEvent{{"statement", pipeline.Occurred, "2024-11-04..2024-11-04", "South Korea", 1}}},
		{"a state agency's commentary",
			"{{North Korea|country|KP}}'s official KCNA news agency said in a commentary on [[Sunday|2024-11-03]] that Seoul was to blame for the tension.",
			[]wantEvent{{"statement", pipeline.Occurred, "2024-11-03..2024-11-03", "North Korea", 1}}},
		{"a statement is not where what it tells happened (review)",
			"The Unification Ministry said on [[Monday|2024-11-04]] that North Korean soldiers had been spotted near {{Cheorwon|city|KR|Gangwon}}.\n\nOfficials in {{Seoul|capital|KR|Seoul}} met later.",
			[]wantEvent{{"statement", pipeline.Occurred, "2024-11-04..2024-11-04", "Seoul", 1}}},
		{"state media speak for their state (review)",
			"The official KCNA news agency said on [[Tuesday|2024-11-05]] that the test had succeeded.\n\nThe launch came from {{Pyongyang|capital|KP|Pyongyang}}, {{South Korea|country|KR}} said.",
			[]wantEvent{{"statement", pipeline.Occurred, "2024-11-05..2024-11-05", "Pyongyang", 1}}},
		{"guard: a spokesman who could not confirm (review)",
			"A ministry spokesman in {{Seoul|capital|KR|Seoul}} said on [[Monday|2024-11-04]] that he could not confirm the report.",
			[]wantEvent{}},
		{"guard: a month and year after said is no day of saying (review)",
			"A human rights office in {{Seoul|capital|KR|Seoul}} said May 2023 marked the third year of the closure.",
			[]wantEvent{}},
		{"guard: said attributes another event",
			"The JCS said [[Monday|2024-10-14]] that the army fired warning shots near {{Paju|city|KR|Gyeonggi}}.",
			[]wantEvent{{"other", pipeline.Occurred, "", "Paju", 1}}},
		{"guard: a resident is no official",
			"A resident of {{Hyesan|city|KP|Ryanggang}} said on [[Monday|2024-10-14]] that the streets were quiet.",
			[]wantEvent{}},
		{"guard: an undated statement",
			"{{South Korea|country|KR}}'s unification ministry said that it was concerned.",
			[]wantEvent{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, blind45Opts, tc.want)
		})
	}
}

// TestSinceBeatsTheTelling checks that a state told in the present perfect
// starts on the day "since" names, not on the day a source reported it.
func TestSinceBeatsTheTelling(t *testing.T) {
	text := "Since [[the 14th|2022-05-14]], the city of {{Hyesan|city|KP|Ryanggang}} has been placed under a full lockdown, one partner reported by telephone on [[the 16th|2022-05-16]]."
	checkEvents(t, text, blind45Opts, []wantEvent{{"lockdown", pipeline.Occurred, "2022-05-14..2022-05-14", "Hyesan", 1}})
}

// TestSameGathering checks that an opening "At the same gathering," dates
// the sentence's event by the occasion told before.
func TestSameGathering(t *testing.T) {
	text := "A public trial was held in {{Pyongsong|city|KP|South Pyongan}} on [[March 3|2024-03-03]], where a man was executed.\n\n" +
		"At the same gathering, two people who had bought files from him were sentenced to 15 years."
	checkEvents(t, text, blind45Opts, []wantEvent{
		{"execution", pipeline.Occurred, "2024-03-03..2024-03-03", "Pyongsong", 1},
		{"sentence", pipeline.Occurred, "2024-03-03..2024-03-03", "Pyongsong", 1},
	})
}

// TestStateOfAnOrganisation checks that a place naming an organisation's
// state ("U.S. Forces Korea", "the China Coast Guard") is not where an event
// happened.
func TestStateOfAnOrganisation(t *testing.T) {
	text := "Guards opened fire on a boat off {{Sinpo|city|KP|South Hamgyong}} on [[Monday|2024-11-04]].\n\n" +
		"Guards opened fire again on [[Tuesday|2024-11-05]], a step confirmed by the {{China|country|CN}} Coast Guard."
	_, evs := extract(t, text, blind45Opts)
	for _, e := range evs {
		if e.PlaceName == "China" {
			t.Errorf("placed at the state of an organisation\n%s", dumpEvents(evs))
		}
	}
}
