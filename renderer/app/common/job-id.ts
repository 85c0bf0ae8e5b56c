/** A job id the contract accepts (letters, digits, - and _). */
export const newJobId = (): string => crypto.randomUUID();
