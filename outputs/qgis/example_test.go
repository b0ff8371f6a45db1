package qgis_test

import (
	"bytes"
	"fmt"
	"strings"

	"geotimeline/outputs/qgis"
	"geotimeline/pipeline"
)

func ExampleWriteStyle() {
	events := []pipeline.Event{{Type: "lockdown"}, {Type: "arrest"}}
	var buf bytes.Buffer
	if err := qgis.WriteStyle(&buf, events, qgis.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	// Save it as events.qml beside events.geojson; QGIS applies it on opening.
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.Contains(line, "<category ") || strings.Contains(line, "<temporal ") {
			fmt.Println(strings.TrimSpace(line)[:60])
		}
	}
	// Output:
	// <temporal enabled="1" mode="2" startField="date_start" endFi
	// <category render="true" symbol="0" value="arrest" label="arr
	// <category render="true" symbol="1" value="lockdown" label="l
	// <category render="true" symbol="2" value="" label="other" ty
}

// A streaming run collects the distinct types as the events pass (for
// example with plot.Summary.Types) and writes the style from them.
func ExampleWriteStyleTypes() {
	var buf bytes.Buffer
	if err := qgis.WriteStyleTypes(&buf, []string{"order", "arrest"}, qgis.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Count(buf.String(), "<category "), "categories")
	// Output:
	// 3 categories
}
