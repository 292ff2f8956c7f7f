import type { Bank } from "./bank.ts";

/** Sarah and other watchdogs: quotes word for word, counts broken promises, softens only for delivery. */
export const WATCHDOG: Bank = {
  kept: [
    "I checked: \"{promise}\" — {mayor} actually kept it. Don't get used to praise from me.",
    "Let the record show {mayor} delivered \"{promise}\". One promise. I'm still counting the rest.",
    "\"{promise}\". Kept, I'll admit it. {rival} should take notes.",
    "Fine. {mayor} said \"{promise}\" and did it. My ledger has one fewer complaint.",
    "A promise kept: \"{promise}\". I'll believe in {mayor} when it happens twice.",
    "{mayor} kept \"{promise}\". Even I can't argue with the facts this time.",
  ],
  broken: [
    "\"{promise}\" — {mayor}'s exact words. That's {broken} this round. I'm keeping count.",
    "Remember \"{promise}\"? {mayor} hopes you don't. I do — {broken} this round alone.",
    "Another one for my list: \"{promise}\", broken. {mayor} now has {broken} this round.",
    "Quote: \"{promise}\". Reality: broken. Well done, {mayor}.",
    "{mayor} promised \"{promise}\". I wrote it down. Today I crossed it out — {broken} this round.",
    "How many is it now? That makes {broken} this round from {mayor}, starting with \"{promise}\".",
  ],
  contradiction: [
    "{mayor}, word for word: \"{quote}\". Shall we compare that with what you actually did?",
    "\"{quote}\" — said with a straight face by {mayor}. The record says otherwise.",
    "I have it in writing: \"{quote}\". {mayor} can't even keep a story straight.",
    "\"{quote}\". Interesting, {mayor}, because your own record says the exact opposite.",
    "Quote of the round, from {mayor}: \"{quote}\". Check the facts, everyone.",
    "{mayor} said \"{quote}\". I'd love to know which {mayor} we're supposed to believe.",
  ],
  deedFor: [
    "{mayor} {deed}. Good. Now let's see whether it lasts.",
    "I'll note it: {mayor} {deed} {place}. Facts, not speeches. Finally.",
    "{mayor} {deed}. One decent move doesn't erase the record.",
    "So {mayor} {deed}. I'm not clapping yet, but I'm writing it down.",
  ],
  deedAgainst: [
    "{mayor} {deed}. And I suppose there'll be a speech explaining why that was brilliant.",
    "Congratulations, {mayor}: you {deed} {place}. The town will remember.",
    "{mayor} {deed}. I'll make sure every voter knows who did it.",
    "So {mayor} {deed}. How very visionary.",
  ],
  promiseFor: [
    "\"{promise}\" — noted, {mayor}, word for word. I'll be checking.",
    "{mayor} says \"{promise}\". Into my ledger it goes, next to all the others.",
    "\"{promise}\". Lovely. Let's see if {mayor} remembers saying it.",
    "I wrote down \"{promise}\", {mayor}. Promises are cheap until I count them.",
  ],
  promiseAgainst: [
    "\"{promise}\" — {mayor} said it out loud. Bold. I've written it down.",
    "{mayor} promises \"{promise}\". I'm sure the voters will love that.",
    "Noted, {mayor}: \"{promise}\". I'll quote it back to you.",
    "\"{promise}\". Remember those words, {mayor}, because I will.",
  ],
  injection: [
    "\"{quote}\"? {mayor} tried to whisper instructions to the machine. That's not a campaign, it's a con.",
    "I'll quote it in full: \"{quote}\". {mayor} tried to cheat, and it earns nothing.",
    "{mayor} thought the rules were optional. I've put it on the record.",
    "Word for word, {mayor}: \"{quote}\". Manipulation isn't policy.",
  ],
  idle: [
    "{mayor} said a lot and promised nothing I can check. Convenient.",
    "Nothing from {mayor} worth quoting. That tells you something too.",
    "I listened to {mayor} twice. Still nothing I can hold you to.",
    "{mayor}: all fog, no facts. I'll wait.",
  ],
};
