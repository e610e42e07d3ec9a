// Kinds of filter values (State, one of a list, whole number, free text): how one value written on the
// command line or in a URL is read and checked, and its OpenAPI schema. Used by the filter registry.
import { resolveState } from '../core/index.js';

export interface ValueKind<V extends string | number> {
  /** The value `raw` stands for, or undefined when it cannot be understood. */
  read(raw: string): V | undefined;
  /** What a valid value looks like, for error messages. */
  expects: string;
  /** JSON Schema (OpenAPI 3.1) of one value. */
  schema: Record<string, unknown>;
  /** Whole numbers: the CLI also accepts ranges (`1-12`) and commas. */
  numeric?: boolean;
}

/** A State under review or recommending State: any name variant or ISO3 code → ISO3. */
export const stateValue: ValueKind<string> = {
  read: (raw) => resolveState(raw)?.iso3,
  expects: 'a State name (any variant) or ISO3 code',
  schema: { type: 'string' },
};

const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * One of `values`, in any letter case and spacing (returned as declared); `aliases` maps other names
 * (UPR Info's `Africa`, a taxonomy label) to one of the values. Anything else is refused with the list.
 */
export function oneOf<V extends string>(values: readonly V[], aliases: Readonly<Record<string, V>> = {}, opts: { listAliases?: boolean } = {}): ValueKind<V> {
  const known = new Map<string, V>();
  for (const [alias, v] of Object.entries(aliases)) known.set(fold(alias), v);
  for (const v of values) known.set(fold(v), v);
  const names = opts.listAliases === false ? [] : Object.keys(aliases);
  return {
    read: (raw) => known.get(fold(raw)),
    expects: `one of: ${values.join(', ')}${names.length ? `; also ${names.join(', ')}` : ''}`,
    schema: { type: 'string', enum: [...values, ...Object.keys(aliases)] },
  };
}

/** A whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number): ValueKind<number> {
  return {
    read: (raw) => {
      const n = Number(raw);
      return /^\s*\d+\s*$/.test(raw) && n >= min && n <= max ? n : undefined;
    },
    expects: `a whole number ${min}-${max}`,
    schema: { type: 'integer', minimum: min, maximum: max },
    numeric: true,
  };
}

/** Free text, kept as written (issue names, taxonomy ids, document types). */
export const textValue: ValueKind<string> = {
  read: (raw) => (raw.trim() ? raw.trim() : undefined),
  expects: 'a non-empty text',
  schema: { type: 'string' },
};
