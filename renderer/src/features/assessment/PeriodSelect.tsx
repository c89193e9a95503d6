import { Select } from 'antd';
import { assessmentPeriodLabel, assessmentPeriodsOf } from '../../../../shared/assessment/points';

/** The four quarters and the year, this year and last, newest first. */
export function PeriodSelect({ value, onChange, today }: { value: string; onChange: (period: string) => void; today: string }) {
  const year = Number(today.slice(0, 4));
  const options = [...assessmentPeriodsOf(year).reverse(), ...assessmentPeriodsOf(year - 1).reverse()].map((period) => ({ value: period, label: assessmentPeriodLabel(period) }));
  return <Select aria-label="考核期间" value={value} onChange={onChange} options={options} style={{ width: 180 }} />;
}

/** The quarter a day falls in, as a period key: where the screens open. */
export function quarterOf(today: string): string {
  return `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
}
