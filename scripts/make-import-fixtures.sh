#!/usr/bin/env bash
# Remakes the office-file fixtures of the importer's tests in tests/fixtures/import/office/ with
# LibreOffice and poppler (Debian: apt-get install libreoffice-writer-nogui poppler-utils). The results
# are committed, so CI and the tests need no LibreOffice.
#
#   bash scripts/make-import-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/fixtures/import/office
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# LibreOffice is heavy: hold the machine's shared lock for the whole run.
exec 9>/tmp/heavy.lock
flock 9
# A LibreOffice profile of its own: an instance already running under the shared one would take the
# conversion over and ignore --outdir.
office() {
  soffice "-env:UserInstallation=file://$work/profile" --headless "$@" >/dev/null 2>&1
}

npx --no-install node scripts/make-import-fixtures.ts "$work"
rm -rf "$out"
mkdir -p "$out/refused"

for name in office-a office-b office-c; do
  office --convert-to docx --outdir "$work" "$work/$name.fodt"
  office --convert-to pdf --outdir "$work" "$work/$name.fodt"
  cp "$work/$name.docx" "$work/$name.pdf" "$work/$name.expected.mdx" "$out/"
done
office --convert-to pdf --outdir "$work" "$work/long-20-pages.fodt"
cp "$work/long-20-pages.pdf" "$work/long-20-pages.expected.mdx" "$out/"

# What the import must refuse, each for its own reason.
office --convert-to 'doc:MS Word 97' --outdir "$work" "$work/office-a.fodt"
cp "$work/office-a.doc" "$out/refused/old-format.doc"
office --convert-to odt --outdir "$work" "$work/office-b.fodt"
cp "$work/office-b.odt" "$out/refused/other-format.odt"
office --convert-to \
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"ceshi"}}' \
  --outdir "$work/encrypted" "$work/office-a.fodt"
cp "$work/encrypted/office-a.pdf" "$out/refused/encrypted.pdf"
# A scan: the first page as a picture, and that picture alone as a PDF, with no text layer.
pdftoppm -r 60 -gray -jpeg -f 1 -l 1 -singlefile "$work/office-a.pdf" "$work/scan-page"
npx --no-install node scripts/make-import-fixtures.ts "$work" --scan "$work/scan-page.jpg"
office --convert-to pdf --outdir "$work" "$work/scan.fodt"
cp "$work/scan.pdf" "$out/refused/scan.pdf"
cp "$work/scan-page.jpg" "$out/refused/scan-page.jpg"
# Files cut off half way, as an interrupted copy leaves them.
head -c "$(($(stat -c %s "$work/office-b.pdf") / 3))" "$work/office-b.pdf" >"$out/refused/damaged.pdf"
head -c "$(($(stat -c %s "$work/office-b.docx") / 2))" "$work/office-b.docx" >"$out/refused/damaged.docx"

ls -l "$out" "$out/refused"
