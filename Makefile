GO ?= go

.PHONY: all build test vet fmt-check golden bench fuzz eval

all: build test

build:
	$(GO) build -o bin/lede ./cmd/lede

# test is what CI runs: the formatting check, go vet and every test.
test: fmt-check vet
	$(GO) test ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# golden rewrites the golden files of the packages that own them; review the diff.
golden:
	$(GO) test ./pkg/lede/ ./cmd/lede/ -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./pkg/...

# fuzz keeps minimisation short: minimising an input takes long on this regexp-heavy parser.
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 60s -fuzzminimizetime 5s ./pkg/lede/
