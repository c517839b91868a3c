-- Certification numbers come from a sequence: unique and human-readable (seed 002's certification ID).
CREATE SEQUENCE certification_number_seq START 100001;
--> statement-breakpoint
INSERT INTO platform_rules (key, value, effective_from, note) VALUES
  ('certification.fee.PERSONAL_ACCOUNT', '0', '2012-08-23T00:00:00+08:00', 'Personal account certification is free, by invitation (seed 000)'),
  ('certification.validityDays', '365', '2012-08-23T00:00:00+08:00', 'A certification lasts one year; the annual review renews it (seeds 001, 002)'),
  ('certification.reviewCallHours', '1', '2012-08-23T00:00:00+08:00', 'A dispatched certification should get its review call within this many hours (seed 001)'),
  ('certification.material.maxSupplements', '3', '2012-08-23T00:00:00+08:00', 'Supplements of material after dispatch (seed 002: upload attempts are limited; number ours)'),
  ('certification.PERSONAL_ACCOUNT.cleanDays', '180', '2012-08-23T00:00:00+08:00', 'No confirmed violation in this many days before a personal certification (seed 000; number ours)'),
  ('certification.reminderDays', '[90, 60, 30, 7]', '2012-08-23T00:00:00+08:00', 'Days before expiry when the annual-review reminder is sent (ours)'),
  ('certification.naming.forbiddenWords', '["中国", "中华", "国家级", "国家", "微信", "腾讯", "WeChat", "Tencent", "最", "第一", "顶级", "美国", "日本", "China"]', '2012-08-23T00:00:00+08:00', 'Never in a certified name: country names, the platform''s names, exaggerations (seed 001)'),
  ('certification.naming.genericWords', '["新闻", "天气", "音乐", "视频", "购物", "外卖", "地图", "翻译", "游戏", "小说", "招聘", "读书"]', '2012-08-23T00:00:00+08:00', 'Generic words: only with the subject''s full name (seed 001)'),
  ('certification.naming.appLikePatterns', '["app$", "APP", "客户端", "手机版"]', '2012-08-23T00:00:00+08:00', 'Names that look like an app (seed 001)');
