/** Text limits of the citizens contract (common/schemas/contracts/citizens.ts). */
export const DIALOGUE_MAX = 400;
export const SUMMARY_MAX = 400;
/** The most reactions one citizen gives in a round, whatever the number of mayors. */
export const MAX_REACTIONS_PER_CITIZEN = 2;
