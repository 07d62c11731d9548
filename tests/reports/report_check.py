#!/usr/bin/env python3
"""Independent checks of a Stallkeeper report export.

  report_check.py csv FILE.csv EXPECTED.json
      Parse FILE.csv with Python's csv module in strict mode and compare every cell with the
      report as the application holds it in memory (EXPECTED.json, raw values: text, or
      integers in minor / milli / ppm units). Also checks the RFC 4180 framing: CRLF after every
      record, UTF-8, a BOM only when asked.
  report_check.py xlsx FILE.xlsx FILE.csv
      Read the workbook LibreOffice made from FILE.csv (Office Open XML, read with the standard
      library) and check it kept every column and value: numbers as numbers, text as text, no
      formula anywhere.

Exit status 0 when everything matches; otherwise one line per problem on stderr.
"""
import csv
import datetime
import io
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal

FORMULA_START = ('=', '+', '-', '@', '\t', '\r', '\uff1d')
NUMBER = re.compile(r'^-?[0-9]+(\.[0-9]+)?$')
problems = []


def problem(msg):
    problems.append(msg)
    if len(problems) < 40:
        print(msg, file=sys.stderr)


def read_csv(path, bom=None):
    raw = open(path, 'rb').read()
    has_bom = raw.startswith(b'\xef\xbb\xbf')
    if bom is not None and has_bom != bom:
        problem(f'{path}: BOM present={has_bom}, expected {bom}')
    text = raw.decode('utf-8-sig')
    rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    # Every record ends with CRLF: no bare LF outside quoted fields.
    outside = re.sub(r'"(?:[^"]|"")*"', '', text)
    if '\n' in outside.replace('\r\n', ''):
        problem(f'{path}: a record ends with a bare LF')
    if not text.endswith('\r\n'):
        problem(f'{path}: the file does not end with CRLF')
    return rows


def expected_text(kind, raw, decimals):
    if raw is None:
        return ''
    if kind == 'text':
        return "'" + raw if raw.startswith(FORMULA_START) else raw
    scale = {'integer': 0, 'money': decimals, 'quantity': 3, 'ppm': 4}[kind]
    return str((Decimal(int(raw)) / (Decimal(10) ** scale)).quantize(Decimal(1).scaleb(-scale)))


def check_csv(path, expected_path):
    exp = json.load(open(expected_path, encoding='utf-8'))
    rows = read_csv(path, exp['bom'])
    cols = exp['columns']
    if rows[0] != [c['name'] for c in cols]:
        problem(f'header {rows[0]} != {[c["name"] for c in cols]}')
    body = rows[1:]
    if len(body) != len(exp['rows']):
        problem(f'{len(body)} data rows, expected {len(exp["rows"])}')
    for r, (got, want) in enumerate(zip(body, exp['rows']), start=2):
        if len(got) != len(cols):
            problem(f'row {r}: {len(got)} fields, expected {len(cols)}')
            continue
        for c, col in enumerate(cols):
            w = expected_text(col['type'], want[c], exp['decimals'])
            if got[c] != w:
                problem(f'row {r} {col["name"]}: {got[c]!r} != {w!r}')
            if col['type'] != 'text' and got[c] and not NUMBER.match(got[c]):
                problem(f'row {r} {col["name"]}: {got[c]!r} is not a plain number')
            if col['type'] == 'text' and got[c].startswith(FORMULA_START):
                problem(f'row {r} {col["name"]}: {got[c]!r} would run as a formula')


NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}


def col_index(ref):
    letters = re.match(r'[A-Z]+', ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def shared_text(si):
    return ''.join(t.text or '' for t in si.iter('{%s}t' % NS['m']))


def read_xlsx(path):
    z = zipfile.ZipFile(path)
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        shared = [shared_text(si) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', NS)]
    sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
    grid = {}
    for row in sheet.find('m:sheetData', NS).findall('m:row', NS):
        r = int(row.get('r')) - 1
        for cell in row.findall('m:c', NS):
            c = col_index(cell.get('r'))
            if cell.find('m:f', NS) is not None:
                problem(f'{cell.get("r")}: cell holds a formula')
            t = cell.get('t', 'n')
            v = cell.find('m:v', NS)
            if t == 's':
                grid[(r, c)] = ('s', shared[int(v.text)])
            elif t == 'inlineStr':
                grid[(r, c)] = ('s', shared_text(cell.find('m:is', NS)))
            elif t in ('str',):
                grid[(r, c)] = ('s', v.text or '')
            elif v is not None:
                grid[(r, c)] = ('n', v.text, cell.get('s'))
    return grid


def check_xlsx(xlsx, csv_path):
    rows = read_csv(csv_path)
    grid = read_xlsx(xlsx)
    width = len(rows[0])
    used_cols = {c for (_, c) in grid}
    if used_cols and max(used_cols) >= width:
        problem(f'workbook has {max(used_cols) + 1} columns, the CSV {width}')
    used_rows = {r for (r, _) in grid}
    if used_rows and max(used_rows) + 1 != len(rows):
        problem(f'workbook has {max(used_rows) + 1} rows, the CSV {len(rows)}')
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = grid.get((r, c))
            where = f'{rows[0][c]} row {r + 1}'
            if text == '':
                if cell is not None and cell[1] != '':
                    problem(f'{where}: empty in CSV, {cell!r} in the workbook')
                continue
            if cell is None:
                problem(f'{where}: {text!r} missing from the workbook')
                continue
            if NUMBER.match(text):
                if cell[0] != 'n' or Decimal(cell[1]) != Decimal(text):
                    problem(f'{where}: number {text!r} became {cell!r}')
            elif re.match(r'^\d{4}-\d{2}-\d{2}$', text) and cell[0] == 'n':
                # A date column: Calc stores a day serial (1899-12-30 epoch) with a date format.
                day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(Decimal(cell[1])))
                if day.isoformat() != text:
                    problem(f'{where}: date {text!r} became {day}')
            else:
                got = cell[1]
                # Calc may keep or drop the apostrophe that neutralises a formula; either way the
                # cell must be text with the same characters and never a formula.
                if cell[0] != 's' or (got != text and "'" + got != text):
                    problem(f'{where}: text {text!r} became {cell!r}')


def main():
    if len(sys.argv) == 4 and sys.argv[1] == 'csv':
        check_csv(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == 'xlsx':
        check_xlsx(sys.argv[2], sys.argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
