-- A moderator's claim on a pending violation lapses after 30 minutes (ours, issue 15): the item
-- then counts as unclaimed and anyone may take it without a take-over.
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('moderation.claimMinutes', '30', '2012-08-18T00:00:00+08:00', 'Ours: minutes a moderator''s claim on a pending violation holds before it lapses');
