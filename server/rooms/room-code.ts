import { randomInt } from "node:crypto";

/** Letters that cannot be mistaken for one another when read aloud or typed from a screen. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ";
export const ROOM_CODE_LENGTH = 5;

export function roomCode(): string {
  return Array.from({ length: ROOM_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}
