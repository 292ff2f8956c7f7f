type Child = Node | string | null | undefined | false;

interface ElementOptions {
  class?: string;
  /** Plain text only: player and model text always goes through textContent. */
  text?: string;
  attrs?: Record<string, string>;
  style?: Partial<Record<string, string>>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

/** Creates an element; strings become text nodes, so nothing is ever parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const [name, value] of Object.entries(options.style ?? {})) if (value !== undefined) node.style.setProperty(name, value);
  for (const [name, handler] of Object.entries(options.on ?? {})) if (handler) node.addEventListener(name, handler);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Re-renders a container only when its input changed, so lists under the pointer are not rebuilt on every patch. */
export function renderKeyed(container: HTMLElement, key: string, render: () => Child[]): void {
  if (container.dataset.key === key) return;
  container.dataset.key = key;
  container.replaceChildren(...render().filter((c): c is Node | string => Boolean(c)));
}

/** A short colour dot for a mayor. */
export function swatch(color: string): HTMLSpanElement {
  return el("span", { class: "swatch", style: { background: color } });
}

/** Up to two capitals of a name: "Ada Lovelace" → "AL". */
export function initials(name: string): string {
  return name.split(/\s+/).map((w) => w[0] ?? "").join("").slice(0, 2).toUpperCase();
}

/** Black or white, whichever reads better on a "#rrggbb" colour (WCAG relative luminance). */
export function inkOn(color: string): string {
  const channel = (i: number) => {
    const c = (Number.parseInt(color.slice(1 + i * 2, 3 + i * 2), 16) || 0) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.18 ? "#0b1420" : "#ffffff";
}

/** A mayor's colour with their initials on it, so who is who reads without telling colours apart. */
export function badge(mayor: { name: string; color: string }): HTMLSpanElement {
  return el("span", { class: "badge", text: initials(mayor.name), style: { background: mayor.color, color: inkOn(mayor.color) }, attrs: { "aria-hidden": "true", title: mayor.name } });
}

/** Replaces a node's children, skipping the empty ones. */
export function setChildren(node: Element, children: Child[]): void {
  node.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}
