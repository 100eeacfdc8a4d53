#!/usr/bin/env bash
# Regenerates every result the documentation quotes, after a change to the model or an output format (docs/figures.md):
# the committed example, docs/model.md's generated tables (parameters, sensitivity, patterns) and every figures region
# (README.md, docs/*.md, the sweep files' opening comments). Run it from the repository; about 20 minutes on the 2-core
# machine (about 40 with the comparison across 200 worlds and the calibration, each run for its example folder and again
# for its figures region). Review the diff, reread the prose around what changed, and commit it with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/NetworkSim.Cli -c Release -v q -nologo
networksim() { dotnet src/NetworkSim.Cli/bin/Release/net10.0/networksim.dll "$@"; }
# The README's calibration (its figures region runs the same command).
CALIBRATION="calibrate scenarios/workshop-demo.yaml --observed scenarios/observed/workshop-demo-survey.csv --fit adoption.rate --fit back_home.mobilisation"

echo "== results/example (the golden master, with its recorded command: results/README.md)"
aside=$(mktemp -d)
mv results/example "$aside/example"
if ! networksim run scenarios/workshop-demo.yaml --out results/example --quiet --agents 13 --network; then
  rm -rf results/example && mv "$aside/example" results/example
  exit 1
fi
rm -rf "$aside"

# A curated example keeps what the README shows and links, not the runs it was computed from (the command writes them again).
example() {
  local target=$1; shift
  local scratch
  scratch=$(mktemp -d)
  networksim "$@" --out "$scratch/out" --quiet
  rm -rf "$target" && mkdir -p "$target"
  for f in "$scratch"/out/*; do
    case "$(basename "$f")" in runs.csv) ;; *) cp "$f" "$target/" ;; esac
  done
  rm -rf "$scratch"
}

echo "== results/compare-worlds-example (README: across the worlds the model cannot rule out)"
example results/compare-worlds-example compare scenarios/designs/twelve-diverse-one-facilitator.yaml \
  scenarios/designs/twenty-four-similar-two-facilitators.yaml --worlds 200
echo "== results/calibration-example (README and docs/calibration.md: the workshop demo fitted to its survey)"
example results/calibration-example $CALIBRATION

echo "== docs/model.md: the parameter table"
docs/update-parameter-table.sh
echo "== docs/model.md: the sensitivity table"
networksim sensitivity --docs docs/model.md --out results/sensitivity --force
echo "== docs/model.md: the pattern table"
networksim validate --patterns --docs docs/model.md --out results/patterns --force
echo "== figures regions"
networksim figures
