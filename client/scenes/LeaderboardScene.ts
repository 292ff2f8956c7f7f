import type { LeaderboardLine } from "../../common/schemas/players-api.ts";
import { fetchLeaderboard } from "../net/competition-api.ts";
import { loadIdentity } from "../net/identity.ts";
import { el, setChildren } from "../ui/dom.ts";
import { columnHeads, scrollable } from "../ui/board-table.ts";
import { pageHead } from "../ui/page-head.ts";
import { provisionalTag, RATING_EXPLAINED, ratingText } from "../ui/rating-text.ts";
import { toast } from "../ui/toasts.ts";

/**
 * The leaderboard (/leaderboard): every rated human, best conservative rating first, with its uncertainty, the
 * provisional mark and the rated campaigns played. Bots are never rated, so they never appear here.
 */
export class LeaderboardScene {
  readonly element = el("div", { class: "page screen", attrs: { "aria-busy": "true" } });
  private readonly board = el("div", { class: "page-card" }, [el("p", { class: "muted", text: "Loading the leaderboard…" })]);
  private destroyed = false;

  constructor(host: HTMLElement) {
    setChildren(this.element, [
      pageHead(
        "Leaderboard",
        "Humans only: bots never play for rating. Play a rated tournament, or a match its host made rated, to earn your place.",
      ),
      this.board,
      el("p", { class: "page-card muted", text: RATING_EXPLAINED }),
    ]);
    host.append(this.element);
    fetchLeaderboard().then(
      (lines) => !this.destroyed && this.render(lines),
      (error: Error) => {
        toast(`The leaderboard cannot be shown: ${error.message}`);
        setChildren(this.board, [el("p", { class: "muted", text: "The leaderboard could not be loaded. Reload the page to try again." })]);
      },
    );
  }

  destroy(): void {
    this.destroyed = true;
    this.element.remove();
  }

  private render(lines: LeaderboardLine[]): void {
    this.element.removeAttribute("aria-busy");
    const me = loadIdentity()?.id;
    if (lines.length === 0) {
      setChildren(this.board, [el("p", { class: "empty", text: "Nobody is rated yet. Finish a rated campaign to be the first on the board." })]);
      return;
    }
    const head = columnHeads([["#", "Place"], ["Player"], ["Rating"], ["Games", "Rated campaigns"]]);
    const rows = lines.map((line) =>
      el("tr", { class: line.player.id === me ? "board-me" : "", attrs: { "data-player": line.player.id } }, [
        el("td", { class: "board-place", text: String(line.place) }),
        el("th", { attrs: { scope: "row" } }, [
          el("a", { text: line.label, attrs: { href: `/player/${line.player.id}` } }),
          line.player.id === me ? el("span", { class: "tag tag-you", text: "you" }) : null,
        ]),
        el("td", {}, [el("span", { class: "board-rating", text: ratingText(line.player.rating) }), provisionalTag(line.player.rating)]),
        el("td", { text: String(line.player.rating.games) }),
      ]),
    );
    setChildren(this.board, [
      scrollable("Leaderboard", [
        el("table", { class: "board" }, [
          el("caption", { class: "sr-only", text: "Players by rating, best first" }),
          el("thead", {}, [el("tr", {}, head)]),
          el("tbody", {}, rows),
        ]),
      ]),
    ]);
  }
}
