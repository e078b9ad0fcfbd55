import type { ImportOutcome, ImportRowProblem } from '@jamsos/schema';

/* What an import reports: the kinds of file, each problem of a row, the counts, and progress. */

export const IMPORT_KINDS = ['businesses', 'workers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One problem of the file (the shape the web and the tests read is in packages/schema). */
export type RowProblem = ImportRowProblem;

export interface ImportReport extends ImportOutcome {
  kind: ImportKind;
  fileName: string;
}

export type Progress = (phase: 'read' | 'check' | 'write', done: number, total: number) => void;
