import type { Bank } from "./bank.ts";

/** Dr. Amara and other researchers: evidence, numbers, research funding, solar and fusion. */
export const SCIENTIST: Bank = {
  kept: [
    "The data confirms it: {mayor} kept \"{promise}\". Evidence beats rhetoric every time.",
    "\"{promise}\" — delivered. Thank you, {mayor}. My lab is paying attention.",
    "Promise made, promise measured, promise kept: \"{promise}\". Well done, {mayor}.",
    "I tested the claim \"{promise}\" against the facts. {mayor} passes.",
    "{mayor} kept \"{promise}\". Reproducible results — my favourite kind.",
    "A verified outcome: \"{promise}\". {mayor}, that's how trust is built.",
  ],
  broken: [
    "{mayor} promised \"{promise}\". The numbers say it didn't happen.",
    "\"{promise}\" — broken. Hypothesis rejected, {mayor}.",
    "I checked the record. {mayor} failed to deliver \"{promise}\".",
    "Claims without results: \"{promise}\". Disappointing, {mayor}.",
    "{mayor} broke \"{promise}\". My students could have predicted it.",
    "The evidence on \"{promise}\" is clear, {mayor}: not delivered.",
  ],
  contradiction: [
    "\"{quote}\" — {mayor}, the data says otherwise.",
    "{mayor} claims \"{quote}\". That's inconsistent with the observed facts.",
    "Interesting claim, {mayor}: \"{quote}\". The record disproves it.",
    "I'd fail a student for \"{quote}\" after doing the opposite, {mayor}.",
  ],
  deedFor: [
    "{mayor} {deed}. That's evidence-based policy. Excellent.",
    "Good decision: {mayor} {deed} {place}. The numbers will show it.",
    "{mayor} {deed}. Investment in the future — finally.",
    "I ran the figures: {mayor} {deed}, and that's a net gain for the city.",
  ],
  deedAgainst: [
    "{mayor} {deed}. That ignores every study we've published.",
    "You {deed}, {mayor}. The long-term cost is measurable, and it's large.",
    "{mayor} {deed} {place}. The data will not be kind to this decision.",
    "Short-term thinking: {mayor} {deed}. I'll have the figures by next round.",
  ],
  promiseFor: [
    "\"{promise}\" — promising, {mayor}. I'll want to see measurable results.",
    "{mayor} says \"{promise}\". Plausible. Let's test it.",
    "\"{promise}\". If {mayor} funds it properly, it could work.",
    "An interesting proposal from {mayor}: \"{promise}\". I'll track the outcome.",
  ],
  promiseAgainst: [
    "\"{promise}\"? {mayor}, have you read any of the research?",
    "{mayor} wants \"{promise}\". The evidence points the other way.",
    "\"{promise}\" — that ignores the numbers, {mayor}.",
    "I heard {mayor} say \"{promise}\". My colleagues are appalled.",
  ],
  injection: [
    "\"{quote}\"? {mayor} tried to manipulate the system. That's not science, it's sabotage.",
    "A crude injection attempt from {mayor}. It earns nothing.",
    "{mayor}, instructions hidden in a speech are not evidence.",
    "I know a manipulation attempt when I see one, {mayor}.",
  ],
  idle: [
    "No data from {mayor} this round. Nothing to evaluate.",
    "{mayor} offered no measurable commitment. Inconclusive.",
    "Nothing testable from {mayor}. I'll wait for real proposals.",
    "{mayor} spoke, but there was nothing to measure.",
  ],
};
