import type { ReactNode } from 'react';

/** The label–value rows a printed record opens with, label beside value as on the paper forms. */
export function LabelValueRows({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <>
      {rows.map(([label, value]) => (
        <tr key={label}>
          <th>{label}</th>
          <td>{value}</td>
        </tr>
      ))}
    </>
  );
}

/** Where the branch's secretary signs and its seal goes under a record the branch hands upward. */
export const BRANCH_SIGNATURE_PARTS = ['支部书记（签字）：', '党支部（盖章）'] as const;

/** The line under a printed record with one place per signature or seal, spread across the page. */
export function SignatureLine({ parts }: { parts: readonly ReactNode[] }) {
  return (
    <div className="meeting-document-signatures">
      {parts.map((part, index) => (
        <span key={index}>{part}</span>
      ))}
    </div>
  );
}
