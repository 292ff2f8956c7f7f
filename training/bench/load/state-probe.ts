import type { Room } from "colyseus.js";
import { CampaignState } from "../../../common/state/CampaignState.ts";
import { openGameRoom, type GameMeters } from "./game-room.ts";
import { ListeningClient } from "./listening-client.ts";
import { roomBytes, Samples } from "./meter.ts";

/** What one round weighs: the full state a late spectator decodes, all it receives on joining, and a mayor's round. */
export interface RoundWeight {
  round: number;
  phase: string;
  fullStateBytes: number;
  joinBytes: number;
  /** Everything one mayor received since the previous probe (the round before). */
  mayorRoundBytes: number;
}

/** How long a late joiner waits for the story when the room may have none to send (before the first round ends). */
const STORY_WAIT_MS = 1000;
const POLL_MS = 100;

/** A spectator joins; what it received once it holds the full state and the story (welcome, state, story). */
async function lateSpectator(endpoint: string, code: string): Promise<{ fullStateBytes: number; joinBytes: number }> {
  let told: () => void = () => {};
  const story = new Promise<void>((done) => {
    told = done;
    setTimeout(done, STORY_WAIT_MS);
  });
  const room: Room = await new ListeningClient(endpoint, (type) => type === "story" && told()).joinById(code, { spectator: true }, CampaignState);
  await story;
  const { fullState, total } = roomBytes(room);
  await room.leave(true);
  return { fullStateBytes: fullState, joinBytes: total };
}

/**
 * Plays one hurried campaign (every mayor acts and speaks at once, so a round takes seconds) and, at the start of
 * every round and at the end, joins a spectator to weigh what a late joiner receives. Resolves after the election, or when the server goes.
 */
export async function weighRounds(endpoint: string): Promise<RoundWeight[]> {
  const meters: GameMeters = { latency: new Samples(), resolving: new Samples() };
  const load = await openGameRoom(endpoint, 0, meters, true);
  const mayor = load.rooms[0] as Room<CampaignState>;
  const weights: RoundWeight[] = [];
  let seen = "";
  let lastBytes = 0;
  try {
    // The server may stop first (a short run): then the rounds weighed so far are the answer.
    while (mayor.connection.isOpen) {
      const { phase, round } = mayor.state;
      const stage = `${phase}:${round}`;
      if ((phase === "policy" || phase === "ended") && stage !== seen) {
        seen = stage;
        const total = roomBytes(mayor).total;
        weights.push({ round, phase, ...(await lateSpectator(endpoint, mayor.roomId)), mayorRoundBytes: total - lastBytes });
        lastBytes = total;
        if (phase === "ended") return weights;
      }
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
    return weights;
  } finally {
    await load.close();
  }
}
