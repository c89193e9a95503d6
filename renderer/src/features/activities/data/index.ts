/** 党建+业务's data entry: the activity repository other areas' data code may read. Only data/ files. */
export { activityRepository, createActivityRepository } from './activity-repository';
export { brandRepository, createBrandRepository } from './brand-repository';
