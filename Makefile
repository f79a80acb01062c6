# gbtrack: see README.md. Every target works on a fresh machine with Go; nothing else is needed,
# except by `make bench`, which installs poppler-utils and qpdf when they are missing.
GO      ?= go
BIN     := bin/gbtrack
AS_OF   ?=
FUZZTIME ?= 20s
# make bench: documents in the scaled corpus and runs of each measurement. BENCH_SIZE=2000 is the
# archive-sized corpus (about 22,000 pages; an hour or more); the default takes a few minutes.
BENCH_SIZE  ?= 20
BENCH_COUNT ?= 5

.PHONY: all build demo test bench bench-tools bench-go golden fuzz vet eval clean

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

# Speed and memory targets are measured here, never in timed unit tests: gbtrack over a corpus
# scaled from the samples (made once in the user's cache folder) at -j 1 and -j 2 beside
# pdftotext on the same PDFs, medians of BENCH_COUNT, in Go benchmark format (benchstat reads
# it) and as a table. See cmd/gbbench/doc.go.
bench: build bench-tools
	$(GO) run ./cmd/gbbench -bin $(BIN) -size $(BENCH_SIZE) -count $(BENCH_COUNT)

# pdftotext (poppler-utils) is the yardstick and qpdf makes the corpus: installed with apt-get
# when missing and running as root, else the command to run is printed.
bench-tools:
	@for t in pdftotext:poppler-utils qpdf:qpdf; do \
	  cmd=$${t%%:*}; pkg=$${t##*:}; \
	  command -v $$cmd >/dev/null 2>&1 && continue; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get install -y $$pkg || { apt-get update && apt-get install -y $$pkg; } || exit 1; \
	  else \
	    echo "make bench needs $$cmd: install $$pkg (Debian: sudo apt-get install $$pkg)" >&2; exit 1; \
	  fi; \
	done

# The Go micro-benchmarks of every package.
bench-go:
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
