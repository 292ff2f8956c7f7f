import { randomInt } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import { JOIN_CODE_LENGTH } from "../../common/schemas/messages.ts";

/** Letters that cannot be mistaken for one another when read aloud or typed from a screen. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ";
/** Redraws before giving up; a live room answers to one code in millions, so even a second draw is rare. */
const MAX_DRAWS = 20;

/**
 * Six letters (JOIN_CODE_LENGTH): 24^6 = 191,102,976 codes. A guesser gets CODE_MISSES_PER_ADDRESS_PER_MINUTE unknown codes per
 * address (10 by default: 14,400 a day). With R private rooms live at once, one guess finds one with odds R / 24^6,
 * so an address needs 24^6 / R guesses on average: 133 days for R = 100, 13 days for R = 1,000, and a campaign room
 * lives well under an hour. Five letters (7,962,624 codes) would give the same address a room every 5.5 days at
 * R = 100, and a hundred addresses one every hour or so.
 */
export function roomCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/**
 * A code no live room answers to, so a joiner never lands in a stranger's room. `taken` asks the matchmaker's driver,
 * which with Redis sees every process's rooms. Two rooms created at the same instant could still draw one code
 * before either is listed: one chance in 24^6 per pair of simultaneous creations.
 */
export async function uniqueRoomCode(taken: (code: string) => boolean | Promise<boolean> = (code) => matchMaker.driver.has(code), draw = roomCode): Promise<string> {
  for (let i = 0; i < MAX_DRAWS; i++) {
    const code = draw();
    if (!(await taken(code))) return code;
  }
  throw new Error(`no free room code after ${MAX_DRAWS} draws`);
}
