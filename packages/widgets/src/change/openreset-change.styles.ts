import { baseStyles } from '../shared/base.styles.js';

/** Styles of `<openreset-change>`: the shared base. */
export const changeStyles = [baseStyles];
