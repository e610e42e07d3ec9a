// Node test-runner reporter used by scripts/run-tests.mjs beside the usual one: counts tests (not suites) and
// writes one JSON line `{ passed, failed, skipped }` to its destination when the run ends.
export default async function* summaryReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') {
      // A suite fails when a test in it fails (already counted) or when its own hook or body throws.
      if (event.type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') counts.failed++;
      continue;
    }
    if (data.todo !== undefined) counts.skipped++; // a known bug marked todo: reported, never a pass
    else if (event.type === 'test:fail') counts.failed++;
    else if (data.skip !== undefined || data.todo !== undefined) counts.skipped++;
    else counts.passed++;
  }
  yield `${JSON.stringify(counts)}\n`;
}
