import type { BlocExplanation, BlocMove } from "../../common/schemas/election-explanation.ts";
import type { ContradictionView, MayorView } from "../net/view-model.ts";
import { badge, el, setChildren } from "./dom.ts";

const CAUSES: Record<BlocMove["cause"], string> = {
  reaction: "reacted to the round",
  promise_kept: "a promise kept",
  promise_broken: "a promise broken",
  solidarity: "solidarity",
  collapse_blame: "blamed for the collapse",
};

const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;

/** The voting rule in the engine's words, so that nobody has to guess why they won or lost. */
export function ruleLine(rule: string): HTMLElement {
  return el("p", { class: "election-rule" }, [el("strong", { text: "The rule: " }), rule]);
}

/** One line per bloc, in the engine's words: whom it voted for and why, the approvals it compared, and what moved it most. */
export function renderBlocReasons(
  container: HTMLElement,
  blocs: BlocExplanation[],
  mayors: Pick<MayorView, "id" | "name" | "color">[],
  contradictions: Pick<ContradictionView, "id" | "description">[],
): void {
  const moveWords = (move: BlocMove) => {
    const about = move.cause === "reaction" ? "reacted to" : `${CAUSES[move.cause]}:`;
    const words = move.promiseText ? `${about} “${move.promiseText}”` : move.dialogue ? `“${move.dialogue}”` : CAUSES[move.cause];
    const caught = contradictions.find((c) => c.id === move.contradictionId);
    return caught ? `${words}; caught: ${caught.description}` : words;
  };
  const mayor = (id: string) => mayors.find((m) => m.id === id);
  const nameOf = (id: string) => mayor(id)?.name ?? id;
  setChildren(container, [
    el(
      "ul",
      { class: "bloc-list" },
      blocs.map((b) => {
        const chosen = b.votes.map((v) => v.mayor);
        return el("li", { class: "bloc-reason", attrs: { "data-citizen": b.citizen, "data-mayor": chosen.join(" ") } }, [
          el("div", { class: "bloc-head" }, [
            el("strong", { text: b.citizen }),
            ` · ${b.bloc} vote${b.bloc === 1 ? "" : "s"} → `,
            ...chosen.flatMap((id) => {
              const m = mayor(id);
              return [m ? badge(m) : null, el("strong", { text: nameOf(id) })];
            }),
          ]),
          el("div", { class: "bloc-why", text: b.reason }),
          el("div", { class: "bloc-approvals" }, [
            "Approval at the end: ",
            ...b.approvals.map((a, i) =>
              el("span", { class: chosen.includes(a.mayor) ? "bloc-top" : "", text: `${i ? " · " : ""}${nameOf(a.mayor)} ${a.approval}` }),
            ),
          ]),
          b.moves.length
            ? el("div", { class: "bloc-moved muted" }, [
                "Moved most by: ",
                b.moves.map((m) => `round ${m.round}, ${nameOf(m.mayor)} ${signed(m.delta)} (${moveWords(m)})`).join("; "),
              ])
            : null,
        ]);
      }),
    ),
  ]);
}
