package ingest

import "geotimeline/pipeline"

// Decode makes one Document of data read outside a corpus, such as standard
// input, decoding it as Open does: UTF-8 (BOM removed), else Windows-1252
// with a warning; HTML is reduced to its text when name ends in .html or .htm.
// name becomes the document's ID and Path. A binary input gives empty text
// and a warning.
func Decode(name string, data []byte) (pipeline.Document, []pipeline.Diag) {
	var diags []pipeline.Diag
	text, enc := decodeText(data)
	switch enc {
	case encBinary:
		return pipeline.Document{ID: name, Path: name}, []pipeline.Diag{warnf(name, 0, "binary input (NUL bytes in the first 8 KB): no text read")}
	case encCP1252:
		diags = append(diags, warnf(name, 0, "not valid UTF-8; decoded as Windows-1252"))
	}
	doc := pipeline.Document{ID: name, Path: name, Text: text}
	if isHTMLName(name) {
		body, title, err := extractHTML(text)
		if err != nil {
			return pipeline.Document{ID: name, Path: name}, append(diags, warnf(name, 0, "html: %v", err))
		}
		doc.Text, doc.Title = body, title
	}
	return doc, diags
}
