import { describe, expect, it } from 'vitest';
import { listTotal, planRowsOf } from './bounded-count';

describe('listTotal', () => {
  it('is the count, exact, up to the bound', () => {
    expect(listTotal(0, 10, null)).toEqual({ count: 0, exact: true });
    expect(listTotal(10, 10, 3)).toEqual({ count: 10, exact: true });
  });

  it('is the estimate above the bound', () => {
    expect(listTotal(11, 10, 123_456.4)).toEqual({ count: 123_456, exact: false });
  });

  it('is never below what was seen, whatever the planner says', () => {
    expect(listTotal(11, 10, 2)).toEqual({ count: 11, exact: false });
    expect(listTotal(11, 10, null)).toEqual({ count: 11, exact: false });
    expect(listTotal(1, 0, Number.NaN)).toEqual({ count: 1, exact: false });
  });
});

describe('planRowsOf', () => {
  const plan = [{ Plan: { 'Node Type': 'Seq Scan', 'Plan Rows': 200_041, 'Total Cost': 1.5 } }];

  it('reads the top node of EXPLAIN (FORMAT JSON), parsed or as text', () => {
    expect(planRowsOf(plan)).toBe(200_041);
    expect(planRowsOf(JSON.stringify(plan))).toBe(200_041);
  });

  it('gives no estimate for anything else', () => {
    expect(planRowsOf('not json')).toBeNull();
    expect(planRowsOf([{ Plan: {} }])).toBeNull();
    expect(planRowsOf(null)).toBeNull();
  });
});
