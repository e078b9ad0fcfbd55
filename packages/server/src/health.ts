import type express from 'express';
import { RETRY_AFTER_SECONDS, unavailableCause } from './database/availability';
import type { Database } from './database/database';

/** The health routes: liveness, readiness, and the original database check. */
export function healthRoutes(app: express.Express, database: Database): void {
  // Liveness: the process runs and answers HTTP. Never depends on the database, so an
  // orchestrator does not restart a healthy process because PostgreSQL is away.
  app.get('/livez', (_req, res) => {
    res.status(200).json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  // Readiness: whether requests can be served now — red while the database is away, green again
  // by itself when it answers (the monitor's view, so it answers at once and costs no query).
  app.get('/readyz', (_req, res) => {
    const status = database.monitor.status();
    if (database.monitor.available) res.status(200).json({ status: 'ready', ...status });
    else
      res
        .status(503)
        .set('retry-after', String(RETRY_AFTER_SECONDS))
        .json({ status: 'unavailable', ...status });
  });
  // The original health check (docs, scripts): a real query, answered at once while the monitor
  // knows the database is away.
  app.get('/healthz', async (_req, res) => {
    try {
      database.monitor.assertAvailable();
      await database.orm.em.getConnection().execute('select 1');
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch (error) {
      if (unavailableCause(error) && !database.monitor.available) database.monitor.countRefusal();
      else database.monitor.suspect();
      res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json({ status: 'unavailable', database: 'down' });
    }
  });
}
