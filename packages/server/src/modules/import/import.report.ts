import type { ImportProblem } from '@jamsos/schema';

/* What an import reports: the kinds of file, each problem of a row, the counts, and progress. */

export const IMPORT_KINDS = ['businesses', 'workers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * One problem of the file, as a code and parameters: the web says it in the user's language
 * (`importProblemMessage`), and offers the list as a CSV download with the cell's value.
 */
export interface RowProblem {
  line: number;
  /** The column heading as in the file, or null for a problem with the whole file. */
  column: string | null;
  /** The cell as written in the file, or null (a missing column, the whole file). */
  value: string | null;
  problem: ImportProblem;
  params: Record<string, number> | null;
}

export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  rows: number;
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
  /** True only when the rows were written; a dry run, or a file with problems, writes nothing. */
  committed: boolean;
}

export type Progress = (phase: 'read' | 'check' | 'write', done: number, total: number) => void;
