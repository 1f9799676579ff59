/** Samples the process's resident memory while work runs; DuckDB is in-process, so RSS includes it. */
export function trackPeakRss(intervalMs = 25): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

/** Times an async function and tracks its peak RSS. */
export async function measure<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; seconds: number; peakMb: number }> {
  const rss = trackPeakRss();
  const t0 = performance.now();
  const value = await fn();
  const seconds = (performance.now() - t0) / 1000;
  return { value, seconds, peakMb: rss.stop() / 2 ** 20 };
}

/** Median of warm runs: the first run warms caches and is thrown away. */
export async function warmMedian(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Medians of two functions run alternately (a, b, a, b…) after one warm-up each: a figure and its
 * baseline then see the same machine — the same cache state, the same neighbours' load — instead
 * of one running in a quiet minute and the other in a busy one.
 */
export async function pairedMedians(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  runs = 5,
): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, into] of [
      [a, ta],
      [b, tb],
    ] as const) {
      const t0 = performance.now();
      await fn();
      into.push((performance.now() - t0) / 1000);
    }
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return [median(ta), median(tb)];
}
