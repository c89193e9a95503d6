/** 初始设置: the first-run wizard the app shows until this PC is set up. */
export { SetupWizard } from './SetupWizard';
