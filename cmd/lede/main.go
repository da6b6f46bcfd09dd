// Command lede parses news articles, given as plain text or HTML, into structured JSON.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/ledeparse/lede/cmd/lede/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], cli.System())
	stop()
	os.Exit(code)
}
