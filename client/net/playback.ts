import type { RoundRecord } from "../../common/schemas/campaign.ts";

export type Approvals = Record<string, Record<string, number>>;

export interface PlaybackStep {
  kind: "change" | "arrival";
  citizen: string;
  /** The mayor concerned; null for a newcomer who speaks to the whole town. */
  mayor: string | null;
  delta: number;
  cause: string;
  /** What the citizen says, or null for a silent change (a promise settled, solidarity, blame). */
  line: string | null;
  tone: string | null;
  /** Every approval as shown once this step has played. */
  approvals: Approvals;
}

const copy = (approvals: Approvals): Approvals => Object.fromEntries(Object.entries(approvals).map(([c, a]) => [c, { ...a }]));

/**
 * The order in which a resolved round is played back: newcomers first, then every approval change in the order the
 * engine applied it. Approvals start from the round's final ones minus every change, so the bars end where the state is.
 */
export function playbackSteps(record: RoundRecord): { start: Approvals; steps: PlaybackStep[] } {
  const current = copy(record.approvalAfter);
  for (const change of record.approvalChanges) {
    const row = (current[change.citizen] ??= {});
    row[change.mayor] = (row[change.mayor] ?? 0) - change.delta;
  }
  const start = copy(current);
  const steps: PlaybackStep[] = record.arrived.map((a) => ({
    kind: "arrival",
    citizen: a.citizen,
    mayor: a.linkedMayor,
    delta: 0,
    cause: "arrival",
    line: a.openingLine,
    tone: a.tone,
    approvals: copy(current),
  }));
  for (const change of record.approvalChanges) {
    const row = current[change.citizen]!;
    row[change.mayor] = row[change.mayor]! + change.delta;
    steps.push({
      kind: "change",
      citizen: change.citizen,
      mayor: change.mayor,
      delta: change.delta,
      cause: change.cause,
      line: change.dialogue,
      tone: change.tone,
      approvals: copy(current),
    });
  }
  return { start, steps };
}

/** How long each step shows so that the whole round fits in the reactions phase (with a moment left to read). */
export function stepDurationMs(steps: number, phaseMs: number): number {
  if (steps === 0) return 0;
  return Math.max(120, Math.min(2600, (phaseMs * 0.85) / steps));
}
