/** The gapsim version written into every output's meta (kept equal to package.json by a test). */
export const VERSION = '0.1.0';
