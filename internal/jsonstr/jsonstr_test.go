package jsonstr

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
)

// encodingJSON is what encoding/json writes for s, with or without HTML
// escaping (its trailing newline cut).
func encodingJSON(t testing.TB, s string, escapeHTML bool) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(s); err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

var samples = []string{
	"", "Hyesan", "a <b> & \"c\" \\ d", "tab\there\nnew\r\f\b", "Pyongyang 평양 city", "\u2028x\u2029",
	"\xff\xfe bad", "0123456789=;?<>&", "\x7f\x1f\x00 control", "long plain ascii text with no marks at all, none",
	"examples/corpus/2020/hyesan-lockdown.txt", "2020-11-05",
}

func TestAppendMatchesEncodingJSON(t *testing.T) {
	for _, s := range samples {
		for _, html := range []bool{true, false} {
			if got, want := Append(nil, s, html), encodingJSON(t, s, html); !bytes.Equal(got, want) {
				t.Errorf("Append(%q, %v) = %s, want %s", s, html, got, want)
			}
		}
	}
}

func FuzzAppendMatchesEncodingJSON(f *testing.F) {
	for _, s := range samples {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, html bool) {
		if got, want := Append([]byte("x"), s, html), append([]byte("x"), encodingJSON(t, s, html)...); !bytes.Equal(got, want) {
			t.Errorf("Append(%q, %v) = %s, want %s", s, html, got, want)
		}
	})
}

func ExampleAppend() {
	b := Append(nil, `Hyesan <Ryanggang> & "Kim"`, true)
	b = append(b, '\n')
	b = Append(b, `Hyesan <Ryanggang> & "Kim"`, false)
	fmt.Println(string(b))
	// Output:
	// "Hyesan \u003cRyanggang\u003e \u0026 \"Kim\""
	// "Hyesan <Ryanggang> & \"Kim\""
}
