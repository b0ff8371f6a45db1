package geojson_test

import (
	"geotimeline/outputs/internal/testevents"
	"geotimeline/pipeline"
)

// fixture returns the events shared by the output tests (see testevents.Fixture).
func fixture() []pipeline.Event { return testevents.Fixture() }
