import {
  ENROLMENT_SHEET_COLUMNS,
  type ImportOutcome,
  type ImportRowProblem,
  PROGRAMMES,
  type Programme,
  REJECTION_REASONS,
  RESULT_WORDS,
  type RejectionReason,
} from '@jamsos/schema';
import cookieParser from 'cookie-parser';
import express from 'express';
import { appError, ErrorCode } from '../common/errors';
import type { RouteDeps } from '../common/feature';
import { uuidFromGlobalId } from '../common/node';
import type { RequestScope } from '../common/scope';
import { readSheet, SheetError, type SheetFormat, writeSheet } from '../import/sheet';
import { EnrolmentLine, type IEnrolmentLine } from './enrolment.entity';
import { mayProcess } from './enrolment.rules';
import { auditLineRead, findRequest, type LineResult, recordResults, resultProblems } from './enrolment.service';

const MAX_UPLOAD = '10mb';

/** What the results upload answers: the import's counts and problems, and what it would record. */
export interface EnrolmentResultsReport extends ImportOutcome {
  kind: 'enrolmentResults';
  fileName: string;
  registered: number;
  rejected: number;
}

const programmeList = (text: string): Programme[] =>
  text
    .split(/[,;\s]+/)
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean) as Programme[];

/**
 * A request's file routes for the BPJS office: the sheet to download for bulk entry (CSV/XLSX,
 * the shared personal data in full, audited on both sides), and the results upload (KPJ per NIK),
 * through the same dry-run, all-or-nothing machinery as the registry import: every row checked,
 * a NIK not in the request refused with its row, and nothing written unless every row is good.
 */
