// The framework typings, compiled as an application would: React 19 JSX over the plain tags
// (`@openreset/widgets/jsx`) and Vue's GlobalComponents (`@openreset/widgets/vue`), strictly,
// against the BUILT .d.ts. Each file also holds mistakes that must not compile
// (`@ts-expect-error`), so typings that accept anything fail too. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const react = `import type {} from '@openreset/widgets/jsx';

export const ok = (
  <openreset-reset
    api="/api/openreset"
    signInHref="/login"
    resendCooldown={30}
    className="reset"
    onopenreset-error={(event) => console.log(event.detail.code.length)}
    onopenreset-success={(event) => console.log(event.type)}
  />
);
export const others = [<openreset-link api="/api" />, <openreset-register />, <openreset-change />, <openreset-admin />, <openreset-activity />];
// @ts-expect-error: api is a string
export const badProperty = <openreset-reset api={42} />;
// @ts-expect-error: not a field of the event's detail
export const badEvent = <openreset-reset onopenreset-error={(event) => console.log(event.detail.nope)} />;
// @ts-expect-error: no such element
export const unknown = <openreset-nope />;
`;

const vue = `import type {} from '@openreset/widgets/vue';
import type { GlobalComponents } from 'vue';

type ResetProps = InstanceType<GlobalComponents['openreset-reset']>['$props'];
export const ok: ResetProps = { api: '/api/openreset', signInHref: '/login', resendCooldown: 30 };
export type Others = [
  GlobalComponents['openreset-link'],
  GlobalComponents['openreset-register'],
  GlobalComponents['openreset-change'],
  GlobalComponents['openreset-admin'],
  GlobalComponents['openreset-activity'],
];
// @ts-expect-error: api is a string
export const badProperty: ResetProps = { api: 42 };
// @ts-expect-error: no such element
export type Unknown = GlobalComponents['openreset-nope'];
`;

describe('the framework typings, as an application compiles them', () => {
  // A whole tsc run over React's, Vue's and lit's .d.ts: slow on a busy 2-core machine.
  it('type React 19 JSX tags and Vue global components by each element', {
    timeout: 300_000,
  }, () => {
    // Inside the repository, so the packages resolve as in an application's node_modules.
    const project = mkdtempSync(join(repoRoot, '.types-check-'));
    try {
      writeFileSync(join(project, 'react.tsx'), react);
      writeFileSync(join(project, 'vue.ts'), vue);
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            module: 'esnext',
            moduleResolution: 'bundler',
            target: 'es2022',
            lib: ['es2022', 'dom'],
            jsx: 'react-jsx',
            noEmit: true,
            skipLibCheck: true,
            types: [],
          },
          include: ['*.ts', '*.tsx'],
        }),
      );
      const tsc = spawnSync(
        process.execPath,
        [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project],
        { encoding: 'utf8' },
      );
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
