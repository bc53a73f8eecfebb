import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'govindex:public';

/** Marks one of the few routes that answer without a session (health, login). Everything else needs one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
