package main

import (
	"slices"
	"testing"
)

// TestSession12EndToEnd runs `extract` on passages of our own through every
// stage, for the rules of session 12: a law made is an order, and the
// penalty a law provides is no execution; a rail link or crossing reopened
// and freight trains resumed are events; people taken to a police station
// are detained (not when taken there for a lecture), and written
// self-criticisms are no meeting; a tie among namesake villages goes to the one
// nearest the report's town; a yearless dateline takes its year from the
// weekday of the telling after the latest month the text reports; a
// meeting's topic with a time of its own is its own event, a place it
// discusses is not where it sat, and a decision it adopted is an order;
// sentences one is told to expect lie ahead; the lede's event takes the
// finer date, as it took the place, of the sentence that tells where;
// inmates of a camp are people, not a sentence; "the North" as the subject
// is North Korea's government; a footnote ("*ASIAPRESS …") tells no event.
func TestSession12EndToEnd(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  []string // event type, date_start and place of each event
	}{
		{"a law enacted is an order; the penalty it prescribes is none",
			"New law\n\nNorth Korea enacted a law on reactionary thought in Pyongyang in December 2020, which prescribes up to the death penalty.\n", "2022-09-15",
			[]string{"order 2020-12-01 Pyongyang"}},
		{"a penalty something is punishable by is none",
			"Films\n\nWatching the dramas in Hyesan is punishable by up to five years in a labor camp, a source said on Sept. 3.\n", "2022-09-15",
			[]string{}},
		{"a rail link reopened",
			"Freight\n\nThe North reopened a freight rail link with China through Sinuiju on Aug. 25.\n", "2022-09-15",
			[]string{"other 2022-08-25 Sinuiju"}},
		{"freight trains resumed",
			"Freight\n\nThe two countries resumed freight trains between Sinuiju and Dandong on Jan. 16.\n", "2022-09-15",
			[]string{"other 2022-01-16 Sinuiju"}},
		{"people taken to a police station are detained; self-criticisms written are no meeting",
			"Protest\n\nIn Chongjin on Aug. 31, a dozen women were taken to the police station, and were released after writing self-criticisms.\n", "2022-09-07",
			[]string{"arrest 2022-08-31 Chongjin"}},
		{"a tie among namesake villages goes to the one nearest the report's town",
			"Market shut\n\nAuthorities in Chongjin, North Hamgyong Province, shut the Sunam market on August 30 after fever cases.\n", "2022-09-07",
			[]string{"lockdown 2022-08-30 Sunam"}},
		{"a yearless dateline dated by the telling's weekday",
			"Executions\n\nSEOUL, Sept. 15 (Yonhap) -- North Korea publicly executed two people in Hyesan in October last year, the spy agency told lawmakers Thursday.\nNorth Korea enacted a law on foreign media in December 2020.\n", "",
			[]string{"execution 2021-10-01 Hyesan", "order 2020-12-01 North Korea"}},
		{"a meeting's topic with a time of its own is its own event; the meeting's re-mention joins the meeting",
			"Politburo\n\nAn enlarged meeting of the Politburo was held on September 9 in Pyongyang. The meeting also discussed measures to reduce damage to crops from the heavy rain that hit some areas of South Hamgyong Province from August 28 to 31.\n", "2022-09-10",
			[]string{"meeting 2022-09-09 Pyongyang", "other 2022-08-28 South Hamgyong"}},
		{"a place a meeting discusses is not where it sat",
			"Politburo\n\nAn enlarged meeting of the Politburo was held on September 9 in Pyongyang. The meeting also discussed flood damage in South Hamgyong Province.\n", "2022-09-10",
			[]string{"meeting 2022-09-09 Pyongyang"}},
		{"a decision a meeting adopted is an order at the meeting",
			"Politburo\n\nAn enlarged meeting of the Politburo was held on September 9 in Pyongyang. The meeting adopted a decision on strengthening the guard of the border.\n", "2022-09-10",
			[]string{"meeting 2022-09-09 Pyongyang", "order 2022-09-09 Pyongyang"}},
		{"sentences families are told to expect lie ahead",
			"Phones\n\nSecurity agents in Hyesan detained six residents on Sept. 8. Their families have been told to expect sentences of at least five years.\n", "2022-09-14",
			[]string{"arrest 2022-09-08 Hyesan", "sentence 2022-09-14 Hyesan planned"}},
		{"the lede's event takes the finer date of the sentence that tells where",
			"Troops\n\nSEOUL, Oct. 23 (Yonhap) -- North Korea has sent about 3,000 troops to Russia this month, the spy agency told lawmakers Wednesday.\nThe troops were shipped from Chongjin on Russian navy ships between Oct. 8 and 13, the agency said.\n", "2024-10-23",
			[]string{"deployment 2024-10-08 Chongjin"}},
		{"inmates of a camp are people, not a sentence; the report's release is a statement",
			"Report\n\nA report released on Tuesday in Seoul by a rights group draws on interviews with 30 former inmates of the Jongo-ri labour camp in Hoeryong.\n", "2023-11-09",
			[]string{"statement 2023-11-07 Seoul"}},
		{"guard: victims of an execution",
			"Names\n\nVictims of the execution in Hyesan on March 3 were named.\n", "2023-04-01",
			[]string{"execution 2023-03-03 Hyesan"}},
		{"the North as the subject is North Korea's government",
			"Law\n\nPolice in Hyesan, North Korea, arrested three smugglers on Monday. The North enacted a law on foreign media in December 2020.\n", "2022-09-15",
			[]string{"arrest 2022-09-12 Hyesan", "order 2020-12-01 North Korea"}},
		{"guard: a province named after the North",
			"Law\n\nPolice in Hyesan, North Korea, arrested three smugglers on Monday. The North Pyongan assembly enacted a law on smuggling in December 2020.\n", "2022-09-15",
			[]string{"arrest 2022-09-12 Hyesan", "order 2020-12-01 North Pyongan"}},
		{"a footnote tells no event; a Markdown bullet does",
			"Lockdown\n\n* Police in Hyesan arrested two smugglers on Sept. 3.\n\n*ASIAPRESS reaches its partners in Hyesan with Chinese phones smuggled across the border.\n", "2022-09-10",
			[]string{"arrest 2022-09-03 Hyesan"}},
		{"review: a follow-up sentence dated only by its telling keeps the occasion's date",
			"Hospital\n\nKim Jong Un inspected a hospital in Pyongyang on Aug. 3. He gave instructions to build a new ward there, KCNA reported on Sunday.\n", "2022-08-09",
			[]string{"other 2022-08-03 Pyongyang", "order 2022-08-03 Pyongyang"}},
		{"review: people taken to a police station for a lecture are not detained",
			"Lecture\n\nOfficials were taken to the security office in Chongjin on Sept. 3 for a lecture on anti-socialist behavior.\n", "2022-09-15",
			[]string{"meeting 2022-09-03 Chongjin"}},
		{"review: the guards of a prison who execute",
			"Prison\n\nGuards of the prison executed three inmates in Kaechon on March 3, 2019, a defector said.\n", "2022-09-15",
			[]string{"execution 2019-03-03 Kaechon"}},
		{"review: a provision in an aside governs nothing past it",
			"Decree\n\nThe decree, which prescribes harsh penalties, led police to arrest 30 people in Sinuiju on Aug. 3.\n", "2022-09-15",
			[]string{"order 2022-08-03 Sinuiju", "arrest 2022-08-03 Sinuiju"}},
		{"review: a meeting does not take its topic's date; the topic with its own time is an event",
			"Plenum\n\nAn enlarged meeting of the Politburo was held on Sept. 2 in Pyongyang. The meeting discussed flood damage in Sinuiju in July.\n", "2024-09-10",
			[]string{"meeting 2024-09-02 Pyongyang", "other 2024-07-01 Sinuiju"}},
		{"a state shutting its border acts in its own country, not in another its clause names",
			"Border\n\nNorth Korea sealed its borders in January 2020 as the coronavirus spread in China.\n", "2023-05-01",
			[]string{"border_closure 2020-01-01 North Korea"}},
		{"guard: China closing its side",
			"Border\n\nChina closed its border with North Korea on Monday.\n", "2023-05-01",
			[]string{"border_closure 2023-05-01 China"}},
		{"a day with the length written beside it is a span",
			"Market\n\nPolice shut down the Musan market for three days from June 5 after a fight. The city of Hyesan was sealed off from the 3rd for two weeks.\n", "2023-06-22",
			[]string{"lockdown 2023-06-05 Musan", "lockdown 2023-06-03 Hyesan"}},
		{"regret expressed over an event told before is the speaker's statement",
			"Repatriation\n\nSouth Korea's Unification Ministry on Monday expressed deep regret over the reported repatriation.\n", "2024-06-05",
			[]string{"statement 2024-06-03 South Korea"}},
		{"the South's troops answering are no deployment (the warning shots are an event)",
			"Border\n\nSouth Korean troops fired warning shots near Cheorwon on June 9, the military said.\n", "2024-06-10",
			[]string{"other 2024-06-09 Cheorwon"}},
		{"guard: North Korean troops sent",
			"Border\n\nNorth Korean troops crossed the Tumen River bridge into Russia on Oct. 11.\n", "2024-10-20",
			[]string{"deployment 2024-10-11 Tumen River"}},
		{"the South's military watching is no crackdown",
			"Launch\n\nOur military has strengthened surveillance and vigilance in preparation for additional launches, the JCS said on Monday.\n", "2024-06-05",
			[]string{}},
		{"a state stepping up patrols along a border acts in its own country",
			"Border\n\nNorth Korea stepped up patrols along the border with South Korea on Monday.\n", "2024-06-05",
			[]string{"crackdown 2024-06-03 North Korea"}},
		{"review: a meeting's own date after its topic",
			"Politburo\n\nAn enlarged Politburo meeting, which discussed anti-epidemic measures, was held in Pyongyang on June 5, KCNA said.\n", "2022-09-15",
			[]string{"meeting 2022-06-05 Pyongyang"}},
		{"review: people taken to a police station to be questioned are detained",
			"Traders\n\nThree traders were taken to the police station in Sinuiju on June 5 to be questioned about smuggling.\n", "2022-09-15",
			[]string{"arrest 2022-06-05 Sinuiju"}},
		{"review: a span is no longer than the report knows, and an arrest keeps its day",
			"Lockdown\n\nNorth Korea imposed a lockdown in Hyesan for two weeks from Sept. 10. A man was held in a detention center in Hyesan for 15 days from the 3rd.\n", "2022-09-15",
			[]string{"lockdown 2022-09-10 Hyesan", "arrest 2022-09-03 Hyesan"}},
		{"review: the North closing its border, a country named after it",
			"Trade\n\nNorth Korea's trade fell. The North closed its border in January 2020 as the coronavirus spread in China.\n", "2022-09-15",
			[]string{"border_closure 2020-01-01 North Korea"}},
		{"troops told as present somewhere are no sending",
			"Troops\n\nAn estimated 11,000 North Korean troops are now in Russia, the spy agency said on Monday. The DMZ is guarded by hundreds of thousands of troops on both sides.\n", "2024-12-23",
			[]string{}},
		{"the spy agency is a body, not a spy",
			"Arrest\n\nPolice arrested a man in Hyesan on Monday. The man was a trader, the spy agency said on Monday.\n", "2024-12-23",
			[]string{"arrest 2024-12-23 Hyesan"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, stdout := extractedEvents(t, tc.text, tc.published, func(e extractedEvent) string {
				if e.Mod != "occurred" {
					return e.Type + " " + e.Date + " " + e.Place + " " + e.Mod
				}
				return e.Type + " " + e.Date + " " + e.Place
			})
			if !slices.Equal(got, tc.want) {
				t.Errorf("events = %q, want %q\n%s", got, tc.want, stdout)
			}
		})
	}
}
