/** A request id the contract accepts (letters, digits, - and _). */
export const newRequestId = (): string => crypto.randomUUID();
