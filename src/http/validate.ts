import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Parses input at the edge; the error names every bad field (`field: message`). */
export function parse<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const details = r.error.issues.map((i) => {
    const field = i.path.join('.') || (i.code === 'unrecognized_keys' ? (i as any).keys.join(', ') : 'body');
    const message = i.code === 'unrecognized_keys' ? `unknown field(s) ${(i as any).keys.join(', ')}` : i.message;
    return { field, message };
  });
  throw new AppError('invalid_input', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}
