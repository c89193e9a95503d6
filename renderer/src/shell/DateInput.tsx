import { DatePicker } from 'antd';
import dayjs from 'dayjs';

const FORMAT = 'YYYY-MM-DD';

interface DateInputProps {
  /** YYYY-MM-DD, or '' for no date. */
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
}

/**
 * A date field whose value is the YYYY-MM-DD string the records store, so forms never
 * carry dayjs objects (which would leak time zones into dates). Typing a date works
 * as well as picking one: secretaries copy dates from paper.
 */
export function DateInput({ value, onChange, placeholder = '年-月-日', ...rest }: DateInputProps) {
  return (
    <DatePicker
      {...rest}
      value={value ? dayjs(value, FORMAT) : null}
      format={FORMAT}
      placeholder={placeholder}
      onChange={(date) => onChange?.(date ? date.format(FORMAT) : '')}
      style={{ width: '100%' }}
    />
  );
}
