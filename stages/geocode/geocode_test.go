package geocode

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"geotimeline/pipeline"
)

// Test places: the readings a recognizer would attach.
var (
	pKP         = pipeline.Place{ID: "t:kp", Name: "North Korea", Lat: 40.3, Lon: 127.4, FeatureCode: "PCLI", Country: "KP", Population: 25000000}
	pKR         = pipeline.Place{ID: "t:kr", Name: "South Korea", Lat: 36.5, Lon: 127.9, FeatureCode: "PCLI", Country: "KR", Population: 51000000}
	pCN         = pipeline.Place{ID: "t:cn", Name: "China", Lat: 35, Lon: 105, FeatureCode: "PCLI", Country: "CN", Population: 1400000000}
	pSunchonKP  = pipeline.Place{ID: "t:sunchon-kp", Name: "Sunchon", Lat: 39.43, Lon: 125.93, FeatureCode: "PPL", Admin1: "South Pyongan", Country: "KP", Population: 250000}
	pSunchonKR  = pipeline.Place{ID: "t:suncheon-kr", Name: "Suncheon", Lat: 34.95, Lon: 127.49, FeatureCode: "PPLA2", Admin1: "South Jeolla", Country: "KR", Population: 270000}
	pHyesan     = pipeline.Place{ID: "t:hyesan", Name: "Hyesan", Lat: 41.4017, Lon: 128.1775, FeatureCode: "PPLA", Admin1: "Ryanggang", Country: "KP", Population: 200000}
	pHyesanV    = pipeline.Place{ID: "t:hyesan-village", Name: "Hyesan", Lat: 38.9, Lon: 126.1, FeatureCode: "PPL", Admin1: "North Hwanghae", Country: "KP", Population: 30000}
	pRyanggang  = pipeline.Place{ID: "t:ryanggang", Name: "Ryanggang", Lat: 41.25, Lon: 127.75, FeatureCode: "ADM1", Admin1: "Ryanggang", Country: "KP"}
	pNHwanghae  = pipeline.Place{ID: "t:nhwanghae", Name: "North Hwanghae", Lat: 38.5, Lon: 126.3, FeatureCode: "ADM1", Admin1: "North Hwanghae", Country: "KP"}
	pDandongCN  = pipeline.Place{ID: "t:dandong", Name: "Dandong", Lat: 40.13, Lon: 124.39, FeatureCode: "PPLA2", Admin1: "Liaoning", Country: "CN", Population: 780000}
	pDandongX   = pipeline.Place{ID: "t:dandong-x", Name: "Dandong", Lat: 30, Lon: 110, FeatureCode: "PPLA3", Admin1: "Hubei", Country: "CN", Population: 900000}
	pLiaoning   = pipeline.Place{ID: "t:liaoning", Name: "Liaoning", Lat: 41.3, Lon: 122.6, FeatureCode: "ADM1", Admin1: "Liaoning", Country: "CN"}
	pTumenCity  = pipeline.Place{ID: "t:tumen-city", Name: "Tumen", Lat: 42.97, Lon: 129.84, FeatureCode: "PPLA3", Admin1: "Jilin", Country: "CN", Population: 100000}
	pTumenRiv   = pipeline.Place{ID: "t:tumen-river", Name: "Tumen", Lat: 42.4, Lon: 130.6, FeatureCode: "STM", Country: "KP"}
	pChagang    = pipeline.Place{ID: "t:chagang", Name: "Chagang", Lat: 40.7, Lon: 126.6, FeatureCode: "ADM1", Admin1: "Chagang", Country: "KP"}
	pBeaver     = pipeline.Place{ID: "t:beaver", Name: "Beaver", Lat: 40.7, Lon: -80.3, FeatureCode: "PPL", Country: "US", Population: 4000}
	pAnjuKP     = pipeline.Place{ID: "t:anju-kp", Name: "Anju", Lat: 39.62, Lon: 125.66, FeatureCode: "PPLA2", Admin1: "South Pyongan", Country: "KP", Population: 50000}
	pAnjuCN     = pipeline.Place{ID: "t:anju-cn", Name: "Anju", Lat: 29.99, Lon: 106.03, FeatureCode: "PPLA4", Admin1: "Chongqing", Country: "CN", Population: 21000}
	pChongjin   = pipeline.Place{ID: "t:chongjin", Name: "Chongjin", Lat: 41.8, Lon: 129.78, FeatureCode: "PPLA", Admin1: "North Hamgyong", Country: "KP", Population: 327000}
	pPyongyang  = pipeline.Place{ID: "t:pyongyang", Name: "Pyongyang", Lat: 39.03, Lon: 125.75, FeatureCode: "PPLC", Admin1: "Pyongyang", Country: "KP", Population: 3222000}
	pTanchonA2  = pipeline.Place{ID: "t:tanchon-a2", Name: "Tanchon", Lat: 40.46, Lon: 128.9, FeatureCode: "PPLA2", Admin1: "South Hamgyong", Country: "KP"}
	pTanchonCo  = pipeline.Place{ID: "t:tanchon-county", Name: "Tanchon", Lat: 40.51, Lon: 128.88, FeatureCode: "ADM2", Admin1: "South Hamgyong", Country: "KP"}
	pTanchonV   = pipeline.Place{ID: "t:tanchon-village", Name: "Tanchon", Lat: 39.07, Lon: 125.3, FeatureCode: "PPL", Admin1: "South Pyongan", Country: "KP"}
	pTexas      = pipeline.Place{ID: "t:texas", Name: "Texas", Lat: 31.2, Lon: -99.3, FeatureCode: "ADM1", Admin1: "Texas", Country: "US"}
	pTyler      = pipeline.Place{ID: "t:tyler", Name: "Tyler", Lat: 32.35, Lon: -95.3, FeatureCode: "PPLA2", Admin1: "Texas", Country: "US", Population: 100000}
	pAthensTX   = pipeline.Place{ID: "t:athens-tx", Name: "Athens", Lat: 32.2, Lon: -95.85, FeatureCode: "PPLA2", Admin1: "Texas", Country: "US", Population: 12000}
	pHendersKY  = pipeline.Place{ID: "t:henderson-ky", Name: "Henderson", Lat: 37.84, Lon: -87.59, FeatureCode: "PPLA2", Admin1: "Kentucky", Country: "US", Population: 28000}
	pIllinois   = pipeline.Place{ID: "t:illinois", Name: "Illinois", Lat: 40, Lon: -89.2, FeatureCode: "ADM1", Admin1: "Illinois", Country: "US"}
	pPeoria     = pipeline.Place{ID: "t:peoria", Name: "Peoria", Lat: 40.69, Lon: -89.59, FeatureCode: "PPLA2", Admin1: "Illinois", Country: "US", Population: 113000}
	pOregonIL   = pipeline.Place{ID: "t:oregon-il", Name: "Oregon", Lat: 42.01, Lon: -89.33, FeatureCode: "PPLA2", Admin1: "Illinois", Country: "US", Population: 3600}
	pOregon     = pipeline.Place{ID: "t:oregon", Name: "Oregon", Lat: 44, Lon: -120.5, FeatureCode: "ADM1", Admin1: "Oregon", Country: "US"}
	pDC         = pipeline.Place{ID: "t:dc", Name: "Washington", Lat: 38.9, Lon: -77.04, FeatureCode: "PPLC", Admin1: "District of Columbia", Country: "US", Population: 689545}
	pWAState    = pipeline.Place{ID: "t:wa", Name: "Washington", Lat: 47.5, Lon: -120.5, FeatureCode: "ADM1", Admin1: "Washington", Country: "US"}
	pPyongUnit  = pipeline.Place{ID: "t:pyongyang-unit", Name: "Pyongyang", Lat: 38.98, Lon: 125.96, FeatureCode: "ADM1", Admin1: "Pyongyang", Country: "KP"}
	pRochNY     = pipeline.Place{ID: "t:rochester-ny", Name: "Rochester", Lat: 43.15, Lon: -77.6, FeatureCode: "PPLA2", Admin1: "New York", Country: "US", Population: 210000}
	pRochMN     = pipeline.Place{ID: "t:rochester-mn", Name: "Rochester", Lat: 44.02, Lon: -92.47, FeatureCode: "PPLA2", Admin1: "Minnesota", Country: "US", Population: 20000}
	pPlainNY    = pipeline.Place{ID: "t:plainview-ny", Name: "Plainview", Lat: 40.78, Lon: -73.47, FeatureCode: "PPL", Admin1: "New York", Country: "US", Population: 26000}
	pPlainMN    = pipeline.Place{ID: "t:plainview-mn", Name: "Plainview", Lat: 44.16, Lon: -92.17, FeatureCode: "PPL", Admin1: "Minnesota", Country: "US", Population: 3300}
	pElginMN    = pipeline.Place{ID: "t:elgin-mn", Name: "Elgin", Lat: 44.13, Lon: -92.25, FeatureCode: "PPL", Admin1: "Minnesota", Country: "US", Population: 1100}
	pMinnesota  = pipeline.Place{ID: "t:minnesota", Name: "Minnesota", Lat: 46.3, Lon: -94.3, FeatureCode: "ADM1", Admin1: "Minnesota", Country: "US"}
	pHowlandME  = pipeline.Place{ID: "t:howland-me", Name: "Howland", Lat: 45.24, Lon: -68.66, FeatureCode: "PPL", Admin1: "Maine", Country: "US", Population: 1100}
	pHowlandTX  = pipeline.Place{ID: "t:howland-tx", Name: "Howland", Lat: 33.8, Lon: -95.5, FeatureCode: "PPL", Admin1: "Texas", Country: "US", Population: 600}
	pWestonWV   = pipeline.Place{ID: "t:weston-wv", Name: "Weston", Lat: 39.04, Lon: -80.47, FeatureCode: "PPLA2", Admin1: "West Virginia", Country: "US", Population: 4000}
	pWestonFL   = pipeline.Place{ID: "t:weston-fl", Name: "Weston", Lat: 26.1, Lon: -80.4, FeatureCode: "PPL", Admin1: "Florida", Country: "US", Population: 70000}
	pArlingVA   = pipeline.Place{ID: "t:arlington-va", Name: "Arlington", Lat: 38.88, Lon: -77.1, FeatureCode: "PPLA2", Admin1: "Virginia", Country: "US", Population: 207000}
	pArlingTX   = pipeline.Place{ID: "t:arlington-tx", Name: "Arlington", Lat: 32.74, Lon: -97.11, FeatureCode: "PPL", Admin1: "Texas", Country: "US", Population: 388000}
	pArlingMA   = pipeline.Place{ID: "t:arlington-ma", Name: "Arlington", Lat: 42.42, Lon: -71.16, FeatureCode: "PPL", Admin1: "Massachusetts", Country: "US", Population: 43000}
	pVancouWA   = pipeline.Place{ID: "t:vancouver-wa", Name: "Vancouver", Lat: 45.64, Lon: -122.66, FeatureCode: "PPLA2", Admin1: "Washington", Country: "US", Population: 196000}
	pVancouBC   = pipeline.Place{ID: "t:vancouver-bc", Name: "Vancouver", Lat: 49.25, Lon: -123.12, FeatureCode: "PPL", Admin1: "British Columbia", Country: "CA", Population: 662000}
	pKingstonJM = pipeline.Place{ID: "t:kingston-jm", Name: "Kingston", Lat: 17.99, Lon: -76.79, FeatureCode: "PPLC", Admin1: "Kingston", Country: "JM", Population: 580000}
	pDouglasGA  = pipeline.Place{ID: "t:douglas-ga", Name: "Douglas", Lat: 31.51, Lon: -82.85, FeatureCode: "PPLA2", Admin1: "Georgia", Country: "US", Population: 11700}
	pDouglasIL  = pipeline.Place{ID: "t:douglas-il", Name: "Douglas", Lat: 41.83, Lon: -87.62, FeatureCode: "PPLX", Admin1: "Illinois", Country: "US", Population: 20300}
	pKingstonX  = pipeline.Place{ID: "t:kingston-x", Name: "Kingston", Lat: 18.1, Lon: -77.3, FeatureCode: "PPL", Admin1: "Clarendon", Country: "JM", Population: 900000}
	pWashTX     = pipeline.Place{ID: "t:washington-tx", Name: "Washington", Lat: 30.32, Lon: -96.16, FeatureCode: "PPLA2", Admin1: "Texas", Country: "US", Population: 4000}
	pMoscowRU   = pipeline.Place{ID: "t:moscow-ru", Name: "Moscow", Lat: 55.75, Lon: 37.62, FeatureCode: "PPLC", Admin1: "Moscow", Country: "RU", Population: 10381222}
	pMoscowID   = pipeline.Place{ID: "t:moscow-id", Name: "Moscow", Lat: 46.73, Lon: -117.0, FeatureCode: "PPLA2", Admin1: "Idaho", Country: "US", Population: 25000}
	pKyiv       = pipeline.Place{ID: "t:kyiv", Name: "Kyiv", Lat: 50.45, Lon: 30.52, FeatureCode: "PPLC", Admin1: "Kyiv City", Country: "UA", Population: 2797553}
	pKievOH     = pipeline.Place{ID: "t:kiev-x", Name: "Kiev", Lat: 40.0, Lon: -81.0, FeatureCode: "PPL", Admin1: "Ohio", Country: "US", Population: 300}
	pMinsk      = pipeline.Place{ID: "t:minsk", Name: "Minsk", Lat: 53.9, Lon: 27.57, FeatureCode: "PPLC", Admin1: "Minsk City", Country: "BY", Population: 1742124}
	pBrusselWI  = pipeline.Place{ID: "t:brussels-wi", Name: "Brussels", Lat: 44.74, Lon: -87.62, FeatureCode: "PPL", Admin1: "Wisconsin", Country: "US", Population: 1100}
	pBrusselBE  = pipeline.Place{ID: "t:brussels-be", Name: "Brussels", Lat: 50.85, Lon: 4.35, FeatureCode: "PPLC", Admin1: "Brussels Capital", Country: "BE", Population: 1000000}
	pClayNY     = pipeline.Place{ID: "t:clay-ny", Name: "Clay", Lat: 43.19, Lon: -76.17, FeatureCode: "PPL", Admin1: "New York", Country: "US", Population: 58000}
	pBeckerMN   = pipeline.Place{ID: "t:becker-mn", Name: "Becker", Lat: 45.39, Lon: -93.88, FeatureCode: "PPL", Admin1: "Minnesota", Country: "US", Population: 4700}
	pNampoUnit  = pipeline.Place{ID: "t:nampo-unit", Name: "Nampo", Lat: 38.85, Lon: 125.38, FeatureCode: "ADM1", Admin1: "Nampo", Country: "KP"}
	pNampoCity  = pipeline.Place{ID: "t:nampo-city", Name: "Nampo", Lat: 38.74, Lon: 125.41, FeatureCode: "PPLA", Admin1: "Nampo", Country: "KP", Population: 455000}
	pLebanonPA  = pipeline.Place{ID: "t:lebanon-pa", Name: "Lebanon", Lat: 40.34, Lon: -76.41, FeatureCode: "PPLA2", Admin1: "Pennsylvania", Country: "US", Population: 25000}
	pLebanonOH  = pipeline.Place{ID: "t:lebanon-oh", Name: "Lebanon", Lat: 39.43, Lon: -84.2, FeatureCode: "PPL", Admin1: "Ohio", Country: "US", Population: 20000}
	pNewarkOH   = pipeline.Place{ID: "t:newark-oh", Name: "Newark", Lat: 40.06, Lon: -82.4, FeatureCode: "PPLA2", Admin1: "Ohio", Country: "US", Population: 48000}
	pNewarkPA   = pipeline.Place{ID: "t:newark-pa", Name: "Newark", Lat: 41.9, Lon: -80.0, FeatureCode: "PPL", Admin1: "Pennsylvania", Country: "US", Population: 1000}
	pPittsPA    = pipeline.Place{ID: "t:pittsburgh", Name: "Pittsburgh", Lat: 40.44, Lon: -80.0, FeatureCode: "PPLA2", Admin1: "Pennsylvania", Country: "US", Population: 304391}
	pHarrisPA   = pipeline.Place{ID: "t:harrisburg", Name: "Harrisburg", Lat: 40.27, Lon: -76.88, FeatureCode: "PPLA", Admin1: "Pennsylvania", Country: "US", Population: 49081}
	pWashPA     = pipeline.Place{ID: "t:washington-pa", Name: "Washington", Lat: 40.17, Lon: -80.25, FeatureCode: "PPLA2", Admin1: "Pennsylvania", Country: "US", Population: 13497}
	pBeijing    = pipeline.Place{ID: "t:beijing", Name: "Beijing", Lat: 39.91, Lon: 116.4, FeatureCode: "PPLC", Admin1: "Beijing", Country: "CN", Population: 18960744}
	pShenyang   = pipeline.Place{ID: "t:shenyang", Name: "Shenyang", Lat: 41.79, Lon: 123.43, FeatureCode: "PPLA", Admin1: "Liaoning", Country: "CN", Population: 7050000}
	pSuzhouJS   = pipeline.Place{ID: "t:suzhou-js", Name: "Suzhou", Lat: 31.3, Lon: 120.6, FeatureCode: "PPLA2", Admin1: "Jiangsu", Country: "CN", Population: 6715559}
	pSuzhouAH   = pipeline.Place{ID: "t:suzhou-ah", Name: "Suzhou", Lat: 33.64, Lon: 116.98, FeatureCode: "PPLA2", Admin1: "Anhui", Country: "CN", Population: 1647642}
	pDatunLN    = pipeline.Place{ID: "t:datun-ln", Name: "Datun", Lat: 40.99, Lon: 122.91, FeatureCode: "PPLA4", Admin1: "Liaoning", Country: "CN"}
	pDatunJS    = pipeline.Place{ID: "t:datun-js", Name: "Datun", Lat: 34.81, Lon: 116.9, FeatureCode: "PPL", Admin1: "Jiangsu", Country: "CN", Population: 110258}
	pDatong     = pipeline.Place{ID: "t:datong", Name: "Datong", Lat: 40.09, Lon: 113.29, FeatureCode: "PPL", Admin1: "Shanxi", Country: "CN", Population: 1850000} // GeoNames also calls it Datun
	pRegion     = pipeline.Place{ID: "region:kp-cn-border", Name: "North Korea–China border", Lat: 41.45, Lon: 127.6, FeatureCode: "RGN", Country: "KP", Precision: pipeline.GeoRegion, UncertaintyKM: 350}
)

