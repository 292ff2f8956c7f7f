/** The name this browser plays under, remembered across visits (the home page and lobby renames both keep it). */
const KEY = "ecotopia.name";

export function loadName(storage: Storage = localStorage): string {
  return storage.getItem(KEY) ?? "";
}

export function saveName(name: string, storage: Storage = localStorage): void {
  storage.setItem(KEY, name);
}
