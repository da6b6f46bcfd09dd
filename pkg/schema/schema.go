// Package schema generates the JSON Schema of lede's output record from its Go types.
package schema

import (
	"encoding/json"

	"github.com/invopop/jsonschema"

	"github.com/ledeparse/lede/pkg/article"
)

// ID is the schema's identifier.
const ID = "https://github.com/ledeparse/lede/schema/article.json"

// Article returns the JSON Schema (draft 2020-12) of article.Article, indented, ending in a
// newline.
func Article() ([]byte, error) {
	r := &jsonschema.Reflector{DoNotReference: true}
	s := r.Reflect(&article.Article{})
	s.ID = ID
	s.Title = "lede article record"
	out, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}
