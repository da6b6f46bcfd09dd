package lede_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/ledeparse/lede/pkg/lede"
)

func ExampleParse() {
	paste := `Council Approves New Bridge

By Mara Quinn | Riverside Post
5 min read

“It is time,” said Mayor Ana Ruiz on Tuesday as the council voted to build a new bridge.`
	a, err := lede.Parse(context.Background(), strings.NewReader(paste), lede.Options{Name: "bridge.txt"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Authors[0].Name, "|", a.Source.Name, "|", a.ReadingTimeMinutes, "min")
	for _, q := range a.Quotes {
		fmt.Printf("%q %s %s\n", q.Text, *q.Speaker, q.Kind)
	}
	for _, d := range a.Dates {
		fmt.Println(d.Text, d.Type, d.Value)
	}
	// Output:
	// Council Approves New Bridge
	// Mara Quinn | Riverside Post | 5 min
	// "It is time," Ana Ruiz direct
	// Tuesday date XXXX-WXX-2
}
