-- Follow verification of enterprise accounts (seed 003; the numbers are ours, domain.md turn 2):
-- at most 5 wrong codes per follower per China-time day, and a code lasts 10 minutes.
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('enterprise.verification.dailyAttempts', '5', '2012-08-18T00:00:00+08:00', 'Ours: wrong verification codes a follower may enter per China-time day (seed 003: a daily limit)'),
  ('enterprise.verification.codeMinutes', '10', '2012-08-18T00:00:00+08:00', 'Ours: minutes a follow verification code stays valid');
