package places

// indexBylineSep returns strings.IndexAny(s, "|/–—-"): the byte index of
// the first '|', '/', '-', en dash or em dash of s, or -1. IndexAny decodes
// every rune of s when its set is not all ASCII (bylineName asked it of
// every candidate's sentence: 0.9% of a run's CPU); reading bytes finds the
// same index, as no byte of a multi-byte rune is ASCII and the dashes' lead
// byte 0xE2 never continues one.
func indexBylineSep(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|', '/', '-':
			return i
		case 0xe2: // – U+2013 and — U+2014 are E2 80 93 and E2 80 94
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
				return i
			}
		}
	}
	return -1
}
