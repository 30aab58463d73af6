/**
 * Generates src/calcom/openapi.d.ts from src/calcom/openapi-v2.json (Cal.com API v2, Oct-2025 snapshot,
 * copied unchanged from shared/calcom/openapi-v2.json). Run with `npm run gen:calcom`.
 *
 * The published spec does not pass openapi-typescript as is: some enums of strings are declared
 * `type: "object"` (first at #/components/schemas/WorkflowTriggerOffsetDto/unit). The pre-pass below
 * fixes such nodes in memory; the checked-in JSON stays byte-identical to upstream.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specPath = path.join(root, 'src/calcom/openapi-v2.json');
const outPath = path.join(root, 'src/calcom/openapi.d.ts');

/** Fixes enums whose declared type does not match their values (walks the whole document). */
export function fixSpec(node: unknown, at = '#', fixes: string[] = []): string[] {
  if (Array.isArray(node)) {
    node.forEach((v, i) => fixSpec(v, `${at}/${i}`, fixes));
    return fixes;
  }
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.enum) && o.type === 'object') {
      // An enum of strings declared as an object; sometimes the values are wrapped in one more array.
      const values = o.enum.length === 1 && Array.isArray(o.enum[0]) ? (o.enum[0] as unknown[]) : o.enum;
      if (values.every((v) => typeof v === 'string')) {
        fixes.push(`${at}: enum declared as object -> string enum`);
        o.type = 'string';
        o.enum = values;
      }
    } else if (Array.isArray(o.enum) && o.type === 'array' && o.items) {
      // The enum belongs to the items (which already carry it), not to the array itself.
      fixes.push(`${at}: dropped array-level enum`);
      delete o.enum;
    }
    for (const [k, v] of Object.entries(o)) fixSpec(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, fixes);
  }
  return fixes;
}

async function main() {
  const spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));
  const fixes = fixSpec(spec);
  for (const f of fixes) console.log(`pre-pass: ${f}`);
  const ast = await openapiTS(spec, { defaultNonNullable: false });
  const header =
    '/**\n' +
    ' * GENERATED FILE — do not edit by hand.\n' +
    ' * Source: src/calcom/openapi-v2.json (Cal.com API v2). Regenerate with `npm run gen:calcom`\n' +
    ' * (scripts/generate-calcom-types.ts, openapi-typescript with defaultNonNullable: false).\n' +
    ' */\n\n';
  fs.writeFileSync(outPath, header + astToString(ast));
  console.log(`wrote ${path.relative(root, outPath)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
