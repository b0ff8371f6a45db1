package qgis

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"slices"
	"strconv"
	"strings"

	"geotimeline/pipeline"
)

// Options configure the style. The zero value is ready to use.
type Options struct {
	// MarkerSize is the diameter, in millimetres, of the symbol of an event
	// reported once; symbols grow with the square root of mentions.
	// Default 2.5.
	MarkerSize float64
	// FontFamily is the label font. Default "Sans Serif".
	FontFamily string
	// Areas styles a polygon layer (events_extent.geojson) instead of the
	// point layer: translucent fills outlined in the type's colour, no
	// labels; the categories and temporal settings are the same.
	Areas bool
}

// Palette returns the colour of the i-th category: Tableau 10, the
// palette of the plots, repeating past ten.
func Palette(i int) color.NRGBA {
	p := [...]color.NRGBA{
		{0x4E, 0x79, 0xA7, 0xFF}, {0xF2, 0x8E, 0x2B, 0xFF}, {0xE1, 0x57, 0x59, 0xFF}, {0x76, 0xB7, 0xB2, 0xFF},
		{0x59, 0xA1, 0x4F, 0xFF}, {0xED, 0xC9, 0x48, 0xFF}, {0xB0, 0x7A, 0xA1, 0xFF}, {0xFF, 0x9D, 0xA7, 0xFF},
		{0x9C, 0x75, 0x5F, 0xFF}, {0xBA, 0xB0, 0xAC, 0xFF},
	}
	return p[i%len(p)]
}

// Types returns the distinct non-empty event types of events, sorted.
func Types(events []pipeline.Event) []string {
	seen := map[string]bool{}
	var types []string
	for i := range events {
		if t := events[i].Type; t != "" && !seen[t] {
			seen[t] = true
			types = append(types, t)
		}
	}
	slices.Sort(types)
	return types
}

// WriteStyle writes the style of the events layer to w. It returns the
// first write error. It is WriteStyleTypes over Types(events).
func WriteStyle(w io.Writer, events []pipeline.Event, opts Options) error {
	return WriteStyleTypes(w, Types(events), opts)
}

