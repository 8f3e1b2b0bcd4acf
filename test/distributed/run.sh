#!/usr/bin/env bash
# npm run test:distributed — dvx as a mapper on a real Dask cluster.
# Builds a JSON Lines corpus from the fixtures, runs it through one dvx process,
# then through examples/dask/dvx_dask.py (a local scheduler and two worker
# processes, eight partitions), and checks the merged output, sorted by id,
# equals the single-process output byte for byte.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Debian's python3 (a pyenv or venv python3 earlier on PATH would not see its packages)
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3)
if ! "$py" -c 'import dask.bag, distributed' 2>/dev/null; then
  echo "test:distributed: installing python3-distributed with apt-get" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq python3-distributed >/dev/null
  py=/usr/bin/python3
fi

[ -f dist/bundle/run.js ] || npm run build --silent
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node test/distributed/make-corpus.mjs "$work/corpus.jsonl" fixtures --copies 2
node bin/dvx.js extract - --input-format jsonl -f jsonl --no-progress <"$work/corpus.jsonl" >"$work/single.jsonl" || [ $? -eq 1 ]
"$py" examples/dask/dvx_dask.py "$work/corpus.jsonl" "$work/dask.jsonl" \
  --workers 2 --partitions 8 --dvx "node $(pwd)/bin/dvx.js"

records=$(wc -l <"$work/corpus.jsonl")
if cmp -s "$work/single.jsonl" "$work/dask.jsonl"; then
  echo "test:distributed: passed ($records records, Dask output identical to one process)"
else
  echo "test:distributed: FAILED: Dask output differs from one process" >&2
  diff <(cut -c1-200 "$work/single.jsonl") <(cut -c1-200 "$work/dask.jsonl") | head -20 >&2
  exit 1
fi
