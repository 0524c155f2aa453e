/**
 * Options for a select at 300 px: choices that share a prefix before ": " ("Disproportionate identification:
 * Autism", "Disproportionate identification: Specific Learning Disability") go in an optgroup named by the
 * prefix, each option showing only what tells it apart, so the closed select never cuts them to the same text.
 */
import { el } from '../dom';

export interface Choice {
  value: string;
  label: string;
}

export function choiceOptions(choices: readonly Choice[]): (HTMLOptionElement | HTMLOptGroupElement)[] {
  const prefixOf = (label: string) => {
    const i = label.indexOf(': ');
    return i > 0 ? label.slice(0, i) : '';
  };
  const shared = new Map<string, number>();
  for (const c of choices) {
    const p = prefixOf(c.label);
    if (p) shared.set(p, (shared.get(p) ?? 0) + 1);
  }
  const out: (HTMLOptionElement | HTMLOptGroupElement)[] = [];
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const c of choices) {
    const p = prefixOf(c.label);
    if (!p || (shared.get(p) ?? 0) < 2) {
      out.push(el('option', { value: c.value }, c.label));
      continue;
    }
    let group = groups.get(p);
    if (!group) {
      group = el('optgroup', { label: p });
      groups.set(p, group);
      out.push(group);
    }
    group.append(el('option', { value: c.value }, c.label.slice(p.length + 2)));
  }
  return out;
}
