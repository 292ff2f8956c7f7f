import { describeResumeStoreContract } from "../../tests/support/resume-store-contract.ts";
import { embeddedInMemory } from "../../tests/support/store-targets.ts";

describeResumeStoreContract(embeddedInMemory());
