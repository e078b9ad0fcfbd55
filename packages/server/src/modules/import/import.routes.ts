import {
  BUSINESS_COLUMNS,
  COVERAGE_STATUSES,
  LEGAL_FORMS,
  maskNik,
  maskPhone,
  type SheetColumn,
  SIZE_CLASSES,
  STATUS_HEADINGS,
  WORKER_COLUMNS,
  WORKER_TYPES,
} from '@jamsos/schema';
import cookieParser from 'cookie-parser';
import express, { type Response } from 'express';
import { z } from 'zod';
import { audit } from '../audit/audit.service';
import { BusinessLoaders } from '../business/business.loaders';
import { mayEditRegistry } from '../business/business.rules';
import { BUSINESS_COVERAGES, BUSINESS_SORTS, listBusinesses } from '../business/business.service';
import { appError, ErrorCode } from '../common/errors';
import type { RouteDeps } from '../common/feature';
import { uuidFromGlobalId } from '../common/node';
import { guardNikLookup, isWholeNikLookup, nikLookupLimits } from '../privacy/nik-lookup.service';
import { mayViewPersonalData } from '../worker/worker.rules';
import { listWorkers, WORKER_SORTS } from '../worker/worker.service';
import { IMPORT_KINDS, type ImportKind, runImport } from './import.service';
import { type SheetFormat, writeSheet } from './sheet';

/** The upload limit: a 100,000-row CSV of workers is about 15 MB. */
const MAX_UPLOAD = '40mb';
const EXPORT_LIMIT = 100_000;

/**
 * The registry's file routes: import (CSV/XLSX upload, dry run or commit, with progress),
 * templates and export. They are plain HTTP, not GraphQL, because files and progress streams are
 * what HTTP does well — so they are not behind the shield, and each checks its caller itself
 * with the same functions the rules use. Each request runs in the same lifecycle as a GraphQL one
 * (`run`, see request/http.ts): one transaction, the caller's tenant set in it, as the
 * unprivileged database role (row-level security applies), errors answered in the same codes.
 */
export function registryFileRoutes({ run, config }: RouteDeps): express.Router {
  const router = express.Router();
  router.use(cookieParser());

  router.get('/api/templates/:kind', (req, res) =>
    run(req, res, async () => {
      const kind = kindOf(req.params.kind);
      const format = formatOf(req.query.format);
      const layout = layoutOf(kind);
      const example = Object.fromEntries(layout.map((column) => [column.key, column.example]));
      await sendSheet(
        res,
        await writeSheet(layout, [example], format, kind),
        `templat-${kindName(kind)}.${format}`,
        format,
      );
    }),
  );

  router.post('/api/imports/:kind', express.raw({ type: () => true, limit: MAX_UPLOAD }), (req, res) =>
    run(req, res, async (scope) => {
      const kind = kindOf(req.params.kind);
      if (!mayEditRegistry(scope.viewer))
        throw appError(ErrorCode.Forbidden, 'You are not allowed to import into this registry.');
      // A custom header a cross-site form cannot send: no import is ever triggered from elsewhere.
      if (req.get('x-jamsos-request') !== 'import')
        throw appError(ErrorCode.BadUserInput, 'Missing X-Jamsos-Request header.');
      const commit = req.query.commit === 'true';
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const name = String(req.get('x-file-name') ?? 'upload').slice(0, 200);
      // Progress and the report go out as NDJSON lines, so the page can show a progress bar.
      res.status(200).type('application/x-ndjson');
      const send = (line: object) => res.write(`${JSON.stringify(line)}\n`);
      let last = 0;
      const report = await runImport(scope, kind, { name, bytes }, commit, (phase, done, total) => {
        const now = Date.now();
        if (now - last < 100 && done < total) return;
        last = now;
        send({ type: 'progress', phase, done, total });
      });
      // The transaction commits before the report says so; a failure here rolls all of it back.
      await scope.em.commit();
      send({ type: 'report', report });
      res.end();
    }),
  );

  router.get('/api/exports/:kind', (req, res) =>
    run(req, res, async (scope) => {
      const { em, viewer } = scope;
      const kind = kindOf(req.params.kind);
      const format = formatOf(req.query.format);
      const full = req.query.full === 'true';
      if (full && !mayViewPersonalData(viewer)) {
        throw appError(ErrorCode.Forbidden, 'Your role may not export personal data in full.');
      }
      const query = parseExportQuery(req.query);
      const window = { limit: EXPORT_LIMIT, offset: 0 };
      const date = new Date().toISOString().slice(0, 10);
      if (kind === 'businesses') {
        const [rows] = await listBusinesses(
          scope,
          businessFilter(query.filter),
          orderOf(query, BUSINESS_SORTS),
          window,
        );
        const sheetRows = rows.map((b) => ({
          legalForm: b.legalForm,
          name: b.name,
          nib: b.nib ?? '',
          cooperativeNumber: b.cooperativeNumber ?? '',
          kbliSection: b.kbliSection,
          sizeClass: b.sizeClass,
          regency: b.regencyCode,
          district: b.districtCode,
          village: b.villageCode ?? '',
          address: b.address,
          contactName: b.contactName ?? '',
          contactPhone: b.contactPhone ?? '',
          foundedYear: b.foundedYear ?? null,
          kadinMember: b.kadinMember ? 'Ya' : 'Tidak',
        }));
        audit(scope, {
          action: 'business.export',
          objectType: 'Business',
          changes: { rows: rows.length, format },
        });
        await em.commit();
        return sendSheet(
          res,
          await writeSheet(BUSINESS_COLUMNS, sheetRows, format, 'usaha'),
          `usaha-${date}.${format}`,
          format,
        );
      }
      const filter = workerFilter(query.filter);
      if (isWholeNikLookup(filter.search)) await guardNikLookup(scope, filter.search, nikLookupLimits(config));
      const [rows] = await listWorkers(scope, filter, orderOf(query, WORKER_SORTS), window);
      const employers = await new BusinessLoaders(scope).workerBusinesses.loadMany(rows.map((w) => w.id));
      const sheetRows = rows.map((w, i) => {
        const first = employers[i];
        const business = Array.isArray(first) ? first[0] : undefined;
        return {
          business: business ? (business.nib ?? business.name) : '',
          nik: full ? w.nik : maskNik(w.nik),
          fullName: w.fullName,
          workerType: w.workerType,
          occupation: w.occupation ?? '',
          monthlyIncome: full ? (w.monthlyIncome ?? null) : '',
          phone: w.phone ? (full ? w.phone : maskPhone(w.phone)) : '',
          coverageStatus: STATUS_HEADINGS[w.coverageStatus] ?? w.coverageStatus,
          kpj: w.kpj ?? '',
          programmes: (w.programmes ?? []).join(', '),
          enrolledOn: w.enrolledOn ?? '',
        };
      });
      // A full export is a full view of every row's personal data: recorded as such.
      audit(scope, {
        action: full ? 'worker.exportPersonalData' : 'worker.export',
        objectType: 'Worker',
        changes: { rows: rows.length, format, full, filter: query.filter ?? null },
      });
      await em.commit();
      return sendSheet(
        res,
        await writeSheet(WORKER_COLUMNS, sheetRows, format, 'pekerja'),
        // Two different files (masked, or with the personal data in full) never share a name.
        `pekerja-${full ? 'data-pribadi-lengkap' : 'disamarkan'}-${date}.${format}`,
        format,
      );
    }),
  );
  return router;
}

