import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Parses input at the edge; the error names every bad field (`field: message`). */
export function parse<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const bad = unstorableText(input);
  if (bad !== null) {
    const message = 'must not contain NUL characters or unpaired UTF-16 surrogates, nor start with a byte-order mark (U+FEFF)';
    throw new AppError('invalid_input', `${bad}: ${message}`, [{ field: bad, message }]);
  }
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const details = r.error.issues.map((i) => {
    const field = i.path.join('.') || (i.code === 'unrecognized_keys' ? (i as any).keys.join(', ') : 'body');
    const message = i.code === 'unrecognized_keys' ? `unknown field(s) ${(i as any).keys.join(', ')}` : i.message;
    return { field, message };
  });
  throw new AppError('invalid_input', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The path of the first string (value or key) the database cannot store and return unchanged: NUL,
 * a lone surrogate (it would be turned into U+FFFD), or a value starting with U+FEFF. Iterative, so deeply nested input cannot overflow the stack.
 */
function unstorableText(input: unknown): string | null {
  const stack: [unknown, string][] = [[input, '']];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      // A leading U+FEFF is stored, but embedded PGlite drops it when reading the value back.
      if (UNSTORABLE.test(v) || v.startsWith('\uFEFF')) return at || 'body';
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        const p = at ? `${at}.${k}` : k;
        if (UNSTORABLE.test(k)) return at || 'body';
        stack.push([child, p]);
      }
    }
  }
  return null;
}
