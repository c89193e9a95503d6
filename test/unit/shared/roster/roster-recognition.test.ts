import { describe, expect, it } from 'vitest';
import { acceptedHeaders, recogniseRosterColumns, recognitionNotice } from '../../../../shared/roster/roster-recognition';
import { rosterColumnByHeader } from '../../../../shared/roster/roster-columns';

const headersOf = (header: ReturnType<typeof recogniseRosterColumns>) =>
  header.columns.map(({ index, column, how }) => [index, column.header, how]);

describe('recogniseRosterColumns', () => {
  it('reads a header row in any order, listing unknown and repeated columns but not 序号', () => {
    const header = recogniseRosterColumns(['序号', '人员类别', '备注', ' 姓名（必填）', null, '工号', '姓名'], []);
    expect(headersOf(header)).toEqual([
      [1, '人员类别', 'header'],
      [3, '姓名', 'header'],
    ]);
    expect(header.unknown).toEqual(['备注', '工号']);
    expect(header.duplicates).toEqual(['姓名']);
  });

  it('takes a column of 正式党员/预备党员 as the member category whatever it is called', () => {
    const header = recogniseRosterColumns(['姓名', '党员类别'], [['王芳', '正式党员'], ['李明', '预备党员'], ['陈红', '']]);
    expect(headersOf(header)).toEqual([
      [0, '姓名', 'header'],
      [1, '人员类别', 'values'],
    ]);
    expect(recognitionNotice(header.columns[1]!)).toBe('“党员类别”列的内容是正式党员、预备党员等，已按“人员类别”读取。');
  });

  it('takes a column of 在职/离退休 as 是否离退休, even under a header that names the member category', () => {
    const header = recogniseRosterColumns(
      ['姓名', '类别', '党员类别'],
      [
        ['王芳', '在职', '正式党员'],
        ['李明', '离退休', '预备党员'],
      ],
    );
    expect(headersOf(header)).toEqual([
      [0, '姓名', 'header'],
      [1, '是否离退休', 'values'],
      [2, '人员类别', 'values'],
    ]);
    expect(header.duplicates).toEqual([]);
  });

  it('prefers the category column that tells people apart, and keeps the other as a duplicate', () => {
    const header = recogniseRosterColumns(
      ['姓名', '政治面貌', '党员身份'],
      [
        ['王芳', '中共党员', '正式党员'],
        ['李明', '中共党员', '预备党员'],
      ],
    );
    expect(headersOf(header)).toEqual([
      [0, '姓名', 'header'],
      [2, '人员类别', 'both'],
    ]);
    expect(header.duplicates).toEqual(['政治面貌']);
  });

  it('recognises ID numbers by their values only under a header that names nothing', () => {
    const ids = [['110101199003074619'], [1.10101199001011e17]];
    expect(headersOf(recogniseRosterColumns(['证号'], ids))).toEqual([[0, '身份证号', 'values']]);
    expect(headersOf(recogniseRosterColumns(['联系电话'], ids))).toEqual([[0, '联系电话', 'header']]);
  });

  it('does not guess from 是/否 alone, nor from a column too mixed to be sure', () => {
    const header = recogniseRosterColumns(['姓名', '备注1', '备注2'], [['王芳', '是', '正式党员'], ['李明', '否', '调入'], ['陈红', '是', '待定']]);
    expect(header.unknown).toEqual(['备注1', '备注2']);
  });

  it.each([
    ['政治面貌', '人员类别'],
    ['党员身份', '人员类别'],
    ['身份证号码', '身份证号'],
    ['公民身份号码', '身份证号'],
    ['入党日期', '入党时间'],
    ['转正日期', '转正时间'],
    ['所属党小组', '党小组'],
    ['在职/离退休', '是否离退休'],
    ['上级党委审批日期', '上级党委审批时间'],
    ['支部大会接收时间', '入党时间'],
  ])('reads the header %s as %s', (text, header) => {
    expect(recogniseRosterColumns([text], []).columns.map(({ column }) => column.header)).toEqual([header]);
  });

  it('lists every accepted name of a column, the template name first', () => {
    expect(acceptedHeaders(rosterColumnByHeader('人员类别')).slice(0, 3)).toEqual(['人员类别', '类别', '人员类型']);
  });
});
