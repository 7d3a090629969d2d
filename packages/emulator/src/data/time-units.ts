/** Lengths of time in seconds, the unit the datasets keep times in. */
export const minute = 60;
export const hour = 3_600;
export const day = 86_400;
