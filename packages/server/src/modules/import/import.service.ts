import { BUSINESS_COLUMNS, type SheetColumn, WORKER_COLUMNS } from '@jamsos/schema';
import { audit } from '../audit/audit.service';
import type { RequestScope } from '../common/scope';
import { headingOf, planBusinesses, planWorkers } from './import.plan';
import type { ImportKind, ImportReport, Progress } from './import.report';
import { writeBusinesses, writeWorkers } from './import.write';
import { readSheet, SheetError } from './sheet';

// The file routes know the import by this module.
export { IMPORT_KINDS, type ImportKind, type ImportReport } from './import.report';

/**
 * Imports a CSV/XLSX file of businesses or workers into the caller's tenant. Every row is
 * checked with the same validators as the API; a dry run (or any problem) reports every bad row
 * with its line, column and reason and writes nothing. A commit writes all rows in the request's
 * one transaction. Rows are matched to existing records (businesses by NIB, or by name and
 * district when they have none; workers by NIK), so importing the same file again changes nothing.
 * Everything runs as the request's database role in its tenant: row-level security applies.
 */
export async function runImport(
  scope: RequestScope,
  kind: ImportKind,
  file: { name: string; bytes: Buffer },
  commit: boolean,
  progress: Progress = () => {},
): Promise<ImportReport> {
  const layout: readonly SheetColumn<string>[] = kind === 'businesses' ? BUSINESS_COLUMNS : WORKER_COLUMNS;
  const report: ImportReport = {
    kind,
    fileName: file.name,
    rows: 0,
    validRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    problems: [],
    committed: false,
  };
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(file.bytes, layout);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    report.problems.push({ line: 0, column: null, value: null, problem: error.problem, params: error.params });
    return report;
  }
  report.rows = sheet.lines.length;
  progress('read', sheet.lines.length, sheet.lines.length);
  for (const key of sheet.missing) {
    report.problems.push({
      line: 1,
      column: headingOf(layout, key),
      value: null,
      problem: 'MISSING_COLUMN',
      params: null,
    });
  }
  if (sheet.missing.length > 0) return report;

  if (kind === 'businesses') {
    const planned = await planBusinesses(scope, sheet.lines, layout, report, progress);
    if (commit && report.problems.length === 0) await writeBusinesses(scope, planned, progress);
  } else {
    const planned = await planWorkers(scope, sheet.lines, layout, report, progress);
    if (commit && report.problems.length === 0) await writeWorkers(scope, planned, progress);
  }
  if (commit && report.problems.length === 0) {
    report.committed = true;
    audit(scope, {
      action: `${kind === 'businesses' ? 'business' : 'worker'}.import`,
      objectType: kind === 'businesses' ? 'Business' : 'Worker',
      changes: {
        file: file.name,
        rows: report.rows,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
      },
    });
  }
  return report;
}
