#!/usr/bin/env bash
# Installs every component NetworkSim uses beyond the .NET 10 SDK, from Debian's packages (Debian 12 / Ubuntu):
#   redis-server      'networksim cluster up' and the cluster tests (membership store; brings redis-cli)
#   chromium          the workshop page's test in a real headless browser
#   python3-networkx  the tests' GraphML reader and the karate club network (scenarios/networks/make_karate.py)
#   python3-pandas    the README's analysis example
# The main job (networksim run) and the core tests need none of them; a test that needs a missing one is skipped
# and says which (in CI, .ci/run sets NETWORKSIM_REQUIRE_COMPONENTS=1 and a missing one fails). The workshop page's
# script is committed (src/NetworkSim.Workshop/THIRD-PARTY.md): nothing to install for it.
#   scripts/install-components.sh          install what is missing (as root, or through sudo), then list them
#   scripts/install-components.sh --check  only list them; exit 1 if any is missing
#   scripts/install-components.sh --check NAME...  exit 0 if these are all installed, 1 if not (prints nothing)
set -uo pipefail

names=(redis-server chromium python3-networkx python3-pandas)

present() {
  case "$1" in
    redis-server) command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1 ;;
    chromium) command -v chromium >/dev/null 2>&1 ;;
    python3-networkx) /usr/bin/python3 -c "import networkx" >/dev/null 2>&1 ;;
    python3-pandas) /usr/bin/python3 -c "import pandas" >/dev/null 2>&1 ;;
    *) echo "error: unknown component '$1'. Allowed: ${names[*]}." >&2; exit 2 ;;
  esac
}

if [ "${1:-}" = "--check" ] && [ $# -gt 1 ]; then
  shift
  for name in "$@"; do present "$name" || exit 1; done
  exit 0
fi

missing=()
for name in "${names[@]}"; do
  present "$name" || missing+=("$name")
done

if [ "${1:-}" != "--check" ] && [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "error: installing ${missing[*]} needs root: run this script as root or install sudo." >&2; exit 2
  fi
  echo "installing ${missing[*]} with apt-get"
  "${sudo[@]}" apt-get update -qq >/dev/null || echo "warning: apt-get update failed; trying the install with the lists there are" >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "error: apt-get install ${missing[*]} failed" >&2
fi

status=0
for name in "${names[@]}"; do
  if present "$name"; then echo "  $name: installed"; else echo "  $name: MISSING (sudo apt-get install $name)"; status=1; fi
done
exit $status
