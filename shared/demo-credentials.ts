/**
 * The demo endpoint's only long-term credentials: AWS's own documented example pair, so nothing
 * here is a secret and a new user can type them from the README.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html
 */
export const DEMO_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const DEMO_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** The account every demo resource belongs to (AWS's documented example account id). */
export const DEMO_ACCOUNT_ID = '123456789012';
export const DEMO_USER_NAME = 'demo';
