package plot_test

import (
	"geotimeline/outputs/internal/testevents"
	"geotimeline/pipeline"
)

// fixture returns the events shared by the output tests (see testevents.Fixture).
func fixture() []pipeline.Event { return testevents.Fixture() }

// many returns n crowded synthetic events (see testevents.Many).
func many(n int) []pipeline.Event { return testevents.Many(n) }
