import { describe, expect, it } from "vitest";
import { loadDraft, saveDraft } from "./speech-draft.ts";
import { memoryStorage } from "../../tests/fixtures/memory-storage.ts";

describe("speech drafts", () => {
  it("keeps a draft per room and round", () => {
    const storage = memoryStorage();
    saveDraft("ABCDE", 2, "I will plant", storage);
    expect(loadDraft("ABCDE", 2, storage)).toBe("I will plant");
    expect(loadDraft("ABCDE", 3, storage)).toBe("");
    expect(loadDraft("FGHIJ", 2, storage)).toBe("");
  });

  it("drops the room's older rounds and forgets an emptied draft", () => {
    const storage = memoryStorage();
    saveDraft("ABCDE", 1, "old words", storage);
    saveDraft("FGHIJ", 1, "another room", storage);
    saveDraft("ABCDE", 2, "new words", storage);
    expect(loadDraft("ABCDE", 1, storage)).toBe("");
    expect(loadDraft("FGHIJ", 1, storage)).toBe("another room");
    saveDraft("ABCDE", 2, "", storage);
    expect(storage.length).toBe(1);
  });
});
