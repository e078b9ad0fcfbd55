import type { RequestScope } from './scope';

/** A list page is at most 100 rows; exports ask for many more, in batches PostgreSQL takes in one go. */
export const BATCH = { maxBatchSize: 2000 };

/**
 * Ids as one PostgreSQL array parameter (`= any(?::uuid[])`). Not `in (select
 * jsonb_array_elements_text(…))`: the planner cannot see through that set-returning function,
 * guesses 100 rows and scans the whole table (3.6 ms instead of 0.03 ms for one business at
 * province scale; see docs/benchmarks.md).
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/** A feature's batch loaders, built for one request (e.g. `BusinessLoaders`). */
export type LoaderKind<T> = new (scope: RequestScope) => T;

/**
 * The per-request batch loaders: every field that would otherwise query once per item of a list
 * asks one of these, and each list page costs one query per field, whatever its size. Each
 * feature declares its own loaders beside its service (`business.loaders.ts`, …); this store makes
 * them once per request, on first use, with the request's scope — so they share its transaction
 * and tenant — without the floor knowing any feature: `ctx.loaders.get(BusinessLoaders)`.
 */
export class RequestLoaders {
  private readonly made = new Map<LoaderKind<unknown>, unknown>();
  private scope: RequestScope | null = null;

  /**
   * The request lifecycle enters the caller's scope once it is known. (Apollo hands resolvers a
   * shallow copy of the context, so the scope is kept here, in the object both copies share.)
   */
  enter(scope: RequestScope): void {
    this.scope = scope;
  }

  get<T>(kind: LoaderKind<T>): T {
    let loaders = this.made.get(kind) as T | undefined;
    if (!loaders) {
      if (!this.scope) throw new Error('Batch loaders are for logged-in requests (no scope entered).');
      loaders = new kind(this.scope);
      this.made.set(kind, loaders);
    }
    return loaders;
  }
}
