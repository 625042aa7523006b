/**
 * A tiny SQL fragment builder. Every interpolated value becomes a `?` parameter of a prepared
 * statement; only fragments (built from constants in queries.ts) are spliced in as SQL text. So
 * report text or URL input can never change a statement's shape.
 */
export type Param = string | number | boolean;

export class Fragment {
  constructor(
    readonly text: string,
    readonly params: readonly Param[],
  ) {}
}

/** SQL text from the code itself (identifiers picked from a whitelist, keywords). Never user input. */
export function trusted(text: string): Fragment {
  return new Fragment(text, []);
}

export function sql(strings: TemplateStringsArray, ...values: readonly (Fragment | Param)[]): Fragment {
  let text = strings[0] ?? '';
  const params: Param[] = [];
  values.forEach((value, index) => {
    if (value instanceof Fragment) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[index + 1] ?? '';
  });
  return new Fragment(text, params);
}

/** Joins fragments with a separator (e.g. ' AND '); an empty list gives `empty`. */
export function joinSql(parts: readonly Fragment[], separator: string, empty = ''): Fragment {
  if (parts.length === 0) return trusted(empty);
  return new Fragment(
    parts.map((part) => part.text).join(separator),
    parts.flatMap((part) => part.params),
  );
}
