/**
 * Remembers the results of a pure function of one string. The cache is dropped whole once it holds `limit`
 * entries, so a long-running server keeps its memory bounded. Results are shared between callers, so they must
 * not be mutated.
 */
export function memoize<R>(compute: (key: string) => R, limit = 4096): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
