#!/usr/bin/env python3
"""Edits cells of a 照会 workbook saved by LibreOffice as flat ODF (.fods), the way a person fills them in Calc:
several lines in one cell, 「・」 and numbered items, full-width digits, trailing spaces and an empty line.
Usage: fill-as-a-person.py IN.fods OUT.fods"""
import re
import sys
from xml.sax.saxutils import escape

# (measure id, column number 1-based, lines of the cell as typed with Alt+Enter)
EDITS = [
    ("m002", 6, ["・令和６年度は、採択校３校から成果を発信した。", "　うち２校は講義を一般に公開した。", "・１２月に成果報告会を開催した（参加者１５０名）。  ", ""]),
    ("m004", 7, ["1. 令和７年度も引き続き支援を行う予定。", "2) 公募は令和7年４月に開始する予定。"]),
    ("m005", 8, ["文部科学省（厚労省医療機器政策室）"]),
]

def cell(lines):
    paragraphs = "".join(f"<text:p>{escape(l)}</text:p>" if l else "<text:p/>" for l in lines)
    return f'<table:table-cell table:content-validation-name="val1" office:value-type="string" calcext:value-type="string">{paragraphs}</table:table-cell>'

text = open(sys.argv[1], encoding="utf-8").read()
answers = text.index('table:name="回答"')
for measure, column, lines in EDITS:
    row_start = text.rindex("<table:table-row", 0, text.index(f"<text:p>{measure}</text:p>", answers))
    row_end = text.index("</table:table-row>", row_start)
    row = text[row_start:row_end]
    cells = list(re.finditer(r"<table:table-cell\b(?:[^>]*/>|.*?</table:table-cell>)", row, re.S))
    target = cells[column - 1]
    row = row[:target.start()] + cell(lines) + row[target.end():]
    text = text[:row_start] + row + text[row_end:]
open(sys.argv[2], "w", encoding="utf-8").write(text)
