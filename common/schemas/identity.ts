import { z } from "zod";
import { cleanPlayerName } from "../identity/player-name.ts";

/** A player's public id. It is also a valid MayorId, so a player's seat in a campaign carries the same id. */
export const PlayerId = z.string().regex(/^p[0-9a-f]{16}$/, "a player id is p and 16 hex digits");
export type PlayerId = z.infer<typeof PlayerId>;

/** The secret a browser keeps: 32 random bytes in base64url. Only its SHA-256 is stored. */
export const PlayerToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export type PlayerToken = z.infer<typeof PlayerToken>;

/** A display name, cleaned by the rules of common/identity/player-name.ts. */
export const PlayerName = z
  .string()
  .max(200)
  .transform((raw, ctx) => {
    const cleaned = cleanPlayerName(raw);
    if (cleaned.ok) return cleaned.name;
    ctx.addIssue({ code: "custom", message: cleaned.message });
    return z.NEVER;
  });
