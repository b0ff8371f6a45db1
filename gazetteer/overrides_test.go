package gazetteer

import (
	"errors"
	"strings"
	"testing"
)

func TestReadOverrides(t *testing.T) {
	good := "# analyst fixes\n\nSunchon\tt:sunchon-kp\nCamp 25\t41.85\t129.73\tKP\tNorth Hamgyong\tPRN\r\n"
	o, err := ReadOverrides(strings.NewReader(good), "fix.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Lines) != 2 {
		t.Fatalf("got %d lines, want 2", len(o.Lines))
	}
	if l := o.Lines[0]; l.PlaceID != "t:sunchon-kp" || l.Key != "sunchon" || l.Source != "fix.tsv:3" || l.Place != nil {
		t.Errorf("line 3 = %+v", l)
	}
	if l := o.Lines[1]; l.Place == nil || l.Place.Lat != 41.85 || l.Place.Country != "KP" || l.Place.Code != "PRN" ||
		l.Place.Admin1 != "North Hamgyong" || l.Source != "fix.tsv:4" {
		t.Errorf("line 4 = %+v %+v", l, l.Place)
	}

	bad := []struct{ name, in, want string }{
		{"three columns", "Hyesan\t41\t128\n", "fix.tsv:1:"},
		{"empty id", "Hyesan\t\n", "fix.tsv:1:"},
		{"bad latitude", "# c\nX\t91\t128\tKP\t\tPPL\n", "fix.tsv:2:"},
		{"bad country", "X\t41\t128\tKorea\t\tPPL\n", "fix.tsv:1:"},
		{"no code", "X\t41\t128\tKP\t\t\n", "fix.tsv:1:"},
		{"duplicate", "Hyesan\tt:a\nHYESAN\tt:b\n", "fix.tsv:2:"},
		{"empty name", "--\tt:a\n", "fix.tsv:1:"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadOverrides(strings.NewReader(tc.in), "fix.tsv")
			if err == nil || !errors.Is(err, ErrFormat) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("ReadOverrides(%q) = %v, want an ErrFormat starting %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestWithOverrides(t *testing.T) {
	g := New([]Entry{
		{ID: "t:sunchon-kp", Name: "Sunchon", Lat: 39.43, Lon: 125.93, Class: "P", Code: "PPL", Country: "KP", Population: 250000},
		{ID: "t:suncheon-kr", Name: "Suncheon", Lat: 34.95, Lon: 127.49, Class: "P", Code: "PPLA2", Country: "KR", Population: 270000},
	}, []Alias{{Name: "Sunchon", ID: "t:suncheon-kr"}})
	if got := g.Lookup("Sunchon")[0].ID; got != "t:suncheon-kr" {
		t.Fatalf("before: Lookup(Sunchon)[0] = %s, want the more populous KR city", got)
	}
	o, err := ReadOverrides(strings.NewReader("Sunchon\tt:sunchon-kp\nSuncheon\tt:sunchon-kp\nCamp 25\t41.85\t129.73\tKP\tNorth Hamgyong\tPRN\n"), "fix.tsv")
	if err != nil {
		t.Fatal(err)
	}
	g2, err := g.WithOverrides(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Sunchon", "Suncheon"} {
		if got := g2.Lookup(name); len(got) == 0 || got[0].ID != "t:sunchon-kp" {
			t.Errorf("Lookup(%s) = %v, want the forced reading first", name, got)
		}
	}
	camp := g2.Lookup("camp 25")
	if len(camp) != 1 || camp[0].ID != "override:camp-25" || camp[0].Class != "T" || camp[0].Admin1 != "North Hamgyong" {
		t.Errorf("Lookup(camp 25) = %+v", camp)
	}
	if ov, ok := g2.Override("CAMP 25"); !ok || ov.Source != "fix.tsv:3" || ov.PlaceID != "override:camp-25" {
		t.Errorf("Override(CAMP 25) = %+v, %v", ov, ok)
	}
	if _, ok := g.Override("Sunchon"); ok {
		t.Error("WithOverrides changed the original gazetteer")
	}
	if ms := g2.Match("Guards at Camp 25 near Sunchon"); len(ms) != 2 || ms[0].IDs[0] != "override:camp-25" || ms[1].IDs[0] != "t:sunchon-kp" {
		t.Errorf("Match = %+v", ms)
	}
	// Overrides survive a later WithGeoNames.
	row := "1\tMars\tMars\t\t10\t10\tP\tPPL\tXX\t\t00\t\t\t\t0\t\t\t\t2020-01-01\n"
	g3, err := g2.WithGeoNames(strings.NewReader(row), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := g3.Lookup("Sunchon"); got[0].ID != "t:sunchon-kp" {
		t.Errorf("after WithGeoNames: Lookup(Sunchon)[0] = %s", got[0].ID)
	}
	if _, ok := g3.Override("Sunchon"); !ok {
		t.Error("after WithGeoNames: override lost")
	}

	bad, _ := ReadOverrides(strings.NewReader("# x\nSunchon\tt:nowhere\n"), "fix.tsv")
	if _, err := g.WithOverrides(bad); err == nil || !strings.HasPrefix(err.Error(), "fix.tsv:2:") || !errors.Is(err, ErrFormat) {
		t.Errorf("WithOverrides(unknown id) = %v, want an error at fix.tsv:2", err)
	}
}

func FuzzReadOverrides(f *testing.F) {
	f.Add("Sunchon\tt:a\n# c\nX\t1\t2\tKP\t\tPPL\n")
	f.Add("\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ReadOverrides(strings.NewReader(s), "f")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f:") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, l := range o.Lines {
			if l.Key == "" || seen[l.Key] || (l.Place == nil) == (l.PlaceID == "") {
				t.Fatalf("bad line %+v", l)
			}
			seen[l.Key] = true
		}
	})
}
