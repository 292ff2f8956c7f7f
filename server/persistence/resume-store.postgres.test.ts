import { canRun, postgresMissing } from "../../tests/support/system-programs.ts";
import { describeResumeStoreContract } from "../../tests/support/resume-store-contract.ts";
import { realServer } from "../../tests/support/store-targets.ts";

if (canRun(postgresMissing(), "a real PostgreSQL server for the store contract")) describeResumeStoreContract(realServer());
