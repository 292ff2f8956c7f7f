import { createServer } from "node:http";
import { Room, Server, type Client } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { BareCitizen, BarePlayer, BareState, BareTile } from "./bare-state.ts";

const TILE_TYPES = ["HEALTHY_FOREST", "RIVER", "FARMLAND", "FACTORY", "HOUSING", "WASTELAND"];
const CITIZENS = 12;

class BareRoom extends Room<BareState> {
  state = new BareState();
  maxClients = 46;

  onCreate(): void {
    for (let i = 0; i < 100; i++) this.state.tiles.push(new BareTile().assign({ type: TILE_TYPES[i % TILE_TYPES.length]! }));
    for (let i = 0; i < CITIZENS; i++) this.state.citizens.push(new BareCitizen().assign({ name: `Citizen ${i + 1}`, role: "townsperson", bloc: 1 + (i % 3) }));
    this.onMessage("act", (client, message: { x: number; y: number }) => {
      const player = this.state.players.get(client.sessionId);
      const tile = this.state.tiles[message.y * 10 + message.x];
      if (!player || !tile) return;
      tile.actedBy = player.id;
      tile.type = TILE_TYPES[(TILE_TYPES.indexOf(tile.type) + 1) % TILE_TYPES.length]!;
      player.actions++;
      const citizen = this.state.citizens[player.actions % CITIZENS]!;
      citizen.approval.set(player.id, (player.actions * 7) % 100);
    });
  }

  onJoin(client: Client, options: { spectator?: boolean }): void {
    if (options.spectator) return;
    const seat = this.state.players.size + 1;
    this.state.players.set(client.sessionId, new BarePlayer().assign({ id: `m${seat}`, name: `Mayor ${seat}`, seat }));
    for (const citizen of this.state.citizens) citizen.approval.set(`m${seat}`, 50);
  }

  onLeave(client: Client): void {
    this.state.players.delete(client.sessionId);
  }
}

const http = createServer((req, res) => {
  res.writeHead(req.url === "/health" ? 200 : 404).end();
});
const server = new Server({ transport: new WebSocketTransport({ server: http }), greet: false, gracefullyShutdown: false });
server.define("bare", BareRoom);
await server.listen(Number(process.env.PORT), process.env.HOST);
process.once("SIGTERM", () => process.exit(0));
