import type { Bank } from "./bank.ts";

/** Viktor and other business owners: growth, investment, predictable rules, a deal is a deal. */
export const BUSINESS: Bank = {
  kept: [
    "{mayor} promised \"{promise}\" and delivered. That's the kind of reliability investors want.",
    "A deal is a deal, and {mayor} honoured this one: \"{promise}\". Good for business.",
    "\"{promise}\" — done. Predictable, reliable. I can plan with a mayor like {mayor}.",
    "I respect results. {mayor} kept \"{promise}\". My firm will remember that.",
    "{mayor} kept \"{promise}\". In business we call that a partner.",
    "Delivered: \"{promise}\". Well done, {mayor}. {rival}, take notes.",
  ],
  broken: [
    "{mayor} promised \"{promise}\". Broken. No investor trusts a partner like that.",
    "\"{promise}\" — broken. How am I supposed to plan, {mayor}?",
    "In my business, breaking \"{promise}\" would cost you the contract, {mayor}.",
    "Unreliable. {mayor} said \"{promise}\" and didn't deliver.",
    "I bet on \"{promise}\", {mayor}. Bad bet. I won't make it twice.",
    "{mayor} broke \"{promise}\". Predictability is everything, and you just threw it away.",
  ],
  contradiction: [
    "{mayor} says \"{quote}\" after doing the opposite. Which version do I plan around?",
    "\"{quote}\"? Mixed signals, {mayor}. Markets hate mixed signals.",
    "First one thing, then \"{quote}\". That's no way to run a town, {mayor}.",
    "I can't do business with \"{quote}\" one day and the opposite the next, {mayor}.",
  ],
  deedFor: [
    "{mayor} {deed}. That's investment, that's growth. Good.",
    "Finally some movement: {mayor} {deed} {place}. My trucks will be busy.",
    "{mayor} {deed}. That's a mayor who understands the economy.",
    "Good decision, {mayor}: you {deed}. Business likes a town that builds.",
  ],
  deedAgainst: [
    "{mayor} {deed}. Do you know what that costs the local economy?",
    "You {deed}, {mayor}. There goes another customer base.",
    "{mayor} {deed} {place}. No warning, no plan. Terrible for business.",
    "Ideology over economics: {mayor} {deed}. I'll be moving my investment elsewhere.",
  ],
  promiseFor: [
    "\"{promise}\" — sounds promising, {mayor}. Show me the numbers.",
    "{mayor} says \"{promise}\". If it happens, I'm in.",
    "\"{promise}\". I like it, {mayor}. Now deliver it on time.",
    "Good pitch, {mayor}: \"{promise}\". Execution is what counts.",
  ],
  promiseAgainst: [
    "\"{promise}\"? Who pays for that, {mayor}?",
    "{mayor} wants \"{promise}\". My accountants are already worried.",
    "\"{promise}\" — that's ideology, {mayor}, not a business plan.",
    "I heard \"{promise}\". Investors are listening too, {mayor}, and they're nervous.",
  ],
  injection: [
    "\"{quote}\"? That's not a policy, {mayor}, that's a scam.",
    "In business we'd call that fraud, {mayor}. No deal.",
    "{mayor} tried a shortcut. Shortcuts like that kill trust.",
    "Whatever \"{quote}\" was supposed to be, {mayor}, it's not how serious people work.",
  ],
  idle: [
    "Nothing concrete from {mayor}. I can't invest in nothing.",
    "{mayor} talked, but where's the plan?",
    "No decisions from {mayor} this round. Time is money.",
    "I'm still waiting for a clear signal from {mayor}.",
  ],
};
