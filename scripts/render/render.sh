#!/usr/bin/env bash
# Renders an .xlsx to PDF and one PNG per page with LibreOffice, TH SarabunPSK mapped to Laksaman.
#   scripts/render/render.sh <file.xlsx> <outdir> [dpi]
# Prints the PDF path and the PNG paths.
set -euo pipefail
if [ $# -lt 2 ]; then echo "usage: $0 <file.xlsx> <outdir> [dpi]" >&2; exit 2; fi
here="$(cd "$(dirname "$0")" && pwd)"
xlsx="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$2"; dpi="${3:-80}"
mkdir -p "$out"; out="$(cd "$out" && pwd)"
export FONTCONFIG_FILE="$here/fonts.conf"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$xlsx" >/dev/null 2>&1
pdf="$out/$(basename "${xlsx%.*}").pdf"
[ -f "$pdf" ] || { echo "render failed: no PDF" >&2; exit 1; }
echo "$pdf"
pdftoppm -r "$dpi" -png "$pdf" "$out/page"
ls "$out"/page*.png
