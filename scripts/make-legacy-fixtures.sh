#!/usr/bin/env bash
# Word/Excel 97–2003 copies of the format fixtures (tests/fixtures/formats/self-eval.doc,
# summary.xls, and tests/fixtures/layouts/r22f-hidden-{row,columns}.xls), converted by LibreOffice from the .docx/.xlsx, so the legacy readers are checked
# against the same answer key. Needs soffice (apt-get install libreoffice-writer-nogui
# libreoffice-calc-nogui); the produced files are committed, tests do not need LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/../tests/fixtures/formats"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private profile: no interference with a running LibreOffice, no first-start dialogs.
export HOME="$work/home"
soffice --headless --convert-to doc --outdir "$work" self-eval.docx >/dev/null
soffice --headless --convert-to xls --outdir "$work" summary.xlsx >/dev/null
cp "$work/self-eval.doc" "$work/summary.xls" .
echo "wrote self-eval.doc, summary.xls"
# Hidden rows and columns (round 22's xlsx fixtures): the .xls reader leaves them out as xlsx.ts does.
cd ../layouts
for name in r22f-hidden-row r22f-hidden-columns; do
  soffice --headless --convert-to xls --outdir "$work" "$name.xlsx" >/dev/null
  cp "$work/$name.xls" .
done
echo "wrote r22f-hidden-row.xls, r22f-hidden-columns.xls"
