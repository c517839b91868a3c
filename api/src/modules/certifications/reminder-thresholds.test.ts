import { describe, expect, it } from 'vitest';
import { reminderWindows } from './reminder-thresholds';

const now = new Date('2031-03-11T01:00:00.000Z');

describe('reminderWindows', () => {
  it('orders the thresholds nearest first, once each, whatever the rule lists', () => {
    const windows = reminderWindows(now, [30, 90, 7, 60, 30]);
    expect(windows.map((window) => window.days)).toEqual([7, 30, 60, 90]);
    expect(windows[0]?.expiresBy.toISOString()).toBe('2031-03-18T01:00:00.000Z');
    expect(windows[3]?.expiresBy.toISOString()).toBe('2031-06-09T01:00:00.000Z');
  });

  it('ends each window exactly days × 24 h after now, milliseconds kept', () => {
    const [window] = reminderWindows(new Date('2031-03-29T12:34:56.789Z'), [1]);
    expect(window?.expiresBy.getTime()).toBe(Date.parse('2031-03-29T12:34:56.789Z') + 86_400_000);
  });
});
