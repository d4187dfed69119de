#!/usr/bin/env bash
# Usage: tests/e2e/run.sh <baseUrl> <expectedTitleText> <screenshotPath>
# Installs what the checks need, then runs the graphql-http audits against <baseUrl>/graphql and the IDE smoke test,
# which runs an articles query in the IDE and waits for <expectedTitleText>. Exits non-zero if either fails.
# Environment: GRAPHQL_PATH (default /graphql), E2E_QUERY (default: first three article titles).
set -euo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: $0 <baseUrl> <expectedTitleText> <screenshotPath>" >&2
  exit 2
fi

base_url="${1%/}"
expected_text="$2"
screenshot_path="$3"
endpoint="${base_url}${GRAPHQL_PATH:-/graphql}"
default_query='{ articles(first: 3) { nodes { title } } }'
query="${E2E_QUERY:-$default_query}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

(cd "$here" && npm ci --no-audit --no-fund)
mkdir -p "$(dirname "$screenshot_path")"

status=0
echo "== graphql-http audits against $endpoint"
node "$here/audit.mjs" "$endpoint" || status=1
echo "== IDE smoke test at $endpoint"
node "$here/ide.mjs" "$endpoint" "$query" "$expected_text" "$screenshot_path" || status=1
exit "$status"
