#!/usr/bin/env bash
# Runs every command block of README.md in order, as a reader would, on a fresh clone of this checkout's committed
# HEAD (uncommitted changes are not in it), and exits 0 when all pass.
#
#   ```sh blocks      run with bash -e in the clone's top folder, one after the other (files stay between blocks)
#   ```python blocks  run with Debian's /usr/bin/python3 in the same folder
# A marker comment on the line right before a block's opening fence changes how it runs:
#   <!-- readme-check: skip (why) -->            illustrative: not run; the check prints it and why
#   <!-- readme-check: needs NAME ... -->        needs these components (scripts/install-components.sh names):
#                                                skipped, saying so, where one is missing, unless
#                                                NETWORKSIM_REQUIRE_COMPONENTS is set (CI), where it runs anyway
#   <!-- readme-check: server URL -->            starts a server: run until URL answers, then stopped (SIGTERM)
# Both of the last two may stand in one marker: <!-- readme-check: needs redis-server; server URL -->.
#
# The clone gets a HOME of its own, so the README's `dotnet tool install --global` installs `networksim` there and
# not over the user's, and every block finds that `networksim` first on PATH; the NuGet package cache stays the
# user's (NUGET_PACKAGES), so nothing is downloaded twice. A cluster that a failed block left up is stopped.
#   scripts/readme-check.sh [--keep]    (--keep: leave the clone and its logs in place and print where)
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
keep=${1:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/readme-check.XXXXXX")
clone="$work/clone"
blocks="$work/blocks"
mkdir -p "$blocks" "$work/home"

cleanup() {
  if [ -f "$clone/.networksim-cluster/cluster.json" ] && command -v networksim >/dev/null 2>&1; then
    echo "readme-check: stopping the cluster a block left up"
    (cd "$clone" && networksim cluster down) || true
  fi
  if [ "$keep" = "--keep" ]; then echo "readme-check: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

git clone -q "$root" "$clone" || { echo "readme-check: cannot clone $root" >&2; exit 2; }
export NUGET_PACKAGES="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
if [ -f "$HOME/.nuget/NuGet/NuGet.Config" ]; then
  mkdir -p "$work/home/.nuget/NuGet" && cp "$HOME/.nuget/NuGet/NuGet.Config" "$work/home/.nuget/NuGet/"
fi
export HOME="$work/home" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export PATH="$HOME/.dotnet/tools:$PATH"

# Split README.md into numbered block files; each gets a .meta line: language, README line, marker text.
awk -v dir="$blocks" '
  /^<!-- readme-check: .* -->$/ { marker = $0; sub(/^<!-- readme-check: /, "", marker); sub(/ -->$/, "", marker); marked = NR; next }
  inblock && /^```$/ { inblock = 0; close(file); next }
  inblock { print > file; next }
  /^```(sh|python)$/ {
    n++; lang = substr($0, 4); file = sprintf("%s/%02d.%s", dir, n, lang == "sh" ? "sh" : "py")
    printf "%s\t%d\t%s\n", lang, NR, (marked == NR - 1 ? marker : "") > sprintf("%s/%02d.meta", dir, n)
    close(sprintf("%s/%02d.meta", dir, n)); printf "" > file; inblock = 1; next
  }
' "$clone/README.md"

answers() { curl -s -o /dev/null --max-time 2 "$1"; }

run_server() { # block file, URL, log: start it, wait until URL answers (at most 5 minutes), then stop it
  # Something else answering there would pass for this block's server.
  if answers "$2"; then echo "$2 already answers before the block started: something else is listening there"; return 1; fi
  setsid bash -e "$1" >"$3" 2>&1 &
  local pid=$! waited=0
  until answers "$2"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the server ended before $2 answered"; return 1; fi
    if [ "$waited" -ge 3000 ]; then echo "$2 did not answer within 5 minutes"; kill -KILL -- "-$pid"; return 1; fi
    sleep 0.1; waited=$((waited + 1))
  done
  kill -TERM -- "-$pid"
  wait "$pid"
  local status=$?
  # Stopped as by Ctrl-C or SIGTERM (exit 130 or 143): SIGINT would not reach it, a background job ignores SIGINT.
  [ "$status" -eq 0 ] || [ "$status" -eq 130 ] || [ "$status" -eq 143 ] || { echo "the server exited with $status when stopped"; return 1; }
}

ran=0; skipped=0; failed=0
for meta in "$blocks"/*.meta; do
  IFS=$'\t' read -r lang line marker <"$meta"
  block="${meta%.meta}.$([ "$lang" = sh ] && echo sh || echo py)"
  name="block at README.md:$line ($lang)"
  first=$(grep -m1 -v '^\s*$' "$block" | cut -c1-100)
  if [[ "$marker" == skip* ]]; then
    echo "SKIPPED $name: ${marker#skip } -- $first"; skipped=$((skipped + 1)); continue
  fi
  needs=$(sed -nE 's/.*needs ([^;]*).*/\1/p' <<<"$marker")
  server=$(sed -nE 's/.*server ([^ ;]+).*/\1/p' <<<"$marker")
  if [ -n "$needs" ] && [ -z "${NETWORKSIM_REQUIRE_COMPONENTS:-}" ] && ! "$root/scripts/install-components.sh" --check $needs; then
    echo "SKIPPED $name: needs $needs, not installed here (scripts/install-components.sh installs it) -- $first"
    skipped=$((skipped + 1)); continue
  fi
  log="${block}.log"
  start=$(date +%s)
  if [ -n "$server" ]; then
    (cd "$clone" && run_server "$block" "$server" "$log") >"$log.why" 2>&1
  elif [ "$lang" = sh ]; then
    (cd "$clone" && bash -e -o pipefail "$block") >"$log" 2>&1
  else
    (cd "$clone" && /usr/bin/python3 "$block") >"$log" 2>&1
  fi
  status=$?
  seconds=$(( $(date +%s) - start ))
  ran=$((ran + 1))
  if [ "$status" -eq 0 ]; then
    echo "ok      $name in ${seconds} s -- $first"
  else
    failed=$((failed + 1))
    echo "FAILED  $name (exit $status after ${seconds} s) -- $first"
    cat "$log.why" 2>/dev/null
    tail -n 20 "$log" | sed 's/^/        /'
  fi
done

echo "readme-check: $ran blocks run, $skipped skipped, $failed failed"
[ "$failed" -eq 0 ] && [ "$ran" -gt 0 ]
