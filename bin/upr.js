#!/usr/bin/env node
// The `upr` command: checks the Node version, then runs the compiled CLI (dist/, built by `npm run build`, and
// shipped in the npm package). Up to the version check this file uses only ES2017 syntax and no import
// declarations (they would be resolved before the check runs), so an old Node prints one clear line instead of
// a syntax error from deeper in the code or its dependencies.
var MINIMUM = [20, 19];
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < MINIMUM[0] || (parts[0] === MINIMUM[0] && parts[1] < MINIMUM[1])) {
  console.error('upr: needs Node.js ' + MINIMUM.join('.') + ' or newer (Node 24 LTS recommended); this is Node ' + process.versions.node + '.');
  process.exit(1);
}
import('./upr-main.js').then(
  function (m) { return m.main(); },
  function (err) { console.error(err); process.exit(1); }
);