// doc builds an item from text in which each "[name|id,id]" marks a mention
// with the given candidate places.
func doc(t testing.TB, marked string, places map[string]pipeline.Place) *pipeline.Item {
	t.Helper()
	var b strings.Builder
	var ms []pipeline.PlaceMention
	for {
		i := strings.IndexByte(marked, '[')
		if i < 0 {
			b.WriteString(marked)
			break
		}
		j := strings.IndexByte(marked[i:], ']') + i
		b.WriteString(marked[:i])
		name, ids, _ := strings.Cut(marked[i+1:j], "|")
		m := pipeline.PlaceMention{Span: pipeline.Span{Start: b.Len(), End: b.Len() + len(name)}, Text: name}
		for _, id := range strings.Split(ids, ",") {
			if id == "" {
				continue
			}
			p, ok := places[id]
			if !ok {
				t.Fatalf("unknown place %q", id)
			}
			m.Candidates = append(m.Candidates, pipeline.Candidate{Place: p})
		}
		b.WriteString(name)
		ms = append(ms, m)
		marked = marked[j+1:]
	}
	text := b.String()
	return &pipeline.Item{Doc: pipeline.Document{Text: text}, Places: ms,
		Sentences: []pipeline.Sentence{{Span: pipeline.Span{Start: 0, End: len(text)}}}}
}

