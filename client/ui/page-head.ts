import { el } from "./dom.ts";

const NAV = [
  { href: "/", text: "Town hall" },
  { href: "/leaderboard", text: "Leaderboard" },
  { href: "/tournaments", text: "Tournaments" },
] as const;

/**
 * The head of a page outside a campaign: the brand, the title, a sentence telling a newcomer what the page is for
 * and what to do now, and the way to the other pages (the current one marked for screen readers).
 */
export function pageHead(title: string, intro: string | HTMLElement): HTMLElement {
  return el("header", { class: "page-head" }, [
    el("div", {}, [el("div", { class: "brand", text: "ECOTOPIA" }), el("h1", { text: title })]),
    el(
      "nav",
      { class: "page-nav", attrs: { "aria-label": "Pages" } },
      NAV.map((n) => el("a", { class: "button ghost small", text: n.text, attrs: { href: n.href, ...(location.pathname === n.href ? { "aria-current": "page" } : {}) } })),
    ),
    typeof intro === "string" ? el("p", { class: "page-intro", text: intro }) : intro,
  ]);
}
