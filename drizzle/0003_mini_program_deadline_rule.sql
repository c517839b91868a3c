-- Uncertified mini-programs lose "searchable" and "shareable" after this deadline (seed 001 names
-- a deadline but no date; the date is ours and an admin can move it with setRule).
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('certification.miniProgramDeadline', '"2024-04-01T00:00:00+08:00"', '2012-08-23T00:00:00+08:00', 'Certification deadline for mini-programs (seed 001; date ours)');
