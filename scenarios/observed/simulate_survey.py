#!/usr/bin/python3
"""Writes workshop-demo-survey.csv: an illustrative, synthetic observed table for `networksim calibrate`.

    python3 scenarios/observed/simulate_survey.py [networksim command]     (default: networksim)

It is not data from a real network. It runs the workshop demo once (seed 2024) with two behavioural parameters set
away from their defaults, adoption.rate = 0.11 and back_home.mobilisation = 0.3, and records what an evaluator
would have: the network's own records of its 16 members practising at weeks 13, 26, 39 and 52 (everyone, so no n),
and a survey of 24 of the 96 colleagues back home at weeks 52, 78 and 104 (n = 24, drawn without replacement with
Python's random.Random(2024)). Calibrating to it should give intervals that hold those two values.
"""
import csv
import os
import random
import shlex
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
networksim = shlex.split(sys.argv[1]) if len(sys.argv) > 1 else ["networksim"]
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(networksim + ["run", os.path.join(here, "..", "workshop-demo.yaml"), "--replicates", "1", "--seed", "2024",
                                 "--set", "parameters.adoption.rate=0.11", "--set", "parameters.back_home.mobilisation=0.3",
                                 "--out", os.path.join(tmp, "run"), "--quiet"], check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(tmp, "run", "timeseries.csv"), newline="") as f:
        ticks = {int(r["tick"]): r for r in csv.DictReader(f)}

survey = random.Random(2024)
with open(os.path.join(here, "workshop-demo-survey.csv"), "w", newline="") as f:
    f.write("# Illustrative, synthetic: the workshop demo simulated with adoption.rate = 0.11 and back_home.mobilisation = 0.3\n"
            "# (seed 2024), not a real network; made by scenarios/observed/simulate_survey.py. Members from the network's\n"
            "# records (all 16); colleagues back home from a survey of 24 of the 96 (n).\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["week", "in_network", "back_home", "n"])
    for week in (13, 26, 39, 52):
        w.writerow([week, round(float(ticks[week]["in_network_fraction"]), 4), "", ""])
    for week in (52, 78, 104):
        practising = int(float(ticks[week]["adopters_back_home"]))
        found = sum(1 for person in survey.sample(range(96), 24) if person < practising)
        w.writerow([week, "", round(found / 24, 4), 24])
