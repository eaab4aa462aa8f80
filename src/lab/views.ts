/** The lab page's tabs, in the order it shows them. */
export const LAB_VIEWS = ['chain', 'worked', 'graph', 'jacobian'] as const;

export type LabView = (typeof LAB_VIEWS)[number];
