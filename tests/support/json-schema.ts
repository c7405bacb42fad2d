/**
 * A small JSON Schema checker for the keywords the site's own schemas use (the API's
 * errors.schema.json). An unknown keyword throws, so a schema can never be "checked" by
 * silently skipping what this does not understand.
 */
type Schema = Record<string, unknown>;

const annotations = new Set(['$schema', '$id', 'title', 'description', '$defs', 'format']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolveRef(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Schema)[part];
  if (!node || typeof node !== 'object') throw new Error(`Unresolved $ref ${ref}`);
  return node as Schema;
}

/** Problems found, each as `<JSON pointer>: <what is wrong>`; empty when the value is valid. */
export function validateJson(value: unknown, schema: Schema, root: Schema = schema, at = ''): string[] {
  const problems: string[] = [];
  const where = at || '/';
  for (const [keyword, rule] of Object.entries(schema)) {
    if (annotations.has(keyword)) continue;
    switch (keyword) {
      case '$ref':
        problems.push(...validateJson(value, resolveRef(root, rule as string), root, at));
        break;
      case 'type': {
        const actual = typeOf(value);
        const allowed = Array.isArray(rule) ? (rule as string[]) : [rule as string];
        if (!allowed.some((type) => actual === type || (type === 'number' && actual === 'integer')))
          problems.push(`${where}: expected ${allowed.join(' or ')}, got ${actual}`);
        break;
      }
      case 'const':
        if (value !== rule)
          problems.push(`${where}: expected ${JSON.stringify(rule)}, got ${JSON.stringify(value)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value))
          problems.push(`${where}: expected one of ${JSON.stringify(rule)}, got ${JSON.stringify(value)}`);
        break;
      case 'required':
        if (typeOf(value) === 'object')
          for (const key of rule as string[])
            if (!(key in (value as object))) problems.push(`${where}: missing required "${key}"`);
        break;
      case 'properties':
        if (typeOf(value) === 'object')
          for (const [key, sub] of Object.entries(rule as Record<string, Schema>))
            if (key in (value as object))
              problems.push(...validateJson((value as Schema)[key], sub, root, `${at}/${key}`));
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema.properties as Schema | undefined) ?? {});
          for (const key of Object.keys(value as object).filter((k) => !known.includes(k))) {
            if (rule === false) problems.push(`${where}: unexpected property "${key}"`);
            else problems.push(...validateJson((value as Schema)[key], rule as Schema, root, `${at}/${key}`));
          }
        }
        break;
      case 'minProperties':
        if (typeOf(value) === 'object' && Object.keys(value as object).length < (rule as number))
          problems.push(`${where}: expected at least ${String(rule)} properties`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((item, i) =>
            problems.push(...validateJson(item, rule as Schema, root, `${at}/${i}`)),
          );
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number))
          problems.push(`${where}: expected at least ${String(rule)} items`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number))
          problems.push(`${where}: expected at least ${String(rule)} characters`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value))
          problems.push(`${where}: "${value}" does not match ${String(rule)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number))
          problems.push(`${where}: expected >= ${String(rule)}, got ${value}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number))
          problems.push(`${where}: expected <= ${String(rule)}, got ${value}`);
        break;
      default:
        throw new Error(`validateJson does not know the keyword "${keyword}" (at ${where})`);
    }
  }
  return problems;
}
