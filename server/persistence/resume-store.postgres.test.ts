import { expect, it } from "vitest";
import { POSTGRES_MISSING, postgresServerAvailable } from "../../tests/support/postgres-server.ts";
import { describeResumeStoreContract } from "../../tests/support/resume-store-contract.ts";
import { realServer } from "../../tests/support/store-targets.ts";

if (postgresServerAvailable()) {
  describeResumeStoreContract(realServer());
} else if (process.env.CI === "true") {
  it("runs the resume store contract against a real PostgreSQL server (required when CI=true)", () => {
    expect.fail("No PostgreSQL server for the resume store contract: set DATABASE_URL or `apt-get install -y postgresql`.");
  });
} else {
  console.warn(`\n${"!".repeat(80)}\n${POSTGRES_MISSING}\n${"!".repeat(80)}\n`);
  it.skip(POSTGRES_MISSING);
}
