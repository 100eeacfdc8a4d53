#!/usr/bin/python3
"""NDlib's threshold model on a graph written by `networksim bench workloads --compare-ndlib`.

Reads the file named by its one argument:
  line 1: participants threshold iterations
  line 2: the initial adopters, separated by spaces
  then:   one tie per line, "a b"
and runs NDlib's ThresholdModel from exactly those initial adopters, one synchronous update per iteration
(iteration 0 is the initial state, as NDlib counts). Prints one JSON line: the adopters after every iteration,
the graph-and-model setup time, the process CPU time of each update, and the peak resident set.
NDlib must be importable: its sources (and netdispatch's, dynetx's) on PYTHONPATH.
"""
import json
import resource
import sys
import time


def main(path):
    import networkx as nx
    import ndlib.models.ModelConfig as mc
    import ndlib.models.epidemics as ep

    start = time.process_time()
    with open(path, encoding="utf-8") as f:
        n, threshold, iterations = f.readline().split()
        n, threshold, iterations = int(n), float(threshold), int(iterations)
        adopters = [int(a) for a in f.readline().split()]
        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from((int(a), int(b)) for a, b in (line.split() for line in f))

    model = ep.ThresholdModel(graph, seed=0)
    config = mc.Configuration()
    config.add_model_initial_configuration("Infected", adopters)
    for v in graph.nodes():
        config.add_node_configuration("threshold", v, threshold)
    model.set_initial_status(config)
    setup = time.process_time() - start

    counts, cpu = [], []
    for _ in range(iterations + 1):
        before = time.process_time()
        result = model.iteration(node_status=False)
        cpu.append(time.process_time() - before)
        counts.append(result["node_count"][1])

    print(json.dumps({
        "setup_cpu_s": setup,
        "adopters": counts,
        "update_cpu_s": cpu[1:],
        "peak_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "ties": graph.number_of_edges(),
    }))


if __name__ == "__main__":
    main(sys.argv[1])
