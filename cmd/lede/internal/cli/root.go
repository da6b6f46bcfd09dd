// Package cli is lede's command line: a cobra tree whose commands take their streams and
// options as values, so that tests run them in-process.
package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newRoot builds the command tree over the streams s. It sets *started when a command's run
// begins, so that errors before that point are known to be usage errors.
func newRoot(s *Streams, started *bool) *cobra.Command {
	root := &cobra.Command{
		Use:   "lede",
		Short: "Parse news articles into structured JSON",
		Long: `lede parses a news article, given as plain text or as an HTML page, into one JSON
record: title, authors, source, publication date, body text, every quotation with its
speaker, and every date the text mentions, resolved to a calendar value.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRun: func(*cobra.Command, []string) {
			*started = true
		},
		// A bare "lede" is a usage error, not a help page on stdout.
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return usagef("a command is required (parse, schema, version)")
		},
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{err}
	})
	root.AddCommand(newParse(s), newSchema(s), newVersion(s))
	return root
}

// asUsage marks the errors cobra returns before a command runs (an unknown command, a wrong
// number of arguments) as usage errors.
func asUsage(err error, started bool) error {
	var usage *usageError
	if err == nil || started || errors.As(err, &usage) {
		return err
	}
	return &usageError{err}
}
