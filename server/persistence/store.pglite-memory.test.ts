import { describeStoreContract } from "../../tests/support/store-contract.ts";
import { embeddedInMemory } from "../../tests/support/store-targets.ts";

describeStoreContract(embeddedInMemory());
