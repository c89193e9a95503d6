/** Field errors keyed by a dotted path ('transfers.0.date'), as the shared validators return them. */
export type FieldErrors = Partial<Record<string, string>>;

/** 'transfers.0.date' → ['transfers', 0, 'date']: the form's name path for a validation field. */
export function fieldPathToName(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Form errors in antd's setFields shape, with every field not in error cleared. */
export function formErrorsOf(errors: FieldErrors, previouslyInError: readonly string[]) {
  const fields = new Set([...previouslyInError, ...Object.keys(errors)]);
  return [...fields].map((path) => ({ name: fieldPathToName(path), errors: errors[path] ? [errors[path]!] : [] }));
}

/**
 * An antd onValuesChange handler: a field changed after a refused save loses its error, the
 * others keep theirs until the next save.
 */
export function clearErrorsOfChanged(form: { setFields: (fields: { name: string; errors: string[] }[]) => void }) {
  return (changed: object) => form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
}
