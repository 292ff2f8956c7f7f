/** Sentences of a bench mayor's speech: promises, a rival named, a contradiction-prone boast, as players write them. */
const SENTENCES = [
  "Citizens, I will build a research centre on the old wasteland before round {next}, and I will plant forests by the river.",
  "{rival} promised you clean air and then built another factory; I will close the coal plant instead.",
  "Jobs matter to me: no layoffs at the factory while I am your mayor, and wages will follow the economy up.",
  "I will never demolish farmland. The farmers feed this city and they deserve a mayor who keeps her word.",
  "By round {next} ecology will be above fifty, and research will reach forty so that solar fields can replace the refinery.",
  "Some say science can wait. It cannot: the scientist's lab gets funding this round, and the activists get a greener city.",
  "Trust deeds, not words: look at the map and see who planted and who cleared.",
];

/** A speech of four or five sentences, different for each seat and round, of the length players typically write. */
export function benchSpeech(seat: string, round: number): string {
  const n = Number(seat.slice(1)) || 1;
  const rival = `Bench Mayor ${(n % 6) + 1}`;
  const count = 4 + ((n + round) % 2);
  const picked = Array.from({ length: count }, (_, i) => SENTENCES[(n + round + i * 2) % SENTENCES.length]!);
  return picked.join(" ").replaceAll("{next}", String(Math.min(round + 1, 7))).replaceAll("{rival}", rival);
}