// WriteStyleTypes writes the style of the events layer to w for events of
// the given types: one category per distinct non-empty type, in sorted
// order whatever the order given (so plot.Summary.Types or Types of all
// the events, as written, give the style WriteStyle writes). It returns
// the first write error.
func WriteStyleTypes(w io.Writer, types []string, opts Options) error {
	types = slices.DeleteFunc(slices.Clone(types), func(t string) bool { return t == "" })
	slices.Sort(types)
	types = slices.Compact(types)
	size := opts.MarkerSize
	if size <= 0 {
		size = 2.5
	}
	font := opts.FontFamily
	if font == "" {
		font = "Sans Serif"
	}
	bw := bufio.NewWriter(w)
	x := &xmlWriter{w: bw}
	x.line(0, "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>")
	labels := "1"
	if opts.Areas {
		labels = "0"
	}
	x.open(0, "qgis", "version", "3.22.16-Białowieża", "styleCategories", "Symbology|Labeling|Temporal", "labelsEnabled", labels)
	x.open(1, "temporal", "enabled", "1", "mode", "2", "startField", "date_start", "endField", "date_end",
		"limitMode", "1", "accumulate", "0", "durationField", "", "durationUnit", "min", "fixedDuration", "0",
		"startExpression", "", "endExpression", "")
	x.open(2, "fixedRange")
	x.empty(3, "start")
	x.empty(3, "end")
	x.close(2, "fixedRange")
	x.close(1, "temporal")

	x.open(1, "renderer-v2", "type", "categorizedSymbol", "attr", "event_type", "symbollevels", "0",
		"enableorderby", "0", "forceraster", "0", "referencescale", "-1")
	x.open(2, "categories")
	for i, t := range types {
		x.empty(3, "category", "render", "true", "symbol", strconv.Itoa(i), "value", t, "label", t, "type", "string")
	}
	// A category whose value is empty catches every other value.
	x.empty(3, "category", "render", "true", "symbol", strconv.Itoa(len(types)), "value", "", "label", "other", "type", "string")
	x.close(2, "categories")
	x.open(2, "symbols")
	symbol := func(depth int, name string, c color.NRGBA, sized bool) {
		if opts.Areas {
			x.fill(depth, name, c)
		} else {
			x.marker(depth, name, c, size, sized)
		}
	}
	for i := range types {
		symbol(3, strconv.Itoa(i), Palette(i), true)
	}
	symbol(3, strconv.Itoa(len(types)), color.NRGBA{0x99, 0x99, 0x99, 0xFF}, true)
	x.close(2, "symbols")
	x.open(2, "source-symbol")
	symbol(3, "0", Palette(0), false)
	x.close(2, "source-symbol")
	x.empty(2, "rotation")
	x.empty(2, "sizescale")
	x.close(1, "renderer-v2")

	if opts.Areas {
		x.line(1, "<layerGeometryType>2</layerGeometryType>")
		x.close(0, "qgis")
		return flush(bw)
	}
	x.open(1, "labeling", "type", "simple")
	x.open(2, "settings", "calloutType", "simple")
	x.open(3, "text-style", "fieldName", `concat("event_type", ' ', "date_start")`, "isExpression", "1",
		"fontFamily", font, "namedStyle", "Regular", "fontSize", "8", "fontSizeUnit", "Point", "fontWeight", "50",
		"fontItalic", "0", "fontUnderline", "0", "fontStrikeout", "0", "fontKerning", "1", "textColor", "40,40,40,255",
		"textOpacity", "1", "blendMode", "0", "previewBkgrdColor", "255,255,255,255", "multilineHeight", "1",
		"capitalization", "0", "allowHtml", "0", "useSubstitutions", "0", "fontLetterSpacing", "0", "fontWordSpacing", "0",
		"textOrientation", "horizontal")
	x.empty(4, "families")
	x.empty(4, "text-buffer", "bufferDraw", "1", "bufferSize", "0.8", "bufferSizeUnits", "MM", "bufferColor", "255,255,255,255",
		"bufferOpacity", "0.85", "bufferNoFill", "1", "bufferJoinStyle", "128", "bufferBlendMode", "0", "bufferSizeMapUnitScale", "3x:0,0,0,0,0,0")
	x.close(3, "text-style")
	x.empty(3, "text-format", "wrapChar", "", "autoWrapLength", "0", "multilineAlign", "0", "addDirectionSymbol", "0",
		"formatNumbers", "0", "decimals", "3", "plussign", "0", "placeDirectionSymbol", "0", "reverseDirectionSymbol", "0",
		"leftDirectionSymbol", "<", "rightDirectionSymbol", ">")
	x.empty(3, "placement", "placement", "6", "predefinedPositionOrder", "TR,TL,BR,BL,R,L,TSR,BSR", "dist", "1",
		"distUnits", "MM", "offsetType", "0", "quadOffset", "4", "xOffset", "0", "yOffset", "0", "offsetUnits", "MM",
		"priority", "5", "fitInPolygonOnly", "0", "centroidWhole", "0", "centroidInside", "0")
	x.empty(3, "rendering", "drawLabels", "1", "obstacle", "1", "obstacleType", "1", "obstacleFactor", "1",
		"displayAll", "0", "upsidedownLabels", "0", "limitNumLabels", "0", "maxNumLabels", "2000", "minFeatureSize", "0",
		"scaleVisibility", "0", "fontLimitPixelSize", "0", "mergeLines", "0", "labelPerPart", "0", "zIndex", "0")
	x.close(2, "settings")
	x.close(1, "labeling")
	x.line(1, "<layerGeometryType>0</layerGeometryType>")
	x.close(0, "qgis")
	return flush(bw)
}

func flush(bw *bufio.Writer) error {
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("qgis: write: %w", err)
	}
	return nil
}

// fill writes one simple fill symbol: the colour at 25% opacity inside, an
// opaque outline.
func (x *xmlWriter) fill(depth int, name string, c color.NRGBA) {
	inside := fmt.Sprintf("%d,%d,%d,64", c.R, c.G, c.B)
	line := fmt.Sprintf("%d,%d,%d,255", c.R, c.G, c.B)
	x.open(depth, "symbol", "type", "fill", "name", name, "alpha", "1", "clip_to_extent", "1", "force_rhr", "0")
	x.dataDefined(depth+1, "", "")
	x.open(depth+1, "layer", "class", "SimpleFill", "enabled", "1", "pass", "0", "locked", "0")
	props := [][2]string{
		{"border_width_map_unit_scale", "3x:0,0,0,0,0,0"}, {"color", inside}, {"joinstyle", "bevel"},
		{"offset", "0,0"}, {"offset_map_unit_scale", "3x:0,0,0,0,0,0"}, {"offset_unit", "MM"},
		{"outline_color", line}, {"outline_style", "solid"}, {"outline_width", "0.4"}, {"outline_width_unit", "MM"},
		{"style", "solid"},
	}
	x.layerProps(depth+2, props)
	x.dataDefined(depth+2, "", "")
	x.close(depth+1, "layer")
	x.close(depth, "symbol")
}

