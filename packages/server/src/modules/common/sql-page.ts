import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A list's conditions and their parameters, added together so a placeholder never parts from
 * its value. Values always go in as `?` parameters, never into the text.
 */
export class SqlConditions {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }

  get sql(): string {
    return this.parts.length > 0 ? this.parts.join(' and ') : 'true';
  }
}

/** A select list naming each column by its property, e.g. `b.legal_form as "legalForm"`. */
export function selectAs(columns: Readonly<Record<string, string>>): string {
  return Object.entries(columns)
    .map(([property, column]) => `${column} as "${property}"`)
    .join(', ');
}

export interface PageQuery {
  /** Common table expressions the conditions read (computed once for both count and page). */
  readonly with?: { readonly sql: string; readonly params: readonly unknown[] };
  /** The page's select list (no parameters). */
  readonly select: string;
  /** The page's from clause, joins included. */
  readonly from: string;
  /** The count's from clause, when the conditions need fewer joins than the page. */
  readonly countFrom?: string;
  /**
   * Joins that only add columns to the page's rows, made after the page is cut (for its rows
   * alone, not for every row that matched); `alias` names the main table in `from`.
   */
  readonly joinPage?: { readonly alias: string; readonly join: string; readonly params?: readonly unknown[] };
  readonly where: SqlConditions;
  /**
   * The list's total as a scalar subquery, when the domain keeps it (e.g. a tenant's live workers
   * in registry_count): read instead of counting the matching rows.
   */
  readonly keptTotal?: { readonly sql: string; readonly params: readonly unknown[] };
  /** A unique order (end with the id), so pages never overlap or skip a row. */
  readonly orderBy: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * One page of a list and the list's total in one statement: the count is an uncorrelated
 * subquery, which PostgreSQL computes once, while the page still reads only its own rows in
 * index order. A page that comes back empty carries no total, so only then (past the end, or
 * `first: 0`) is the count asked for alone. One round trip instead of two on every list page
 * (see docs/benchmarks.md).
 */
/** A tenant's kept registry total (see the registry_counts migration); 0 before its first row. */
export function keptRegistryTotal(
  column: 'workers' | 'archived_workers' | 'businesses' | 'archived_businesses',
  organizationId: string,
): { sql: string; params: unknown[] } {
  return {
    sql: `coalesce((select ${column} from registry_count where organization_id = ?), 0)`,
    params: [organizationId],
  };
}

export async function pageWithTotal<Row extends object>(
  em: EntityManager,
  query: PageQuery,
): Promise<[rows: Row[], total: number]> {
  const { where } = query;
  const countFrom = query.countFrom ?? query.from;
  // Each row carries the total (total_count) beside its own columns; callers map rows to their
  // GraphQL types and never read it.
  const kept = query.keptTotal;
  const totalSql = kept ? kept.sql : `(select count(*) from ${countFrom} where ${where.sql})`;
  const totalParams = kept ? kept.params : where.params;
  const total = `${totalSql} as total_count`;
  const page = `from ${query.from} where ${where.sql} order by ${query.orderBy} limit ? offset ?`;
  const joinPage = query.joinPage;
  const prefix = query.with ? `with ${query.with.sql} ` : '';
  const prefixParams = query.with?.params ?? [];
  const rows = await em.execute<(Row & { total_count: string })[]>(
    prefix +
      (joinPage
        ? `select ${query.select}, ${joinPage.alias}.total_count
             from (select ${joinPage.alias}.*, ${total} ${page}) as ${joinPage.alias} ${joinPage.join}
            order by ${query.orderBy}`
        : `select ${query.select}, ${total} ${page}`),
    [...prefixParams, ...totalParams, ...where.params, query.limit, query.offset, ...(joinPage?.params ?? [])],
  );
  const first = rows[0];
  if (first) return [rows, Number(first.total_count)];
  if (query.offset === 0 && query.limit > 0) return [[], 0];
  const [count] = await em.execute<{ n: string }[]>(
    kept ? `${prefix}select ${totalSql} as n` : `${prefix}select count(*) as n from ${countFrom} where ${where.sql}`,
    [...prefixParams, ...totalParams],
  );
  return [[], Number(count?.n ?? 0)];
}
