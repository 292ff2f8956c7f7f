import { CampaignSettings, type Campaign } from "../schemas/campaign.ts";
import type { Citizen } from "../schemas/game.ts";
import { CORE_CAST } from "../rules/cast.ts";
import { START_BARS } from "../rules/constants.ts";
import { startMap } from "../rules/start-map.ts";

/** A new campaign at the start of round 1's policy phase. Throws on invalid settings (a bug in the caller). */
export function createCampaign(settings: CampaignSettings): Campaign {
  const valid = CampaignSettings.parse(settings);
  const citizens: Citizen[] = CORE_CAST.map((member, i) => ({
    id: `c${i + 1}`,
    name: member.name,
    role: member.role,
    age: member.age,
    personality: member.personality,
    kind: "core",
    bloc: member.bloc,
    approval: Object.fromEntries(valid.mayors.map((m) => [m.id, member.startApproval])),
    linkedMayor: null,
    remainingRounds: null,
    arrivedRound: 0,
  }));
  return {
    settings: valid,
    rng: valid.seed,
    round: 1,
    phase: "policy",
    map: startMap(),
    bars: { ...START_BARS },
    citizens,
    formerCitizens: [],
    promises: [],
    contradictions: [],
    actions: [],
    speeches: [],
    done: [],
    extracted: false,
    rounds: [],
    counters: { promise: 0, contradiction: 0, citizen: citizens.length },
    result: null,
    history: [],
  };
}
