#!/usr/bin/env bash
# Cold first answer: whole-process wall time, CPU time (user+sys) and peak memory (max RSS) of a fresh
# process that touches one collection and answers one query, against a hello-world process built the
# same way (same project, Release, same runtime start-up), median of N runs each, measured with
# /usr/bin/time (CPU, max RSS) and date +%s%N around it (wall, in ms: %e has only 10 ms resolution).
# Then the managed memory the fully loaded dataset holds (cold-memory mode). With AOT=1, the same
# comparison for ../Shaoxing.Yearbook2020.ColdStart.Aot published Native AOT (needs a native linker:
# clang, or gcc via AOT_LINKER=gcc, the default when clang is missing).
# Usage: tests/Shaoxing.Yearbook2020.Benchmarks/cold-start.sh   (RUNS=21 for more runs, AOT=1 for Native AOT)
set -euo pipefail
cd "$(dirname "$0")"
runs=${RUNS:-11}
dotnet build -c Release >/dev/null
exe=bin/Release/net10.0/Shaoxing.Yearbook2020.Benchmarks
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local mode=$1 exe=${2:-$exe} times=() elapsed=() cpus=() mems=() start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f "%e %U %S %M" -o "$tmp" "$exe" "$mode" >/dev/null
    end=$(date +%s%N)
    read -r e u s m <"$tmp"
    times+=("$(( (end - start) / 1000000 ))"); elapsed+=("$e"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')"); mems+=("$m")
  done
  echo "$mode $(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${elapsed[@]}" | median) $(printf '%s\n' "${cpus[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}
echo "nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mode wall_ms_median(date, incl. /usr/bin/time) wall_s_median(%e) cpu_s_median maxrss_kb_median (runs=$runs)"
hello=$(measure cold-hello); echo "$hello"
meetings=$(measure cold-meetings); echo "$meetings"
entries=$(measure cold-entries); echo "$entries"
full=$(measure cold-full); echo "$full"
awk -v h="$hello" -v m="$meetings" -v e="$entries" -v f="$full" 'BEGIN {
  split(h, H, " "); split(m, M, " "); split(e, E, " "); split(f, F, " ");
  printf "ratio wall (ms) / hello: meetings %.2f (target <= 2), entries %.2f, all collections %.2f\n", M[2] / H[2], E[2] / H[2], F[2] / H[2];
  printf "ratio wall (%%e) / hello: meetings %.2f, entries %.2f, all collections %.2f\n", M[3] / H[3], E[3] / H[3], F[3] / H[3];
  printf "ratio cpu / hello: meetings %.2f, entries %.2f, all collections %.2f\n", M[4] / H[4], E[4] / H[4], F[4] / H[4];
  printf "maxrss extra over hello: meetings %d KB, entries %d KB, all collections %d KB\n", M[5] - H[5], E[5] - H[5], F[5] - H[5];
}'
echo "where a cold meetings answer's time goes (one run):"
"$exe" cold-meetings-phases | sed 's/^/  /'
echo "managed memory of the fully loaded dataset (GC.GetTotalMemory(true) before/after, target <= 4 MB):"
"$exe" cold-memory | sed 's/^/  /'
if [ "${AOT:-0}" = 1 ]; then
  linker=${AOT_LINKER:-$(command -v clang >/dev/null && echo clang || echo gcc)}
  aot_dir=$(mktemp -d)
  # Restored without a runtime identifier (the project lists linux-x64), published without restoring: a
  # restore for linux-x64 would write it into the library's lock file.
  dotnet restore ../Shaoxing.Yearbook2020.ColdStart.Aot >/dev/null
  dotnet publish ../Shaoxing.Yearbook2020.ColdStart.Aot -c Release -r linux-x64 --no-restore -p:CppCompilerAndLinker="$linker" -o "$aot_dir" >/dev/null
  aot=$aot_dir/Shaoxing.Yearbook2020.ColdStart.Aot
  echo "Native AOT (linker $linker):"
  ahello=$(measure cold-hello "$aot"); echo "$ahello"
  ameetings=$(measure cold-meetings "$aot"); echo "$ameetings"
  aentries=$(measure cold-entries "$aot"); echo "$aentries"
  awk -v h="$ahello" -v m="$ameetings" -v e="$aentries" 'BEGIN {
    split(h, H, " "); split(m, M, " "); split(e, E, " ");
    printf "Native AOT ratio wall / hello: meetings %.2f (target <= 2), entries %.2f; maxrss extra: meetings %d KB\n", M[2] / H[2], E[2] / H[2], M[5] - H[5];
  }'
  rm -rf "$aot_dir"
fi
