import type { Tone } from "../../../common/schemas/game.ts";
import type { Appraisal } from "./appraise.ts";
import type { Values } from "./values.ts";

/**
 * Harm hits people differently: carers and newcomers who lost a livelihood despair, and near a collapse so do
 * farmers; the rest are angry.
 */
function hurtTone(values: Values, appraisal: Appraisal): Tone {
  if (values.voice === "carer") return "desperate";
  if (values.voice === "newcomer" && Math.max(values.weights.jobs, values.weights.farmland) >= 1) return "desperate";
  if (appraisal.crisis && appraisal.delta <= -5 && values.voice === "farmer") return "desperate";
  return "angry";
}

function brokenTone(values: Values, appraisal: Appraisal, dynamic: boolean): Tone {
  if (values.voice === "watchdog") return dynamic || appraisal.main.nearMiss ? "suspicious" : "sarcastic";
  if (appraisal.main.nearMiss) return "suspicious";
  if (appraisal.main.relevance < 0.4) return appraisal.delta <= -5 ? "sarcastic" : "suspicious";
  return hurtTone(values, appraisal);
}

/** The tone of a reaction, from what the citizen reacts to, who they are and how hard it hit. */
export function toneFor(values: Values, appraisal: Appraisal, dynamic: boolean): Tone {
  const { main, delta } = appraisal;
  const watchdog = values.voice === "watchdog";
  // A shrug is neutral whatever it is about, except a contradiction or a trick, which always raise an eyebrow.
  const mild = Math.abs(delta) <= 1;
  switch (main.situation) {
    case "kept":
      if (mild) return "neutral";
      return watchdog ? "hopeful" : delta >= 5 ? "grateful" : "hopeful";
    case "broken":
      return mild ? "neutral" : brokenTone(values, appraisal, dynamic);
    case "contradiction":
      return watchdog && delta <= -7 ? "sarcastic" : "suspicious";
    case "deedFor":
      if (mild || watchdog) return "neutral";
      // A deed that serves them deeply (or two that serve them), or the one that brought a newcomer to town,
      // earns thanks rather than hope.
      return delta >= 6 || (appraisal.linked && delta >= 4) ? "grateful" : "hopeful";
    case "deedAgainst":
      if (mild) return "neutral";
      if (watchdog) return "sarcastic";
      return delta >= -4 ? "suspicious" : appraisal.crisis ? hurtTone(values, appraisal) : "angry";
    case "promiseFor":
      if (mild) return "neutral";
      if (watchdog) return "suspicious";
      return appraisal.linked && delta >= 4 ? "grateful" : "hopeful";
    case "promiseAgainst":
      return "suspicious";
    case "injection":
      return "suspicious";
    case "idle":
      return "neutral";
  }
}
