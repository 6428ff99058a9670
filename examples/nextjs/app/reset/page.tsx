import { ResetWidget } from './reset-widget';

/** /reset: the self-service reset, rendered by the <openreset-reset> element. */
export default function ResetPage() {
  return (
    <main>
      <h1>Reset your password</h1>
      <ResetWidget />
    </main>
  );
}
