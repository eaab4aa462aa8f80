/**
 * DOM writes that happen only when they change something. Painters run for every snapshot and
 * every pen move; even an unchanged write is a mutation that costs a style pass or a layout.
 */

export function setAttr(el: Element, name: string, value: string | number): void {
  const text = String(value);
  if (el.getAttribute(name) !== text) el.setAttribute(name, text);
}

export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
