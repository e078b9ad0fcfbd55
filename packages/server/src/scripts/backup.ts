/**
 * pnpm db:backup <file> / pnpm db:restore <file> [--database <new database>]: see
 * database/backup.ts and docs/operations.md.
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { BackupError, backup, embeddedUrl, restore } from '../database/backup';

async function main(argv: string[]): Promise<void> {
  const [command, file, ...rest] = argv;
  if ((command !== 'backup' && command !== 'restore') || !file)
    throw new BackupError('Usage: backup <file> | restore <file> [--database <new database>]');
  const config = loadConfig();
  const url = config.DATABASE_URL ?? embeddedUrl(config.EMBEDDED_PG_DIR);
  if (command === 'backup') {
    await backup(url, path.resolve(file));
    console.log(`Backed up ${new URL(url).pathname.slice(1)} to ${path.resolve(file)}`);
  } else {
    const flag = rest.indexOf('--database');
    const target = await restore(url, path.resolve(file), flag >= 0 ? rest[flag + 1] : undefined);
    console.log(`Restored ${path.resolve(file)} into ${new URL(target).pathname.slice(1)}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof BackupError) console.error(error.message);
  else if (error && typeof error === 'object' && 'stderr' in error) console.error(String(error.stderr).trim());
  else console.error(error);
  process.exit(2);
});
