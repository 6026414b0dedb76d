// Sums the JSON reports of Vitest and Playwright and the plain checks into one line:
// "N passed, N failed". A report that is missing or unreadable counts as one failure.
import { readFileSync } from 'node:fs';

const [checksPassed, checksFailed, ...reports] = process.argv.slice(2);
let passed = Number(checksPassed) || 0;
let failed = Number(checksFailed) || 0;

function countPlaywright(suite) {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      const outcome = t.status ?? (t.results?.at(-1)?.status === 'passed' ? 'expected' : 'unexpected');
      if (outcome === 'expected' || outcome === 'flaky') passed += 1;
      else if (outcome !== 'skipped') failed += 1;
    }
  }
  for (const child of suite.suites ?? []) countPlaywright(child);
}

for (const file of reports) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: unreadable report (${error.message})`);
    failed += 1;
    continue;
  }
  if (typeof report.numPassedTests === 'number') {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A test file that fails to load (an error outside any test) counts as one failure.
    failed += report.numFailedTestSuites ?? 0;
    if (report.numTotalTests === 0) failed += 1; // a runner that ran nothing has failed
  } else if (Array.isArray(report.suites)) {
    const before = passed + failed;
    for (const suite of report.suites) countPlaywright(suite);
    failed += report.errors?.length ?? 0;
    if (passed + failed === before) failed += 1;
  } else {
    console.error(`${file}: unknown report format`);
    failed += 1;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
