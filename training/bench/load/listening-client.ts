import { Client, type Room } from "colyseus.js";

export type MessageListener = (type: string, data: unknown) => void;

/**
 * A colyseus.js client whose rooms hand every message to `listener` from their first byte: the handler is attached
 * when the room object is made, before it connects, so a message sent during the server's onJoin is never dropped.
 */
export class ListeningClient extends Client {
  constructor(
    endpoint: string,
    private readonly listener: MessageListener,
  ) {
    super(endpoint);
  }

  protected override createRoom<T>(roomName: string, rootSchema?: new () => T): Room<T> {
    const room = super.createRoom(roomName, rootSchema);
    room.onMessage("*", (type, data) => this.listener(String(type), data));
    return room;
  }
}

/** Leaves every room that is still open; a room whose socket is already gone is skipped. */
export async function leaveAll(rooms: readonly Room[]): Promise<void> {
  await Promise.all(rooms.map((room) => (room.connection.isOpen ? room.leave(true).catch(() => 0) : 0)));
}
