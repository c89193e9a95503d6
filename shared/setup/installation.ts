/**
 * What a PC is set up as on first run. A branch PC keeps one branch's records; the
 * central office PC (院党委/组织科) receives every branch's packages. The role decides
 * which areas of the app are shown.
 */
export type InstallationRole = 'branch' | 'central';

export const ROLE_LABELS: Record<InstallationRole, string> = {
  branch: '党支部',
  central: '院党委组织科',
};

export interface InstallationSetup {
  role: InstallationRole;
  /** The branch's name on a branch PC; the organisation's name on the central office PC. */
  name: string;
  /** On a branch PC: the hospital Party committee it belongs to (optional). */
  parentOrganizationName: string;
}

export const NAME_LENGTH = { min: 2, max: 60 } as const;

export type SetupErrors = Partial<Record<keyof InstallationSetup, string>>;

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function checkName(value: string, label: string, required: boolean): string | undefined {
  const name = value.trim();
  if (!name) return required ? `请填写${label}。` : undefined;
  if (CONTROL_CHARACTERS.test(name)) return `${label}不能包含控制字符。`;
  if (name.length < NAME_LENGTH.min) return `${label}至少 ${NAME_LENGTH.min} 个字。`;
  if (name.length > NAME_LENGTH.max) return `${label}不能超过 ${NAME_LENGTH.max} 个字。`;
  return undefined;
}

export function nameLabelFor(role: InstallationRole): string {
  return role === 'branch' ? '支部名称' : '单位党组织名称';
}

/** Returns the cleaned setup, or the Chinese message for each field that is wrong. */
export function validateSetup(
  input: InstallationSetup,
): { ok: true; value: InstallationSetup } | { ok: false; errors: SetupErrors } {
  const errors: SetupErrors = {};
  if (input.role !== 'branch' && input.role !== 'central') errors.role = '请选择本机的使用单位类型。';
  const role = errors.role ? 'branch' : input.role;
  const nameError = checkName(input.name, nameLabelFor(role), true);
  if (nameError) errors.name = nameError;
  const parentError = role === 'branch' ? checkName(input.parentOrganizationName, '所属党委名称', false) : undefined;
  if (parentError) errors.parentOrganizationName = parentError;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      role,
      name: input.name.trim(),
      parentOrganizationName: role === 'branch' ? input.parentOrganizationName.trim() : '',
    },
  };
}
