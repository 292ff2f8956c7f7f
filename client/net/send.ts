import type { Room } from "colyseus.js";
import type { ClientMessage, ClientMessageType } from "../../common/schemas/messages.ts";

/** Sends an intent shaped by the shared message schemas; the room checks it again and answers "error" when refused. */
export function send<T extends ClientMessageType>(room: Room, type: T, message: ClientMessage<T>): void {
  room.send(type, message);
}
