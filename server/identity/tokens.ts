import { createHash, randomBytes } from "node:crypto";
import { PlayerToken, type PlayerId } from "../../common/schemas/identity.ts";

export interface NewIdentity {
  id: PlayerId;
  /** Given to the browser once; never stored, logged or sent again. */
  token: PlayerToken;
  tokenHash: Buffer;
}

/** SHA-256 of a token: what the store keeps and looks up. */
export function tokenDigest(token: PlayerToken): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

export function newIdentity(): NewIdentity {
  const token = randomBytes(32).toString("base64url");
  return { id: `p${randomBytes(8).toString("hex")}`, token, tokenHash: tokenDigest(token) };
}

/** The token of an `Authorization: Bearer <token>` header, or null for anything else. */
export function bearerToken(header: string | undefined): PlayerToken | null {
  const match = /^Bearer ([^\s]+)$/.exec(header ?? "");
  const parsed = PlayerToken.safeParse(match?.[1]);
  return parsed.success ? parsed.data : null;
}
