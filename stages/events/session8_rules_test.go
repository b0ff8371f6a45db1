package events

import (
	"testing"

	"geotimeline/pipeline"
)

// TestSession8Triggers covers wordings read in the twelfth blind set
// (session 8): a reply "in a statement" is a statement, "would be met
// with force" is no meeting, and a statement's day may follow the outlet
// that carried it ("said in a statement carried by KCNA late Thursday").
// Each row is our own sentence; the guards keep what the wording must not
// catch.
func TestSession8Triggers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"responded in a statement", "{{North Korea|country|KP}}'s General Staff responded in a statement on [[Thursday|2024-11-07]], warning of action.", []string{"statement"}},
		{"said in a statement carried by an outlet, late on a day", "The foreign ministry of {{North Korea|country|KP}} said in a statement carried by the official news agency [[late Thursday|2024-11-07]] that Seoul would pay a price.", []string{"statement"}},
		{"a meeting is still met with", "Kim met with the Russian delegation in {{Pyongyang|capital|KP|Pyongyang}} on [[Monday|2024-11-04]].", []string{"meeting"}},
		{"arrived by boat asking to stay", "Four North Koreans arrived by small wooden boat off {{Sokcho|city|KR|Gangwon}} on [[Oct. 24|2024-10-24]] and asked to be resettled in the South.", []string{"defection"}},
		{"walls built", "Army engineers built three new concrete wall sections near {{Kaesong|city|KP|North Hwanghae}} on [[Monday|2024-11-04]].", []string{"deployment"}},
		{"a veto cast", "{{Russia|country|RU}} used its veto at the Security Council in {{New York|city|US|New York}} on [[March 28|2024-03-28]].", []string{"other"}},
		{"a live-fire drill", "Marines held a live-fire drill on {{Yeonpyeong|city|KR|Incheon}} on [[Thursday|2024-11-07]].", []string{"other"}},
		{"guard: arrived by bus", "Traders arrived by bus in {{Hyesan|city|KP|Ryanggang}} on [[Monday|2024-11-04]].", []string{}},
		{"guard: not the first time", "Officials locked down {{Hoeryong|city|KP|North Hamgyong}} on [[Jan. 9|2024-01-09]]. This is not the first time the area has been sealed off.", []string{"lockdown"}},
		{"not the first time, with its own day", "This is not the first time: officials locked down {{Hoeryong|city|KP|North Hamgyong}} on [[Jan. 9|2024-01-09]].", []string{"lockdown"}},
		// read in the fourteenth set
		{"shot as he dashed across: the flight, not an execution", "A soldier was shot five times by his comrades as he dashed across the Joint Security Area at {{Panmunjom|city|KP|North Hwanghae}} in [[November 2017|2017-11]].", []string{"defection"}},
		{"shot as he was fleeing", "A soldier was shot as he was fleeing across the line near {{Kaesong|city|KP|North Hwanghae}} on [[May 3|2024-05-03]].", []string{"defection"}},
		{"guard: shot as they were tied to posts", "Two men were shot as they were tied to posts in {{Hyesan|city|KP|Ryanggang}} on [[May 3|2024-05-03]].", []string{"execution"}},
		{"guard: shot after a trial", "Two smugglers were shot in front of a crowd in {{Hyesan|city|KP|Ryanggang}} on [[March 10|2021-03-10]].", []string{"execution"}},
		{"grain confiscated from sellers", "On [[May 13|2021-05-13]], market officers in {{Hyesan|city|KP|Ryanggang}} confiscated corn from private grain sellers.", []string{"crackdown"}},
		{"guard: goods confiscated at customs", "Customs officers in {{Sinuiju|city|KP|North Pyongan}} confiscated smuggled phones on [[May 13|2021-05-13]].", []string{"smuggling"}},
		{"took away my brother", "In [[April 2017|2017-04]] agents came to our apartment in {{Kanggye|city|KP|Chagang}} and took away my younger brother.", []string{"arrest"}},
		{"checkpoints set up", "On [[Jan. 2|2021-01-02]], the squads set up checkpoints in {{Pyongsong|city|KP|South Pyongan}}.", []string{"crackdown"}},
		{"work on a fence", "Work on the new fence near {{Musan|city|KP|North Hamgyong}} began on [[April 3|2021-04-03]].", []string{"deployment"}},
		{"told reporters on a day", "A spokesman of {{Japan|country|JP}}'s government told reporters on [[Tuesday|2021-12-14]] that it was a threat.", []string{"statement"}},
		{"asked on a day, then said", "Asked about the reports at a briefing on [[Oct. 8|2021-10-08]], a foreign ministry spokesperson of {{China|country|CN}} said the cases were handled by law.", []string{"statement"}},
		{"a statement of a position: should not be returned", "The foreign ministry of {{South Korea|country|KR}} said [[Monday|2021-08-23]] that North Korean defectors should not be forcibly returned.", []string{"statement"}},
		{"a statement about a re-mentioned launch", "The government spokesman of {{Japan|country|JP}} said on [[Tuesday|2021-12-14]] the launch was a threat.", []string{"statement"}},
		{"guard: a said that reports a new arrest", "The ministry of {{North Korea|country|KP}} said on [[Monday|2021-08-23]] that police arrested five smugglers.", []string{"arrest"}},
		{"a customs office shut", "The customs office in {{Hyesan|city|KP|Ryanggang}} was shut on [[Jan. 22|2020-01-22]].", []string{"border_closure"}},
		{"soldiers captured", "Ukrainian forces captured two North Korean soldiers in {{Kursk|city|RU|Kursk}} on [[Jan. 9|2025-01-09]].", []string{"arrest"}},
		{"guard: images captured are no arrest (what they show of the day is an event since session 20)", "Satellite images captured on [[May 21|2023-05-21]] show a fence near {{Hoeryong|city|KP|North Hamgyong}}.", []string{"other"}},
		{"a statement dated at the opening", "On [[June 2|2024-06-02]], the vice defense minister of {{North Korea|country|KP}} said the launches would stop.", []string{"statement"}},
		{"a statement dated where it was released", "In that statement, released [[Monday|2024-03-25]], the sister of the leader of {{North Korea|country|KP}} said a summit was possible.", []string{"statement"}},
		{"guard: an opening day of another event", "On [[June 2|2024-06-02]], police in {{Hyesan|city|KP|Ryanggang}} arrested two traders, the ministry said.", []string{"arrest"}},
		{"met on a weekday", "Putin and Kim met Wednesday at a spaceport in {{Russia|country|RU}}.", []string{"meeting"}},
		{"a zone closed to tourists", "{{Rason|admin1|KP|Rason}} was closed to foreign tourists on [[Wednesday|2024-03-06]].", []string{"border_closure"}},
		{"sent back across a bridge", "The three were sent back across the bridge to {{Sinuiju|city|KP|North Pyongan}} on [[March 3|2024-03-03]].", []string{"defection"}},
		// a relative clause set off by commas ends where the main clause
		// resumes with its verb
		{"a relative clause closed by a comma and a verb", "My cousin, who had been held in a Chinese detention center, was among the people sent back to {{North Korea|country|KP}} through {{Dandong|city|CN|Liaoning}} in [[October|2023-10]].", []string{"defection"}},
		{"the relative clause keeps its own dated event", "The woman, who was arrested in {{Yanji|city|CN|Jilin}} on [[March 3|2023-03-03]], was sent back to {{North Korea|country|KP}} in [[April|2023-04]].", []string{"arrest", "defection"}},
		{"review 2: an undated relative clause keeps the main clause's day", "A North Korean soldier, who crossed the MDL in the central front, was guided to safety near {{Cheorwon|city|KR|Gangwon}} on [[Tuesday|2024-05-07]].", []string{"defection"}},
		{"guard: tourists left the country", "Russian tourists left {{North Korea|country|KP}} on [[Sunday|2024-05-05]].", []string{}},
		{"guard: remains returned", "The remains of the soldier were returned to {{North Korea|country|KP}} at {{Panmunjom|city|KP|North Hwanghae}} on [[Sunday|2024-05-05]].", []string{}},
		{"guard: a summer camp", "Students were sent to a summer camp in {{Wonsan|city|KP|Kangwon}} in [[July|2024-07]].", []string{}},
		// repatriations and departures in general wordings (session 8)
		{"deported to their homeland", "On [[March 3|2024-03-03]], authorities in {{China|country|CN}} deported about 60 North Koreans to their homeland.", []string{"defection"}},
		{"sent home", "{{China|country|CN}} sent 500 North Koreans home on [[Oct. 9, 2023|2023-10-09]].", []string{"defection"}},
		{"returned to the North, then a camp", "After being returned to the North in [[2020|2020]], he was sent to the camp at {{Jongo-ri|city|KP|North Hamgyong}}.", []string{"defection", "sentence"}},
		{"left the country", "He left {{North Korea|country|KP}} in [[2019|2019]].", []string{"defection"}},
		{"guard: a delegation returned home", "The delegation returned to {{Pyongyang|capital|KP|Pyongyang}} on [[March 3|2024-03-03]].", []string{}},
		// guards from the review of session 8
		{"review: a said over a definite event that took place keeps the event", "An official of {{South Korea|country|KR}} said on [[Tuesday|2024-05-07]] the execution of five people took place in {{Hyesan|city|KP|Ryanggang}} on [[May 2|2024-05-02]].", []string{"execution"}},
		{"review: a said over dated arrests keeps the arrests", "The ministry said on [[Monday|2024-05-06]] the arrests of three relatives were carried out in {{Musan|city|KP|North Hamgyong}} in [[April|2024-04]].", []string{"arrest"}},
		{"review: trucks driven across a bridge", "Chinese trucks loaded with flour were driven across the bridge into {{Sinuiju|city|KP|North Pyongan}} on [[Monday|2024-05-06]].", []string{}},
		{"review: soldiers captured on film", "Drone footage captured North Korean soldiers marching near {{Kaesong|city|KP|North Hwanghae}} on [[Tuesday|2024-05-07]].", []string{}},
		{"review: responded to the statement", "{{Pyongyang|capital|KP|Pyongyang}} responded to the statement with artillery fire on [[Friday|2024-05-03]].", []string{}},
		{"review: not the first time, then a dated lockdown in another clause", "This is not the first time authorities have sealed off the area, but the latest lockdown of {{Hyesan|city|KP|Ryanggang}}, which began on [[May 2|2024-05-02]], is the strictest yet.", []string{"lockdown"}},
		{"review: met a day's deadline", "Kim met Wednesday's deadline in {{Pyongyang|capital|KP|Pyongyang}} on [[May 8|2024-05-08]].", []string{}},
		{"would be met with force is no meeting, the saying a statement", "Any intrusion near {{Kaesong|city|KP|North Hwanghae}} would be met with force, the army said on [[Monday|2024-11-04]].", []string{"statement"}},
		{"guard: was met with protests", "The new rule in {{Hyesan|city|KP|Ryanggang}} was met with anger on [[Monday|2024-11-04]].", []string{}},
		{"guard: carried by a newspaper, no day", "The ministry said in a statement carried by newspapers in {{Pyongyang|capital|KP|Pyongyang}} that the talks were useful.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}

// TestSession8Places covers places read in the twelfth blind set: a
// country's ruling party in an apposition qualifies a person, it is not
// where the meeting was.
func TestSession8Places(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a ruling party's country in an apposition", "Kim met with Zhao, the third-ranking member of {{China|country|CN}}'s ruling Communist Party, in {{Pyongyang|capital|KP|Pyongyang}} on [[Saturday|2024-11-02]].", "Pyongyang"},
		{"a named party's country", "The envoy met with a secretary of {{North Korea|country|KP}}'s Workers' Party in {{Beijing|capital|CN|Beijing}} on [[Saturday|2024-11-02]].", "Beijing"},
		{"goods' origin is no place of the arrest", "Police in {{Hoeryong|city|KP|North Hamgyong}} watched the market.\n\nOn [[Monday|2024-11-04]], officers from the city's police detained a woman for selling medicine brought in from {{China|country|CN}}.", "Hoeryong"},
		{"goods made abroad", "Agents in {{Hyesan|city|KP|Ryanggang}} seized phones made in {{South Korea|country|KR}} on [[Monday|2024-11-04]].", "Hyesan"},
		{"a state body's meeting sits at its capital", "SEOUL, Nov. 5 -- {{South Korea|country|KR}}'s National Security Council held an emergency meeting on [[Tuesday|2024-11-05]].\n\nThe missile fell off {{Hamhung|city|KP|South Hamgyong}}. Officials in {{Seoul|capital|KR|Seoul}} were alarmed.", "Seoul"},
		{"a North Korean ministry's directive is North Korea's", "{{Seoul|capital|KR|Seoul}} officials watched.\n\nThe Ministry of State Security issued a directive on [[Dec. 20|2024-12-20]] against foreign films, a source told a reporter.\n\n{{North Korea|country|KP}} denies it.", "North Korea"},
		{"a statement told to reporters is made where its body sits", "SEOUL, July 9 -- {{Seoul|capital|KR|Seoul}} was calm.\n\nA JCS official told reporters on [[Friday|2021-07-09]] that no unusual movements had been spotted.", "Seoul"},
		{"a country's Far East is in the country", "Putin and Kim met on [[Wednesday|2023-09-13]] at a spaceport in {{Russia|country|RU}}'s Far East, where Putin said he would help {{Pyongyang|capital|KP|Pyongyang}}.", "Russia"},
		{"review 2: where a trader lives is where he was arrested", "The trader, who lives in {{Sinuiju|city|KP|North Pyongan}}, was arrested on [[Monday|2024-05-06]].", "Sinuiju"},
		{"review: a company named after a place is no place", "Tours to {{Rason|admin1|KP|Rason}} were paused until further notice, {{Koryo|city|KP|North Pyongan}} Tours said on [[Friday|2024-05-10]].", "Rason"},
		{"where a defector lives now is not where she fled", "The defector fled {{Hyesan|city|KP|Ryanggang}} in [[2014|2014]] and now lives in {{Seoul|capital|KR|Seoul}}.", "Hyesan"},
		{"review: filmed in a town is where it happened", "Footage filmed in {{Hyesan|city|KP|Ryanggang}} on [[March 3|2024-03-03]] shows a public execution of two men.", "Hyesan"},
		{"review: a leader's meeting abroad stays where the paragraph put him", "Kim traveled by train to {{Vladivostok|city|RU|Primorsky}} on [[Tuesday|2024-05-07]]. {{North Korea|country|KP}}'s leader met the Russian president at a spaceport on [[Wednesday|2024-05-08]].", "Vladivostok"},
		{"guard: a country's party congress is still there", "{{North Korea|country|KP}}'s party congress opened on [[Saturday|2024-11-02]].", "North Korea"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, evs := extract(t, tt.text, blind45Opts)
			if len(evs) != 1 || evs[0].PlaceName != tt.want {
				why := ""
				if len(evs) > 0 {
					why = evs[0].PlaceWhy
				}
				t.Errorf("got %s (%s), want one event in %s", dumpEvents(evs), why, tt.want)
			}
		})
	}
}

