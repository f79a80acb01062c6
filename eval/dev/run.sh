#!/usr/bin/env bash
# Scores gbtrack on the development set: one run over every dev document present, then the
# scorer's lines per kind for each part (tune, measure) and one line a document.
#
# usage: eval/dev/run.sh [BIN]
# env:   DEVSET=DIR   the dev documents (default ../shared/devset/docs beside the repository)
#        SCORER=FILE  the scorer (default ../shared/eval/score.py)
#        EVAL_OUT=DIR keep the run there (default a temporary folder)
#        AS_OF=DATE   the run's --as-of (default 2026-11-29, so overdue judgments are stable)
#        VERBOSE=1    the scorer's missed/extra/wrong lines for each part
#        DOC_TIMEOUT  per-document deadline (default 10m: a busy machine must not change a score)
#        PART=tune    run and score only that part (whoever writes rules runs PART=tune, so the
#                     measured-only documents stay unseen)
# Documents listed in split.tsv but absent are skipped and named; gold without a document is
# not scored. Exit 0 when it could score, 2 when it cannot run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/bin/gbtrack}
devset=${DEVSET:-$root/../shared/devset/docs}
scorer=${SCORER:-$root/../shared/eval/score.py}
as_of=${AS_OF:-2026-11-29}
doc_timeout=${DOC_TIMEOUT:-10m}
[[ -x $bin ]] || { echo "eval: gbtrack not built: $bin (make build)"; exit 2; }
[[ -d $devset ]] || { echo "eval: no dev documents at $devset (set DEVSET)"; exit 2; }
[[ -f $scorer ]] || { echo "eval: no scorer at $scorer (set SCORER)"; exit 2; }
command -v python3 >/dev/null || { echo "eval: python3 not found"; exit 2; }

if [[ -n ${EVAL_OUT:-} ]]; then mkdir -p "$EVAL_OUT"; work=$(cd "$EVAL_OUT" && pwd)
else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

declare -A part
inputs=()
while IFS=$'\t' read -r doc p _; do
  [[ -z $doc || $doc == \#* ]] && continue
  [[ -n ${PART:-} && $p != "$PART" ]] && continue
  if [[ -f $devset/$doc ]]; then part[$doc]=$p; inputs+=("$devset/$doc")
  else echo "eval: absent, skipped: $doc"; fi
done <"$here/split.tsv"
[[ ${#inputs[@]} -gt 0 ]] || { echo "eval: none of the dev documents is present"; exit 2; }

rm -rf "$work/run"
start=$(date +%s)
"$bin" run --out "$work/run" --as-of "$as_of" --doc-timeout "$doc_timeout" --no-cache "${inputs[@]}" >"$work/run.log" 2>&1 || true
[[ -f $work/run/items.jsonl ]] || { echo "eval: the run wrote no items.jsonl:"; tail -3 "$work/run.log"; exit 2; }
echo "dev set: ${#inputs[@]} documents, run in $(( $(date +%s) - start )) s"
grep -E 'gave up|failed' "$work/run.log" | sed 's/^/  /' || true

gold_of() { local d=$1; echo "$here/gold/${d%.*}.json"; }
for p in ${PART:-tune measure}; do
  g=$work/gold-$p; rm -rf "$g"; mkdir -p "$g"; n=0
  for d in "${!part[@]}"; do
    [[ ${part[$d]} == "$p" && -f $(gold_of "$d") ]] && { cp "$(gold_of "$d")" "$g/"; n=$((n + 1)); }
  done
  echo
  echo "== $p part: $n documents with gold"
  [[ $n -gt 0 ]] || continue
  if [[ -n ${VERBOSE:-} ]]; then python3 "$scorer" "$g" "$work/run" --verbose
  else python3 "$scorer" "$g" "$work/run"; fi
  echo "-- per document"
  for f in "$g"/*.json; do
    one=$work/one; rm -rf "$one"; mkdir -p "$one"; cp "$f" "$one/"
    out=$(python3 "$scorer" "$one" "$work/run")
    kinds=$(echo "$out" | awk '/^(recommendation|action_item|commitment) /{
      if ($0 ~ /\(0 found, 0 extra, 0 missed\)/) next
      sub(/precision.*\(/, "(", $0); printf "%s%s", sep, $0; sep="; " }')
    printf '%-42s %s | %s\n' "$(basename "$f" .json)" "$(echo "$out" | tail -1 | sed 's/^score: //')" "$kinds"
  done
done
