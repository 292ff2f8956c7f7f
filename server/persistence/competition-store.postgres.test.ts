import { canRun, postgresMissing } from "../../tests/support/system-programs.ts";
import { describeCompetitionStoreContract } from "../../tests/support/competition-store-contract.ts";
import { realServer } from "../../tests/support/store-targets.ts";

if (canRun(postgresMissing(), "a real PostgreSQL server for the store contract")) describeCompetitionStoreContract(realServer());
