import { describe, expect, it } from 'vitest';
import { validateSetup, type InstallationSetup } from '../../../../shared/setup/installation';

const branch = (patch: Partial<InstallationSetup> = {}): InstallationSetup => ({
  role: 'branch',
  name: '内科第一党支部',
  parentOrganizationName: '',
  ...patch,
});

describe('validateSetup', () => {
  it('accepts a branch and trims its names', () => {
    expect(validateSetup(branch({ name: '  内科第一党支部 ', parentOrganizationName: ' 市人民医院党委 ' }))).toEqual({
      ok: true,
      value: { role: 'branch', name: '内科第一党支部', parentOrganizationName: '市人民医院党委' },
    });
  });

  it('drops the parent organisation on the central office PC', () => {
    const result = validateSetup({ role: 'central', name: '市人民医院党委', parentOrganizationName: '不应保存' });
    expect(result).toEqual({ ok: true, value: { role: 'central', name: '市人民医院党委', parentOrganizationName: '' } });
  });

  it('asks for the name in Chinese, naming the right field for each role', () => {
    expect(validateSetup(branch({ name: '   ' }))).toEqual({ ok: false, errors: { name: '请填写支部名称。' } });
    expect(validateSetup({ role: 'central', name: '', parentOrganizationName: '' })).toEqual({
      ok: false,
      errors: { name: '请填写单位党组织名称。' },
    });
  });

  it('refuses names that are too short, too long or contain control characters', () => {
    expect(validateSetup(branch({ name: '内' }))).toMatchObject({ ok: false, errors: { name: '支部名称至少 2 个字。' } });
    expect(validateSetup(branch({ name: '党'.repeat(61) }))).toMatchObject({ ok: false, errors: { name: '支部名称不能超过 60 个字。' } });
    expect(validateSetup(branch({ name: '内科\u0000支部' }))).toMatchObject({ ok: false, errors: { name: '支部名称不能包含控制字符。' } });
    expect(validateSetup(branch({ name: '党'.repeat(60) })).ok).toBe(true);
  });

  it('checks the optional parent name only when given', () => {
    expect(validateSetup(branch({ parentOrganizationName: '党' })) ).toMatchObject({
      ok: false,
      errors: { parentOrganizationName: '所属党委名称至少 2 个字。' },
    });
  });

  it('refuses an unknown role', () => {
    const result = validateSetup({ ...branch(), role: 'hospital' as never });
    expect(result).toMatchObject({ ok: false, errors: { role: '请选择本机的使用单位类型。' } });
  });
});
