import type { CampaignEvent, CampaignSettings } from "../../common/schemas/campaign.ts";
import type { SeatedMayor } from "../../common/schemas/history.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import type { LobbySettings } from "../../common/schemas/messages.ts";
import type { Tournament } from "../../common/schemas/tournament.ts";

/** What a room adds to the engine's settings, so that the next start of its process can reopen it (stored as JSON). */
export type RoomRecord = {
  lobby: LobbySettings;
  rated: boolean;
  isPrivate: boolean;
};

/** A campaign stored as still running, with all a restarted process needs to rebuild its room. */
export interface RunningCampaign {
  id: string;
  code: string;
  settings: CampaignSettings;
  /** Null when no room ran it (then it cannot be resumed). */
  room: RoomRecord | null;
  /** In seat order; `player` is the identity that held a human seat, if any (its token takes the seat back). */
  mayors: (SeatedMayor & { player: PlayerId | null })[];
  events: CampaignEvent[];
}

/** A tournament stored as open (registration, closed or running), with the campaigns its tables are linked to. */
export interface OpenTournament {
  tournament: Tournament;
  /** The host's deadline for the round in play, as kept (ISO time); null without one. */
  roundEndsAt: string | null;
  /** Each linked campaign's stored status and the process that runs it. */
  campaigns: { id: string; status: string; process: string }[];
}

/** Storage for resuming after a restart; writes are idempotent, like every store write. */
export interface ResumeStore {
  /** Keeps the room's record of a campaign already created, and which process runs it. */
  keepRoom(campaignId: string, process: string, room: RoomRecord): Promise<void>;
  /** Campaigns of `process` stored as started and not finished, oldest first. */
  running(process: string): Promise<RunningCampaign[]>;
  /** A campaign that could not be resumed: never left "running". */
  markInterrupted(campaignId: string): Promise<void>;
  /** Ids of the tournaments stored as open for registration, closed or running, oldest first. */
  openTournaments(): Promise<string[]>;
  /** One of them as stored, to be reopened; throws when it cannot be read back. */
  openTournament(id: string): Promise<OpenTournament | null>;
  /** A tournament that could not be reopened: never left open or running. Its results so far are kept. */
  markTournamentInterrupted(id: string): Promise<void>;
}