func index(ps ...pipeline.Place) map[string]pipeline.Place {
	m := map[string]pipeline.Place{}
	for _, p := range ps {
		m[p.ID] = p
	}
	return m
}

func TestResolve(t *testing.T) {
	all := index(pKP, pKR, pCN, pSunchonKP, pSunchonKR, pHyesan, pHyesanV, pRyanggang, pNHwanghae, pDandongCN,
		pDandongX, pLiaoning, pTumenCity, pTumenRiv, pChagang, pBeaver, pRegion, pAnjuKP, pAnjuCN, pChongjin, pPyongyang,
		pTanchonA2, pTanchonCo, pTanchonV, pTexas, pTyler, pAthensTX, pHendersKY, pIllinois, pPeoria, pOregonIL, pOregon, pPyongUnit, pDC, pWAState,
		pRochNY, pRochMN, pPlainNY, pPlainMN, pElginMN, pMinnesota, pHowlandME, pHowlandTX, pWestonWV, pWestonFL, pWashTX, pMoscowRU, pMoscowID, pKyiv, pKievOH, pMinsk, pBrusselWI, pBrusselBE, pClayNY, pBeckerMN,
		pArlingVA, pArlingTX, pArlingMA, pVancouWA, pVancouBC, pKingstonJM, pKingstonX, pDouglasGA, pDouglasIL,
		pNampoUnit, pNampoCity, pLebanonPA, pLebanonOH, pNewarkOH, pNewarkPA,
		pPittsPA, pHarrisPA, pWashPA, pBeijing, pShenyang, pSuzhouJS, pSuzhouAH, pDatunLN, pDatunJS, pDatong)
	tests := []struct {
		name   string
		marked string
		focus  []string
		want   []string // resolved ID per mention ("-" for unresolved)
		reason string   // substring of the first mention's reason
	}{
		{"north korean context picks the KP city",
			"Addicts travel to [Sunchon|t:suncheon-kr,t:sunchon-kp] in [North Korea|t:kp].", nil,
			[]string{"t:sunchon-kp", "t:kp"}, "document focus KP"},
		{"south korean context picks the KR city",
			"Tourists visit [Sunchon|t:suncheon-kr,t:sunchon-kp] in [South Korea|t:kr].", nil,
			[]string{"t:suncheon-kr", "t:kr"}, "document focus KR"},
		{"option focus", "Addicts travel to [Sunchon|t:suncheon-kr,t:sunchon-kp].", []string{"kp"},
			[]string{"t:sunchon-kp"}, "document focus KP"},
		{"no context: the name as written decides", "Addicts travel to [Sunchon|t:suncheon-kr,t:sunchon-kp].", nil,
			[]string{"t:sunchon-kp"}, "name as written is its own"},
		{"no context: feature rank decides", "Trade in [Dandong|t:dandong-x,t:dandong] grew.", nil,
			[]string{"t:dandong"}, "outranks"},
		{"co-mentioned admin1",
			"A source in [North Hwanghae|t:nhwanghae] said [Hyesan|t:hyesan,t:hyesan-village] shut.", nil,
			[]string{"t:nhwanghae", "t:hyesan-village"}, ""},
		{"parenthetical parent",
			"Trade at [Dandong|t:dandong-x,t:dandong] ([Liaoning|t:liaoning] Province, [China|t:cn]) stopped.", nil,
			[]string{"t:dandong", "t:liaoning", "t:cn"}, `inside "Liaoning"`},
		{"comma parent", "Riots in [Hyesan|t:hyesan,t:hyesan-village], [Ryanggang|t:ryanggang] were reported.", nil,
			[]string{"t:hyesan", "t:ryanggang"}, "Ryanggang"},
		{"river after the", "They crossed the [Tumen|t:tumen-city,t:tumen-river] at night.", nil,
			[]string{"t:tumen-river"}, `"the"`},
		{"city without the", "Traders in [Tumen|t:tumen-city,t:tumen-river] complained.", nil,
			[]string{"t:tumen-city"}, ""},
		{"what is crossed is a river, near a Chinese city", "She fled from [Hyesan|t:hyesan] across the frozen [Tumen|t:tumen-city,t:tumen-river] to [China|t:cn].", nil,
			[]string{"t:hyesan", "t:tumen-river", "t:cn"}, ""},
		{"the name in a town's slot keeps the town (review 2)", "Police in [Tumen|t:tumen-city,t:tumen-river] detained a woman who had crossed the [Tumen|t:tumen-city,t:tumen-river] in [China|t:cn].", nil,
			[]string{"t:tumen-city", "t:tumen-city", "t:cn"}, ""},
		{"a city after the, not crossed", "She worked in the [Tumen|t:tumen-city,t:tumen-river] of the 1990s, in [China|t:cn].", nil,
			[]string{"t:tumen-city", "t:cn"}, ""},
		{"one sense per document",
			"Prices in [Hyesan|t:hyesan,t:hyesan-village] rose. [Hyesan|t:hyesan,t:hyesan-village], [Ryanggang|t:ryanggang] is cold.", nil,
			[]string{"t:hyesan", "t:hyesan", "t:ryanggang"}, ""},
		{"no candidates", "They crossed the [Tumen River|] at night.", nil, []string{"-"}, `kind "River"`},
		{"small foreign place in a focused document", "In [North Korea|t:kp], [North Korea|t:kp] and [Beaver|t:beaver].", nil,
			[]string{"t:kp", "t:kp", "-"}, ""},
		{"region keeps its radius", "Sources in [the border area|region:kp-cn-border] said.", nil,
			[]string{"region:kp-cn-border"}, ""},
		{"a country named again and again does not outweigh the document's other places",
			"Goods from [China|t:cn] sell well. Guards in [Chongjin|t:chongjin] and [Pyongyang|t:pyongyang] were told. " +
				"Copper went from [Anju|t:anju-cn,t:anju-kp] into [China|t:cn]. Prices in [China|t:cn] rose. [China|t:cn] said nothing.", nil,
			[]string{"t:cn", "t:chongjin", "t:pyongyang", "t:anju-kp", "t:cn", "t:cn", "t:cn"}, ""},
		{"a country named once beside a county seat in the focus",
			"Officials in [Pyongyang|t:pyongyang] met. Two men fled from [Anju|t:anju-cn,t:anju-kp] to [China|t:cn].", nil,
			[]string{"t:pyongyang", "t:anju-kp", "t:cn"}, ""},
		{"the origin of a movement into a country lies outside it",
			"Two men fled from [Anju|t:anju-cn,t:anju-kp] to [China|t:cn] and [China|t:cn].", nil,
			[]string{"t:anju-kp", "t:cn", "t:cn"}, "not in CN"},
		{"the origin written after the country",
			"Copper goes into [China|t:cn] from [Anju|t:anju-cn,t:anju-kp].", nil,
			[]string{"t:cn", "t:anju-kp"}, ""},
		{"a place inside the country's possessive is no origin",
			"Trucks from [Anju|t:anju-cn,t:anju-kp] go to [China|t:cn]'s west. [China|t:cn] and [China|t:cn] grow.", nil,
			[]string{"t:anju-cn", "t:cn", "t:cn", "t:cn"}, ""},
		{"a country that is the document's subject still decides",
			"[China|t:cn] and [China|t:cn] and [China|t:cn]: a fair in [Anju|t:anju-cn,t:anju-kp].", nil,
			[]string{"t:cn", "t:cn", "t:cn", "t:anju-cn"}, ""},
		{"a county seat and its county outweigh a namesake village in a co-mentioned province",
			"Farms in [North Hwanghae|t:nhwanghae] and [North Hwanghae|t:nhwanghae] failed. Meetings in [Anju|t:anju-kp,t:anju-cn] and [Tanchon|t:tanchon-village,t:tanchon-a2,t:tanchon-county].", nil,
			[]string{"t:nhwanghae", "t:nhwanghae", "t:anju-kp", "t:tanchon-a2"}, ""},
		{"a county the gazetteer lacks goes to the unit the document points at",
			"[Quillan County|t:henderson-ky] deputies met police from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas].", nil,
			[]string{"t:texas", "t:tyler", "t:athens-tx", "t:texas"}, "the first-level unit the document points at, Texas"},
		{"a county the gazetteer lacks goes to the unit written after it, not the one the document points at",
			"[Quillan County|t:henderson-ky], [Illinois|t:illinois] deputies met police from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas].", nil,
			[]string{"t:illinois", "t:illinois", "t:tyler", "t:athens-tx", "t:texas"}, "the first-level unit written after it, Illinois"},
		{"a county is not its namesake town in the unit either",
			"[Marrow County|t:athens-tx] deputies met police from [Tyler|t:tyler], [Texas|t:texas].", nil,
			[]string{"t:texas", "t:tyler", "t:texas"}, "no Marrow County in the gazetteer"},
		{"a county of the Census table in the unit the document points at is placed at its own point",
			"[Henderson County|t:henderson-ky] deputies met police from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas].", nil,
			[]string{"census:48213", "t:tyler", "t:athens-tx", "t:texas"}, "Henderson County, Texas, US (U.S. Census counties), in the state the document points at"},
		{"a county of the Census table in the unit written after it",
			"[Henderson County|t:henderson-ky], [Illinois|t:illinois] deputies met police from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas].", nil,
			[]string{"census:17071", "t:illinois", "t:tyler", "t:athens-tx", "t:texas"}, "in the state written after it"},
		{"a county only one state has is that state's, whatever the document points at",
			"[Athens County|t:athens-tx] deputies met police from [Tyler|t:tyler], [Texas|t:texas].", nil,
			[]string{"census:39009", "t:tyler", "t:texas"}, "Athens County, Ohio"},
		{"a county several states have is in the one the document's names vote for",
			"[Henderson County|t:henderson-ky] deputies met police from [Tyler|t:tyler] and [Peoria|t:peoria], [Illinois|t:illinois].", nil,
			[]string{"census:17071", "t:tyler", "t:peoria", "t:illinois"}, "Henderson County, Illinois"},
		{"a unit's name beside another unit of its country is the unit",
			"Farmers from [Oregon|t:oregon-il,t:oregon] met in [Peoria|t:peoria], [Illinois|t:illinois].", nil,
			[]string{"t:oregon", "t:peoria", "t:illinois"}, ""},
		{"a unit named like the country's capital stays the capital",
			"Farmers from [Peoria|t:peoria], [Illinois|t:illinois] lobbied [Washington|t:wa,t:dc].", nil,
			[]string{"t:peoria", "t:illinois", "t:dc"}, ""},
		{"a namesake of the capital gets no bonus from the unit the document names",
			"Farmers from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas] lobbied [Washington|t:washington-tx,t:dc].", nil,
			[]string{"t:tyler", "t:athens-tx", "t:texas", "t:dc"}, ""},
		{"a namesake of the capital written with its unit is the namesake",
			"Farmers from [Tyler|t:tyler] met in [Washington|t:washington-tx,t:dc], [Texas|t:texas].", nil,
			[]string{"t:tyler", "t:washington-tx", "t:texas"}, ""},
		{"a capital stays the city beside other units of its country",
			"Orders from [Pyongyang|t:pyongyang-unit,t:pyongyang] reached [Hyesan|t:hyesan], [Ryanggang|t:ryanggang] and [North Hwanghae|t:nhwanghae].", nil,
			[]string{"t:pyongyang", "t:hyesan", "t:ryanggang", "t:nhwanghae"}, ""},
		{"towns of one report lie together: the small namesakes beside each other beat the populous ones apart",
			"Crews from [Plainview|t:plainview-ny,t:plainview-mn] and [Elgin|t:elgin-mn] cleared roads near [Rochester|t:rochester-ny,t:rochester-mn].", nil,
			[]string{"t:plainview-mn", "t:elgin-mn", "t:rochester-mn"}, "near the document's other places"},
		{"two ambiguous names: the pair of readings close together wins",
			"Crews from [Plainview|t:plainview-ny,t:plainview-mn] cleared roads near [Rochester|t:rochester-ny,t:rochester-mn].", nil,
			[]string{"t:plainview-mn", "t:rochester-mn"}, ""},
		{"without a neighbour the populous namesake wins",
			"Crews cleared roads near [Rochester|t:rochester-ny,t:rochester-mn].", nil,
			[]string{"t:rochester-ny"}, ""},
		{"a small town known only far from the document's state is placed in the state",
			"Deputies from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas] searched a farm near [Howland|t:howland-me].", nil,
			[]string{"t:tyler", "t:athens-tx", "t:texas", "t:texas"}, ""},
		{"a small town with a reading in the document's state keeps it",
			"Deputies from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas] searched a farm near [Howland|t:howland-me,t:howland-tx].", nil,
			[]string{"t:tyler", "t:athens-tx", "t:texas", "t:howland-tx"}, ""},
		{"a namesake town of 15,000 elsewhere in the country does not stop the stray rule",
			"Deputies from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas] searched a farm near [Weston|t:weston-wv,t:weston-fl].", nil,
			[]string{"t:tyler", "t:athens-tx", "t:texas", "t:texas"}, ""},
		{"a best reading of 15,000 far from the document's state is no stray",
			"Deputies from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas] searched a farm near [Weston|t:weston-fl].", nil,
			[]string{"t:tyler", "t:athens-tx", "t:texas", "t:weston-fl"}, ""},
		{"capitals support each other across borders",
			"Students from [Tyler|t:tyler], [Texas|t:texas] flew to [Moscow|t:moscow-id,t:moscow-ru] after [Kiev|t:kiev-x,t:kyiv] and [Minsk|t:minsk].", nil,
			[]string{"t:tyler", "t:texas", "t:moscow-ru", "t:kyiv", "t:minsk"}, ""},
		{"a namesake of the capital beside the document's other towns keeps its unit's bonus",
			"The mayor of [Pittsburgh|t:pittsburgh] said [Washington|t:washington-pa,t:dc,t:wa,t:washington-tx] would get funding from [Harrisburg|t:harrisburg].", nil,
			[]string{"t:pittsburgh", "t:washington-pa", "t:harrisburg"}, ""},
		{"a capital's support does not choose between two big namesakes of one country",
			"Seafood plants in [Suzhou|t:suzhou-ah,t:suzhou-js] shipped crab to [Beijing|t:beijing].", nil,
			[]string{"t:suzhou-js", "t:beijing"}, ""},
		{"a city of a million known by an alternate name does not take a village's name through big-city support",
			"Traders in [Dandong|t:dandong] and [Shenyang|t:shenyang] said smugglers from [Datun|t:datong,t:datun-ln,t:datun-js] were arrested; [Beijing|t:beijing] said nothing.", nil,
			[]string{"t:dandong", "t:shenyang", "t:datun-ln", "t:beijing"}, ""},
		{"a name that is also a capital elsewhere is no stray town",
			"Deputies from [Tyler|t:tyler] and [Athens|t:athens-tx], [Texas|t:texas] flew to [Brussels|t:brussels-wi,t:brussels-be].", nil,
			[]string{"t:tyler", "t:athens-tx", "t:texas", "t:brussels-be"}, ""},
		{"names in a list of counties are counties",
			"Roads in [Beckett|t:becker-mn] and [Claye|t:clay-ny] counties of [Minnesota|t:minnesota] flooded; [Rochester|t:rochester-mn] and [Elgin|t:elgin-mn] too.", nil,
			[]string{"t:minnesota", "t:minnesota", "t:minnesota", "t:rochester-mn", "t:elgin-mn"}, "no Beckett in the gazetteer"},
		{"names in a list of counties are counties of the Census table",
			"Roads in [Becker|t:becker-mn] and [Clay|t:clay-ny] counties of [Minnesota|t:minnesota] flooded; [Rochester|t:rochester-mn] and [Elgin|t:elgin-mn] too.", nil,
			[]string{"census:27005", "census:27027", "t:minnesota", "t:rochester-mn", "t:elgin-mn"}, "Becker County, Minnesota"},
		{"a state named before counties is the state",
			"Most [Minnesota|t:minnesota] counties met in [Rochester|t:rochester-mn] and [Elgin|t:elgin-mn].", nil,
			[]string{"t:minnesota", "t:rochester-mn", "t:elgin-mn"}, ""},
		{"a river the gazetteer lacks lies in the document's state",
			"The [Zumbro River|] rose at [Rochester|t:rochester-mn], [Minnesota|t:minnesota], and [Elgin|t:elgin-mn].", nil,
			[]string{"t:minnesota", "t:rochester-mn", "t:minnesota", "t:elgin-mn"}, "no gazetteer entry for this name: the first-level unit the document points at, Minnesota"},
		{"a river the gazetteer lacks, in a document without a state, stays unresolved",
			"The [Zumbro River|] rose.", nil, []string{"-"}, `kind "River"`},
		{"one ambiguous name's vote for a unit does not outweigh population",
			"Fire crews from [Lebanon|t:lebanon-pa,t:lebanon-oh] helped in [Newark|t:newark-pa,t:newark-oh].", nil,
			[]string{"t:lebanon-oh", "t:newark-oh"}, ""},
		{"a town written with a unit none of its readings lies in is placed in the unit",
			"Deputies searched a farm near [Weston|t:weston-wv,t:weston-fl], [Texas|t:texas].", nil,
			[]string{"t:texas", "t:texas"}, "first-level unit written after it"},
		{"a reading near the unit written after it stays",
			"Police in [Anju|t:anju-kp], [North Hwanghae|t:nhwanghae] arrested two traders.", nil,
			[]string{"t:anju-kp", "t:nhwanghae"}, ""},
		{"a town more populous than its namesake county seat ranks as a seat",
			"Police in [Arlington|t:arlington-va,t:arlington-tx,t:arlington-ma] said the suspect fled.", nil,
			[]string{"t:arlington-tx"}, "best of 3"},
		{"a seat abroad lends no rank",
			"Police in [Vancouver|t:vancouver-wa,t:vancouver-bc] said the suspect fled.", nil,
			[]string{"t:vancouver-wa"}, "outranks"},
		{"a section of a city borrows no rank",
			"Police in [Douglas|t:douglas-ga,t:douglas-il] said the suspect fled.", nil,
			[]string{"t:douglas-ga"}, "outranks"},
		{"a capital lends no rank",
			"Police in [Kingston|t:kingston-jm,t:kingston-x] said the suspect fled.", nil,
			[]string{"t:kingston-jm"}, "outranks"},
		{"spelling variant resolves alike", "A lecture in [Chagang|t:chagang] province.", nil, []string{"t:chagang"}, "only reading"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := doc(t, tc.marked, all)
			if err := New(Options{Focus: tc.focus}).Process(context.Background(), it); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range it.Places {
				if m.Resolved {
					got = append(got, m.Place.ID)
				} else {
					got = append(got, "-")
				}
				if m.Reason == "" {
					t.Errorf("mention %q has no reason", m.Text)
				}
				for k := 1; k < len(m.Candidates); k++ {
					a, b := m.Candidates[k-1], m.Candidates[k]
					if a.Score < b.Score || (a.Score == b.Score && a.Place.ID > b.Place.ID) {
						t.Errorf("mention %q candidates not sorted: %v", m.Text, m.Candidates)
					}
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("resolved %q = %v, want %v (reasons: %q)", it.Doc.Text, got, tc.want, reasons(it))
			}
			if tc.name == "a county the gazetteer lacks goes to the unit the document points at" {
				// At the mean point of the document's towns in Texas.
				if p := it.Places[0].Place; math.Abs(p.Lat-32.275) > 0.01 || math.Abs(p.Lon+95.575) > 0.01 || p.Precision != pipeline.GeoAdmin1 {
					t.Errorf("county placed at %+v, want the mean of Tyler and Athens with admin1 precision", p)
				}
			}
			if tc.name == "a small town known only far from the document's state is placed in the state" {
				// At the mean point of the document's towns in Texas.
				m := it.Places[3]
				if p := m.Place; math.Abs(p.Lat-32.275) > 0.01 || math.Abs(p.Lon+95.575) > 0.01 || p.Precision != pipeline.GeoAdmin1 ||
					!strings.Contains(m.Reason, "no reading in Texas") {
					t.Errorf("stray town placed at %+v (%s), want the mean of Tyler and Athens with admin1 precision", p, m.Reason)
				}
			}
			if tc.reason != "" && !strings.Contains(it.Places[0].Reason, tc.reason) {
				t.Errorf("reason %q lacks %q", it.Places[0].Reason, tc.reason)
			}
		})
	}
}

