import { p } from '@mikro-orm/core';

/**
 * Property builders every entity repeats: a random UUID key, and the versioned-record trio
 * (optimistic-locking version, creation and update times).
 */
export function uuidKey() {
  return p
    .uuid()
    .primary()
    .onCreate(() => crypto.randomUUID());
}

export function createdAt() {
  return p.datetime().onCreate(() => new Date());
}

export function versionedRecord() {
  return {
    /** Optimistic locking: every change increments it; an edit made on an older one is refused. */
    version: p.integer().version(),
    createdAt: createdAt(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  };
}
