import { Select } from 'antd';

/** This year and the two before, newest first: the years 积分, 民主评议 and 评先 are kept for. */
export function YearSelect({ value, onChange, today, label = '年度' }: { value: number; onChange: (year: number) => void; today: string; label?: string }) {
  const year = Number(today.slice(0, 4));
  return <Select aria-label={label} value={value} onChange={onChange} options={[year, year - 1, year - 2].map((each) => ({ value: each, label: `${each}年度` }))} style={{ width: 120 }} />;
}
