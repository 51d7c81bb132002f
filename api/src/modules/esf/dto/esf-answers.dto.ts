import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min, ValidateIf } from 'class-validator';
import { ESF_INDICATORS, type EsfAnswers, type EsfAnswersRequest } from '@di/contracts';

/** A field that may be left out or sent as null (not answered), else one of the indicator's values. */
const Answer = (indicator: keyof typeof ESF_INDICATORS): PropertyDecorator => {
  const values = ESF_INDICATORS[indicator];
  return (target, key) => {
    ApiPropertyOptional({ enum: values, nullable: true })(target, key);
    ValidateIf((_, value) => value !== undefined && value !== null)(target, key);
    IsIn(values as readonly string[])(target, key);
  };
};

export class EsfAnswersDto implements EsfAnswersRequest {
  @Answer('gender') gender?: EsfAnswers['gender'];
  @Answer('ageGroup') ageGroup?: EsfAnswers['ageGroup'];
  @Answer('labourMarketStatus') labourMarketStatus?: EsfAnswers['labourMarketStatus'];
  @Answer('educationLevel') educationLevel?: EsfAnswers['educationLevel'];
  @Answer('disability') disability?: EsfAnswers['disability'];
  @Answer('migrantOrMinority') migrantOrMinority?: EsfAnswers['migrantOrMinority'];
  @Answer('otherDisadvantaged') otherDisadvantaged?: EsfAnswers['otherDisadvantaged'];
  @Answer('homeless') homeless?: EsfAnswers['homeless'];

  @ApiProperty({ description: 'The version read (0 before the first answers); a stale one is 409 STALE_UPDATE', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(999_999_999)
  version!: number;
}
