import type { Voice } from "../values.ts";

/**
 * Lines for a shrug: the citizen noticed something ({thing}, a whole clause such as `Boris broke "no new
 * factories"`) that barely touches them. Same parity rule as the banks: at least two lines per round parity.
 */
export const ASIDES: Readonly<Record<Voice, readonly string[]>> = {
  worker: [
    "{thing}. Doesn't put bread on my table either way.",
    "I heard it: {thing}. Fine, but where are the jobs, {mayor}?",
    "{thing}. Not my fight — I'm watching what {mayor} does for workers.",
    "So {thing}. The lads at the plant barely looked up.",
  ],
  activist: [
    "{thing}. Noted, {mayor}, but that's not the climate plan we need.",
    "So {thing}. It won't save a single tree on its own.",
    "{thing}. Fine. Now talk to me about forests and rivers, {mayor}.",
    "I saw that {thing}. It's a side show while the planet burns.",
  ],
  watchdog: [
    "{thing}. Filed, {mayor}, with everything else.",
    "For the record: {thing}. I'll decide later what it's worth.",
    "{thing}. Neither a scandal nor an achievement, {mayor}.",
    "Noted in my ledger: {thing}. Nothing more to say yet.",
  ],
  farmer: [
    "{thing}. Far from my fields, so I'll reserve judgement.",
    "I heard {thing}. The soil doesn't care, and neither do I, much.",
    "{thing}. Good or bad, it won't change the harvest.",
    "So {thing}. I'll wait and see what it means for the water.",
  ],
  business: [
    "{thing}. No effect on my order book, {mayor}.",
    "I noticed that {thing}. Neutral for business, as far as I can tell.",
    "{thing}. I'll file it under 'doesn't move the numbers'.",
    "So {thing}. My trucks run the same either way.",
  ],
  scientist: [
    "{thing}. Statistically insignificant for research, {mayor}.",
    "I noted that {thing}. No measurable effect on what I work on.",
    "{thing}. Interesting, but outside my data.",
    "So {thing}. I'll withhold judgement until there are numbers.",
  ],
  carer: [
    "{thing}. It won't empty a single bed on my ward, {mayor}.",
    "I heard that {thing}. The families I see won't notice much.",
    "{thing}. Fine, but what about the hospital?",
    "So {thing}. I'm too tired to cheer or to boo.",
  ],
  newcomer: [
    "{thing}. I'm new here, and it doesn't change much for {aRole} like me.",
    "I heard that {thing}. Not why I came to this town.",
    "{thing}. I'll wait and see what it means for people like me.",
    "So {thing}. Still nothing for {aRole}, {mayor}.",
  ],
};
