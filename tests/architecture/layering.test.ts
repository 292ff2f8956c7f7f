import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

/** Which layers each layer may import (ARCHITECTURE.md): imports point inward. Test files may also use tests/. */
const ALLOWED: Record<string, readonly string[]> = {
  // Name rules and the identity schemas are one ring: the schema cleans names with the rules, the labels read the schema.
  "common/identity": ["common/identity", "common/schemas"],
  "common/schemas": ["common/schemas", "common/identity"],
  "common/rules": ["common/schemas", "common/rules"],
  "common/state": ["common/schemas", "common/state"],
  "common/engine": ["common/schemas", "common/rules", "common/engine"],
  "common/bots": ["common/schemas", "common/rules", "common/engine", "common/bots"],
  "common/rating": ["common/schemas", "common/rules", "common/rating"],
  "common/tournament": ["common/schemas", "common/rules", "common/rating", "common/tournament"],
  providers: ["common", "providers"],
  server: ["common", "providers", "server"],
  training: ["common", "providers", "training"],
  client: ["common", "client"],
  tools: ["common", "providers", "server", "training", "tools"],
};

function layerOf(path: string): string {
  const [top, second] = path.split("/");
  return top === "common" && `common/${second}` in ALLOWED ? `common/${second}` : top!;
}

const allows = (from: string, to: string) => (ALLOWED[from] ?? []).some((layer) => to === layer || to.startsWith(`${layer}/`));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

function violations(): string[] {
  const found: string[] = [];
  for (const file of Object.keys(ALLOWED).flatMap((layer) => (layer.includes("/") ? [] : sourceFiles(layer))).concat(sourceFiles("common"))) {
    for (const [, spec] of readFileSync(join(ROOT, file), "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
      const target = relative(ROOT, normalize(join(ROOT, dirname(file), spec!)));
      const testUsingTests = file.endsWith(".test.ts") && target.startsWith("tests/");
      if (!allows(layerOf(file), layerOf(target)) && !testUsingTests) found.push(`${file} → ${target}`);
    }
  }
  return found;
}

describe("the layering", () => {
  it("every import points inward", () => {
    expect(violations()).toEqual([]);
  });

  it("the check sees an import against the layers", () => {
    expect(allows("common/schemas", "common/bots")).toBe(false);
    expect(allows("training", "server")).toBe(false);
    expect(allows("server", "providers")).toBe(true);
  });
});
