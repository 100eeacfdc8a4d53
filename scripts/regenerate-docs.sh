#!/usr/bin/env bash
# Regenerates every result the documentation quotes, after a change to the model or an output format (docs/figures.md):
# the committed example, docs/model.md's generated tables (parameters, sensitivity, patterns) and every figures region
# (README.md, docs/*.md, the sweep files' opening comments). Run it from the repository; about 20 minutes on the 2-core
# machine. Review the diff, reread the prose around what changed, and commit it with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/NetworkSim.Cli -c Release -v q -nologo
networksim() { dotnet src/NetworkSim.Cli/bin/Release/net10.0/networksim.dll "$@"; }

echo "== results/example (the golden master, with its recorded command: results/README.md)"
aside=$(mktemp -d)
mv results/example "$aside/example"
if ! networksim run scenarios/workshop-demo.yaml --out results/example --quiet --agents 13 --network; then
  rm -rf results/example && mv "$aside/example" results/example
  exit 1
fi
rm -rf "$aside"

echo "== docs/model.md: the parameter table"
docs/update-parameter-table.sh
echo "== docs/model.md: the sensitivity table"
networksim sensitivity --docs docs/model.md --out results/sensitivity --force
echo "== docs/model.md: the pattern table"
networksim validate --patterns --docs docs/model.md --out results/patterns --force
echo "== figures regions"
networksim figures
