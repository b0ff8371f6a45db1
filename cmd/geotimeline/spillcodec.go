package main

import (
	"time"

	"geotimeline/internal/binenc"
	"geotimeline/pipeline"
)

// The run's spill files hold every extracted event (about 40,000 a 20,000
// article run, each written once and read back once for the merge) and
// every document's report line. binenc's compiled codec reached each field
// by reflection, about 1.5% of a run's instructions; these codecs write and
// read the same bytes field by field. TestSpillCodecsMatchBinenc and
// FuzzSpillCodecsDecode compare them with binenc's on the same types, and
// TestSpillCodecLayouts fails when a field is added to a spilled type
// (pipeline.Event and what it holds, spooledEvent, docReport) until the
// codec below writes it.

// eventCodec is the spool.Codec of spooledEvent.
type eventCodec struct {
	e binenc.Encoder
	d binenc.Decoder
}

func (c *eventCodec) Append(b []byte, v *spooledEvent) []byte {
	e := &c.e
	e.Start(b)
	ev := &v.Event
	e.Str(ev.ID)
	e.Str(ev.Type)
	encSpan(e, ev.Trigger)
	e.Str(ev.Summary)
	encStrings(e, ev.Actors)
	e.Str(string(ev.Modality))
	encDate(e, ev.Date.Start)
	encDate(e, ev.Date.End)
	e.Str(string(ev.Date.Precision))
	e.Str(ev.DateText)
	e.Str(string(ev.DateBasis))
	e.Bool(ev.HasPlace)
	e.Str(ev.PlaceName)
	p := &ev.Place
	e.Str(p.ID)
	e.Str(p.Name)
	e.Float(p.Lat)
	e.Float(p.Lon)
	e.Str(p.FeatureCode)
	e.Str(p.Admin1)
	e.Str(p.Country)
	e.Int(p.Population)
	e.Str(string(p.Precision))
	e.Float(p.UncertaintyKM)
	e.Str(ev.PlaceWhy)
	d := &ev.Doc
	e.Str(d.ID)
	e.Str(d.Path)
	e.Str(d.Title)
	e.Str(d.Source)
	e.Str(d.URL)
	encDate(e, d.Published)
	e.Str(d.Text)
	e.Str(ev.Sentence)
	e.Int(int64(ev.SentenceN))
	encSpan(e, ev.SentSpan)
	e.Int(int64(ev.CharStart))
	e.Int(int64(ev.CharEnd))
	e.Float(ev.Confidence)
	e.Str(ev.ReportedBy)
	encDate(e, ev.ReportedOn)
	e.SliceLen(len(ev.Mentions), ev.Mentions == nil)
	for i := range ev.Mentions {
		m := &ev.Mentions[i]
		e.Str(m.DocID)
		e.Int(int64(m.Sentence))
		encSpan(e, m.Span)
		e.Int(int64(m.CharStart))
		e.Int(int64(m.CharEnd))
		e.Str(m.Trigger)
	}
	e.Str(ev.MergeNote)
	encStrings(e, v.Texts)
	return e.Bytes()
}

func (c *eventCodec) Decode(b []byte, v *spooledEvent) error {
	d := &c.d
	d.Start(b)
	ev := &v.Event
	ev.ID = d.Str()
	ev.Type = d.Str()
	ev.Trigger = decSpan(d)
	ev.Summary = d.Str()
	ev.Actors = decStrings(d)
	ev.Modality = pipeline.Modality(d.Str())
	ev.Date.Start = decDate(d)
	ev.Date.End = decDate(d)
	ev.Date.Precision = pipeline.Precision(d.Str())
	ev.DateText = d.Str()
	ev.DateBasis = pipeline.DateBasis(d.Str())
	ev.HasPlace = d.Bool()
	ev.PlaceName = d.Str()
	p := &ev.Place
	p.ID = d.Str()
	p.Name = d.Str()
	p.Lat = d.Float()
	p.Lon = d.Float()
	p.FeatureCode = d.Str()
	p.Admin1 = d.Str()
	p.Country = d.Str()
	p.Population = d.Int()
	p.Precision = pipeline.GeoPrecision(d.Str())
	p.UncertaintyKM = d.Float()
	ev.PlaceWhy = d.Str()
	doc := &ev.Doc
	doc.ID = d.Str()
	doc.Path = d.Str()
	doc.Title = d.Str()
	doc.Source = d.Str()
	doc.URL = d.Str()
	doc.Published = decDate(d)
	doc.Text = d.Str()
	ev.Sentence = d.Str()
	ev.SentenceN = int(d.Int())
	ev.SentSpan = decSpan(d)
	ev.CharStart = int(d.Int())
	ev.CharEnd = int(d.Int())
	ev.Confidence = d.Float()
	ev.ReportedBy = d.Str()
	ev.ReportedOn = decDate(d)
	if n, isNil := d.SliceLen(); !isNil {
		ev.Mentions = make([]pipeline.Mention, n)
		for i := range ev.Mentions {
			m := &ev.Mentions[i]
			m.DocID = d.Str()
			m.Sentence = int(d.Int())
			m.Span = decSpan(d)
			m.CharStart = int(d.Int())
			m.CharEnd = int(d.Int())
			m.Trigger = d.Str()
		}
	}
	ev.MergeNote = d.Str()
	v.Texts = decStrings(d)
	return d.End()
}

// docReportCodec is the spool.Codec of docReport.
type docReportCodec struct {
	e binenc.Encoder
	d binenc.Decoder
}

func (c *docReportCodec) Append(b []byte, v *docReport) []byte {
	e := &c.e
	e.Start(b)
	e.Str(v.DocID)
	e.Str(v.Path)
	e.Str(v.Published)
	e.Str(v.DocDate)
	e.Str(v.DateBasis)
	e.Str(v.DateEvidence)
	e.Int(int64(v.Sentences))
	e.Int(int64(v.Dates))
	e.Int(int64(v.Places))
	e.Int(int64(v.Unresolved))
	e.Int(int64(v.Events))
	return e.Bytes()
}

func (c *docReportCodec) Decode(b []byte, v *docReport) error {
	d := &c.d
	d.Start(b)
	v.DocID = d.Str()
	v.Path = d.Str()
	v.Published = d.Str()
	v.DocDate = d.Str()
	v.DateBasis = d.Str()
	v.DateEvidence = d.Str()
	v.Sentences = int(d.Int())
	v.Dates = int(d.Int())
	v.Places = int(d.Int())
	v.Unresolved = int(d.Int())
	v.Events = int(d.Int())
	return d.End()
}

func encSpan(e *binenc.Encoder, s pipeline.Span) {
	e.Int(int64(s.Start))
	e.Int(int64(s.End))
}

func decSpan(d *binenc.Decoder) pipeline.Span {
	start := int(d.Int())
	return pipeline.Span{Start: start, End: int(d.Int())}
}

func encDate(e *binenc.Encoder, t pipeline.Date) {
	e.Int(int64(t.Year))
	e.Int(int64(t.Month))
	e.Int(int64(t.Day))
}

func decDate(d *binenc.Decoder) pipeline.Date {
	y := int(d.Int())
	m := time.Month(d.Int())
	return pipeline.Date{Year: y, Month: m, Day: int(d.Int())}
}

func encStrings(e *binenc.Encoder, ss []string) {
	e.SliceLen(len(ss), ss == nil)
	for _, s := range ss {
		e.Str(s)
	}
}

func decStrings(d *binenc.Decoder) []string {
	n, isNil := d.SliceLen()
	if isNil {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.Str()
	}
	return ss
}
