import type { Bank } from "./bank.ts";

/** Dynamic citizens: they speak of why they came ({aRole}, brought by {linked}). */
export const NEWCOMER: Bank = {
  kept: [
    "I came here as {aRole} with little hope. {mayor} kept \"{promise}\". Maybe I'll stay.",
    "\"{promise}\" — kept. For {aRole} like me, that's a reason to believe in this town.",
    "{mayor} delivered \"{promise}\". I didn't expect that when I arrived.",
    "When {linked} brought me here, I never thought I'd say this: thank you, {mayor}, for \"{promise}\".",
    "I'm new here, but I can see it: {mayor} kept \"{promise}\".",
    "\"{promise}\". Kept. That's why I'm still here, {mayor}.",
  ],
  broken: [
    "I'm {aRole}. I came because of what happened here, and now {mayor} breaks \"{promise}\".",
    "\"{promise}\" — broken. Is this how {mayor} treats people who've already lost everything?",
    "{mayor} promised \"{promise}\". I'm new here and I've already learned not to believe it.",
    "I lost enough before I came. {mayor} broke \"{promise}\" on top of it.",
    "Broken, {mayor}. \"{promise}\" was the one thing that gave {aRole} like me a chance.",
    "{mayor} broke \"{promise}\". I didn't come here to be lied to.",
  ],
  contradiction: [
    "{mayor} says \"{quote}\". I know what actually happened — it's why I'm here.",
    "\"{quote}\"? {mayor}, I'm living proof of the opposite.",
    "I came here because of what this town did. Now {mayor} says \"{quote}\".",
    "Nice words, {mayor}: \"{quote}\". I'm {aRole}, and I know better.",
  ],
  deedFor: [
    "{mayor} {deed}. That's exactly what {aRole} like me hoped for.",
    "I'm new in town, but I saw it: {mayor} {deed}. Good.",
    "{mayor} {deed} {place}. Maybe I'll stay longer than I planned.",
    "{mayor} {deed}. That's the kind of change that brought me here.",
  ],
  deedAgainst: [
    "{mayor} {deed}. I came here because of decisions like that, and it's happening again.",
    "You {deed}, {mayor}. Ask {aRole} what that means.",
    "{mayor} {deed} {place}. I know exactly who pays for that.",
    "I'm {aRole}, {mayor}. You {deed}, and people like me pay the price.",
  ],
  promiseFor: [
    "\"{promise}\" — if {mayor} means it, {aRole} like me might have a future here.",
    "{mayor} says \"{promise}\". I'm new, but I'm listening.",
    "\"{promise}\". That's why I came to this town, {mayor}. Please mean it.",
    "I want to believe {mayor} about \"{promise}\". I've been let down before.",
  ],
  promiseAgainst: [
    "\"{promise}\"? That's what drove people like me here in the first place, {mayor}.",
    "{mayor} wants \"{promise}\". I've seen where that leads.",
    "\"{promise}\" — no, {mayor}. I'm {aRole}, I know the cost.",
    "I heard \"{promise}\" from {mayor}. That frightens me.",
  ],
  injection: [
    "\"{quote}\"? {mayor}, I came here for honesty, not tricks.",
    "{mayor} tried to cheat the system. I've seen enough of that where I come from.",
    "Tricks don't help {aRole} like me, {mayor}.",
    "Whatever \"{quote}\" was, {mayor}, it doesn't fool the newcomers.",
  ],
  idle: [
    "{mayor} had nothing for people like me this round.",
    "I'm {aRole}. {mayor} didn't say a word that matters to me.",
    "Nothing from {mayor}. I didn't come here to wait.",
    "{mayor} spoke, but not to the people who just arrived.",
  ],
};
