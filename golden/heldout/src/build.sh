#!/bin/sh
# Rebuilds the held-out PDFs from the sources in this folder (see ../README.md). Needs
# libreoffice-writer-nogui (or libreoffice-writer) and chromium from Debian, and python3 to serve
# the web pages under an ILO-like address so that no local path is printed in the page footers.
set -e
cd "$(dirname "$0")"
export HOME="${TMPDIR:-/tmp}/heldout-lo-home"
mkdir -p "$HOME"
for f in gb353-pfa-4 eval-hle-skills-2024; do
	soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir .. "$f.html"
done
# Any path is served by its last element, so that the printed address can look like the site's.
python3 -c '
import http.server, os
class H(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path):
        return os.path.join(os.getcwd(), os.path.basename(path.split("?")[0]))
    def log_message(self, *a):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", 8765), H).serve_forever()
' &
server=$!
trap 'kill $server' EXIT
sleep 1
chrome() {
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run \
		"--host-resolver-rules=MAP www.ilo.org 127.0.0.1:8765" "$@" 2>/dev/null
}
chrome --print-to-pdf=../gb350-ins-12.pdf "http://www.ilo.org/gb/GB350/ins-12/gb350-ins-12.html"
chrome --print-to-pdf=../eval-hle-arabstates-web.pdf "http://www.ilo.org/eval/hle/2024/eval-hle-arabstates-web.html"
