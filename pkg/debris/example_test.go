package debris_test

import (
	"fmt"
	"strings"

	"github.com/ledeparse/lede/pkg/debris"
)

func ExampleParse() {
	paste := `Harbour Board Backs Ferry Expansion

By Lena Marsh | Coastal Ledger
Published: March 4, 2026, 9:15 a.m. ET
4 min read

PORTHAVEN (Coastal Wire) — The harbour board voted Tuesday to add two ferry routes.

“We have waited long enough,” the board's chair said.

Share This Article
Comments (3)`
	page := debris.Parse(paste, debris.Options{})
	fmt.Println("title:", page.Title)
	fmt.Println("author:", page.Authors[0].Name)
	fmt.Println("source:", page.Source.Name)
	fmt.Println("published:", page.Published)
	fmt.Println("reading time:", page.ReadingTimeMinutes)
	fmt.Println(strings.Join(page.Paragraphs, "\n"))
	// Output:
	// title: Harbour Board Backs Ferry Expansion
	// author: Lena Marsh
	// source: Coastal Ledger
	// published: 2026-03-04T09:15:00-05:00
	// reading time: 4
	// The harbour board voted Tuesday to add two ferry routes.
	// “We have waited long enough,” the board's chair said.
}

func ExampleClassify() {
	lines := []string{"Storm Closes Ferry Routes", "Editor", "3 min read", "", "Ferries stayed in port on Saturday.", "", "Advertisement", "", "Share"}
	for i, l := range debris.Classify(lines) {
		if l != debris.Blank {
			fmt.Printf("%-8s %s\n", l, lines[i])
		}
	}
	// Output:
	// headline Storm Closes Ferry Routes
	// account  Editor
	// badge    3 min read
	// body     Ferries stayed in port on Saturday.
	// ad       Advertisement
	// chrome   Share
}
