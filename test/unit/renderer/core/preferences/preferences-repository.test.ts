import { describe, expect, it } from 'vitest';
import { databasePerTest } from '../../support/test-database';
import { LedgerDatabase } from '../../../../../renderer/src/db/database';
import {
  DEFAULT_OPERATOR_NAME,
  PreferenceValidationError,
  createPreferencesRepository,
} from '../../../../../renderer/src/core/preferences/preferences-repository';

const database = databasePerTest();

describe('preferences repository', () => {
  it('names the operator 支部书记 until a name is set', async () => {
    const preferences = createPreferencesRepository(database());
    expect(DEFAULT_OPERATOR_NAME).toBe('支部书记');
    expect(await preferences.getOperatorName()).toBe('支部书记');
    expect(await preferences.findOperatorName()).toBeUndefined();
  });

  it('stores the name trimmed, for every repository over the database and after reopening it', async () => {
    const db = database();
    const preferences = createPreferencesRepository(db);
    expect(await preferences.getOperatorName()).toBe('支部书记');
    expect(await preferences.setOperatorName('  刘晓燕 ')).toBe('刘晓燕');
    expect(await preferences.getOperatorName()).toBe('刘晓燕');
    expect(await createPreferencesRepository(db).getOperatorName()).toBe('刘晓燕');

    db.close();
    const reopened = new LedgerDatabase(db.name);
    try {
      expect(await createPreferencesRepository(reopened).getOperatorName()).toBe('刘晓燕');
    } finally {
      reopened.close();
    }
  });

  it.each([
    ['', '请填写操作人姓名。'],
    ['   ', '请填写操作人姓名。'],
    ['一二三四五六七八九十一二三四五六七八九十一', '操作人姓名不能超过 20 个字。'],
  ])('refuses %j in Chinese and keeps the stored name', async (name, message) => {
    const db = database();
    const preferences = createPreferencesRepository(db);
    await preferences.setOperatorName('刘晓燕');
    const attempt = preferences.setOperatorName(name);
    await expect(attempt).rejects.toBeInstanceOf(PreferenceValidationError);
    await expect(attempt).rejects.toThrow(message);
    expect(await preferences.getOperatorName()).toBe('刘晓燕');
    expect(await db.preferences.toArray()).toEqual([{ key: 'operatorName', value: '刘晓燕' }]);
  });

  it('counts characters, not code units: 20 characters outside the basic plane are accepted', async () => {
    const name = '𠀀'.repeat(20);
    expect(await createPreferencesRepository(database()).setOperatorName(name)).toBe(name);
  });
});
