const PHASES: Record<string, string> = { lobby: "in the lobby", policy: "acting", speech: "speeches", resolving: "resolving", reactions: "reactions", ended: "voting over" };

/** Where a live campaign stands, in a few words for a list: "round 2/5 · speeches". */
export function campaignProgress(phase: string, round: number, rounds: number): string {
  const words = PHASES[phase] ?? phase;
  return round > 0 ? `round ${round}/${rounds} · ${words}` : words;
}
