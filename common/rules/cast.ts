import type { ActionType, TileType } from "../schemas/game.ts";

/** A citizen as written in the cast, before approvals are given per mayor. */
export interface CastMember {
  name: string;
  role: string;
  age: number;
  personality: string;
  bloc: number;
  startApproval: number;
}

/** The core citizens: present all campaign long. Bloc sizes add up to 66 votes. */
export const CORE_CAST: readonly CastMember[] = [
  {
    name: "Karl",
    role: "Factory worker",
    age: 48,
    personality:
      "Conservative and family-first, wary of change. Wants jobs and stability above all, stands by workers who lose their jobs, and likes carbon capture because it keeps the plants open.",
    bloc: 14,
    startApproval: 60,
  },
  {
    name: "Mia",
    role: "Climate activist",
    age: 24,
    personality:
      "Idealistic and impatient. Wants fast climate action, living forests and clean rivers, and justice for the generations to come. Hates greenwashing.",
    bloc: 10,
    startApproval: 35,
  },
  {
    name: "Sarah",
    role: "Opposition councillor",
    age: 42,
    personality:
      "Strategic and sharp, almost always critical. Quotes mayors word for word, keeps count of every broken promise and contradiction, and softens only for a mayor who truly delivers.",
    bloc: 6,
    startApproval: 25,
  },
  {
    name: "Greta",
    role: "Farmer",
    age: 57,
    personality:
      "Third-generation farmer, practical and proud. Wants fertile farmland and clean water, distrusts big promises from the city, and remembers who touched her fields.",
    bloc: 10,
    startApproval: 50,
  },
  {
    name: "Viktor",
    role: "Business owner",
    age: 51,
    personality:
      "Runs a logistics firm. Wants growth, investment and predictable rules; impatient with ideology from either side, but respects a good deal and a mayor who keeps their word.",
    bloc: 8,
    startApproval: 55,
  },
  {
    name: "Dr. Amara",
    role: "Scientist",
    age: 39,
    personality:
      "Energy researcher at the university. Trusts evidence, wants research funding, solar and fusion; irritated by claims that ignore the numbers.",
    bloc: 6,
    startApproval: 45,
  },
  {
    name: "Rosa",
    role: "Nurse",
    age: 45,
    personality:
      "Works night shifts at the city hospital and sees what polluted air does to children. Cares about health, housing and fairness; warm, but tired of empty words.",
    bloc: 12,
    startApproval: 50,
  },
];

/** A citizen who arrives because a mayor acted on a tile, with the solidarity shift they cause among the core. */
export interface SpawnRule extends CastMember {
  trigger: { actions: readonly ActionType[]; on: readonly TileType[] };
  /** Rounds the citizen stays, counting the round of arrival. */
  rounds: number;
  /** Approval change of core citizens toward the mayor who caused the arrival. */
  solidarity: Readonly<Record<string, number>>;
  openingLine: string;
}

export const SPAWN_RULES: readonly SpawnRule[] = [
  {
    name: "Oleg",
    role: "Refinery worker",
    age: 54,
    personality: "Twenty years on the drilling rigs and at the refinery. Proud, blunt, frightened for his pension.",
    bloc: 3,
    startApproval: 15,
    trigger: { actions: ["DEMOLISH", "REPLACE_WITH_SOLAR"], on: ["OIL_REFINERY"] },
    rounds: 3,
    solidarity: { Karl: -5, Sarah: 3 },
    openingLine: "Twenty years I gave that refinery. Who is going to feed my family now?",
  },
  {
    name: "Kerstin",
    role: "Power-plant worker",
    age: 38,
    personality: "Single mother who ran the coal plant's control room. Practical, angry, wants retraining not speeches.",
    bloc: 3,
    startApproval: 20,
    trigger: { actions: ["DEMOLISH", "REPLACE_WITH_SOLAR"], on: ["COAL_PLANT"] },
    rounds: 2,
    solidarity: { Karl: -5, Sarah: 3 },
    openingLine: "The plant is gone and so is my shift. I have two kids and a rent to pay.",
  },
  {
    name: "Henning",
    role: "Farmer's son",
    age: 31,
    personality: "Grew up on the family fields in the south-west. Quiet until his land is touched.",
    bloc: 2,
    startApproval: 20,
    trigger: { actions: ["CLEAR_FARMLAND"], on: ["FARMLAND"] },
    rounds: 2,
    solidarity: { Karl: -5, Greta: -5, Sarah: 3 },
    openingLine: "Three generations farmed that field. You cleared it in an afternoon.",
  },
  {
    name: "Bernd",
    role: "Forester",
    age: 61,
    personality: "Has walked the north-west forest for forty years and knows every trail. Gentle, stubborn.",
    bloc: 2,
    startApproval: 25,
    trigger: { actions: ["DEMOLISH"], on: ["HEALTHY_FOREST"] },
    rounds: 2,
    solidarity: { Mia: -3 },
    openingLine: "I planted some of those trees myself. Now there are stumps.",
  },
  {
    name: "Lena",
    role: "Solar technician",
    age: 28,
    personality: "Installs and maintains panels; optimistic, hands-on, proud of green jobs.",
    bloc: 2,
    startApproval: 65,
    trigger: { actions: ["BUILD_SOLAR", "REPLACE_WITH_SOLAR"], on: ["WASTELAND", "FACTORY", "OIL_REFINERY", "COAL_PLANT"] },
    rounds: 2,
    solidarity: { Mia: 3, Karl: 2 },
    openingLine: "New panels, new jobs. I start on the field on Monday!",
  },
  {
    name: "Dr. Yuki",
    role: "Fusion PhD student",
    age: 29,
    personality: "Brilliant and restless, dreams of fusion power, talks fast about plasma.",
    bloc: 2,
    startApproval: 70,
    trigger: { actions: ["BUILD_RESEARCH_CENTER"], on: ["HEALTHY_FOREST", "SICK_FOREST", "WASTELAND"] },
    rounds: 2,
    solidarity: { Mia: 3, Karl: 2 },
    openingLine: "A real lab! Give us a few rounds and we will have something to show you.",
  },
  {
    name: "Pavel",
    role: "Fusion engineer",
    age: 45,
    personality: "Calm veteran engineer who has waited his whole career to switch on a fusion reactor.",
    bloc: 3,
    startApproval: 60,
    trigger: { actions: ["BUILD_FUSION"], on: ["WASTELAND"] },
    rounds: 3,
    solidarity: { Mia: 3, Karl: 2 },
    openingLine: "I have waited twenty years to say this: the reactor is lit.",
  },
];

/** A dynamic citizen's approval of the mayors who did not bring them. */
export const DYNAMIC_NEUTRAL_APPROVAL = 45;
/** Votes carried by a citizen that a model introduced. */
export const MODEL_CITIZEN_BLOC = 2;
/** Rounds a model-introduced citizen stays, counting the round of arrival. */
export const MODEL_CITIZEN_ROUNDS = 2;
export const MAX_CITIZENS = 12;
