/**
 * Counts queries in flight and charts still rendering, and marks the page idle on <html>:
 * data-idle="1" plus an increasing data-idle-seq, and a 'jx:idle' performance mark. Tests and the
 * benchmark wait on these; they are
 * plain DOM attributes (not reactive state) so tracking never re-triggers Svelte effects.
 */
let pending = 0;
let seq = 0;
let scheduled = false;
let resolveFirstIdle: () => void = () => {};

/** Resolves once the first view has rendered: secondary work waits for it. */
export const firstIdle: Promise<void> = new Promise((resolve) => {
  resolveFirstIdle = resolve;
});

function root(): HTMLElement {
  return document.documentElement;
}

/** Work waiting for the page to settle (see afterSettled). */
const afterTasks = new Set<() => void>();

function settle(): void {
  scheduled = false;
  if (pending !== 0) return;
  seq += 1;
  performance.mark('jx:idle');
  root().dataset.idle = '1';
  root().dataset.idleSeq = String(seq);
  resolveFirstIdle();
  if (afterTasks.size > 0) setTimeout(runAfterTasks, 0);
}

function runAfterTasks(): void {
  if (pending !== 0) return; // New work began: the tasks wait for it to settle too.
  const tasks = [...afterTasks];
  afterTasks.clear();
  for (const task of tasks) task();
}

/**
 * Runs `task` a task after the page has settled (every query answered, every chart rendered),
 * or soon if nothing is in flight: work the user cannot see yet (e.g. refilling a closed
 * select's list) waits for what they can. Returns a cancel function.
 */
export function afterSettled(task: () => void): () => void {
  afterTasks.add(task);
  if (pending === 0) setTimeout(runAfterTasks, 0);
  return () => afterTasks.delete(task);
}

/** Marks the start of an asynchronous unit of work; call the returned function when it ends. */
export function begin(): () => void {
  pending += 1;
  root().dataset.idle = '0';
  let done = false;
  return () => {
    if (done) return;
    done = true;
    pending -= 1;
    if (pending === 0 && !scheduled) {
      scheduled = true;
      // A task later: the effects that results trigger (charts, mounted components) run in microtasks,
      // so by then they have begun their own work, if any.
      setTimeout(settle, 0);
    }
  };
}

/** performance.mark once per name (e.g. the first chart rendered). */
export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
