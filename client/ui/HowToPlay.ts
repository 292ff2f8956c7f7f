import { COLLAPSE_BELOW } from "../../common/rules/constants.ts";
import { ELECTION_RULE } from "../../common/rules/election.ts";
import { ACTIONS_PER_ROUND } from "../../common/schemas/game.ts";
import { el } from "./dom.ts";

/** The rules in five lines, for the home page and the lobby; open by default where a newcomer first lands. */
export function howToPlay(open: boolean): HTMLElement {
  const details = el("details", { class: "how-to-play" }, [
    el("summary", { text: "How to play" }),
    el("ol", {}, [
      el("li", {}, [el("strong", { text: "Win the vote. " }), ELECTION_RULE]),
      el("li", {}, [
        el("strong", { text: `${ACTIONS_PER_ROUND} actions a round. ` }),
        "Act on the shared 10×10 city: plant forests, build factories, research centres, solar. A tile takes one action per round, first come first served.",
      ]),
      el("li", {}, [
        el("strong", { text: "Then a speech. " }),
        "Promise what you will do. A checkable promise names a deed and a deadline: “I will build a research centre by round 3”, “I will never demolish farmland”.",
      ]),
      el("li", {}, [el("strong", { text: "They remember. " }), "The fact-check marks every promise kept or broken from what you actually did. Contradictions and broken promises cost approval."]),
      el("li", {}, [el("strong", { text: "Don't let the city die. " }), `Ecology or economy below ${COLLAPSE_BELOW} is a collapse that ends the campaign at once.`]),
    ]),
  ]);
  details.open = open;
  return details;
}
