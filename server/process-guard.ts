/**
 * The last line of defence: the rooms, the gate and the write queue catch their own failures, so anything that
 * reaches here is a bug. One bug in one campaign must not end every other campaign on the process, so it is logged
 * (once per distinct message, to keep a repeating fault from filling the disk) and the process keeps serving.
 */
export function guardProcess(log: (line: string) => void, proc: NodeJS.Process = process): void {
  const seen = new Set<string>();
  const report = (kind: string) => (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (seen.has(message)) return;
    if (seen.size < 1000) seen.add(message);
    log(`${kind} (the process keeps serving): ${error instanceof Error ? (error.stack ?? message) : message}`);
  };
  proc.on("uncaughtException", report("uncaught exception"));
  proc.on("unhandledRejection", report("unhandled rejection"));
}
