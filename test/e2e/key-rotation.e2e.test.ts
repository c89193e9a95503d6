import { describe, expect, it } from 'vitest';
import { completeWizard, openArea, useAppUnderTest } from './support/app';
import { outputPath } from './support/output';
import { adoptEnrolment, createCentralKeys, download, fillPassphrase, importPackage, makeEnrolmentFile, upload } from './support/packages';

const { openApp } = useAppUnderTest();

describe('the central office rotates its key', () => {
  it('the return signed by the old key announces the new one; the branch compares the fingerprint, switches, and its next report is read by the office', async () => {
    const central = await openApp();
    await completeWizard(central.page, { role: '院党委组织科', name: '市人民医院党委' });
    const oldFingerprint = await createCentralKeys(central.page, '院党委备份口令2026');
    const enrolment = await makeEnrolmentFile(central.page, '外科党支部', 'rotation-enrolment.zbenrol');

    const branch = await openApp();
    await completeWizard(branch.page, { role: '党支部', name: '外科党支部', parent: '市人民医院党委' });
    await openArea(branch.page, '数据交换');
    await adoptEnrolment(branch.page, enrolment, '支部备份口令2026');
    const r1 = await download(branch.page, '导出报送包', 'rotation-report-1.zbpkg');
    await openArea(central.page, '各支部');
    await importPackage(central.page, '导入报送包', r1, '报送包-外科党支部.zbpkg');

    // The office makes a new key.
    await openArea(central.page, '数据交换');
    await central.page.getByText('更换本单位密钥（密钥泄露或到期时）').click();
    const rotate = central.page.locator('.ant-collapse');
    await fillPassphrase(rotate, '新的院党委备份口令2026');
    await rotate.getByRole('button', { name: '生成新密钥' }).click();
    await central.page.getByText(/^已生成新密钥（指纹 /).waitFor();
    const newFingerprint = await central.page.getByTestId('own-fingerprint').innerText();
    expect(newFingerprint).not.toBe(oldFingerprint);
    await central.page.screenshot({ path: outputPath('rotation-central.png'), fullPage: true });

    // Its return to the branch still carries the old signature and the statement.
    await openArea(central.page, '各支部');
    const overview = central.page.locator('.ant-card').filter({ hasText: '各支部报送情况' }).getByRole('row').filter({ hasText: '外科党支部' });
    await overview.getByRole('button', { name: '查看' }).click();
    const c1 = await download(central.page, '导出回执', 'rotation-return-1.zbpkg');
    const exportedReturn = central.page.getByRole('dialog', { name: '已导出“外科党支部”的回执' });
    await exportedReturn.waitFor();
    await central.page.keyboard.press('Escape');
    await exportedReturn.waitFor({ state: 'hidden' });

    await upload(branch.page, '导入回执/下发包', c1, '回执-外科党支部.zbpkg');
    const preview = branch.page.getByTestId('package-preview');
    await preview.getByText('此回执附有院党委组织科的换密钥声明').waitFor();
    expect(await preview.innerText()).toContain(`新密钥指纹 ${newFingerprint}`);
    await branch.page.getByRole('button', { name: '确认导入' }).click();
    await preview.getByText(/^已导入：/).waitFor();
    await branch.page.getByRole('button', { name: '关闭' }).click();

    // Shown, not used, until a person compared it.
    const announced = branch.page.getByRole('region', { name: '院党委组织科更换了密钥' });
    expect(await announced.getByTestId('new-central-fingerprint').innerText()).toBe(newFingerprint);
    await branch.page.screenshot({ path: outputPath('rotation-branch-announced.png'), fullPage: true });
    await announced.getByRole('button', { name: '已核对，改用新密钥' }).click();
    await branch.page.getByText(`已改用院党委组织科的新密钥（指纹 ${newFingerprint}）`).waitFor();
    await announced.waitFor({ state: 'detached' });
    await branch.page.getByText(newFingerprint, { exact: true }).waitFor();

    // The next report goes to the new key, and the office reads it in sequence.
    const r2 = await download(branch.page, '导出报送包', 'rotation-report-2.zbpkg');
    await openArea(central.page, '各支部');
    const imported = await importPackage(central.page, '导入报送包', r2, '报送包-外科党支部.zbpkg');
    expect(imported).toMatch(/^已导入：/);
    expect(central.problems).toEqual([]);
    expect(branch.problems).toEqual([]);
  });
});
