package geojson_test

import (
	"fmt"

	"github.com/paulmach/orb"

	"geotimeline/outputs/geojson"
)

func ExampleCircle() {
	r := geojson.Circle(orb.Point{128.1775, 41.401667}, 10, 64)
	fmt.Println(len(r), r.Closed(), r.Orientation() == orb.CCW)
	fmt.Println(r[0]) // due east of the centre
	// Output:
	// 65 true true
	// [128.297395 41.401605]
}
