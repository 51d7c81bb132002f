export * from './access-rule.decorators';
export * from './access-policy';
export * from './access-errors';
export * from './actor';
export * from './authenticator';
export * from './current-actor.decorator';
