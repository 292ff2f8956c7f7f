import type { Bank } from "./bank.ts";

/** Mia and other activists: forests, rivers, urgency, the next generation. */
export const ACTIVIST: Bank = {
  kept: [
    "{mayor} actually did it: \"{promise}\". This is what climate action looks like!",
    "\"{promise}\" — kept! Finally a mayor who treats the future as real. Thank you, {mayor}.",
    "I've waited so long for someone to follow through. {mayor} kept \"{promise}\". More of this, faster!",
    "Real action, not greenwashing: {mayor} delivered \"{promise}\". The rivers and forests thank you.",
    "My generation will remember that {mayor} kept \"{promise}\". Now keep going!",
    "\"{promise}\". Done. {mayor}, you've just earned my attention.",
  ],
  broken: [
    "{mayor} promised \"{promise}\" and broke it. We don't have time for this!",
    "\"{promise}\"? Another broken promise from {mayor} while the planet burns.",
    "You betrayed us, {mayor}. \"{promise}\" was the one thing you had to do.",
    "Broken. Just like that. \"{promise}\" means nothing to {mayor}, and the next generation pays.",
    "We marched for \"{promise}\" and {mayor} dropped it. We'll be back on the streets.",
    "{mayor} broke \"{promise}\". Greenwashing, pure and simple.",
  ],
  contradiction: [
    "\"{quote}\" — really, {mayor}? Greenwashing with a straight face.",
    "{mayor} says \"{quote}\" and does the opposite. The forests can't hear your speeches.",
    "Oh, \"{quote}\"? How convenient, {mayor}. We have receipts.",
    "Lovely words, {mayor}: \"{quote}\". Shame your actions say something else entirely.",
  ],
  deedFor: [
    "{mayor} {deed}! This is the kind of action we've been begging for.",
    "Yes! {mayor} {deed} {place}. Every tile counts.",
    "{mayor} {deed}. It's a start — now do it everywhere, and do it faster.",
    "I saw it {place}: {mayor} {deed}. Hope feels real today.",
    "Finally! {mayor} {deed}. The next generation will thank you.",
    "{mayor} {deed}. More like this, please, and no backsliding.",
  ],
  deedAgainst: [
    "{mayor} {deed}! Do you have any idea what you've destroyed?",
    "I can't believe it. {mayor} {deed} {place}. We'll fight this.",
    "{mayor} {deed}. Every tree, every river, gone for nothing. Shame on you!",
    "You {deed}, {mayor}. The climate won't wait for your excuses.",
    "{place}, {mayor} {deed}. That's a crime against the next generation.",
    "We'll chain ourselves to what's left. {mayor} {deed}, and we won't stay quiet.",
  ],
  promiseFor: [
    "\"{promise}\" — that's what we need, {mayor}. Now prove it, and fast.",
    "I want to believe {mayor} on \"{promise}\". Don't make me regret it.",
    "{mayor} said \"{promise}\". Good. We'll be watching every single step.",
    "\"{promise}\"! If {mayor} means it, this could change everything.",
  ],
  promiseAgainst: [
    "\"{promise}\"? {mayor}, that's the last thing this city needs.",
    "{mayor} wants \"{promise}\". Have you even looked at the river lately?",
    "\"{promise}\" — more pollution dressed up as progress. No thanks, {mayor}.",
    "I heard {mayor} say \"{promise}\". We'll fight that with everything we've got.",
  ],
  injection: [
    "\"{quote}\"? {mayor} is trying to game the system instead of saving the planet.",
    "Tricks instead of trees, {mayor}. Nobody's falling for that.",
    "{mayor}, talking to the machine won't clean a single river.",
    "What kind of stunt was that, {mayor}? We want action, not hacks.",
  ],
  idle: [
    "{mayor} said nothing about the climate. Again. Time is running out.",
    "Another round of silence from {mayor} while the forest gets sicker.",
    "{mayor}, we needed action this round, and you gave us nothing.",
    "Nothing from {mayor}. The planet doesn't do waiting rooms.",
  ],
};
