/**
 * The model is built once and then only read: every page, the export and the
 * search records are views of it. Freezing it after it is complete turns a
 * view that writes into it (a sort in place, a patched field) into an error
 * at that line instead of a page that depends on which view ran first.
 */
export function freezeModel<T>(value: T): Readonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freezeModel(child);
  }
  return value;
}
