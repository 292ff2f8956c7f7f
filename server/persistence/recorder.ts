import type { ResolveReport } from "../../providers/resolve-round.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import type { ResumeStore, RoomRecord } from "./ResumeStore.ts";
import type { Store } from "./Store.ts";
import type { WriteQueue } from "./write-queue.ts";
import { landedWithin } from "./landed-within.ts";

/** Storage as a room sees it: every call is queued and retried by the recorder; none may block the game for long. */
export interface CampaignRecorder {
  /** Stores a new campaign with what its room needs to be reopened after a restart. */
  campaignStarted(id: string, code: string, campaign: Campaign, seats: { mayor: MayorId; bot: string | null }[], room: RoomRecord): void;
  /**
   * Stores a resolved round as part of resolving: resolves once the write landed, or once the resolving phase that
   * began at `resolvingSinceMs` (epoch ms) is past its deadline, whichever comes first. Never rejects.
   */
  roundResolved(id: string, campaign: Campaign, report: ResolveReport, resolvingSinceMs: number): Promise<void>;
  campaignFinished(id: string, campaign: Campaign): void;
}

export interface RecorderOptions {
  /** Resolving's hard deadline (models and the round's write together). */
  resolveDeadlineMs: number;
  log: (line: string) => void;
  resume: ResumeStore;
  /** This server process (its public address, "" for a single process): whose campaigns it resumes on start. */
  process: string;
}

/** The room's view of storage: each write goes through the queue, in order per campaign, retried until it lands. */
export function queuedRecorder(store: Store, queue: WriteQueue, { resolveDeadlineMs, log, resume, process }: RecorderOptions): CampaignRecorder {
  // A model answer that used up the deadline must not cost the round its durability: the write always gets this long.
  const leastWaitMs = Math.ceil(resolveDeadlineMs / 4);
  return {
    campaignStarted(id, code, campaign, seats, room) {
      const bots = new Map(seats.map((s) => [s.mayor, s.bot]));
      const mayors = campaign.settings.mayors.map((m, i) => ({ ...m, seat: i + 1, isBot: bots.get(m.id) != null, strategy: bots.get(m.id) ?? null }));
      void queue.enqueue(id, "create campaign", () => store.createCampaign({ id, code, settings: campaign.settings, mayors }));
      void queue.enqueue(id, "room record", () => resume.keepRoom(id, process, room));
    },
    async roundResolved(id, campaign, report, resolvingSinceMs) {
      const write = queue.enqueue(id, `round ${campaign.round}`, () => store.saveRound(id, campaign, report));
      const waitMs = Math.max(leastWaitMs, resolvingSinceMs + resolveDeadlineMs - Date.now());
      if (await landedWithin(write, waitMs)) return;
      log(
        `campaign ${id}: round ${campaign.round} is not stored yet (the database does not answer); the campaign goes on, ` +
          `the round stays queued and is written in order when the database is back (${queue.status().pending} writes waiting)`,
      );
    },
    campaignFinished(id, campaign) {
      void queue.enqueue(id, "election", () => store.finishCampaign(id, campaign));
    },
  };
}
