import { DeliveryError, type DeliveryErrorCode } from '@openreset/core';

/** The `fetch` the HTTP adapters call: the global one, or a test's. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/**
 * POSTs and returns the response; a network failure or timeout becomes `unavailable`
 * (retryable). Never includes the body (it holds a code) in an error.
 */
export async function post(
  fetchFunction: FetchFunction,
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<Response> {
  try {
    return await fetchFunction(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      redirect: 'error',
      signal: AbortSignal.timeout(init.timeoutMs),
    });
  } catch (error) {
    throw new DeliveryError('unavailable', 'The provider could not be reached', { cause: error });
  }
}

/** Reads a JSON body, or `undefined` when there is none or it is not JSON. */
export async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

/** A {@link DeliveryError} whose retryability follows the code unless told otherwise. */
export function deliveryError(
  code: DeliveryErrorCode,
  message: string,
  retryable?: boolean,
): DeliveryError {
  return new DeliveryError(code, message, retryable === undefined ? {} : { retryable });
}
