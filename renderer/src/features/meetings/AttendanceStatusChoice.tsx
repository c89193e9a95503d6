import { useId, type ChangeEvent } from 'react';
import { ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/meetings/meeting-types';

interface AttendanceStatusChoiceProps {
  /** Set by the Form.Item around it. */
  value?: AttendanceStatus;
  onChange?: (status: AttendanceStatus) => void;
  /** The accessible name of the group: “<姓名>的出席情况”. */
  label: string;
}

/**
 * 出席 / 请假 / 缺席 of one attendance row: native radios in the look of antd's solid button
 * radios. A meeting of the whole branch has a hundred rows or more, and antd's three Radio
 * buttons per row (each with its style bookkeeping and click wave) made most of the time it
 * took to take the form down when the meeting was saved (issue #16 item 12).
 */
export function AttendanceStatusChoice({ value, onChange, label }: AttendanceStatusChoiceProps) {
  const name = useId();
  return (
    <span role="radiogroup" aria-label={label} className="attendance-status">
      {ATTENDANCE_STATUSES.map((status) => (
        <label key={status} className={status === value ? 'attendance-status-option attendance-status-checked' : 'attendance-status-option'}>
          <input type="radio" name={name} value={status} checked={status === value} onChange={() => onChange?.(status)} />
          {ATTENDANCE_STATUS_LABELS[status]}
        </label>
      ))}
    </span>
  );
}

interface AttendanceNoteInputProps {
  /** Set by the Form.Item around it. */
  value?: string;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
  label: string;
}

/** 备注 of one attendance row: a native input in the look of antd's small Input, for the same reason as the radios above. */
export function AttendanceNoteInput({ value, onChange, label }: AttendanceNoteInputProps) {
  return <input className="attendance-note" value={value ?? ''} onChange={onChange} maxLength={60} placeholder="如：夜班后休息" aria-label={label} />;
}
