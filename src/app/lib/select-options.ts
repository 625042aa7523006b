/**
 * The options of a filter select, written natively rather than by a Svelte {#each}: the agency
 * select lists thousands of names, and keyed reconciliation of that many items (an effect per
 * option, created and destroyed as the province narrows the list) cost about 20 ms of every filter
 * change at 100k projects. Options are built with `new Option(label, value)`, so report text is
 * set as text, never parsed as HTML.
 */
import type { Attachment } from 'svelte/attachments';
import { afterSettled } from './activity.ts';

/** One option of a filter select: its value and what the user reads. */
export interface Choice {
  value: string;
  label: string;
}

/** What a select currently lists, to skip rewriting an unchanged list (most filter changes). */
const listed = new WeakMap<HTMLSelectElement, string>();
/** A list to write once the page has settled, and how to cancel that. */
const pending = new WeakMap<HTMLSelectElement, { write: () => void; cancel: () => void }>();

/** A key of the list: values and labels joined by separators that cannot occur in them. */
function listKey(all: string, choices: readonly Choice[]): string {
  let key = all;
  for (const c of choices) key += `\u0000${c.value}\u0001${c.label}`;
  return key;
}

function writeOptions(select: HTMLSelectElement, all: string, choices: readonly Choice[], key: string): void {
  const fragment = document.createDocumentFragment();
  fragment.append(new Option(all, ''));
  for (const c of choices) fragment.append(new Option(c.label, c.value));
  select.replaceChildren(fragment);
  listed.set(select, key);
}

/** Writes a deferred list now: the user is about to open or type into the select. */
function flush(select: HTMLSelectElement): void {
  const task = pending.get(select);
  if (task === undefined) return;
  task.cancel();
  task.write();
}

const watched = new WeakSet<HTMLSelectElement>();

function watch(select: HTMLSelectElement): void {
  if (watched.has(select)) return;
  watched.add(select);
  for (const type of ['pointerdown', 'focus', 'keydown'] as const)
    select.addEventListener(type, () => flush(select), { capture: true });
}

function hasOption(select: HTMLSelectElement, value: string): boolean {
  for (const option of select.options) if (option.value === value) return true;
  return false;
}

/** Marks a list written for the moment only (see syncOptions); no real list has this key. */
const PROVISIONAL = '\u0002';

/**
 * Makes `select` list the "all" option then `choices`, and selects `value`. A changed list is
 * written once the filter change has settled, after its charts: the list is only seen when the
 * select is opened, and opening or focusing it writes the list at once. Until then a select that
 * cannot show `value` lists just "all" and `value`, so it always shows what is selected.
 */
export function syncOptions(
  select: HTMLSelectElement,
  all: string,
  choices: readonly Choice[],
  value: string,
): void {
  watch(select);
  const key = listKey(all, choices);
  pending.get(select)?.cancel();
  pending.delete(select);
  if (listed.get(select) !== key) {
    const write = () => {
      pending.delete(select);
      writeOptions(select, all, choices, key);
      if (select.value !== value) select.value = value;
    };
    if (!listed.has(select) || document.activeElement === select) {
      write();
    } else {
      if (!hasOption(select, value)) {
        const label = choices.find((c) => c.value === value)?.label ?? value;
        writeOptions(select, all, value === '' ? [] : [{ value, label }], PROVISIONAL);
      }
      pending.set(select, { write, cancel: afterSettled(write) });
    }
  }
  if (select.value !== value) select.value = value;
}

/** `{@attach selectOptions(…)}`: re-applied whenever the list or the selected value changes. */
export function selectOptions(
  all: string,
  choices: readonly Choice[],
  value: string,
): Attachment<HTMLSelectElement> {
  return (select) => syncOptions(select, all, choices, value);
}
