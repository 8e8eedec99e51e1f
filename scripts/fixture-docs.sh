#!/usr/bin/env bash
# Regenerates the Word and PDF versions of extraction fixtures (fixtures/extract/) with LibreOffice Writer;
# the results are committed so CI needs no LibreOffice.
#   <name>.txt → <name>.html   first line <h1>, top-level headings (一、二、…) <h2>, every other line <p>,
#                              blank lines dropped — the structure a real Word report has
#   <name>.html → <name>.docx  LibreOffice Writer, "MS Word 2007 XML"
#   <name>.docx → <name>.pdf   LibreOffice Writer, PDF export
# A fixture without a .txt (table-*) keeps its hand-written .html.
# Usage: scripts/fixture-docs.sh NAME...   (names without extension, e.g. holdout-anquan-hexi-xiang)
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/fixtures/extract"
[[ $# -gt 0 ]] || { echo "用法：scripts/fixture-docs.sh 样本名…（不带扩展名）" >&2; exit 2; }
command -v soffice >/dev/null || { echo "需要 LibreOffice Writer：apt-get install libreoffice-writer" >&2; exit 1; }

# A private profile: a soffice already running with the default profile would swallow the conversion.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
office() { soffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null; }

render() {
  awk '
    function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
    NR == 1 {
      print "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" esc($0) "</title>"
      print "<style>body { font-family: \"Noto Serif CJK SC\"; font-size: 16pt; } h1, h2 { font-family: \"Noto Sans CJK SC\"; }"
      print "h1 { font-size: 22pt; text-align: center; } h2 { font-size: 16pt; } p { text-indent: 32pt; }</style>\n</head>\n<body lang=\"zh-CN\">"
      print "<h1>" esc($0) "</h1>"
      next
    }
    /^[ \t]*$/ { next }
    /^[一二三四五六七八九十]+、/ { print "<h2>" esc($0) "</h2>"; next }
    { print "<p>" esc($0) "</p>" }
    END { print "</body>\n</html>" }
  ' "$1"
}

for name in "$@"; do
  if [[ -f "$dir/$name.txt" ]]; then
    render "$dir/$name.txt" >"$dir/$name.html"
  elif [[ ! -f "$dir/$name.html" ]]; then
    echo "找不到 fixtures/extract/$name.txt 或 $name.html" >&2
    exit 1
  fi
  office --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$dir" "$dir/$name.html"
  office --convert-to pdf --outdir "$dir" "$dir/$name.docx"
  echo "$name: .html → .docx → .pdf"
done
