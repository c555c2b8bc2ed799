// The frozen earlier schema versions, oldest first. When DB_VERSION goes from N to N+1, add `vN+1.ts`
// (a copy of the new version's code and records, then frozen) and list it here; never edit an existing one.
import * as v1 from './v1';
import * as v2 from './v2';
import * as v3 from './v3';
import * as v4 from './v4';
import * as v5 from './v5';

export interface FrozenVersion {
  version: number;
  records: Record<string, readonly object[]>;
  build(name: string): Promise<void>;
}

export const frozenVersions: readonly FrozenVersion[] = [v1, v2, v3, v4, v5];
