#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The installed app as a trainee meets it: install into a staging prefix, make the installed
# demo read-only, start the installed binary as an ordinary user with an empty HOME. The demo
# must open from the user's copy, its suite must run from there, and --reset must restore it.
# Usage: installed_demo.sh BUILD_DIR
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/usr" >/dev/null
app=$tmp/usr/bin/phoenix-workbench
demo=$tmp/usr/share/phoenix-workbench/demo-project
test -f "$demo/mix.exs"
chmod -R a-w "$demo"

home=$tmp/home
mkdir -p "$home"
as_user=()
# As root, run as nobody: the installed demo is then really not writable for the app.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
  chmod 755 "$tmp"
  chown -R nobody "$home"
  as_user=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
fi
run() {
  # A clean environment, as a fresh login has; only the sanitizers' settings pass (the
  # asan preset's suppressions would be lost otherwise).
  env -i PATH=/usr/bin:/bin HOME="$home" QT_QPA_PLATFORM=offscreen \
    QTWEBENGINE_DISABLE_SANDBOX=1 LANG=C.UTF-8 \
    ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} ${LSAN_OPTIONS:+LSAN_OPTIONS="$LSAN_OPTIONS"} \
    ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} "${as_user[@]}" "$@"
}
copy=$home/.local/share/phoenix-workbench/phoenix-workbench/demo-project

run "$app" --demo --view board --screenshot "$home/board.png"
test -f "$home/board.png" || { echo "no screenshot"; exit 1; }
test -f "$copy/mix.exs" || { echo "demo not copied to $copy"; exit 1; }
test -f "$copy/.phoenix-workbench-demo"
for what in agents docs apps/shop/lcov.info traces test-results; do
  test -e "$copy/$what" || { echo "the copy lacks $what"; exit 1; }
done
echo "installed_demo: the demo opened from $copy"

if command -v elixir >/dev/null; then
  set +e
  run "$app" --run-tests "$copy" --app shop --format json >"$home/run.json" 2>"$home/run.err"
  rc=$?
  set -e
  # The demo's suite has failing tests on purpose: 1 is a run that worked.
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
    echo "--run-tests from the copy exited $rc"; cat "$home/run.err"; exit 1
  fi
  grep -q '"total"' "$home/run.json"
  test -d "$copy/apps/shop/_build" || test -d "$copy/_build"
  echo "installed_demo: the suite ran from the copy (exit $rc)"
fi

# A class edits the demo (as the user); --reset brings it back as installed.
run sh -c "echo 'edited by the class' >>'$copy/README.md' && mkdir -p '$copy/.workbench' &&
  echo '{}' >'$copy/.workbench/triage.json'"
grep -q 'edited by the class' "$copy/README.md"
run "$app" --demo --reset --view board --screenshot "$home/again.png"
cmp -s "$demo/README.md" "$copy/README.md" || { echo "README.md not restored"; exit 1; }
test ! -e "$copy/.workbench" || { echo ".workbench survived the reset"; exit 1; }
test ! -e "$copy/_build" && test ! -e "$copy/apps/shop/_build" || { echo "_build survived"; exit 1; }
echo "installed_demo: --reset restored the copy"
echo "1 passed, 0 failed"
