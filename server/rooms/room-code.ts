import { randomInt } from "node:crypto";
import { matchMaker } from "@colyseus/core";

/** Letters that cannot be mistaken for one another when read aloud or typed from a screen. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ";
export const ROOM_CODE_LENGTH = 5;
/** Redraws before giving up; a live room answers to one code in millions, so even a second draw is rare. */
const MAX_DRAWS = 20;

export function roomCode(): string {
  return Array.from({ length: ROOM_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/**
 * A code no live room answers to, so a joiner never lands in a stranger's room. `taken` asks the matchmaker's driver,
 * which with Redis sees every process's rooms. Two rooms created at the same instant could still draw one code
 * before either is listed: one chance in 24^5 per pair of simultaneous creations.
 */
export async function uniqueRoomCode(taken: (code: string) => boolean | Promise<boolean> = (code) => matchMaker.driver.has(code), draw = roomCode): Promise<string> {
  for (let i = 0; i < MAX_DRAWS; i++) {
    const code = draw();
    if (!(await taken(code))) return code;
  }
  throw new Error(`no free room code after ${MAX_DRAWS} draws`);
}
