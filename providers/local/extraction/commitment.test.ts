import { describe, expect, it } from "vitest";
import { commitmentOf } from "./commitment.ts";

const FORESTS = ["HEALTHY_FOREST", "SICK_FOREST"];

describe("commitmentOf", () => {
  it.each([
    ["I will build a research centre", { type: "do", actions: ["BUILD_RESEARCH_CENTER"], count: 1 }],
    ["I will build two research centres", { type: "do", actions: ["BUILD_RESEARCH_CENTER"], count: 2 }],
    ["I will plant a forest", { type: "do", actions: ["PLANT_FOREST"], count: 1 }],
    ["I will build a solar field", { type: "do", actions: ["BUILD_SOLAR", "REPLACE_WITH_SOLAR"], count: 1 }],
    ["I will replace the coal plant with solar", { type: "do", actions: ["REPLACE_WITH_SOLAR"], on: ["COAL_PLANT"], count: 1 }],
    ["I will close the refinery", { type: "do", actions: ["DEMOLISH", "REPLACE_WITH_SOLAR"], on: ["OIL_REFINERY"], count: 1 }],
    ["I will fit carbon capture on a factory", { type: "do", actions: ["UPGRADE_CARBON_CAPTURE"], on: ["FACTORY"], count: 1 }],
    ["I will build a factory", { type: "do", actions: ["BUILD_FACTORY"], count: 1 }],
    ["I will build a fusion reactor", { type: "do", actions: ["BUILD_FUSION"], count: 1 }],
    ["I will never clear farmland", { type: "avoid", actions: ["CLEAR_FARMLAND"] }],
    ["No field will be cleared", { type: "avoid", actions: ["CLEAR_FARMLAND"] }],
    ["No new factories", { type: "avoid", actions: ["BUILD_FACTORY"] }],
    ["The forest stays", { type: "avoid", actions: ["DEMOLISH", "BUILD_RESEARCH_CENTER"], on: FORESTS }],
    ["Not one more tree will fall", { type: "avoid", actions: ["DEMOLISH", "BUILD_RESEARCH_CENTER"], on: FORESTS }],
    ["The refinery stays open", { type: "avoid", actions: ["DEMOLISH", "REPLACE_WITH_SOLAR"], on: ["OIL_REFINERY"] }],
    ["I won't close the coal plant", { type: "avoid", actions: ["DEMOLISH", "REPLACE_WITH_SOLAR"], on: ["COAL_PLANT"] }],
    ["Ecology at least 50 by round 4", { type: "reach", bar: "ecology", comparison: "atLeast", value: 50 }],
    ["I will keep the economy no lower than 60", { type: "reach", bar: "economy", comparison: "atLeast", value: 60 }],
    ["research above 45 by round 6", { type: "reach", bar: "research", comparison: "atLeast", value: 45 }],
  ])("%s", (text, expected) => {
    expect(commitmentOf(text)).toEqual(expected);
  });

  it.each(["I will build a greener city", "More jobs for everyone", "A better future"])("gives none for vague words: %s", (text) => {
    expect(commitmentOf(text)).toBeUndefined();
  });

  it("does not read a contrast aside as a negation", () => {
    expect(commitmentOf("I will build a research centre on wasteland, not in the forest")).toEqual({ type: "do", actions: ["BUILD_RESEARCH_CENTER"], count: 1 });
  });
});
