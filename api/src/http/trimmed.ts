import { Transform } from 'class-transformer';

/** Leading and trailing white space is dropped from a string field before it is validated. */
export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