function kindOf(value: unknown): ImportKind {
  if (typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value)) return value as ImportKind;
  throw appError(ErrorCode.NotFound, 'Unknown kind: use businesses or workers.');
}

function kindName(kind: ImportKind): string {
  return kind === 'businesses' ? 'usaha' : 'pekerja';
}

function formatOf(value: unknown): SheetFormat {
  if (value === undefined || value === 'csv') return 'csv';
  if (value === 'xlsx') return 'xlsx';
  throw appError(ErrorCode.BadUserInput, 'format must be csv or xlsx.');
}

function layoutOf(kind: ImportKind): readonly SheetColumn<string>[] {
  return kind === 'businesses' ? BUSINESS_COLUMNS : WORKER_COLUMNS;
}

const exportQuery = z.object({
  filter: z
    .string()
    .max(2000)
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        return z.record(z.string(), z.union([z.string(), z.boolean(), z.null()])).parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'filter must be a JSON object' });
        return z.NEVER;
      }
    }),
  sort: z.string().max(32).optional(),
  descending: z.enum(['true', 'false']).optional(),
});
type ExportQuery = z.infer<typeof exportQuery>;

/** The export's query string, or BAD_USER_INPUT saying what is wrong with it. */
function parseExportQuery(query: unknown): ExportQuery {
  const parsed = exportQuery.safeParse(query);
  if (!parsed.success) throw appError(ErrorCode.BadUserInput, parsed.error.message);
  return parsed.data;
}
type Filter = ExportQuery['filter'];

const text = (filter: Filter, key: string) => (typeof filter?.[key] === 'string' ? (filter[key] as string) : null);
const flag = (filter: Filter, key: string) => (typeof filter?.[key] === 'boolean' ? (filter[key] as boolean) : null);

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** The same filter object the web list sends to GraphQL, read from the query string. */
function businessFilter(filter: Filter) {
  return {
    regencyCode: text(filter, 'regencyCode'),
    districtCode: text(filter, 'districtCode'),
    villageCode: text(filter, 'villageCode'),
    kbliSection: text(filter, 'kbliSection'),
    sizeClass: oneOf(SIZE_CLASSES, text(filter, 'sizeClass')),
    legalForm: oneOf(LEGAL_FORMS, text(filter, 'legalForm')),
    kadinMember: flag(filter, 'kadinMember'),
    coverage: oneOf(BUSINESS_COVERAGES, text(filter, 'coverage')),
    search: text(filter, 'search'),
    archived: flag(filter, 'archived'),
  };
}

function workerFilter(filter: Filter) {
  const businessId = text(filter, 'businessId');
  return {
    businessId: businessId
      ? (uuidFromGlobalId(businessId, 'Business') ?? '00000000-0000-0000-0000-000000000000')
      : null,
    regencyCode: text(filter, 'regencyCode'),
    districtCode: text(filter, 'districtCode'),
    kbliSection: text(filter, 'kbliSection'),
    kadinMember: flag(filter, 'kadinMember'),
    sizeClass: oneOf(SIZE_CLASSES, text(filter, 'sizeClass')),
    legalForm: oneOf(LEGAL_FORMS, text(filter, 'legalForm')),
    coverageStatus: oneOf(COVERAGE_STATUSES, text(filter, 'coverageStatus')),
    workerType: oneOf(WORKER_TYPES, text(filter, 'workerType')),
    search: text(filter, 'search'),
    archived: flag(filter, 'archived'),
  };
}

function orderOf<T extends string>(query: ExportQuery, sorts: readonly T[]): { sort: T; descending: boolean } {
  const fallback = sorts[0];
  if (!fallback) throw new Error('no sorts');
  return { sort: oneOf(sorts, query.sort ?? null) ?? fallback, descending: query.descending === 'true' };
}

async function sendSheet(res: Response, bytes: Buffer, fileName: string, format: SheetFormat) {
  res
    .status(200)
    .type(
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    .attachment(fileName)
    .send(bytes);
}