// layerProps writes a symbol layer's properties twice, as QGIS itself
// writes them: as an Option map and as the older prop elements.
func (x *xmlWriter) layerProps(depth int, props [][2]string) {
	x.open(depth, "Option", "type", "Map")
	for _, p := range props {
		x.empty(depth+1, "Option", "name", p[0], "type", "QString", "value", p[1])
	}
	x.close(depth, "Option")
	for _, p := range props {
		x.empty(depth, "prop", "k", p[0], "v", p[1])
	}
}

// marker writes one simple circle marker symbol; sized makes its size grow
// with the square root of "mentions".
func (x *xmlWriter) marker(depth int, name string, c color.NRGBA, size float64, sized bool) {
	rgba := fmt.Sprintf("%d,%d,%d,%d", c.R, c.G, c.B, c.A)
	sz := strconv.FormatFloat(size, 'f', -1, 64)
	x.open(depth, "symbol", "type", "marker", "name", name, "alpha", "1", "clip_to_extent", "1", "force_rhr", "0")
	x.dataDefined(depth+1, "", "")
	x.open(depth+1, "layer", "class", "SimpleMarker", "enabled", "1", "pass", "0", "locked", "0")
	props := [][2]string{
		{"angle", "0"}, {"color", rgba}, {"horizontal_anchor_point", "1"}, {"joinstyle", "bevel"},
		{"name", "circle"}, {"offset", "0,0"}, {"offset_map_unit_scale", "3x:0,0,0,0,0,0"}, {"offset_unit", "MM"},
		{"outline_color", "35,35,35,255"}, {"outline_style", "solid"}, {"outline_width", "0.2"},
		{"outline_width_map_unit_scale", "3x:0,0,0,0,0,0"}, {"outline_width_unit", "MM"}, {"scale_method", "diameter"},
		{"size", sz}, {"size_map_unit_scale", "3x:0,0,0,0,0,0"}, {"size_unit", "MM"}, {"vertical_anchor_point", "1"},
	}
	x.layerProps(depth+2, props)
	expr := ""
	if sized {
		expr = fmt.Sprintf(`%s * sqrt(coalesce("mentions", 1))`, sz)
	}
	x.dataDefined(depth+2, "size", expr)
	x.close(depth+1, "layer")
	x.close(depth, "symbol")
}

// dataDefined writes a data-defined property collection holding, when
// prop is set, the expression expr for it.
func (x *xmlWriter) dataDefined(depth int, prop, expr string) {
	x.open(depth, "data_defined_properties")
	x.open(depth+1, "Option", "type", "Map")
	x.empty(depth+2, "Option", "name", "name", "type", "QString", "value", "")
	if prop == "" {
		x.empty(depth+2, "Option", "name", "properties")
	} else {
		x.open(depth+2, "Option", "name", "properties", "type", "Map")
		x.open(depth+3, "Option", "name", prop, "type", "Map")
		x.empty(depth+4, "Option", "name", "active", "type", "bool", "value", "true")
		x.empty(depth+4, "Option", "name", "expression", "type", "QString", "value", expr)
		x.empty(depth+4, "Option", "name", "type", "type", "int", "value", "3")
		x.close(depth+3, "Option")
		x.close(depth+2, "Option")
	}
	x.empty(depth+2, "Option", "name", "type", "type", "QString", "value", "collection")
	x.close(depth+1, "Option")
	x.close(depth, "data_defined_properties")
}

// xmlWriter writes indented XML elements with escaped attributes, in the
// order given.
type xmlWriter struct {
	w *bufio.Writer
}

func (x *xmlWriter) line(depth int, s string) {
	x.w.WriteString(strings.Repeat(" ", depth))
	x.w.WriteString(s)
	x.w.WriteByte('\n')
}

func (x *xmlWriter) tag(depth int, name string, attrs []string, end string) {
	var b strings.Builder
	b.WriteString("<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		b.WriteString(" " + attrs[i] + `="`)
		xml.EscapeText(&b, []byte(attrs[i+1])) // escapes <, >, &, ', " and newlines
		b.WriteString(`"`)
	}
	b.WriteString(end)
	x.line(depth, b.String())
}

func (x *xmlWriter) open(depth int, name string, attrs ...string)  { x.tag(depth, name, attrs, ">") }
func (x *xmlWriter) empty(depth int, name string, attrs ...string) { x.tag(depth, name, attrs, "/>") }
func (x *xmlWriter) close(depth int, name string)                  { x.line(depth, "</"+name+">") }
