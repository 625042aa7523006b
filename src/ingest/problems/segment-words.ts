/**
 * Chinese word segmentation for category similarity, via jieba-wasm (jieba-rs compiled to WASM).
 *
 * Node: `await initSegmenter()` imports the package's nodejs build, which compiles its WASM
 * synchronously on import; after that `segmentWords` is synchronous.
 * Browser worker: the same call resolves the package's web build (export conditions "browser" /
 * "import"), whose default export fetches and instantiates jieba_rs_wasm_bg.wasm (~4 MB, served
 * from the app's own origin by Vite) — hence the promise. Until init has run, and if it fails,
 * a deterministic fallback (CJK character bigrams + ASCII words) keeps everything synchronous.
 */

export type Segmenter = (text: string) => string[];

interface JiebaModule {
  cut: (text: string, hmm?: boolean | null) => string[];
  default?: unknown;
}

/** Bigrams of each CJK run (single characters for one-character runs) and whole ASCII words. */
export function bigramSegment(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+|[a-z0-9]+/giu) ?? []) {
    if (!/\p{Script=Han}/u.test(run) || run.length === 1) {
      out.push(run.toLowerCase());
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

let active: Segmenter = bigramSegment;
let activeName: 'jieba' | 'bigram' = 'bigram';
/** Bumped whenever the segmenter changes, so caches of segmented text can tell they are stale. */
let generation = 0;
let loading: Promise<Segmenter | null> | null = null;

/** Words of a text with the active segmenter. */
export function segmentWords(text: string): string[] {
  return active(text);
}

export function segmenterName(): 'jieba' | 'bigram' {
  return activeName;
}

export function segmenterGeneration(): number {
  return generation;
}

/** Replaces the segmenter (tests, or a host that loads jieba its own way); null restores the fallback. */
export function setSegmenter(
  segmenter: Segmenter | null,
  name: 'jieba' | 'bigram' = segmenter ? 'jieba' : 'bigram',
): void {
  active = segmenter ?? bigramSegment;
  activeName = segmenter ? name : 'bigram';
  generation++;
}

async function loadJieba(): Promise<Segmenter | null> {
  try {
    const mod = (await import('jieba-wasm')) as unknown as JiebaModule;
    // The web build must be instantiated first; the nodejs build has no default init function.
    if (typeof mod.default === 'function') await (mod.default as () => Promise<unknown>)();
    const cut = typeof mod.cut === 'function' ? mod.cut : (mod.default as JiebaModule | undefined)?.cut;
    if (typeof cut !== 'function') return null;
    // jieba builds its dictionary on the first cut (~0.4 s): pay that at start-up, not inside the
    // first document's categorisation.
    cut('绩效自评', true);
    return (text) => cut(text, true);
  } catch {
    return null;
  }
}

/**
 * Loads jieba-wasm (once) and makes it the active segmenter; resolves true when jieba is active,
 * false when it could not be loaded (the bigram fallback then stays in use). Safe to call repeatedly.
 */
export async function initSegmenter(): Promise<boolean> {
  loading ??= loadJieba();
  const jieba = await loading;
  if (jieba && activeName !== 'jieba') setSegmenter(jieba, 'jieba');
  return jieba !== null;
}
