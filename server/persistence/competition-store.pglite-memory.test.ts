import { describeCompetitionStoreContract } from "../../tests/support/competition-store-contract.ts";
import { embeddedInMemory } from "../../tests/support/store-targets.ts";

describeCompetitionStoreContract(embeddedInMemory());
