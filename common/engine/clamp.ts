export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function clampBar(value: number): number {
  return clamp(Math.round(value), 0, 100);
}
