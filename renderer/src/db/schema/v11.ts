import type { SchemaVersion } from './schema-version';

/**
 * Version 11: 党建+业务 activities of the branch (shared/activities/activity.ts): 结对共建,
 * 义诊, 书记党建查房 … with the members who took part, a partner unit and photos. Only a new
 * store, so no upgrade function. Written only by the branch, in its report; branchId lists a
 * branch's. (Members' 积分 activities, one member each with hours, are memberActivities, v9.)
 */
export const schemaV11: SchemaVersion = {
  version: 11,
  stores: {
    activities: 'id, branchId, updatedAt',
  },
};
