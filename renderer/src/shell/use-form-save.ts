import type { FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { FieldInputError } from '../../../shared/records/field-input-error';
import { formErrorsOf } from './form-errors';

/**
 * Saves a form's values with the refusal said where the user looks: a FieldInputError marks
 * each field it names (and clears the ones it no longer names), and every failure becomes
 * `failure` ('未保存：…') for an Alert above the fields; `then` runs only on success.
 */
export function useFormSave(form: FormInstance) {
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);
  const inError = useRef<string[]>([]);

  async function run(save: () => Promise<unknown>, then?: () => void) {
    setSaving(true);
    setFailure(undefined);
    try {
      await save();
      form.setFields(formErrorsOf({}, inError.current));
      inError.current = [];
      then?.();
    } catch (error) {
      if (error instanceof FieldInputError) {
        form.setFields(formErrorsOf(error.fields, inError.current));
        inError.current = Object.keys(error.fields);
      }
      setFailure(`未保存：${(error as Error).message}`);
    } finally {
      setSaving(false);
    }
  }

  return { failure, saving, run };
}
