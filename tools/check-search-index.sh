#!/usr/bin/env bash
# Checks that the search index holds exactly what the database holds (same ids, no ghosts, none missing).
# Usage: CLUS3_TOKEN=c3_... tools/check-search-index.sh [base-url]     (an administrator's API token)
# Exit status: 0 when they agree, 1 when they differ, 2 when the check could not run.
set -euo pipefail
base="${1:-http://localhost:8080}"
if [[ -z "${CLUS3_TOKEN:-}" ]]; then
  echo "Set CLUS3_TOKEN to an administrator's API token (My profile → API tokens)." >&2
  exit 2
fi
answer=$(curl -sS -f -X POST -H "Authorization: Bearer $CLUS3_TOKEN" -H 'Accept: application/json' \
  "$base/api/search/index/check") || { echo "The check could not run (is the server up, the token an administrator's?)" >&2; exit 2; }
echo "$answer"
if [[ "$answer" == *'"missingCount":0'* && "$answer" == *'"ghostCount":0'* ]]; then
  echo "Index and database agree."
else
  echo "Index and database differ: rebuild with POST $base/api/search/index/rebuild" >&2
  exit 1
fi
