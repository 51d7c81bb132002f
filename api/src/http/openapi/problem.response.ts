import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, Problem } from '@di/contracts';

class FieldErrorResponse implements FieldError {
  @ApiProperty({ example: 'pageSize' })
  field!: string;

  @ApiProperty({ example: 'pageSize must not be greater than 200' })
  message!: string;
}

export class ProblemResponse implements Problem {
  @ApiProperty({ example: 'about:blank' })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'Invalid input: pageSize' })
  detail!: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse] })
  errors?: FieldErrorResponse[];

  @ApiPropertyOptional({ example: 'ALREADY_ENROLLED' })
  code?: string;

  @ApiPropertyOptional()
  requestId?: string;
}
