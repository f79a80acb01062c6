# gbtrack: see README.md. Every target works on a fresh machine with Go; nothing else is needed.
GO      ?= go
BIN     := bin/gbtrack
AS_OF   ?=
FUZZTIME ?= 20s

.PHONY: all build demo test bench golden fuzz vet eval clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/gbtrack

# The main job on the bundled sample corpus: writes out/items.jsonl, out/documents.jsonl,
# out/report.json and out/report.pdf.
demo: build
	$(BIN) run --out out $(if $(AS_OF),--as-of $(AS_OF)) samples

vet:
	$(GO) vet ./...

test: vet
	$(GO) test ./...

# Speed and memory targets are measured here, never in timed unit tests.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Scores gbtrack on the development set (../shared/devset beside the repository): the scorer's
# lines per kind for the tuned part and the measured-only part, then one line a document.
# See eval/dev/README.md. VERBOSE=1 lists every missed, extra and wrong item.
eval: build
	eval/dev/run.sh $(BIN)

# Rewrites the golden files; review `git diff golden/` before committing.
golden:
	$(GO) test ./golden/ -update

# Runs every fuzz target for FUZZTIME each; crashers land in testdata/fuzz and become regression
# tests.
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin out
