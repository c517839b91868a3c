-- Hand-written (issue 15, notifications): existing notifications get the structured params their
-- kind now renders from, read back from the rows they are about (penalty, violation, appeal,
-- article, reprint request, certification) and from their stored Chinese text where only it held
-- the value (the appeal window, a reason, who took over a claim). A row that cannot be matched
-- becomes kind LEGACY with its stored title and body, shown as it was. The next migration drops
-- the title and body columns.
UPDATE "notifications" n SET "params" = jsonb_build_object('accountName', a."name")
FROM "accounts" a WHERE a."id" = n."account_id";
--> statement-breakpoint
UPDATE "notifications" SET "params" = "params" || '{"_backfilled": true}'::jsonb
WHERE "kind" IN ('WELCOME', 'OPERATOR_ADDED', 'OPERATOR_REMOVED');
--> statement-breakpoint
UPDATE "notifications" n SET "params" = n."params" || jsonb_strip_nulls(jsonb_build_object(
  'violationType', coalesce(v."type", 'OTHER'),
  'ordinal', v."ordinal",
  'permanent', p."permanent",
  'days', CASE WHEN p."permanent" OR p."ends_at" IS NULL THEN NULL
    ELSE coalesce(substring(n."title" from '封禁 (\d+) 天')::int,
      round(extract(epoch from (p."ends_at" - p."starts_at")) / 86400)::int) END,
  'endsAt', to_char(p."ends_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'appealDays', substring(n."body" from '可在 (\d+) 天内申诉')::int,
  '_backfilled', true))
FROM "penalties" p LEFT JOIN "violations" v ON v."id" = p."violation_id"
WHERE n."kind" = 'PENALTY' AND n."target_type" = 'Penalty' AND p."id"::text = n."target_id";
--> statement-breakpoint
UPDATE "notifications" n SET "params" = n."params" || jsonb_build_object(
  'liftedAt', to_char(coalesce(p."lifted_at", n."created_at") AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'reason', regexp_replace(coalesce(substring(n."body" from '原因：(.*)$'), ''), '^(Violation overturned|Appeal granted): ', ''),
  'cause', CASE WHEN n."body" LIKE '%原因：Appeal granted: %' THEN 'APPEAL'
    WHEN n."body" LIKE '%原因：Violation overturned: %' THEN 'OVERTURN' ELSE 'MANUAL' END,
  '_backfilled', true)
FROM "penalties" p
WHERE n."kind" = 'PENALTY_LIFTED' AND n."target_type" = 'Penalty' AND p."id"::text = n."target_id";
--> statement-breakpoint
UPDATE "notifications" n SET "kind" = 'VIOLATION_OVERTURNED', "params" = n."params" || jsonb_build_object(
  'violationType', v."type",
  'reason', coalesce(substring(n."body" from '原因：(.*)$'), ''),
  '_backfilled', true)
FROM "violations" v
WHERE n."kind" = 'PENALTY_LIFTED' AND n."target_type" = 'Violation' AND v."id"::text = n."target_id";
--> statement-breakpoint
UPDATE "notifications" n SET "params" = n."params" || jsonb_build_object(
  'granted', ap."status" = 'GRANTED',
  'reason', coalesce(substring(n."body" from '理由：(.*)$'), ap."decision_reason", ''),
  '_backfilled', true)
FROM "appeals" ap
WHERE n."kind" = 'APPEAL_DECIDED' AND n."target_type" = 'Appeal' AND ap."id"::text = n."target_id";
--> statement-breakpoint
UPDATE "notifications" n SET "params" = n."params" || jsonb_build_object(
  'by', substring(n."body" from '^(.*?) 接手了'),
  'violationType', v."type",
  '_backfilled', true)
FROM "violations" v
WHERE n."kind" = 'CLAIM_TAKEN_OVER' AND n."target_type" = 'Violation' AND v."id"::text = n."target_id";
--> statement-breakpoint
UPDATE "notifications" n SET "params" = n."params" || jsonb_build_object(
  'articleTitle', ar."title",
  'reason', coalesce(substring(n."body" from '因“(.*)”被屏蔽'), ar."blocked_reason", ''),
  '_backfilled', true)
FROM "articles" ar
WHERE n."kind" = 'ARTICLE_BLOCKED' AND n."target_type" = 'Article' AND ar."id"::text = n."target_id";
--> statement-breakpoint
UPDATE "notifications" n SET "params" = n."params" || jsonb_build_object(
  'requesterName', coalesce(substring(n."body" from '^“(.*?)”申请转载'), requester."name"),
  'articleTitle', ar."title",
  'note', r."note",
  'reason', r."decision_reason",
  '_backfilled', true)
FROM "reprint_requests" r
JOIN "articles" ar ON ar."id" = r."source_article_id"
JOIN "accounts" requester ON requester."id" = r."account_id"
WHERE n."kind" IN ('REPRINT_REQUESTED', 'REPRINT_GRANTED', 'REPRINT_DECLINED')
  AND n."target_type" = 'ReprintRequest' AND r."id"::text = n."target_id";
--> statement-breakpoint
UPDATE "notifications" n SET "params" = n."params" || jsonb_build_object(
  'reason', coalesce(c."decision_reason", substring(n."body" from '^认证未通过：(.*?)。认证费用'), ''),
  'namingPassed', c."naming" IS DISTINCT FROM 'FAILED',
  'nickname', c."nickname",
  'suggestedNickname', c."suggested_nickname",
  'expiresAt', to_char(c."expires_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'certificationNumber', c."certification_number",
  'thresholdDays', coalesce(substring(n."title" from '(\d+) 天内')::int, substring(n."dedupe_key" from ':(\d+)$')::int),
  '_backfilled', true)
FROM "certifications" c
WHERE n."kind" IN ('CERTIFICATION_REJECTED', 'CERTIFICATION_APPROVED', 'CERTIFICATION_EXPIRING')
  AND n."target_type" = 'Certification' AND c."id"::text = n."target_id";
--> statement-breakpoint
UPDATE "notifications" SET "params" = "params" || jsonb_strip_nulls(jsonb_build_object(
  'perYear', substring("body" from '至多 (\d+) 次')::int,
  '_backfilled', true))
WHERE "kind" = 'CERTIFICATION_INVITED';
--> statement-breakpoint
UPDATE "notifications" SET "kind" = 'LEGACY',
  "params" = "params" || jsonb_build_object('title', "title", 'body', "body", 'originalKind', "kind")
WHERE NOT ("params" ? '_backfilled');
--> statement-breakpoint
UPDATE "notifications" SET "params" = "params" - '_backfilled';