func reasons(it *pipeline.Item) []string {
	var out []string
	for _, m := range it.Places {
		out = append(out, m.Reason)
	}
	return out
}

func TestPrecision(t *testing.T) {
	tests := []struct {
		p      pipeline.Place
		prec   pipeline.GeoPrecision
		lo, hi float64
	}{
		{pKP, pipeline.GeoCountry, 200, 300},
		{pRyanggang, pipeline.GeoAdmin1, 50, 100},
		{pipeline.Place{ID: "x", FeatureCode: "ADM2", Country: "KP"}, pipeline.GeoAdmin2, 20, 20},
		{pHyesan, pipeline.GeoCity, 3, 6},
		{pipeline.Place{ID: "x", FeatureCode: "PPLC", Population: 3000000}, pipeline.GeoCity, 15, 20},
		{pipeline.Place{ID: "x", FeatureCode: "PPL"}, pipeline.GeoCity, 2, 2},
		{pTumenRiv, pipeline.GeoRegion, 250, 350},
		{pRegion, pipeline.GeoRegion, 350, 350},
	}
	countries, err := loadCountries()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		prec, km := precisionOf(tc.p, classOf(tc.p.FeatureCode), countries)
		if prec != tc.prec || km < tc.lo || km > tc.hi {
			t.Errorf("precisionOf(%s %s) = %s %.1f km, want %s in [%g, %g]", tc.p.ID, tc.p.FeatureCode, prec, km, tc.prec, tc.lo, tc.hi)
		}
	}
}

