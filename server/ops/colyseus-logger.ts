import { RateLimiter } from "../rooms/rate-limit.ts";

/** Colyseus logs through an object shaped like `console`. */
export interface ColyseusLogger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  trace(...args: unknown[]): void;
}

const LINE_CHARS = 200;

/**
 * Colyseus's log, made fit for a server anyone can send bytes to: it prints a whole stack trace for every frame it
 * cannot decode (a flood of junk frames filled megabytes). Each of its lines becomes one short line (the first line
 * of the message, cut to 200 characters), at most `burst` at once and then `perMinute`; the lines held back are
 * counted in the next one that passes. Debug and trace lines are dropped.
 */
export function colyseusLogger(log: (line: string) => void, { burst = 20, perMinute = 20 } = {}, now: () => number = Date.now): ColyseusLogger {
  const limiter = new RateLimiter(burst, perMinute / 60);
  let held = 0;
  const write = (level: string) => (...args: unknown[]) => {
    if (!limiter.allow("colyseus", now())) {
      held += 1;
      return;
    }
    const text = args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
    const first = (text.split("\n").find((l) => l.trim() !== "") ?? "").trim().slice(0, LINE_CHARS);
    log(`colyseus ${level}: ${first}${held ? ` (${held} more lines held back)` : ""}`);
    held = 0;
  };
  const drop = () => {};
  return { debug: drop, trace: drop, info: write("info"), warn: write("warn"), error: write("error") };
}
