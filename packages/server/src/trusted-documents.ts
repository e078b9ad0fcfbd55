import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { REPO_ROOT } from './config';
import { appError, ErrorCode } from './modules/common/errors';
import type { Viewer } from './modules/common/viewer';

/** The web client's operations, by hash, as GraphQL Code Generator wrote them at build time. */
export const MANIFEST_PATH = path.join(REPO_ROOT, 'packages', 'web', 'src', 'gql', 'persisted-documents.json');

export interface TrustedDocuments {
  byHash: ReadonlyMap<string, string>;
  texts: ReadonlySet<string>;
}

export function loadTrustedDocuments(file = MANIFEST_PATH): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const byHash = new Map(Object.entries(manifest));
  return { byHash, texts: new Set(byHash.values()) };
}

interface PersistedBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

/**
 * The client sends a known operation by its hash alone; this puts the operation's text in its
 * place before Apollo Server sees the request. An unknown hash is answered at once.
 */
export function resolvePersistedDocuments(documents: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    const body = req.body as PersistedBody | undefined;
    const hash = body?.extensions?.persistedQuery?.sha256Hash;
    if (body && typeof hash === 'string') {
      const text = documents.byHash.get(hash);
      if (!text) {
        res.status(400).json({
          errors: [
            { message: 'Unknown operation: reload the page.', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
          ],
        });
        return;
      }
      body.query = text;
      delete body.extensions?.persistedQuery;
    }
    next();
  };
}

/**
 * In production only the web client's own operations are accepted, unless the caller's
 * organisation has been allowed ad-hoc queries (API clients of tenants that need them). Checked
 * after parsing and validation (so malformed operations still get their own errors), before
 * any resolver runs.
 */
export function checkTrustedDocument(documents: TrustedDocuments, query: string | undefined, viewer: Viewer | null) {
  const trusted = typeof query === 'string' && documents.texts.has(query);
  if (trusted || viewer?.organization.adhocQueries === true) return;
  throw appError(ErrorCode.Forbidden, 'Only the portal’s own operations are accepted here.', {
    reason: 'UNTRUSTED_DOCUMENT',
  });
}
