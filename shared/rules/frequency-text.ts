import type { FrequencyPeriod, MeetingFrequency } from './rule-types';

const PERIOD_WORDS: Record<FrequencyPeriod, string> = { month: '月', quarter: '季度', halfYear: '半年', year: '年' };

/** 每月 1 次, 每月 2 次, 每季度 1 次, 每半年 1 次, 每年 1 次. */
export function frequencyText(frequency: MeetingFrequency): string {
  return `每${PERIOD_WORDS[frequency.per]} ${frequency.times} 次`;
}

/** The frequencies hospitals use, as the central office picks them. */
export const FREQUENCY_CHOICES: ReadonlyArray<{ label: string; value: MeetingFrequency }> = [
  { label: '每月一次', value: { times: 1, per: 'month' } },
  { label: '每月两次', value: { times: 2, per: 'month' } },
  { label: '每季度一次', value: { times: 1, per: 'quarter' } },
  { label: '每半年一次', value: { times: 1, per: 'halfYear' } },
  { label: '每年一次', value: { times: 1, per: 'year' } },
];

/** A frequency as one key ('1/month'), for a select's value. */
export function frequencyKey(frequency: MeetingFrequency): string {
  return `${frequency.times}/${frequency.per}`;
}
