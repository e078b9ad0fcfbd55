import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '@jamsos/server/config';
import { describe, expect, it } from 'vitest';

/**
 * The first page loads only index.html's script and its preloads: at most 250 kB of JavaScript
 * after gzip. Pages are lazy chunks (the dashboard's charts among them) and must stay out of it.
 */
const DIST = path.join(REPO_ROOT, 'packages', 'web', 'dist');

describe('the web client’s first load', () => {
  it('carries at most 250 kB of gzipped JavaScript, and no chart library', () => {
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const script of scripts) {
      const code = readFileSync(path.join(DIST, script));
      total += gzipSync(code).length;
      expect(code.toString('utf8')).not.toContain('Chart.register');
    }
    expect(total).toBeLessThanOrEqual(250 * 1024);
  });
});
