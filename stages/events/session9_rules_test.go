package events

import (
	"testing"

	"geotimeline/pipeline"
)

// TestSession9Crossings covers the word classes of the defection lines
// (session 9): a person's crossing into China or the South, and people
// returned, handed over or sent back by others, whoever the subject is
// among the people a flight is told of. Each row is our own sentence; the
// guards keep vehicles, tourists, habits and desertion out.
func TestSession9Crossings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a defector crossed into China", "A defector from {{Hyesan|city|KP|Ryanggang}} crossed into China on [[Oct. 3|2023-10-03]].", []string{"defection"}},
		{"a soldier crossed into the South", "A young soldier crossed into the South near {{Cheorwon|city|KR|Gangwon}} on [[Tuesday|2023-10-17]].", []string{"defection"}},
		{"fishermen returned, a relative clause between", "Two fishermen who drifted south last week were returned to the North at {{Panmunjom|city|KP|North Hwanghae}} on [[Friday|2023-10-20]].", []string{"defection"}},
		{"detainees handed over", "The detainees were handed over to the North at {{Namyang|city|KP|North Hamgyong}} on [[May 3|2024-05-03]].", []string{"defection"}},
		// guards from the review of session 9
		{"guard: a couple on honeymoon", "The couple crossed into China on [[Oct. 3|2023-10-03]] for their honeymoon in {{Dandong|city|CN|Liaoning}}.", []string{}},
		{"guard: they (trucks) crossed into China", "The trucks left {{Sinuiju|city|KP|North Pyongan}} at dawn on [[Tuesday|2023-10-17]], and by noon they crossed into China.", []string{}},
		{"guard: children sent back to class", "The children were sent back to their classrooms in {{Pyongyang|capital|KP|Pyongyang}} on [[Oct. 2|2023-10-02]].", []string{}},
		{"guard: handed over to the police", "The man was handed over to the police in {{Hyesan|city|KP|Ryanggang}} on [[Oct. 12|2023-10-12]].", []string{}},
		{"guard: volunteers who crossed the Yalu in 1950", "Chinese volunteers who crossed the Yalu River in [[October 1950|1950-10]] were honoured in {{Hoechang|county|KP|South Pyongan}}.", []string{}},
		{"guard: rice arrived on a boat", "Rice from China arrived on a cargo boat at {{Nampo|city|KP|South Pyongan}} on [[Oct. 5|2023-10-05]].", []string{}},
		{"arrived on a boat", "Two North Koreans arrived on a small wooden boat off {{Sokcho|city|KR|Gangwon}} on [[Oct. 12|2023-10-12]].", []string{"defection"}},
		{"guard: trucks crossed into China (no defection; traffic since session 16)", "The trucks crossed into China at {{Sinuiju|city|KP|North Pyongan}} on [[Monday|2023-10-16]].", []string{"other"}},
		{"guard: documents handed over", "The documents were handed over to the court in {{Seoul|capital|KR|Seoul}} on [[May 3|2024-05-03]].", []string{}},
		{"guard: a habit of crossing", "China says North Koreans who cross the border are economic migrants.", []string{}},
		{"guard: deserted streets", "The streets of {{Hyesan|city|KP|Ryanggang}} were deserted on [[Sunday|2023-10-15]].", []string{}},
		{"desertion is no flight", "Two soldiers of a unit stationed in {{Samsu|county|KP|Ryanggang}} deserted their post on [[Nov. 1|2019-11-01]].", []string{"other"}},
		{"a person handed over", "He was handed over to the North at {{Panmunjom|city|KP|North Hwanghae}} on [[Oct. 26|2021-10-26]].", []string{"defection"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}

// TestSession9Triggers covers wordings read in the sixteenth set (session
// 9): a missile named by its kind or name however many words stand
// between ("launched its first intercontinental-range missile"), a
// statement told to a briefing, happenings at sea.
func TestSession9Triggers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a missile after a long modifier", "North Korea launched its first intercontinental-range missile from an airfield near {{Kusong|city|KP|North Pyongan}} on [[July 4|2017-07-04]].", []string{"other"}},
		{"a missile by its name", "On [[Nov. 29|2017-11-29]], a Hwasong-15 launched from near {{Pyongsong|city|KP|South Pyongan}} flew for 53 minutes.", []string{"other"}},
		{"an ICBM fired", "The army fired an ICBM from {{Sunan|county|KP|Pyongyang}} on [[Dec. 18|2023-12-18]].", []string{"other"}},
		{"told a regular briefing", "A spokesperson for the Unification Ministry of {{South Korea|country|KR}} told a regular briefing [[Friday|2025-06-13]] that the government welcomed the move.", []string{"statement"}},
		{"guard: told a friend", "A spokesperson for the Unification Ministry of {{South Korea|country|KR}} told a friend [[Friday|2025-06-13]] that he was tired.", []string{}},
		{"picked up by a patrol vessel", "The sailor drifted south and was picked up by a Navy patrol vessel near {{Baengnyeong|city|KR|Incheon}} on [[Oct. 21, 2021|2021-10-21]].", []string{"other"}},
		{"a boat found on a beach", "A wooden boat was found on a beach on {{Sado|city|JP|Niigata}} on [[Monday|2019-11-25]].", []string{"other"}},
		{"guard: a phone found", "Agents said a phone was found in his house in {{Hyesan|city|KP|Ryanggang}} on [[Monday|2019-11-25]].", []string{}},
		{"guard: an editor fired", "Kim fired the editor of the Nodong Sinmun in {{Pyongyang|capital|KP|Pyongyang}} on [[Oct. 3|2023-10-03]].", []string{}},
		{"guard: the head of a missile bureau fired", "Kim fired the head of the missile bureau in {{Pyongyang|capital|KP|Pyongyang}} on [[Oct. 3|2023-10-03]].", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}

// TestSession9Lapse covers "The day after the trial, …": a lapse of one
// day from the trial's day, as "Two days after the trial" is two; and
// "Exactly two weeks after my arrest, …".
func TestSession9Lapse(t *testing.T) {
	text := "A public trial was held at the stadium in {{Kapsan|county|KP|Ryanggang}} on [[April 12|2022-04-12]].\n\nThe day after the trial, the county committee convened an emergency meeting of cadres."
	checkEvents(t, text, blind45Opts, []wantEvent{
		{"execution", pipeline.Occurred, "2022-04-12..2022-04-12", "Kapsan", 1},
		{"meeting", pipeline.Occurred, "2022-04-13..2022-04-13", "Kapsan", 1},
	})
	text = "Police arrested me in {{Yanji|city|CN|Jilin}} on [[3 March 2018|2018-03-03]].\n\nExactly two weeks after my arrest, we were sent back across the bridge to {{Namyang|city|KP|North Hamgyong}}."
	checkEvents(t, text, blind45Opts, []wantEvent{
		{"arrest", pipeline.Occurred, "2018-03-03..2018-03-03", "Yanji", 1},
		{"defection", pipeline.Occurred, "2018-03-17..2018-03-17", "Namyang", 1},
	})
}

// TestSession9OfYear covers a year after "of" that counts what its noun
// names ("the 15th typhoon of this year"): a date of the clause dates the
// event, and without one the year still does.
func TestSession9OfYear(t *testing.T) {
	checkEvents(t, "Rains brought by the 15th typhoon of [[this year|2015]] lashed {{Rason|admin1|KP|Rason}} on [[August 22|2015-08-22]].", blind45Opts, []wantEvent{
		{"other", pipeline.Occurred, "2015-08-22..2015-08-22", "Rason", 1},
	})
	checkEvents(t, "The fourth missile launch of [[2024|2024]] came from {{Sunan|county|KP|Pyongyang}}.", blind45Opts, []wantEvent{
		{"other", pipeline.Occurred, "2024-01-01..2024-12-31", "Sunan", 1},
	})
	// review: without a count the year is the event's own, not beaten by
	// a day the report's year was given to
	checkEvents(t, "The flood of [[2016|2016]] hit {{Musan|city|KP|North Hamgyong}} on [[Aug. 30|2023-08-30]].", blind45Opts, []wantEvent{
		{"other", pipeline.Occurred, "2016-01-01..2016-12-31", "Musan", 1},
	})
}

// TestSession9Shipped covers troops sent in the passive ("were shipped to
// Vladivostok"): they act at the goal, as with "dispatched … to", even
// when a later clause names the wider region.
func TestSession9Shipped(t *testing.T) {
	checkEvents(t, "About 11,000 troops were shipped to {{Vladivostok|city|RU|Primorye}} on [[Oct. 8|2024-10-08]] and trained in {{Russia|country|RU}}'s Far East.", blind45Opts, []wantEvent{
		{"deployment", pipeline.Occurred, "2024-10-08..2024-10-08", "Vladivostok", 1},
	})
}
