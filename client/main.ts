import type { TournamentSettings } from "../common/schemas/tournament.ts";
import { JOIN_CODE_LENGTH } from "../common/schemas/messages.ts";
import { loadName } from "./net/player-name.ts";
import { loadSeat, type SavedSeat } from "./net/saved-seat.ts";
import { forgetTournamentSeat, loadTournamentSeat, returningTo, saveTournamentSeat } from "./net/tournament-seat.ts";
import { HomeScene } from "./scenes/HomeScene.ts";
import { ReplayScene } from "./scenes/ReplayScene.ts";
import { ReportScene } from "./scenes/ReportScene.ts";
import { Session } from "./session.ts";
import { animate, clearStage, createStage } from "./stage.ts";
import { toast } from "./ui/toasts.ts";

const ui = document.getElementById("ui")!;
const stage = await createStage(document.getElementById("stage")!);
let current: { destroy(): void } | null = null;
/** Counts screen changes, so a page that finishes loading after the player moved on is not shown. */
let shown = 0;

function clear(): void {
  shown += 1;
  current?.destroy();
  current = null;
  clearStage(stage);
}

function home(presetCode = ""): void {
  clear();
  history.replaceState(null, "", presetCode ? `/c/${presetCode}` : "/");
  const open = (join: (session: Session) => Promise<void>) => async () => {
    const session = new Session(ui, stage, () => home());
    await join(session);
    clear();
    current = session;
  };
  current = new HomeScene(ui, stage, {
    quickMatch: (name) => open((s) => s.connection.quickMatch(name))(),
    createPrivate: (name) => open((s) => s.connection.createPrivate(name))(),
    join: (code, name) => open((s) => s.connection.joinByCode(code, name))(),
    watch: (code) => open((s) => s.connection.spectate(code))(),
  }, presetCode);
}

function replay(id: string): void {
  clear();
  current = new ReplayScene(ui, stage, id, () => home());
}

function report(id: string): void {
  clear();
  current = new ReportScene(ui, id, () => home());
}

/** Shows a page whose code loads on demand (the first screen does not carry it). */
function lazy(make: () => Promise<{ destroy(): void }>): void {
  clear();
  // These pages draw nothing on the stage: it rests, rather than render an empty frame many times a second.
  animate(stage, false);
  const mine = shown;
  make().then(
    (scene) => (mine === shown ? (current = scene) : scene.destroy()),
    (error: Error) => {
      toast(`This page could not be loaded: ${error.message}`);
      home();
    },
  );
}

/** How long a reload keeps trying for a tournament seat: the server keeps it for the identity, whatever the window. */
const TOURNAMENT_RESUME_SECONDS = 30;

/**
 * A campaign of a tournament, played or watched from the tournament's page; leaving it goes back there. The tab
 * remembers the tournament with the seat, so a reload comes back to this campaign (`saved`, the seat to resume).
 */
function tournamentCampaign(roomId: string, tournament: string, spectator: boolean, saved?: SavedSeat): void {
  clear();
  saveTournamentSeat({ tournament, room: roomId, spectator });
  const back = () => {
    forgetTournamentSeat();
    tournamentPage(tournament);
  };
  const session = new Session(ui, stage, back);
  current = session;
  if (saved) {
    // The table's seat is the player's identity's as long as the table runs, whatever the reconnection window.
    void session.connection.resume({ ...saved, reconnectSeconds: Math.max(saved.reconnectSeconds ?? 0, TOURNAMENT_RESUME_SECONDS) });
    return;
  }
  (spectator ? session.connection.spectate(roomId) : session.connection.joinByCode(roomId, loadName())).catch((error: Error) => {
    toast(error.message);
    back();
  });
}

/** A tournament's page by code or id; with settings, the tournament is created first and its page shown. */
function tournamentPage(key: string, create?: TournamentSettings): void {
  if (key) history.replaceState(null, "", `/tournament/${key}`);
  const exits = { play: (room: string, t: string) => tournamentCampaign(room, t, false), watch: (room: string, t: string) => tournamentCampaign(room, t, true), home: () => home() };
  lazy(async () => new (await import("./scenes/TournamentScene.ts")).TournamentScene(ui, key, exits, create));
}

const PAGES: [RegExp, (match: string) => void][] = [
  [/^\/leaderboard$/, () => lazy(async () => new (await import("./scenes/LeaderboardScene.ts")).LeaderboardScene(ui))],
  [/^\/player\/(p[0-9a-f]{16})$/, (id) => lazy(async () => new (await import("./scenes/PlayerScene.ts")).PlayerScene(ui, id, () => home()))],
  [/^\/tournaments$/, () => lazy(async () => new (await import("./scenes/TournamentsScene.ts")).TournamentsScene(ui, (settings) => tournamentPage("", settings)))],
  [/^\/tournament\/([\w-]+)$/, (key) => tournamentPage(key)],
];

/** Routes: /replay/<id>, /report/<id>, /leaderboard, /player/<id>, /tournaments, /tournament/<code or id>, /watch/<CODE>, /c/<CODE> (the tab's own seat comes back after a reload), and the home page. */
function route(): void {
  const path = location.pathname;
  const inTournament = loadTournamentSeat();
  const saved = loadSeat();
  if (inTournament && saved && returningTo(saved, inTournament, path)) return tournamentCampaign(inTournament.room, inTournament.tournament, saved.spectator, saved);
  const replayMatch = /^\/replay\/([\w-]+)$/.exec(path);
  if (replayMatch) return replay(replayMatch[1]!);
  const reportMatch = /^\/report\/([\w-]+)$/.exec(path);
  if (reportMatch) return report(reportMatch[1]!);
  for (const [pattern, show] of PAGES) {
    const match = pattern.exec(path);
    if (match) return show(match[1] ?? "");
  }
  const seat = loadSeat();
  const code = new RegExp(`^/(?:c|watch)/([A-Za-z]{${JOIN_CODE_LENGTH}})$`).exec(path)?.[1]?.toUpperCase() ?? "";
  if (seat && (!code || seat.code === code)) {
    clear();
    const session = new Session(ui, stage, () => home());
    current = session;
    void session.connection.resume(seat);
    return;
  }
  if (code && path.startsWith("/watch/")) {
    clear();
    const session = new Session(ui, stage, () => home());
    current = session;
    session.connection.spectate(code).catch((error: Error) => {
      toast(error.message);
      home();
    });
    return;
  }
  home(code);
}

document.addEventListener("click", (event) => {
  const link = (event.target as Element).closest?.(":is(a[href^='/replay/'], a[href^='/report/'], a[href='/'], a[href='/leaderboard'], a[href^='/player/'], a[href^='/tournament']):not([target])");
  if (!link) return;
  event.preventDefault();
  history.pushState(null, "", link.getAttribute("href"));
  route();
});
window.addEventListener("popstate", route);
route();
