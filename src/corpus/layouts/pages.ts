/** Page furniture of paged exports: "第 3 页 共 7 页" or "- 3 -" lines between rows and paragraphs. */
import type { Random } from '../random.ts';
import type { Block } from '../render.ts';

export class Pages {
  private page = 0;
  private readonly total: number;
  private readonly dashed: boolean;

  constructor(
    private readonly rng: Random,
    readonly enabled: boolean,
  ) {
    this.total = rng.int(3, 12);
    this.dashed = rng.chance(0.3);
  }

  next(): string {
    this.page++;
    return this.dashed ? `- ${this.page} -` : `第 ${this.page} 页 共 ${Math.max(this.total, this.page)} 页`;
  }

  /** Footers after `count` distinct random rows in [from, to] (empty when disabled). */
  tableFooters(from: number, to: number, count: number): Map<number, string> {
    const footers = new Map<number, string>();
    if (!this.enabled || to < from) return footers;
    const at = this.rng
      .sample(
        Array.from({ length: to - from + 1 }, (_, k) => from + k),
        count,
      )
      .sort((a, b) => a - b);
    for (const r of at) footers.set(r, this.next());
    return footers;
  }

  /** The blocks with a footer line after a few random ones (prose pages). */
  between(blocks: readonly Block[], count: number): Block[] {
    if (!this.enabled || blocks.length < 3) return [...blocks];
    const at = new Set(
      this.rng.sample(
        Array.from({ length: blocks.length - 2 }, (_, k) => k + 1),
        count,
      ),
    );
    return blocks.flatMap((b, k) => (at.has(k) ? [b, { kind: 'line', text: this.next() } as Block] : [b]));
  }
}
