#!/usr/bin/env bash
# Load benchmarks: arm A (the API, Release, Production) against arm B (hand-written endpoints) under wrk.
#   bash tests/ContentApi.Benchmarks/load/run.sh            full run: rewrites BENCHMARKS.md's tables and benchmarks-scaling.png
#   bash tests/ContentApi.Benchmarks/load/run.sh --quick    every scenario briefly on 1,000 articles, equality checks (CI)
# Other options: --sizes 1000,10000 --headline 100000 --rounds 3 --seconds 5 --profile <scenario> --no-report
#   --scenarios front,fulltext,fulltext-common   only these (writes no report: the tables would be partial)
set -euo pipefail
cd "$(dirname "$0")/../../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if ! command -v wrk >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y wrk >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y wrk >/dev/null; }
fi
if [[ " $* " == *" --profile "* ]]; then
  dotnet tool restore >/dev/null
fi

dotnet build -c Release tests/ContentApi.Benchmarks -v quiet -nologo -clp:ErrorsOnly
exec dotnet tests/ContentApi.Benchmarks/bin/Release/net10.0/ContentApi.Benchmarks.dll load "$@"
