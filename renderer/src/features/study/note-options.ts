import { STUDY_FORM_LABELS, STUDY_FORMS, STUDY_KIND_LABELS, STUDY_KINDS } from '../../../../shared/study/study-types';

export const KIND_OPTIONS = STUDY_KINDS.map((kind) => ({ value: kind, label: STUDY_KIND_LABELS[kind] }));
export const FORM_OPTIONS = STUDY_FORMS.map((form) => ({ value: form, label: STUDY_FORM_LABELS[form] }));
