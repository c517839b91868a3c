import DiffMatchPatch from 'diff-match-patch';
import { expect, it } from 'vitest';
import { measureCorrection } from '../../api/src/modules/articles/edit-distance';
import { measure, printTable } from './measure';

/**
 * The correction check on 20,000-character CJK bodies: 10 edits, 500 edits, unrelated text.
 * Baseline: diff-match-patch (an unbounded diff) on the same inputs, in the same run.
 */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研'.repeat(
    30,
  );
const BASE = Array.from(COMMON).slice(0, 20_000);

function withEdits(count: number): string {
  const edited = [...BASE];
  const step = Math.floor(edited.length / count);
  for (let e = 0; e < count; e += 1) edited[e * step + 7] = '改';
  return edited.join('');
}

const before = BASE.join('');
const cases = [
  { name: '10 edits', after: withEdits(10) },
  { name: '500 edits', after: withEdits(500) },
  { name: 'unrelated text', after: Array.from('天地玄黄宇宙洪荒日月盈昃辰宿列张'.repeat(1250)).join('') },
];

it('correction check vs diff-match-patch on 20,000-character CJK bodies', () => {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0; // an exact diff, as a correction check needs
  const rows = cases.map(({ name, after }) => {
    const bounded = measure(() => measureCorrection(before, after, 10), 1000);
    const baselineRuns = name === 'unrelated text' ? 5 : 20;
    const baseline = measure(() => dmp.diff_levenshtein(dmp.diff_main(before, after, false)), baselineRuns);
    const verdict = measureCorrection(before, after, 10);
    return {
      case: name,
      verdict: verdict.withinLimit ? `accepted (${verdict.changed})` : `refused (> ${verdict.limit})`,
      'bounded median ms': bounded.median.toFixed(3),
      'bounded p99 ms': bounded.p99.toFixed(3),
      'diff-match-patch median ms': baseline.median.toFixed(3),
      'speed-up ×': (baseline.median / Math.max(bounded.median, 1e-6)).toFixed(1),
    };
  });
  printTable('Correction check, 20,000 code points, limit 10', rows);
  expect(rows).toHaveLength(3);
});
