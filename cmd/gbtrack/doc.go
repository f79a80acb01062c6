/*
Gbtrack extracts what the ILO Office promised the Governing Body (recommendations, action items
and dated commitments) from GB papers, evaluation reports and news items, and reports how far it
got.

Usage:

	gbtrack run --out DIR [flags] SOURCE...
	gbtrack run --out PART --shard i/n [flags] SOURCE...
	gbtrack merge [--as-of DATE] [--title TEXT] [--previous DIR] OUT PART...
	gbtrack report [--out DIR] [--as-of DATE] RUN_DIR
	gbtrack diff [--json] [--as-of DATE] OLD_DIR NEW_DIR
	gbtrack query [filters] [--format jsonl|csv|table|markdown] [--count] RUN_DIR...
	gbtrack export --sqlite FILE RUN_DIR...
	gbtrack text [--pdf-engine NAME] [--password PW] FILE
	gbtrack pull --out CACHE [--index URL --match REGEX] [flags] [SOURCE...]
	gbtrack help [COMMAND]
	gbtrack version

"gbtrack COMMAND --help" (or -h, or "gbtrack help COMMAND") prints the command's usage and its
flags with their defaults.

A SOURCE is a PDF or HTML file, a folder (every .pdf, .htm and .html file under it), an http or
https URL, or a manifest (a .manifest, .list or .txt file listing sources, one a line, # for
comments; a manifest fetched from the web may list only http and https URLs).

The run command writes DIR/items.jsonl (every item, one JSON object a line, in document order),
DIR/documents.jsonl (one line a document, with "error" set for the ones that could not be read,
including each manifest line, missing file, link or pipe that was not read), DIR/report.pdf (the
consolidated progress report) and DIR/report.json (every figure the report shows, with the item
ids behind it). The four are published as one set: each run is written to DIR/runs/ID and made
current by renaming one link, DIR/current, through which the files at the top of DIR lead; a
reader or a kill at any moment sees the previous set or the new one, never a mix. A run that
reads no document keeps the previous set (exit 1); one that reads fewer documents than the
previous run says how many it lost in its last line. A second run on the same DIR is refused
while one is writing it. DIR's own files are never read as inputs, even when DIR is inside an
input folder. Per-document results are cached in DIR/.cache by content hash and gbtrack
version, so a re-run over an unchanged corpus extracts nothing again.

Flags of run:

	--out DIR          output folder (required)
	-j N               documents read at once (default: the number of CPUs)
	--as-of DATE       date overdue items are judged against, YYYY-MM-DD (default: today)
	--title TEXT       report title
	--pdf-engine NAME  pdfium (default: PDFium in WebAssembly, sandboxed, in worker processes
	                   killed on a document's deadline) or go (pure Go, in an isolated worker
	                   process)
	--password PW      password tried on password-protected PDFs
	--doc-timeout D    give up on one document after D (default 60s)
	--no-cache         extract every document again
	--previous DIR     a previous run: the report gains "Changes since the previous run"
	                   (default: the run DIR held before this one, when it holds one)
	--no-previous      no changes section, even when DIR holds a run
	--allow-private    let redirects and manifest entries lead to loopback, link-local and
	                   private addresses (refused by default; URLs named on the command line
	                   may always go anywhere)
	--calendar FILE    sessions that add to or override the built-in calendar, in its TSV
	                   form: body, number (or "2027 annual" for an Executive Board), first
	                   day, last day (YYYY-MM-DD or YYYY-MM), irregular or -, source
	--pull-cache DIR   where URL sources are kept and revalidated between runs, as by
	                   "gbtrack pull" (default: DIR/.cache/pull)
	--contact TEXT     URL or mail address for site operators, sent in the User-Agent
	--quiet            no progress: no bar, no phase lines, no line a document read;
	                   failures and the summary are still written
	--shard i/n        read only shard i (0-based) of n: the sources whose SHA-256 of their
	                   canonical URL or cleaned path is i modulo n; write DIR/partial.jsonl
	                   instead of the outputs, for gbtrack merge
	--timings          print the time spent in each stage (engine start, text layer, items,
	                   normalize, report) on standard error, before the summary line
	--cpuprofile F, --mutexprofile F, --blockprofile F
	                   debug: write the run's CPU, lock-contention or blocking profile to F
	                   for go tool pprof (the PDF workers' own CPU is not in it)
	--heap-profile FILE  write the live heap (runtime/pprof) at the report stage to
	                   FILE.assembled, FILE.built and FILE.drawn, to see where a run's memory is

The merge command puts the partial runs of every shard of one run (each PART a shard's --out
folder or its partial.jsonl) back together and publishes in OUT the bytes a single-machine run
of the same sources writes: ids, documents, items, follow-up links and copies across shards, the
report. A shard missing or given twice, or shards of different runs, are refused before anything
is written. deploy/README.md shows shards as a Kubernetes Indexed Job and a Slurm job array.

The report command re-renders report.pdf and report.json from an existing run without
extracting again, and publishes them with the run's items in DIR. The diff command compares two
runs item by item: new, removed, status changed, due date changed, newly overdue, text changed
(with a word diff), then writes a line of counts to standard error; --json writes
{"changes": [...]} for tools. As diff(1) does, it exits 0 when the runs are the same, 1 when
they differ and 2 on trouble. The text command prints a document's text layer as gbtrack reads it
(blocks, tables, footnotes), to see why an item was or was not found.

The pull command downloads documents (URLs, CSV or JSON Lines manifests, the links of an index
page) into a cache folder, honouring robots.txt and per-host limits, asking again only with
conditional requests, and resuming an interrupted pull ("gbtrack help pull").

The query command selects items of one or more runs; filters combine with AND:

	--kind K              recommendation, action_item or commitment
	--doc GLOB            document symbol or file name; * and ? are wildcards (GB.34*)
	--status S            latest status where follow-up knows one, else the item's; none for no status
	--due-before DATE     due.end strictly before DATE (YYYY-MM-DD)
	--due-after DATE      due.end strictly after DATE
	--overdue-as-of DATE  due.end before DATE and not completed
	--unit U              abbreviation or any name of the unit register (PROGRAM)
	--text WORDS          all words in the item's text; "a phrase" in quotes; case and accents aside
	--session N           Governing Body session N: the document's (GB.N/...) or the one due at
	--format F            jsonl (default), csv, table or markdown
	--count               print only the number of items
	--copies              keep the items of documents that are copies of others (left out by default)

The export command writes the items, documents, units and follow-up of the runs into a SQLite
database with an FTS5 index on the item texts (docs/query.md has the tables and example queries).

Data goes to standard output; diagnostics, progress and the run's one-line summary (its last
line) to standard error. Progress covers every long phase of a run (starting the PDF engine,
fetching URLs, reading documents, rendering the report): documents done of the total, bytes,
failures, elapsed and remaining time, as a bar redrawn in place when standard error is a
terminal and as plain lines, at most one a second, when it is not. File names are shown
escaped: a control character, a byte that is not UTF-8 or a backslash is written as a Go-style
escape (\n, \xe9, \\).

Exit status:

	0  every document was read
	1  some documents failed (their lines in documents.jsonl say why), no document could be
	   read (the previous outputs are kept), or the command failed
	2  usage error (checked before any work: flags, --out, --previous)
*/
package main
