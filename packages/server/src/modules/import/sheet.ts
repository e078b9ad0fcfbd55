import type { SheetColumn, SheetProblem } from '@jamsos/schema';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

/** One data row of an uploaded sheet: its line as the user sees it, and its cells by column key. */
export interface SheetLine {
  line: number;
  cells: Record<string, string>;
}

export interface ReadSheet {
  /** Column keys found in the header, in file order (unknown headings are left out). */
  columns: string[];
  missing: string[];
  lines: SheetLine[];
}

/** A file that cannot be read as a sheet: a code (and parameters) the web renders in the user's language. */
export class SheetError extends Error {
  override name = 'SheetError';
  constructor(
    readonly problem: SheetProblem,
    readonly params: Record<string, number> | null = null,
    detail?: string,
  ) {
    super(detail ?? problem);
  }
}

export const MAX_ROWS = 100_000;

function normaliseHeading(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function isXlsx(bytes: Buffer): boolean {
  // XLSX files are zip archives: they start with "PK\x03\x04".
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

async function rawRows(bytes: Buffer): Promise<{ line: number; values: string[] }[]> {
  if (isXlsx(bytes)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new SheetError('NOT_XLSX');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new SheetError('NO_SHEET');
    const rows: { line: number; values: string[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        values[column - 1] = cellText(cell.value);
      });
      rows.push({ line, values: Array.from(values, (v) => v ?? '') });
    });
    return rows;
  }
  const text = bytes.toString('utf8');
  if (text.includes('\u0000')) throw new SheetError('NOT_CSV');
  // Spreadsheets set to Indonesian write CSV with semicolons; guess from the header line.
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true });
    // With `info: true` each record comes with where it starts; the typings do not say so.
    return (records as unknown as { record: string[]; info: { lines: number } }[]).map(({ record, info }) => ({
      line: info.lines,
      values: record,
    }));
  } catch (error) {
    throw new SheetError('CSV_UNREADABLE', null, error instanceof Error ? error.message : String(error));
  }
}

/** Reads a CSV or XLSX upload against a column layout (headings matched case-insensitively). */
export async function readSheet(bytes: Buffer, layout: readonly SheetColumn<string>[]): Promise<ReadSheet> {
  const rows = await rawRows(bytes);
  const [header, ...data] = rows;
  if (!header) throw new SheetError('EMPTY_FILE');
  const byHeading = new Map(layout.map((column) => [normaliseHeading(column.heading), column.key]));
  const keys = header.values.map((heading) => byHeading.get(normaliseHeading(heading)) ?? null);
  const columns = keys.filter((key): key is string => key !== null);
  const missing = layout.filter((column) => column.required && !columns.includes(column.key)).map((c) => c.key);
  if (data.length > MAX_ROWS) throw new SheetError('TOO_MANY_ROWS', { max: MAX_ROWS });
  const lines = data
    .filter((row) => row.values.some((value) => value.trim() !== ''))
    .map((row) => {
      const cells: Record<string, string> = {};
      keys.forEach((key, index) => {
        if (key) cells[key] = row.values[index]?.trim() ?? '';
      });
      return { line: row.line, cells };
    });
  return { columns, missing, lines };
}

export type SheetFormat = 'csv' | 'xlsx';

/** Writes rows under the layout's Indonesian headings; text columns stay text in XLSX (NIKs!). */
export async function writeSheet(
  layout: readonly SheetColumn<string>[],
  rows: readonly Record<string, string | number | null>[],
  format: SheetFormat,
  sheetName: string,
): Promise<Buffer> {
  if (format === 'csv') {
    const body = stringify(
      rows.map((row) => layout.map((column) => row[column.key] ?? '')),
      { header: true, columns: layout.map((column) => column.heading), bom: true },
    );
    return Buffer.from(body, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = layout.map((column) => ({
    header: column.heading,
    key: column.key,
    width: Math.max(14, column.heading.length + 2),
    // Excel keeps 15 significant digits: a 16-digit NIK typed into a number cell loses its last digit.
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(layout.map((c) => [c.key, row[c.key] ?? ''])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
