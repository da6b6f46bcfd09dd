package input_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ledeparse/lede/pkg/input"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		opts    input.Options
		want    *input.Doc
		wantErr error
	}{
		{"plain text", "Title\n\nBody.\n", input.Options{}, &input.Doc{Kind: input.Text, Text: "Title\n\nBody.\n", Charset: "utf-8"}, nil},
		{"crlf", "Title\r\n\r\nBody.\r\n", input.Options{}, &input.Doc{Kind: input.Text, Text: "Title\n\nBody.\n", Charset: "utf-8"}, nil},
		{"old mac line ends", "Title\r\rBody.", input.Options{}, &input.Doc{Kind: input.Text, Text: "Title\n\nBody.", Charset: "utf-8"}, nil},
		{"utf-8 bom", "\xef\xbb\xbfTitle", input.Options{}, &input.Doc{Kind: input.Text, Text: "Title", Charset: "utf-8"}, nil},
		{"utf-16 le bom", "\xff\xfeT\x00i\x00", input.Options{}, &input.Doc{Kind: input.Text, Text: "Ti", Charset: "utf-16"}, nil},
		{"windows-1252", "caf\xe9 \x93ok\x94", input.Options{}, &input.Doc{Kind: input.Text, Text: "café “ok”", Charset: "windows-1252"}, nil},
		{"html page", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", input.Options{}, &input.Doc{Kind: input.HTML, Text: "<!DOCTYPE html><html><body><p>Hi</p></body></html>", Charset: "utf-8"}, nil},
		{"html fragment", "\n<div class=a><p>One</p><p>Two</p></div>", input.Options{}, &input.Doc{Kind: input.HTML, Text: "\n<div class=a><p>One</p><p>Two</p></div>", Charset: "utf-8"}, nil},
		{"text mentioning a tag", "Use the <p> tag for paragraphs.", input.Options{}, &input.Doc{Kind: input.Text, Text: "Use the <p> tag for paragraphs.", Charset: "utf-8"}, nil},
		{"forced html", "just words", input.Options{Kind: input.HTML}, &input.Doc{Kind: input.HTML, Text: "just words", Charset: "utf-8"}, nil},
		{"empty", "", input.Options{}, nil, input.ErrEmpty},
		{"white space only", " \n\t\r\n", input.Options{}, nil, input.ErrEmpty},
		{"bom only", "\xef\xbb\xbf\n", input.Options{}, nil, input.ErrEmpty},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", input.Options{}, nil, input.ErrBinary},
		{"elf", "\x7fELF\x02\x01\x01" + strings.Repeat("\x00", 40), input.Options{}, nil, input.ErrBinary},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00", input.Options{}, nil, input.ErrBinary},
		{"too large", "0123456789", input.Options{MaxBytes: 9}, nil, input.ErrTooLarge},
		{"exactly the limit", "012345678", input.Options{MaxBytes: 9}, &input.Doc{Kind: input.Text, Text: "012345678", Charset: "utf-8"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := input.Decode(strings.NewReader(tc.raw), tc.opts)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Decode() error = %v, want %v", err, tc.wantErr)
			}
			if tc.want == nil {
				if got != nil {
					t.Fatalf("Decode() = %+v, want nil", got)
				}
				return
			}
			if *got != *tc.want {
				t.Errorf("Decode() = %+v, want %+v", *got, *tc.want)
			}
		})
	}
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]input.Kind{"": input.Sniff, "text": input.Text, "HTML": input.HTML, "htm": input.HTML} {
		if got, err := input.ParseKind(in); err != nil || got != want {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := input.ParseKind("pdf"); err == nil {
		t.Error(`ParseKind("pdf") succeeded, want an error`)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Title\r\n\r\nBody"))
	f.Add([]byte("<html><p>x</p></html>"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := input.DecodeBytes(raw, input.Sniff)
		if err != nil {
			return
		}
		if strings.ContainsRune(doc.Text, '\r') {
			t.Errorf("Text holds a carriage return")
		}
		if doc.Kind == input.Sniff {
			t.Errorf("Kind is Sniff")
		}
	})
}
