import { showRating } from "../../common/rating/display.ts";
import type { PlayedCampaign, PlayerProfile } from "../../common/schemas/players-api.ts";
import { fetchPlayer } from "../net/competition-api.ts";
import { IDENTITY_NOTE, loadIdentity } from "../net/identity.ts";
import { lineChart } from "../ui/ApprovalChart.ts";
import { el, setChildren } from "../ui/dom.ts";
import { pageHead } from "../ui/page-head.ts";
import { place } from "../ui/place.ts";
import { provisionalTag, RATING_EXPLAINED, ratingText } from "../ui/rating-text.ts";
import { toast } from "../ui/toasts.ts";

const RATING_AXES = { x: "Rated campaign", y: "Rating", range: null };
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The rating before the first rated campaign, then after each one, oldest first (the API lists the newest first). */
function ratingSteps(profile: PlayerProfile): { steps: number[]; ordinals: number[] } {
  const history = [...profile.ratingHistory].reverse();
  const first = history[0];
  if (!first) return { steps: [], ordinals: [] };
  const ordinals = [first.before, ...history.map((h) => h.after)].map((skill, games) => round1(showRating(skill, games).ordinal));
  return { steps: ordinals.map((_, i) => i), ordinals };
}

function campaignLine(c: PlayedCampaign): HTMLElement {
  const when = c.finishedAt ? new Date(c.finishedAt).toLocaleDateString() : "";
  const result = c.rank ? `${place(c.rank)} of ${c.mayors}` : `${c.mayors} mayors`;
  const status = c.status === "finished" ? `${result} · ${when}` : c.status === "running" ? `${result} · playing now` : "in its lobby";
  return el("li", { class: "list-item", attrs: { "data-campaign": c.campaignId } }, [
    el("span", { class: "code-chip", text: c.code }),
    el("span", { class: "muted grow", text: status }),
    c.status === "finished" ? el("a", { class: "button ghost small", text: "Replay", attrs: { href: `/replay/${c.campaignId}`, "aria-label": `Replay campaign ${c.code}` } }) : null,
    c.status === "finished" ? el("a", { class: "button ghost small", text: "Report", attrs: { href: `/report/${c.campaignId}`, "aria-label": `Report of campaign ${c.code}` } }) : null,
    c.status !== "finished" ? el("a", { class: "button ghost small", text: "Watch", attrs: { href: `/watch/${c.code}`, "aria-label": `Watch campaign ${c.code}` } }) : null,
  ]);
}

/** A player's page (/player/<id>): the rating now and over time, and the campaigns they sat in with replay links. */
export class PlayerScene {
  readonly element = el("div", { class: "page screen", attrs: { "aria-busy": "true" } });
  private destroyed = false;

  constructor(host: HTMLElement, id: string, onExit: () => void) {
    host.append(this.element);
    fetchPlayer(id).then(
      (profile) => !this.destroyed && this.render(profile),
      (error: Error) => {
        toast(`This player cannot be shown: ${error.message}`);
        onExit();
      },
    );
  }

  destroy(): void {
    this.destroyed = true;
    this.element.remove();
  }

  private render(profile: PlayerProfile): void {
    const { player } = profile;
    const mine = loadIdentity()?.id === player.id;
    const { steps, ordinals } = ratingSteps(profile);
    this.element.removeAttribute("aria-busy");
    setChildren(this.element, [
      pageHead(
        mine ? `${player.name} (you)` : player.name,
        mine ? IDENTITY_NOTE : "A player's rating and the campaigns they sat in. Replay any finished one, or open its report.",
      ),
      el("section", { class: "page-card" }, [
        el("h2", {}, ["Rating ", el("span", { class: "board-rating", text: ratingText(player.rating) }), provisionalTag(player.rating)]),
        el("p", { class: "muted", text: `${player.rating.games} rated campaigns. ${RATING_EXPLAINED}` }),
        steps.length > 1
          ? lineChart(`${player.name}'s rating after each rated campaign`, steps, [{ label: "Rating", color: "#3cc37a", values: ordinals }], RATING_AXES)
          : el("p", { class: "empty", text: "No rated campaign yet: the chart starts with the first one." }),
      ]),
      el("section", { class: "page-card" }, [
        el("h2", { text: "Recent campaigns" }),
        profile.recentCampaigns.length === 0
          ? el("p", { class: "empty", text: "No campaign yet." })
          : el("ul", { class: "list" }, profile.recentCampaigns.map(campaignLine)),
      ]),
    ]);
  }
}
