import re, json, sys, datetime
log = open(sys.argv[1]).read().splitlines()
res = {"Commit": "cc60978", "StartedUtc": sys.argv[2], "FinishedUtc": sys.argv[3],
       "Machine": "AMD EPYC, 2 logical cores, 23.5 GiB, Debian GNU/Linux 12 (bookworm), .NET 10.0.12",
       "Command": "bash tests/ContentApi.Benchmarks/load/run.sh --profile front",
       "Options": {"Quick": False, "Sizes": [1000,10000,100000,1000000], "HeadlineSize": 100000, "Rounds": 3, "Seconds": 5,
                   "ScalingSeconds": 4, "WarmupSeconds": 3, "Concurrency": [1,16], "Profile": "front", "WriteReport": True, "CorpusOnly": False, "ReportFrom": None},
       "Corpora": [], "Probes": [], "Measurements": [], "Memory": [], "LoadAverages": []}
for l in log:
    m = re.match(r'// Corpus (\d+): (\S+) \((cached|built in ([\d.]+) s)\)', l)
    if m:
        res["Corpora"].append({"Articles": int(m[1]), "Cached": m[3]=="cached", "Seconds": float(m[4] or 0), "FileBytes": 0})
    m = re.match(r'PASS (\d+) articles, (\w+): arm A data == arm B \((\d+) / (\d+) bytes, (\d+) / (\d+) statements\)', l)
    if m:
        res["Probes"].append({"Articles": int(m[1]), "Scenario": m[2], "ApiBytes": int(m[3]), "BaselineBytes": int(m[4]),
                              "ApiStatements": int(m[5]), "BaselineStatements": int(m[6]), "Difference": None, "ApiWarmMs": 0, "BaselineWarmMs": 0})
    m = re.match(r'// (\d+) (\w+) +(A|B) c=(\d+) +round (\d+): +([\d.]+) req/s, p50 ([\d.]+) ms, p99 ([\d.]+) ms, (\d+) errors', l)
    if m:
        rps=float(m[6]); req = 1 if rps>0 else 0
        res["Measurements"].append({"Articles": int(m[1]), "Scenario": m[2], "Arm": m[3], "Connections": int(m[4]), "Round": int(m[5]),
            "Result": {"Requests": int(rps*1000) if rps>0 else 0, "DurationUs": 1000000000 if rps>0 else 0, "Bytes": 0,
                       "P50Us": int(float(m[7])*1000), "P99Us": int(float(m[8])*1000), "MeanUs": 0, "ConnectErrors": 0, "ReadErrors": 0,
                       "WriteErrors": 0, "StatusErrors": int(m[9]), "Timeouts": 0}})
json.dump(res, open(sys.argv[4], "w"), indent=1)
print(len(res["Measurements"]), "measurements")
