#!/usr/bin/env bash
# Tests the packages the way users consume them (called by .ci/run):
#  1. packs the library and the CLI tool (with symbols) into a local folder feed;
#  2. a fresh console app installs the library from that feed (no project reference), answers a query
#     over every record kind and checks the answers; the same app is published trimmed with Native AOT
#     (trim/AOT warnings are errors) and must print exactly the same answers;
#  3. installs the CLI as a dotnet tool from the feed, which on linux-x64 must be the Native AOT binary of the
#     tool's RID-specific package (the pointer package also names the framework-dependent `any` package, the
#     fallback elsewhere), and runs `summary`;
#  4. runs the C# file-based walkthrough and the Jupyter notebook (headless, with dotnet-repl from the
#     tool manifest) against the feed;
#  5. exports with the installed (Native AOT) tool in every format in one run (a subfolder per format): each datapackage.json is validated with the Frictionless
#     project's JavaScript library (npm `datapackage`, installed here), with the rows of the CSV, JSON and JSON
#     Lines exports; the SQLite file's row counts are checked against the record counts; the Parquet files are
#     read with DuckDB (npm `@duckdb/node-api`, installed here) and compared with the CSV export value by value;
#  6. runs the README's first command (`dotnet run --project src/Shaoxing.Yearbook2020.Cli -- summary`) as a developer
#     would, from the repository root (its second, `dotnet test`, is what .ci/run runs before this script);
#  7. packs the library as a developer would on their machine (not in CI) and checks that the package names no path
#     of that machine.
# Helper scripts are C# file-based apps under tools/ (only the .NET SDK is needed), copied out of the
# repository first so that its Directory.Build.props does not apply to them.
# A unique prerelease version per run keeps NuGet's global cache from serving an older build.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
props=("$@")

step() { echo "== packages: $*"; }

step "version from git tags (MinVer)"
tagged=$(dotnet msbuild "$root/src/Shaoxing.Yearbook2020" -t:MinVer -getProperty:MinVerVersion -p:Configuration=Release "${props[@]}")
echo "MinVer: $tagged (git describe: $(git -C "$root" describe --tags --always))"
[[ "$tagged" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$ && "$tagged" != 0.0.0* ]] || { echo "MinVer computed no usable version: '$tagged'" >&2; exit 1; }

version="${tagged%%-*}-ci.$(date +%Y%m%d%H%M%S)"

step "pack $version into $feed"
dotnet pack "$root/src/Shaoxing.Yearbook2020" -c Release -o "$feed" -p:MinVerVersionOverride="$version" -warnaserror "${props[@]}" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
# The CLI is a RID-specific tool: the package that points to the others, the Native AOT package for linux-x64
# (trim/AOT warnings are errors) and the framework-dependent fallback (`any`). It is restored once and packed
# without restoring again: a restore for one runtime identifier would write it into the lock files.
cli="$root/src/Shaoxing.Yearbook2020.Cli"
dotnet restore "$cli" "${props[@]}" >>"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
dotnet pack "$cli" -c Release -o "$feed" -p:MinVerVersionOverride="$version" --no-restore -warnaserror "${props[@]}" >>"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
dotnet pack "$cli" -c Release -r linux-x64 -o "$feed" -p:MinVerVersionOverride="$version" --no-restore -warnaserror "${props[@]}" >"$work/pack-aot.log" 2>&1 || { grep -E "warning|error" "$work/pack-aot.log" | sort -u; exit 1; }
if grep -qE "warning (IL|AOT)[0-9]+" "$work/pack-aot.log"; then grep -E "warning (IL|AOT)" "$work/pack-aot.log" | sort -u; exit 1; fi
dotnet pack "$cli" -c Release -r any -p:PublishAot=false -o "$feed" -p:MinVerVersionOverride="$version" --no-restore -warnaserror "${props[@]}" >>"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
for f in "Shaoxing.Yearbook2020.$version.nupkg" "Shaoxing.Yearbook2020.$version.snupkg" "Shaoxing.Yearbook2020.Cli.$version.nupkg" \
  "Shaoxing.Yearbook2020.Cli.linux-x64.$version.nupkg" "Shaoxing.Yearbook2020.Cli.any.$version.nupkg"; do
  [ -f "$feed/$f" ] || { echo "missing $f" >&2; exit 1; }
