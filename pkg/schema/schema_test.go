package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/ledeparse/lede/pkg/schema"
)

func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	raw, err := schema.Article()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schema.ID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(schema.ID)
	if err != nil {
		t.Fatalf("the generated schema does not compile: %v", err)
	}
	return s
}

// TestGoldenRecordsMatchSchema checks every golden record against the schema generated from
// the same Go types.
func TestGoldenRecordsMatchSchema(t *testing.T) {
	s := compile(t)
	paths, err := filepath.Glob("../../testdata/articles/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden records: %v", err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			v, err := jsonschema.UnmarshalJSON(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(v); err != nil {
				t.Errorf("%s does not match the schema: %v", path, err)
			}
		})
	}
}

// TestSchemaRejects checks that the schema is strict enough to catch a wrong record.
func TestSchemaRejects(t *testing.T) {
	s := compile(t)
	for name, rec := range map[string]string{
		"unknown format":  `{"format":"pdf","word_count":1,"text":"x","quotes":[],"dates":[]}`,
		"author a string": `{"format":"text","authors":["Ann"],"word_count":1,"text":"x","quotes":[],"dates":[]}`,
		"bad quote kind":  `{"format":"text","word_count":1,"text":"x","quotes":[{"text":"x","speaker":null,"kind":"indirect","group":0,"start":0,"end":1}],"dates":[]}`,
		"no text":         `{"format":"text","word_count":1,"quotes":[],"dates":[]}`,
	} {
		t.Run(name, func(t *testing.T) {
			var v any
			if err := json.Unmarshal([]byte(rec), &v); err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(v); err == nil {
				t.Errorf("schema accepts %s", rec)
			}
		})
	}
}
