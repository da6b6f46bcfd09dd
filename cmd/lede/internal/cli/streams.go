package cli

import (
	"bytes"
	"io"
	"os"
	"strings"
	"time"
)

// Streams are the standard streams a command reads and writes, and what is known of them.
type Streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
	// InTTY, OutTTY and ErrTTY say whether the stream is a terminal.
	InTTY, OutTTY, ErrTTY bool
	// NoColor is true when the NO_COLOR environment variable is set and not empty.
	NoColor bool
	// Getwd names the working folder, for telling an output file from the inputs.
	Getwd func() (string, error)
	// Now tells the present, for dates written without their year.
	Now func() time.Time
}

// System returns the process's own streams.
func System() *Streams {
	noColor := os.Getenv("NO_COLOR") != ""
	return &Streams{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		InTTY: isTerminal(os.Stdin), OutTTY: isTerminal(os.Stdout), ErrTTY: isTerminal(os.Stderr),
		NoColor: noColor,
		Getwd:   os.Getwd,
		Now:     time.Now,
	}
}

// Test returns streams for a test: empty input that is not a terminal, and buffers for the
// output and error streams.
func Test(in string) (*Streams, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return &Streams{In: strings.NewReader(in), Out: out, Err: errOut, Getwd: os.Getwd, Now: time.Now}, out, errOut
}

func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
