import { performance } from 'node:perf_hooks';

/** What one closed-loop run measured. Latencies in milliseconds. */
export interface RunFigures {
  readonly concurrency: number;
  readonly seconds: number;
  readonly requests: number;
  readonly errors: number;
  /** Completed requests per second. */
  readonly throughput: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** The value below which `fraction` of the sorted samples lie (nearest rank). */
export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * A closed loop: `concurrency` clients each send one request, wait for its answer, and send the
 * next, for `seconds`. GraphQL and raw SQL are driven by this same loop, so their figures
 * compare like with like. A failed request counts as an error and its time is not a latency.
 */
export async function closedLoop(
  task: (client: number) => Promise<void>,
  options: { concurrency: number; seconds: number; onError?: (error: unknown) => void },
): Promise<RunFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async (_: unknown, index: number) => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        await task(index);
        latencies.push(performance.now() - sent);
      } catch (error) {
        errors++;
        if (errors <= 3) options.onError?.(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  return {
    concurrency: options.concurrency,
    seconds: round(elapsed),
    requests: latencies.length,
    errors,
    throughput: round(latencies.length / elapsed, 1),
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
