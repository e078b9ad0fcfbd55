import type { ImportProblem } from './problems';

/*
 * What the import route (`POST /api/imports/<kind>`) answers in its report line: the server
 * builds it, the web page and the system tests read it, so its shape is said once, here.
 */

/**
 * One problem of the file, as a code and parameters: the web says it in the user's language
 * (`importProblemMessage`), and offers the list as a CSV download with the cell's value.
 */
export interface ImportRowProblem {
  line: number;
  /** The column heading as in the file, or null for a problem with the whole file. */
  column: string | null;
  /** The cell as written in the file, or null (a missing column, the whole file). */
  value: string | null;
  problem: ImportProblem;
  params: Record<string, number> | null;
}

/** The counts and problems of an import, a dry run or a committed one. */
export interface ImportOutcome {
  rows: number;
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportRowProblem[];
  /** True only when the rows were written; a dry run, or a file with problems, writes nothing. */
  committed: boolean;
}
