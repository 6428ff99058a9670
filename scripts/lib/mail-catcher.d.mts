/** A running {@link startMailCatcher}. */
export interface MailCatcher {
  /** `smtp://127.0.0.1:<port>`, for OPENRESET_SMTP_URL. */
  url: string;
  /** Resolves to the text of the next verification-code mail, from its code line on. */
  nextEmailText: () => Promise<string>;
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Starts a local SMTP server that hands over each code mail (see mail-catcher.mjs). */
export function startMailCatcher(): Promise<MailCatcher>;
