import type { ErrorRequestHandler, RequestHandler } from "express";
import { storageAway } from "../persistence/storage-away.ts";

/** Seconds a client should wait before asking again while the database is away. */
const RETRY_AFTER_SECONDS = 5;

/** The refusals body-parser raises, each as an answer a client can act on. */
const BODY_ERRORS: Record<string, { status: number; error: string }> = {
  "entity.parse.failed": { status: 400, error: "The body is not valid JSON." },
  "entity.too.large": { status: 413, error: "The body is too large." },
  "encoding.unsupported": { status: 415, error: "The body's encoding is not supported." },
  "charset.unsupported": { status: 415, error: "The body's charset is not supported." },
  "request.aborted": { status: 400, error: "The body was cut off." },
  "request.size.invalid": { status: 400, error: "The body's length does not match its Content-Length." },
};

/** An unknown API path answers JSON too, not the HTML page of the default 404. */
export const apiNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: "No such API route." });
};

/**
 * The app's last error handler: every failure becomes `{ error }` with a status a client can act on — 4xx for its
 * own request, 503 with Retry-After while the database is away, 500 otherwise — and never a stack trace or a file
 * path. The operator gets one line per failure (the stack only for a real bug).
 */
export function jsonErrors(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = (error as { type?: unknown } | null)?.type;
    const known = typeof type === "string" ? BODY_ERRORS[type] : undefined;
    if (known) {
      res.status(known.status).json({ error: known.error });
      return;
    }
    if (storageAway(error)) {
      log(`HTTP ${req.method} ${req.path}: storage away (${(error as { code: string }).code})`);
      res.status(503).set("Retry-After", String(RETRY_AFTER_SECONDS)).json({ error: "The history database is away for a moment; try again shortly." });
      return;
    }
    log(`HTTP ${req.method} ${req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.status(500).json({ error: "Something went wrong on the server." });
  };
}
