#!/usr/bin/env bash
# Cold first answer: whole-process wall time, CPU time (user+sys) and peak memory (max RSS) of a fresh
# process that touches one collection and answers one query, against a hello-world process built the
# same way (same project, Release, same runtime start-up), median of N runs each, measured with
# /usr/bin/time. Then the managed memory the fully loaded dataset holds (cold-memory mode).
# Usage: tests/Shaoxing.Yearbook2020.Benchmarks/cold-start.sh   (RUNS=21 for more runs)
set -euo pipefail
cd "$(dirname "$0")"
runs=${RUNS:-11}
dotnet build -c Release >/dev/null
exe=bin/Release/net10.0/Shaoxing.Yearbook2020.Benchmarks
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local mode=$1 times=() cpus=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$tmp" "$exe" "$mode" >/dev/null
    read -r t u s m <"$tmp"
    times+=("$t"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')"); mems+=("$m")
  done
  echo "$mode $(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}
echo "nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mode wall_s_median cpu_s_median maxrss_kb_median (runs=$runs)"
hello=$(measure cold-hello); echo "$hello"
meetings=$(measure cold-meetings); echo "$meetings"
entries=$(measure cold-entries); echo "$entries"
full=$(measure cold-full); echo "$full"
awk -v h="$hello" -v m="$meetings" -v e="$entries" -v f="$full" 'BEGIN {
  split(h, H, " "); split(m, M, " "); split(e, E, " "); split(f, F, " ");
  printf "ratio wall / hello: meetings %.2f (target <= 2), entries %.2f, all collections %.2f\n", M[2] / H[2], E[2] / H[2], F[2] / H[2];
  printf "ratio cpu  / hello: meetings %.2f, entries %.2f, all collections %.2f\n", M[3] / H[3], E[3] / H[3], F[3] / H[3];
  printf "maxrss extra over hello: meetings %d KB, entries %d KB, all collections %d KB\n", M[4] - H[4], E[4] - H[4], F[4] - H[4];
}'
echo "where a cold meetings answer's time goes (one run):"
"$exe" cold-meetings-phases | sed 's/^/  /'
echo "managed memory of the fully loaded dataset (GC.GetTotalMemory(true) before/after, target <= 4 MB):"
"$exe" cold-memory | sed 's/^/  /'
