package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/fatih/color"

	"github.com/ledeparse/lede/pkg/article"
)

// palette colours the human-readable output; its zero colours print plain text.
type palette struct {
	title, label, quote, date, fail *color.Color
}

func newPalette(enabled bool) palette {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		title: mk(color.Bold), label: mk(color.Faint), quote: mk(color.FgCyan),
		date: mk(color.FgYellow), fail: mk(color.FgRed, color.Bold),
	}
}

// recordWriter writes records in one of the output formats.
type recordWriter struct {
	w      io.Writer
	format string // json, ndjson or text
	array  bool   // json: write one array of records rather than one object
	colors palette
	count  int
}

func newRecordWriter(w io.Writer, format string, array bool, colors palette) *recordWriter {
	return &recordWriter{w: w, format: format, array: array, colors: colors}
}

// encode writes v as JSON without HTML escaping, indented by indent unless it is "".
func encode(v any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	err := enc.Encode(v)
	return buf.Bytes(), err
}

func (rw *recordWriter) write(a *article.Article) error {
	defer func() { rw.count++ }()
	switch rw.format {
	case "ndjson":
		b, err := encode(a, "", "")
		if err != nil {
			return err
		}
		_, err = rw.w.Write(b)
		return err
	case "text":
		return rw.summary(a)
	}
	if !rw.array {
		b, err := encode(a, "", "  ")
		if err != nil {
			return err
		}
		_, err = rw.w.Write(b)
		return err
	}
	sep := ",\n  "
	if rw.count == 0 {
		sep = "[\n  "
	}
	b, err := encode(a, "  ", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(rw.w, "%s%s", sep, bytes.TrimRight(b, "\n"))
	return err
}

// close ends the output: it closes a JSON array, which is empty when no record was written.
func (rw *recordWriter) close() error {
	if rw.format != "json" || !rw.array {
		return nil
	}
	end := "\n]\n"
	if rw.count == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(rw.w, end)
	return err
}

// summary writes a for a person: the metadata, the quotes with their speakers and the dates.
func (rw *recordWriter) summary(a *article.Article) error {
	var b strings.Builder
	c := rw.colors
	if rw.count > 0 {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s %s\n", c.label.Sprint("==>"), a.Input)
	title := a.Title
	if title == "" {
		title = "(no title)"
	}
	fmt.Fprintf(&b, "%s\n", c.title.Sprint(title))
	line := func(label, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%s %s\n", c.label.Sprintf("%-10s", label), value)
		}
	}
	var names []string
	for _, p := range a.Authors {
		names = append(names, p.Name)
	}
	line("by", strings.Join(names, ", "))
	if a.Source != nil {
		line("source", strings.Join(nonEmpty(a.Source.Name, a.Source.Domain), ", "))
	}
	line("published", stamp(a.Published))
	line("modified", stamp(a.Modified))
	line("words", fmt.Sprintf("%d (%d min read)", a.WordCount, a.ReadingTimeMinutes))
	for _, q := range a.Quotes {
		who := "(no speaker)"
		if q.Speaker != nil {
			who = *q.Speaker
		}
		fmt.Fprintf(&b, "%s %s %s\n", c.label.Sprint("quote    "), c.quote.Sprintf("“%s”", q.Text), c.label.Sprint("— "+who))
	}
	for _, d := range a.Dates {
		fmt.Fprintf(&b, "%s %s %s\n", c.label.Sprint("date     "), d.Text, c.date.Sprintf("%s %s", d.Type, d.Value))
	}
	_, err := io.WriteString(rw.w, b.String())
	return err
}

func nonEmpty(vals ...string) []string {
	var out []string
	for _, v := range vals {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// stamp is how the text format shows a date-time.
func stamp(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("Mon 2 Jan 2006 15:04 -07:00")
	}
	return s
}
