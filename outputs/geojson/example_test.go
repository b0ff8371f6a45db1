package geojson_test

import (
	"fmt"
	"os"
	"time"

	"geotimeline/outputs/geojson"
	"geotimeline/pipeline"
)

func ExampleWrite() {
	events := []pipeline.Event{{
		ID: "d1#0-40#lockdown", Type: "lockdown", Modality: pipeline.Ongoing,
		Date:      pipeline.Interval{Start: pipeline.MakeDate(2021, time.March, 1), End: pipeline.MakeDate(2021, time.March, 31), Precision: pipeline.PrecisionMonth},
		DateBasis: pipeline.BasisExplicit,
		HasPlace:  true, PlaceName: "Hamhung",
		Place:    pipeline.Place{ID: "geonames:2045267", Name: "Hamhung", Lat: 39.9183349, Lon: 127.5364222, Country: "KP", Precision: pipeline.GeoCity},
		Doc:      pipeline.Document{ID: "d1"},
		Sentence: "Hamhung was sealed off in March 2021.",
		CharEnd:  37, Confidence: 0.8,
		Mentions: []pipeline.Mention{{DocID: "d1"}},
	}}
	if err := geojson.Write(os.Stdout, events); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"type":"FeatureCollection","features":[
	// {"id":"d1#0-40#lockdown","type":"Feature","geometry":{"type":"Point","coordinates":[127.536422,39.918335]},"properties":{"event_id":"d1#0-40#lockdown","event_type":"lockdown","summary":null,"actors":[],"modality":"ongoing","date_start":"2021-03-01","date_end":"2021-03-31","date_precision":"month","date_text":null,"date_basis":"explicit","place_name":"Hamhung","place":"Hamhung","place_id":"geonames:2045267","admin1":null,"country":"KP","geo_precision":"city","uncertainty_km":0,"lat":39.918335,"lon":127.536422,"doc_id":"d1","title":null,"source":null,"published":null,"sentence":"Hamhung was sealed off in March 2021.","char_start":0,"char_end":37,"confidence":0.8,"reported_by":null,"reported_on":null,"mentions":1,"doc_ids":["d1"],"merge_note":null}}
	// ]}
}

// Events are written as they come, one at a time, so that a corpus never
// has to be held in memory.
func ExampleEventWriter() {
	ew := geojson.NewEventWriter(os.Stdout)
	places := []pipeline.Place{
		{Name: "Hyesan", Lat: 41.401667, Lon: 128.1775},
		{Name: "Musan", Lat: 42.230556, Lon: 129.224722},
	}
	for i, pl := range places {
		ev := pipeline.Event{
			ID: fmt.Sprintf("d%d#0-20#arrest", i), Type: "arrest", Doc: pipeline.Document{ID: fmt.Sprintf("d%d", i)},
			HasPlace: true, PlaceName: pl.Name, Place: pl,
		}
		if err := ew.Add(&ev); err != nil {
			fmt.Println(err)
			return
		}
	}
	if err := ew.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"type":"FeatureCollection","features":[
	// {"id":"d0#0-20#arrest","type":"Feature","geometry":{"type":"Point","coordinates":[128.1775,41.401667]},"properties":{"event_id":"d0#0-20#arrest","event_type":"arrest","summary":null,"actors":[],"modality":null,"date_start":null,"date_end":null,"date_precision":"unknown","date_text":null,"date_basis":"none","place_name":"Hyesan","place":"Hyesan","place_id":null,"admin1":null,"country":null,"geo_precision":null,"uncertainty_km":0,"lat":41.401667,"lon":128.1775,"doc_id":"d0","title":null,"source":null,"published":null,"sentence":"","char_start":0,"char_end":0,"confidence":0,"reported_by":null,"reported_on":null,"mentions":0,"doc_ids":[],"merge_note":null}},
	// {"id":"d1#0-20#arrest","type":"Feature","geometry":{"type":"Point","coordinates":[129.224722,42.230556]},"properties":{"event_id":"d1#0-20#arrest","event_type":"arrest","summary":null,"actors":[],"modality":null,"date_start":null,"date_end":null,"date_precision":"unknown","date_text":null,"date_basis":"none","place_name":"Musan","place":"Musan","place_id":null,"admin1":null,"country":null,"geo_precision":null,"uncertainty_km":0,"lat":42.230556,"lon":129.224722,"doc_id":"d1","title":null,"source":null,"published":null,"sentence":"","char_start":0,"char_end":0,"confidence":0,"reported_by":null,"reported_on":null,"mentions":0,"doc_ids":[],"merge_note":null}}
	// ]}
}
