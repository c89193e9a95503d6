import type { SchemaVersion } from './schema-version';
import { schemaV1 } from './v1';
import { schemaV2 } from './v2';
import { schemaV3 } from './v3';
import { schemaV4 } from './v4';
import { schemaV5 } from './v5';
import { schemaV6 } from './v6';
import { schemaV7 } from './v7';
import { schemaV8 } from './v8';
import { schemaV9 } from './v9';
import { schemaV10 } from './v10';
import { schemaV11 } from './v11';
import { schemaV12 } from './v12';
import { schemaV13 } from './v13';
import { schemaV14 } from './v14';
import { schemaV15 } from './v15';
import { schemaV16 } from './v16';
import { schemaV17 } from './v17';

/** Every schema version ever released, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [schemaV1, schemaV2, schemaV3, schemaV4, schemaV5, schemaV6, schemaV7, schemaV8, schemaV9, schemaV10, schemaV11, schemaV12, schemaV13, schemaV14, schemaV15, schemaV16, schemaV17];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
