import { Col, Form } from 'antd';
import type { ReactNode } from 'react';
import { DateInput } from './DateInput';

type FieldName = string | (string | number)[];

interface FormFieldProps {
  name: FieldName;
  label: string;
  /** Grid columns out of 24. */
  span?: number;
  required?: boolean;
  tooltip?: string;
  /** 'checked' for switches and checkboxes. */
  valuePropName?: string;
  children: ReactNode;
}

/** One labelled field in a form's grid row. */
export function FormField({ span = 8, children, ...item }: FormFieldProps) {
  return (
    <Col span={span}>
      <Form.Item {...item}>{children}</Form.Item>
    </Col>
  );
}

/** A labelled date field (YYYY-MM-DD); the label also names the input for screen readers. */
export function DateField({ name, label, span, required }: { name: FieldName; label: string; span?: number; required?: boolean }) {
  return (
    <FormField name={name} label={label} span={span} required={required}>
      <DateInput aria-label={label} />
    </FormField>
  );
}
