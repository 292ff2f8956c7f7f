import { z } from "zod";
import { PlayerId, PlayerToken } from "../../common/schemas/identity.ts";
import { ApiError, createPlayer, renamePlayer } from "./api.ts";
import { loadName, saveName } from "./player-name.ts";

/**
 * This browser's guest identity: the public id, the secret token that proves it (sent only to the server, in join
 * options and the rename route) and the name the server last accepted. Kept in localStorage, so it outlives the
 * tab; nothing else holds the token, which is why losing the storage means a new identity.
 */
export const Identity = z.object({ id: PlayerId, token: PlayerToken, name: z.string() }).strict();
export type Identity = z.infer<typeof Identity>;

const KEY = "ecotopia.identity";

/** What the page tells a player about where their identity lives. */
export const IDENTITY_NOTE =
  "Your identity and rating live in this browser only, with no password. Clearing its storage, or playing from another browser, starts a new identity.";

export function loadIdentity(storage: Storage = localStorage): Identity | null {
  try {
    const parsed = Identity.safeParse(JSON.parse(storage.getItem(KEY) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function saveIdentity(identity: Identity, storage: Storage): Identity {
  storage.setItem(KEY, JSON.stringify(identity));
  saveName(identity.name, storage);
  return identity;
}

/** One call at a time: a first visit's identity and a quick click on Play must not issue two. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The identity to play under with `name`: the stored one, renamed on the server when the name changed, or a new one
 * when there is none or the server no longer knows its token (then the old one is gone for good).
 */
export function ensureIdentity(name: string, storage: Storage = localStorage): Promise<Identity> {
  const next = queue.then(() => settleIdentity(name, storage));
  queue = next.catch(() => undefined);
  return next;
}

async function settleIdentity(name: string, storage: Storage): Promise<Identity> {
  const stored = loadIdentity(storage);
  if (stored && stored.name === name) return stored;
  if (stored) {
    try {
      const { player } = await renamePlayer(name, stored.token);
      return saveIdentity({ ...stored, name: player.name }, storage);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
  }
  const issued = await createPlayer(name);
  return saveIdentity({ id: issued.player.id, token: issued.token, name: issued.player.name }, storage);
}

/** The name this browser plays under, or a fresh guest name for a first visit. */
export function guestName(storage: Storage = localStorage): string {
  return loadIdentity(storage)?.name ?? (loadName(storage) || `Mayor ${Math.floor(10 + Math.random() * 90)}`);
}
