#!/usr/bin/env bash
# Smoke check of the built Linux bundle, as a reporter's machine would run it: the
# tarball unpacked in a fresh folder, run with a clean environment (no Python packages,
# no virtual environment, only /usr/bin:/bin on the PATH).
#
#   tools/smoke_bundle.sh [dist/Hadath-<version>-linux-<arch>.tar.gz | dist/hadath]
#
# Imports the sample wire copy, exports it as HTML and Markdown, prints an error in Arabic,
# opens the GUI offscreen on that database (HADATH_STARTUP_PROBE=1: it prints when the
# window shows and the article paints, then quits) and checks the database still reads.
# Exits non-zero at the first failed check.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SAMPLE="$ROOT/tests/fixtures/interpol-93-marrakech.txt"
BUILT="${1:-$(ls -t "$ROOT"/dist/Hadath-*-linux-*.tar.gz 2>/dev/null | head -n 1)}"
[ -n "$BUILT" ] && [ -e "$BUILT" ] || { echo "smoke: no bundle; run 'make bundle' first" >&2; exit 2; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/home" "$TMP/app"
if [ -d "$BUILT" ]; then
    cp -a "$BUILT/." "$TMP/app/"
    APP="$TMP/app/hadath"
else
    tar -xzf "$BUILT" -C "$TMP/app"
    APP="$(echo "$TMP"/app/*/hadath)"
fi
cp "$SAMPLE" "$TMP/home/sample.txt"
cd "$TMP/home"
DB="$TMP/home/x.sqlite3"

# XDG_RUNTIME_DIR keeps Qt from warning about a missing one; nothing else leaks in.
run() {
    env -i HOME="$TMP/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$TMP/home" "$@"
}
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

echo "== bundle: $BUILT"
echo "== version: $(run "$APP" --version)"

ID="$(run "$APP" --db "$DB" import sample.txt)"
[[ "$ID" =~ ^[0-9]+$ ]] || fail "import printed '$ID', not an article id"
echo "== import sample.txt -> article $ID"

run "$APP" --db "$DB" export "$ID" --format html > article.html
grep -q '<html lang="ar" dir="rtl">' article.html || fail "HTML export is not an Arabic page"
grep -q 'box-sizing: border-box' article.html || fail "HTML export lacks the shipped stylesheet"
grep -q 'الانتربول' article.html || fail "HTML export lacks the article text"
echo "== export $ID --format html: $(wc -c < article.html) bytes, lang=ar dir=rtl, stylesheet inlined"

run "$APP" --db "$DB" export "$ID" --format md > article.md
[ -s article.md ] || fail "Markdown export is empty"
echo "== export $ID --format md: $(wc -c < article.md) bytes"

status=0
message="$(run LANG=ar_MA.UTF-8 "$APP" --db "$DB" export 99999 --format md 2>&1 >/dev/null)" || status=$?
[ "$status" -eq 1 ] || fail "a missing article exited $status, not 1"
[[ "$message" == *"مقال"* ]] || fail "the error is not in Arabic (translations not bundled?): $message"
echo "== missing article in Arabic: $message (exit $status)"

status=0
probe="$(run HADATH_STARTUP_PROBE=1 timeout 120 "$APP" --db "$DB" 2>"$TMP/gui.err")" || status=$?
[ "$status" -eq 0 ] || { cat "$TMP/gui.err" >&2; fail "the GUI exited $status"; }
grep -q '^shown ' <<<"$probe" || fail "the main window never showed"
grep -q '^painted ' <<<"$probe" || fail "the article never painted"
echo "== GUI offscreen: window shown, article painted, quit with exit 0 ($(grep vmhwm <<<"$probe" | cut -d' ' -f2) kB peak)"

run "$APP" --db "$DB" export "$ID" --format md | cmp -s - article.md || fail "the article changed after the GUI ran"
echo "== database reads the same after the GUI"
echo "smoke: OK"
