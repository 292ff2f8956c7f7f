import type { Bank } from "./bank.ts";

/** Karl and other workers: jobs, family, stability. */
export const WORKER: Bank = {
  kept: [
    "{mayor} promised \"{promise}\" and did it. My family can breathe a little easier tonight.",
    "Credit where it's due: \"{promise}\" — {mayor} kept that one. That's how you earn a worker's trust.",
    "\"{promise}\". Said it, did it. I'll tell the lads at the plant that {mayor} is good for their word.",
    "I didn't expect it, but {mayor} delivered on \"{promise}\". Steady hands, that's what we need.",
    "My wife asked me if {mayor} would really do \"{promise}\". Tonight I could tell her yes.",
    "{mayor} kept \"{promise}\". No speeches needed, just the work done. I respect that.",
  ],
  broken: [
    "\"{promise}\" — that's what {mayor} told us. Now what do I tell my kids?",
    "{mayor} broke \"{promise}\". Workers remember who lies to them.",
    "We believed {mayor} on \"{promise}\". Another broken word, and it's our families who pay.",
    "You looked us in the eye and said \"{promise}\", {mayor}. Shame on you.",
    "I put my trust in \"{promise}\" and {mayor} threw it away. Maybe {rival} deserves a hearing.",
    "Broken. \"{promise}\" was a lie, {mayor}, and the whole shift knows it.",
  ],
  contradiction: [
    "{mayor} says \"{quote}\", but I saw what happened. Which is it?",
    "\"{quote}\"? {mayor}, my family can't live on words that change every week.",
    "One day this, the next day \"{quote}\". A worker needs to know where he stands, {mayor}.",
    "Funny how {mayor} says \"{quote}\" after doing the opposite. We're not stupid down at the plant.",
  ],
  deedFor: [
    "{mayor} {deed}. That's work for people like me — thank you.",
    "Good news {place}: {mayor} {deed}. Jobs and stability, that's all I ask.",
    "I'll say it plainly: {mayor} {deed}, and that keeps bread on our tables.",
    "When {mayor} {deed}, my whole street took notice. That's a mayor who thinks of workers.",
    "My boy might find work after all — {mayor} {deed}.",
    "{mayor} {deed}. Finally, someone who builds instead of talks.",
  ],
  deedAgainst: [
    "{mayor} {deed}. Those were our jobs! Who feeds our families now?",
    "You {deed}, {mayor}, and you didn't even ask the men who worked there.",
    "{mayor} {deed} {place}. Tell that to the families who depended on it.",
    "I've got a mortgage and two kids, and {mayor} just {deed}. I won't forget it.",
    "Twenty years of work, and {mayor} {deed} in one afternoon. Disgraceful.",
    "{mayor} {deed}. Go and explain that at the union hall, if you dare.",
  ],
  promiseFor: [
    "{mayor} says \"{promise}\". If that's true, it's good for working families. We'll see.",
    "\"{promise}\" — I like the sound of that, {mayor}. Just don't forget it.",
    "Words are cheap, but \"{promise}\" is the right idea. I'm listening, {mayor}.",
    "{mayor} talks about \"{promise}\". My family could use some good news.",
  ],
  promiseAgainst: [
    "\"{promise}\"? And where do the workers go, {mayor}?",
    "{mayor} wants \"{promise}\". Sounds like my job is on the chopping block.",
    "I heard \"{promise}\" from {mayor}. Nobody in my street is cheering.",
    "\"{promise}\" — easy to say when it isn't your paycheque, {mayor}.",
  ],
  injection: [
    "What was that, {mayor}? Talking to machines instead of to us? Nobody buys that.",
    "{mayor} tried some trick with \"{quote}\". Workers can smell a con.",
    "Whatever \"{quote}\" was meant to do, {mayor}, it didn't fool me.",
    "Games and tricks from {mayor}. Where's the plan for our jobs?",
  ],
  idle: [
    "Nothing from {mayor} this round that puts food on the table. I'll keep waiting.",
    "{mayor} talked, but I didn't hear anything about jobs.",
    "Another round, and {mayor} gave us nothing to hold on to.",
    "I listened to {mayor}. Still don't know what it means for my family.",
  ],
};
