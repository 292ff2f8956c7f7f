import { z } from "zod";

/** A player's public id. It is also a valid MayorId, so a player's seat in a campaign carries the same id. */
export const PlayerId = z.string().regex(/^p[0-9a-f]{16}$/, "a player id is p and 16 hex digits");
export type PlayerId = z.infer<typeof PlayerId>;
