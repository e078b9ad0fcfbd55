import type { RunFigures } from '../harness/runner';
import type { System } from './systems';

/* What the peer benchmark measured: per round, per system, the summaries and the Markdown table. */

export type Cpu = { server: number; postgres: number };
export type Measured = RunFigures & {
  round: number;
  cpuMsPerRequest: Cpu;
  /** PostgreSQL backends the server's pool opened during the run (their start-up CPU is in the figure). */
  backendsStarted: number;
};

export interface SystemFigures {
  /** Requests per second over all rounds (all requests / all seconds). */
  throughput: number;
  /** The median over rounds of each round's percentile. */
  p50: number;
  p95: number;
  p99: number;
  /** CPU per request over all rounds, ms: the server process and its PostgreSQL backends. */
  cpuMsPerRequest: Cpu & { total: number };
  errors: number;
  /** PostgreSQL backends opened during the measured runs, all rounds. */
  backendsStarted: number;
  rounds: Measured[];
}

export interface OperationResult {
  key: string;
  title: string;
  rows: number;
  totalCount: number;
  byConcurrency: {
    concurrency: number;
    systems: Record<System, SystemFigures>;
    /** Throughput ratios: over all rounds, and the lowest and highest of the rounds' own ratios. */
    ratios: Record<'portalToPostgraphile' | 'portalToRaw', { overall: number; min: number; max: number }>;
  }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
export const round2 = (value: number) => Number(value.toFixed(2));
/** Requests per second over all of a server's rounds, unrounded (ratios are taken from these). */
export const rateOf = (rounds: Measured[]) =>
  rounds.reduce((n, r) => n + r.requests, 0) /
  Math.max(
    1e-9,
    rounds.reduce((n, r) => n + r.seconds, 0),
  );

export function summary(rounds: Measured[]): SystemFigures {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const cpu = (field: keyof Cpu) =>
    rounds.reduce((n, r) => n + r.cpuMsPerRequest[field] * r.requests, 0) / Math.max(1, requests);
  const server = round2(cpu('server'));
  const postgres = round2(cpu('postgres'));
  return {
    throughput: Number((requests / Math.max(seconds, 1e-9)).toFixed(1)),
    p50: round2(median(rounds.map((r) => r.p50))),
    p95: round2(median(rounds.map((r) => r.p95))),
    p99: round2(median(rounds.map((r) => r.p99))),
    cpuMsPerRequest: { server, postgres, total: round2(server + postgres) },
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    backendsStarted: rounds.reduce((n, r) => n + r.backendsStarted, 0),
    rounds,
  };
}

export function markdown(report: {
  label?: string;
  measuredAt: string;
  postgres?: string;
  postgraphile: string;
  secondsPerRun: number;
  rounds: number;
  machine: { cpus: number; loadAverageAtEnd: number[] };
  fixture: { regency: string };
  operations: OperationResult[];
}): string {
  const lines = [
    ...(report.label ? [`**${report.label}**`, ''] : []),
    `Measured ${report.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${report.machine.cpus} cores (load average at the end ${report.machine.loadAverageAtEnd.join(' / ')}), PostgreSQL ${report.postgres}, PostGraphile ${report.postgraphile}; ${report.rounds} interleaved rounds of ${report.secondsPerRun} s per server, operation and concurrency; ${report.fixture.regency}'s staff and the BPJS office.`,
    '',
    '| operation | clients | portal req/s | PostGraphile req/s | raw req/s | portal / PostGraphile (rounds) | portal / raw (rounds) | p50 / p95 / p99 ms: portal · PostGraphile · raw | CPU ms/req server + PostgreSQL: portal · PostGraphile · raw |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const op of report.operations) {
    op.byConcurrency.forEach((c, i) => {
      const s = c.systems;
      const r = c.ratios;
      const latency = (f: SystemFigures) => `${f.p50} / ${f.p95} / ${f.p99}`;
      const cpu = (f: SystemFigures) => `${f.cpuMsPerRequest.server} + ${f.cpuMsPerRequest.postgres}`;
      lines.push(
        `| ${i === 0 ? op.key : ''} | ${c.concurrency} | ${s.portal.throughput} | ${s.postgraphile.throughput} | ${s.raw.throughput} | ${r.portalToPostgraphile.overall} (${r.portalToPostgraphile.min}–${r.portalToPostgraphile.max}) | ${r.portalToRaw.overall} (${r.portalToRaw.min}–${r.portalToRaw.max}) | ${latency(s.portal)} · ${latency(s.postgraphile)} · ${latency(s.raw)} | ${cpu(s.portal)} · ${cpu(s.postgraphile)} · ${cpu(s.raw)} |`,
      );
    });
  }
  return `${lines.join('\n')}\n`;
}
