/** 台账 binder: the year's binder view and the card that starts it, shown by 支部信息 on a branch PC and 各支部 at the central office. */
export { BinderView } from './BinderView';
export { BinderCard } from './BinderCard';
