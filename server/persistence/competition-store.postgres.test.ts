import { canRun } from "../../tests/support/system-programs.ts";
import { POSTGRES_MISSING, postgresServerAvailable } from "../../tests/support/postgres-server.ts";
import { describeCompetitionStoreContract } from "../../tests/support/competition-store-contract.ts";
import { realServer } from "../../tests/support/store-targets.ts";

if (canRun(postgresServerAvailable() ? null : POSTGRES_MISSING, "a real PostgreSQL server for the store contract")) describeCompetitionStoreContract(realServer());
