import type { ImportRowProblem } from '@jamsos/schema';

/** What the results upload answers (the server's EnrolmentResultsReport). */
export interface ResultsReport {
  rows: number;
  validRows: number;
  registered: number;
  rejected: number;
  committed: boolean;
  problems: ImportRowProblem[];
}

/**
 * Sends a results file (KPJ per NIK) for a request: a dry run first (`commit` false) answers
 * what it would record and every row's problem; with `commit` it records all or nothing.
 */
export async function uploadResults(requestId: string, file: File, commit: boolean): Promise<ResultsReport> {
  const response = await fetch(`/api/enrolment-requests/${encodeURIComponent(requestId)}/results?commit=${commit}`, {
    method: 'POST',
    credentials: 'include',
    headers: {
      'x-jamsos-request': 'import',
      'x-file-name': encodeURIComponent(file.name).slice(0, 200),
      'content-type': 'application/octet-stream',
    },
    body: file,
  });
  const text = await response.text();
  if (!response.ok) {
    let code = 'UNKNOWN';
    try {
      code = (JSON.parse(text) as { code?: string }).code ?? code;
    } catch {}
    throw new Error(code);
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const message = JSON.parse(line) as { type: string; report?: ResultsReport; message?: string };
    if (message.type === 'report' && message.report) return message.report;
    if (message.type === 'error') throw new Error(message.message ?? 'UNKNOWN');
  }
  throw new Error('UNKNOWN');
}
