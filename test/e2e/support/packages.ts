import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { completeWizard, openArea } from './app';
import { outputPath } from './output';

/** Clicks a button that saves a file (browser mode: a download) and keeps the file under test/output. */
export async function download(page: Page, button: string, keepAs: string): Promise<string> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await started;
  const path = outputPath(keepAs);
  await file.saveAs(path);
  return path;
}

/** Clicks a button that opens a file (browser mode: a file input) and gives it the file at `path`. */
export async function upload(page: Page, button: string, path: string, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: await readFile(path) });
}

export async function fillPassphrase(scope: Page | Locator, passphrase: string) {
  await scope.getByLabel('密钥备份口令').fill(passphrase);
  await scope.getByLabel('再次输入口令').fill(passphrase);
}

/** Central office, on 数据交换: makes its keys and returns their fingerprint. */
export async function createCentralKeys(page: Page, passphrase: string): Promise<string> {
  await openArea(page, '数据交换');
  await fillPassphrase(page, passphrase);
  await page.getByRole('button', { name: '创建本单位密钥' }).click();
  return page.getByTestId('own-fingerprint').innerText();
}

/** Central office, on 数据交换 with its keys made: the enrolment file for a branch, kept under test/output. */
export async function makeEnrolmentFile(page: Page, branchName: string, keepAs: string): Promise<string> {
  await page.getByLabel('登记的支部名称').fill(branchName);
  const path = await download(page, '制作登记文件', keepAs);
  await page.getByText(`已为“${branchName}”制作登记文件`).waitFor();
  return path;
}

/**
 * Branch, on 数据交换: imports the enrolment file and makes its keys. `check` sees the
 * dialog before it is confirmed (to compare the fingerprint). Returns the branch's fingerprint.
 */
export async function adoptEnrolment(page: Page, path: string, passphrase: string, check: (dialog: Locator) => Promise<void> = async () => undefined): Promise<string> {
  await upload(page, '导入登记文件', path, '登记文件.zbenrol');
  const dialog = page.getByRole('dialog', { name: '核对登记文件' });
  await fillPassphrase(dialog, passphrase);
  await check(dialog);
  await dialog.getByRole('button', { name: '确认登记' }).click();
  return page.getByTestId('own-fingerprint').innerText();
}

/** Imports a package from the page's import button: preview, 确认导入, and waits for the result. Returns the result text. */
export async function importPackage(page: Page, button: string, path: string, name: string): Promise<string> {
  await upload(page, button, path, name);
  const preview = page.getByTestId('package-preview');
  await page.getByRole('button', { name: '确认导入' }).click();
  const result = preview.getByText(/^已导入：/);
  await result.waitFor();
  const text = await result.innerText();
  await page.getByRole('button', { name: '关闭' }).click();
  return text;
}

/** Central office, on 各支部 · 报送情况: 导出回执 of one branch's row, kept under test/output. */
export async function exportReturn(page: Page, branch: string, keepAs: string): Promise<string> {
  const row = page.locator('.ant-card').filter({ hasText: '各支部报送情况' }).getByRole('row').filter({ hasText: branch });
  const started = page.waitForEvent('download');
  await row.getByRole('button', { name: '导出回执' }).click();
  const path = outputPath(keepAs);
  await (await started).saveAs(path);
  const done = page.getByRole('dialog', { name: `已导出“${branch}”的回执` });
  await done.getByRole('button').last().click();
  await done.waitFor({ state: 'detached' });
  return path;
}

/**
 * Both PCs set up and joined: the central office `office` (wizard, keys) makes the enrolment
 * file of `branchName`; the branch (wizard, then `prepare`, e.g. a roster import) adopts it.
 * The office is left on 数据交换, the branch on 数据交换 with its keys made.
 */
export async function enrolBranch(central: Page, branch: Page, names: { office: string; branch: string }, prepare: () => Promise<void> = async () => undefined) {
  await completeWizard(central, { role: '院党委组织科', name: names.office });
  await createCentralKeys(central, '组织科密钥口令2026');
  const enrolment = await makeEnrolmentFile(central, names.branch, `${names.branch}-enrolment.zbenrol`);
  await completeWizard(branch, { role: '党支部', name: names.branch, parent: names.office });
  await prepare();
  await openArea(branch, '数据交换');
  await adoptEnrolment(branch, enrolment, `${names.branch}密钥口令2026`);
}
