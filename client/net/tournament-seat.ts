/**
 * Which tournament this tab's campaign belongs to, kept in sessionStorage beside the seat itself (saved-seat.ts).
 * The seat alone says nothing of the tournament: without this a reload lost the way back (leaving or losing the
 * campaign led home), and a reload in the moment between joining and the campaign's first frame (the address still
 * /tournament/<code>) showed the tournament page instead of the seat. Kept apart from tournament-link.ts so that the
 * first screen, which reads it on every load, does not carry the tournament room's code.
 */
export interface TournamentSeat {
  /** The tournament's code, as its page's address has it. */
  tournament: string;
  /** The campaign room of the tournament table this tab plays or watches. */
  room: string;
  spectator: boolean;
}

const KEY = "ecotopia.tournament-seat";

export function loadTournamentSeat(storage: Storage = sessionStorage): TournamentSeat | null {
  try {
    const seat = JSON.parse(storage.getItem(KEY) ?? "null") as Partial<TournamentSeat> | null;
    return seat && typeof seat.tournament === "string" && typeof seat.room === "string" ? { tournament: seat.tournament, room: seat.room, spectator: seat.spectator === true } : null;
  } catch {
    return null;
  }
}

export function saveTournamentSeat(seat: TournamentSeat, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(seat));
}

export function forgetTournamentSeat(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}

/**
 * Whether a page load at `path` is this tab coming back to its tournament campaign: the saved seat is that campaign's,
 * and the address is the campaign's own or the tournament's page (where the tab still was when it joined).
 */
export function returningTo(seat: { code: string } | null, inTournament: TournamentSeat | null, path: string): boolean {
  if (!seat || !inTournament || seat.code !== inTournament.room) return false;
  return [`/c/${inTournament.room}`, `/watch/${inTournament.room}`, `/tournament/${inTournament.tournament}`].some((p) => p.toUpperCase() === path.toUpperCase());
}
