-- The audit log is append-only: refuse every UPDATE and DELETE, whoever asks.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
-- The platform's rule history (shared/design/domain.md). "Launch" is the public platform's
-- opening day, 2012-08-23 (Beijing time); dated changes are at midnight Beijing time.
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('article.correction.maxChangedCharacters', '5', '2012-08-23T00:00:00+08:00', 'At launch: up to 5 changed characters (seed 004)'),
  ('article.correction.maxChangedCharacters', '10', '2018-12-29T00:00:00+08:00', 'Raised from 5 to 10; insert, delete and replace all count (seed 004)'),
  ('article.correction.maxCorrections', '1', '2012-08-23T00:00:00+08:00', 'One correction per sent article (ours: the seed confirms "still only once" in 2018)'),
  ('article.correction.maxCorrections', '1', '2018-12-29T00:00:00+08:00', 'Still only one correction per sent article (seed 004)'),
  ('account.quota.INDIVIDUAL', '5', '2012-08-23T00:00:00+08:00', 'At launch (seed 004)'),
  ('account.quota.ENTERPRISE', '50', '2012-08-23T00:00:00+08:00', 'At launch (seed 004)'),
  ('account.quota.ORGANIZATION', '50', '2012-08-23T00:00:00+08:00', 'At launch (seed 004)'),
  ('account.quota.INDIVIDUAL', '2', '2018-02-10T00:00:00+08:00', 'Lowered from 5 to 2 (seed 004)'),
  ('account.quota.ENTERPRISE', '5', '2018-02-10T00:00:00+08:00', 'Lowered from 50 to 5 (seed 004)'),
  ('account.quota.ORGANIZATION', '5', '2018-02-10T00:00:00+08:00', 'Lowered from 50 to 5 (seed 004)'),
  ('account.quota.INDIVIDUAL', '1', '2018-11-16T00:00:00+08:00', 'Lowered from 2 to 1 (seed 004)'),
  ('account.quota.ENTERPRISE', '2', '2018-11-16T00:00:00+08:00', 'Lowered from 5 to 2 (seed 004)'),
  ('penalty.ladder.LIKE_FARMING', '[7, 15, 30, null]', '2014-06-06T00:00:00+08:00', 'Ban days per ordinal, null = permanent and never lifted; the last step repeats (seed 004)'),
  ('penalty.ladder.INDUCED_SHARING', '[30, null]', '2012-08-23T00:00:00+08:00', 'Ours: 30 days, then permanent'),
  ('certification.PERSONAL_ACCOUNT.maxPerYear', '2', '2012-08-23T00:00:00+08:00', 'Personal certifications per account per calendar year (seed 000)'),
  ('certification.fee.PERSONAL_MINI_PROGRAM', '3000', '2012-08-23T00:00:00+08:00', '30 CNY in cents, never refunded (seed 001)'),
  ('certification.fee.ENTERPRISE', '30000', '2012-08-23T00:00:00+08:00', '300 CNY in cents, never refunded (ours, as for the review fee)'),
  ('enterprise.members.uncertifiedMax', '50', '2012-08-23T00:00:00+08:00', 'Members before certification (seed 003)'),
  ('enterprise.members.perDepartmentMax', '1000', '2012-08-23T00:00:00+08:00', 'Direct members per department (seed 003)'),
  ('certification.material.maxBytes', '204800', '2012-08-23T00:00:00+08:00', 'Material photo at most 200 KB, JPEG or PNG (seed 002)');
