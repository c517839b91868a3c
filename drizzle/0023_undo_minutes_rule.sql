-- A moderator may undo a dismissal within 10 minutes of it (ours, issue 15): the violation goes
-- back to the queue. After that a wrong dismissal is a new report, not an undo.
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('moderation.undoMinutes', '10', '2012-08-18T00:00:00+08:00', 'Ours: minutes within which a dismissal can be undone (back to pending)');
