#!/usr/bin/env bash
# Refreshes the outputs saved in walkthrough.ipynb (its text and its chart images): packs the library into a
# local feed, runs the notebook headless with dotnet-repl against it exactly as check-packages.sh does,
# and saves the outputs into the notebook, whose cells stay as a user writes them. Run it after changing
# the notebook or the data, then commit the notebook; CI fails when a chart cell of the committed
# notebook has no chart.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.0.0-notebook.$(date +%Y%m%d%H%M%S)"
feed="$work/feed"
notebook="$root/tests/Packaging/walkthrough.ipynb"

# The charts draw their Chinese labels with Noto Sans CJK; without it they would be saved as boxes.
if [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
  echo "== notebook: install fonts-noto-cjk"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk) >/dev/null \
    || { echo "install fonts-noto-cjk (Debian) or another Noto Sans CJK first" >&2; exit 1; }
fi

echo "== notebook: pack $version"
dotnet pack "$root/src/Shaoxing.Yearbook2020" -c Release -o "$feed" -p:MinVerVersionOverride="$version" "$@" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
# The helper scripts run outside the repository so that its Directory.Build.props does not apply to them.
mkdir "$work/tools" "$work/notebook"
cp "$root"/tests/Packaging/tools/* "$work/tools/"
script() { local name=$1; shift; (cd "$work/tools" && dotnet run "$name.cs" -- "$@"); }

echo "== notebook: run with dotnet-repl"
script prepare-notebook "$notebook" "$work/notebook/walkthrough.ipynb" "$feed" "$version"
(cd "$root" && dotnet tool restore >/dev/null)
(cd "$root" && dotnet tool run dotnet-repl --run "$work/notebook/walkthrough.ipynb" --exit-after-run --output-path "$work/notebook/out.ipynb" --output-format ipynb) || { echo "a notebook cell failed" >&2; exit 1; }
script check-notebook-output "$work/notebook/out.ipynb"

echo "== notebook: save the outputs into $notebook"
script save-notebook-outputs "$notebook" "$work/notebook/out.ipynb" "$feed"
script check-notebook-output "$notebook" --saved
echo "$(du -h "$notebook" | cut -f1) $notebook"
