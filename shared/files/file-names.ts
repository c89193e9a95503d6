/**
 * File names the app writes, valid on Windows and Linux alike (USB sticks move between them)
 * and showing what they are: a name is made from user text (a branch name, an attachment's
 * original name), so invisible characters that reorder or hide text are removed, and the
 * main process checks the result again before writing.
 */

/** Characters Windows forbids in a name, and every control character (C0, DEL, C1). */
const FORBIDDEN_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/u;

/**
 * Characters that change how a name displays without being seen: bidi controls
 * (U+202E makes `内科\u202Egpj.exe` show as `内科exe.jpg`), zero-width characters, the byte-order
 * mark and the other default-ignorable and format characters.
 */
const INVISIBLE_CHARACTERS = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;

/** Other spaces (no-break, ideographic, line and paragraph separators) become a plain space. */
const UNUSUAL_SPACES = /[\p{Zs}\p{Zl}\p{Zp}]/u;
const LINE_SEPARATORS = /[\p{Zl}\p{Zp}]/u;

const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'gu');

/**
 * Device names Windows reserves, whatever follows after a dot (`nul.tar.gz`) and with spaces
 * before it: CON, PRN, AUX, NUL, COM0–9 and LPT0–9 with the superscript digits ¹²³ Windows also
 * counts, CONIN$, CONOUT$ and CLOCK$.
 */
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|(com|lpt)[0-9\u00b9\u00b2\u00b3]) *(\..*)?$/iu;

export const MAX_FILE_NAME_LENGTH = 200;

/** A bare file name that is valid on Windows and Linux alike and displays as what it is. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_FILE_NAME_LENGTH &&
    name !== '.' &&
    name !== '..' &&
    !FORBIDDEN_CHARACTERS.test(name) &&
    !INVISIBLE_CHARACTERS.test(name) &&
    !LINE_SEPARATORS.test(name) &&
    !WINDOWS_RESERVED_NAMES.test(name) &&
    !/[. ]$/.test(name)
  );
}

/** A part of a name made from user text (a branch name): forbidden characters become `_`, invisible ones go. */
export function safeFileNamePart(text: string): string {
  const cleaned = text.normalize('NFC').replace(everywhere(INVISIBLE_CHARACTERS), '').replace(everywhere(FORBIDDEN_CHARACTERS), '_');
  return cleaned.replace(everywhere(UNUSUAL_SPACES), ' ').trim() || '未命名';
}

/**
 * The name a file is written under: `name` made safe (see safeFileNamePart), no dot or space
 * at the end, a reserved device name prefixed with `_`, and at most 200 characters with the
 * extension kept. `isSafeFileName` holds for every result.
 */
export function toSafeFileName(name: string): string {
  let safe = safeFileNamePart(name).replace(/[. ]+$/, '') || '未命名';
  if (WINDOWS_RESERVED_NAMES.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_FILE_NAME_LENGTH) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 && safe.length - dot <= 16 ? safe.slice(dot) : '';
    // Cut by code points, so a character outside the BMP is never split in half.
    const stem = Array.from(safe.slice(0, safe.length - extension.length));
    while (stem.join('').length + extension.length > MAX_FILE_NAME_LENGTH) stem.pop();
    safe = `${stem.join('').replace(/[. ]+$/, '')}${extension}`;
  }
  return safe;
}
