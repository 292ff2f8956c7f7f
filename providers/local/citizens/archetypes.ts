import type { Tone } from "../../../common/schemas/game.ts";

/** Why a newcomer arrives; one per trigger of the annotation guide. */
export type Trigger = "ecologyLow" | "economyLow" | "researchHigh" | "brokenPromises" | "ecologyHigh";

/**
 * A kind of newcomer. `harm` says whether the linked mayor caused their arrival by doing harm (low approval)
 * or by doing good (high). Lines may use {linked}, the linked mayor's name, and must read well without one:
 * `linkedLines` are used when there is a linked mayor, `openLines` when there is none.
 */
export interface Archetype {
  trigger: Trigger;
  role: string;
  names: readonly string[];
  personalities: readonly string[];
  linkedLines: readonly string[];
  openLines: readonly string[];
  tone: Tone;
  harm: boolean;
}

export const ARCHETYPES: readonly Archetype[] = [
  {
    trigger: "ecologyLow",
    role: "Climate refugee",
    names: ["Amina", "Tomás", "Leyla", "Farid", "Noor", "Mateo", "Selin", "Kofi", "Ines", "Rahim"],
    personalities: [
      "Lost a home to floods on the coast and came inland hoping for a liveable town. Quiet, watchful, fears it is happening again.",
      "Fled a drought that emptied a whole valley. Tired, determined, measures every mayor by whether the air and water stay clean.",
    ],
    linkedLines: [
      "I left a flooded village to come here. Then I watched {linked} tear up what kept this place green.",
      "Where I come from it started just like this. {linked}, please stop before there's nowhere left to run.",
    ],
    openLines: [
      "I left a flooded village to come here. Now this town's air smells like the place I ran from.",
      "Where I come from it started just like this. Please stop before there's nowhere left to run.",
    ],
    tone: "desperate",
    harm: true,
  },
  {
    trigger: "ecologyLow",
    role: "Parent of a sick child",
    names: ["Jana", "Malik", "Sofia", "Dario", "Hanna", "Yusuf", "Clara", "Emre", "Nadia", "Piet"],
    personalities: [
      "Their daughter has asthma that gets worse every month the air stays dirty. Exhausted, fierce, done with excuses.",
      "Spends nights in the children's ward with a son who cannot breathe properly. Polite until someone shrugs off pollution.",
    ],
    linkedLines: [
      "My child wheezes every night now. {linked}, come and listen to her breathe, then tell me it was worth it.",
      "The doctors say it's the air. I want {linked} to look my son in the eye.",
    ],
    openLines: [
      "My child wheezes every night now. Someone in the town hall has to answer for this air.",
      "The doctors say it's the air. I want a mayor to look my son in the eye.",
    ],
    tone: "desperate",
    harm: true,
  },
  {
    trigger: "economyLow",
    role: "Laid-off worker",
    names: ["Marek", "Doris", "Ivan", "Brigitte", "Stefan", "Olga", "Ralf", "Milena", "Jonas", "Ute"],
    personalities: [
      "Worked the same line for eighteen years until the layoffs. Proud, short-tempered, wants work rather than pity.",
      "Lost a warehouse job when orders dried up. Counting every coin, angry at decisions made far above.",
    ],
    linkedLines: [
      "Eighteen years on the line and a letter was all I got. Thank {linked} for that.",
      "{linked} made the decisions, and I got the pink slip. Explain that to my landlord.",
    ],
    openLines: [
      "Eighteen years on the line and a letter was all I got. Who is going to fix this town's economy?",
      "Somebody made the decisions and I got the pink slip. Explain that to my landlord.",
    ],
    tone: "angry",
    harm: true,
  },
  {
    trigger: "economyLow",
    role: "Shop owner closing down",
    names: ["Giulia", "Hakan", "Renate", "Bogdan", "Lucia", "Werner", "Ayla", "Fritz", "Marta", "Can"],
    personalities: [
      "Ran the corner bakery for twenty years; the customers stopped coming when the jobs went. Warm, worn out, bitter at the edges.",
      "Owns a small hardware store that is about to close. Practical, talks in numbers, has no savings left.",
    ],
    linkedLines: [
      "Twenty years I opened at six. Next week I hand back the keys, and {linked} is the reason my customers are gone.",
      "No jobs, no customers, no shop. {linked}, this is what your choices look like from behind a counter.",
    ],
    openLines: [
      "Twenty years I opened at six. Next week I hand back the keys, because my customers are gone.",
      "No jobs, no customers, no shop. This is what this town looks like from behind a counter.",
    ],
    tone: "desperate",
    harm: true,
  },
  {
    trigger: "researchHigh",
    role: "Tech entrepreneur",
    names: ["Priya", "Jonah", "Mei", "Lukas", "Zara", "Kenji", "Elif", "Adrian", "Suvi", "Omar"],
    personalities: [
      "Builds battery and grid software; moved here because the labs are finally good. Fast-talking, optimistic, impatient with red tape.",
      "Founded a small clean-tech startup with two friends from the university. Restless, ambitious, loves a pilot project.",
    ],
    linkedLines: [
      "I moved my startup here because {linked} built real labs. Let's turn that research into jobs!",
      "Research like this attracts people like me. {linked}, we're hiring next month.",
    ],
    openLines: [
      "I moved my startup here because this town finally takes research seriously. Let's turn it into jobs!",
      "Research like this attracts people like me. We're hiring next month.",
    ],
    tone: "hopeful",
    harm: false,
  },
  {
    trigger: "brokenPromises",
    role: "Investigative journalist",
    names: ["Helena", "Marcus", "Ingrid", "Teodor", "Nina", "Anton", "Lotte", "Samir", "Vera", "Felix"],
    personalities: [
      "Came to town to follow the campaign and stayed for the broken promises. Dry, meticulous, keeps every quote on file.",
      "Freelance reporter who writes about politicians who say one thing and do another. Polite, relentless, never forgets a date.",
    ],
    linkedLines: [
      "Two promises broken in one round? {linked}, I'd like a word — on the record.",
      "My editor sent me for the election. Now I'm writing about {linked}'s broken promises.",
    ],
    openLines: [
      "Broken promises, two at a time? This town hall owes its voters answers — on the record.",
      "My editor sent me for the election. Now I'm writing about broken promises.",
    ],
    tone: "suspicious",
    harm: true,
  },
  {
    trigger: "ecologyHigh",
    role: "Nature guide",
    names: ["Liv", "Emil", "Maya", "Oskar", "Freya", "Anouk", "Rasmus", "Ella", "Tarik", "Hedda"],
    personalities: [
      "Leads walks through the forest and along the river; came back when the birds did. Cheerful, patient, knows every plant by name.",
      "Trained as a ranger and now runs tours for school classes. Gentle, proud of the town's green recovery, worried it could slip.",
    ],
    linkedLines: [
      "The herons are back on the river! {linked}, I'm starting guided walks this weekend.",
      "I came back to lead tours because of what {linked} planted. This town is green again.",
    ],
    openLines: [
      "The herons are back on the river! I'm starting guided walks this weekend.",
      "I came back to lead tours because this town is green again.",
    ],
    tone: "grateful",
    harm: false,
  },
];
