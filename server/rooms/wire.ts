import type { Client, Room } from "@colyseus/core";
import type { ServerMessage, ServerMessageType } from "../../common/schemas/server-messages.ts";

/** Sends one message of the server → client contract: the payload's type is checked against its schema at compile time. */
export function send<T extends ServerMessageType>(client: Client, type: T, payload: ServerMessage<T>): void {
  client.send(type, payload);
}

export function broadcast<T extends ServerMessageType>(room: Room, type: T, payload: ServerMessage<T>): void {
  room.broadcast(type, payload);
}
