#!/usr/bin/env bash
# Regenerates docs/model.md's tables of parameters and scenario keys (## Parameters) and of metrics by model (## Outputs)
# from the code, as `networksim params` prints them (ParameterCatalogTests, ScenarioKeysTests and OwnMetricsTests fail
# when the doc drifts). Each table is replaced from its header row to the blank line after it.
set -euo pipefail
cd "$(dirname "$0")/.."
output=$(dotnet run --project src/NetworkSim.Cli -v q -- params)
python3 - "$output" <<'PY'
import sys
tables = [section.split("\n", 1)[1].strip() + "\n" for section in sys.argv[1].split("## ")[1:]]
doc = open("docs/model.md").read()
for table in tables:
    header = table.split("\n", 1)[0]
    start = doc.index(header + "\n")
    end = doc.index("\n\n", start) + 1
    doc = doc[:start] + table + doc[end:]
open("docs/model.md", "w").write(doc)
PY
