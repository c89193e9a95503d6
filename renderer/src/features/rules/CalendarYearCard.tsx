import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatCalendarDates, parseCalendarDates } from '../../../../shared/calendar/calendar-text';
import { checkCalendarYear, statutoryHolidayDays, type CalendarYearCheck } from '../../../../shared/calendar/calendar-year-check';
import { PRC_PUBLIC_HOLIDAYS } from '../../../../shared/calendar/prc-public-holidays';
import type { WorkingDayYear } from '../../../../shared/calendar/working-days';
import { useInstallation } from '../../core/installation/use-installation';
import { RuleSetRefusedError, ruleSetRepository } from '../../core/rules/rule-set-repository';
import { localToday } from '../../core/today';

interface Draft {
  year: number;
  holidays: string;
  extraWorkdays: string;
}

interface Preview {
  year: number;
  entry: WorkingDayYear;
  parseErrors: string[];
  check: CalendarYearCheck;
}

function previewOf(draft: Draft): Preview {
  const holidays = parseCalendarDates(draft.year, draft.holidays);
  const extraWorkdays = parseCalendarDates(draft.year, draft.extraWorkdays);
  const entry = { holidays: holidays.dates, extraWorkdays: extraWorkdays.dates };
  return {
    year: draft.year,
    entry,
    parseErrors: [...holidays.errors.map((error) => `放假日期：${error}`), ...extraWorkdays.errors.map((error) => `调休上班：${error}`)],
    check: checkCalendarYear(draft.year, entry),
  };
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** A month-by-month table of what the typed year says, to hold against the notice. */
function PreviewTable({ preview }: { preview: Preview }) {
  const inMonth = (dates: string[], month: number) => dates.filter((date) => Number(date.slice(5, 7)) === month);
  const rows = MONTHS.map((month) => ({
    month,
    holidays: formatCalendarDates(inMonth(preview.entry.holidays, month)),
    extraWorkdays: formatCalendarDates(inMonth(preview.entry.extraWorkdays, month)),
  })).filter((row) => row.holidays || row.extraWorkdays);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="month"
      aria-label={`${preview.year}年节假日预览`}
      dataSource={rows}
      columns={[
        { title: '月份', dataIndex: 'month', width: 80, render: (month: number) => `${month}月` },
        { title: '放假（休）', dataIndex: 'holidays' },
        { title: '调休上班（班）', dataIndex: 'extraWorkdays' },
      ]}
    />
  );
}

/**
 * Central office: a year's holidays and make-up workdays typed from the State Council's notice
 * (国务院办公厅关于…年部分节假日安排的通知), checked for completeness and previewed month by
 * month, then published with the rule set: branches count working days (公示, deadlines) by it
 * from their next 回执, and dates in that year are no longer 暂算.
 */
export function CalendarYearCard({ typedYears }: { typedYears: Record<string, WorkingDayYear> }) {
  const { message } = App.useApp();
  const installation = useInstallation();
  const [form] = Form.useForm<Draft>();
  const [preview, setPreview] = useState<Preview>();
  const [saveErrors, setSaveErrors] = useState<string[]>([]);
  const nextYear = Number(localToday().slice(0, 4)) + 1;
  const known = useMemo(
    () => [
      ...Object.keys(PRC_PUBLIC_HOLIDAYS).filter((year) => !typedYears[year]).map((year) => `${year} 年（程序内置）`),
      ...Object.keys(typedYears).map((year) => `${year} 年（本单位录入）`),
    ].sort(),
    [typedYears],
  );

  function loadYear(year: number | null) {
    setPreview(undefined);
    setSaveErrors([]);
    const entry = year ? (typedYears[String(year)] ?? PRC_PUBLIC_HOLIDAYS[String(year)]) : undefined;
    form.setFieldsValue({ holidays: entry ? formatCalendarDates(entry.holidays) : '', extraWorkdays: entry ? formatCalendarDates(entry.extraWorkdays) : '' });
  }

  async function save() {
    const draft = await form.validateFields();
    const shown = previewOf(draft);
    setPreview(shown);
    if (shown.parseErrors.length > 0 || shown.check.errors.length > 0) {
      setSaveErrors(['日期有误，工作日历未保存，请按上面的提示改正。']);
      return;
    }
    try {
      const saved = await ruleSetRepository.publishCalendarYear(draft.year, shown.entry, { id: installation.ownerId });
      setSaveErrors([]);
      message.success(`已保存 ${draft.year} 年工作日历（规则集第 ${saved.version} 版），将随下一次导出的回执和登记文件下发各支部。`);
    } catch (error) {
      if (error instanceof RuleSetRefusedError) setSaveErrors(error.errors);
      else throw error;
    }
  }

  const problems = preview ? [...preview.parseErrors, ...preview.check.errors] : [];

  return (
    <Card title="工作日历（法定节假日与调休）">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          按国务院办公厅当年的节假日安排通知录入放假日期和调休上班日期，可写“2月5日至12日”“2027-02-05”，用顿号、逗号或换行分隔。保存前请先预览核对：程序检查元旦、劳动节、国庆节是否在内，节日段数是否齐全，调休上班日是否为周末，以及放假与调休相抵后是否等于法定节假日天数（2025 年起每年 13 天）。支部导入回执后即按此计算公示等工作日期限，该年份的日期不再标“暂算”。
        </Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="已配置的年份">{known.join('、')}</Descriptions.Item>
        </Descriptions>
        <Form form={form} layout="vertical" initialValues={{ year: nextYear, holidays: '', extraWorkdays: '' }} aria-label="工作日历">
          <Form.Item name="year" label="年份" rules={[{ required: true, message: '请填写年份' }]}>
            <InputNumber min={2000} max={2100} precision={0} onChange={(year) => loadYear(year)} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="holidays" label="放假日期" rules={[{ required: true, message: '请填写放假日期' }]}>
            <Input.TextArea rows={3} placeholder="1月1日至3日、2月5日至12日、4月3日至5日……" />
          </Form.Item>
          <Form.Item name="extraWorkdays" label="调休上班日期（周末上班）">
            <Input.TextArea rows={2} placeholder="1月31日、2月20日……" />
          </Form.Item>
          <Space>
            <Button onClick={() => void form.validateFields().then((draft) => setPreview(previewOf(draft)))}>预览</Button>
            <Button type="primary" onClick={() => void save()}>
              保存工作日历
            </Button>
          </Space>
        </Form>
        {preview && (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="calendar-preview">
            {problems.length > 0 && <Alert type="error" showIcon message={`${preview.year} 年的安排不能使用`} description={problems.map((problem) => <div key={problem}>{problem}</div>)} />}
            {preview.check.warnings.map((warning) => (
              <Alert key={warning} type="warning" showIcon message={warning} />
            ))}
            {problems.length === 0 && (
              <Typography.Text>
                {preview.year} 年：放假 {preview.check.holidayRuns.length} 段共 {preview.entry.holidays.length} 天，调休上班 {preview.entry.extraWorkdays.length} 天，少上班 {preview.check.netDaysOff} 天（法定{' '}
                {statutoryHolidayDays(preview.year)} 天），全年工作日 {preview.check.workingDays} 天。
              </Typography.Text>
            )}
            <PreviewTable preview={preview} />
          </Space>
        )}
        {saveErrors.length > 0 && <Alert type="error" showIcon message="工作日历未保存" description={saveErrors.join('')} />}
      </Space>
    </Card>
  );
}
