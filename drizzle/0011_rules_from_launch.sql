-- Turn 2 corrections of our readings of the seeds (docs: domain.md, "Corrections and additions").
--
-- 1. The platform opened on 2012-08-18 (seed 004), not 2012-08-23: the seeded values in force at
--    launch start then, so no decision ever finds "no rule in force".
UPDATE platform_rules SET effective_from = '2012-08-18T00:00:00+08:00'
  WHERE author_id IS NULL AND effective_from = '2012-08-23T00:00:00+08:00';
--> statement-breakpoint
-- 2. Like-farming was announced on 2014-06-06 and enforced from 2014-06-09 (004).
UPDATE platform_rules SET effective_from = '2014-06-09T00:00:00+08:00'
  WHERE author_id IS NULL AND effective_from = '2014-06-06T00:00:00+08:00'
    AND key IN ('penalty.ladder.LIKE_FARMING', 'penalty.neverLifted.LIKE_FARMING', 'detection.likeFarming.patterns');
--> statement-breakpoint
-- Before that rule, like-farming was an ordinary violation: the ordinary ladder, liftable, and
-- nothing detected automatically (ours).
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('penalty.ladder.LIKE_FARMING', '[3, 7, 15, 30]', '2012-08-18T00:00:00+08:00', 'Ours: before the like-farming rule (2014-06-09), the ordinary ladder; the last step repeats'),
  ('penalty.neverLifted.LIKE_FARMING', 'false', '2012-08-18T00:00:00+08:00', 'Ours: before the like-farming rule (2014-06-09), bans could be lifted'),
  ('detection.likeFarming.patterns', '[]', '2012-08-18T00:00:00+08:00', 'Ours: nothing detected before the like-farming rule (2014-06-09)')
ON CONFLICT (key, effective_from) DO NOTHING;
--> statement-breakpoint
-- 3. Corrections: only replacements (at most 5) until 2018-12-29; insertion and deletion came with
--    the 10-character rule (004: 同时支持增、删和替换).
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('article.correction.operations', '["REPLACE"]', '2012-08-18T00:00:00+08:00', 'At launch: a correction only replaces characters (seed 004)'),
  ('article.correction.operations', '["INSERT", "DELETE", "REPLACE"]', '2018-12-29T00:00:00+08:00', 'Insertion, deletion and replacement (seed 004: 同时支持增、删和替换)')
ON CONFLICT (key, effective_from) DO NOTHING;
--> statement-breakpoint
-- 4. The seed's quotas count official accounts (SUBSCRIPTION, SERVICE). Mini-programs and
--    enterprise accounts have quotas of their own (ours): 5 mini-programs for an individual, 50 for
--    an enterprise or organization; 5 enterprise accounts for an enterprise or organization (an
--    individual cannot own one, seed 003).
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('account.quota.miniProgram.INDIVIDUAL', '5', '2012-08-18T00:00:00+08:00', 'Ours: mini-programs an individual may register'),
  ('account.quota.miniProgram.ENTERPRISE', '50', '2012-08-18T00:00:00+08:00', 'Ours: mini-programs an enterprise may register'),
  ('account.quota.miniProgram.ORGANIZATION', '50', '2012-08-18T00:00:00+08:00', 'Ours: mini-programs an organization may register'),
  ('account.quota.enterpriseAccount.ENTERPRISE', '5', '2012-08-18T00:00:00+08:00', 'Ours: enterprise accounts an enterprise may register'),
  ('account.quota.enterpriseAccount.ORGANIZATION', '5', '2012-08-18T00:00:00+08:00', 'Ours: enterprise accounts an organization may register')
ON CONFLICT (key, effective_from) DO NOTHING;
