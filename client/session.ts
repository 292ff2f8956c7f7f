import { bindCampaign } from "./net/bindings.ts";
import { Connection, type CampaignRoom } from "./net/connection.ts";
import type { SavedSeat } from "./net/saved-seat.ts";
import { send } from "./net/send.ts";
import { emptyStory, reduceStory, type Story } from "./net/story-log.ts";
import type { CampaignView } from "./net/view-model.ts";
import type { ClientMessage, ClientMessageType } from "../common/schemas/messages.ts";
import { CampaignScene, type CampaignActions } from "./scenes/CampaignScene.ts";
import { LobbyScene, type LobbyActions } from "./scenes/LobbyScene.ts";
import type { Stage } from "./stage.ts";
import { confirmDialog } from "./ui/confirm.ts";
import { clearToasts, toast } from "./ui/toasts.ts";

/**
 * One campaign seen by this tab: the connection, the view model and the story, and the scene that shows them
 * (the lobby before the start, the campaign after). It survives reconnects: a new room re-binds the same scene.
 */
export class Session {
  readonly connection: Connection;
  private view: CampaignView | null = null;
  private story: Story = emptyStory();
  private scene: LobbyScene | CampaignScene | null = null;
  private unbind: (() => void) | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly stage: Stage,
    private readonly onExit: () => void,
  ) {
    this.connection = new Connection({
      room: (room, seat) => this.bind(room, seat),
      message: (...args) => {
        if (args[0] === "error") toast(args[1].message);
        if (args[0] === "notice") toast(args[1].message, "info");
        this.story = reduceStory(this.story, ...args);
        this.render();
      },
      status: (status, detail) => {
        if (this.scene instanceof CampaignScene) this.scene.top.setLink(status);
        if (status === "reconnecting" && this.view) toast("Connection lost. Getting your seat back…", "info");
        if (status === "lost") {
          toast(detail ?? "The connection to the campaign was lost.");
          this.exit();
        }
      },
    });
  }

  async leave(): Promise<void> {
    await this.connection.leave();
    this.exit();
  }

  private bind(room: CampaignRoom, seat: SavedSeat): void {
    this.unbind?.();
    this.story = { ...this.story, mayor: seat.mayor ?? this.story.mayor, spectator: seat.spectator };
    clearToasts();
    history.replaceState(null, "", `/c/${room.roomId}`);
    this.unbind = bindCampaign(
      room,
      (view) => {
        this.view = view;
        this.render();
      },
      () => this.connection.clockOffsetMs,
    );
  }

  private render(): void {
    const view = this.view;
    if (!view) return;
    // A rematch brings the room back to its lobby: the last campaign's story is over.
    if (view.phase === "lobby" && (this.story.rounds.length > 0 || this.story.result)) this.story = emptyStory(this.story.mayor, this.story.spectator);
    const me = view.mayors.find((m) => m.id === this.story.mayor) ?? null;
    const live = { view, story: this.story, me };
    if (view.phase === "lobby") {
      if (!(this.scene instanceof LobbyScene)) this.show(new LobbyScene(this.host, view.code, this.lobbyActions()));
    } else if (!(this.scene instanceof CampaignScene)) {
      this.show(new CampaignScene(this.host, this.stage, view.code, this.campaignActions()));
    }
    this.scene!.update(live);
  }

  private show(scene: LobbyScene | CampaignScene): void {
    this.scene?.destroy();
    this.scene = scene;
  }

  destroy(): void {
    this.unbind?.();
    this.unbind = null;
    this.scene?.destroy();
    this.scene = null;
  }

  private exit(): void {
    this.destroy();
    this.onExit();
  }

  /** Sends through whichever room is current, so scenes keep working after a reconnect. */
  private send<T extends ClientMessageType>(type: T, message: ClientMessage<T>): void {
    const room = this.connection.room;
    if (room) send(room, type, message);
    else toast("Not connected right now; try again in a moment.");
  }

  private lobbyActions(): LobbyActions {
    return {
      profile: (change) => this.send("profile", change),
      ready: (ready) => this.send("ready", { ready }),
      settings: (change) => this.send("settings", change),
      bot: (strategy) => this.send("bot", { strategy }),
      removeBot: (mayor) => this.send("removeBot", { mayor }),
      start: () => this.send("start", {}),
      leave: () => void this.leave(),
    };
  }

  private campaignActions(): CampaignActions {
    return {
      act: (x, y, action) => this.send("act", { x, y, action }),
      done: () => this.send("done", {}),
      speak: (text) => this.send("speak", { text }),
      leave: () => void this.leaveCampaign(),
      rematch: () => this.send("rematch", {}),
    };
  }

  /** A mayor leaving a running campaign gives up the seat for good, so the page asks first. */
  private async leaveCampaign(): Promise<void> {
    const running = this.view && this.view.phase !== "ended" && this.view.phase !== "lobby";
    if (running && !this.story.spectator) {
      const sure = await confirmDialog(
        "Leave the campaign?",
        "Your seat is given up: the other mayors play on without you, and your citizens will not wait.",
        "Leave",
        "Stay",
      );
      if (!sure) return;
    }
    await this.leave();
  }
}
