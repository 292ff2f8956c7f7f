/** Matchmaking error codes of Colyseus 0.16 (colyseus.js `ErrorCode`). */
const INVALID_ROOM_ID = 4212;
const SEAT_EXPIRED = 4214;

/** Turns a join, reconnect or fetch failure into a sentence a player can act on. */
export function plainError(error: unknown, code?: string): string {
  const failure = error as { code?: unknown; message?: unknown } | null;
  const message = typeof failure?.message === "string" ? failure.message : "";
  const status = typeof failure?.code === "number" ? failure.code : undefined;
  if (status === INVALID_ROOM_ID || /not found/i.test(message)) {
    return code
      ? `No campaign has the code ${code}. Check the code with whoever shared it; finished campaigns close after the vote.`
      : "That campaign no longer exists.";
  }
  if (status === SEAT_EXPIRED || /expired/i.test(message)) return "Your seat was given up after a minute away. Join a new campaign.";
  if (status === undefined && (error instanceof TypeError || message === "" || /fetch|network|ECONNREFUSED/i.test(message))) {
    return "The game server can't be reached. Check your connection and try again.";
  }
  return message.endsWith(".") ? message : `${message || "Something went wrong"}.`;
}
