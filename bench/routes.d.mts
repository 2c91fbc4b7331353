/** The routes a learner lands on (see routes.mjs): name for reports, hash to append to the base URL. */
export function courseRoutes(root?: string): { name: string; hash: string }[];
