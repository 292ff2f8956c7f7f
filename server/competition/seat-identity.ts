import { ServerError } from "@colyseus/core";
import { playerForToken } from "../identity/identity.ts";
import type { PlayerStore, StoredPlayer } from "../persistence/PlayerStore.ts";
import type { Lobby } from "../rooms/lobby.ts";

/** What a campaign room's onAuth hands to onJoin (Colyseus keeps it server-side as `client.auth`). */
export interface Admitted {
  player: StoredPlayer | null;
}

interface Admission {
  players: PlayerStore;
  lobby: Lobby;
  /** As the client sent it; checked here. */
  token: string | undefined;
  started: boolean;
  /** A tournament table: every seat is reserved for its identity. */
  reserved: boolean;
}

/**
 * Who may take a mayor's seat. An identity whose seat is waiting for it (a reload, a new device, a return after the
 * reconnection window) gets it back, before or after the start; anyone else only a free seat of a lobby that has not
 * started. A bad token is refused with one sentence whatever was wrong with it. Throws the refusal, as onAuth must.
 */
export async function admitMayor({ players, lobby, token, started, reserved }: Admission): Promise<Admitted> {
  const player = token === undefined ? null : await playerForToken(players, token);
  if (token !== undefined && !player) throw new ServerError(401, "This identity token is not valid.");
  const seat = player ? lobby.byPlayer(player.id) : undefined;
  if (seat?.connected) throw new ServerError(409, "You already hold a seat here from another connection.");
  if (seat) return { player };
  if (reserved) throw new ServerError(403, "The seats of this tournament campaign are reserved for its players: you can watch it as a spectator.");
  if (started) throw new ServerError(403, "This campaign has already started: you can still watch it as a spectator.");
  if (lobby.full) throw new ServerError(403, "This campaign is full: six mayors already.");
  return { player };
}