done
for rid in linux-x64 any; do
  unzip -p "$feed/Shaoxing.Yearbook2020.Cli.$version.nupkg" '*/DotnetToolSettings.xml' | grep -q "RuntimeIdentifier=\"$rid\" Id=\"Shaoxing.Yearbook2020.Cli.$rid\"" \
    || { echo "the tool's pointer package does not name its $rid package" >&2; exit 1; }
done
echo "tool packages: $(cd "$feed" && du -h Shaoxing.Yearbook2020.Cli.*"$version".nupkg | awk '{printf "%s %s; ", $2, $1}')"
mkdir "$work/tools"
cp "$root"/tests/Packaging/tools/* "$work/tools/"
script() { local name=$1; shift; (cd "$work/tools" && dotnet run "$name.cs" -- "$@"); }

step "package contents: README, icon, release notes, licence, XML docs, repository, SourceLink in the symbols; the tool's own README and icon"
script check-package "$feed/Shaoxing.Yearbook2020.$version.nupkg" "$feed/Shaoxing.Yearbook2020.$version.snupkg" "$feed/Shaoxing.Yearbook2020.Cli.$version.nupkg"

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$feed" />
  </packageSources>
</configuration>
XML

step "consumer app from the feed (JIT)"
cp -r "$root/tests/Packaging/ConsumerApp" "$work/app"
cp "$work/nuget.config" "$work/app/"
dotnet run --project "$work/app" -c Release -p:YearbookVersion="$version" >"$work/jit.txt" 2>"$work/jit.err" || { cat "$work/jit.txt" "$work/jit.err"; exit 1; }
cat "$work/jit.txt"

step "consumer app published trimmed with Native AOT"
dotnet publish "$work/app" -c Release -r linux-x64 -p:PublishAot=true -p:YearbookVersion="$version" -o "$work/aot" >"$work/aot.log" 2>&1 || { grep -E "warning|error" "$work/aot.log" | sort -u; exit 1; }
if grep -qE "warning (IL|AOT)[0-9]+" "$work/aot.log"; then grep -E "warning (IL|AOT)" "$work/aot.log" | sort -u; exit 1; fi
"$work/aot/ConsumerApp" >"$work/aot.txt"
diff "$work/jit.txt" "$work/aot.txt" || { echo "the AOT binary answers differently" >&2; exit 1; }
echo "AOT binary: same answers, $(du -h "$work/aot/ConsumerApp" | cut -f1)"

step "CLI installed as a dotnet tool from the feed (Native AOT on linux-x64)"
dotnet tool install Shaoxing.Yearbook2020.Cli --version "$version" --tool-path "$work/tools" --add-source "$feed" >/dev/null
installed=$(readlink -f "$work/tools/yearbook2020")
case "$installed" in
  */shaoxing.yearbook2020.cli.linux-x64/*) ;;
  *) echo "yearbook2020 is not from the linux-x64 package: $installed" >&2; exit 1 ;;
esac
[ "$(head -c 4 "$installed" | od -An -c | tr -d ' ')" = '177ELF' ] || { echo "$installed is not a native (ELF) binary" >&2; exit 1; }
if find "$(dirname "$installed")" -maxdepth 1 \( -name '*.dll' -o -name '*.pdb' -o \( -name '*.xml' ! -name DotnetToolSettings.xml \) \) | grep -q .; then echo "managed assemblies, symbols or documentation beside the AOT binary: $(ls "$(dirname "$installed")")" >&2; exit 1; fi
"$work/tools/yearbook2020" summary >"$work/summary.txt"
grep -q "c14849de94bb772b69d9816948246980be2899a20fb16a2881f050eb731d4b90" "$work/summary.txt" || { cat "$work/summary.txt"; exit 1; }
echo "yearbook2020 summary: ok (Native AOT, $(du -h "$installed" | cut -f1))"
# The installed binary answers a query that reads one file (the path of the start-up measured by startup.sh).
"$work/tools/yearbook2020" meetings --month 7 >"$work/meetings.txt"
grep -q "executive-77 .* 2020-07-16" "$work/meetings.txt" || { cat "$work/meetings.txt"; exit 1; }
echo "yearbook2020 meetings --month 7: ok"

step "file-based walkthrough (dotnet run walkthrough.cs)"
mkdir "$work/filebased"
sed "s/^#:package Shaoxing.Yearbook2020@.*/#:package Shaoxing.Yearbook2020@$version/" "$root/tests/Packaging/walkthrough.cs" >"$work/filebased/walkthrough.cs"
cp "$work/nuget.config" "$work/filebased/"
(cd "$work/filebased" && dotnet run walkthrough.cs) || exit 1

