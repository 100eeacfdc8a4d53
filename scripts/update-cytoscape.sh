#!/usr/bin/env bash
# Replaces the workshop page's Cytoscape.js with another released version from the npm registry and prints the row
# for src/NetworkSim.Workshop/THIRD-PARTY.md (version, licence, tarball integrity, SHA-256). Needs npm; the build
# itself never does. Usage: scripts/update-cytoscape.sh 3.34.4
set -euo pipefail
version=${1:?usage: scripts/update-cytoscape.sh VERSION}
root=$(cd "$(dirname "$0")/.." && pwd)
lib="$root/src/NetworkSim.Workshop/wwwroot/lib"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v npm >/dev/null || { echo "error: npm is not on PATH (Debian: sudo apt-get install npm)." >&2; exit 2; }
(cd "$work" && npm pack "cytoscape@$version" --silent >/dev/null)
tarball=$(ls "$work"/cytoscape-*.tgz)
integrity="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
expected=$(npm view "cytoscape@$version" dist.integrity)
[ "$integrity" = "$expected" ] || { echo "error: the tarball's integrity $integrity is not the registry's $expected" >&2; exit 1; }
tar -xzf "$tarball" -C "$work"
licence=$(node -p "require('$work/package/package.json').license" 2>/dev/null || npm view "cytoscape@$version" license)
cp "$work/package/dist/cytoscape.min.js" "$lib/cytoscape.min.js"
cp "$work/package/LICENSE" "$lib/cytoscape.LICENSE.txt"
sha=$(sha256sum "$lib/cytoscape.min.js" | cut -d' ' -f1)
echo "Copied cytoscape $version ($licence) into $lib. The row for THIRD-PARTY.md:"
echo "| \`wwwroot/lib/cytoscape.min.js\` | Cytoscape.js | $version | $licence (\`wwwroot/lib/cytoscape.LICENSE.txt\`, the package's \`LICENSE\`) | \`dist/cytoscape.min.js\` of the npm package \`cytoscape@$version\` (tarball integrity \`$integrity\`) | \`$sha\` |"
