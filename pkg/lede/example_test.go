package lede_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/ledeparse/lede/pkg/lede"
)

func ExampleParse() {
	paste := `Council Approves New Bridge

The council voted to build a new bridge over the river.`
	a, err := lede.Parse(context.Background(), strings.NewReader(paste), lede.Options{Name: "bridge.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Input, a.Format, a.Language)
	// Output: bridge.txt text en
}
