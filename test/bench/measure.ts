/** Runs `fn` `runs` times (after a warm-up) and returns the median and p99 in milliseconds. */
export function measure(fn: () => unknown, runs: number): { median: number; p99: number } {
  // Warm up so the JIT has optimised the code before timing starts.
  for (let i = 0; i < Math.min(200, runs); i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99) };
}

export function printTable(title: string, rows: Array<Record<string, string | number>>): void {
  console.log(`\n${title}`);
  console.table(rows);
}
