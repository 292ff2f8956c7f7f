import { actionPhrase, TILE_LABELS } from "../../common/rules/labels.ts";
import type { Story } from "../net/story-log.ts";
import type { CampaignView } from "../net/view-model.ts";
import { badge, el, renderKeyed } from "./dom.ts";
import { VoteRace } from "./VoteRace.ts";

/**
 * What a spectator watches besides the map: the round's headline, the vote if the election were held now, and who
 * did what this round (live marks during the policy phase, the recorded deeds once the round resolved).
 */
export function renderBroadcast(container: HTMLElement, view: CampaignView, story: Story): void {
  const resolved = story.rounds.find((r) => r.round === view.round);
  const deeds = resolved
    ? resolved.actions.map((a) => ({ mayor: a.mayor, text: actionPhrase(a) }))
    : view.tiles.filter((t) => t.actedBy).map((t) => ({ mayor: t.actedBy, text: `turned a tile into a ${TILE_LABELS[t.type]}` }));
  const key = JSON.stringify([view.round, view.phase, view.citizens.map((c) => [c.name, c.bloc, c.approval]), deeds, resolved?.record.summary, view.mayors]);
  renderKeyed(container, key, () => {
    const total = view.citizens.reduce((s, c) => s + c.bloc, 0);
    const race = new VoteRace(view.mayors, total, "If the election were held now");
    race.set(new Map(view.mayors.map((m) => [m.id, m.projectedVotes])), total);
    const headline = resolved?.record.summary ?? story.rounds.at(-1)?.record.summary ?? "The campaign is under way.";
    return [
      el("p", { class: "headline", text: headline }),
      race.element,
      el("h4", { text: `Round ${view.round}: who did what` }),
      deeds.length === 0
        ? el("p", { class: "empty", text: "No action yet this round." })
        : el(
            "ul",
            { class: "deeds" },
            deeds.map((d) => {
              const m = view.mayors.find((x) => x.id === d.mayor);
              return el("li", {}, [m ? badge(m) : null, el("strong", { text: m?.name ?? "A mayor" }), ` ${d.text}`]);
            }),
          ),
    ];
  });
}
