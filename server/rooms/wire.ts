import type { Client, Room } from "@colyseus/core";
import { packRecord } from "../../common/schemas/round-wire.ts";
import type { RoundStory, ServerMessage, ServerMessageType, ServerPayload } from "../../common/schemas/server-messages.ts";

const packStory = (story: RoundStory) => ({ ...story, record: packRecord(story.record) });

/**
 * A message in the form it travels: round stories with their records packed (the client's parsing unpacks them). The
 * `round` message names its fields, so a whole story handed to it never sends the round's speeches a second time.
 */
function onWire<T extends ServerMessageType>(type: T, payload: ServerMessage<T>): ServerPayload<T> {
  if (type === "round") {
    const { round, actions, ledger, record } = (payload as ServerMessage<"round">).story;
    return { story: { round, actions, ledger, record: packRecord(record) } } as ServerPayload<T>;
  }
  if (type === "story") {
    const story = payload as ServerMessage<"story">;
    return { ...story, latest: story.latest && packStory(story.latest) } as ServerPayload<T>;
  }
  return payload as ServerPayload<T>;
}

/** Sends one message of the server → client contract: the payload's type is checked against its schema at compile time. */
export function send<T extends ServerMessageType>(client: Client, type: T, payload: ServerMessage<T>): void {
  client.send(type, onWire(type, payload));
}

export function broadcast<T extends ServerMessageType>(room: Room, type: T, payload: ServerMessage<T>): void {
  room.broadcast(type, onWire(type, payload));
}
