import { Pipe, PipeTransform } from '@angular/core';

/**
 * An email address in the pieces a line may break between: before `@` and before each dot, never
 * inside a name. `@for (part of email | emailParts; track $index) {{{ part }}<wbr />}`
 */
export function emailParts(email: string): string[] {
  return email.split(/(?=[@.])/);
}

@Pipe({ name: 'emailParts' })
export class EmailPartsPipe implements PipeTransform {
  transform(email: string): string[] {
    return emailParts(email);
  }
}