// TestSession8OneOccasion covers a report of one occasion: what a later
// paragraph tells with "the meeting", "the results" happened on the one
// day the report dates — not when the report dates a second day, and not
// without the reference back.
func TestSession8OneOccasion(t *testing.T) {
	tests := []struct {
		name, text string
		want       []wantEvent
	}{
		{"instructions after the results of a dated test",
			"The army conducted a missile test near {{Sukchon|city|KP|South Pyongan}} on [[April 17|2024-04-17]].\n\nExpressing satisfaction over the results, Kim gave instructions to expand production.",
			[]wantEvent{{"other", pipeline.Occurred, "2024-04-17..2024-04-17", "Sukchon", 1}, {"order", pipeline.Occurred, "2024-04-17..2024-04-17", "Sukchon", 1}}},
		{"guard: a second day told makes two occasions",
			"The army conducted a missile test near {{Sukchon|city|KP|South Pyongan}} on [[April 17|2024-04-17]].\n\nA similar launch took place on [[April 2|2024-04-02]].\n\nExpressing satisfaction over the results, Kim gave instructions to expand production.",
			[]wantEvent{{"other", pipeline.Occurred, "2024-04-17..2024-04-17", "Sukchon", 1}, {"other", pipeline.Occurred, "2024-04-02..2024-04-02", "Sukchon", 1}, {"order", pipeline.Occurred, "", "Sukchon", 1}}},
		{"review: another occasion of the same kind is not the occasion",
			"Kim presided over a meeting of the Politburo in {{Pyongyang|capital|KP|Pyongyang}} on [[Sunday|2024-05-05]].\n\nDefectors who attended a rally in {{Seoul|capital|KR|Seoul}} said the event drew hundreds.",
			[]wantEvent{{"meeting", pipeline.Occurred, "2024-05-05..2024-05-05", "Pyongyang", 1}, {"meeting", pipeline.Occurred, "", "Seoul", 1}}},
		{"review: an occasion of another kind is not the occasion",
			"A public trial was held at the stadium in {{Hyesan|city|KP|Ryanggang}} on [[March 12|2024-03-12]].\n\nSuch trials became more common after the party meeting that set out the new law.",
			[]wantEvent{{"execution", pipeline.Occurred, "2024-03-12..2024-03-12", "Hyesan", 1}, {"meeting", pipeline.Occurred, "", "Hyesan", 1}}},
		{"a lapse after an earlier dated event of the noun's kind",
			"A public trial was held at the stadium in {{Hyesan|city|KP|Ryanggang}} on [[April 27|2023-04-27]].\n\nTwo days after the trial, agents began searching homes in the city.",
			[]wantEvent{{"execution", pipeline.Occurred, "2023-04-27..2023-04-27", "Hyesan", 1}, {"crackdown", pipeline.Occurred, "2023-04-29..2023-04-29", "Hyesan", 1}}},
		{"guard: a lapse after an event dated only to a month",
			"A public trial was held at the stadium in {{Hyesan|city|KP|Ryanggang}} in [[April|2023-04]].\n\nTwo days after the trial, agents began searching homes in the city.",
			[]wantEvent{{"execution", pipeline.Occurred, "2023-04-01..2023-04-30", "Hyesan", 1}, {"crackdown", pipeline.Occurred, "", "Hyesan", 1}}},
		{"review 2: a list of participles stays in the relative clause",
			"Her husband, who was detained in {{Yanji|city|CN|Jilin}} in [[2019|2019]], repatriated and sent to a prison camp, died in custody [[last year|2023]].",
			[]wantEvent{{"sentence", pipeline.Occurred, "2019-01-01..2019-12-31", "Yanji", 1}}},
		{"guard: no reference back",
			"Heavy rain flooded farms in {{Hamhung|city|KP|South Hamgyong}} on [[Aug. 12|2022-08-12]].\n\nOfficials ordered each household to supply two workers.",
			[]wantEvent{{"other", pipeline.Occurred, "2022-08-12..2022-08-12", "Hamhung", 1}, {"order", pipeline.Occurred, "", "Hamhung", 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, tt.text, blind45Opts, tt.want)
		})
	}
}

func TestSession8Boilerplate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"www.kcna.kp (Juche113.4.18.)", true},
		{"https://example.org/report (April 18, 2024)", true},
		{"WWW.EXAMPLE.COM", true},
		{"Police arrested five traders at www.example.com's office.", false},
		{"Officials visited the site.", false},
	}
	for _, tc := range tests {
		if got := isBoilerplate(tc.in); got != tc.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
