import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from './config';

/**
 * Limits on what one GraphQL operation may ask, checked while it is validated — before any
 * resolver runs. The web client's largest operation (a task with its reports, comments and
 * history) stays well inside them; a malicious or careless one is refused with a clear error.
 */
export const OPERATION_LIMITS = {
  maxDepth: 9,
  maxAliases: 10,
  maxDirectives: 10,
  maxTokens: 2_000,
  // The web client's costliest operation (Agreements, with __typename) is about 11,800, fragments
  // counted as if inline; see web-operations.test.ts.
  maxCost: 30_000,
} as const;

export function graphqlArmor(
  config: Pick<Config, 'NODE_ENV'>,
  observe: { onCost?: (operation: string, cost: number) => void } = {},
) {
  return new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    costLimit: {
      maxCost: OPERATION_LIMITS.maxCost,
      ignoreIntrospection: true,
      // A fragment spread is the same selection written in a component (web components own their
      // fragments): counted as if written inline, not as one more level of depth (×1.5 each).
      flattenFragments: true,
      onAccept: [
        (context, details: { n?: number }) => {
          const operation = context?.getDocument().definitions.find((d) => d.kind === 'OperationDefinition');
          const name = operation && 'name' in operation ? (operation.name?.value ?? '') : '';
          if (observe.onCost && typeof details?.n === 'number') observe.onCost(name, details.n);
        },
      ],
    },
    // "Did you mean …?" maps the schema for whoever asks; only developers need it.
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();
}

/**
 * Security headers for everything, and a strict content security policy for the served web
 * client: its own scripts and styles only (inline style attributes are allowed: React sets a
 * few, e.g. coverage bars), no framing, no plugins, requests to its own origin only.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}

/** The GraphQL endpoint gets the same headers but no page policy (Apollo's development sandbox loads its own). */
export function apiSecurityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}
