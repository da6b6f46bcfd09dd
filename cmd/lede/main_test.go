package main

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ledeparse/lede/cmd/lede/internal/cli"
)

var update = flag.Bool("update", false, "rewrite the testscript files' golden output")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"lede": func() { os.Exit(cli.Main(context.Background(), os.Args[1:], cli.System())) },
	})
}

// TestScripts runs the CLI behaviours described in testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"gen": generate,
		},
	})
}

// generate writes a file whose bytes a txtar archive cannot hold well: gen KIND FILE.
//
//	png      the start of a PNG image
//	elf      the start of a Linux executable
//	latin1   an article in Windows-1252 (curly quotes, é) that is not valid UTF-8
//	bom      an article in UTF-8 with a byte order mark
//	crlf     an article with CRLF line ends
//	longline an article of one line of 1 MB
//	big      a text of 2048 bytes (over a --max-bytes of 1024)
func generate(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gen KIND FILE")
	}
	const story = "Council Approves New Bridge\n\nBy Mara Quinn\n\nThe council voted on Tuesday to build a new bridge over the river, ending a debate that began in 2019.\n\nWork starts next spring.\n"
	var data []byte
	switch args[0] {
	case "png":
		data = append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	case "elf":
		data = append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 64)...)
	case "latin1":
		data = []byte("Caf\xe9 Owners Win Appeal\n\nThe owners of the caf\xe9 said the ruling was \x93a relief\x94 on Monday.\n")
	case "bom":
		data = append([]byte("\xef\xbb\xbf"), story...)
	case "crlf":
		data = []byte(strings.ReplaceAll(story, "\n", "\r\n"))
	case "longline":
		data = []byte(strings.Repeat("The river rose again and the town waited. ", 1<<20/43) + "\n")
	case "big":
		data = []byte(strings.Repeat("word ", 2048/5+1))
	default:
		ts.Fatalf("gen: unknown kind %q", args[0])
	}
	if err := os.WriteFile(ts.MkAbs(args[1]), data, 0o644); err != nil {
		ts.Fatalf("gen: %v", err)
	}
}
