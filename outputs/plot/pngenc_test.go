package plot

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"testing"
)

// samePixels decodes a and b and reports whether they hold the same pixels,
// compared as 16-bit non-premultiplied RGBA.
func samePixels(t *testing.T, a, b []byte) bool {
	t.Helper()
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if ia.Bounds() != ib.Bounds() {
		return false
	}
	r := ia.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if color.NRGBA64Model.Convert(ia.At(x, y)) != color.NRGBA64Model.Convert(ib.At(x, y)) {
				return false
			}
		}
	}
	return true
}

// checkWritePNG writes img with writePNG and with png.Encode, the encoder it
// replaces, and compares the pixels both decode to, and for an opaque image
// with img's (png.Encode rounds translucent colours: such an image takes
// its way).
func checkWritePNG(t *testing.T, img image.Image) {
	t.Helper()
	var got, want bytes.Buffer
	gerr, werr := writePNG(&got, img), png.Encode(&want, img)
	if werr != nil || gerr != nil {
		if werr == nil || gerr == nil {
			t.Fatalf("writePNG: %v; png.Encode: %v", gerr, werr)
		}
		return // an empty image
	}
	if !samePixels(t, got.Bytes(), want.Bytes()) {
		t.Fatalf("writePNG and png.Encode decode to different pixels (%v)", img.Bounds())
	}
	if o, ok := img.(interface{ Opaque() bool }); !ok || !o.Opaque() {
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatal("writePNG differs from png.Encode on an image that is not opaque")
		}
		return
	}
	dec, err := png.Decode(bytes.NewReader(got.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	r := img.Bounds()
	if dec.Bounds().Size() != r.Size() {
		t.Fatalf("size %v, want %v", dec.Bounds().Size(), r.Size())
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			a := color.NRGBA64Model.Convert(img.At(x, y))
			b := color.NRGBA64Model.Convert(dec.At(x-r.Min.X+dec.Bounds().Min.X, y-r.Min.Y+dec.Bounds().Min.Y))
			if a != b {
				t.Fatalf("pixel (%d,%d) = %v, want %v", x, y, b, a)
			}
		}
	}
}

// randomRGBA returns an image whose pixels are drawn from a few colours, as
// a chart's are, with the given alpha for every pixel.
func randomRGBA(rnd *rand.Rand, r image.Rectangle, alpha uint8) *image.RGBA {
	m := image.NewRGBA(r)
	palette := []color.RGBA{{255, 255, 255, 255}, {31, 119, 180, 255}, {0, 0, 0, 255}, {214, 39, 40, 255}}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := palette[rnd.IntN(len(palette))]
			if rnd.IntN(5) == 0 {
				c = color.RGBA{uint8(rnd.Uint32()), uint8(rnd.Uint32()), uint8(rnd.Uint32()), 255}
			}
			if alpha != 255 {
				c = color.RGBA{c.R / 2, c.G / 2, c.B / 2, alpha} // premultiplied
			}
			m.SetRGBA(x, y, c)
		}
	}
	return m
}

func TestWritePNGSamePixels(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, r := range []image.Rectangle{
		image.Rect(0, 0, 1, 1),
		image.Rect(0, 0, 7, 3),
		image.Rect(0, 0, 300, 200), // more than one IDAT chunk
		image.Rect(5, -4, 40, 30),  // bounds not at the origin
		image.Rect(0, 0, 0, 0),
	} {
		checkWritePNG(t, randomRGBA(rnd, r, 255))
		if !r.Empty() {
			checkWritePNG(t, randomRGBA(rnd, r, 128)) // not opaque: png.Encode
		}
	}
	// A sub-image: the stride is wider than the rows.
	checkWritePNG(t, randomRGBA(rnd, image.Rect(0, 0, 50, 40), 255).SubImage(image.Rect(10, 5, 30, 35)))
	// Not an *image.RGBA: png.Encode.
	g := image.NewGray(image.Rect(0, 0, 9, 9))
	g.Pix[3] = 77
	checkWritePNG(t, g)
}

// TestWritePNGChart compares writePNG with png.Encode on a chart (a golden
// of TestTimelinePNGClose).
func TestWritePNGChart(t *testing.T) {
	b, err := os.ReadFile("testdata/default_size.png")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	rgba := image.NewRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	checkWritePNG(t, rgba)
}

// FuzzWritePNG compares writePNG with png.Encode on images made of the
// fuzzer's bytes.
func FuzzWritePNG(f *testing.F) {
	f.Add(uint8(3), uint8(2), false, []byte{1, 2, 3, 4, 5, 6, 7, 8})
	f.Add(uint8(1), uint8(1), true, []byte{255})
	f.Fuzz(func(t *testing.T, w, h uint8, opaque bool, pix []byte) {
		r := image.Rect(0, 0, int(w%64), int(h%64))
		m := image.NewRGBA(r)
		for i := range m.Pix {
			if len(pix) > 0 {
				m.Pix[i] = pix[i%len(pix)] ^ byte(i/len(pix))
			}
			if opaque && i%4 == 3 {
				m.Pix[i] = 255
			}
		}
		if !opaque {
			// Keep the colours premultiplied, as an RGBA image's are.
			for i := 0; i+3 < len(m.Pix); i += 4 {
				a := m.Pix[i+3]
				m.Pix[i], m.Pix[i+1], m.Pix[i+2] = min(m.Pix[i], a), min(m.Pix[i+1], a), min(m.Pix[i+2], a)
			}
		}
		checkWritePNG(t, m)
	})
}
