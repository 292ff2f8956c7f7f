import type { Voice } from "../values.ts";
import { ACTIVIST } from "./activist.ts";
import type { Bank } from "./bank.ts";
import { BUSINESS } from "./business.ts";
import { CARER } from "./carer.ts";
import { FARMER } from "./farmer.ts";
import { NEWCOMER } from "./newcomer.ts";
import { SCIENTIST } from "./scientist.ts";
import { WATCHDOG } from "./watchdog.ts";
import { WORKER } from "./worker.ts";

export const BANKS: Readonly<Record<Voice, Bank>> = {
  worker: WORKER,
  activist: ACTIVIST,
  watchdog: WATCHDOG,
  farmer: FARMER,
  business: BUSINESS,
  scientist: SCIENTIST,
  carer: CARER,
  newcomer: NEWCOMER,
};