func TestOffset(t *testing.T) {
	all := index(pHyesan)
	it := doc(t, "Troops massed [20 km north of Hyesan|t:hyesan] on Monday.", all)
	if err := New(Options{}).Process(context.Background(), it); err != nil {
		t.Fatal(err)
	}
	m := it.Places[0]
	if !m.Resolved || m.Place.Precision != pipeline.GeoRegion || m.Place.UncertaintyKM != 10 {
		t.Fatalf("offset mention = %+v", m)
	}
	if d := distKM(pHyesan.Lat, pHyesan.Lon, m.Place.Lat, m.Place.Lon); math.Abs(d-20) > 0.1 || m.Place.Lat <= pHyesan.Lat {
		t.Errorf("offset point %.4f,%.4f is %.2f km from Hyesan, want 20 km north", m.Place.Lat, m.Place.Lon, d)
	}
	for _, s := range []string{"5 miles southwest of X", "30 kilometres to the north-east of the city of X"} {
		if o, rest := splitOffset(s); !o.ok || rest != "X" {
			t.Errorf("splitOffset(%q) = %+v, %q", s, o, rest)
		}
	}
}

func TestDeterministic(t *testing.T) {
	all := index(pSunchonKP, pSunchonKR, pKP, pKR)
	var first string
	for range 20 {
		it := doc(t, "[Sunchon|t:sunchon-kp,t:suncheon-kr] and [North Korea|t:kp] and [South Korea|t:kr] and [Sunchon|t:suncheon-kr,t:sunchon-kp].", all)
		if err := New(Options{}).Process(context.Background(), it); err != nil {
			t.Fatal(err)
		}
		got := fmt.Sprintf("%+v", it.Places)
		if first == "" {
			first = got
		} else if got != first {
			t.Fatalf("nondeterministic output:\n%s\n%s", first, got)
		}
	}
}

