// Prints one closing line over every runner: "tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const unit = read('reports/vitest.json');
const e2e = read('reports/playwright.json');
const engines = read('reports/engines-vitest.json');

const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = (unit?.numFailedTests ?? 0) + (unit ? 0 : 1);
const e2ePassed = (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const e2eFailed = (e2e?.stats?.unexpected ?? 0) + (e2e ? 0 : 1);
const enginesPassed = engines?.numPassedTests ?? 0;
const enginesFailed = (engines?.numFailedTests ?? 0) + (engines ? 0 : 1);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0) + (engines?.numPendingTests ?? 0);
const passed = unitPassed + e2ePassed + enginesPassed;
const failed = unitFailed + e2eFailed + enginesFailed;

console.log(`unit: ${unitPassed} passed, ${unitFailed} failed`);
console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed`);
console.log(`engines: ${enginesPassed} passed, ${enginesFailed} failed`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0) process.exit(1);
