/** The longest name the API accepts (it says so with a 400 otherwise). */
export const FULL_NAME_MAX_LENGTH = 200;
/** The longest email address (RFC 5321); the API accepts longer, no mail server does. */
export const EMAIL_MAX_LENGTH = 254;