func ExampleGeocoder_Process() {
	text := "Addicts travel to Sunchon in North Korea."
	sunchonKP := pipeline.Place{ID: "x:sunchon-kp", Name: "Sunchon", Lat: 39.43, Lon: 125.93, FeatureCode: "PPL", Country: "KP", Population: 250000}
	suncheonKR := pipeline.Place{ID: "x:suncheon-kr", Name: "Suncheon", Lat: 34.95, Lon: 127.49, FeatureCode: "PPLA2", Country: "KR", Population: 270000}
	nk := pipeline.Place{ID: "x:kp", Name: "North Korea", Lat: 40.3, Lon: 127.4, FeatureCode: "PCLI", Country: "KP"}
	it := &pipeline.Item{Doc: pipeline.Document{Text: text}, Places: []pipeline.PlaceMention{
		{Span: pipeline.Span{Start: 18, End: 25}, Text: "Sunchon", Candidates: []pipeline.Candidate{{Place: suncheonKR}, {Place: sunchonKP}}},
		{Span: pipeline.Span{Start: 29, End: 40}, Text: "North Korea", Candidates: []pipeline.Candidate{{Place: nk}}},
	}}
	if err := New(Options{}).Process(context.Background(), it); err != nil {
		panic(err)
	}
	m := it.Places[0]
	fmt.Println(m.Place.ID, m.Place.Precision, m.Place.UncertaintyKM)
	fmt.Println(m.Reason)
	// Output:
	// x:sunchon-kp city 5
	// Sunchon (PPL, KP, pop 250000) best of 2 readings (KP 1, KR 1); the name as written is its own, the other's an alternate; inside "North Korea" written after it; document focus KP
}

