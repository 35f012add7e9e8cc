/** The outlet recorded when an article is opened without one; the interface shows it in its own language. */
export const UNKNOWN_OUTLET = 'Unknown outlet';
