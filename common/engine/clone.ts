/**
 * A deep copy of plain data (objects, arrays and primitives, as a campaign is): the same result as
 * `structuredClone` for such data, a few times faster.
 */
export function cloneData<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneData(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copy = cloneData((value as Record<string, unknown>)[key]);
    // A record keyed by a citizen's name may hold "__proto__": it must stay an own property.
    if (key === "__proto__") Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out as T;
}
