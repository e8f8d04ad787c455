/**
 * Runs a hostile case and measures what it cost: wall time, and the process's resident memory above
 * what it was when the case began (sampled every 10 ms: the peak a real attack would cause).
 */
export async function bounded<T>(run: () => Promise<T>): Promise<{ value: T; ms: number; extraMb: number }> {
  global.gc?.()
  const base = process.memoryUsage().rss
  let peak = base
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
  const started = performance.now()
  try {
    const value = await run()
    peak = Math.max(peak, process.memoryUsage().rss)
    return { value, ms: performance.now() - started, extraMb: (peak - base) / 1024 / 1024 }
  } finally {
    clearInterval(timer)
  }
}

/** The bounds for every hostile input: answered within 5 s, with less than 500 MB. */
export const LIMITS = { ms: 5000, extraMb: 500 }
