#!/usr/bin/python3
"""Writes Zachary's karate club, as Debian's python3-networkx ships it, in the two forms NetworkSim reads.

    python3 scenarios/networks/make_karate.py [folder]     (default: the folder of this script)

karate-ties.csv    source,target,weight    the 78 ties; weight = contexts of interaction (1 to 7)
karate-nodes.csv   id,school               the 34 members; school = the faction ('Mr. Hi' or 'Officer')
karate.graphml     the same graph as GraphML, the faction as the node attribute 'school'

Nothing here is copied from elsewhere: the files are built from networkx.karate_club_graph() when needed
(the tests run this script; the generated files are ignored by git).
"""
import csv
import os
import sys

import networkx as nx

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
g = nx.karate_club_graph()

with open(os.path.join(folder, "karate-ties.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "target", "weight"])
    for a, b, data in g.edges(data=True):
        w.writerow([a, b, data.get("weight", 1)])

with open(os.path.join(folder, "karate-nodes.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "school"])
    for n, data in g.nodes(data=True):
        w.writerow([n, data["club"]])

h = nx.Graph()
h.add_nodes_from((n, {"school": data["club"]}) for n, data in g.nodes(data=True))
h.add_edges_from(g.edges(data=True))
nx.write_graphml(h, os.path.join(folder, "karate.graphml"))
