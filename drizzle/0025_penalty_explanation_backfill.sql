-- Hand-written backfill (issue 15, "penalties explained"): what made each confirmed violation's
-- ordinal and which ladder rule version applied, for the violations confirmed before these
-- columns existed (confirmViolation records them from now on).
--
-- counted_violation_ids: the account's violations of the same type decided earlier that were
-- confirmed and had not been overturned by then. When a violation was overturned is read from the
-- audit log (violation.overturn) or its granted appeal; an overturned one whose moment is unknown
-- fills what the ordinal still needs (ordinal − 1 in all), latest first.
-- rule_key / rule_effective_from: the version of penalty.ladder.<type> in force at the decision.
WITH overturns AS (
  SELECT target_id AS violation_id, at
  FROM audit_log
  WHERE action = 'violation.overturn' AND target_type = 'Violation'
  UNION ALL
  SELECT p.violation_id::text, a.decided_at
  FROM appeals AS a
  JOIN penalties AS p ON p.id = a.penalty_id
  WHERE a.status = 'GRANTED' AND p.violation_id IS NOT NULL AND a.decided_at IS NOT NULL
),
overturned_at AS (
  SELECT violation_id, min(at) AS at FROM overturns GROUP BY violation_id
)
UPDATE violations AS v
SET counted_violation_ids = COALESCE((
      SELECT array_agg(earlier.id ORDER BY earlier.decided_at, earlier.id)
      FROM (
        SELECT p.id, p.decided_at
        FROM violations AS p
        LEFT JOIN overturned_at AS o ON o.violation_id = p.id::text
        WHERE p.account_id = v.account_id
          AND p.type = v.type
          AND p.id <> v.id
          AND p.status IN ('CONFIRMED', 'OVERTURNED')
          AND p.decided_at < v.decided_at
          AND NOT (p.status = 'OVERTURNED' AND o.at IS NOT NULL AND o.at <= v.decided_at)
        ORDER BY (p.status = 'CONFIRMED' OR o.at IS NOT NULL) DESC, p.decided_at DESC, p.id DESC
        LIMIT GREATEST(v.ordinal - 1, 0)
      ) AS earlier
    ), '{}'::uuid[]),
    rule_key = 'penalty.ladder.' || v.type,
    rule_effective_from = (
      SELECT r.effective_from
      FROM platform_rules AS r
      WHERE r.key = 'penalty.ladder.' || v.type AND r.effective_from <= v.decided_at
      ORDER BY r.effective_from DESC
      LIMIT 1
    )
WHERE v.ordinal IS NOT NULL
  AND v.decided_at IS NOT NULL
  AND v.status IN ('CONFIRMED', 'OVERTURNED')
  AND v.counted_violation_ids IS NULL;
