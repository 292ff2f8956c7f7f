import { PlayerToken } from "../../common/schemas/identity.ts";
import type { PlayerStore, StoredPlayer } from "../persistence/PlayerStore.ts";
import { newIdentity, tokenDigest } from "./tokens.ts";

/** Issues a new guest identity under an already cleaned name (PlayerName). The token is returned here only. */
export async function issueIdentity(players: PlayerStore, name: string): Promise<{ player: StoredPlayer; token: PlayerToken }> {
  const { id, token, tokenHash } = newIdentity();
  const player = await players.createPlayer({ id, name, tokenHash });
  return { player, token };
}

/**
 * The player a token belongs to, or null. A malformed token and an unknown one get the same null, so a caller
 * cannot learn which part was wrong; the lookup is by digest, so no comparison of secrets can leak timing.
 */
export async function playerForToken(players: PlayerStore, token: unknown): Promise<StoredPlayer | null> {
  const parsed = PlayerToken.safeParse(token);
  return parsed.success ? players.playerByTokenHash(tokenDigest(parsed.data)) : null;
}
