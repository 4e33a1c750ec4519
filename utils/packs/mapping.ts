import { getClause } from '../clauses';
import { ALL_CATEGORIES } from './keyword-list';
import { PackError } from './errors';
import type { CategoryMapping } from './pack';

/** Throws a PackError when a category maps to no clause or to a clause id the registry does not know. */
export function checkMapping(mapping: CategoryMapping, source: string): void {
  const keys = Object.keys(mapping);
  if (keys.length === 0) throw new PackError(source, 'the mapping is empty: map each category to clause ids');
  for (const category of keys) {
    const ids = mapping[category] ?? [];
    const name = category === ALL_CATEGORIES ? 'all categories (*)' : `category ${JSON.stringify(category)}`;
    if (ids.length === 0) throw new PackError(source, `${name} is mapped to no clause id`);
    for (const id of ids)
      if (!getClause(id))
        throw new PackError(source, `${name} is mapped to unknown clause id ${JSON.stringify(id)}`);
  }
}

/** The clauses a category falls under: its own mapping, else the "*" mapping, else none. */
export function clausesFor(mapping: CategoryMapping, category: string): string[] | undefined {
  return Object.hasOwn(mapping, category) ? mapping[category] : mapping[ALL_CATEGORIES];
}
