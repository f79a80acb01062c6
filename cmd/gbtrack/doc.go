/*
Gbtrack extracts what the ILO Office promised the Governing Body (recommendations, action items
and dated commitments) from GB papers, evaluation reports and news items, and reports how far it
got.

Usage:

	gbtrack run --out DIR [flags] SOURCE...
	gbtrack report --out DIR [--as-of DATE] RUN_DIR
	gbtrack diff [--json] [--as-of DATE] OLD_DIR NEW_DIR
	gbtrack text [--pdf-engine NAME] [--password PW] FILE
	gbtrack help
	gbtrack version

A SOURCE is a PDF or HTML file, a folder (every .pdf, .htm and .html file under it), an http or
https URL, or a manifest (a .manifest, .list or .txt file listing sources, one a line, # for
comments; a manifest fetched from the web may list only http and https URLs).

The run command writes DIR/items.jsonl (every item, one JSON object a line, in document order),
DIR/documents.jsonl (one line a document, with "error" set for the ones that could not be read),
DIR/report.pdf (the consolidated progress report) and DIR/report.json (every figure the report
shows, with the item ids behind it). Each file is written atomically. Per-document results are
cached in DIR/.cache by content hash and gbtrack version, so a re-run over an unchanged corpus
extracts nothing again.

Flags of run:

	--out DIR          output folder (required)
	-j N               documents read at once (default: the number of CPUs)
	--as-of DATE       date overdue items are judged against, YYYY-MM-DD (default: today)
	--title TEXT       report title
	--pdf-engine NAME  pdfium (default: PDFium in WebAssembly, sandboxed) or go (pure Go,
	                   in an isolated worker process)
	--password PW      password tried on password-protected PDFs
	--doc-timeout D    give up on one document after D (default 60s)
	--no-cache         extract every document again
	--previous DIR     a previous run: the report gains "Changes since the previous run"
	--calendar FILE    sessions that add to or override the built-in calendar, in its TSV
	                   form: body, number (or "2027 annual" for an Executive Board), first
	                   day, last day (YYYY-MM-DD or YYYY-MM), irregular or -, source

The report command re-renders report.pdf and report.json from an existing run without
extracting again. The diff command compares two runs item by item: new, removed, status changed,
due date changed, newly overdue, text changed (with a word diff); --json writes
{"changes": [...]} for tools. The text command prints a document's text layer as gbtrack reads it
(blocks, tables, footnotes), to see why an item was or was not found.

Data goes to standard output, diagnostics and progress to standard error.

Exit status:

	0  every document was read
	1  some documents failed (their lines in documents.jsonl say why), or the command failed
	2  usage error
*/
package main
