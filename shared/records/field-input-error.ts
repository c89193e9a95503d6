/**
 * Input refused as typed: the first problem in Chinese as the message, and every field's, so
 * that a form can mark each field (shell/form-errors) and say the refusal above them.
 */
export class FieldInputError<Field extends string = string> extends Error {
  constructor(readonly fields: Partial<Record<Field, string>>) {
    super(Object.values<string | undefined>(fields)[0]);
    this.name = 'FieldInputError';
  }
}

/** Throws FieldInputError when `errors` names any field. */
export function refuseIfErrors<Field extends string>(errors: Partial<Record<Field, string>>): void {
  if (Object.keys(errors).length > 0) throw new FieldInputError<Field>(errors);
}
