package basemap_test

import (
	"fmt"

	"geotimeline/outputs/basemap"
	"geotimeline/pipeline"
)

func ExampleFind() {
	pl := pipeline.Place{ID: "geonames:2039332", Name: "Ryanggang", Country: "KP", Precision: pipeline.GeoAdmin1}
	if a, ok := basemap.Find(&pl); ok {
		fmt.Println(a.Name, a.Local, a.Source(), len(a.Shape) > 0)
	}
	// Output:
	// Ryanggang 량강도 Natural Earth admin-1 true
}
