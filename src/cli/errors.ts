/** Bad input (a file that cannot be read, a damaged workbook): printed as is, exit code 1. */
export class InputError extends Error {}
