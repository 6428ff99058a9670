import { type BerReader, Control } from 'ldapts';
import {
  decodePasswordPolicyResponse,
  PASSWORD_POLICY_CONTROL_OID,
  type PasswordPolicyResponse,
} from './ber.js';

/**
 * The ppolicy request control. ldapts hands a response control of the same type back to
 * the request control that asked for it (also when the operation fails), so after a bind
 * or password change `response` holds what the server said, e.g.
 * `{ error: 'passwordInHistory' }`.
 */
export class PasswordPolicyControl extends Control {
  /** The server's decoded response, once one arrived. */
  response: PasswordPolicyResponse | undefined;

  constructor() {
    super(PASSWORD_POLICY_CONTROL_OID, { critical: false });
  }

  protected override parseControl(reader: BerReader): void {
    try {
      this.response = decodePasswordPolicyResponse(reader.buffer);
    } catch {
      this.response = {};
    }
  }
}
