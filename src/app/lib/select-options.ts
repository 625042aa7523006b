/**
 * The options of a filter select, written natively rather than by a Svelte {#each}, and only when
 * someone can see them. The agency select lists thousands of names and narrows with the province:
 * rewriting 2,000 options (and their style) costs 20–35 ms, which a keyed {#each} paid on every
 * filter change at 100k projects. So:
 *   - the first complete list (once the options have loaded) is written when the page has
 *     settled; a list before that (just the selected value) at once;
 *   - a later change of the list (the province narrows or widens it) is written when the user
 *     reaches for the select (pointer down, focus, key), before its list opens;
 *   - until then a select whose value is not among its options lists just "all" and the value,
 *     so it always shows what is selected.
 * Options are built with `new Option(label, value)`: report text is set as text, never as HTML.
 */
import type { Attachment } from 'svelte/attachments';
import { afterSettled } from './activity.ts';

/** One option of a filter select: its value and what the user reads. */
export interface Choice {
  value: string;
  label: string;
}

interface SelectState {
  /** Key of the list in the DOM (see listKey); PROVISIONAL for an "all + value" stand-in. */
  written: string | null;
  /** The list to write when the user reaches for the select. */
  wanted: { key: string; all: string; choices: readonly Choice[]; complete: boolean } | null;
  /** A complete list has been written: later changes wait for the user. */
  seeded: boolean;
  /** Cancels a scheduled write of the first list. */
  cancel: (() => void) | null;
}

const states = new WeakMap<HTMLSelectElement, SelectState>();

/** Marks a stand-in list (see syncOptions); no real list has this key. */
const PROVISIONAL = '\u0002';

/** A key of the list: values and labels joined by separators that cannot occur in them. */
function listKey(all: string, choices: readonly Choice[]): string {
  let key = all;
  for (const c of choices) key += `\u0000${c.value}\u0001${c.label}`;
  return key;
}

function writeOptions(select: HTMLSelectElement, all: string, choices: readonly Choice[]): void {
  const fragment = document.createDocumentFragment();
  fragment.append(new Option(all, ''));
  for (const c of choices) fragment.append(new Option(c.label, c.value));
  const value = select.value;
  select.replaceChildren(fragment);
  select.value = value;
}

/** Writes the wanted list now, if it is not the one in the DOM. */
function flush(select: HTMLSelectElement, state: SelectState): void {
  state.cancel?.();
  state.cancel = null;
  const wanted = state.wanted;
  state.wanted = null;
  if (wanted === null || wanted.key === state.written) return;
  writeOptions(select, wanted.all, wanted.choices);
  state.written = wanted.key;
  state.seeded ||= wanted.complete;
}

function stateOf(select: HTMLSelectElement): SelectState {
  let state = states.get(select);
  if (state === undefined) {
    const created: SelectState = { written: null, wanted: null, seeded: false, cancel: null };
    for (const type of ['pointerdown', 'focus', 'keydown'] as const)
      select.addEventListener(type, () => flush(select, created), { capture: true });
    states.set(select, created);
    state = created;
  }
  return state;
}

function hasOption(select: HTMLSelectElement, value: string): boolean {
  for (const option of select.options) if (option.value === value) return true;
  return false;
}

/**
 * Makes `select` list the "all" option then `choices` (see the module comment), selecting `value`.
 * `complete`: the choices come from loaded data (false while the options are still loading).
 */
export function syncOptions(
  select: HTMLSelectElement,
  all: string,
  choices: readonly Choice[],
  value: string,
  complete = true,
): void {
  const state = stateOf(select);
  const key = listKey(all, choices);
  state.wanted = { key, all, choices, complete };
  if (key === state.written || !complete || document.activeElement === select) {
    flush(select, state);
  } else if (!state.seeded) {
    state.cancel ??= afterSettled(() => flush(select, state));
  }
  if (!hasOption(select, value)) {
    const label = choices.find((c) => c.value === value)?.label ?? value;
    writeOptions(select, all, value === '' ? [] : [{ value, label }]);
    state.written = PROVISIONAL;
  }
  if (select.value !== value) select.value = value;
}

/** `{@attach selectOptions(…)}`: re-applied whenever the list or the selected value changes. */
export function selectOptions(
  all: string,
  choices: readonly Choice[],
  value: string,
  complete = true,
): Attachment<HTMLSelectElement> {
  return (select) => syncOptions(select, all, choices, value, complete);
}
