package events

import "testing"

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
		{"a family crossed into China", "A family of four from {{Hyesan|city|KP|Ryanggang}} crossed into China on [[Oct. 3|2023-10-03]].", []string{"defection"}},
		{"a soldier crossed into the South", "A young soldier crossed into the South near {{Cheorwon|city|KR|Gangwon}} on [[Tuesday|2023-10-17]].", []string{"defection"}},
		{"fishermen returned, a relative clause between", "Two fishermen who drifted south last week were returned to the North at {{Panmunjom|city|KP|North Hwanghae}} on [[Friday|2023-10-20]].", []string{"defection"}},
		{"detainees handed over", "The detainees were handed over to border guards at {{Namyang|city|KP|North Hamgyong}} on [[May 3|2024-05-03]].", []string{"defection"}},
		{"a crossing of the river by a mother", "Her mother crossed the frozen Tumen near {{Onsong|city|KP|North Hamgyong}} in [[January 2015|2015-01]].", []string{"defection"}},
		{"arrived on a boat", "Two North Koreans arrived on a small wooden boat off {{Sokcho|city|KR|Gangwon}} on [[Oct. 12|2023-10-12]].", []string{"defection"}},
		{"guard: trucks crossed into China", "The trucks crossed into China at {{Sinuiju|city|KP|North Pyongan}} on [[Monday|2023-10-16]].", []string{}},
		{"guard: documents handed over", "The documents were handed over to the court in {{Seoul|capital|KR|Seoul}} on [[May 3|2024-05-03]].", []string{}},
		{"guard: a habit of crossing", "China says North Koreans who cross the border are economic migrants.", []string{}},
		{"guard: deserted streets", "The streets of {{Hyesan|city|KP|Ryanggang}} were deserted on [[Sunday|2023-10-15]].", []string{}},
		{"desertion is no flight", "Two soldiers of a unit stationed in {{Samsu|county|KP|Ryanggang}} deserted their post on [[Nov. 1|2019-11-01]].", []string{"other"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTypes(t, tt.text, blind45Opts, tt.want)
		})
	}
}
