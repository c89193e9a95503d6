/**
 * 元 as typed in a number field → 分. The field allows two decimals, so the value is
 * within a billionth of a whole 分; rounding removes the binary-fraction error
 * (0.29 × 100 = 28.999…) without ever moving a real amount.
 */
export function yuanToFen(yuan: number | null | undefined): number {
  return yuan === null || yuan === undefined || !Number.isFinite(yuan) ? 0 : Math.round(yuan * 100);
}

/** 分 → 元 for a number field's value. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}
