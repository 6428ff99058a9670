// What the demo adds to the server of @openreset/server: its policy, lockout, dev outbox and
// seed users. Everything comes from the built packages, as an app would use them.
import { jsonLogger } from '@openreset/server';

/** The demo accounts, created on first run. Passwords are printed at every start. */
export const SEED_USERS = [
  {
    username: 'alice',
    password: 'alice-demo-passphrase',
    email: 'alice@example.com',
    givenName: 'Alice',
  },
  { username: 'bob', password: 'bob-demo-passphrase', email: 'bob@example.com', givenName: 'Bob' },
  {
    username: 'admin',
    password: 'admin-demo-passphrase',
    email: 'admin@example.com',
    givenName: 'Ada',
    isAdmin: true,
  },
  {
    username: 'carol',
    password: 'carol-demo-passphrase',
    email: 'carol@example.com',
    givenName: 'Carol',
  },
  {
    username: 'dave',
    password: 'dave-demo-passphrase',
    email: 'dave@example.com',
    givenName: 'Dave',
    // Set 80 days before the first run: under the demo's 90-day maximum age it expires in
    // 10 days, inside the 14 warning days, so the expiry-warnings job mails him once.
    passwordChangedAt: new Date(Date.now() - 80 * 24 * 60 * 60_000),
  },
];

/**
 * Smart lockout of the SQL directory, made quick to show: 3 wrong passwords lock an account
 * for 5 minutes (the reference's defaults are 10 and 60 seconds; 3 keeps the demo below its
 * own sign-in limit of 5 attempts per username).
 */
export const DEMO_LOCKOUT = { threshold: 3, durationSeconds: 300, windowSeconds: 600 };

/**
 * The demo's policy: every method (passkeys when the public origin has a host name),
 * questions for users, two gates for admins, and MFA-aware recovery (the default): a user
 * with a passkey or an authenticator app must use one of them to reset.
 */
export const DEMO_POLICY = {
  methods: [
    'mobileSms',
    'mobileVoice',
    'email',
    'securityQuestions',
    'passkey',
    'authenticatorApp',
  ],
  questions: {
    predefined: ['first-pet-name', 'childhood-best-friend', 'street-at-age-ten', 'first-concert'],
  },
  branding: { orgName: 'OpenReset demo' },
  // The helpdesk may issue Temporary Access Passes: a user with nothing registered (carol)
  // resets with one and then registers methods (issue 14).
  helpdesk: { email: 'helpdesk@example.com', temporaryAccessPass: true },
  // Passwords expire after 90 days, with a warning mail 14 days before (dave's is due).
  password: { maxAgeDays: 90, expiryWarningDays: 14 },
  // Users without methods (carol) register at sign-in; "remind me later" twice, asked
  // again at every sign-in.
  registrationReminder: { postponeDays: 0, maxPostpones: 2 },
};

/**
 * What the demo adds to `@openreset/server` (its `ServerOptions`): the demo's policy, the
 * SQL directory's quick lockout, the LDAP directory's `mail` as a recovery address, and the
 * dev outbox for the channels with no SMTP or Twilio configured.
 */
export function demoOptions(config, outbox) {
  return {
    logger: jsonLogger,
    policy: DEMO_POLICY,
    lockout: config.lockout ? DEMO_LOCKOUT : false,
    // As the issue asks: the directory's mail counts as a registered recovery address
    // (besides mobile and telephoneNumber, which the adapter maps by default).
    ldapAttributes: { alternateEmail: 'mail' },
    senders: { email: outbox.email, sms: outbox.sms, voice: outbox.voice },
  };
}

/**
 * First run only, with the SQL directory: the demo users and their recovery methods. A
 * second run keeps the data.
 */
export async function seed(engine, storage, directory) {
  if ((await directory.findUser('alice')) !== null) return;
  const now = new Date();
  const ids = {};
  for (const user of SEED_USERS) ids[user.username] = (await directory.createUser(user)).id;
  const method = (id, kind, value) => ({ id, kind, value, createdAt: now, verifiedAt: now });
  // Phones and addresses are stored as if verified; a real app registers them with codes.
  const contacts = {
    alice: [
      method('mobile', 'mobile', '+31612345678'),
      method('email', 'email', 'alice@example.com'),
    ],
    bob: [method('email', 'email', 'bob@example.com')],
    dave: [method('email', 'email', 'dave@example.com')],
    admin: [
      method('mobile', 'mobile', '+31687654321'),
      method('email', 'email', 'admin@example.com'),
    ],
  };
  for (const [username, methods] of Object.entries(contacts)) {
    await storage.registrations.save(
      {
        tenantId: 'default',
        userId: ids[username],
        revision: 1,
        methods,
        reconfirmedAt: now,
        updatedAt: now,
      },
      null,
    );
  }
  // Bob's questions go through the registration service, hashed as reset expects them.
  await engine.registration.setQuestions({
    userId: ids.bob,
    auth: { authTime: new Date() },
    answers: [
      { questionId: 'first-pet-name', answer: 'Rex' },
      { questionId: 'childhood-best-friend', answer: 'Tom Berg' },
      { questionId: 'street-at-age-ten', answer: 'Main Street' },
    ],
  });
}
