import type { NotificationListResponse, ReportingPeriod } from '@govindex/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../../common/clock.js';
import { DEMO, startTestApp, type Client, type TestApp } from '../../testing/test-app.js';
import { SchedulerService } from '../scheduler.service.js';

const DAY_MS = 86_400_000;
/** A year of its own: notices key on the period, and no other suite sets periods in it. */
const YEAR = 2018;

describe('scheduler: reminders before a report is due, overdue flags, catch-up after downtime', () => {
  let api: TestApp;
  let district: Client;
  let commune: Client;
  let scheduler: SchedulerService;
  let clock: Clock;
  let dataSource: DataSource;
  let period: ReportingPeriod;

  beforeAll(async () => {
    api = await startTestApp();
    scheduler = api.app.get(SchedulerService);
    clock = api.app.get(Clock);
    dataSource = api.app.get(DataSource);
    district = await api.loginAs(DEMO.district);
    commune = await api.loginAs(DEMO.commune);
    const reply = await district.post<ReportingPeriod>('/api/v1/reporting-periods', {
      unitId: district.session!.user.unitId,
      year: YEAR,
      kind: 'half_year',
      title: `Báo cáo 6 tháng đầu năm ${YEAR} (kiểm thử nhắc hạn)`,
      dueOn: `${YEAR}-07-03`,
      dataFrom: `${YEAR}-01-01`,
      dataTo: `${YEAR}-06-30`,
    });
    expect(reply.status).toBe(201);
    period = reply.body;
  });
  afterAll(async () => {
    clock.set(new Date());
    await api.close();
  });

  const noticesOf = async (client: Client) =>
    (await client.get<NotificationListResponse>('/api/v1/notifications')).body.items.filter((notice) => notice.title.includes(period.title));

  it('reminds the commune 7, 3 and 1 days before the due date, once each, as time moves on', async () => {
    clock.set(new Date(`${YEAR}-06-25T01:00:00Z`)); // 8 days before: nothing yet
    await scheduler.runDeadlineNotices();
    expect(await noticesOf(commune)).toEqual([]);

    clock.advance(DAY_MS); // 26/06, 7 days before
    await scheduler.runDeadlineNotices();
    await scheduler.runDeadlineNotices(); // the hourly job runs again the same day: no second notice
    let notices = await noticesOf(commune);
    expect(notices.map((notice) => notice.title)).toEqual([`Còn 7 ngày: hạn nộp "${period.title}"`]);
    expect(notices[0]).toMatchObject({ kind: 'reminder', readAt: null, link: '/bao-cao' });

    clock.advance(4 * DAY_MS); // 30/06, 3 days before
    await scheduler.runDeadlineNotices();
    clock.advance(2 * DAY_MS); // 02/07, 1 day before
    await scheduler.runDeadlineNotices();
    notices = await noticesOf(commune);
    expect(notices.map((notice) => notice.title)).toEqual([
      `Còn 1 ngày: hạn nộp "${period.title}"`,
      `Còn 3 ngày: hạn nộp "${period.title}"`,
      `Còn 7 ngày: hạn nộp "${period.title}"`,
    ]);
    expect(notices[0]!.body).toContain('03/07/' + YEAR);
    // Each notice also waits in the e-mail queue (no SMTP server is configured here, so it stays queued).
    const [queued] = await dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM email_outbox WHERE subject LIKE $1 AND to_address = $2 AND status = 'pending'`,
      [`%${period.title}%`, DEMO.commune],
    );
    expect(queued!.count).toBe(3);
  });

  it('flags the report overdue, to the commune and to its district, the day after the due date', async () => {
    clock.set(new Date(`${YEAR}-07-04T02:00:00Z`));
    await scheduler.runDeadlineNotices();
    const overdue = (await noticesOf(commune)).filter((notice) => notice.kind === 'overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.title).toContain('Thị trấn Như Quỳnh');
    const atDistrict = (await noticesOf(district)).filter((notice) => notice.kind === 'overdue');
    expect(atDistrict.map((notice) => notice.title)).toContainEqual(overdue[0]!.title);
  });

  it('marks a notice read for its own reader only', async () => {
    const [notice] = await noticesOf(commune);
    expect((await district.post(`/api/v1/notifications/${notice!.id}/read`)).status).toBe(404);
    expect((await commune.post(`/api/v1/notifications/${notice!.id}/read`)).status).toBe(204);
    const after = (await commune.get<NotificationListResponse>('/api/v1/notifications')).body;
    expect(after.items.find((item) => item.id === notice!.id)!.readAt).not.toBeNull();
  });

  it('runs a job missed while the server was down as soon as it is back, and not twice', async () => {
    clock.set(new Date(`${YEAR}-07-05T02:00:00Z`));
    await dataSource.query(`UPDATE scheduler_state SET last_run_at = $1 WHERE job = 'deadline-notices'`, [new Date(clock.now().getTime() - 2 * DAY_MS)]);
    expect(await scheduler.catchUp()).toEqual(['deadline-notices']);
    const [state] = await dataSource.query<Array<{ last_run_at: Date }>>(`SELECT last_run_at FROM scheduler_state WHERE job = 'deadline-notices'`);
    expect(Math.abs(new Date(state!.last_run_at).getTime() - clock.now().getTime())).toBeLessThan(60_000);
    expect(await scheduler.catchUp()).toEqual([]);
  });

  it('sends each notice once when several instances run the job at the same moment', async () => {
    const other = await startTestApp();
    try {
      const otherScheduler = other.app.get(SchedulerService);
      other.app.get(Clock).set(new Date(`${YEAR}-06-26T01:00:00Z`));
      clock.set(new Date(`${YEAR}-06-26T01:00:00Z`));
      const before = await dataSource.query<Array<{ count: number }>>('SELECT count(*)::int AS count FROM notification');
      await Promise.all([scheduler.runDeadlineNotices(), otherScheduler.runDeadlineNotices(), scheduler.runDeadlineNotices()]);
      const after = await dataSource.query<Array<{ count: number }>>('SELECT count(*)::int AS count FROM notification');
      expect(after[0]!.count).toBe(before[0]!.count);
    } finally {
      await other.close();
    }
  });
});
