import type { ImportProblem } from '@jamsos/schema';
/** What the import route streams back, one JSON object per line. */
export interface ImportReport {
  rows: number;
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
  /** Codes and parameters; the page says them in the user's language (importProblemMessage). */
  problems: {
    line: number;
    column: string | null;
    value: string | null;
    problem: ImportProblem;
    params: Record<string, number> | null;
  }[];
}

export type ImportProgress =
  | { phase: 'upload'; done: number; total: number }
  | { phase: 'read' | 'check' | 'write'; done: number; total: number };

/**
 * Uploads a file to the import route with XMLHttpRequest (fetch cannot report upload progress)
 * and reads the NDJSON answer as it arrives: progress lines, then the report.
 */
export function uploadImport(
  kind: 'businesses' | 'workers',
  file: File,
  commit: boolean,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/${kind}?commit=${commit}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-jamsos-request', 'import');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name).slice(0, 200));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    let seen = 0;
    let report: ImportReport | null = null;
    let failure: string | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < seen) return;
      for (const line of text.slice(seen, end).split('\n')) {
        if (!line.trim()) continue;
        const message = JSON.parse(line) as { type: string; report?: ImportReport; message?: string } & ImportProgress;
        if (message.type === 'progress') onProgress(message);
        if (message.type === 'report' && message.report) report = message.report;
        if (message.type === 'error') failure = message.message ?? 'error';
      }
      seen = end + 1;
    };
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ phase: 'upload', done: event.loaded, total: event.total });
    };
    xhr.onprogress = () => {
      if (xhr.status === 200) readLines();
    };
    xhr.onload = () => {
      if (xhr.status !== 200) {
        let code = 'UNKNOWN';
        try {
          code = (JSON.parse(xhr.responseText) as { code?: string }).code ?? code;
        } catch {}
        reject(new Error(code));
        return;
      }
      readLines();
      if (report) resolve(report);
      else reject(new Error(failure ?? 'UNKNOWN'));
    };
    xhr.onerror = () => reject(new Error('NETWORK'));
    xhr.send(file);
  });
}
