#!/usr/bin/env bash
# Regenerates the parameter table in docs/model.md from the code (the test The_documented_parameter_table_matches_the_code checks it).
set -euo pipefail
cd "$(dirname "$0")/.."
table=$(dotnet run --project src/NetworkSim.Cli -v q -- params)
python3 - "$table" <<'PY'
import sys, re
table = sys.argv[1].strip() + "\n"
doc = open("docs/model.md").read()
start = doc.index("| key | default | allowed | plausible |")
end = doc.index("\nPer practice (")
open("docs/model.md", "w").write(doc[:start] + table + doc[end:])
PY
