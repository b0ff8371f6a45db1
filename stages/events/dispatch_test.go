package events

import (
	"fmt"
	"testing"

	"geotimeline/pipeline"
)

// wantEvent is the part of an event TestDispatches checks.
type wantEvent struct {
	typ      string
	modality pipeline.Modality
	date     string // "start..end", "" when undated
	place    string // PlaceName, "" when unplaced
	mentions int
}

func (w wantEvent) String() string {
	return fmt.Sprintf("%s/%s %q @%q ×%d", w.typ, w.modality, w.date, w.place, w.mentions)
}

func gotEvents(evs []pipeline.Event) []wantEvent {
	out := []wantEvent{}
	for _, e := range evs {
		w := wantEvent{typ: e.Type, modality: e.Modality, mentions: len(e.Mentions)}
		if e.Date.Known() {
			w.date = e.Date.Start.String() + ".." + e.Date.End.String()
		}
		if e.HasPlace {
			w.place = e.PlaceName
		}
		out = append(out, w)
	}
	return out
}

// TestDispatches runs short dispatches written for this test — several
// outlets' phrasings of the events analysts follow — through the stage.
func TestDispatches(t *testing.T) {
	pub := itemOpts{docDate: pipeline.MakeDate(2022, 9, 20), basis: pipeline.BasisPublished}
	tests := []struct {
		name, text string
		o          itemOpts
		want       []wantEvent
	}{
		{"public execution, source in the province",
			"Authorities publicly executed three men in {{Chongjin|city|KP|North Hamgyong}} on [[March 4|2021-03-04]] for distributing South Korean films, a source in {{North Hamgyong Province|admin1|KP|North Hamgyong|source}} told Daily NK.",
			itemOpts{}, []wantEvent{{"execution", pipeline.Occurred, "2021-03-04..2021-03-04", "Chongjin", 1}}},
		{"defectors arrested in China",
			"Chinese police arrested five North Korean defectors at a safe house in {{Shenyang|city|CN|Liaoning}} in [[early June|2021-06]], according to a rescue group.",
			itemOpts{}, []wantEvent{{"arrest", pipeline.Occurred, "2021-06-01..2021-06-30", "Shenyang", 1}}},
		{"forced repatriation",
			"{{China|country|CN}} forcibly repatriated about 50 North Koreans through {{Dandong|city|CN|Liaoning}} in [[October 2023|2023-10]], a human rights group said.",
			itemOpts{}, []wantEvent{{"defection", pipeline.Occurred, "2023-10-01..2023-10-31", "Dandong", 1}}},
		{"troops sent to a city",
			"The Korean People's Army sent two battalions of troops to {{Hyesan|city|KP|Ryanggang}} on [[Jan. 9|2022-01-09]] to reinforce guard posts along the river.",
			itemOpts{}, []wantEvent{{"deployment", pipeline.Occurred, "2022-01-09..2022-01-09", "Hyesan", 1}}},
		{"plenum in the capital",
			"The Workers' Party of Korea opened a plenary meeting in {{Pyongyang|capital|KP|Pyongyang}} on [[Dec. 26|2023-12-26]], state media reported.",
			itemOpts{}, []wantEvent{{"meeting", pipeline.Occurred, "2023-12-26..2023-12-26", "Pyongyang", 1}}},
		{"warning by a government",
			"{{North Korea|country|KP}} warned on [[April 3|2023-04-03]] that it would answer the joint drills with overwhelming force.",
			itemOpts{}, []wantEvent{{"statement", pipeline.Occurred, "2023-04-03..2023-04-03", "North Korea", 1}}},
		{"denied execution",
			"Officials in {{Sinuiju|city|KP|North Pyongan}} denied that any traders had been executed in [[May 2022|2022-05]].",
			itemOpts{}, []wantEvent{{"execution", pipeline.Negated, "2022-05-01..2022-05-31", "Sinuiju", 1}}},
		{"planned lockdown",
			"Authorities plan to seal off {{Hyesan|city|KP|Ryanggang}} again [[next month|2022-10|dct]], residents said.",
			pub, []wantEvent{{"lockdown", pipeline.Planned, "2022-10-01..2022-10-31", "Hyesan", 1}}},
		{"border town shut is a lockdown",
			"Residents of {{Manpo|city|KP|Chagang}} say prices doubled after the border town was shut in [[August|2022-08|dct]].",
			pub, []wantEvent{{"lockdown", pipeline.Occurred, "2022-08-01..2022-08-31", "Manpo", 1}}},
		{"told X to VERB is an order, placed where the source is",
			"{{North Korea|country|KP}}'s Ministry of Social Security told market managers on [[June 2|2021-06-02]] to report anyone selling smuggled goods, a source in {{Ryanggang Province|admin1|KP|Ryanggang|source}} said.\n\n" +
				"The source said the instruction came from Kim Jong Un himself.",
			itemOpts{}, []wantEvent{{"order", pipeline.Occurred, "2021-06-02..2021-06-02", "Ryanggang Province", 2}}},
		{"ordered to clamp down is a crackdown, ordered",
			"Security forces in {{Hamhung|city|KP|South Hamgyong}} have been told to clamp down on drug dealers, a resident said on [[Sept. 14|2022-09-14|dct]].",
			pub, []wantEvent{{"crackdown", pipeline.Ordered, "2022-09-14..2022-09-14", "Hamhung", 1}}},
		{"generic statements yield nothing",
			"Public executions are common in border areas. Smuggling has long been a way of life in {{Hyesan|city|KP|Ryanggang}}. Prison terms for first offenders can be short.",
			pub, []wantEvent{}},
		{"purpose is not a happening",
			"Police launched a campaign in {{Musan|city|KP|North Hamgyong}} designed to reduce the number of defections.",
			pub, []wantEvent{{"crackdown", pipeline.Occurred, "", "Musan", 1}}},
		{"in order to is not an order",
			"Guards in {{Hoeryong|city|KP|North Hamgyong}} patrol the river at night in order to catch smugglers, a source said on [[Sept. 2|2022-09-02|dct]].",
			pub, []wantEvent{{"crackdown", pipeline.Occurred, "", "Hoeryong", 1}}},
		{"lede restated, then told in full",
			"Having sealed off {{Hyesan|city|KP|Ryanggang}} to stop the virus, authorities are now rationing food.\n\n" +
				"The city was sealed on [[Aug. 3|2022-08-03|dct]] after a fever case, a resident said.",
			pub, []wantEvent{{"lockdown", pipeline.Occurred, "2022-08-03..2022-08-03", "Hyesan", 2}}},
		{"a reference to an untold event is background",
			"Residents blamed the recent plenary meeting for the price rises in {{Hyesan|city|KP|Ryanggang}}.",
			pub, []wantEvent{}},
		{"country of an organisation is not the place",
			"{{South Korea|country|KR}}'s National Intelligence Service said {{North Korea|country|KP}} executed a senior official in [[July|2022-07|dct]].",
			pub, []wantEvent{{"execution", pipeline.Occurred, "2022-07-01..2022-07-31", "North Korea", 1}}},
		{"fear of punishment is not punishment",
			"Fear of punishment – even of execution – for smuggling has spread through {{Hyesan|city|KP|Ryanggang}}.",
			pub, []wantEvent{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, tc.o, tc.want)
		})
	}
}
