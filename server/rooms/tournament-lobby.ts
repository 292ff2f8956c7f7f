import type { PlayerId } from "../../common/schemas/identity.ts";
import type { LiveTable, TournamentErrorCode, TournamentLobbyView } from "../../common/schemas/tournament-room.ts";
import type { Table, Tournament } from "../../common/schemas/tournament.ts";
import type { TournamentStep } from "../../common/tournament/refusal.ts";
import { tournamentStandings } from "../../common/tournament/standings.ts";

export type TournamentRefusal = { code: TournamentErrorCode; message: string };

/**
 * The tournament room's lobby as plain data: the tournament (changed only through common/tournament's transitions),
 * who is connected, the live state of the round's campaigns and the round's deadline. The room mirrors it to its
 * clients; nothing reads the clients' copy back.
 */
export class TournamentLobby {
  /** Connection → identity (null when watching without one). */
  private readonly sessions = new Map<string, PlayerId | null>();
  private readonly live = new Map<string, LiveTable>();
  /** Server time when the round in play must end; 0 without a deadline. */
  roundEndsAt = 0;

  constructor(public tournament: Tournament) {}

  /** Applies a transition; a refusal comes back as a value for the sender. */
  apply(step: TournamentStep): TournamentRefusal | null {
    if (!step.ok) return { code: step.code, message: step.message };
    this.tournament = step.tournament;
    return null;
  }

  connect(sessionId: string, player: PlayerId | null): void {
    this.sessions.set(sessionId, player);
  }

  /** Forgets a connection; returns its identity when that was the identity's last connection here. */
  disconnect(sessionId: string): PlayerId | null {
    const player = this.sessions.get(sessionId) ?? null;
    this.sessions.delete(sessionId);
    return player !== null && !this.isPresent(player) ? player : null;
  }

  isPresent(player: PlayerId): boolean {
    return [...this.sessions.values()].includes(player);
  }

  get currentTables(): readonly Table[] {
    return this.tournament.rounds.at(-1)?.tables ?? [];
  }

  /** The player's table of the round in play while its campaign is unfinished. */
  unfinishedTableOf(player: PlayerId): Table | undefined {
    return this.currentTables.find((t) => t.result === null && t.seats.some((s) => s.bot === null && s.mayor === player));
  }

  /** A new round: the previous round's live tables and deadline are gone. */
  newRound(): void {
    this.live.clear();
    this.roundEndsAt = 0;
  }

  setLive(table: LiveTable): void {
    if (this.currentTables.some((t) => t.id === table.table)) this.live.set(table.table, table);
  }

  liveOf(tableId: string): LiveTable | undefined {
    return this.live.get(tableId);
  }

  /** At the round's deadline: the players of unfinished tables whose campaign last reported them away (or never reported). */
  awayAtDeadline(): PlayerId[] {
    return this.currentTables
      .filter((t) => t.result === null)
      .flatMap((t) => {
        const live = this.live.get(t.id);
        const here = (player: PlayerId) => live?.mayors.some((m) => m.player === player && m.connected) ?? false;
        return t.seats.filter((s) => s.bot === null && !here(s.mayor)).map((s) => s.mayor);
      });
  }

  view(): TournamentLobbyView {
    const present = [...new Set([...this.sessions.values()].filter((p): p is PlayerId => p !== null))];
    const live = this.currentTables.flatMap((t) => this.live.get(t.id) ?? []);
    return { tournament: this.tournament, standings: tournamentStandings(this.tournament), live, present, roundEndsAt: this.roundEndsAt };
  }
}
