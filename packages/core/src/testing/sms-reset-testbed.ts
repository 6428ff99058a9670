import type { FlowView } from '../recovery/flow-view.js';
import type { TestEngine } from './test-engine.js';

/** What {@link verifyAliceBySms} did: the flow's token, the code she got and the flow after it. */
export interface AliceVerified {
  flowToken: string;
  code: string;
  view: FlowView;
}

/**
 * Starts a reset for alice (of `TEST_USERS`) and passes her SMS gate (method `m1`) with the
 * code her phone received. For suites; not part of the published testing entry.
 */
export async function verifyAliceBySms({
  engine,
  codeSentTo,
}: Pick<TestEngine, 'engine' | 'codeSentTo'>): Promise<AliceVerified> {
  const { flowToken } = await engine.recovery.start({ identifier: 'alice' });
  await engine.recovery.challenge({ flowToken, methodId: 'm1', confirm: '+31612345678' });
  const code = await codeSentTo('+31612345678');
  const view = await engine.recovery.verify({ flowToken, methodId: 'm1', code });
  return { flowToken, code, view };
}
