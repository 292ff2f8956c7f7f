export { extractSpeech } from "./extract-speech.ts";
