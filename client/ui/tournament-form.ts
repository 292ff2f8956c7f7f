import { MAX_ROUNDS, MIN_ROUNDS, DEFAULT_ROUNDS } from "../../common/schemas/game.ts";
import { PhaseSeconds } from "../../common/schemas/messages.ts";
import { MAX_TABLE_SIZE, MAX_TOURNAMENT_ROUNDS, MIN_TABLE_SIZE, TournamentSettings } from "../../common/schemas/tournament.ts";
import { el } from "./dom.ts";

/** Phase times a new tournament offers: the server's own defaults for a normal campaign. */
const SECONDS = { policy: 60, speech: 90, reactions: 12 } as const;
const PHASES = [
  ["policy", "Policy (s)"],
  ["speech", "Speech (s)"],
  ["reactions", "Reactions (s)"],
] as const;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function numberSelect(values: number[], chosen: number, data: string): HTMLSelectElement {
  return el(
    "select",
    { attrs: { "data-field": data } },
    values.map((v) => el("option", { text: String(v), attrs: { value: String(v), ...(v === chosen ? { selected: "" } : {}) } })),
  );
}

/**
 * The host's form for a new tournament: name, tournament rounds, mayors per campaign, the campaigns' rounds and
 * phase times, rated or not, and an optional start time. Submitting gives settings checked by the shared schema,
 * or the first broken rule in words.
 */
export function tournamentForm(submit: (settings: TournamentSettings) => void, fail: (message: string) => void): HTMLFormElement {
  const name = el("input", { attrs: { maxlength: "48", required: "", "data-field": "name", placeholder: "Spring cup" } });
  const rounds = numberSelect(range(1, MAX_TOURNAMENT_ROUNDS), 3, "rounds");
  const tableSize = numberSelect(range(MIN_TABLE_SIZE, MAX_TABLE_SIZE), 4, "table-size");
  const campaignRounds = numberSelect(range(MIN_ROUNDS, MAX_ROUNDS), DEFAULT_ROUNDS, "campaign-rounds");
  const seconds = PHASES.map(([key, label]) => {
    const limits = PhaseSeconds.shape[key];
    const input = el("input", { attrs: { type: "number", min: String(limits.minValue), max: String(limits.maxValue), value: String(SECONDS[key]), "data-field": key } });
    return { key, label, input };
  });
  const rated = el("input", { attrs: { type: "checkbox", checked: "", "data-field": "rated" } });
  const startsAt = el("input", { attrs: { type: "datetime-local", "data-field": "starts-at" } });
  const field = (label: string, control: HTMLElement) => el("label", { class: "field" }, [el("span", { text: label }), control]);
  const form = el("form", { class: "tournament-form", attrs: { "aria-label": "Create a tournament" } }, [
    el("div", { class: "form-grid" }, [
      field("Name", name),
      field("Tournament rounds", rounds),
      field("Mayors per campaign", tableSize),
      field("Rounds per campaign", campaignRounds),
      ...seconds.map((s) => field(s.label, s.input)),
      field("Start time (empty: you start it)", startsAt),
    ]),
    el("label", { class: "check" }, [rated, el("span", { text: "Rated: results change the players' ratings (bots never count)" })]),
    el("div", { class: "row" }, [el("button", { class: "primary", text: "Create the tournament", attrs: { type: "submit", "data-action": "create-tournament" } })]),
  ]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const parsed = TournamentSettings.safeParse({
      name: name.value,
      rounds: Number(rounds.value),
      tableSize: Number(tableSize.value),
      campaign: { rounds: Number(campaignRounds.value), seconds: Object.fromEntries(seconds.map((s) => [s.key, Math.round(Number(s.input.value))])) },
      rated: rated.checked,
      startsAt: startsAt.value ? new Date(startsAt.value).toISOString() : null,
    });
    if (parsed.success) submit(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      fail(`${issue?.path.join(" ") || "The form"}: ${issue?.message ?? "not valid"}.`);
    }
  });
  return form;
}
