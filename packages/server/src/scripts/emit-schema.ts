/** Writes the SDL the server emits to packages/schema/schema.graphql (the committed contract). */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config';
import { buildBareSchema, printSdl } from '../schema';

const target = path.join(REPO_ROOT, 'packages', 'schema', 'schema.graphql');
await writeFile(target, printSdl(await buildBareSchema()));
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
