package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportBoundaries keeps the library pure: no package under pkg/ depends on the CLI's
// libraries, and none imports the process, logging or network packages itself.
func TestImportBoundaries(t *testing.T) {
	deps, err := exec.Command("go", "list", "-deps", "../../pkg/...").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for _, dep := range strings.Fields(string(deps)) {
		if strings.HasPrefix(dep, "github.com/spf13/cobra") || strings.HasPrefix(dep, "github.com/fatih/color") {
			t.Errorf("pkg/... depends on %s", dep)
		}
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}: {{join .Imports \" \"}}", "../../pkg/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	forbidden := map[string]bool{"os": true, "log": true, "log/slog": true, "net/http": true, "os/exec": true, "flag": true}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, ": ")
		for _, imp := range strings.Fields(imports) {
			if forbidden[imp] {
				t.Errorf("%s imports %s", pkg, imp)
			}
		}
	}
}
