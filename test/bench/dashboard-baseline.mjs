// The baseline of dashboard.bench.ts: a plain node:http server that serves the moderators' accounts
// page as the same JSON the API returns, built by ONE SQL statement (json_build_object / json_agg
// with LATERAL subqueries), which also checks the bearer token against the sessions table (the
// API does that too, so both do comparable work). Its own process, like the API, so the load
// generator does not share its event loop. Plain JavaScript: node 20 runs it without a loader.
//
//   DATABASE_URL=postgres://… [BASELINE_POOL=10] node test/bench/dashboard-baseline.mjs
//
// Prints one line {"port": N} on stdout once it listens on 127.0.0.1; SIGTERM stops it.
import { createHash } from 'node:crypto';
import http from 'node:http';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, { max: Number(process.env.BASELINE_POOL || 10), onnotice: () => {} });

/** toGlobalId (api/src/common/ids.ts) in SQL: base64url of "Type:uuid", no padding. */
const globalId = (type, column) =>
  `translate(encode(convert_to('${type}:' || ${column}::text, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
/** Date#toISOString in SQL: what the DateTime scalar sends. */
const iso = (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// Staff who see every account (seesAllAccounts: MODERATOR, REVIEWER, ANALYST; ADMIN passes every
// role check). The first 50 accounts in listAccounts' default order (created_at desc, id desc);
// each one's 10 newest violations (reported_at desc, id desc: listViolations with newestFirst);
// the penalty in force (activePenaltyCondition), the one ending last, permanent (no end) first,
// as the activePenaltyByAccountId loader picks it.
const PAGE = `
  select (
    select json_build_object('data', json_build_object('accounts', json_build_object('edges',
      coalesce(json_agg(json_build_object('node', json_build_object(
        'id', ${globalId('Account', 'a.id')},
        'name', a.name,
        'kind', a.kind,
        'subject', json_build_object('name', s.name, 'kind', s.kind),
        'violations', json_build_object('edges', v.edges),
        'activePenalty', p.penalty
      )) order by a.created_at desc, a.id desc), '[]'::json)
    )))::text
    from (select * from accounts order by created_at desc, id desc limit 50) a
    join subjects s on s.id = a.subject_id
    cross join lateral (
      select coalesce(json_agg(json_build_object('node', json_build_object(
        'id', ${globalId('Violation', 'v.id')}, 'type', v.type, 'status', v.status, 'ordinal', v.ordinal
      )) order by v.reported_at desc, v.id desc), '[]'::json) as edges
      from (
        select id, type, status, ordinal, reported_at from violations
        where account_id = a.id order by reported_at desc, id desc limit 10
      ) v
    ) v
    left join lateral (
      select json_build_object(
        'id', ${globalId('Penalty', 'p.id')}, 'startsAt', ${iso('p.starts_at')}, 'endsAt', ${iso('p.ends_at')},
        'permanent', p.permanent
      ) as penalty
      from penalties p
      where p.account_id = a.id and p.starts_at <= now() and (p.ends_at is null or p.ends_at > now())
        and p.lifted_at is null
      order by p.ends_at desc nulls first
      limit 1
    ) p on true
  ) as body
  from sessions
  join users on users.id = sessions.user_id
  where sessions.token_hash = $1 and sessions.expires_at > now()
    and users.roles && array['MODERATOR', 'REVIEWER', 'ANALYST', 'ADMIN']
`;

function send(res, status, body) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, '{"errors":[{"message":"not found"}]}');
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      // Read the request as the API would (one query, always the same page here).
      const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (typeof query !== 'string') return send(res, 400, '{"errors":[{"message":"no query"}]}');
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const [row] = await sql.unsafe(PAGE, [createHash('sha256').update(token).digest('hex')], { prepare: true });
      if (!row) return send(res, 401, '{"errors":[{"message":"sign in as staff"}]}');
      send(res, 200, row.body);
    } catch (error) {
      send(res, 500, JSON.stringify({ errors: [{ message: error.message }] }));
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  sql.end({ timeout: 5 }).then(() => process.exit(0));
});
