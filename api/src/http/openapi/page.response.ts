import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '@di/contracts';

/** An OpenAPI schema class for `Page<T>` of a given item class. */
export function PageResponse<T>(item: Type<T>): Type<Page<T>> {
  class PageOf implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ example: 23 })
    total!: number;

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 50 })
    pageSize!: number;
  }
  Object.defineProperty(PageOf, 'name', { value: `PageOf${item.name.replace(/Response$/, '')}` });
  return PageOf;
}
