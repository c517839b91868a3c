import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, refusalOf, signIn } from '../support/graphql';
import { creditCode } from '../support/identity';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};
let subjectSeq = 700;

/** 10:00 China time on a date. */
const chinaMorning = (date: string) => new Date(`${date}T10:00:00+08:00`);

const SET_YEAR = `mutation ($input: SetWorkingCalendarYearInput!) {
  setWorkingCalendarYear(input: $input) { year version source holidays { date name } makeupDays { date } editedBy { email } }
}`;
const YEAR = `query ($year: Int!) {
  workingCalendarYear(year: $year) { year version source holidays { date name } makeupDays { date name } note }
}`;
const HISTORY = 'query ($year: Int!) { workingCalendarHistory(year: $year) { version source editedBy { email } } }';

async function signInAll() {
  for (const role of ['admin', 'moderator', 'analyst', 'publisher', 'reviewer'])
    tokens[role] = await signIn(url, `${role}@example.com`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database, { SESSION_TTL_HOURS: '2400' });
  url = server.url;
  await signInAll();
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

/** A fresh account with a confirmed like-farming violation whose penalty starts at `at`. */
async function penaltyAt(at: Date): Promise<string> {
  subjectSeq += 1;
  const subject = await gql<{ createSubject: { id: string } }>(
    url,
    'mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { id } }',
    { input: { kind: 'ENTERPRISE', name: `日历测试${subjectSeq}有限公司`, idNumber: creditCode(subjectSeq) } },
    { token: tokens.admin, now: at },
  );
  const account = await gql<{ registerAccount: { id: string } }>(
    url,
    'mutation ($input: RegisterAccountInput!) { registerAccount(input: $input) { id } }',
    { input: { subjectId: subject.data?.createSubject.id, kind: 'SUBSCRIPTION', name: `日历测试号${subjectSeq}` } },
    { token: tokens.admin, now: at },
  );
  const reported = await gql<{ reportViolation: { id: string } }>(
    url,
    'mutation ($input: ReportViolationInput!) { reportViolation(input: $input) { id } }',
    {
      input: {
        accountId: account.data?.registerAccount.id,
        type: 'LIKE_FARMING',
        source: 'MODERATOR',
        evidence: '集赞截图换礼品',
      },
    },
    { token: tokens.moderator, now: at },
  );
  const confirmed = await gql<{ confirmViolation: { penalty: { id: string } } }>(
    url,
    'mutation ($id: ID!) { confirmViolation(id: $id, note: "证据确凿") { penalty { id } } }',
    { id: reported.data?.reportViolation.id },
    { token: tokens.moderator, now: at },
  );
  const id = confirmed.data?.confirmViolation.penalty.id;
  if (!id) throw new Error(JSON.stringify(confirmed.errors ?? reported.errors ?? account.errors ?? subject.errors));
  return id;
}

async function appealAt(date: string) {
  const filedAt = chinaMorning(date);
  const penaltyId = await penaltyAt(new Date(filedAt.getTime() - 3_600_000));
  const filed = await gql<{ fileAppeal: { id: string; dueAt: string; deadlineUncertain: boolean } }>(
    url,
    'mutation ($id: ID!) { fileAppeal(penaltyId: $id, text: "我们已整改，请复核。") { id dueAt deadlineUncertain } }',
    { id: penaltyId },
    { token: tokens.admin, now: filedAt },
  );
  if (!filed.data) throw new Error(JSON.stringify(filed.errors));
  return filed.data.fileAppeal;
}

async function uncertainOnDashboard(now: Date): Promise<number> {
  const stats = await gql<{ stats: { appealDeadlines: { deadlineUncertain: number } } }>(
    url,
    '{ stats { appealDeadlines { pending deadlineUncertain } } }',
    {},
    { token: tokens.moderator, now },
  );
  if (!stats.data) throw new Error(JSON.stringify(stats.errors));
  return stats.data.stats.appealDeadlines.deadlineUncertain;
}

describe(`the working-day calendar (${driverName})`, () => {
  it('is seeded from the chinese-days package: 2026 as domain.md has it, staff may read it', async () => {
    const years = await gql<{ workingCalendarYears: Array<{ year: number; source: string; version: number }> }>(
      url,
      '{ workingCalendarYears { year source version } }',
      {},
      { token: tokens.analyst },
    );
    expect(years.data?.workingCalendarYears[0]).toEqual({ year: 2026, source: 'PACKAGE', version: 1 });
    expect(years.data?.workingCalendarYears.at(-1)?.year).toBe(2004);
    const y2026 = await gql<{
      workingCalendarYear: { holidays: Array<{ date: string; name: string }>; makeupDays: Array<{ date: string }> };
    }>(url, YEAR, { year: 2026 }, { token: tokens.reviewer });
    const holidays = y2026.data?.workingCalendarYear.holidays.map((d) => d.date) ?? [];
    expect(holidays).toEqual(expect.arrayContaining(['2026-10-01', '2026-10-07', '2026-02-15', '2026-02-23']));
    expect(y2026.data?.workingCalendarYear.holidays.find((d) => d.date === '2026-10-01')?.name).toBe('国庆节');
    expect(y2026.data?.workingCalendarYear.makeupDays.map((d) => d.date)).toEqual(
      expect.arrayContaining(['2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']),
    );
    expect((await gql(url, YEAR, { year: 2027 }, { token: tokens.moderator })).data).toEqual({
      workingCalendarYear: null,
    });
    // Publishers and readers need none of it.
    expect(refusalOf(await gql(url, YEAR, { year: 2026 }, { token: tokens.publisher }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'ROLE',
    });
    expect(codeOf(await gql(url, '{ workingCalendarYears { year } }', {}))).toBe('UNAUTHENTICATED');
  });

  it('gives appeal deadlines over holidays and make-up days, same time of day in China time', async () => {
    const national = await appealAt('2026-09-29');
    expect(national).toMatchObject({ dueAt: chinaMorning('2026-10-14').toISOString(), deadlineUncertain: false });
    const spring = await appealAt('2026-02-12');
    expect(spring).toMatchObject({ dueAt: chinaMorning('2026-02-28').toISOString(), deadlineUncertain: false });
  });

  it('flags a deadline that runs into a year with no calendar, on the appeal and on the dashboard', async () => {
    const before = await uncertainOnDashboard(chinaMorning('2026-12-28'));
    // Mon 2026-12-28 + 7 working days, 2027 counted by weekends only: Wed 2027-01-06.
    const appeal = await appealAt('2026-12-28');
    expect(appeal).toMatchObject({ dueAt: chinaMorning('2027-01-06').toISOString(), deadlineUncertain: true });
    expect(await uncertainOnDashboard(chinaMorning('2026-12-28'))).toBe(before + 1);
    const read = await gql<{ appeals: { edges: Array<{ node: { id: string; deadlineUncertain: boolean } }> } }>(
      url,
      '{ appeals(first: 50, filter: { status: PENDING }) { edges { node { id deadlineUncertain } } } }',
      {},
      { token: tokens.moderator, now: chinaMorning('2026-12-28') },
    );
    expect(read.data?.appeals.edges.find((e) => e.node.id === appeal.id)?.node.deadlineUncertain).toBe(true);
  });

  it('lets only an admin set a year, refuses bad days whole, and audits every edit', async () => {
    const y2027 = {
      year: 2027,
      holidays: [
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-01-02', name: '元旦' },
        { date: '2027-01-03', name: '元旦' },
      ],
      makeupDays: [],
      note: '测试：2027 年元旦',
    };
    for (const role of ['moderator', 'reviewer', 'publisher', 'analyst']) {
      expect(codeOf(await gql(url, SET_YEAR, { input: y2027 }, { token: tokens[role] }))).toBe('FORBIDDEN');
    }
    const refusals: Array<[unknown, string, string]> = [
      [{ ...y2027, holidays: [{ date: '2026-12-31' }] }, 'holidays[0].date', 'NOT_IN_YEAR'],
      [{ ...y2027, makeupDays: [{ date: '2027-01-02' }] }, 'makeupDays[0].date', 'HOLIDAY_AND_MAKEUP_DAY'],
      [{ ...y2027, makeupDays: [{ date: '2027-01-04' }] }, 'makeupDays[0].date', 'NOT_A_WEEKEND'],
      [{ ...y2027, holidays: [{ date: '2027-13-01' }] }, 'holidays[0].date', 'INVALID_FORMAT'],
      [{ ...y2027, holidays: [] }, 'holidays', 'TOO_FEW'],
    ];
    for (const [input, field, reason] of refusals) {
      const refused = await gql(url, SET_YEAR, { input }, { token: tokens.admin });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    // Nothing half-written: 2027 is still unknown.
    expect((await gql(url, HISTORY, { year: 2027 }, { token: tokens.admin })).data).toEqual({
      workingCalendarHistory: [],
    });

    const set = await gql(url, SET_YEAR, { input: y2027 }, { token: tokens.admin });
    expect(set.data).toEqual({
      setWorkingCalendarYear: {
        year: 2027,
        version: 1,
        source: 'ADMIN',
        holidays: y2027.holidays,
        makeupDays: [],
        editedBy: { email: 'admin@example.com' },
      },
    });
    expect(refusalOf(await gql(url, SET_YEAR, { input: y2027 }, { token: tokens.admin }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNCHANGED',
    });
    // A later appeal over New Year 2027 now skips the holidays and is certain.
    const appeal = await appealAt('2026-12-28');
    expect(appeal).toMatchObject({ dueAt: chinaMorning('2027-01-07').toISOString(), deadlineUncertain: false });

    // Editing a package year adds a version; the package's stays in the history.
    const edited = await gql<{ workingCalendarYear: { holidays: Array<{ date: string }> } }>(
      url,
      YEAR,
      { year: 2026 },
      { token: tokens.admin },
    );
    const holidays2026 = [...(edited.data?.workingCalendarYear.holidays ?? []), { date: '2026-12-31', name: '测试' }];
    const again = await gql(
      url,
      SET_YEAR,
      { input: { year: 2026, holidays: holidays2026, makeupDays: [{ date: '2026-10-10' }], note: '测试' } },
      { token: tokens.admin },
    );
    expect(again.errors).toBeUndefined();
    expect((await gql(url, HISTORY, { year: 2026 }, { token: tokens.moderator })).data).toEqual({
      workingCalendarHistory: [
        { version: 2, source: 'ADMIN', editedBy: { email: 'admin@example.com' } },
        { version: 1, source: 'PACKAGE', editedBy: null },
      ],
    });

    const audit = await gql<{
      auditLog: { edges: Array<{ node: { targetId: string; before: unknown; after: { version: number } } }> };
    }>(
      url,
      '{ auditLog(first: 10, filter: { action: "calendar.setYear" }) { edges { node { targetId before after actor { email } } } } }',
      {},
      { token: tokens.admin },
    );
    const entries = audit.data?.auditLog.edges.map((e) => e.node) ?? [];
    expect(entries.map((e) => e.targetId).sort()).toEqual(['2026', '2027']);
    expect(entries.find((e) => e.targetId === '2027')?.before).toBeNull();
    expect(entries.find((e) => e.targetId === '2026')?.before).toMatchObject({ version: 1, source: 'PACKAGE' });
    expect(entries.find((e) => e.targetId === '2026')?.after).toMatchObject({ version: 2, source: 'ADMIN' });
  });

  it('never overwrites an admin’s year when the server starts again and seeds the package', async () => {
    await server.stop();
    server = await startTestServer(database, { SESSION_TTL_HOURS: '2400' });
    url = server.url;
    await signInAll();
    const y2026 = await gql<{ workingCalendarYear: { version: number; source: string; note: string } }>(
      url,
      YEAR,
      { year: 2026 },
      { token: tokens.admin },
    );
    expect(y2026.data?.workingCalendarYear).toMatchObject({ version: 2, source: 'ADMIN', note: '测试' });
    const y2025 = await gql(url, HISTORY, { year: 2025 }, { token: tokens.admin });
    expect(y2025.data).toEqual({ workingCalendarHistory: [{ version: 1, source: 'PACKAGE', editedBy: null }] });
  });
});
