import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import { z } from "zod";

/** Answers `body` after checking it against the route's response schema: a route never sends what it did not declare. */
export function sendTyped<S extends z.ZodType>(res: Response, schema: S, body: z.input<S>, status = 200): void {
  res.status(status).json(schema.parse(body));
}

/** `?limit=` of a list route: 1 to 100, 20 when absent or unreadable. */
export const ListLimit = z.coerce.number().int().min(1).max(100).catch(20);

/** Parses small JSON bodies; a bigger or broken one is answered by `refuseBadJson`. */
export const jsonBody: RequestHandler = express.json({ limit: "4kb" });

/** Mounted after a router's routes: an unreadable body gets a clear 400; anything else goes on to the app's `jsonErrors`. */
export const refuseBadJson: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === "entity.parse.failed" || error.type === "entity.too.large") {
    res.status(error.status ?? 400).json({ error: "The body must be a JSON object of at most 4 KB." });
    return;
  }
  next(error);
};