export function enrolmentFileRoutes({ run }: RouteDeps): express.Router {
  const router = express.Router();
  router.use(cookieParser());

  router.get('/api/enrolment-requests/:id/sheet', (req, res) =>
    run(req, res, async (scope) => {
      const format = formatOf(req.query.format);
      const request = await ownRequest(scope, req.params.id);
      if (request.organization.id !== scope.tenantId && !mayProcess(scope.viewer))
        throw appError(ErrorCode.Forbidden, 'You are not allowed to download this request.');
      const lines = await scope.em.find(EnrolmentLine, { request: request.id }, { orderBy: { position: 'asc' } });
      const rows = lines.map((l) => ({
        nik: l.nik,
        fullName: l.fullName,
        birthDate: String(l.birthDate),
        workerType: l.workerType,
        business: l.businessName,
        monthlyWage: l.monthlyWage ?? null,
        programmes: (l.programmes ?? []).join(', '),
        payer: l.payer,
        monthlyContribution: l.monthlyTotal,
        result: l.status === 'REGISTERED' ? 'TERDAFTAR' : l.status === 'REJECTED' ? 'DITOLAK' : '',
        kpj: l.kpj ?? '',
        effectiveDate: l.effectiveDate ? String(l.effectiveDate) : '',
        registeredProgrammes: (l.registeredProgrammes ?? []).join(', '),
        rejectionReason: l.rejectionReason ?? '',
        existingKpj: l.existingKpj ?? '',
        note: l.rejectionNote ?? '',
      }));
      await auditLineRead(scope, { id: request.id, ownerId: request.organization.id }, 'enrolment.exportPersonalData', {
        rows: rows.length,
        format,
      });
      await scope.em.commit();
      const bytes = await writeSheet(ENROLMENT_SHEET_COLUMNS, rows, format, 'pengajuan');
      res
        .status(200)
        .type(
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .attachment(`pengajuan-kepesertaan-${request.id.slice(0, 8)}.${format}`)
        .send(bytes);
    }),
  );

  router.post('/api/enrolment-requests/:id/results', express.raw({ type: () => true, limit: MAX_UPLOAD }), (req, res) =>
    run(req, res, async (scope) => {
      if (!mayProcess(scope.viewer)) throw appError(ErrorCode.Forbidden, 'Only the BPJS office records results.');
      if (req.get('x-jamsos-request') !== 'import')
        throw appError(ErrorCode.BadUserInput, 'Missing X-Jamsos-Request header.');
      const request = await ownRequest(scope, req.params.id);
      if (request.recipient.id !== scope.tenantId)
        throw appError(ErrorCode.Forbidden, 'Only the BPJS office records results.');
      const commit = req.query.commit === 'true';
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = String(req.get('x-file-name') ?? 'upload').slice(0, 200);
      const report = await importResults(scope, request.id, { name, bytes }, commit);
      await scope.em.commit();
      res.status(200).type('application/x-ndjson');
      res.write(`${JSON.stringify({ type: 'report', report })}\n`);
      res.end();
    }),
  );
  return router;
}

async function ownRequest(scope: RequestScope, globalId: string | undefined) {
  const id = uuidFromGlobalId(String(globalId ?? ''), 'EnrolmentRequest');
  if (!id) throw appError(ErrorCode.NotFound, 'No such enrolment request.');
  return findRequest(scope, id);
}

function formatOf(value: unknown): SheetFormat {
  if (value === undefined || value === 'csv') return 'csv';
  if (value === 'xlsx') return 'xlsx';
  throw appError(ErrorCode.BadUserInput, 'format must be csv or xlsx.');
}

const heading = (key: string) => ENROLMENT_SHEET_COLUMNS.find((c) => c.key === key)?.heading ?? key;
const FIELD_COLUMN: Record<string, string> = {
  id: 'nik',
  kpj: 'kpj',
  effectiveDate: 'effectiveDate',
  programmes: 'registeredProgrammes',
  existingKpj: 'existingKpj',
  note: 'note',
};

/** Reads the results file against the request's lines; records them only when every row is good. */
export async function importResults(
  scope: RequestScope,
  requestId: string,
  file: { name: string; bytes: Buffer },
  commit: boolean,
): Promise<EnrolmentResultsReport> {
  const report: EnrolmentResultsReport = {
    kind: 'enrolmentResults',
    fileName: file.name,
    rows: 0,
    validRows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    registered: 0,
    rejected: 0,
    problems: [],
    committed: false,
  };
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(file.bytes, ENROLMENT_SHEET_COLUMNS);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    report.problems.push({ line: 0, column: null, value: null, problem: error.problem, params: error.params });
    return report;
  }
  report.rows = sheet.lines.length;
  for (const key of sheet.missing)
    report.problems.push({ line: 1, column: heading(key), value: null, problem: 'MISSING_COLUMN', params: null });
  if (sheet.missing.length > 0) return report;
  // The lines the caller may see: row-level security shows the office only lines shared with it.
  const lines = await scope.em.find(EnrolmentLine, { request: requestId });
  const byNik = new Map<string, IEnrolmentLine>(lines.map((l) => [l.nik, l]));
  const seen = new Set<string>();
  const results: LineResult[] = [];
  for (const { line, cells } of sheet.lines) {
    const problem = (key: string, code: ImportRowProblem['problem']) =>
      report.problems.push({ line, column: heading(key), value: cells[key] ?? '', problem: code, params: null });
    const before = report.problems.length;
    const nik = (cells.nik ?? '').trim();
    const target = byNik.get(nik);
    if (!target) problem('nik', 'NIK_NOT_IN_REQUEST');
    else if (seen.has(nik)) problem('nik', 'DUPLICATE_IN_FILE');
    seen.add(nik);
    const word = (cells.result ?? '').trim().toUpperCase();
    if (!word) {
      report.unchanged += 1;
      continue;
    }
    const kind = RESULT_WORDS[word as keyof typeof RESULT_WORDS];
    if (!kind) {
      problem('result', 'RESULT_UNKNOWN');
      continue;
    }
    if (!target) continue;
    let result: LineResult;
    if (kind === 'REGISTERED') {
      const programmes = programmeList(cells.registeredProgrammes ?? '');
      result = {
        kind,
        id: target.id,
        kpj: (cells.kpj ?? '').trim(),
        effectiveDate: (cells.effectiveDate ?? '').trim(),
        programmes: programmes.length ? programmes : null,
      };
      if (programmes.some((p) => !PROGRAMMES.includes(p))) problem('registeredProgrammes', 'UNKNOWN_VALUE');
    } else {
      const reason = (cells.rejectionReason ?? '').trim().toUpperCase();
      if (!REJECTION_REASONS.includes(reason as RejectionReason)) {
        problem('rejectionReason', reason ? 'UNKNOWN_VALUE' : 'REQUIRED');
        continue;
      }
      result = {
        kind,
        id: target.id,
        reason: reason as RejectionReason,
        existingKpj: cells.existingKpj?.trim() || null,
        note: cells.note?.trim() || null,
      };
    }
    for (const p of resultProblems(target, result, scope.viewer.today))
      problem(FIELD_COLUMN[p.field] ?? 'nik', p.problem);
    if (report.problems.length === before) {
      results.push(result);
      if (kind === 'REGISTERED') report.registered += 1;
      else report.rejected += 1;
    }
  }
  report.validRows = report.rows - new Set(report.problems.map((p) => p.line)).size;
  report.updated = results.length;
  if (commit && report.problems.length === 0 && results.length > 0) {
    await recordResults(scope, results);
    report.committed = true;
  } else if (commit && report.problems.length === 0) {
    report.committed = true;
  }
  return report;
}
