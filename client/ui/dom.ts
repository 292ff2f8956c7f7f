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

/** Replaces a node's children, skipping the empty ones. */
export function setChildren(node: Element, children: Child[]): void {
  node.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}
