/** Who is calling a signed-in route, as the host (or a verified JWT) says. */
export interface Caller {
  /** The user's directory id (what `Directory.getUser` takes). */
  userId: string;
  /** Whether the caller may use the `/admin` routes. */
  isAdmin: boolean;
  /**
   * When the user last signed in. Within the policy's `recentAuthMinutes` it lets them change
   * recovery methods without typing their current password (NIST 800-63B: re-authentication
   * before binding an authenticator).
   */
  authTime?: Date;
}

/** Tells the handler who sent a request: a {@link Caller}, or `null` for nobody signed in. */
export type Authenticate = (request: Request) => Promise<Caller | null> | Caller | null;
