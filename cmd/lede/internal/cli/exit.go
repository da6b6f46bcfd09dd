package cli

import (
	"context"
	"errors"
	"fmt"
)

// Exit codes of lede.
const (
	exitOK     = 0 // every input parsed
	exitFailed = 1 // some input failed; the others were parsed and written
	exitUsage  = 2 // the command line is wrong
)

// errInputs reports that some inputs failed; each was already reported on stderr.
var errInputs = errors.New("some inputs failed")

// usageError is a mistake on the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Errorf(format, args...)}
}

// Main runs lede with args and returns its exit code. It is the whole program but for the
// process around it.
func Main(ctx context.Context, args []string, s *Streams) int {
	started := false
	root := newRoot(s, &started)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return exitCode(s, asUsage(err, started))
}

// exitCode maps an error from a command to lede's exit code, reporting it unless it was
// already reported.
func exitCode(s *Streams, err error) int {
	var usage *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInputs):
		return exitFailed
	case errors.As(err, &usage):
		fmt.Fprintf(s.Err, "lede: %v\nRun 'lede --help' for usage.\n", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(s.Err, "lede: interrupted")
		return exitFailed
	default:
		fmt.Fprintf(s.Err, "lede: %v\n", err)
		return exitFailed
	}
}
