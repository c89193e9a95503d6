import { describe, expect, it } from 'vitest';
import { validateMember } from '../../../../shared/members/member-validation';
import { memberInput } from '../support/member-fixture';

const TODAY = '2026-03-10';

/** A full member with a complete, consistent pipeline. */
const fullMember = memberInput(
  { stage: 'full', joinedOn: '2023-07-01', fullMembershipOn: '2024-07-01', idNumber: '110105199003070025' },
  {
    appliedOn: '2021-03-01',
    applicationTalkOn: '2021-03-20',
    activistOn: '2021-06-01',
    contacts: ['李红', '王强'],
    candidateOn: '2022-06-10',
    introducers: ['李红', '王强'],
    candidateTrainingHours: 24,
    preReviewOn: '2023-06-01',
    publicityStart: '2023-05-15',
    publicityEnd: '2023-05-19',
    admissionVoteOn: '2023-07-01',
    committeeApprovalOn: '2023-08-15',
    fullMembershipVoteOn: '2024-07-05',
  },
);

describe('validateMember', () => {
  it('accepts a complete, consistent member and a bare applicant', () => {
    expect(validateMember(fullMember, TODAY)).toEqual({});
    expect(validateMember(memberInput({ phone: '' }), TODAY)).toEqual({});
  });

  it('requires a name of at most 30 characters, counting rare characters as one', () => {
    expect(validateMember(memberInput({ name: '  ' }), TODAY)).toEqual({ name: '请填写姓名。' });
    expect(validateMember(memberInput({ name: '张'.repeat(30) }), TODAY)).toEqual({});
    expect(validateMember(memberInput({ name: '张'.repeat(31) }), TODAY)).toEqual({ name: '姓名不能超过 30 个字。' });
    expect(validateMember(memberInput({ name: '𠮷'.repeat(30) }), TODAY)).toEqual({});
  });

  it('requires a gender and a known stage', () => {
    expect(validateMember(memberInput({ gender: '' as never }), TODAY)).toEqual({ gender: '请选择性别。' });
    expect(validateMember(memberInput({ stage: 'member' as never }), TODAY)).toEqual({ stage: '请选择发展阶段。' });
  });

  it('requires a valid birth date no later than today', () => {
    expect(validateMember(memberInput({ birthDate: '' }), TODAY)).toEqual({ birthDate: '请填写出生日期。' });
    expect(validateMember(memberInput({ birthDate: '1990-02-30' }), TODAY)).toEqual({ birthDate: '出生日期无效，格式应为 YYYY-MM-DD。' });
    expect(validateMember(memberInput({ birthDate: TODAY }), TODAY)).toEqual({});
    expect(validateMember(memberInput({ birthDate: '2026-03-11' }), TODAY)).toEqual({ birthDate: '出生日期不能晚于今天。' });
  });

  it('checks an ID number when given, and its agreement with birth date and gender', () => {
    expect(validateMember(memberInput({ idNumber: '110105199003070024' }), TODAY)).toEqual({
      idNumber: '身份证号码校验位不正确，请核对是否输错。',
    });
    expect(validateMember(memberInput({ idNumber: '110105199003070025', birthDate: '1990-03-08' }), TODAY)).toEqual({
      idNumber: '身份证号码中的出生日期与所填出生日期不一致。',
    });
    expect(validateMember(memberInput({ idNumber: '110105199003070025', gender: 'male' }), TODAY)).toEqual({
      idNumber: '身份证号码中的性别与所填性别不一致。',
    });
    expect(validateMember(memberInput({ idNumber: ' 110105199003070025 ' }), TODAY)).toEqual({});
  });

  it('accepts an 11-digit mobile or a landline with area code, nothing else', () => {
    const phoneError = { phone: '联系电话应为 11 位手机号，或带区号的固定电话（如 010-12345678）。' };
    for (const phone of ['13912345678', '19912345678', '010-12345678', '0755-1234567', '075512345678']) {
      expect(validateMember(memberInput({ phone }), TODAY), phone).toEqual({});
    }
    for (const phone of ['12912345678', '1391234567', '139123456789', '12345678', '010-123456', '138 0013 8000']) {
      expect(validateMember(memberInput({ phone }), TODAY), phone).toEqual(phoneError);
    }
  });

  it('refuses invalid milestone dates and dates after today, except a running publicity', () => {
    const applicant = (development: object) => memberInput({}, development);
    expect(validateMember(applicant({ appliedOn: '2026-3-1' }), TODAY)).toEqual({
      'development.appliedOn': '递交入党申请书日期无效，格式应为 YYYY-MM-DD。',
    });
    expect(validateMember(applicant({ appliedOn: TODAY }), TODAY)).toEqual({});
    expect(validateMember(applicant({ appliedOn: '2026-03-11' }), TODAY)).toEqual({
      'development.appliedOn': '递交入党申请书日期不能晚于今天。',
    });
    expect(validateMember(applicant({ publicityStart: '2026-03-09', publicityEnd: '2026-03-13' }), TODAY)).toEqual({});
  });

  it('keeps the pipeline milestones in order, skipping those not reached', () => {
    const check = (development: object) => validateMember(memberInput({}, development), TODAY);
    expect(check({ appliedOn: '2025-01-10', activistOn: '2025-01-10' })).toEqual({});
    expect(check({ appliedOn: '2025-01-10', activistOn: '2025-01-09' })).toEqual({
      'development.activistOn': '确定为入党积极分子日期不能早于递交入党申请书日期。',
    });
    expect(check({ appliedOn: '2025-01-10', candidateOn: '2025-01-09' })).toEqual({
      'development.candidateOn': '确定为发展对象日期不能早于递交入党申请书日期。',
    });
    expect(check({ activistOn: '2024-05-01', candidateOn: '2025-05-01', admissionVoteOn: '2025-04-30' })).toMatchObject({
      'development.admissionVoteOn': '支部大会接收日期不能早于确定为发展对象日期。',
    });
    expect(check({ appliedOn: '2025-01-10', applicationTalkOn: '2025-01-09' })).toEqual({
      'development.applicationTalkOn': '派人谈话日期不能早于递交入党申请书日期。',
    });
    expect(check({ publicityStart: '2025-05-12', publicityEnd: '2025-05-11' })).toEqual({
      'development.publicityEnd': '公示结束日期不能早于公示开始日期。',
    });
    expect(check({ publicityStart: '2025-05-12', publicityEnd: '2025-05-12' })).toEqual({});
  });

  it('orders the full-membership vote after admission', () => {
    const member = { ...fullMember, development: { ...fullMember.development, fullMembershipVoteOn: '2023-06-30' } };
    expect(validateMember(member, TODAY)).toEqual({
      'development.fullMembershipVoteOn': '支部大会讨论转正日期不能早于支部大会接收日期。',
    });
  });

  it('requires the join date to be the admission vote date', () => {
    expect(validateMember({ ...fullMember, joinedOn: '2023-07-02', fullMembershipOn: '2024-07-02' }, TODAY)).toEqual({
      joinedOn: '入党时间应与支部大会接收为预备党员的日期一致。',
    });
  });

  it('keeps the stage consistent with the join and full-membership dates', () => {
    expect(validateMember({ ...fullMember, joinedOn: '' }, TODAY)).toEqual({ joinedOn: '预备党员和正式党员须填写入党时间。' });
    expect(validateMember({ ...fullMember, fullMembershipOn: '' }, TODAY)).toEqual({ fullMembershipOn: '正式党员须填写转正时间。' });
    expect(validateMember({ ...fullMember, fullMembershipOn: '2023-07-01' }, TODAY)).toEqual({
      fullMembershipOn: '转正时间应晚于入党时间。',
    });
    expect(validateMember({ ...fullMember, fullMembershipOn: '2023-07-02' }, TODAY)).toEqual({});
    expect(validateMember({ ...fullMember, stage: 'probationary' }, TODAY)).toEqual({
      fullMembershipOn: '尚未转为正式党员，不应填写转正时间。',
    });
    expect(validateMember({ ...fullMember, stage: 'probationary', fullMembershipOn: '' }, TODAY)).toEqual({});
    expect(validateMember(memberInput({ stage: 'candidate', joinedOn: '2025-01-01' }), TODAY)).toEqual({
      joinedOn: '尚未接收为预备党员，不应填写入党时间。',
    });
  });

  it('accepts a member transferred in without development milestones', () => {
    const transferred = memberInput({
      stage: 'full',
      joinedOn: '2010-07-01',
      fullMembershipOn: '2011-07-01',
      transfers: [{ direction: 'in', date: '2024-09-01', counterpart: '市第二医院党委', note: '' }],
    });
    expect(validateMember(transferred, TODAY)).toEqual({});
  });

  it('checks every transfer by index', () => {
    const member = memberInput({
      transfers: [
        { direction: 'in', date: '2024-09-01', counterpart: '市第二医院党委', note: '' },
        { direction: 'sideways' as never, date: '2026-03-11', counterpart: ' ', note: '' },
        { direction: 'out', date: '', counterpart: '区卫健委党委', note: '' },
      ],
    });
    expect(validateMember(member, TODAY)).toEqual({
      'transfers.1.direction': '请选择转入或转出。',
      'transfers.1.date': '转接日期不能晚于今天。',
      'transfers.1.counterpart': '请填写转入或转出的党组织。',
      'transfers.2.date': '请填写转接日期。',
    });
  });

  it('checks an ending (出党): its kind, date, reason and document, a death needing only the date', () => {
    const full = { stage: 'full' as const, joinedOn: '2010-07-01', fullMembershipOn: '2011-07-01' };
    const expelled = { kind: 'expelled' as const, date: '2026-02-03', reason: '严重违纪', document: '院纪委〔2026〕3 号' };
    expect(validateMember(memberInput({ ...full, ending: expelled }), TODAY)).toEqual({});
    expect(validateMember(memberInput({ ...full, ending: { kind: 'died', date: '2026-02-03', reason: '', document: '' } }), TODAY)).toEqual({});
    expect(validateMember(memberInput({ ...full, ending: { ...expelled, reason: ' ', document: '' } }), TODAY)).toEqual({
      'ending.reason': '请填写原因。',
      'ending.document': '请填写决定机关及文号（如 院党委〔2026〕12 号）。',
    });
    expect(validateMember(memberInput({ ...full, ending: { ...expelled, kind: 'vanished' as never, date: '' } }), TODAY)).toEqual({
      'ending.kind': '请选择出党方式。',
      'ending.date': '请填写出党（或去世）日期。',
    });
    expect(validateMember(memberInput({ ...full, ending: { ...expelled, date: '2009-01-01' } }), TODAY)).toEqual({ 'ending.date': '出党日期不能早于入党时间。' });
    const transferAfter = { direction: 'out' as const, date: '2026-02-04', counterpart: '区卫健委党委', note: '' };
    expect(validateMember(memberInput({ ...full, ending: expelled, transfers: [transferAfter] }), TODAY)).toEqual({
      'transfers.0.date': '转接日期不能晚于开除党籍日期（2026-02-03）。',
    });
  });

  it('checks training hours and the probation extension (0, or 6 to 12 months)', () => {
    const withDevelopment = (development: object) => validateMember(memberInput({}, development), TODAY);
    const extensionError = { 'development.probationExtensionMonths': '延长预备期应为 6 至 12 个月；未延长请填 0。' };
    expect(withDevelopment({ candidateTrainingHours: -1 })).toEqual({
      'development.candidateTrainingHours': '培训学时应为不小于 0 的数字。',
    });
    expect(withDevelopment({ candidateTrainingHours: 24.5 })).toEqual({});
    expect(withDevelopment({ probationExtensionMonths: 5 })).toEqual(extensionError);
    expect(withDevelopment({ probationExtensionMonths: 6 })).toEqual({});
    expect(withDevelopment({ probationExtensionMonths: 12 })).toEqual({});
    expect(withDevelopment({ probationExtensionMonths: 13 })).toEqual(extensionError);
    expect(withDevelopment({ probationExtensionMonths: 6.5 })).toEqual(extensionError);
  });

  it('limits contacts to 2 and introducers to 2', () => {
    const withDevelopment = (development: object) => validateMember(memberInput({}, development), TODAY);
    expect(withDevelopment({ contacts: ['甲', '乙'], introducers: ['甲', '乙'] })).toEqual({});
    expect(withDevelopment({ contacts: ['甲', '乙', '丙'] })).toEqual({ 'development.contacts': '培养联系人不能超过 2 名。' });
    expect(withDevelopment({ introducers: ['甲', '乙', '丙'] })).toEqual({ 'development.introducers': '入党介绍人应为 2 名。' });
  });
});
