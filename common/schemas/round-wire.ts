import { z } from "zod";
import { ApprovalChange, BarCause, BarCauseKind, RoundRecord, type RoundRecord as Record } from "./campaign.ts";
import { BarName, MayorId, Tone } from "./game.ts";

/**
 * The compact wire form of a round's record, for the `round` and `story` messages: the same facts as `RoundRecord`
 * without the repetition a client can undo. Approval changes travel as runs (consecutive silent changes of one mayor,
 * cause and promise share one entry; a citizen is an index into the round's name list), bar causes as tuples.
 * `packRecord` and `unpackRecord` are exact inverses.
 */
const ChangeRun = z.object({
  mayor: MayorId,
  cause: ApprovalChange.shape.cause,
  promiseId: z.string().nullable(),
  /** citizen index, delta, citizen index, delta, … in the order applied. */
  deltas: z.array(z.number().int()).refine((d) => d.length >= 2 && d.length % 2 === 0, "pairs of citizen index and delta"),
  /** Only on a reaction that speaks (its run holds that one change). */
  dialogue: z.string().optional(),
  tone: Tone.optional(),
});
type ChangeRun = z.infer<typeof ChangeRun>;

/** bar, delta, kind, tile x, tile y, source x, source y (−1 for none), mayor ("" for none), text. */
const WireCause = z.tuple([BarName, z.number().int(), BarCauseKind, z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.string(), z.string()]);
type WireCause = z.infer<typeof WireCause>;

export const WireRecord = RoundRecord.omit({ approvalChanges: true, barCauses: true }).extend({
  citizens: z.array(z.string()),
  changes: z.array(ChangeRun),
  causes: z.array(WireCause),
});
export type WireRecord = z.infer<typeof WireRecord>;

function packCause(c: BarCause): WireCause {
  return [c.bar, c.delta, c.kind, c.tile?.x ?? -1, c.tile?.y ?? -1, c.source?.x ?? -1, c.source?.y ?? -1, c.mayor ?? "", c.text];
}

function unpackCause([bar, delta, kind, x, y, sx, sy, mayor, text]: WireCause): BarCause {
  const at = (px: number, py: number) => (px < 0 ? null : { x: px, y: py });
  return BarCause.parse({ bar, delta, kind, tile: at(x, y), source: at(sx, sy), mayor: mayor || null, text });
}

export function packRecord(record: Record): WireRecord {
  const { approvalChanges, barCauses, ...rest } = record;
  const citizens: string[] = [];
  const index = new Map<string, number>();
  const changes: ChangeRun[] = [];
  for (const c of approvalChanges) {
    let i = index.get(c.citizen);
    if (i === undefined) {
      i = citizens.push(c.citizen) - 1;
      index.set(c.citizen, i);
    }
    const last = changes.at(-1);
    const silent = c.dialogue === null && c.tone === null;
    if (silent && last && last.dialogue === undefined && last.tone === undefined && last.mayor === c.mayor && last.cause === c.cause && last.promiseId === c.promiseId) {
      last.deltas.push(i, c.delta);
      continue;
    }
    changes.push({
      mayor: c.mayor,
      cause: c.cause,
      promiseId: c.promiseId,
      deltas: [i, c.delta],
      ...(c.dialogue === null ? {} : { dialogue: c.dialogue }),
      ...(c.tone === null ? {} : { tone: c.tone }),
    });
  }
  return { ...rest, citizens, changes, causes: barCauses.map(packCause) };
}

/** The record back in full; a citizen index outside the name list is an error, never a guess. */
export function unpackRecord(wire: WireRecord): Record {
  const { citizens, changes, causes, ...rest } = wire;
  const approvalChanges = changes.flatMap((run) =>
    Array.from({ length: run.deltas.length / 2 }, (_, k) => {
      const citizen = citizens[run.deltas[2 * k]!];
      if (citizen === undefined) throw new Error(`approval change for citizen #${run.deltas[2 * k]}, beyond the round's ${citizens.length} names`);
      return { citizen, mayor: run.mayor, delta: run.deltas[2 * k + 1]!, cause: run.cause, dialogue: run.dialogue ?? null, tone: run.tone ?? null, promiseId: run.promiseId };
    }),
  );
  return { ...rest, approvalChanges, barCauses: causes.map(unpackCause) };
}
