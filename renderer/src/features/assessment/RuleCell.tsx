import { InputNumber, Select, Space, Tag, Input } from 'antd';
import { ASSESSMENT_FIGURES, FIGURE_LABELS, SCORING_KIND_LABELS, type AssessmentItem, type ScoringRule } from '../../../../shared/assessment/scheme-types';

const FIGURE_OPTIONS = ASSESSMENT_FIGURES.map((figure) => ({ value: figure, label: FIGURE_LABELS[figure] }));
const RULE_KIND_OPTIONS = [
  { value: 'linear', label: '按比例计分' },
  { value: 'steps', label: '分档计分' },
];

/** "95:10, 90:8" ⇄ steps: what a person types for a stepped rule. Unreadable parts become NaN, which the validator names. */
function stepsText(rule: ScoringRule): string {
  return rule.kind === 'steps' ? rule.steps.map((step) => `${step.atLeastPercent}:${step.points}`).join(', ') : '';
}
function parseSteps(text: string): ScoringRule {
  const steps = text.split(/[,，;；]/).map((part) => part.trim()).filter(Boolean).map((part) => {
    const [at, points] = part.split(/[:：]/).map((value) => Number(value.trim()));
    return { atLeastPercent: at ?? Number.NaN, points: points ?? Number.NaN };
  });
  return { kind: 'steps', steps };
}

/**
 * A rule of the other kind to start from: steps give full points at 100 % (the office types the
 * lower steps), linear runs from 0 % to 100 %. Either is then checked whole on save.
 */
function ruleOfKind(kind: ScoringRule['kind'], maxPoints: number): ScoringRule {
  return kind === 'steps' ? { kind: 'steps', steps: [{ atLeastPercent: 100, points: maxPoints }] } : { kind: 'linear', zeroAtPercent: 0, fullAtPercent: 100 };
}

/** The 计分 cell of the 考核方案 editor: an automatic item's figure and rule, a veto's cap, else the kind. */
export function RuleCell({ item, onChange }: { item: AssessmentItem; onChange: (scoring: AssessmentItem['scoring']) => void }) {
  const scoring = item.scoring;
  if (scoring.kind === 'veto') {
    return <InputNumber aria-label={`${item.title}封顶分`} size="small" value={scoring.capAt} onChange={(value) => onChange({ kind: 'veto', capAt: value ?? Number.NaN })} addonBefore="封顶" style={{ width: 140 }} />;
  }
  if (scoring.kind !== 'automatic') return <Tag>{SCORING_KIND_LABELS[scoring.kind]}</Tag>;
  const rule = scoring.rule;
  const setRule = (next: ScoringRule) => onChange({ ...scoring, rule: next });
  return (
    <Space direction="vertical" size={2}>
      <Select aria-label={`${item.title}计分依据`} size="small" value={scoring.figure} options={FIGURE_OPTIONS} onChange={(figure) => onChange({ ...scoring, figure })} style={{ width: 250 }} />
      <Select aria-label={`${item.title}计分规则`} size="small" value={rule.kind} options={RULE_KIND_OPTIONS} onChange={(kind) => kind !== rule.kind && setRule(ruleOfKind(kind, item.maxPoints))} style={{ width: 130 }} />
      {rule.kind === 'linear' ? (
        <Space>
          <InputNumber aria-label={`${item.title}零分点`} size="small" value={rule.zeroAtPercent} onChange={(value) => setRule({ ...rule, zeroAtPercent: value ?? Number.NaN })} addonAfter="%" style={{ width: 100 }} />
          <span>至</span>
          <InputNumber aria-label={`${item.title}满分点`} size="small" value={rule.fullAtPercent} onChange={(value) => setRule({ ...rule, fullAtPercent: value ?? Number.NaN })} addonAfter="%" style={{ width: 100 }} />
        </Space>
      ) : (
        <Input aria-label={`${item.title}分档`} size="small" defaultValue={stepsText(rule)} onBlur={(event) => setRule(parseSteps(event.target.value))} placeholder="门槛%:得分，从高到低，如 95:10, 90:8" />
      )}
    </Space>
  );
}
