// Package input turns the bytes of an input into UTF-8 text or HTML: it strips a byte order
// mark, decodes legacy charsets, normalises line ends and tells HTML from plain text.
package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Kind is the kind of an input: plain text or HTML.
type Kind uint8

// The kinds of input. The zero value asks Decode to sniff.
const (
	Sniff Kind = iota
	Text
	HTML
)

// String returns "text", "html" or "sniff".
func (k Kind) String() string {
	switch k {
	case Text:
		return "text"
	case HTML:
		return "html"
	}
	return "sniff"
}

// ParseKind reads "text", "html" or "" (sniff). It returns an error for any other word.
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(s) {
	case "", "auto":
		return Sniff, nil
	case "text", "txt", "plain":
		return Text, nil
	case "html", "htm":
		return HTML, nil
	}
	return Sniff, fmt.Errorf("unknown input kind %q (want text or html)", s)
}

// DefaultMaxBytes is the size limit Decode applies when Options.MaxBytes is zero: 50 MiB.
const DefaultMaxBytes = 50 << 20

// Options tune Decode. The zero value sniffs the kind and applies DefaultMaxBytes.
type Options struct {
	// Kind forces the input's kind; Sniff (zero) detects it.
	Kind Kind
	// MaxBytes is the largest input accepted; zero means DefaultMaxBytes, negative no limit.
	MaxBytes int64
}

// Doc is a decoded input.
type Doc struct {
	// Kind is Text or HTML, never Sniff.
	Kind Kind
	// Text is the input as UTF-8 with "\n" line ends, for both kinds.
	Text string
	// Charset is the name of the encoding the input was decoded from ("utf-8", "windows-1252").
	Charset string
}

// The conditions Decode reports; test for them with errors.Is.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary data, not text")
	ErrTooLarge = errors.New("input too large")
)

// Decode reads r and returns it as UTF-8 text of a known kind. It fails with ErrEmpty when
// the input holds only white space, ErrBinary when it looks like an image, an executable or
// other binary data, and ErrTooLarge when it exceeds the size limit.
func Decode(r io.Reader, opts Options) (*Doc, error) {
	limit := opts.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	var raw []byte
	var err error
	if limit > 0 {
		raw, err = io.ReadAll(io.LimitReader(r, limit+1))
		if err == nil && int64(len(raw)) > limit {
			return nil, fmt.Errorf("%w: over %d bytes", ErrTooLarge, limit)
		}
	} else {
		raw, err = io.ReadAll(r)
	}
	if err != nil {
		return nil, err
	}
	return DecodeBytes(raw, opts.Kind)
}

// DecodeBytes is Decode for an input already in memory, with no size limit.
func DecodeBytes(raw []byte, kind Kind) (*Doc, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, ErrEmpty
	}
	text, name, err := toUTF8(raw)
	if err != nil {
		return nil, err
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	if kind == Sniff {
		kind = sniff(text)
	}
	return &Doc{Kind: kind, Text: text, Charset: name}, nil
}

// toUTF8 decodes raw by its byte order mark, else as UTF-8 when it is valid, else by the
// charset an HTML page declares, else as Windows-1252 (the usual superset of Latin-1).
func toUTF8(raw []byte) (string, string, error) {
	var enc encoding.Encoding
	name := "utf-8"
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16"
	}
	if enc == nil && looksBinary(raw) {
		return "", "", ErrBinary
	}
	if enc == nil && !utf8.Valid(raw) {
		enc, name = charmap.Windows1252, "windows-1252"
		if e, n, certain := charset.DetermineEncoding(raw, "text/html"); certain && n != "utf-8" {
			enc, name = e, n
		}
	}
	if enc == nil {
		return string(raw), name, nil
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", fmt.Errorf("decoding %s: %w", name, err)
	}
	if looksBinary(out) {
		return "", "", ErrBinary
	}
	return string(out), name, nil
}

// binarySignatures are the first bytes of the binary files most often handed to a text tool
// by mistake: images, PDF, archives, compressed files and executables.
var binarySignatures = [][]byte{
	[]byte("\x89PNG"), []byte("\xff\xd8\xff"), []byte("GIF8"), []byte("%PDF-"), []byte("PK\x03\x04"),
	[]byte("\x1f\x8b"), []byte("7z\xbc\xaf"), []byte("\xfd7zXZ"), []byte("\x7fELF"),
	[]byte("\xcf\xfa\xed\xfe"), []byte("\xca\xfe\xba\xbe"),
}

// looksBinary reports whether b is not text: it starts with the signature of an image,
// archive or executable, or its first 8 KiB hold a NUL byte or many control bytes (which
// catches the binary formats without a signature listed here).
func looksBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	for _, magic := range binarySignatures {
		if bytes.HasPrefix(head, magic) {
			return true
		}
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}

// htmlShape is the start of a page: a doctype, an <html>, <head> or <body> tag, or one of
// the block tags a fragment of a page starts with.
var htmlShape = regexp.MustCompile(`(?i)^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div|p|section|main|h[1-6]|!--)[\s>/]`)

// sniff tells HTML from text by how the input begins, and by whether it is dense with the
// tags of a page.
func sniff(text string) Kind {
	head := text[:min(len(text), 4096)]
	if htmlShape.MatchString(head) {
		return HTML
	}
	lower := strings.ToLower(head)
	tags := strings.Count(lower, "<p>") + strings.Count(lower, "<div") + strings.Count(lower, "</p>") + strings.Count(lower, "<br")
	if tags >= 3 && strings.Contains(lower, "</") {
		return HTML
	}
	return Text
}
