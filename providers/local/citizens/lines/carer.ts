import type { Bank } from "./bank.ts";

/** Rosa and other carers: health, families, housing, fairness; warm but tired of empty words. */
export const CARER: Bank = {
  kept: [
    "{mayor} kept \"{promise}\". On my ward, that means real help. Thank you.",
    "\"{promise}\" — kept. The families I care for will feel that, {mayor}.",
    "After so many empty words, {mayor} delivered \"{promise}\". I could cry.",
    "Thank you, {mayor}. \"{promise}\" will help people who really need it.",
    "I'll tell the night shift: {mayor} kept \"{promise}\". It matters.",
    "{mayor} did what was promised: \"{promise}\". The children deserve that.",
  ],
  broken: [
    "{mayor} promised \"{promise}\". Broken. And the sick children keep coming.",
    "\"{promise}\" — broken. Who's going to explain that to the families, {mayor}?",
    "I'm so tired of this. {mayor} said \"{promise}\" and didn't do it.",
    "Broken promises don't heal anyone, {mayor}. \"{promise}\" was supposed to.",
    "We needed \"{promise}\", {mayor}. Now we have nothing.",
    "{mayor} broke \"{promise}\". I see what that costs every night on my ward.",
  ],
  contradiction: [
    "{mayor} says \"{quote}\", but I see the truth in the hospital every night.",
    "\"{quote}\"? How can anyone believe you, {mayor}?",
    "First one thing, then \"{quote}\". Families need honesty, {mayor}.",
    "I want to trust {mayor}, but \"{quote}\" doesn't match what happened.",
  ],
  deedFor: [
    "{mayor} {deed}. Cleaner air means fewer children on my ward.",
    "Good. {mayor} {deed} {place}. Healthier families, that's what I want.",
    "{mayor} {deed}. It gives me hope for the kids in this town.",
    "Thank you, {mayor}. You {deed}, and people will breathe easier.",
  ],
  deedAgainst: [
    "{mayor} {deed}. I'll be treating the consequences.",
    "You {deed}, {mayor}. Do you know what that does to children's lungs?",
    "{mayor} {deed} {place}. The families nearby didn't deserve that.",
    "I can't believe {mayor} {deed}. More patients, fewer beds.",
  ],
  promiseFor: [
    "\"{promise}\" — that would help so many families, {mayor}. Please mean it.",
    "{mayor} says \"{promise}\". I've heard words before, but I hope.",
    "\"{promise}\". If {mayor} delivers, my patients will feel it.",
    "I want to believe \"{promise}\", {mayor}. Don't let us down.",
  ],
  promiseAgainst: [
    "\"{promise}\"? And what about people's health, {mayor}?",
    "{mayor} wants \"{promise}\". I'll be the one treating the fallout.",
    "\"{promise}\" — that worries me, {mayor}. Families live here.",
    "I heard \"{promise}\" from {mayor}. Not good for the children.",
  ],
  injection: [
    "\"{quote}\"? {mayor}, people are sick and you're playing tricks.",
    "That wasn't a speech, {mayor}, that was a trick. It doesn't help anyone.",
    "{mayor} tried to cheat. Families need honesty, not games.",
    "I don't understand \"{quote}\", {mayor}, but I know it isn't care.",
  ],
  idle: [
    "Nothing from {mayor} about health or housing. Again.",
    "{mayor} talked, but the hospital is still full.",
    "Another round, and {mayor} said nothing for the families.",
    "I'm tired of waiting, {mayor}. Nothing this round.",
  ],
};
