package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ledeparse/lede/pkg/article"
	"github.com/ledeparse/lede/pkg/input"
	"github.com/ledeparse/lede/pkg/lede"
)

// parseOptions are the flags of "lede parse".
type parseOptions struct {
	Format    string // json, ndjson or text
	Output    string // a file to write instead of stdout
	Published string // an ISO 8601 date or date-time
	Today     string // an ISO 8601 date, or "" for the system's
	As        string // text or html: force the input kind
	Color     string // auto, always or never
	URL       string
	MaxBytes  int64
	Jobs      int
	Args      []string
}

// articleExts are the endings of the files a folder is searched for.
var articleExts = []string{".html", ".htm", ".txt", ".md"}

func newParse(s *Streams) *cobra.Command {
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse [FILE|DIR|-]...",
		Short: "Parse articles into JSON records",
		Long: `Parse each article (a plain-text or HTML file, "-" for standard input) into one JSON
record. Folders are searched recursively for .html, .htm, .txt and .md files. With no argument,
standard input is read when it is not a terminal.

Exit status: 0 when every input parsed, 1 when some input failed (the others are still parsed
and written), 2 for a usage error.`,
		Example: `  lede parse story.txt
  curl -s https://example.com/story | lede parse | jq .title
  lede parse --format ndjson pages/ > records.ndjson
  lede parse --published 2025-08-07 -o story.json story.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Args = args
			return runParse(cmd.Context(), s, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "json", "output format: json (one object, or an array for several inputs), ndjson or text")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	f.StringVar(&opts.Published, "published", "", "publication `DATE` (ISO 8601 date or date-time): overrides the article's, and relative dates resolve against it")
	f.StringVar(&opts.Today, "today", "", "the present `DATE` (default: the system's): a date with a weekday but no year, in an article with no publication date, takes the latest year up to this one in which it falls on that weekday")
	f.StringVar(&opts.As, "as", "", "read every input as `KIND` (text or html) instead of detecting it")
	f.StringVar(&opts.Color, "color", "auto", "colour the text format and messages: auto, always or never")
	f.StringVar(&opts.URL, "url", "", "the article's `URL` (recorded in source)")
	f.Int64Var(&opts.MaxBytes, "max-bytes", input.DefaultMaxBytes, "refuse inputs larger than `N` bytes")
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "parse `N` inputs at a time")
	return cmd
}

// item is one input to parse: its name as given, and its path ("" for standard input).
type item struct {
	name, path string
	err        error // set when the argument could not be turned into inputs
}

// runParse parses every input of opts and writes the records, reporting each failure on
// s.Err. It returns errInputs when some input failed.
func runParse(ctx context.Context, s *Streams, opts *parseOptions) error {
	cfg, err := checkParseOptions(s, opts)
	if err != nil {
		return err
	}
	items, array := inputs(opts.Args)
	if len(items) == 0 {
		if s.InTTY {
			return usagef("parse: no input (give a file, a folder or -, or pipe an article to standard input)")
		}
		items = []item{{name: "-"}}
	}
	if opts.Output != "" {
		if err := refuseInputAsOutput(opts.Output, items); err != nil {
			return err
		}
	}
	w, commit, err := openOutput(s, opts.Output)
	if err != nil {
		return err
	}
	defer commit(false)
	out := newRecordWriter(w, opts.Format, array, newPalette(cfg.outColor))
	errColors := newPalette(cfg.errColor)
	failed := false
	for res := range parseAll(ctx, s, items, cfg.parse, opts.Jobs) {
		if res.err != nil {
			failed = true
			fmt.Fprintf(s.Err, "%s %s: %s\n", errColors.fail.Sprint("lede:"), res.name, message(res.err))
			continue
		}
		if err := out.write(res.article); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
	}
	if err := out.close(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := commit(out.count > 0 || !failed); err != nil {
		return err
	}
	if failed {
		return errInputs
	}
	return nil
}

// parseConfig is what the flags settle before any input is read.
type parseConfig struct {
	parse lede.Options
	// outColor and errColor say whether the text format and the messages are coloured.
	outColor, errColor bool
}

func checkParseOptions(s *Streams, opts *parseOptions) (parseConfig, error) {
	var cfg parseConfig
	switch opts.Format {
	case "json", "ndjson", "text":
	default:
		return cfg, usagef("parse: --format %q: want json, ndjson or text", opts.Format)
	}
	kind, err := input.ParseKind(opts.As)
	if err != nil {
		return cfg, usagef("parse: --as: %v", err)
	}
	cfg.parse.Kind = kind
	if opts.Published != "" {
		t, err := lede.ParseStamp(opts.Published)
		if err != nil {
			return cfg, usagef("parse: --published: %v", err)
		}
		cfg.parse.Published = t
	}
	cfg.parse.Now = s.Now()
	if opts.Today != "" {
		t, err := lede.ParseStamp(opts.Today)
		if err != nil {
			return cfg, usagef("parse: --today: %v", err)
		}
		cfg.parse.Now = t
	}
	if opts.MaxBytes <= 0 {
		return cfg, usagef("parse: --max-bytes %d: want a positive number of bytes", opts.MaxBytes)
	}
	cfg.parse.MaxBytes = opts.MaxBytes
	cfg.parse.URL = opts.URL
	if opts.Jobs < 1 {
		opts.Jobs = 1
	}
	switch opts.Color {
	case "auto":
		cfg.outColor = !s.NoColor && s.OutTTY && opts.Output == ""
		cfg.errColor = !s.NoColor && s.ErrTTY
	case "always":
		cfg.outColor, cfg.errColor = true, true
	case "never":
	default:
		return cfg, usagef("parse: --color %q: want auto, always or never", opts.Color)
	}
	return cfg, nil
}

// inputs expands the arguments into the inputs to parse. array says whether the output is
// a list of records (several arguments, or a folder) rather than one.
func inputs(args []string) (items []item, array bool) {
	array = len(args) > 1
	for _, arg := range args {
		if arg == "-" {
			items = append(items, item{name: "-"})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			items = append(items, item{name: arg, err: err})
			continue
		}
		if !info.IsDir() {
			items = append(items, item{name: arg, path: arg})
			continue
		}
		array = true
		var found []item
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, item{name: path, err: err})
				return nil
			}
			if !d.IsDir() && slices.Contains(articleExts, strings.ToLower(filepath.Ext(path))) {
				found = append(found, item{name: path, path: path})
			}
			return nil
		})
		if err == nil && len(found) == 0 {
			err = fmt.Errorf("no articles in folder (no %s files)", strings.Join(articleExts, ", "))
		}
		if err != nil {
			found = append(found, item{name: arg, err: err})
		}
		items = append(items, found...)
	}
	return items, array
}

// refuseInputAsOutput fails when the output file is one of the inputs, which writing it
// would destroy.
func refuseInputAsOutput(output string, items []item) error {
	outInfo, err := os.Stat(output)
	if err != nil {
		return nil // it does not exist yet, so it is no input
	}
	for _, it := range items {
		if it.path == "" {
			continue
		}
		if info, err := os.Stat(it.path); err == nil && os.SameFile(info, outInfo) {
			return usagef("parse: -o %s names an input", output)
		}
	}
	return nil
}

// openOutput returns the writer for the records and a function that finishes it: for a file,
// the records go to a temporary file beside it that commit(true) renames into place and
// commit(false) removes, so that a failed run never leaves a partial file.
func openOutput(s *Streams, path string) (io.Writer, func(keep bool) error, error) {
	if path == "" {
		return s.Out, func(bool) error { return nil }, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	done := false
	commit := func(keep bool) error {
		if done {
			return nil
		}
		done = true
		if !keep {
			tmp.Close()
			os.Remove(tmp.Name())
			return nil
		}
		if err := tmp.Close(); err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := os.Rename(tmp.Name(), path); err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		return nil
	}
	return tmp, commit, nil
}

// result is the outcome of parsing one input.
type result struct {
	name    string
	article *article.Article
	err     error
}

// parseAll parses the items, jobs at a time, and yields their results in the items' order.
func parseAll(ctx context.Context, s *Streams, items []item, opts lede.Options, jobs int) <-chan result {
	queue := make(chan chan result, jobs*2)
	go func() {
		defer close(queue)
		sem := make(chan struct{}, jobs)
		for _, it := range items {
			slot := make(chan result, 1)
			select {
			case queue <- slot:
			case <-ctx.Done():
				return
			}
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				slot <- parseOne(ctx, s, it, opts)
			}()
		}
	}()
	out := make(chan result)
	go func() {
		defer close(out)
		for slot := range queue {
			out <- <-slot
		}
	}()
	return out
}

// parseOne parses a single input; a panic in the parser is reported as that input's error
// rather than ending the batch.
func parseOne(ctx context.Context, s *Streams, it item, opts lede.Options) (res result) {
	res.name = it.name
	defer func() {
		if r := recover(); r != nil {
			res.err = fmt.Errorf("internal error: %v", r)
		}
	}()
	if it.err != nil {
		res.err = it.err
		return res
	}
	var r io.Reader = s.In
	if it.path != "" {
		f, err := os.Open(it.path)
		if err != nil {
			res.err = err
			return res
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			res.err = errors.New("is a folder")
			return res
		}
		r = f
	}
	opts.Name = it.name
	res.article, res.err = lede.Parse(ctx, r, opts)
	return res
}

// message is err as one line, without the path an *fs.PathError repeats.
func message(err error) string {
	return strings.ReplaceAll(unwrapPath(err).Error(), "\n", "; ")
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
