import type { CitizenFacts, CitizensInput, MayorRoundFacts } from "../../../common/schemas/contracts/citizens.ts";
import { CORE_CAST } from "../../../common/rules/cast.ts";

/** Builders for the citizens engine's tests: the core cast and plain mayors to be filled in per test. */
export function coreCitizens(mayorIds: readonly string[]): CitizenFacts[] {
  return CORE_CAST.map((c) => ({
    name: c.name,
    role: c.role,
    personality: c.personality,
    kind: "core",
    bloc: c.bloc,
    approval: Object.fromEntries(mayorIds.map((id) => [id, c.startApproval])),
    linkedMayor: null,
  }));
}

export function mayor(id: string, name: string, facts: Partial<MayorRoundFacts> = {}): MayorRoundFacts {
  return { id, name, promises: [], contradictions: [], actions: [], outcomes: [], ...facts };
}

export function roundInput(mayors: MayorRoundFacts[], overrides: Partial<CitizensInput> = {}): CitizensInput {
  return {
    round: 2,
    finalRound: 5,
    bars: { ecology: 45, economy: 60, research: 10 },
    citizens: coreCitizens(mayors.map((m) => m.id)),
    mayors,
    ...overrides,
  };
}