func TestMovementBefore(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"went into ", true}, {"fled to ", true}, {"Toward ", true}, {"towards\u00a0", true}, {"x\tinto\n", true},
		{"went (to ", true}, {"to", true}, {"unto ", false}, {"2to ", false}, {"éto ", false}, {"Kim ", false},
		{"", false}, {"went to, ", false},
	}
	for _, tc := range tests {
		if got := movementBefore(tc.s, len(tc.s)); got != tc.want {
			t.Errorf("movementBefore(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestNearUnitAndTown checks that a nearby place does not tip the choice
// between a first-level unit and the town of the same name in it: closeness
// says nothing about which of the two the name means.
func TestNearUnitAndTown(t *testing.T) {
	all := index(pNampoUnit, pNampoCity, pPyongyang, pAnjuKP)
	resolveFirst := func(marked string) string {
		it := doc(t, marked, all)
		if err := New(Options{}).Process(context.Background(), it); err != nil {
			t.Fatal(err)
		}
		return it.Places[0].Place.ID
	}
	alone := resolveFirst("Arrests were made in [Nampo|t:nampo-unit,t:nampo-city].")
	for _, marked := range []string{
		"Arrests were made in [Nampo|t:nampo-unit,t:nampo-city] and [Pyongyang|t:pyongyang].",
		"Arrests were made in [Nampo|t:nampo-unit,t:nampo-city], [Anju|t:anju-kp] and [Pyongyang|t:pyongyang].",
	} {
		if got := resolveFirst(marked); got != alone {
			t.Errorf("Nampo in %q = %s, want %s as without neighbours", marked, got, alone)
		}
	}
}

// TestInCountyList checks the recognition of names in a list of counties.
func TestInCountyList(t *testing.T) {
	tests := []struct {
		marked string
		want   []bool
	}{
		{"[Becker], [Clay], [Douglas] and [Grant] counties flooded.", []bool{true, true, true, true}},
		{"[Becker] and [Clay] Counties flooded.", []bool{true, true}},
		{"[Caddo] or [Bossier] parishes voted.", []bool{true, true}},
		{"[Kentucky] counties voted.", []bool{false}},
		{"[Ohio] and [Becker] and [Clay] counties; [Texas] said.", []bool{true, true, true, false}},
		{"[Becker] met [Clay] and [Douglas] counties.", []bool{false, true, true}},
		{"[Becker], [Clay] and [Douglas] towns.", []bool{false, false, false}},
		// Names the gazetteer does not know still make the list.
		{"Small Hitchcock and [Hayes] counties gained.", []bool{true}},
		{"[Douglas], Sarpy and [Lancaster] counties grew.", []bool{true, true}},
		{"[Dakota], Otoe and Washington counties fell.", []bool{true}},
		{"Smith visited [Hayes] counties.", []bool{false}},
		{"[Hayes], where Smith lives, and other counties.", []bool{false}},
	}
	for _, tc := range tests {
		it := doc(t, tc.marked, nil)
		var got []bool
		for i := range it.Places {
			got = append(got, inCountyList(it.Doc.Text, it.Places, i))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("inCountyList(%q) = %v, want %v", it.Doc.Text, got, tc.want)
		}
	}
}

// TestDemonymVotes checks which demonyms count, and as what kind.
func TestDemonymVotes(t *testing.T) {
	all := index(pKP, pCN, pAnjuKP, pAnjuCN, pBeaver)
	tests := []struct {
		name, marked string
		want         []demonymCount
	}{
		{"one country, repeated", "North Korean guards and North Koreans in [Anju|t:anju-kp,t:anju-cn].",
			[]demonymCount{{"KP", 1, 1}}},
		{"a foreign trader does not count", "A Chinese trader met North Korean guards in [Anju|t:anju-kp,t:anju-cn].",
			[]demonymCount{{"KP", 1, 0}}},
		{"inside a place's name", "Police in [American Beaver|t:beaver] met North Korean guards.",
			[]demonymCount{{"KP", 1, 0}}},
		{"a demonym mention counts once", "[Chinese|t:cn] police in [Anju|t:anju-kp,t:anju-cn].",
			[]demonymCount{{"CN", 1, 0}}},
		{"goods, made, money", "South Korean dramas, Chinese-made phones and Chinese yuan in [Anju|t:anju-kp,t:anju-cn].", nil},
		{"a head after other words", "North Korean state security agents and Chinese mobile phones in [Anju|t:anju-kp,t:anju-cn].",
			[]demonymCount{{"KP", 1, 0}}},
		{"a stop word ends the head", "A North Korean who sold goods and the North Korean city of [Anju|t:anju-kp,t:anju-cn].",
			[]demonymCount{{"KP", 1, 1}}},
		{"punctuation ends the head", "He is North Korean; goods in [Anju|t:anju-kp,t:anju-cn].",
			[]demonymCount{{"KP", 0, 1}}},
		{"lower case", "north korean guards in [Anju|t:anju-kp,t:anju-cn].", nil},
		{"officials who speak are a source", "Chinese officials said North Korean guards in [Anju|t:anju-kp,t:anju-cn] arrested two traders.",
			[]demonymCount{{"CN", 0, 1}, {"KP", 1, 0}}},
		{"a speech verb two words on", "South Korean intelligence officials told reporters that North Korean police in [Anju|t:anju-kp,t:anju-cn] acted.",
			[]demonymCount{{"KR", 0, 1}, {"KP", 1, 0}}},
	}
	g := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := doc(t, tc.marked, all)
			for i := range it.Places {
				if it.Places[i].Text == "Chinese" {
					it.Places[i].Role = "demonym"
				}
			}
			got, err := g.demonymVotes(it.Doc.Text, it.Sentences, it.Places)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("demonymVotes(%q) = %v, want %v", it.Doc.Text, got, tc.want)
			}
		})
	}
}

