package gazetteer

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// The counties of the United States: see internal/gencounties for the
// generator and its source (the Census Bureau's boundaries as packaged by
// us-atlas 3.0.1). 3,071 rows, 145 KB of binary size.
//
//go:embed data/uscounties.tsv
var usCountiesTSV []byte

var usCounties = sync.OnceValues(func() (map[string][]Entry, error) {
	m := map[string][]Entry{}
	sc := bufio.NewScanner(bytes.NewReader(usCountiesTSV))
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("uscounties.tsv:%d: %w: %d columns, want 5", line, ErrFormat, len(f))
		}
		lat, err1 := strconv.ParseFloat(f[3], 64)
		lon, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("uscounties.tsv:%d: %w: bad coordinates", line, ErrFormat)
		}
		k := Normalize(f[1])
		m[k] = append(m[k], Entry{ID: "census:" + f[0], Name: f[1], Lat: lat, Lon: lon, Class: "A", Code: "ADM2",
			Country: "US", Admin1: f[2]})
	}
	return m, sc.Err()
})

// USCounties returns the counties of the United States (Louisiana's
// parishes) whose name normalizes like name ("Licking County", "Orange
// County"), in FIPS order, or nil. Each has a representative point inside
// it, the feature code ADM2 and its state as Admin1. The geocoder reads
// them to place a county the gazetteer has no entry for; they are not
// entries of the embedded gazetteer, so they neither add readings to a
// name nor change what the places stage finds. The error reports corrupt
// embedded data.
func USCounties(name string) ([]Entry, error) {
	m, err := usCounties()
	if err != nil {
		return nil, err
	}
	return m[Normalize(name)], nil
}
