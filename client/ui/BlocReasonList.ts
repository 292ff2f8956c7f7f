import type { MayorView } from "../net/view-model.ts";
import type { BlocReason } from "./bloc-reasons.ts";
import { badge, el, setChildren } from "./dom.ts";

const CAUSES: Record<string, string> = {
  reaction: "reacted to the round",
  promise_kept: "a promise kept",
  promise_broken: "a promise broken",
  solidarity: "solidarity",
  collapse_blame: "blamed for the collapse",
};

const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;

/** One line per bloc: whom it voted for, the approvals it compared, and what moved it most. */
export function renderBlocReasons(container: HTMLElement, reasons: BlocReason[], mayors: Pick<MayorView, "id" | "name" | "color">[]): void {
  const mayor = (id: string) => mayors.find((m) => m.id === id);
  const nameOf = (id: string) => mayor(id)?.name ?? id;
  setChildren(container, [
    el(
      "ul",
      { class: "bloc-list" },
      reasons.map((r) => {
        const chosen = r.votes.map((v) => v.mayor);
        const total = r.votes.reduce((s, v) => s + v.votes, 0);
        const split = r.votes.length > 1 ? ` (a tie, split ${r.votes.map((v) => `${v.votes} to ${nameOf(v.mayor)}`).join(", ")})` : "";
        return el("li", { class: "bloc-reason", attrs: { "data-citizen": r.citizen, "data-mayor": chosen.join(" ") } }, [
          el("div", { class: "bloc-head" }, [
            el("strong", { text: r.citizen }),
            ` · ${total} vote${total === 1 ? "" : "s"} → `,
            ...chosen.flatMap((id) => {
              const m = mayor(id);
              return [m ? badge(m) : null, el("strong", { text: nameOf(id) })];
            }),
            split,
          ]),
          el("div", { class: "bloc-approvals" }, [
            "Approval at the end: ",
            ...r.approvals.map((a, i) =>
              el("span", { class: chosen.includes(a.mayor) ? "bloc-top" : "", text: `${i ? " · " : ""}${nameOf(a.mayor)} ${a.approval}` }),
            ),
          ]),
          r.moved.length
            ? el(
                "div",
                { class: "bloc-moved muted" },
                [
                  "Moved most by: ",
                  r.moved
                    .map((m) => `round ${m.round}, ${nameOf(m.mayor)} ${signed(m.delta)} (${m.dialogue ? `“${m.dialogue}”` : CAUSES[m.cause] ?? m.cause})`)
                    .join("; "),
                ],
              )
            : null,
        ]);
      }),
    ),
  ]);
}
