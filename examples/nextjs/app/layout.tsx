import type { ReactNode } from 'react';

export const metadata = { title: 'Reset your password' };

/** The root layout Next.js requires. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
