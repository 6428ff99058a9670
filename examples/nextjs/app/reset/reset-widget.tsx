'use client';
// React 19 renders the custom element as it is; its typings come from @openreset/widgets/jsx.
// The elements are defined in the browser only (they need `customElements`), after hydration.
import type {} from '@openreset/widgets/jsx';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** <openreset-reset> against the route handler of app/api/openreset. */
export function ResetWidget() {
  const router = useRouter();
  useEffect(() => {
    void import('@openreset/widgets');
  }, []);
  return (
    <openreset-reset
      api="/api/openreset"
      signInHref="/"
      onopenreset-success={() => router.push('/')}
    />
  );
}