step "notebook (dotnet-repl, headless)"
# Fails on a cell that raises and on a chart cell (first line "// Chart:") that draws no chart, both in
# this run and in the outputs committed with the notebook; refresh-notebook.sh beside this script
# reruns the notebook and saves its outputs into it.
mkdir "$work/notebook"
script prepare-notebook "$root/tests/Packaging/walkthrough.ipynb" "$work/notebook/walkthrough.ipynb" "$feed" "$version"
(cd "$root" && dotnet tool restore >/dev/null)
(cd "$root" && dotnet tool run dotnet-repl --run "$work/notebook/walkthrough.ipynb" --exit-after-run --output-path "$work/notebook/out.ipynb" --output-format ipynb) || { echo "a notebook cell failed" >&2; exit 1; }
script check-notebook-output "$work/notebook/out.ipynb"
script check-notebook-output "$root/tests/Packaging/walkthrough.ipynb" --saved

step "exports: one run writes every format, each into its subfolder; every datapackage.json validated by the Frictionless library, SQLite row counts"
formats=(csv json jsonl sqlite parquet csv-excel)
"$work/tools/yearbook2020" export --format "$(IFS=,; echo "${formats[*]}")" --out "$work/export"
(cd "$work/tools" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent datapackage@1 >/dev/null)
for format in "${formats[@]}"; do
  node "$work/tools/validate-datapackage.js" "$work/export/$format"
done
sed -i "s/^#:package Shaoxing.Yearbook2020@.*/#:package Shaoxing.Yearbook2020@$version/" "$work/tools/check-sqlite.cs"
cp "$work/nuget.config" "$work/tools/"
script check-sqlite "$work/export/sqlite/yearbook2020.sqlite"

step "Parquet export read back with DuckDB: the CSV export's tables, types, rows and values"
(cd "$work/tools" && npm install --no-audit --no-fund --silent @duckdb/node-api@1.5.6-r.1 >/dev/null)
node "$work/tools/compare-parquet-csv.js" "$work/export/parquet" "$work/export/csv"
step "the README's first command as a developer runs it, from the repository root"
(cd "$root" && env -u CI -u GITHUB_ACTIONS dotnet run --project src/Shaoxing.Yearbook2020.Cli -- summary) >"$work/readme-summary.txt" 2>&1 || { cat "$work/readme-summary.txt"; exit 1; }
grep -q "c14849de94bb772b69d9816948246980be2899a20fb16a2881f050eb731d4b90" "$work/readme-summary.txt" || { cat "$work/readme-summary.txt"; exit 1; }
echo "dotnet run --project src/Shaoxing.Yearbook2020.Cli -- summary: ok"

step "a developer's local pack (not CI) carries no path of the machine it was packed on"
env -u CI -u GITHUB_ACTIONS dotnet pack "$root/src/Shaoxing.Yearbook2020" -c Release -o "$work/local-pack" -p:ContinuousIntegrationBuild=false >"$work/local-pack.log" 2>&1 || { cat "$work/local-pack.log"; exit 1; }
mkdir -p "$work/local-pack/x" && unzip -q -o "$work/local-pack"/Shaoxing.Yearbook2020.*[0-9].nupkg -d "$work/local-pack/x"
if grep -rlaF "$root" "$work/local-pack/x"; then echo "the locally packed package names $root" >&2; exit 1; fi
echo "local pack: no absolute path inside"

echo "== packages: all checks passed"
