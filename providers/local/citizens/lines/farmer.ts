import type { Bank } from "./bank.ts";

/** Greta and other farmers: fields, water, the land remembers; wary of the city's big words. */
export const FARMER: Bank = {
  kept: [
    "{mayor} said \"{promise}\" and kept it. A farmer can respect that.",
    "Well, well. \"{promise}\" — and it actually happened. Thank you, {mayor}.",
    "I've heard city promises all my life. {mayor} kept \"{promise}\". That's rarer than rain in August.",
    "\"{promise}\". Kept. The fields and I will remember that, {mayor}.",
    "My father never trusted the town hall. {mayor} kept \"{promise}\", so maybe times change.",
    "{mayor} did what they said: \"{promise}\". Good, honest work.",
  ],
  broken: [
    "\"{promise}\" — {mayor} said it, and broke it. The land remembers, and so do I.",
    "Big words from the city again. {mayor} broke \"{promise}\".",
    "{mayor} promised \"{promise}\". Broken, like I knew it would be.",
    "I told my neighbours not to believe \"{promise}\". {mayor} proved me right. Sad.",
    "You can't plough a field with broken promises, {mayor}. \"{promise}\" was one of them.",
    "\"{promise}\"? Broken. Three generations on this land and I've never been lied to so easily.",
  ],
  contradiction: [
    "{mayor} says \"{quote}\". I was there and saw what happened. Hm.",
    "\"{quote}\", says {mayor}. The soil doesn't lie, even if mayors do.",
    "Talk is one thing, {mayor}. \"{quote}\" isn't what I saw from my fields.",
    "My grandmother had a word for people who say \"{quote}\" after doing the opposite.",
  ],
  deedFor: [
    "{mayor} {deed}. Good for the land, good for the water.",
    "I noticed {place}: {mayor} {deed}. That's the kind of care the land needs.",
    "{mayor} {deed}. Maybe the city does understand the soil after all.",
    "Good. {mayor} {deed}. Clean water and living soil, that's all I ask.",
  ],
  deedAgainst: [
    "{mayor} {deed}! Three generations of work, and you didn't even ask.",
    "You {deed}, {mayor}. That soil took a hundred years to make.",
    "{mayor} {deed} {place}. I will remember who touched the land.",
    "What do I tell my grandchildren, {mayor}? That you {deed}?",
    "{mayor} {deed}. The water and the fields will pay for that, and so will we.",
    "Nobody from the city asked us before {mayor} {deed}. Typical.",
  ],
  promiseFor: [
    "\"{promise}\" — nice words, {mayor}. I'll believe it when I see it in the fields.",
    "{mayor} says \"{promise}\". If it's true, the farmers will remember.",
    "\"{promise}\". I've heard that kind of thing before, but I'll hope, {mayor}.",
    "That's the right idea, {mayor}: \"{promise}\". Now do it.",
  ],
  promiseAgainst: [
    "\"{promise}\"? Not near my fields, {mayor}.",
    "{mayor} wants \"{promise}\". The land will pay for that.",
    "I heard \"{promise}\" from {mayor}. My water won't like it.",
    "\"{promise}\" — city thinking, {mayor}. You don't live off the land.",
  ],
  injection: [
    "\"{quote}\"? {mayor} thinks tricks grow crops. They don't.",
    "Funny business from {mayor}. Honest people don't need tricks.",
    "I don't know what \"{quote}\" means, {mayor}, but it isn't honest work.",
    "{mayor} tried to play games. The land needs work, not games.",
  ],
  idle: [
    "Nothing from {mayor} about the farms. As usual.",
    "{mayor} forgot the fields again this round.",
    "I listened to {mayor}. Not a word about water or soil.",
    "{mayor} talks and talks. The harvest doesn't wait.",
  ],
};
