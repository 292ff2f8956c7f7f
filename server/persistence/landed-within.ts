/**
 * Resolves true when `write` lands within `ms`, false when the time runs out first (the database is away: the write
 * stays queued and lands later). What a player is shown waits on it, so that a crash loses nothing they saw.
 */
export function landedWithin(write: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void write.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
