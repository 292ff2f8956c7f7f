import { describeStoreContract } from "../../tests/support/store-contract.ts";
import { embeddedInDir } from "../../tests/support/store-targets.ts";

describeStoreContract(embeddedInDir());
