import type { RequestHandler } from "express";
import type { HistoryReader } from "./routes.ts";

/** How long the health check waits for its read: a database that hangs is as away as one that refuses. */
const STORAGE_WAIT_MS = 2000;

/**
 * GET /health: 200 `{ ok: true, storage: "ok" }` when a small read through the store answers, else 503
 * `{ ok: false, storage: "away" }` (the game itself plays on meanwhile; its writes wait in the queue).
 */
export function health(history: Pick<HistoryReader, "listFinished">): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      history.listFinished({ limit: 1 }).then(
        () => true,
        () => false,
      ),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STORAGE_WAIT_MS))),
    ]);
    clearTimeout(timer);
    if (answered) res.json({ ok: true, storage: "ok" });
    else res.status(503).json({ ok: false, storage: "away" });
  };
}
