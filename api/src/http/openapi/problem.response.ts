import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBLEM_CODES, type FieldError, type Problem, type ProblemCode } from '@di/contracts';

class FieldErrorResponse implements FieldError {
  @ApiProperty({ example: 'pageSize' })
  field!: string;

  @ApiProperty({ example: 'pageSize must not be greater than 200' })
  message!: string;
}

export class ProblemResponse implements Problem {
  @ApiProperty({ example: 'urn:di-training:problem:invalid-input' })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'Invalid input: pageSize' })
  detail!: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse] })
  errors?: FieldErrorResponse[];

  @ApiPropertyOptional({ enum: PROBLEM_CODES, example: 'STALE_UPDATE' })
  code?: ProblemCode;

  @ApiPropertyOptional()
  requestId?: string;
}
