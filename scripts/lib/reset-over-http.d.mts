/** What {@link resetOverHttp} needs (see reset-over-http.mjs). */
export interface ResetOverHttpOptions {
  /** The API's URL, e.g. `http://127.0.0.1:3000/api`. */
  apiUrl: string;
  /** Who resets. @default "alice" */
  identifier?: string;
  /** The user's whole email address, which the flow asks to confirm. @default `<identifier>@example.com` */
  email?: string;
  /** The new password. */
  newPassword?: string;
  /** Resolves to the text of the next code mail; called just before the code is asked for. */
  nextEmailText: () => Promise<string>;
  /** An `Origin` header to send, for handlers that check it. */
  origin?: string;
}

/** Runs one reset over the HTTP API with the email method; resolves with the flow token. */
export function resetOverHttp(options: ResetOverHttpOptions): Promise<string>;
