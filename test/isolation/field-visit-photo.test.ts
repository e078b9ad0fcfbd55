import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE,
  closeOutreachWorld,
  day,
  MOVE,
  type OutreachWorld,
  openOutreachWorld,
  outreachTaskInput,
  type Task,
} from '../helpers/outreach-world';

/**
 * A visit's attendance-sheet photo and coarse place (issue 18). The photo shows names and
 * signatures: only the reporting organisation has it (not the task's creator, not a third
 * tenant, not under another tenant's row-level security); it is refused over 400 KB. The place
 * is stored rounded to 0.01°.
 */
let world: OutreachWorld;
let task: Task;

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const REPORT = 'mutation($input: VisitReportInput!) { reportVisit(input: $input) { id hasPhoto latitude longitude } }';
const PHOTO = 'query($id: ID!) { visitReportPhoto(reportId: $id) }';
const REPORTS =
  'query($id: ID!) { node(id: $id) { ... on OutreachTask { reports { id hasPhoto latitude longitude } } } }';

beforeAll(async () => {
  world = await openOutreachWorld();
  const created = await world.bpjs.request<{ createOutreachTask: Task }>(CREATE, {
    input: outreachTaskInput(world, { title: 'Kunjungan dengan foto daftar hadir' }),
  });
  const open = created.data?.createOutreachTask as Task;
  const moved = await world.bantulAdmin.request<{ transitionOutreachTask: Task }>(MOVE, {
    input: { id: open.id, expectedVersion: open.version, to: 'ACCEPTED' },
  });
  task = moved.data?.transitionOutreachTask as Task;
});
afterAll(async () => closeOutreachWorld(world));

describe('a visit report with a photo and a place', () => {
  let reportId: string;

  it('keeps the place rounded to about 1 km, and the photo for the reporting organisation', async () => {
    const input = {
      taskId: task.id,
      visitedOn: day(0),
      peopleReached: 4,
      workersRegistered: 0,
      clientId: randomUUID(),
      photo: { mime: 'image/png', base64: PNG },
      latitude: -7.96712,
      longitude: 110.60049,
    };
    const sent = await world.bantulStaff.request<{ reportVisit: { id: string; hasPhoto: boolean } }>(REPORT, {
      input,
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.reportVisit).toMatchObject({ hasPhoto: true, latitude: -7.97, longitude: 110.6 });
    reportId = sent.data?.reportVisit.id ?? '';
    // Sent again (same client id): still one report, one photo.
    await world.bantulStaff.request(REPORT, { input });
    const rows = await world.server.portal.database.ownerOrm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from visit_report_photo');
    expect(rows).toEqual([{ n: 1 }]);
    const own = await world.bantulStaff.request<{ visitReportPhoto: string | null }>(PHOTO, { id: reportId });
    expect(own.data?.visitReportPhoto).toBe(`data:image/png;base64,${PNG}`);
  });

  it('is not seen by the task’s creator nor by another tenant, in the API or under row-level security', async () => {
    const creator = await world.bpjs.request<{ visitReportPhoto: string | null }>(PHOTO, { id: reportId });
    expect(creator.data?.visitReportPhoto).toBeNull();
    const sleman = await world.sleman.request<{ visitReportPhoto: string | null }>(PHOTO, { id: reportId });
    expect(sleman.data?.visitReportPhoto).toBeNull();
    // The creator sees the report and its coarse place, not that a photo exists.
    const reports = await world.bpjs.request<{ node: { reports: { hasPhoto: boolean; latitude: number }[] } }>(
      REPORTS,
      { id: task.id },
    );
    expect(reports.data?.node.reports).toEqual([expect.objectContaining({ hasPhoto: false, latitude: -7.97 })]);
    for (const tenant of [world.orgs.sleman?.id, world.orgs['bpjs-yogyakarta']?.id]) {
      await world.app.query('begin');
      await world.app.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      const seen = await world.app.query('select visit_report_id from visit_report_photo');
      await world.app.query('rollback');
      expect(seen.rows).toEqual([]);
    }
    // Nor may another tenant write one for a report that is not its own.
    await world.app.query('begin');
    await world.app.query(`select set_config('app.tenant_id', $1, true)`, [world.orgs.sleman?.id]);
    const uuid = Buffer.from(reportId, 'base64url').toString('utf8').split(':')[1];
    const written = world.app.query(
      `insert into visit_report_photo (visit_report_id, organization_id, mime, content) values ($1, $2, 'image/png', '\\x00')`,
      [uuid, world.orgs.bantul?.id],
    );
    await expect(written).rejects.toThrow(/row-level security/);
    await world.app.query('rollback');
  });

  it('refuses a photo over 400 KB, and a half place, with the field named', async () => {
    const big = Buffer.alloc(401 * 1024, 1).toString('base64');
    const refused = await world.bantulStaff.request(REPORT, {
      input: {
        taskId: task.id,
        visitedOn: day(0),
        peopleReached: 1,
        workersRegistered: 0,
        photo: { mime: 'image/jpeg', base64: big },
        latitude: -7.9,
      },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { field: 'latitude', problem: 'OUT_OF_RANGE' },
        { field: 'photo', problem: 'TOO_LONG' },
      ],
    });
  });
});