// TestParseDemonymHeads checks the embedded table and the errors of
// malformed ones.
func TestParseDemonymHeads(t *testing.T) {
	m, err := demonymHeads()
	if err != nil {
		t.Fatalf("embedded demonymheads.tsv: %v", err)
	}
	for w, want := range map[string]demonymKind{"police": demPlace, "cosmetics": demThing, "made": demThing, "of": demStop} {
		if m[w] != want {
			t.Errorf("embedded table: %q is %d, want %d", w, m[w], want)
		}
	}
	for _, tc := range []struct {
		name, src string
		ok        bool
	}{
		{"comments and blank lines", "# c\n\npolice\tplace\r\ngoods\tthing\n", true},
		{"no tab", "police place\n", false},
		{"unknown kind", "police\tperson\n", false},
		{"upper case", "Police\tplace\n", false},
		{"listed twice", "police\tplace\npolice\tthing\n", false},
	} {
		_, err := parseDemonymHeads(tc.src)
		if (err == nil) != tc.ok {
			t.Errorf("%s: parseDemonymHeads(%q) error %v, want ok %v", tc.name, tc.src, err, tc.ok)
		} else if err != nil && !errors.Is(err, ErrData) {
			t.Errorf("%s: error %v does not wrap ErrData", tc.name, err)
		}
	}
}

// FuzzHeadKind checks that reading a demonym's head never panics, at any
// end offset, and that a stop word or punctuation right after it gives
// demOther.
func FuzzHeadKind(f *testing.F) {
	f.Add("North Korean security agents", 12)
	f.Add("Chinese-made phones", 7)
	f.Add("Korean", 6)
	f.Add("Korean, of", 6)
	heads, err := demonymHeads()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, end int) {
		if end < 0 || end > len(text) {
			return
		}
		k := headKind(heads, text, end)
		if k == demStop || k > demStop {
			t.Errorf("headKind(%q, %d) = %d, a table-only kind", text, end, k)
		}
		if end < len(text) && (text[end] == ',' || text[end] == '.') && k != demOther {
			t.Errorf("headKind(%q, %d) = %d after punctuation", text, end, k)
		}
	})
}
