import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

const SETTING = 'jwt_signing_secret';

/**
 * The key that signs access tokens: JWT_SECRET when given, otherwise one made
 * on first start and kept in the database, so every API process shares it.
 */
@Injectable()
export class SigningSecretService {
  private secret: Promise<string> | undefined;
  private keyObject: Promise<KeyObject> | undefined;

  constructor(
    private readonly config: ConfigService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get(): Promise<string> {
    this.secret ??= this.load().catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return this.secret;
  }

  /**
   * The same secret as a key object. Given a string, jsonwebtoken first tries to read it as a
   * PEM public or private key, and that failed attempt (an exception) is paid on every token.
   */
  key(): Promise<KeyObject> {
    this.keyObject ??= this.get().then(
      (secret) => createSecretKey(Buffer.from(secret, 'utf8')),
      (error: unknown) => {
        this.keyObject = undefined;
        throw error;
      },
    );
    return this.keyObject;
  }

  private async load(): Promise<string> {
    const configured = this.config.get<string>('JWT_SECRET');
    if (configured) return configured;
    await this.dataSource.query('INSERT INTO app_setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
      SETTING,
      randomBytes(48).toString('base64url'),
    ]);
    const [row] = await this.dataSource.query('SELECT value FROM app_setting WHERE key = $1', [SETTING]);
    return (row as { value: string }).value;
  }
}
