-- Rules for violations and penalties. Seed 004 gives the like-farming ladder and that its
-- permanent ban is never lifted; the other ladders and numbers are ours, changeable by an admin.
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('penalty.ladder.FALSE_ORIGINAL', '[7, 30, null]', '2012-08-23T00:00:00+08:00', 'Ours: false original declaration'),
  ('penalty.ladder.INFRINGEMENT', '[30, null]', '2012-08-23T00:00:00+08:00', 'Ours: infringement'),
  ('penalty.ladder.OTHER', '[3, 7, 15, 30]', '2012-08-23T00:00:00+08:00', 'Ours: other violations; the last step repeats'),
  ('penalty.neverLifted.LIKE_FARMING', 'true', '2014-06-06T00:00:00+08:00', 'Permanent like-farming bans are never lifted: 永久封号且不解封 (seed 004)'),
  ('penalty.neverLifted.INDUCED_SHARING', 'false', '2012-08-23T00:00:00+08:00', 'Ours'),
  ('penalty.neverLifted.FALSE_ORIGINAL', 'false', '2012-08-23T00:00:00+08:00', 'Ours'),
  ('penalty.neverLifted.INFRINGEMENT', 'false', '2012-08-23T00:00:00+08:00', 'Ours'),
  ('penalty.neverLifted.OTHER', 'false', '2012-08-23T00:00:00+08:00', 'Ours'),
  ('detection.likeFarming.patterns', '["集赞", "集满\\d+个?赞", "点赞截图", "集齐\\d+个?赞", "满\\d+个?赞.{0,6}(领取|送|免费)"]', '2014-06-06T00:00:00+08:00', 'Like-farming wording the detector reports (regular expressions; seed 004)'),
  ('detection.inducedSharing.patterns', '["转发.{0,6}(到|至)朋友圈", "分享(到|至)朋友圈.{0,8}(领取|抽奖|送)", "转发.{0,6}(即可|才能)(领取|参与)"]', '2012-08-23T00:00:00+08:00', 'Induced-sharing wording the detector reports (regular expressions; ours)'),
  ('appeal.windowDays', '30', '2012-08-23T00:00:00+08:00', 'Days after a penalty starts during which it may be appealed (ours)'),
  ('appeal.decisionWorkingDays', '7', '2012-08-23T00:00:00+08:00', 'Working days a moderator has to decide an appeal (ours)'),
  ('appeal.maxCharacters', '2000', '2012-08-23T00:00:00+08:00', 'Longest appeal text (ours)'),
  ('violation.evidence.maxCharacters', '5000', '2012-08-23T00:00:00+08:00', 'Longest report evidence text (ours)');
