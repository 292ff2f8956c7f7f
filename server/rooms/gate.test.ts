import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_BYTES } from "../../common/schemas/messages.ts";
import { gate } from "./gate.ts";

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

describe("the gate", () => {
  it("lets an honest message through, typed", () => {
    const result = gate("act", { x: 1, y: 2, action: "DEMOLISH" });
    expect(result).toEqual({ ok: true, message: { type: "act", data: { x: 1, y: 2, action: "DEMOLISH" } } });
  });

  it.each(PROTOTYPE_NAMES)("refuses the inherited name %s as a message type", (name) => {
    expect(gate(name, {})).toMatchObject({ ok: false, code: "unknown_message" });
  });

  it.each([42, null, undefined, Symbol("x"), { toString: () => "act" }])("refuses a type that is not a string (%s)", (type) => {
    expect(gate(type, {})).toMatchObject({ ok: false, code: "unknown_message" });
  });

  it("refuses a BigInt, a function and a symbol anywhere in the payload", () => {
    expect(gate("speak", { text: 10n })).toMatchObject({ ok: false, code: "invalid", refused: "speak" });
    expect(gate("speak", { text: [1, 2, { deep: 3n }] })).toMatchObject({ ok: false, code: "invalid" });
    expect(gate("speak", { text: () => "hi" })).toMatchObject({ ok: false, code: "invalid" });
    expect(gate("speak", { text: Symbol("s") })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("refuses a cyclic payload without serializing it", () => {
    const cyclic: Record<string, unknown> = { text: "hello" };
    cyclic.self = cyclic;
    const list: unknown[] = [];
    list.push(list);
    expect(gate("speak", cyclic)).toMatchObject({ ok: false, code: "invalid" });
    expect(gate("speak", { text: list })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("refuses arrays and maps nested thousands deep without exhausting the stack", () => {
    expect(gate("speak", nested(5000, 1, true))).toMatchObject({ ok: false, code: "invalid" });
    expect(gate("speak", nested(5000, 1, false))).toMatchObject({ ok: false, code: "invalid" });
  });

  it("refuses an oversized payload by its size, before any schema", () => {
    expect(gate("speak", { text: "x".repeat(MAX_MESSAGE_BYTES) })).toMatchObject({ ok: false, code: "too_large" });
    expect(gate("act", { x: Array.from({ length: MAX_MESSAGE_BYTES }, () => 1) })).toMatchObject({ ok: false, code: "too_large" });
  });

  it("refuses a payload that breaks the message's schema, naming the field", () => {
    expect(gate("act", { x: 11, y: 0, action: "DEMOLISH" })).toMatchObject({ ok: false, code: "invalid", message: expect.stringMatching(/^Invalid "act": x/) });
    expect(gate("ready", { ready: true, extra: 1 })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("never throws, whatever it is given", () => {
    const payloads: unknown[] = [undefined, null, 0, "", [], {}, new Uint8Array(10), new Date(), Object.create(null), nested(40, 10n, false)];
    for (const type of [...PROTOTYPE_NAMES, "act", "speak", "profile", "settings"]) {
      for (const payload of payloads) expect(() => gate(type, payload)).not.toThrow();
    }
  });
});
