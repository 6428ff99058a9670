// The typed client against a real core engine in the page (the built widgets and core).
import { ClientError, createClient, isClientError } from '../../dist/client.js';
import { assert, createTestEngine } from './helpers.js';

/** Runs `work` and returns what it threw. */
async function thrown(work) {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('createClient', () => {
  it('refuses options without baseUrl or handler', () => {
    let error;
    try {
      createClient({});
    } catch (caught) {
      error = caught;
    }
    assert(error instanceof TypeError, 'a TypeError');
  });

  it('reads the public config from an in-page engine', async () => {
    const { client } = createTestEngine({ policy: { branding: { orgName: 'Acme' } } });
    const config = await client.getConfig();
    assert(config.branding.orgName === 'Acme', 'the org name');
    assert(config.password.minLength === 12, 'the password rules');
    assert(config.locales.includes('nl'), 'the locales');
  });

  it('runs a reset flow and throws ClientError with the server’s code, status and fields', async () => {
    const { client, codeSentTo } = createTestEngine();
    const flow = await client.startReset({ identifier: 'alice' });
    assert(flow.state === 'choose_method' && typeof flow.flowToken === 'string', 'a flow');
    const sms = flow.methods.find((method) => method.type === 'mobileSms');
    const refused = await thrown(() =>
      client.challengeReset({ flowToken: flow.flowToken, methodId: sms.id }),
    );
    assert(refused instanceof ClientError && isClientError(refused), 'a ClientError');
    assert(refused.code === 'confirm_required' && refused.status === 422, 'confirm_required, 422');

    const waiting = await client.challengeReset({
      flowToken: flow.flowToken,
      methodId: sms.id,
      confirm: '+31612345678',
    });
    assert(waiting.state === 'awaiting_proof' && waiting.challenge.expiresAt, 'a code is out');
    const code = await codeSentTo('+31612345678');
    const verified = await client.verifyReset({
      flowToken: flow.flowToken,
      methodId: sms.id,
      code,
    });
    assert(verified.state === 'verified', 'verified');
    const rejected = await thrown(() =>
      client.completeReset({ flowToken: flow.flowToken, newPassword: 'password1234' }),
    );
    assert(rejected.code === 'password_rejected' && rejected.status === 422, 'password_rejected');
    assert(
      rejected.issues.some((issue) => issue.code === 'banned'),
      'with the issues',
    );
    const status = await client.resetStatus(flow.flowToken);
    assert(status.state === 'verified', 'the flow stays open');
    const canceled = await client.cancelReset(flow.flowToken);
    assert(canceled.state === 'canceled', 'canceled');
  });

  it('reports bad requests with their issues', async () => {
    const { client } = createTestEngine();
    const error = await thrown(() => client.startReset({ identifier: '' }));
    assert(error.code === 'invalid_request' && error.status === 400, 'invalid_request, 400');
    assert(Array.isArray(error.issues) && error.issues[0].path === 'identifier', 'the field');
  });

  it('calls the signed-in routes as the caller the host names', async () => {
    const anonymous = createTestEngine();
    const refused = await thrown(() => anonymous.client.getMe());
    assert(refused.code === 'unauthenticated' && refused.status === 401, 'unauthenticated, 401');

    const { client } = createTestEngine({
      caller: { userId: 'u-alice', isAdmin: false, authTime: new Date() },
    });
    const me = await client.getMe();
    assert(me.registration.userId === 'u-alice', 'the registration status');
    assert(me.passwordChange.required === false, 'no change required');
    const pending = await client.addMethod({ kind: 'email', value: 'alice.new@example.org' });
    assert(pending.kind === 'email' && typeof pending.hint === 'string', 'a code went out');
    const wrong = await thrown(() =>
      client.changePassword({ currentPassword: 'not it at all, no', newPassword: 'x' }),
    );
    assert(typeof wrong.code === 'string' && wrong.status >= 400, `a refusal (${wrong.code})`);
  });

  it('turns an unreachable server into network_error', async () => {
    const client = createClient({ baseUrl: 'http://127.0.0.1:9/api' });
    const error = await thrown(() => client.getConfig());
    assert(error.code === 'network_error' && error.status === 0, 'network_error, 0');
  });
});
