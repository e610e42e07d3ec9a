#!/usr/bin/env bash
# Checks the npm package as a user gets it: `npm pack`, install the tarball without dev dependencies in an empty
# folder, then run `upr --help`, `upr demo --no-serve` and `upr report Slovenia --format pdf` from there; last,
# with playwright-core removed, `upr --help` still works and PDF output fails with a clear message.
# Fails (non-zero exit, the failing step named) when any step fails. Uses the `node` and `npm` first on PATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/upr-pack-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
step() { printf '\npack-check: [%ss] %s\n' "$SECONDS" "$*"; }
fail() { printf '\npack-check: FAILED: %s\n' "$*" >&2; exit 1; }

step "npm pack (node $(node --version))"
(cd "$root" && npm pack --pack-destination "$work" --no-fund >"$work/pack.log" 2>&1) || { cat "$work/pack.log" >&2; fail "npm pack"; }
tarball="$(ls "$work"/*.tgz)"
echo "$(basename "$tarball"): $(du -k "$tarball" | cut -f1) KiB, $(tar -tzf "$tarball" | wc -l) files"
if tar -tzf "$tarball" | grep -E '^package/(src|test|bench|node_modules)/' | head -5 | grep -q .; then
  fail "the tarball holds source, test or node_modules files (see package.json files)"
fi

step "npm install --omit=dev of the tarball in an empty folder"
app="$work/app"
mkdir -p "$app"
(cd "$app" && echo '{"name":"pack-check","private":true}' >package.json &&
  npm install --omit=dev --no-audit --no-fund "$tarball" >"$work/install.log" 2>&1) || { cat "$work/install.log" >&2; fail "npm install of the tarball"; }
upr="$app/node_modules/.bin/upr"
export UPR_DB="$work/upr.db"

step "upr --help"
(cd "$app" && "$upr" --help >"$work/help.txt") || fail "upr --help"
grep -q 'Usage: upr' "$work/help.txt" || fail "upr --help printed no usage"

step "upr demo --no-serve"
(cd "$app" && "$upr" demo --no-serve) || fail "upr demo --no-serve"

step "upr report Slovenia --format pdf"
(cd "$app" && "$upr" report Slovenia --format pdf --out "$work/slovenia.pdf") || fail "upr report Slovenia --format pdf"
head -c 5 "$work/slovenia.pdf" | grep -q '%PDF-' || fail "upr report wrote no PDF"
echo "slovenia.pdf: $(du -k "$work/slovenia.pdf" | cut -f1) KiB"

step "without playwright-core: upr --help works, PDF output says what is missing"
rm -rf "$app/node_modules/playwright-core"
(cd "$app" && "$upr" --help >/dev/null) || fail "upr --help without playwright-core"
if (cd "$app" && "$upr" report Slovenia --format pdf --out "$work/none.pdf" 2>"$work/no-pw.txt"); then
  fail "upr report --format pdf succeeded without playwright-core"
fi
cat "$work/no-pw.txt"
grep -q 'PDF reports need playwright-core and Chromium' "$work/no-pw.txt" || fail "no clear message when playwright-core is missing"

step "passed"
