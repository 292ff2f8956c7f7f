import { expect } from "vitest";
import type { ServerMessage } from "../../../common/schemas/server-messages.ts";
import { sameState, sleep, type Player } from "./player.ts";

/** Three patch intervals (50 ms each): a state change caused by a message would have reached every client by then. */
const QUIET_MS = 150;

/**
 * Waits until `watchers` decode the same state, then takes a snapshot; `unchanged()` checks that no patch came
 * since and that the states are still equal to it.
 */
export async function watch(watchers: readonly Player[]) {
  await sameState(watchers);
  const before = watchers.map((w) => ({ w, mark: w.mark(), json: JSON.stringify(w.state) }));
  return {
    async unchanged(): Promise<void> {
      await sleep(QUIET_MS);
      for (const { w, mark, json } of before) {
        expect(w.states(mark), `${w.name} got a state patch`).toEqual([]);
        expect(JSON.stringify(w.state)).toBe(json);
      }
    },
  };
}

/** A message the room must refuse: its type, its payload and the error code expected back. */
export type BadMessage = [type: string | number, payload: unknown, code: string];

/**
 * Sends bad messages one after another (paced under the rate limit) and expects each refused, in order: an "error"
 * message to the sender with the code, a readable sentence and the refused type; and no change to the state any
 * watcher decodes.
 */
export async function expectRefused(sender: Player, watchers: readonly Player[], messages: readonly BadMessage[]): Promise<ServerMessage<"error">[]> {
  const watching = await watch(watchers);
  const mark = sender.mark();
  for (const [type, payload] of messages) {
    await sender.pace();
    sender.send(type, payload);
  }
  await sender.log.until(() => sender.errors(mark).length >= messages.length, `${sender.name}: ${messages.length} refusals`);
  const errors = sender.errors(mark);
  messages.forEach(([type, payload, code], i) => {
    const error = errors[i]!;
    expect(error, `${JSON.stringify(type)} ${JSON.stringify(payload)?.slice(0, 80)}`).toMatchObject({ code });
    expect(error.message).toMatch(/^[A-Z"].{8,}/);
    if (code !== "unknown_message") expect(error.refused).toBe(String(type));
  });
  await watching.unchanged();
  expect(sender.errors(mark)).toHaveLength(messages.length);
  return errors;
}
