import type { ReactNode } from 'react';

/** The heading of an A4 sheet of 考核 or 评先评优: the organisation over the title, then a line of particulars. */
export function PrintHeading({ organisation, title, children }: { organisation: string; title: string; children: ReactNode }) {
  return (
    <>
      <h1 className="ledger-title">
        {organisation}
        <br />
        {title}
      </h1>
      <p className="ledger-subtitle">{children}</p>
    </>
  );
}
