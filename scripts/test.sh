#!/usr/bin/env bash
# `npm test`: unit tests (vitest), then the browser e2e tests (vitest.e2e.config.ts, which builds
# dist first). Both suites run even if the first fails, so one run shows every failure; the exit
# code is non-zero if any test failed. Ends with one plain line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh || exit 1

reports=tests/artifacts/test-results
mkdir -p "$reports"
rm -f "$reports"/*.json

status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json" || status=1
if [ -f vitest.e2e.config.ts ]; then
  npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json \
    --outputFile.json="$reports/e2e.json" || status=1
else
  echo "(vitest.e2e.config.ts not found: no e2e tests run)"
fi

node -e '
  const fs = require("node:fs");
  let passed = 0, failed = 0, failedFiles = 0;
  for (const file of process.argv.slice(1)) {
    if (!fs.existsSync(file)) continue;
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    failedFiles += report.testResults.filter((r) => r.status === "failed").length;
  }
  // A test file whose setup fails runs none of its tests: count such files, or the line could say "0 failed".
  const files = failedFiles > 0 ? ` (${failedFiles} test file${failedFiles > 1 ? "s" : ""} with failures)` : "";
  console.log(`${passed} passed, ${failed} failed${files}`);
' "$reports/unit.json" "$reports/e2e.json"

exit "$status"
