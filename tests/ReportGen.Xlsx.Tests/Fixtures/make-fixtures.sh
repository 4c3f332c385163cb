#!/usr/bin/env bash
# Writes the workbooks in this folder. They are made once and committed, so the tests need no LibreOffice:
#   exported.xlsx         reportgen export xlsx --office 文部科学省 of tests/fixtures/edition-2025 (our own writer)
#   libreoffice-same.xlsx exported.xlsx opened and saved again by LibreOffice Calc 7.4 (headless), no cell changed
#   libreoffice-filled.xlsx exported.xlsx saved by LibreOffice as .fods, three cells filled as a person would
#                         (fill-as-a-person.py: line breaks in a cell, 「・」 and numbered items, full-width digits,
#                         trailing spaces, an empty line), then converted back to .xlsx by LibreOffice
# Needs: the .NET SDK, libreoffice-calc-nogui (Debian), python3. Run from anywhere.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$root/tests/fixtures/edition-2025" "$work/content"
dotnet run --project "$root/src/ReportGen.Cli" -- export xlsx --content "$work/content" --office 文部科学省 --out "$work/out"
cp "$work/out/照会_2025_文部科学省.xlsx" "$here/exported.xlsx"

cd "$work"
cp "$here/exported.xlsx" same.xlsx
soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir lo same.xlsx
cp lo/same.xlsx "$here/libreoffice-same.xlsx"

soffice --headless --convert-to fods --outdir fods "$here/exported.xlsx"
python3 "$here/fill-as-a-person.py" fods/exported.fods filled.fods
soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir lo filled.fods
cp lo/filled.xlsx "$here/libreoffice-filled.xlsx"
