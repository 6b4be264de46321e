// Prints one closing line for CI from the JSON reports vitest and Playwright write: "tests: N passed, N failed".
import fs from 'node:fs';

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
let brokenFiles = 0;
const unit = read('test-results/vitest.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  // A test file that fails before any test runs (an import throws, a fixture is missing) reports no
  // failed test: count it as one failure, so the closing line never reads "0 failed" for a failed run.
  brokenFiles = (unit.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  failed += brokenFiles;
}
const e2e = read('test-results/playwright.json');
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
  skipped += e2e.stats.skipped ?? 0;
}
if (!unit) console.log('unit tests: no report (test-results/vitest.json missing)');
if (!e2e) console.log('browser tests: no report (test-results/playwright.json missing)');
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${brokenFiles ? ` (${brokenFiles} of them test files that could not run)` : ''}`);
